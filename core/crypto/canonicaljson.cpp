// SPDX-License-Identifier: Apache-2.0
#include "canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace CanonicalJson {

namespace {

void appendString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
                out.append(escaped, sizeof escaped);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void append(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double:
        out.append(number(value.toDouble()));
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out.append(',');
            }
            append(out, array.at(i));
        }
        out.append(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString compares UTF-16 code units, which is the order RFC 8785 §3.2.3 asks for.
        std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
            return QString::compare(a, b) < 0;
        });
        out.append('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0) {
                out.append(',');
            }
            appendString(out, keys.at(i));
            out.append(':');
            append(out, object.value(keys.at(i)));
        }
        out.append('}');
        return;
    }
    }
}

} // namespace

QByteArray number(double value)
{
    if (!std::isfinite(value)) {
        return "null"; // JSON has no NaN or infinity; RFC 8785 rejects them, and QJsonValue cannot hold them
    }
    if (value == 0) {
        return "0"; // also for -0
    }
    // The shortest digits that round-trip, as d.ddde±x, then laid out the way ECMAScript does.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string text(buffer, result.ptr);
    const auto e = text.find('e');
    std::string mantissa = text.substr(0, e);
    const int exponent = std::stoi(text.substr(e + 1));
    const bool negative = mantissa.front() == '-';
    if (negative) {
        mantissa.erase(0, 1);
    }
    std::string digits;
    for (const char c : mantissa) {
        if (c != '.') {
            digits.push_back(c);
        }
    }
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1; // the decimal point sits after n digits
    std::string out;
    if (k <= n && n <= 21) {
        out = digits + std::string(static_cast<size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out = digits.substr(0, static_cast<size_t>(n)) + '.' + digits.substr(static_cast<size_t>(n));
    } else if (-6 < n && n <= 0) {
        out = "0." + std::string(static_cast<size_t>(-n), '0') + digits;
    } else {
        const int shown = n - 1;
        out = digits.substr(0, 1);
        if (k > 1) {
            out += '.' + digits.substr(1);
        }
        out += 'e';
        out += shown >= 0 ? '+' : '-';
        out += std::to_string(shown >= 0 ? shown : -shown);
    }
    if (negative) {
        out.insert(out.begin(), '-');
    }
    return QByteArray::fromStdString(out);
}

QByteArray string(const QString& text)
{
    QByteArray out;
    appendString(out, text);
    return out;
}

QByteArray serialize(const QJsonValue& value)
{
    QByteArray out;
    append(out, value);
    return out;
}

} // namespace CanonicalJson

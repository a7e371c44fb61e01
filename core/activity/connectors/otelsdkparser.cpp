// SPDX-License-Identifier: Apache-2.0
#include "otelsdkparser.h"

#include "activity/jsonreader.h"
#include "genaispans.h"
#include "model/connector.h"

#include <cctype>

namespace {

// GCC and Clang have 128-bit integers; __extension__ says so without a pedantic warning.
__extension__ typedef unsigned __int128 Uint128;

QString idOf(std::optional<JsonReader::Object> context, std::string_view key, int digits)
{
    if (!context) {
        return QString();
    }
    JsonReader::Element value;
    if ((*context)[key].get(value) != simdjson::SUCCESS) {
        return QString();
    }
    return OtelSdkParser::decimalToHex(JsonReader::scalarText(value), digits);
}

} // namespace

QByteArray OtelSdkParser::quoteLongIntegers(const QByteArray& json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    bool inString = false;
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size()) {
                out.append(json.at(i + 1));
                i += 2;
                continue;
            }
            inString = c != '"';
            ++i;
            continue;
        }
        if (c == '"') {
            inString = true;
            out.append(c);
            ++i;
            continue;
        }
        const bool startsNumber = (c >= '0' && c <= '9') &&
                                  (out.isEmpty() || !(std::isalnum(static_cast<unsigned char>(out.back())) ||
                                                      out.back() == '.' || out.back() == '-'));
        if (startsNumber) {
            qsizetype end = i;
            while (end < json.size() && json.at(end) >= '0' && json.at(end) <= '9') {
                ++end;
            }
            const bool plainInteger =
                end >= json.size() || (json.at(end) != '.' && json.at(end) != 'e' && json.at(end) != 'E');
            const qsizetype length = end - i;
            const bool beyond64 =
                length > 20 || (length == 20 && QByteArrayView(json.constData() + i, length) >
                                                    QByteArrayView("18446744073709551615"));
            if (plainInteger && beyond64) {
                out.append('"').append(json.constData() + i, length).append('"');
            } else {
                out.append(json.constData() + i, end - i);
            }
            i = end;
            continue;
        }
        out.append(c);
        ++i;
    }
    return out;
}

QString OtelSdkParser::decimalToHex(const QString& decimal, int digits)
{
    if (decimal.isEmpty() || decimal.size() > 40) {
        return QString();
    }
    Uint128 value = 0;
    const Uint128 limit =
        digits >= 32 ? ~static_cast<Uint128>(0) : (static_cast<Uint128>(1) << (4 * digits)) - 1;
    for (QChar c : decimal) {
        if (!c.isDigit()) {
            return QString();
        }
        const Uint128 next = value * 10 + static_cast<unsigned>(c.digitValue());
        if (next / 10 != value || next > limit) {
            return QString(); // beyond the id's width
        }
        value = next;
    }
    if (value == 0) {
        return QString(); // the all-zero id means "none"
    }
    QString hex(digits, u'0');
    for (int i = digits - 1; i >= 0 && value; --i) {
        hex[i] = QLatin1Char("0123456789abcdef"[static_cast<int>(value & 0xF)]);
        value >>= 4;
    }
    return hex;
}

ParsedRecord OtelSdkParser::parse(const QByteArray& bytes) const
{
    ParsedRecord parsed;
    const QByteArray quoted = quoteLongIntegers(bytes);
    auto document = JsonReader::parse(quoted);
    if (!document) {
        parsed.rejectWhole(document.error().message, bytes);
        return parsed;
    }
    JsonReader::Array list;
    JsonReader::Object root;
    if (document->get(root) == simdjson::SUCCESS) {
        if (const auto spans = JsonReader::array(root, "spans")) {
            list = *spans;
        } else {
            parsed.rejectWhole(tr("Not an OpenTelemetry SDK dump: no \"spans\" list."), bytes);
            return parsed;
        }
    } else if (document->get(list) != simdjson::SUCCESS) {
        parsed.rejectWhole(tr("Not an OpenTelemetry SDK dump: no \"spans\" list."), bytes);
        return parsed;
    }
    GenAiSpans spans;
    for (JsonReader::Element value : list) {
        JsonReader::Object span;
        if (value.get(span) != simdjson::SUCCESS) {
            parsed.rejected.append({tr("A span is not a JSON object."), JsonReader::compact(value)});
            continue;
        }
        const QByteArray raw = JsonReader::compact(value);
        const auto context = JsonReader::object(span, "context");
        GenAiSpans::Span fields;
        fields.source = format();
        fields.traceId = idOf(context, "trace_id", 32);
        fields.spanId = idOf(context, "span_id", 16);
        fields.parentSpanId = idOf(JsonReader::object(span, "parent"), "span_id", 16);
        if (fields.traceId.isEmpty() || fields.spanId.isEmpty()) {
            parsed.rejected.append({tr("A span needs context.trace_id and context.span_id as integers of at "
                                       "most 128 and 64 bits."),
                                    raw});
            continue;
        }
        const std::optional<qint64> start = JsonReader::integer(span, "start_time");
        if (!start || *start <= 0) {
            parsed.rejected.append({tr("A span needs start_time as a positive number of nanoseconds."), raw});
            continue;
        }
        fields.startNs = *start;
        fields.name = JsonReader::text(span, "name");
        fields.attributes = JsonReader::flat(JsonReader::object(span, "attributes"));
        const auto resource = JsonReader::object(span, "resource");
        fields.service =
            JsonReader::flat(resource ? JsonReader::object(*resource, "attributes") : std::nullopt)
                .value(QStringLiteral("service.name"));
        const auto status = JsonReader::object(span, "status");
        fields.error = status && JsonReader::view(*status, "status_code") == "error";
        fields.raw = raw;
        spans.add(fields);
    }
    parsed.events = spans.take();
    return parsed;
}

// SPDX-License-Identifier: Apache-2.0
#include "jsonreader.h"

#include "recordparser.h"

#include <cmath>

namespace {

simdjson::dom::parser& parserFor(int slot)
{
    thread_local simdjson::dom::parser parsers[2] = {simdjson::dom::parser(), simdjson::dom::parser()};
    thread_local bool configured = false;
    if (!configured) {
        for (auto& parser : parsers) {
            // A small initial capacity: the parser grows to the largest document it has seen. Should
            // this fail, the first parse reports the memory error.
            const simdjson::error_code allocated = parser.allocate(64 * 1024, JsonReader::kMaxDepth);
            Q_UNUSED(allocated)
        }
        configured = true;
    }
    return parsers[slot == 1 ? 1 : 0];
}

} // namespace

Result<JsonReader::Element> JsonReader::parse(const QByteArray& bytes, int slot)
{
    return parse(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), slot);
}

Result<JsonReader::Element> JsonReader::parse(std::string_view bytes, int slot)
{
    Element element;
    const simdjson::error_code code = parserFor(slot).parse(bytes.data(), bytes.size(), true).get(element);
    switch (code) {
    case simdjson::SUCCESS:
        return element;
    case simdjson::UTF8_ERROR:
        return Error{ErrorKind::Invalid, tr("The record is not valid UTF-8.")};
    case simdjson::DEPTH_ERROR:
        return Error{ErrorKind::Invalid,
                     tr("The record is nested more deeply than %1 levels.").arg(kMaxDepth)};
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        return Error{ErrorKind::Invalid, tr("The record holds a number that is out of range.")};
    case simdjson::EMPTY:
        return Error{ErrorKind::Invalid, tr("The record is empty.")};
    default:
        return Error{
            ErrorKind::Invalid,
            tr("The record is not JSON: %1.").arg(QString::fromLatin1(simdjson::error_message(code)))};
    }
}

std::string_view JsonReader::view(Object object, std::string_view key)
{
    std::string_view value;
    return object[key].get(value) == simdjson::SUCCESS ? value : std::string_view();
}

bool JsonReader::isString(Object object, std::string_view key)
{
    Element element;
    return object[key].get(element) == simdjson::SUCCESS && element.is_string();
}

std::optional<JsonReader::Object> JsonReader::object(Object object, std::string_view key)
{
    Object value;
    return object[key].get(value) == simdjson::SUCCESS ? std::optional<Object>(value) : std::nullopt;
}

std::optional<JsonReader::Array> JsonReader::array(Object object, std::string_view key)
{
    Array value;
    return object[key].get(value) == simdjson::SUCCESS ? std::optional<Array>(value) : std::nullopt;
}

std::optional<qint64> JsonReader::integer(Object object, std::string_view key)
{
    int64_t value = 0;
    return object[key].get(value) == simdjson::SUCCESS ? std::optional<qint64>(value) : std::nullopt;
}

qint64 JsonReader::timeNanos(Element value)
{
    std::string_view text;
    if (value.get(text) == simdjson::SUCCESS) {
        return RecordParser::nanosFromIso(string(text));
    }
    // Whole numbers are scaled exactly; a fraction of seconds goes through a double.
    int64_t whole = 0;
    if (value.get(whole) == simdjson::SUCCESS) {
        if (whole <= 0) {
            return 0;
        }
        const qint64 scale = whole < 100'000'000'000LL           ? 1'000'000'000LL // seconds
                             : whole < 100'000'000'000'000LL     ? 1'000'000LL     // milliseconds
                             : whole < 100'000'000'000'000'000LL ? 1'000LL         // microseconds
                                                                 : 1LL;            // nanoseconds
        // Past 2262 nanoseconds no longer fit: refused, never wrapped.
        qint64 ns = 0;
        return __builtin_mul_overflow(static_cast<qint64>(whole), scale, &ns) ? 0 : ns;
    }
    double seconds = 0;
    if (value.get(seconds) != simdjson::SUCCESS || !std::isfinite(seconds) || seconds <= 0 ||
        seconds >= double(RecordParser::kLastSecond)) {
        return 0;
    }
    return static_cast<qint64>(seconds * 1e9);
}

QByteArray JsonReader::compact(Element element)
{
    const std::string text = simdjson::minify(element);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

QByteArray JsonReader::compact(Object object)
{
    const std::string text = simdjson::minify(object);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

QString JsonReader::scalarText(Element value)
{
    std::string_view text;
    int64_t integer = 0;
    uint64_t unsignedInteger = 0;
    double real = 0;
    bool flag = false;
    if (value.get(text) == simdjson::SUCCESS) {
        return string(text);
    }
    if (value.get(integer) == simdjson::SUCCESS) {
        return QString::number(integer);
    }
    if (value.get(unsignedInteger) == simdjson::SUCCESS) {
        return QString::number(unsignedInteger);
    }
    if (value.get(real) == simdjson::SUCCESS) {
        return QString::number(real);
    }
    if (value.get(flag) == simdjson::SUCCESS) {
        return flag ? QStringLiteral("true") : QStringLiteral("false");
    }
    return value.is_null() ? QString() : string(simdjson::minify(value));
}

QHash<QString, QString> JsonReader::flat(std::optional<Object> object)
{
    QHash<QString, QString> out;
    if (object) {
        for (const auto field : *object) {
            out.insert(string(field.key), scalarText(field.value));
        }
    }
    return out;
}

// SPDX-License-Identifier: Apache-2.0
#include "otlpparser.h"

#include "activity/jsonreader.h"
#include "genaispans.h"
#include "model/connector.h"

#include <QHash>

namespace {

// OTLP/JSON AnyValue to text: strings as they are, numbers (64-bit ints arrive as strings) and
// booleans printed.
QString anyValue(JsonReader::Object value)
{
    for (const auto field : value) {
        std::string_view text;
        int64_t integer = 0;
        double real = 0;
        bool flag = false;
        if (field.value.get(text) == simdjson::SUCCESS) {
            return JsonReader::string(text);
        }
        if (field.value.get(integer) == simdjson::SUCCESS) {
            return QString::number(integer);
        }
        if (field.value.get(flag) == simdjson::SUCCESS) {
            return flag ? QStringLiteral("true") : QStringLiteral("false");
        }
        if (field.value.get(real) == simdjson::SUCCESS) {
            return QString::number(real);
        }
    }
    return QString();
}

QHash<QString, QString> attributes(std::optional<JsonReader::Array> list)
{
    QHash<QString, QString> out;
    if (!list) {
        return out;
    }
    for (JsonReader::Element item : *list) {
        JsonReader::Object attribute;
        if (item.get(attribute) != simdjson::SUCCESS) {
            continue;
        }
        const auto value = JsonReader::object(attribute, "value");
        out.insert(JsonReader::text(attribute, "key"), value ? anyValue(*value) : QString());
    }
    return out;
}

// Nanoseconds arrive as a JSON string (the proto3 JSON mapping of fixed64) or, from some
// exporters, as a number.
qint64 nanos(JsonReader::Object span, std::string_view key, bool* ok)
{
    JsonReader::Element value;
    *ok = false;
    if (span[key].get(value) != simdjson::SUCCESS) {
        return 0;
    }
    std::string_view text;
    uint64_t number = 0;
    if (value.get(text) == simdjson::SUCCESS) {
        const qint64 parsed = JsonReader::string(text).toLongLong(ok);
        return *ok ? parsed : 0;
    }
    if (value.get(number) == simdjson::SUCCESS && number < 9'200'000'000'000'000'000ULL) {
        *ok = true;
        return static_cast<qint64>(number);
    }
    return 0;
}

} // namespace

ParsedRecord OtlpParser::parse(const QByteArray& bytes) const
{
    ParsedRecord parsed;
    auto document = JsonReader::parse(bytes);
    if (!document) {
        parsed.rejectWhole(document.error().message, bytes);
        return parsed;
    }
    JsonReader::Object root;
    std::optional<JsonReader::Array> resourceSpans;
    if (document->get(root) == simdjson::SUCCESS) {
        resourceSpans = JsonReader::array(root, "resourceSpans");
    }
    if (!resourceSpans) {
        parsed.rejectWhole(tr("Not OTLP/JSON traces: no \"resourceSpans\" array."), bytes);
        return parsed;
    }
    GenAiSpans spans;
    for (JsonReader::Element rs : *resourceSpans) {
        JsonReader::Object resourceSpan;
        if (rs.get(resourceSpan) != simdjson::SUCCESS) {
            continue;
        }
        const auto resourceObject = JsonReader::object(resourceSpan, "resource");
        const QHash<QString, QString> resource =
            attributes(resourceObject ? JsonReader::array(*resourceObject, "attributes") : std::nullopt);
        const QString service = resource.value(QStringLiteral("service.name"));
        auto scopes = JsonReader::array(resourceSpan, "scopeSpans");
        if (!scopes) {
            scopes = JsonReader::array(resourceSpan, "instrumentationLibrarySpans"); // before OTLP 0.15
        }
        if (!scopes) {
            continue;
        }
        for (JsonReader::Element scopeElement : *scopes) {
            JsonReader::Object scope;
            if (scopeElement.get(scope) != simdjson::SUCCESS) {
                continue;
            }
            const auto list = JsonReader::array(scope, "spans");
            if (!list) {
                continue;
            }
            for (JsonReader::Element value : *list) {
                JsonReader::Object span;
                if (value.get(span) != simdjson::SUCCESS) {
                    parsed.rejected.append({tr("A span is not a JSON object."), JsonReader::compact(value)});
                    continue;
                }
                const QByteArray spanRaw = JsonReader::compact(value);
                const QString traceId = JsonReader::text(span, "traceId").toLower();
                const QString spanId = JsonReader::text(span, "spanId").toLower();
                QString parentId = JsonReader::text(span, "parentSpanId").toLower();
                bool timeOk = false;
                const qint64 start = nanos(span, "startTimeUnixNano", &timeOk);
                if (!GenAiSpans::isHex(traceId, 32) || !GenAiSpans::isHex(spanId, 16)) {
                    parsed.rejected.append(
                        {tr("A span needs a 32-digit hex traceId and a 16-digit hex spanId."), spanRaw});
                    continue;
                }
                if (!timeOk || start <= 0) {
                    parsed.rejected.append(
                        {tr("A span needs startTimeUnixNano as a positive number of nanoseconds."), spanRaw});
                    continue;
                }
                if (!parentId.isEmpty() && !GenAiSpans::isHex(parentId, 16)) {
                    parentId.clear();
                }
                const QString name = JsonReader::text(span, "name");

                const auto status = JsonReader::object(span, "status");
                GenAiSpans::Span fields;
                fields.source = QStringLiteral("otlp");
                fields.traceId = traceId;
                fields.spanId = spanId;
                fields.parentSpanId = parentId;
                fields.startNs = start;
                fields.name = name;
                fields.service = service;
                fields.attributes = attributes(JsonReader::array(span, "attributes"));
                fields.error = status && (JsonReader::integer(*status, "code") == 2 ||
                                          JsonReader::view(*status, "code") == "STATUS_CODE_ERROR");
                fields.raw = spanRaw;
                spans.add(fields);
            }
        }
    }

    parsed.events = spans.take();
    return parsed;
}

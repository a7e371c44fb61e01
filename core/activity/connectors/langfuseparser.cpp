// SPDX-License-Identifier: Apache-2.0
#include "langfuseparser.h"

#include "activity/jsonreader.h"
#include "genaispans.h"
#include "model/connector.h"

ParsedRecord LangfuseParser::parse(const QByteArray& bytes) const
{
    ParsedRecord parsed;
    auto document = JsonReader::parse(bytes);
    if (!document) {
        parsed.rejectWhole(document.error().message, bytes);
        return parsed;
    }
    JsonReader::Object root;
    std::optional<JsonReader::Array> observations;
    if (document->get(root) == simdjson::SUCCESS) {
        observations = JsonReader::array(root, "observations");
        if (!observations) {
            if (const auto trace = JsonReader::object(root, "trace")) {
                observations = JsonReader::array(*trace, "observations");
            }
        }
    }
    if (!observations) {
        parsed.rejectWhole(tr("Not a Langfuse trace export: no \"observations\" list."), bytes);
        return parsed;
    }
    // Each observation's metadata is parsed in its own slot, since the export stays in use.
    GenAiSpans spans;
    for (JsonReader::Element value : *observations) {
        JsonReader::Object observation;
        if (value.get(observation) != simdjson::SUCCESS) {
            parsed.rejected.append({tr("An observation is not a JSON object."), JsonReader::compact(value)});
            continue;
        }
        const QByteArray raw = JsonReader::compact(value);
        GenAiSpans::Span fields;
        fields.source = format();
        fields.traceId = JsonReader::text(observation, "traceId").toLower();
        fields.spanId = JsonReader::text(observation, "id").toLower();
        fields.parentSpanId = JsonReader::text(observation, "parentObservationId").toLower();
        if (!GenAiSpans::isHex(fields.traceId, 32) || !GenAiSpans::isHex(fields.spanId, 16)) {
            parsed.rejected.append(
                {tr("An observation needs a 32-digit hex traceId and a 16-digit hex id."), raw});
            continue;
        }
        if (!fields.parentSpanId.isEmpty() && !GenAiSpans::isHex(fields.parentSpanId, 16)) {
            fields.parentSpanId.clear();
        }
        fields.startNs = nanosFromIso(JsonReader::text(observation, "startTime"));
        if (fields.startNs == 0) {
            parsed.rejected.append({tr("An observation needs startTime as an ISO 8601 time."), raw});
            continue;
        }
        fields.name = JsonReader::text(observation, "name");
        fields.error = JsonReader::view(observation, "level") == "ERROR";
        JsonReader::Element metadata;
        if (observation["metadata"].get(metadata) == simdjson::SUCCESS) {
            std::optional<JsonReader::Object> object;
            std::string_view text;
            JsonReader::Object direct;
            if (metadata.get(text) == simdjson::SUCCESS) {
                auto inner = JsonReader::parse(text, 1);
                JsonReader::Object innerObject;
                if (inner && inner->get(innerObject) == simdjson::SUCCESS) {
                    object = innerObject;
                }
            } else if (metadata.get(direct) == simdjson::SUCCESS) {
                object = direct;
            }
            if (object) {
                fields.attributes = JsonReader::flat(JsonReader::object(*object, "attributes"));
                fields.service = JsonReader::flat(JsonReader::object(*object, "resourceAttributes"))
                                     .value(QStringLiteral("service.name"));
            }
        }
        if (fields.attributes.value(QStringLiteral("gen_ai.operation.name")).isEmpty()) {
            // Langfuse's own types say what a span without the GenAI names was.
            const std::string_view type = JsonReader::view(observation, "type");
            if (type == "AGENT") {
                fields.attributes.insert(QStringLiteral("gen_ai.operation.name"),
                                         QStringLiteral("invoke_agent"));
                // The observation's name is the agent's, when no GenAI attribute gives one.
                if (!fields.name.isEmpty() &&
                    fields.attributes.value(QStringLiteral("gen_ai.agent.name")).isEmpty() &&
                    fields.attributes.value(QStringLiteral("gen_ai.agent.id")).isEmpty()) {
                    fields.attributes.insert(QStringLiteral("gen_ai.agent.name"), fields.name);
                }
            } else if (type == "TOOL") {
                fields.attributes.insert(QStringLiteral("gen_ai.operation.name"),
                                         QStringLiteral("execute_tool"));
            } else if (type == "GENERATION") {
                fields.attributes.insert(QStringLiteral("gen_ai.operation.name"), QStringLiteral("chat"));
            }
        }
        if (JsonReader::view(observation, "type") == "TOOL" &&
            fields.attributes.value(QStringLiteral("gen_ai.tool.name")).isEmpty()) {
            fields.attributes.insert(QStringLiteral("gen_ai.tool.name"), fields.name);
        }
        fields.raw = raw;
        spans.add(fields);
    }
    parsed.events = spans.take();
    return parsed;
}

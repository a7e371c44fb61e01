// SPDX-License-Identifier: Apache-2.0
#include "otlpparser.h"

#include "activity/connector.h"
#include "activity/jsonreader.h"

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

bool isHex(const QString& text, int length)
{
    if (text.size() != length) {
        return false;
    }
    for (QChar c : text) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f')) {
            return false;
        }
    }
    return true;
}

QString httpAction(const QString& method)
{
    const QString m = method.toUpper();
    if (m == QStringLiteral("GET") || m == QStringLiteral("HEAD")) {
        return QStringLiteral("read");
    }
    if (m == QStringLiteral("POST")) {
        return QStringLiteral("create");
    }
    if (m == QStringLiteral("PUT") || m == QStringLiteral("PATCH")) {
        return QStringLiteral("write");
    }
    if (m == QStringLiteral("DELETE")) {
        return QStringLiteral("delete");
    }
    return QStringLiteral("execute");
}

struct Span
{
    Event event;
    QString agentId;
    QString agentName;
};

} // namespace

ParsedRecord OtlpParser::parse(const QByteArray& bytes) const
{
    ParsedRecord parsed;
    auto document = JsonReader::parse(bytes);
    if (!document) {
        parsed.rejected.append(
            {document.error().message, bytes.left(QuarantinedRecord::kMaxRawBytes), bytes.size()});
        return parsed;
    }
    JsonReader::Object root;
    std::optional<JsonReader::Array> resourceSpans;
    if (document->get(root) == simdjson::SUCCESS) {
        resourceSpans = JsonReader::array(root, "resourceSpans");
    }
    if (!resourceSpans) {
        parsed.rejected.append({tr("Not OTLP/JSON traces: no \"resourceSpans\" array."),
                                bytes.left(QuarantinedRecord::kMaxRawBytes),
                                bytes.size()});
        return parsed;
    }
    QList<Span> spans;
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
                if (!isHex(traceId, 32) || !isHex(spanId, 16)) {
                    parsed.rejected.append(
                        {tr("A span needs a 32-digit hex traceId and a 16-digit hex spanId."), spanRaw});
                    continue;
                }
                if (!timeOk || start <= 0) {
                    parsed.rejected.append(
                        {tr("A span needs startTimeUnixNano as a positive number of nanoseconds."), spanRaw});
                    continue;
                }
                if (!parentId.isEmpty() && !isHex(parentId, 16)) {
                    parentId.clear();
                }
                const QHash<QString, QString> a = attributes(JsonReader::array(span, "attributes"));
                const QString name = JsonReader::text(span, "name");
                const QString operation = a.value(QStringLiteral("gen_ai.operation.name"));

                Span s;
                Event& e = s.event;
                e.source = QStringLiteral("otlp");
                e.nativeId = traceId + QLatin1Char(':') + spanId;
                e.timeNs = start;
                e.traceId = traceId;
                e.spanId = spanId;
                e.parentSpanId = parentId;
                e.raw = spanRaw;
                e.task =
                    a.value(QStringLiteral("gen_ai.conversation.id"), a.value(QStringLiteral("session.id")));
                s.agentId = a.value(QStringLiteral("gen_ai.agent.id"));
                s.agentName = a.value(QStringLiteral("gen_ai.agent.name"));
                const QString tool = a.value(QStringLiteral("gen_ai.tool.name"));
                if (operation == QStringLiteral("execute_tool") || !tool.isEmpty()) {
                    const QString server =
                        a.value(QStringLiteral("mcp.server.name"), a.value(QStringLiteral("server.address")));
                    e.action = QStringLiteral("execute");
                    e.nativeAction = QStringLiteral("execute_tool");
                    e.resource = !server.isEmpty() && a.contains(QStringLiteral("mcp.method.name"))
                                     ? QStringLiteral("mcp://%1/%2").arg(server, tool)
                                     : QStringLiteral("tool://%1").arg(tool.isEmpty() ? name : tool);
                } else if (operation == QStringLiteral("invoke_agent") ||
                           operation == QStringLiteral("create_agent")) {
                    e.action = operation == QStringLiteral("create_agent") ? QStringLiteral("create")
                                                                           : QStringLiteral("execute");
                    e.nativeAction = operation;
                    e.resource =
                        QStringLiteral("agent://%1").arg(s.agentName.isEmpty() ? s.agentId : s.agentName);
                } else if (!operation.isEmpty()) {
                    // chat, text_completion, embeddings, generate_content: a call to a model.
                    e.action = QStringLiteral("execute");
                    e.nativeAction = operation;
                    e.resource = QStringLiteral("model://%1")
                                     .arg(a.value(QStringLiteral("gen_ai.request.model"),
                                                  a.value(QStringLiteral("gen_ai.provider.name"))));
                } else if (a.contains(QStringLiteral("http.request.method")) ||
                           a.contains(QStringLiteral("http.method"))) {
                    const QString method = a.value(QStringLiteral("http.request.method"),
                                                   a.value(QStringLiteral("http.method")));
                    e.action = httpAction(method);
                    e.nativeAction = method.toUpper();
                    e.resource = a.value(QStringLiteral("url.full"), a.value(QStringLiteral("http.url")));
                    if (e.resource.isEmpty()) {
                        e.resource = QStringLiteral("https://%1%2")
                                         .arg(a.value(QStringLiteral("server.address")),
                                              a.value(QStringLiteral("url.path")));
                    }
                } else {
                    e.action = QStringLiteral("execute");
                    e.nativeAction = name;
                    e.resource = QStringLiteral("otel://%1/%2").arg(service, name);
                }
                if (e.nativeAction.isEmpty()) {
                    e.nativeAction = name;
                }
                const auto status = JsonReader::object(span, "status");
                const bool error = status && (JsonReader::integer(*status, "code") == 2 ||
                                              JsonReader::view(*status, "code") == "STATUS_CODE_ERROR");
                e.outcome = error || a.contains(QStringLiteral("error.type")) ? EventOutcome::Failure
                                                                              : EventOutcome::Success;
                e.principal = service;
                spans.append(std::move(s));
            }
        }
    }

    // A tool call under an agent's span acts for that agent: inherit the nearest ancestor's id.
    QHash<QString, int> bySpan;
    for (int i = 0; i < spans.size(); ++i) {
        bySpan.insert(spans[i].event.traceId + spans[i].event.spanId, i);
    }
    QStringList resolved;
    resolved.reserve(spans.size());
    for (const Span& s : std::as_const(spans)) {
        QString agentId = s.agentId;
        QString parent = s.event.parentSpanId;
        for (int hops = 0; agentId.isEmpty() && !parent.isEmpty() && hops < 64; ++hops) {
            const auto it = bySpan.constFind(s.event.traceId + parent);
            if (it == bySpan.cend()) {
                break;
            }
            agentId = spans[*it].agentId;
            parent = spans[*it].event.parentSpanId;
        }
        resolved.append(agentId);
    }
    for (int i = 0; i < spans.size(); ++i) {
        Span& s = spans[i];
        const QString& agentId = resolved.at(i);
        if (!agentId.isEmpty()) {
            s.event.principal = agentId;
            s.event.principalKind = PrincipalKind::OtelAgentId;
            s.event.principalValue = agentId;
            s.event.actsLikeAgent = true;
        }
        parsed.events.append(std::move(s.event));
    }
    return parsed;
}

// SPDX-License-Identifier: Apache-2.0
#include "otlpparser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// OTLP/JSON AnyValue to text: strings as they are, numbers (64-bit ints arrive as strings) and
// booleans printed.
QString anyValue(const QJsonObject& value)
{
    if (value.contains(QStringLiteral("stringValue"))) {
        return value.value(QStringLiteral("stringValue")).toString();
    }
    if (value.contains(QStringLiteral("intValue"))) {
        const QJsonValue v = value.value(QStringLiteral("intValue"));
        return v.isString() ? v.toString() : QString::number(v.toInteger());
    }
    if (value.contains(QStringLiteral("boolValue"))) {
        return value.value(QStringLiteral("boolValue")).toBool() ? QStringLiteral("true")
                                                                 : QStringLiteral("false");
    }
    if (value.contains(QStringLiteral("doubleValue"))) {
        return QString::number(value.value(QStringLiteral("doubleValue")).toDouble());
    }
    return QString();
}

QHash<QString, QString> attributes(const QJsonArray& list)
{
    QHash<QString, QString> out;
    for (const QJsonValue& item : list) {
        const QJsonObject attribute = item.toObject();
        out.insert(attribute.value(QStringLiteral("key")).toString(),
                   anyValue(attribute.value(QStringLiteral("value")).toObject()));
    }
    return out;
}

// Nanoseconds arrive as a JSON string (the proto3 JSON mapping of fixed64) or, from some
// exporters, as a number.
qint64 nanos(const QJsonValue& value, bool* ok)
{
    if (value.isString()) {
        return value.toString().toLongLong(ok);
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        *ok = d >= 0 && d < 9.2e18;
        return *ok ? static_cast<qint64>(d) : 0;
    }
    *ok = false;
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

ParsedRecord OtlpParser::parse(const QJsonValue& document, const QByteArray& raw) const
{
    ParsedRecord parsed;
    const QJsonValue resourceSpans = document.toObject().value(QStringLiteral("resourceSpans"));
    if (!resourceSpans.isArray()) {
        parsed.rejected.append({tr("Not OTLP/JSON traces: no \"resourceSpans\" array."), raw});
        return parsed;
    }
    QList<Span> spans;
    for (const QJsonValue& rs : resourceSpans.toArray()) {
        const QJsonObject resourceSpan = rs.toObject();
        const QHash<QString, QString> resource = attributes(resourceSpan.value(QStringLiteral("resource"))
                                                                .toObject()
                                                                .value(QStringLiteral("attributes"))
                                                                .toArray());
        const QString service = resource.value(QStringLiteral("service.name"));
        QJsonArray scopes = resourceSpan.value(QStringLiteral("scopeSpans")).toArray();
        if (scopes.isEmpty()) {
            scopes = resourceSpan.value(QStringLiteral("instrumentationLibrarySpans"))
                         .toArray(); // before OTLP 0.15
        }
        for (const QJsonValue& scope : std::as_const(scopes)) {
            for (const QJsonValue& value : scope.toObject().value(QStringLiteral("spans")).toArray()) {
                const QJsonObject span = value.toObject();
                const QByteArray spanRaw = compact(span);
                const QString traceId = span.value(QStringLiteral("traceId")).toString().toLower();
                const QString spanId = span.value(QStringLiteral("spanId")).toString().toLower();
                QString parentId = span.value(QStringLiteral("parentSpanId")).toString().toLower();
                bool timeOk = false;
                const qint64 start = nanos(span.value(QStringLiteral("startTimeUnixNano")), &timeOk);
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
                const QHash<QString, QString> a =
                    attributes(span.value(QStringLiteral("attributes")).toArray());
                const QString name = span.value(QStringLiteral("name")).toString();
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
                const int status = span.value(QStringLiteral("status"))
                                       .toObject()
                                       .value(QStringLiteral("code"))
                                       .toVariant()
                                       .toInt();
                const QString statusText =
                    span.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString();
                e.outcome = status == 2 || statusText == QStringLiteral("STATUS_CODE_ERROR") ||
                                    a.contains(QStringLiteral("error.type"))
                                ? EventOutcome::Failure
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

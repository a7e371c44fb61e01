// SPDX-License-Identifier: Apache-2.0
#include "genaispans.h"

namespace {

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

} // namespace

bool GenAiSpans::isHex(const QString& text, int length)
{
    if (text.size() != length) {
        return false;
    }
    for (QChar c : text) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f')) {
            return false;
        }
    }
    return true;
}

namespace {

QString firstOf(std::initializer_list<QString> texts)
{
    for (const QString& text : texts) {
        if (!text.isEmpty()) {
            return text;
        }
    }
    return QStringLiteral("unnamed");
}

// The GenAI conventions' operations that call a model, and the names frameworks use for them.
bool isModelCall(const QString& operation)
{
    static const QSet<QString> calls = {QStringLiteral("chat"),
                                        QStringLiteral("text_completion"),
                                        QStringLiteral("generate_content"),
                                        QStringLiteral("embeddings"),
                                        QStringLiteral("call_llm"),
                                        QStringLiteral("completion"),
                                        QStringLiteral("generation")};
    return calls.contains(operation);
}

} // namespace

void GenAiSpans::add(const Span& span)
{
    const QHash<QString, QString>& a = span.attributes;
    Mapped m;
    Event& e = m.event;
    e.source = span.source;
    e.nativeId = span.traceId + QLatin1Char(':') + span.spanId;
    e.timeNs = span.startNs;
    e.traceId = span.traceId;
    e.spanId = span.spanId;
    e.parentSpanId = span.parentSpanId;
    e.raw = span.raw;
    e.task = a.value(QStringLiteral("gen_ai.conversation.id"), a.value(QStringLiteral("session.id")));
    const QString agentName = a.value(QStringLiteral("gen_ai.agent.name"));
    m.agent = a.value(QStringLiteral("gen_ai.agent.id"), agentName);
    m.local = !a.contains(QStringLiteral("gen_ai.agent.id")) && !agentName.isEmpty() &&
              (span.service.isEmpty() || span.service.startsWith(QStringLiteral("unknown_service")));
    const QString operation = a.value(QStringLiteral("gen_ai.operation.name"));
    const QString tool = a.value(QStringLiteral("gen_ai.tool.name"));
    if (operation == QStringLiteral("execute_tool") || !tool.isEmpty()) {
        const QString server =
            a.value(QStringLiteral("mcp.server.name"), a.value(QStringLiteral("server.address")));
        e.action = QStringLiteral("execute");
        e.nativeAction = QStringLiteral("execute_tool");
        e.resource = !server.isEmpty() && a.contains(QStringLiteral("mcp.method.name"))
                         ? QStringLiteral("mcp://%1/%2").arg(server, tool)
                         : QStringLiteral("tool://%1").arg(tool.isEmpty() ? span.name : tool);
    } else if (operation == QStringLiteral("invoke_agent") || operation == QStringLiteral("create_agent")) {
        e.action = operation == QStringLiteral("create_agent") ? QStringLiteral("create")
                                                               : QStringLiteral("execute");
        e.nativeAction = operation;
        e.resource = QStringLiteral("agent://%1").arg(firstOf({agentName, m.agent, span.name}));
    } else if (isModelCall(operation) || a.contains(QStringLiteral("gen_ai.request.model"))) {
        e.action = QStringLiteral("execute");
        e.nativeAction = operation;
        e.resource = QStringLiteral("model://%1")
                         .arg(firstOf({a.value(QStringLiteral("gen_ai.request.model")),
                                       a.value(QStringLiteral("gen_ai.response.model")),
                                       a.value(QStringLiteral("gen_ai.provider.name")),
                                       a.value(QStringLiteral("gen_ai.system")),
                                       span.name}));
    } else if (!operation.isEmpty()) {
        // A step of the agent's own (a chain, a workflow, a task): named by its span.
        e.action = QStringLiteral("execute");
        e.nativeAction = operation;
        e.resource = QStringLiteral("otel://%1/%2")
                         .arg(firstOf({span.service, span.source}), firstOf({span.name, operation}));
    } else if (a.contains(QStringLiteral("http.request.method")) ||
               a.contains(QStringLiteral("http.method"))) {
        const QString method =
            a.value(QStringLiteral("http.request.method"), a.value(QStringLiteral("http.method")));
        e.action = httpAction(method);
        e.nativeAction = method.toUpper();
        e.resource = a.value(QStringLiteral("url.full"), a.value(QStringLiteral("http.url")));
        if (e.resource.isEmpty()) {
            e.resource =
                QStringLiteral("https://%1%2")
                    .arg(a.value(QStringLiteral("server.address")), a.value(QStringLiteral("url.path")));
        }
    } else {
        e.action = QStringLiteral("execute");
        e.nativeAction = span.name;
        e.resource = QStringLiteral("otel://%1/%2")
                         .arg(firstOf({span.service, span.source}), firstOf({span.name, span.spanId}));
    }
    if (e.nativeAction.isEmpty()) {
        e.nativeAction = span.name;
    }
    e.outcome = span.error || a.contains(QStringLiteral("error.type")) ? EventOutcome::Failure
                                                                       : EventOutcome::Success;
    e.principal = span.service;
    m.service = span.service;
    m.genAi = !operation.isEmpty() || !m.agent.isEmpty();
    m_spans.append(std::move(m));
}

QList<Event> GenAiSpans::take()
{
    QHash<QString, int> bySpan;
    for (int i = 0; i < m_spans.size(); ++i) {
        bySpan.insert(m_spans[i].event.traceId + m_spans[i].event.spanId, i);
    }
    // Resolved before any event moves out: the walk reads the ancestors' fields.
    // What names the agent anywhere in each trace: an export often lacks the parents (the agent's
    // own span went to another exporter, or is still open), and a span must not lose its agent for
    // that. One agent named in the trace is the agent of all its spans; failing that, the service of
    // a trace of GenAI spans, unless it is OpenTelemetry's placeholder.
    struct TraceFacts
    {
        QSet<QString> agents;
        QString service;
        bool genAi = false;
    };
    QHash<QString, TraceFacts> traces;
    QSet<QString> local; // agents named only by a display name, in no service
    for (const Mapped& m : std::as_const(m_spans)) {
        if (m.local) {
            local.insert(m.agent);
        }
        TraceFacts& facts = traces[m.event.traceId];
        if (!m.agent.isEmpty()) {
            facts.agents.insert(m.agent);
        }
        if (facts.service.isEmpty() && !m.service.isEmpty() &&
            !m.service.startsWith(QStringLiteral("unknown_service"))) {
            facts.service = m.service;
        }
        facts.genAi = facts.genAi || m.genAi;
    }
    QStringList agents;
    agents.reserve(m_spans.size());
    for (const Mapped& m : std::as_const(m_spans)) {
        QString agent = m.agent;
        QString parent = m.event.parentSpanId;
        for (int hops = 0; agent.isEmpty() && !parent.isEmpty() && hops < 64; ++hops) {
            const auto it = bySpan.constFind(m.event.traceId + parent);
            if (it == bySpan.cend()) {
                break;
            }
            agent = m_spans[*it].agent;
            parent = m_spans[*it].event.parentSpanId;
        }
        if (agent.isEmpty()) {
            const TraceFacts& facts = traces[m.event.traceId];
            if (facts.agents.size() == 1) {
                agent = *facts.agents.cbegin();
            } else if (facts.agents.isEmpty() && facts.genAi) {
                agent = facts.service;
            }
        }
        agents.append(agent);
    }
    QList<Event> events;
    events.reserve(m_spans.size());
    for (int i = 0; i < m_spans.size(); ++i) {
        Event& e = m_spans[i].event;
        if (!agents.at(i).isEmpty()) {
            e.principal = agents.at(i);
            e.principalKind = PrincipalKind::OtelAgentId;
            e.principalValue = agents.at(i);
            e.actorType = ActorType::Agent;
            e.principalIsLocal = local.contains(agents.at(i));
        }
        events.append(std::move(e));
    }
    m_spans.clear();
    return events;
}

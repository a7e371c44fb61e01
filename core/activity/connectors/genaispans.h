// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/event.h"

#include <QHash>
#include <QList>
#include <QSet>

// What the OpenTelemetry GenAI conventions say about spans, for every form traces arrive in
// (OTLP/JSON, the Python SDK's dumps): invoke_agent and create_agent name the agent, execute_tool
// the tool, model calls the model; a span without its own agent acts for its nearest ancestor's.
class GenAiSpans final
{
public:
    struct Span
    {
        QString source;
        QString traceId; // lower-case hex, 32 digits
        QString spanId;  // 16 digits
        QString parentSpanId;
        qint64 startNs = 0;
        QString name;
        QString service;
        QHash<QString, QString> attributes;
        bool error = false;
        QByteArray raw;
    };

    void add(const Span& span);
    // The events, each with the agent it acts for; the list is emptied.
    QList<Event> take();

    static bool isHex(const QString& text, int length);

private:
    struct Mapped
    {
        Event event;
        QString agent; // gen_ai.agent.id, else gen_ai.agent.name
        QString service;
        bool genAi = false; // a GenAI operation, or a span that names its agent
        bool local = false; // the agent is a display name in no service (Event::principalIsLocal)
    };
    QList<Mapped> m_spans;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "event.h"

#include <QString>

#include <optional>

// What the timeline, `events query` and exports filter on. Pages are keyset-based (newest first,
// before a given event), so the thousandth page costs what the first does.
struct EventQuery
{
    qint64 agentId = 0;
    qint64 ownerId = 0;
    QString action;         // normalized verb
    QString resourcePrefix; // events whose resource starts with this
    std::optional<EventOutcome> outcome;
    QString source;
    QString traceId;
    qint64 fromNs = 0;                // inclusive; 0: open
    qint64 toNs = 0;                  // exclusive; 0: open
    QString text;                     // in principal, native action, resource or an attribute's value
    QList<AttributeMatch> attributes; // every one must match
    // Keyset: only events older than this one (time, then id).
    qint64 beforeTimeNs = 0;
    qint64 beforeId = 0;
    int limit = 200;
};

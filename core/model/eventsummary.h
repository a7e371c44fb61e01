// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "event.h"

#include <QList>
#include <QString>

#include <array>
#include <utility>

// What the Activity page's charts draw for a filter: events over time by outcome, and the agents
// and resources with the most events. Counted in one pass over the matching events.
struct EventSummary
{
    qint64 fromNs = 0;   // where the first bucket starts
    qint64 bucketNs = 0; // how wide each bucket is: a round step (a minute, an hour, a day)
    // Events per bucket, by EventOutcome.
    QList<std::array<qint64, 4>> buckets;
    QList<std::pair<qint64, qint64>> topAgents; // agent id (0: no registered agent) and events
    QList<std::pair<QString, qint64>> topResources;
    qint64 total = 0;
    qint64 distinctAgents = 0;
    qint64 distinctResources = 0;

    // The round bucket width that draws [fromNs, toNs) in at most `buckets` bars.
    static qint64 bucketWidth(qint64 spanNs, int buckets);
};

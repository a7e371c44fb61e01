// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "agenttypes.h"

#include <QString>

#include <optional>

// What the agent table and `agent list` ask the store for: a filter and an order. The store
// evaluates it, so paging through 100,000 agents never loads them all.
struct AgentQuery
{
    enum class SortKey
    {
        Name,
        DisplayName,
        Owner,
        Environment,
        RiskTier,
        Status,
        Framework,
        LastSeen,
        Created
    };

    QString text; // matched against names, purpose, framework, model, principals, tags and the owner
    qint64 ownerId = 0;
    std::optional<AgentStatus> status;
    std::optional<Environment> environment;
    std::optional<RiskTier> riskTier;

    SortKey sortKey = SortKey::Name;
    bool descending = false;

    bool isFiltered() const
    {
        return !text.trimmed().isEmpty() || ownerId != 0 || status || environment || riskTier;
    }

    friend bool operator==(const AgentQuery&, const AgentQuery&) = default;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "agenttypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A name the agent is known by in a backend (an AWS role ARN, a Kubernetes service account,
// an OpenTelemetry gen_ai.agent.id): how activity is traced back to the agent.
struct Principal
{
    PrincipalKind kind = PrincipalKind::OtelAgentId;
    QString value;

    friend bool operator==(const Principal&, const Principal&) = default;
};

struct Agent
{
    qint64 id = 0;
    QString name;
    QString spiffeId;
    QString displayName;
    QString purpose;
    qint64 ownerId = 0; // 0: no owner (allowed for shadow agents only)
    QString ownerName;  // read from the owner, for display
    QString ownerEmail;
    QString ownerTeam;
    QString framework;
    QString model;
    Environment environment = Environment::Dev;
    RiskTier riskTier = RiskTier::Medium;
    AgentStatus status = AgentStatus::Active;
    QList<Principal> principals;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastSeenAt; // invalid: never seen in activity
};

// One step of an agent's status history: retiring keeps every step.
struct StatusChange
{
    std::optional<AgentStatus> from; // empty for the first entry
    AgentStatus to = AgentStatus::Active;
    QString reason;
    QString operatorName;
    QDateTime changedAt;
    // The connector whose records brought in a discovered agent: its entry is the connector's
    // doing, not the operator's. 0 for a change someone made.
    qint64 connectorId = 0;
    QString connectorName;
};

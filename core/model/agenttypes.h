// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

enum class Environment
{
    Dev,
    Staging,
    Prod
};
enum class RiskTier
{
    Low,
    Medium,
    High,
    Critical
};
enum class AgentStatus
{
    Requested,
    Active,
    Suspended,
    Retired,
    Shadow
};
enum class PrincipalKind
{
    AwsRole,
    KubernetesServiceAccount,
    OtelAgentId
};

// Stable machine names (stored in the workspace, printed by --json) and translated labels
// for people. The machine names never change once released.
class AgentTypes final
{
    Q_DECLARE_TR_FUNCTIONS(AgentTypes)

public:
    static QString key(Environment value);
    static QString key(RiskTier value);
    static QString key(AgentStatus value);
    static QString key(PrincipalKind value);

    static std::optional<Environment> environmentFromKey(const QString& key);
    static std::optional<RiskTier> riskTierFromKey(const QString& key);
    static std::optional<AgentStatus> statusFromKey(const QString& key);
    static std::optional<PrincipalKind> principalKindFromKey(const QString& key);

    static QString label(Environment value);
    static QString label(RiskTier value);
    static QString label(AgentStatus value);
    static QString label(PrincipalKind value);

    static const QList<Environment>& environments();
    static const QList<RiskTier>& riskTiers();
    static const QList<AgentStatus>& statuses();
    static const QList<PrincipalKind>& principalKinds();
};

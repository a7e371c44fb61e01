// SPDX-License-Identifier: Apache-2.0
#include "agenttypes.h"

namespace {

template<typename Enum>
std::optional<Enum> fromKey(const QList<Enum>& all, const QString& key)
{
    for (Enum value : all) {
        if (AgentTypes::key(value) == key) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

QString AgentTypes::key(Environment value)
{
    switch (value) {
    case Environment::Dev:
        return QStringLiteral("dev");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Prod:
        return QStringLiteral("prod");
    }
    Q_UNREACHABLE();
}

QString AgentTypes::key(RiskTier value)
{
    switch (value) {
    case RiskTier::Low:
        return QStringLiteral("low");
    case RiskTier::Medium:
        return QStringLiteral("medium");
    case RiskTier::High:
        return QStringLiteral("high");
    case RiskTier::Critical:
        return QStringLiteral("critical");
    }
    Q_UNREACHABLE();
}

QString AgentTypes::key(AgentStatus value)
{
    switch (value) {
    case AgentStatus::Requested:
        return QStringLiteral("requested");
    case AgentStatus::Active:
        return QStringLiteral("active");
    case AgentStatus::Suspended:
        return QStringLiteral("suspended");
    case AgentStatus::Retired:
        return QStringLiteral("retired");
    case AgentStatus::Shadow:
        return QStringLiteral("shadow");
    }
    Q_UNREACHABLE();
}

QString AgentTypes::key(PrincipalKind value)
{
    switch (value) {
    case PrincipalKind::AwsRole:
        return QStringLiteral("aws-role");
    case PrincipalKind::KubernetesServiceAccount:
        return QStringLiteral("k8s-sa");
    case PrincipalKind::OtelAgentId:
        return QStringLiteral("otel-agent-id");
    }
    Q_UNREACHABLE();
}

std::optional<Environment> AgentTypes::environmentFromKey(const QString& key)
{
    return fromKey(environments(), key);
}

std::optional<RiskTier> AgentTypes::riskTierFromKey(const QString& key)
{
    return fromKey(riskTiers(), key);
}

std::optional<AgentStatus> AgentTypes::statusFromKey(const QString& key)
{
    return fromKey(statuses(), key);
}

std::optional<PrincipalKind> AgentTypes::principalKindFromKey(const QString& key)
{
    return fromKey(principalKinds(), key);
}

QString AgentTypes::label(Environment value)
{
    switch (value) {
    case Environment::Dev:
        return tr("Development");
    case Environment::Staging:
        return tr("Staging");
    case Environment::Prod:
        return tr("Production");
    }
    Q_UNREACHABLE();
}

QString AgentTypes::label(RiskTier value)
{
    switch (value) {
    case RiskTier::Low:
        return tr("Low");
    case RiskTier::Medium:
        return tr("Medium");
    case RiskTier::High:
        return tr("High");
    case RiskTier::Critical:
        return tr("Critical");
    }
    Q_UNREACHABLE();
}

QString AgentTypes::label(AgentStatus value)
{
    switch (value) {
    case AgentStatus::Requested:
        return tr("Requested");
    case AgentStatus::Active:
        return tr("Active");
    case AgentStatus::Suspended:
        return tr("Suspended");
    case AgentStatus::Retired:
        return tr("Retired");
    case AgentStatus::Shadow:
        return tr("Shadow");
    }
    Q_UNREACHABLE();
}

QString AgentTypes::label(PrincipalKind value)
{
    switch (value) {
    case PrincipalKind::AwsRole:
        return tr("AWS IAM role");
    case PrincipalKind::KubernetesServiceAccount:
        return tr("Kubernetes service account");
    case PrincipalKind::OtelAgentId:
        return tr("OpenTelemetry agent ID");
    }
    Q_UNREACHABLE();
}

const QList<Environment>& AgentTypes::environments()
{
    static const QList<Environment> all = {Environment::Dev, Environment::Staging, Environment::Prod};
    return all;
}

const QList<RiskTier>& AgentTypes::riskTiers()
{
    static const QList<RiskTier> all = {RiskTier::Low, RiskTier::Medium, RiskTier::High, RiskTier::Critical};
    return all;
}

const QList<AgentStatus>& AgentTypes::statuses()
{
    static const QList<AgentStatus> all = {AgentStatus::Requested,
                                           AgentStatus::Active,
                                           AgentStatus::Suspended,
                                           AgentStatus::Retired,
                                           AgentStatus::Shadow};
    return all;
}

const QList<PrincipalKind>& AgentTypes::principalKinds()
{
    static const QList<PrincipalKind> all = {
        PrincipalKind::AwsRole, PrincipalKind::KubernetesServiceAccount, PrincipalKind::OtelAgentId};
    return all;
}

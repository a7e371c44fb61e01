// SPDX-License-Identifier: Apache-2.0
#include "agentjson.h"

#include <QJsonArray>

namespace AgentJson {

QString timestamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {
QJsonValue nullableTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(timestamp(time)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject owner(const Owner& owner)
{
    return QJsonObject{
        {QStringLiteral("id"), owner.id},
        {QStringLiteral("name"), owner.name},
        {QStringLiteral("email"), owner.email},
        {QStringLiteral("team"), owner.team},
        {QStringLiteral("created_at"), nullableTime(owner.createdAt)},
    };
}

QJsonObject agent(const Agent& agent)
{
    QJsonArray principals;
    for (const Principal& principal : agent.principals) {
        principals.append(QJsonObject{{QStringLiteral("kind"), AgentTypes::key(principal.kind)},
                                      {QStringLiteral("value"), principal.value}});
    }
    QJsonValue ownerValue(QJsonValue::Null);
    if (agent.ownerId != 0) {
        ownerValue = QJsonObject{{QStringLiteral("id"), agent.ownerId},
                                 {QStringLiteral("name"), agent.ownerName},
                                 {QStringLiteral("email"), agent.ownerEmail},
                                 {QStringLiteral("team"), agent.ownerTeam}};
    }
    return QJsonObject{
        {QStringLiteral("name"), agent.name},
        {QStringLiteral("spiffe_id"), agent.spiffeId},
        {QStringLiteral("display_name"), agent.displayName},
        {QStringLiteral("purpose"), agent.purpose},
        {QStringLiteral("owner"), ownerValue},
        {QStringLiteral("framework"), agent.framework},
        {QStringLiteral("model"), agent.model},
        {QStringLiteral("environment"), AgentTypes::key(agent.environment)},
        {QStringLiteral("risk_tier"), AgentTypes::key(agent.riskTier)},
        {QStringLiteral("status"), AgentTypes::key(agent.status)},
        {QStringLiteral("principals"), principals},
        {QStringLiteral("tags"), QJsonArray::fromStringList(agent.tags)},
        {QStringLiteral("created_at"), nullableTime(agent.createdAt)},
        {QStringLiteral("updated_at"), nullableTime(agent.updatedAt)},
        {QStringLiteral("last_seen_at"), nullableTime(agent.lastSeenAt)},
    };
}

QJsonObject statusChange(const StatusChange& change)
{
    return QJsonObject{
        {QStringLiteral("from"), change.from ? QJsonValue(AgentTypes::key(*change.from)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("to"), AgentTypes::key(change.to)},
        {QStringLiteral("reason"), change.reason},
        {QStringLiteral("operator"), change.operatorName},
        {QStringLiteral("changed_at"), nullableTime(change.changedAt)},
    };
}

} // namespace AgentJson

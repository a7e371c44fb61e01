// SPDX-License-Identifier: Apache-2.0
#include "requestjson.h"

#include "inventory/agentjson.h"

#include <QJsonArray>

namespace {
QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(AgentJson::timestamp(t)) : QJsonValue(QJsonValue::Null);
}
} // namespace

namespace RequestJson {

QJsonObject request(const Request& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("kind"), RequestKinds::key(r.kind)},
                       {QStringLiteral("agent"), r.agentName},
                       {QStringLiteral("spiffe_id"), r.agentSpiffeId},
                       {QStringLiteral("requester"), r.requester},
                       {QStringLiteral("justification"), r.justification},
                       {QStringLiteral("task"), r.task},
                       {QStringLiteral("statements"), QJsonArray::fromStringList(r.statements)},
                       {QStringLiteral("duration_seconds"), r.durationSeconds},
                       {QStringLiteral("standing"), r.standing},
                       {QStringLiteral("renews_grant"),
                        r.renewsGrantId ? QJsonValue(r.renewsGrantId) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("risk"), AgentTypes::key(r.risk)},
                       {QStringLiteral("risk_reasons"), QJsonArray::fromStringList(r.riskReasons)},
                       {QStringLiteral("state"), RequestKinds::key(r.state)},
                       {QStringLiteral("created_at"), time(r.createdAt)},
                       {QStringLiteral("expires_at"), time(r.expiresAt)},
                       {QStringLiteral("decided_at"), time(r.decidedAt)}};
}

QJsonObject decision(const Decision& d)
{
    return QJsonObject{
        {QStringLiteral("operator"), d.operatorName},
        {QStringLiteral("decision"), d.approve ? QStringLiteral("approve") : QStringLiteral("deny")},
        {QStringLiteral("reason"), d.reason},
        {QStringLiteral("key_id"), d.keyId},
        {QStringLiteral("signature"), QString::fromLatin1(d.signature)},
        {QStringLiteral("decided_at"), time(d.decidedAt)}};
}

QJsonObject grant(const Grant& g, const QDateTime& now)
{
    const QString state = g.state == GrantState::Active && !g.isLive(now) ? QStringLiteral("expired")
                                                                          : RequestKinds::key(g.state);
    return QJsonObject{{QStringLiteral("id"), g.id},
                       {QStringLiteral("request"), g.requestId},
                       {QStringLiteral("agent"), g.agentName},
                       {QStringLiteral("statements"), QJsonArray::fromStringList(g.statements)},
                       {QStringLiteral("task"), g.task},
                       {QStringLiteral("valid_from"), time(g.validFrom)},
                       {QStringLiteral("valid_until"), time(g.validUntil)},
                       {QStringLiteral("approvers"), QJsonArray::fromStringList(g.approvers)},
                       {QStringLiteral("standing"), g.standing},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("revoked_at"), time(g.revokedAt)},
                       {QStringLiteral("revocation_reason"), g.revocationReason}};
}

} // namespace RequestJson

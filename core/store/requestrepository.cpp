// SPDX-License-Identifier: Apache-2.0
#include "requestrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {

const QString kRequestColumns = QStringLiteral(
    "r.id, r.kind, r.agent_id, a.name, a.spiffe_id, r.requester, r.justification, r.task, r.statements,"
    " r.duration_seconds, r.standing, r.renews_grant_id, r.risk, r.risk_reasons, r.state, r.created_at,"
    " r.expires_at, r.decided_at");
const QString kGrantColumns = QStringLiteral(
    "g.id, g.request_id, g.agent_id, a.name, g.statements, g.task, g.valid_from, g.valid_until, g.approvers,"
    " g.standing, g.state, g.revoked_at, g.revocation_reason");

QStringList lines(const QVariant& value)
{
    return value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

RiskTier riskFromKey(const QString& key)
{
    return key == QLatin1String("critical") ? RiskTier::Critical
           : key == QLatin1String("high")   ? RiskTier::High
           : key == QLatin1String("medium") ? RiskTier::Medium
                                            : RiskTier::Low;
}

Request readRequest(const QSqlQuery& q)
{
    Request r;
    r.id = q.value(0).toLongLong();
    r.kind = RequestKinds::fromKey(q.value(1).toString()).value_or(RequestKind::Permission);
    r.agentId = q.value(2).toLongLong();
    r.agentName = q.value(3).toString();
    r.agentSpiffeId = q.value(4).toString();
    r.requester = q.value(5).toString();
    r.justification = q.value(6).toString();
    r.task = q.value(7).toString();
    r.statements = lines(q.value(8));
    r.durationSeconds = q.value(9).toLongLong();
    r.standing = q.value(10).toInt() != 0;
    r.renewsGrantId = q.value(11).isNull() ? 0 : q.value(11).toLongLong();
    r.risk = riskFromKey(q.value(12).toString());
    r.riskReasons = lines(q.value(13));
    r.state = RequestKinds::stateFromKey(q.value(14).toString()).value_or(RequestState::Pending);
    r.createdAt = Database::fromStored(q.value(15));
    r.expiresAt = Database::fromStored(q.value(16));
    r.decidedAt = Database::fromStored(q.value(17));
    return r;
}

Grant readGrant(const QSqlQuery& q)
{
    Grant g;
    g.id = q.value(0).toLongLong();
    g.requestId = q.value(1).toLongLong();
    g.agentId = q.value(2).toLongLong();
    g.agentName = q.value(3).toString();
    g.statements = lines(q.value(4));
    g.task = q.value(5).toString();
    g.validFrom = Database::fromStored(q.value(6));
    g.validUntil = Database::fromStored(q.value(7));
    g.approvers = lines(q.value(8));
    g.standing = q.value(9).toInt() != 0;
    g.state = RequestKinds::grantStateFromKey(q.value(10).toString()).value_or(GrantState::Active);
    g.revokedAt = Database::fromStored(q.value(11));
    g.revocationReason = q.value(12).toString();
    return g;
}

int riskRank(RiskTier risk)
{
    return static_cast<int>(risk);
}

QString riskKey(RiskTier risk)
{
    return AgentTypes::key(risk);
}

} // namespace

Result<qint64> RequestRepository::insert(const Request& r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO requests (kind, agent_id, requester, justification, task, statements, duration_seconds,"
        " standing, renews_grant_id, risk, risk_rank, risk_reasons, state, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(RequestKinds::key(r.kind));
    q.addBindValue(r.agentId);
    q.addBindValue(Database::text(r.requester));
    q.addBindValue(Database::text(r.justification));
    q.addBindValue(Database::text(r.task));
    q.addBindValue(Database::text(r.statements.join(QLatin1Char('\n'))));
    q.addBindValue(r.durationSeconds);
    q.addBindValue(r.standing ? 1 : 0);
    q.addBindValue(r.renewsGrantId ? QVariant(r.renewsGrantId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(riskKey(r.risk));
    q.addBindValue(riskRank(r.risk));
    q.addBindValue(Database::text(r.riskReasons.join(QLatin1Char('\n'))));
    q.addBindValue(RequestKinds::key(r.state));
    q.addBindValue(Database::toStored(r.createdAt));
    q.addBindValue(Database::toStored(r.expiresAt));
    if (!q.exec()) {
        return Database::queryError(q, tr("file the request"));
    }
    return q.lastInsertId().toLongLong();
}

Result<Request> RequestRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM requests r JOIN agents a ON a.id = r.agent_id WHERE r.id = ?")
                  .arg(kRequestColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("read the request"));
    }
    if (!q.next()) {
        return Error{ErrorKind::NotFound, tr("There is no request %1.").arg(id)};
    }
    return readRequest(q);
}

Status RequestRepository::setState(qint64 id, RequestState state, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE requests SET state = ?, decided_at = ? WHERE id = ? AND state = 'pending'"));
    q.addBindValue(RequestKinds::key(state));
    q.addBindValue(Database::toStored(at));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("update the request"));
    }
    if (q.numRowsAffected() != 1) {
        return Error{ErrorKind::Refused, tr("Request %1 is no longer pending.").arg(id)};
    }
    return {};
}

QString RequestRepository::where(const Filter& filter, QVariantList* values) const
{
    QStringList clauses;
    if (filter.state) {
        clauses << QStringLiteral("r.state = ?");
        *values << RequestKinds::key(*filter.state);
    } else if (filter.decided) {
        clauses << QStringLiteral("r.state <> 'pending'");
    }
    if (filter.agentId) {
        clauses << QStringLiteral("r.agent_id = ?");
        *values << filter.agentId;
    }
    if (!filter.requester.isEmpty()) {
        clauses << QStringLiteral("r.requester = ?");
        *values << filter.requester;
    }
    if (!filter.notRequester.isEmpty()) {
        clauses << QStringLiteral("r.requester <> ?");
        *values << filter.notRequester;
    }
    if (!filter.notDecidedBy.isEmpty()) {
        clauses << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM decisions d WHERE d.request_id = r.id AND d.operator = ?)");
        *values << filter.notDecidedBy;
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

Result<QList<Request>> RequestRepository::list(const Filter& filter) const
{
    QVariantList values;
    const QString clause = where(filter, &values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM requests r JOIN agents a ON a.id = r.agent_id%2"
                             " ORDER BY r.risk_rank DESC, r.created_at, r.id LIMIT ? OFFSET ?")
                  .arg(kRequestColumns, clause));
    for (const QVariant& value : std::as_const(values)) {
        q.addBindValue(value);
    }
    q.addBindValue(qBound(1, filter.limit, 100000));
    q.addBindValue(qMax(0, filter.offset));
    if (!q.exec()) {
        return Database::queryError(q, tr("list the requests"));
    }
    QList<Request> requests;
    while (q.next()) {
        requests.append(readRequest(q));
    }
    return requests;
}

Result<qint64> RequestRepository::count(const Filter& filter) const
{
    QVariantList values;
    const QString clause = where(filter, &values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM requests r%1").arg(clause));
    for (const QVariant& value : std::as_const(values)) {
        q.addBindValue(value);
    }
    if (!q.exec() || !q.next()) {
        return Database::queryError(q, tr("count the requests"));
    }
    return q.value(0).toLongLong();
}

Result<QList<qint64>> RequestRepository::lapsed(const QDateTime& now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM requests WHERE state = 'pending' AND expires_at <= ? ORDER BY id"));
    q.addBindValue(Database::toStored(now));
    if (!q.exec()) {
        return Database::queryError(q, tr("find lapsed requests"));
    }
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}

Result<qint64> RequestRepository::insertDecision(const Decision& d)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO decisions (request_id, operator, decision, reason, signed_payload, "
                             "key_id, signature, decided_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.requestId);
    q.addBindValue(d.operatorName);
    q.addBindValue(d.approve ? QStringLiteral("approve") : QStringLiteral("deny"));
    q.addBindValue(Database::text(d.reason));
    q.addBindValue(QString::fromUtf8(d.signedPayload));
    q.addBindValue(d.keyId);
    q.addBindValue(QString::fromLatin1(d.signature));
    q.addBindValue(Database::toStored(d.decidedAt));
    if (!q.exec()) {
        return Database::queryError(q, tr("record the decision"));
    }
    return q.lastInsertId().toLongLong();
}

Result<QList<Decision>> RequestRepository::decisions(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, request_id, operator, decision, reason, signed_payload, key_id, signature,"
                       " decided_at FROM decisions WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec()) {
        return Database::queryError(q, tr("read the decisions"));
    }
    QList<Decision> list;
    while (q.next()) {
        Decision d;
        d.id = q.value(0).toLongLong();
        d.requestId = q.value(1).toLongLong();
        d.operatorName = q.value(2).toString();
        d.approve = q.value(3).toString() == QLatin1String("approve");
        d.reason = q.value(4).toString();
        d.signedPayload = q.value(5).toString().toUtf8();
        d.keyId = q.value(6).toString();
        d.signature = q.value(7).toString().toLatin1();
        d.decidedAt = Database::fromStored(q.value(8));
        list.append(d);
    }
    return list;
}

Result<qint64> RequestRepository::insertGrant(const Grant& g)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO grants (request_id, agent_id, statements, task, valid_from, valid_until, approvers, "
        "standing,"
        " state, revoked_at, revocation_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', NULL, '')"));
    q.addBindValue(g.requestId);
    q.addBindValue(g.agentId);
    q.addBindValue(Database::text(g.statements.join(QLatin1Char('\n'))));
    q.addBindValue(Database::text(g.task));
    q.addBindValue(Database::toStored(g.validFrom));
    q.addBindValue(Database::toStored(g.validUntil));
    q.addBindValue(Database::text(g.approvers.join(QLatin1Char('\n'))));
    q.addBindValue(g.standing ? 1 : 0);
    if (!q.exec()) {
        return Database::queryError(q, tr("record the grant"));
    }
    return q.lastInsertId().toLongLong();
}

Result<Grant> RequestRepository::grant(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM grants g JOIN agents a ON a.id = g.agent_id WHERE g.id = ?")
                  .arg(kGrantColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("read the grant"));
    }
    if (!q.next()) {
        return Error{ErrorKind::NotFound, tr("There is no grant %1.").arg(id)};
    }
    return readGrant(q);
}

Result<QList<Grant>> RequestRepository::grants(qint64 agentId, bool liveOnly, const QDateTime& now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM grants g JOIN agents a ON a.id = g.agent_id WHERE g.agent_id = ?%2"
                       " ORDER BY g.valid_until DESC, g.id DESC")
            .arg(kGrantColumns,
                 liveOnly
                     ? QStringLiteral(" AND g.state = 'active' AND g.valid_from <= ? AND g.valid_until > ?")
                     : QString()));
    q.addBindValue(agentId);
    if (liveOnly) {
        q.addBindValue(Database::toStored(now));
        q.addBindValue(Database::toStored(now));
    }
    if (!q.exec()) {
        return Database::queryError(q, tr("read the grants"));
    }
    QList<Grant> list;
    while (q.next()) {
        list.append(readGrant(q));
    }
    return list;
}

Result<QList<Grant>> RequestRepository::allGrants(std::optional<GrantState> state, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM grants g JOIN agents a ON a.id = g.agent_id%2 ORDER BY g.id DESC LIMIT ?")
                  .arg(kGrantColumns, state ? QStringLiteral(" WHERE g.state = ?") : QString()));
    if (state) {
        q.addBindValue(RequestKinds::key(*state));
    }
    q.addBindValue(qBound(1, limit, 100000));
    if (!q.exec()) {
        return Database::queryError(q, tr("read the grants"));
    }
    QList<Grant> list;
    while (q.next()) {
        list.append(readGrant(q));
    }
    return list;
}

Status
RequestRepository::setGrantState(qint64 id, GrantState state, const QDateTime& at, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE grants SET state = ?, revoked_at = ?, revocation_reason = ?"
                             " WHERE id = ? AND state = 'active'"));
    q.addBindValue(RequestKinds::key(state));
    q.addBindValue(state == GrantState::Revoked ? Database::toStored(at)
                                                : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(Database::text(reason));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("update the grant"));
    }
    if (q.numRowsAffected() != 1) {
        return Error{ErrorKind::Refused, tr("Grant %1 is no longer active.").arg(id)};
    }
    return {};
}

Result<QList<qint64>> RequestRepository::endedGrants(const QDateTime& now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM grants WHERE state = 'active' AND valid_until <= ? ORDER BY id"));
    q.addBindValue(Database::toStored(now));
    if (!q.exec()) {
        return Database::queryError(q, tr("find ended grants"));
    }
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}

Result<QList<qint64>> RequestRepository::withdrawPendingOfAgent(qint64 agentId, const QDateTime& at)
{
    QSqlQuery pending(m_db.connection());
    pending.prepare(
        QStringLiteral("SELECT id FROM requests WHERE agent_id = ? AND state = 'pending' ORDER BY id"));
    pending.addBindValue(agentId);
    if (!pending.exec()) {
        return Database::queryError(pending, tr("find the agent's pending requests"));
    }
    QList<qint64> ids;
    while (pending.next()) {
        ids.append(pending.value(0).toLongLong());
    }
    for (qint64 id : std::as_const(ids)) {
        if (const Status s = setState(id, RequestState::Withdrawn, at); !s) {
            return s.error();
        }
    }
    return ids;
}

Result<int> RequestRepository::revokeGrantsOfAgent(qint64 agentId, const QString& reason, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE grants SET state = 'revoked', revoked_at = ?, revocation_reason = ?"
                             " WHERE agent_id = ? AND state = 'active'"));
    q.addBindValue(Database::toStored(at));
    q.addBindValue(Database::text(reason));
    q.addBindValue(agentId);
    if (!q.exec()) {
        return Database::queryError(q, tr("revoke the agent's grants"));
    }
    return q.numRowsAffected();
}

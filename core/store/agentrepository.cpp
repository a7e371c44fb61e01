// SPDX-License-Identifier: Apache-2.0
#include "agentrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.name, a.spiffe_id, a.display_name, a.purpose, a.owner_id, o.name, o.email, o.team,"
    " a.framework, a.model, a.environment, a.risk_tier, a.status, a.created_at, a.updated_at, a.last_seen_at"
    " FROM agents a LEFT JOIN owners o ON o.id = a.owner_id");

// The part of the purpose that is searchable; the rest stays readable but is not indexed text.
constexpr int kSearchablePurpose = 240;

Agent readAgent(const QSqlQuery& query)
{
    Agent agent;
    agent.id = query.value(0).toLongLong();
    agent.name = query.value(1).toString();
    agent.spiffeId = query.value(2).toString();
    agent.displayName = query.value(3).toString();
    agent.purpose = query.value(4).toString();
    agent.ownerId = query.value(5).isNull() ? 0 : query.value(5).toLongLong();
    agent.ownerName = query.value(6).toString();
    agent.ownerEmail = query.value(7).toString();
    agent.ownerTeam = query.value(8).toString();
    agent.framework = query.value(9).toString();
    agent.model = query.value(10).toString();
    agent.environment = AgentTypes::environmentFromKey(query.value(11).toString()).value_or(Environment::Dev);
    agent.riskTier = AgentTypes::riskTierFromKey(query.value(12).toString()).value_or(RiskTier::Medium);
    agent.status = AgentTypes::statusFromKey(query.value(13).toString()).value_or(AgentStatus::Shadow);
    agent.createdAt = Database::fromStored(query.value(14));
    agent.updatedAt = Database::fromStored(query.value(15));
    agent.lastSeenAt = Database::fromStored(query.value(16));
    return agent;
}

QString likePattern(const QString& text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

struct WhereClause
{
    QString sql;
    QVariantList values;
};

WhereClause whereFor(const AgentQuery& query)
{
    QStringList terms;
    WhereClause clause;
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        terms << QStringLiteral("(a.search_text LIKE ? ESCAPE '\\' OR lower(o.name) LIKE ? ESCAPE '\\'"
                                " OR lower(o.email) LIKE ? ESCAPE '\\' OR lower(o.team) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(text);
        clause.values << pattern << pattern << pattern << pattern;
    }
    if (query.ownerId != 0) {
        terms << QStringLiteral("a.owner_id = ?");
        clause.values << query.ownerId;
    }
    if (query.status) {
        terms << QStringLiteral("a.status = ?");
        clause.values << AgentTypes::key(*query.status);
    }
    if (query.environment) {
        terms << QStringLiteral("a.environment = ?");
        clause.values << AgentTypes::key(*query.environment);
    }
    if (query.riskTier) {
        terms << QStringLiteral("a.risk_tier = ?");
        clause.values << AgentTypes::key(*query.riskTier);
    }
    if (!terms.isEmpty()) {
        clause.sql = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
    return clause;
}

QString orderFor(const AgentQuery& query)
{
    QString primary;
    switch (query.sortKey) {
    case AgentQuery::SortKey::Name:
        break;
    case AgentQuery::SortKey::DisplayName:
        primary = QStringLiteral("lower(a.display_name)");
        break;
    case AgentQuery::SortKey::Owner:
        primary = QStringLiteral("lower(o.name)");
        break;
    case AgentQuery::SortKey::Environment:
        primary = QStringLiteral("CASE a.environment WHEN 'dev' THEN 0 WHEN 'staging' THEN 1 ELSE 2 END");
        break;
    case AgentQuery::SortKey::RiskTier:
        primary = QStringLiteral(
            "CASE a.risk_tier WHEN 'low' THEN 0 WHEN 'medium' THEN 1 WHEN 'high' THEN 2 ELSE 3 END");
        break;
    case AgentQuery::SortKey::Status:
        primary = QStringLiteral("CASE a.status WHEN 'requested' THEN 0 WHEN 'active' THEN 1"
                                 " WHEN 'suspended' THEN 2 WHEN 'retired' THEN 3 ELSE 4 END");
        break;
    case AgentQuery::SortKey::Framework:
        primary = QStringLiteral("lower(a.framework)");
        break;
    case AgentQuery::SortKey::LastSeen:
        primary = QStringLiteral("a.last_seen_at");
        break;
    case AgentQuery::SortKey::Created:
        primary = QStringLiteral("a.created_at");
        break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The unique name breaks ties, so that pages never overlap or skip a row.
    if (primary.isEmpty()) {
        return QStringLiteral(" ORDER BY a.name") + direction;
    }
    return QStringLiteral(" ORDER BY ") + primary + direction + QStringLiteral(", a.name") + direction;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        marks << QStringLiteral("?");
    }
    return marks.join(QLatin1Char(','));
}

} // namespace

QString AgentRepository::searchText(const Agent& agent)
{
    QStringList parts{agent.name,
                      agent.displayName,
                      agent.purpose.left(kSearchablePurpose),
                      agent.framework,
                      agent.model,
                      agent.spiffeId};
    for (const Principal& principal : agent.principals) {
        parts << principal.value;
    }
    parts << agent.tags;
    return parts.join(QLatin1Char('\n')).toLower();
}

Result<qint64> AgentRepository::insert(const Agent& agent, const QString& operatorName, const QString& reason)
{
    qint64 id = 0;
    const Status written = m_db.transaction([&]() -> Status {
        auto statement = m_db.statement(QStringLiteral(
            "INSERT INTO agents (name, spiffe_id, display_name, purpose, owner_id, framework, model,"
            " environment, risk_tier, status, created_at, updated_at, last_seen_at, search_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!statement) {
            return statement.error();
        }
        QSqlQuery& query = *statement.value();
        query.addBindValue(Database::text(agent.name));
        query.addBindValue(Database::text(agent.spiffeId));
        query.addBindValue(Database::text(agent.displayName));
        query.addBindValue(Database::text(agent.purpose));
        query.addBindValue(agent.ownerId != 0 ? QVariant(agent.ownerId) : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(Database::text(agent.framework));
        query.addBindValue(Database::text(agent.model));
        query.addBindValue(AgentTypes::key(agent.environment));
        query.addBindValue(AgentTypes::key(agent.riskTier));
        query.addBindValue(AgentTypes::key(agent.status));
        query.addBindValue(Database::toStored(agent.createdAt));
        query.addBindValue(Database::toStored(agent.updatedAt));
        query.addBindValue(Database::toStored(agent.lastSeenAt));
        query.addBindValue(searchText(agent));
        if (!query.exec()) {
            return Database::queryError(query, tr("save agent %1").arg(agent.name));
        }
        id = query.lastInsertId().toLongLong();
        Agent stored = agent;
        stored.id = id;
        if (const Status details = writeDetails(stored); !details) {
            return details;
        }
        return appendHistory(id, std::nullopt, agent.status, reason, operatorName, agent.createdAt);
    });
    if (!written) {
        return written.error();
    }
    return id;
}

Status AgentRepository::update(const Agent& agent)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "UPDATE agents SET display_name = ?, purpose = ?, owner_id = ?, framework = ?, model = ?,"
            " environment = ?, risk_tier = ?, updated_at = ?, last_seen_at = ?, search_text = ? WHERE id = ?"));
        query.addBindValue(Database::text(agent.displayName));
        query.addBindValue(Database::text(agent.purpose));
        query.addBindValue(agent.ownerId != 0 ? QVariant(agent.ownerId) : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(Database::text(agent.framework));
        query.addBindValue(Database::text(agent.model));
        query.addBindValue(AgentTypes::key(agent.environment));
        query.addBindValue(AgentTypes::key(agent.riskTier));
        query.addBindValue(Database::toStored(agent.updatedAt));
        query.addBindValue(Database::toStored(agent.lastSeenAt));
        query.addBindValue(searchText(agent));
        query.addBindValue(agent.id);
        if (!query.exec()) {
            return Database::queryError(query, tr("save agent %1").arg(agent.name));
        }
        if (query.numRowsAffected() != 1) {
            return Error{ErrorKind::NotFound, tr("Agent %1 no longer exists.").arg(agent.name)};
        }
        QSqlQuery clear(m_db.connection());
        for (const QString& table : {QStringLiteral("agent_principals"), QStringLiteral("agent_tags")}) {
            clear.prepare(QStringLiteral("DELETE FROM %1 WHERE agent_id = ?").arg(table));
            clear.addBindValue(agent.id);
            if (!clear.exec()) {
                return Database::queryError(clear, tr("update agent %1").arg(agent.name));
            }
        }
        return writeDetails(agent);
    });
}

Status AgentRepository::setStatus(const Agent& agent,
                                  AgentStatus to,
                                  const QString& reason,
                                  const QString& operatorName,
                                  const QDateTime& at)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        // Compare-and-set: a change made meanwhile by another console is not overwritten.
        query.prepare(QStringLiteral("UPDATE agents SET status = ?, updated_at = ? WHERE id = ? AND status = ?"));
        query.addBindValue(AgentTypes::key(to));
        query.addBindValue(Database::toStored(at));
        query.addBindValue(agent.id);
        query.addBindValue(AgentTypes::key(agent.status));
        if (!query.exec()) {
            return Database::queryError(query, tr("change the status of agent %1").arg(agent.name));
        }
        if (query.numRowsAffected() != 1) {
            return Error{ErrorKind::Refused,
                         tr("Agent %1 was changed by someone else meanwhile. Reload it and try again.")
                             .arg(agent.name)};
        }
        return appendHistory(agent.id, agent.status, to, reason, operatorName, at);
    });
}

Status AgentRepository::writeDetails(const Agent& agent)
{
    auto principalInsert = m_db.statement(
        QStringLiteral("INSERT INTO agent_principals (agent_id, kind, value) VALUES (?, ?, ?)"));
    if (!principalInsert) {
        return principalInsert.error();
    }
    for (const Principal& principal : agent.principals) {
        QSqlQuery& query = *principalInsert.value();
        query.addBindValue(agent.id);
        query.addBindValue(AgentTypes::key(principal.kind));
        query.addBindValue(Database::text(principal.value));
        if (!query.exec()) {
            return Error{ErrorKind::Conflict,
                         tr("The principal %1 could not be saved for agent %2: %3")
                             .arg(principal.value, agent.name, query.lastError().text())};
        }
    }
    auto tagInsert = m_db.statement(QStringLiteral("INSERT INTO agent_tags (agent_id, tag) VALUES (?, ?)"));
    if (!tagInsert) {
        return tagInsert.error();
    }
    for (const QString& tag : agent.tags) {
        QSqlQuery& query = *tagInsert.value();
        query.addBindValue(agent.id);
        query.addBindValue(Database::text(tag));
        if (!query.exec()) {
            return Database::queryError(query, tr("save the tags of agent %1").arg(agent.name));
        }
    }
    return {};
}

Status AgentRepository::appendHistory(qint64 agentId,
                                      std::optional<AgentStatus> from,
                                      AgentStatus to,
                                      const QString& reason,
                                      const QString& operatorName,
                                      const QDateTime& at)
{
    auto statement = m_db.statement(QStringLiteral(
        "INSERT INTO agent_status_history (agent_id, from_status, to_status, reason, operator, changed_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = *statement.value();
    query.addBindValue(agentId);
    query.addBindValue(from ? QVariant(AgentTypes::key(*from)) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(AgentTypes::key(to));
    query.addBindValue(Database::text(reason));
    query.addBindValue(Database::text(operatorName));
    query.addBindValue(Database::toStored(at));
    if (!query.exec()) {
        return Database::queryError(query, tr("record the status change"));
    }
    return {};
}

Result<Agent> AgentRepository::byId(qint64 id) const
{
    return fetchOne(QStringLiteral("a.id = ?"), id);
}

Result<Agent> AgentRepository::byName(const QString& name) const
{
    return fetchOne(QStringLiteral("a.name = ?"), name);
}

Result<Agent> AgentRepository::bySpiffeId(const QString& spiffeId) const
{
    return fetchOne(QStringLiteral("a.spiffe_id = ?"), spiffeId);
}

Result<Agent> AgentRepository::byPrincipal(const Principal& principal) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT agent_id FROM agent_principals WHERE kind = ? AND value = ?"));
    query.addBindValue(AgentTypes::key(principal.kind));
    query.addBindValue(Database::text(principal.value));
    if (!query.exec()) {
        return Database::queryError(query, tr("look up the principal"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("No agent is known by %1.").arg(principal.value)};
    }
    return byId(query.value(0).toLongLong());
}

Result<Agent> AgentRepository::fetchOne(const QString& where, const QVariant& value) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kSelect + QStringLiteral(" WHERE ") + where);
    query.addBindValue(value);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the agent"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("There is no agent %1.").arg(value.toString())};
    }
    QList<Agent> one{readAgent(query)};
    if (const Status loaded = loadDetails(one); !loaded) {
        return loaded.error();
    }
    return one.constFirst();
}

Result<qint64> AgentRepository::count(const AgentQuery& agentQuery) const
{
    const WhereClause where = whereFor(agentQuery);
    QSqlQuery query(m_db.connection());
    // The owners join is only needed when the text filter reads owner fields.
    const QString from = agentQuery.text.trimmed().isEmpty()
                             ? QStringLiteral("SELECT COUNT(*) FROM agents a")
                             : QStringLiteral("SELECT COUNT(*) FROM agents a LEFT JOIN owners o ON o.id = a.owner_id");
    query.prepare(from + where.sql);
    for (const QVariant& value : where.values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return Database::queryError(query, tr("count the agents"));
    }
    return query.value(0).toLongLong();
}

Result<QList<Agent>> AgentRepository::page(const AgentQuery& agentQuery,
                                           qint64 offset,
                                           int limit,
                                           Details details) const
{
    const WhereClause where = whereFor(agentQuery);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + where.sql + orderFor(agentQuery) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& value : where.values) {
        query.addBindValue(value);
    }
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        return Database::queryError(query, tr("list the agents"));
    }
    QList<Agent> agents;
    agents.reserve(limit);
    while (query.next()) {
        agents.append(readAgent(query));
    }
    if (details == Details::With) {
        if (const Status loaded = loadDetails(agents); !loaded) {
            return loaded.error();
        }
    }
    return agents;
}

Status AgentRepository::loadDetails(QList<Agent>& agents) const
{
    if (agents.isEmpty()) {
        return {};
    }
    QHash<qint64, qsizetype> indexById;
    QVariantList ids;
    for (qsizetype i = 0; i < agents.size(); ++i) {
        indexById.insert(agents.at(i).id, i);
        ids << agents.at(i).id;
    }
    // A page is bounded (see the callers), so the list of bound ids stays far below SQLite's limit.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT agent_id, kind, value FROM agent_principals WHERE agent_id IN (%1)"
                                 " ORDER BY agent_id, kind, value")
                      .arg(placeholders(ids.size())));
    for (const QVariant& id : std::as_const(ids)) {
        query.addBindValue(id);
    }
    if (!query.exec()) {
        return Database::queryError(query, tr("read the agents' principals"));
    }
    while (query.next()) {
        Agent& agent = agents[indexById.value(query.value(0).toLongLong())];
        if (const auto kind = AgentTypes::principalKindFromKey(query.value(1).toString())) {
            agent.principals.append(Principal{*kind, query.value(2).toString()});
        }
    }
    query.prepare(QStringLiteral("SELECT agent_id, tag FROM agent_tags WHERE agent_id IN (%1) ORDER BY agent_id, tag")
                      .arg(placeholders(ids.size())));
    for (const QVariant& id : std::as_const(ids)) {
        query.addBindValue(id);
    }
    if (!query.exec()) {
        return Database::queryError(query, tr("read the agents' tags"));
    }
    while (query.next()) {
        agents[indexById.value(query.value(0).toLongLong())].tags.append(query.value(1).toString());
    }
    return {};
}

Result<QList<StatusChange>> AgentRepository::history(qint64 agentId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT from_status, to_status, reason, operator, changed_at"
                                 " FROM agent_status_history WHERE agent_id = ? ORDER BY id"));
    query.addBindValue(agentId);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the status history"));
    }
    QList<StatusChange> changes;
    while (query.next()) {
        StatusChange change;
        if (!query.value(0).isNull()) {
            change.from = AgentTypes::statusFromKey(query.value(0).toString());
        }
        change.to = AgentTypes::statusFromKey(query.value(1).toString()).value_or(AgentStatus::Shadow);
        change.reason = query.value(2).toString();
        change.operatorName = query.value(3).toString();
        change.changedAt = Database::fromStored(query.value(4));
        changes.append(change);
    }
    return changes;
}

Result<QHash<AgentStatus, qint64>> AgentRepository::countByStatus() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT status, COUNT(*) FROM agents GROUP BY status"))) {
        return Database::queryError(query, tr("count the agents"));
    }
    QHash<AgentStatus, qint64> counts;
    for (AgentStatus status : AgentTypes::statuses()) {
        counts.insert(status, 0);
    }
    while (query.next()) {
        if (const auto status = AgentTypes::statusFromKey(query.value(0).toString())) {
            counts.insert(*status, query.value(1).toLongLong());
        }
    }
    return counts;
}

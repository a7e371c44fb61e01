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
    // Every word must appear somewhere in the agent's searchable text.
    const QStringList words = query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (word.size() >= 3) {
            // A quoted trigram phrase: answered from the index alone, case-insensitively.
            terms << QStringLiteral("a.id IN (SELECT rowid FROM agent_search WHERE agent_search MATCH ?)");
            clause.values << QString(QLatin1Char('"') +
                                     QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                                     QLatin1Char('"'));
        } else {
            // Too short for a trigram: a scan, with LIKE's wildcards taken literally.
            terms << QStringLiteral("a.id IN (SELECT rowid FROM agent_search WHERE text LIKE ? ESCAPE '\\')");
            clause.values << likePattern(word);
        }
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

} // namespace

QString AgentRepository::searchText(const Agent& agent)
{
    QStringList parts{agent.ownerName,
                      agent.ownerEmail,
                      agent.ownerTeam,
                      agent.name,
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

Result<qint64> AgentRepository::insert(const Agent& agent,
                                       const QString& operatorName,
                                       const QString& reason,
                                       qint64 connectorId)
{
    qint64 id = 0;
    const Status written = m_db.transaction([&]() -> Status {
        auto statement = m_db.statement(QStringLiteral(
            "INSERT INTO agents (name, spiffe_id, display_name, purpose, owner_id, framework, model,"
            " environment, risk_tier, status, created_at, updated_at, last_seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!statement) {
            return statement.error();
        }
        QSqlQuery& query = *statement.value();
        query.addBindValue(Database::text(agent.name));
        query.addBindValue(Database::text(agent.spiffeId));
        query.addBindValue(Database::text(agent.displayName));
        query.addBindValue(Database::text(agent.purpose));
        query.addBindValue(agent.ownerId != 0 ? QVariant(agent.ownerId)
                                              : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(Database::text(agent.framework));
        query.addBindValue(Database::text(agent.model));
        query.addBindValue(AgentTypes::key(agent.environment));
        query.addBindValue(AgentTypes::key(agent.riskTier));
        query.addBindValue(AgentTypes::key(agent.status));
        query.addBindValue(Database::toStored(agent.createdAt));
        query.addBindValue(Database::toStored(agent.updatedAt));
        query.addBindValue(Database::toStored(agent.lastSeenAt));
        if (!query.exec()) {
            return Database::queryError(query, tr("save agent %1").arg(agent.name));
        }
        id = query.lastInsertId().toLongLong();
        Agent stored = agent;
        stored.id = id;
        if (const Status details = writeDetails(stored); !details) {
            return details;
        }
        if (const Status indexed = writeSearchText(stored, false); !indexed) {
            return indexed;
        }
        return appendHistory(
            id, std::nullopt, agent.status, reason, operatorName, agent.createdAt, connectorId);
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
            " environment = ?, risk_tier = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(Database::text(agent.displayName));
        query.addBindValue(Database::text(agent.purpose));
        query.addBindValue(agent.ownerId != 0 ? QVariant(agent.ownerId)
                                              : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(Database::text(agent.framework));
        query.addBindValue(Database::text(agent.model));
        query.addBindValue(AgentTypes::key(agent.environment));
        query.addBindValue(AgentTypes::key(agent.riskTier));
        query.addBindValue(Database::toStored(agent.updatedAt));
        // Last seen is not the editor's to write: an edit read before a connector noted a newer
        // time must not put the older one back (noteSeen alone moves it).
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
        if (const Status details = writeDetails(agent); !details) {
            return details;
        }
        return writeSearchText(agent, true);
    });
}

Status AgentRepository::writeSearchText(const Agent& agent, bool replace)
{
    // The owner's name, email and team are searchable too, so they are read here rather than
    // trusted from the caller's copy.
    Agent indexed = agent;
    if (agent.ownerId != 0) {
        auto owner = m_db.statement(QStringLiteral("SELECT name, email, team FROM owners WHERE id = ?"));
        if (!owner) {
            return owner.error();
        }
        QSqlQuery& query = *owner.value();
        query.addBindValue(agent.ownerId);
        if (query.exec() && query.next()) {
            indexed.ownerName = query.value(0).toString();
            indexed.ownerEmail = query.value(1).toString();
            indexed.ownerTeam = query.value(2).toString();
        }
        query.finish();
    }
    auto statement =
        m_db.statement(replace ? QStringLiteral("UPDATE agent_search SET text = ? WHERE rowid = ?")
                               : QStringLiteral("INSERT INTO agent_search (text, rowid) VALUES (?, ?)"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = *statement.value();
    query.addBindValue(searchText(indexed));
    query.addBindValue(agent.id);
    if (!query.exec()) {
        return Database::queryError(query, tr("index agent %1 for search").arg(agent.name));
    }
    return {};
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
        query.prepare(
            QStringLiteral("UPDATE agents SET status = ?, updated_at = ? WHERE id = ? AND status = ?"));
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
                                      const QDateTime& at,
                                      qint64 connectorId)
{
    auto statement = m_db.statement(
        QStringLiteral("INSERT INTO agent_status_history (agent_id, from_status, to_status, reason, operator,"
                       " changed_at, connector_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
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
    query.addBindValue(connectorId != 0 ? QVariant(connectorId) : QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec()) {
        return Database::queryError(query, tr("record the status change"));
    }
    return {};
}

Status AgentRepository::noteSeen(qint64 id, const QDateTime& at)
{
    auto statement = m_db.statement(QStringLiteral(
        "UPDATE agents SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = *statement.value();
    q.addBindValue(Database::toStored(at));
    q.addBindValue(id);
    q.addBindValue(Database::toStored(at));
    if (!q.exec()) {
        return Database::queryError(q, tr("note when an agent was last seen"));
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
    auto statement =
        m_db.statement(QStringLiteral("SELECT agent_id FROM agent_principals WHERE kind = ? AND value = ?"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = *statement.value();
    query.addBindValue(AgentTypes::key(principal.kind));
    query.addBindValue(Database::text(principal.value));
    if (!query.exec()) {
        return Database::queryError(query, tr("look up the principal"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("No agent is known by %1.").arg(principal.value)};
    }
    const qint64 agentId = query.value(0).toLongLong();
    query.finish();
    return byId(agentId);
}

Result<Agent> AgentRepository::fetchOne(const QString& where, const QVariant& value) const
{
    auto statement = m_db.statement(kSelect + QStringLiteral(" WHERE ") + where);
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = *statement.value();
    query.addBindValue(value);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the agent"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("There is no agent %1.").arg(value.toString())};
    }
    QList<Agent> one{readAgent(query)};
    query.finish();
    if (const Status loaded = loadDetails(one); !loaded) {
        return loaded.error();
    }
    return one.constFirst();
}

Result<qint64> AgentRepository::count(const AgentQuery& agentQuery) const
{
    const WhereClause where = whereFor(agentQuery);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM agents a") + where.sql);
    for (const QVariant& value : where.values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return Database::queryError(query, tr("count the agents"));
    }
    return query.value(0).toLongLong();
}

Result<QSqlQuery> AgentRepository::select(const AgentQuery& agentQuery, qint64 limit, qint64 offset) const
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
    return query;
}

Result<QList<Agent>>
AgentRepository::page(const AgentQuery& agentQuery, qint64 offset, int limit, Details details) const
{
    auto selected = select(agentQuery, limit, offset);
    if (!selected) {
        return selected.error();
    }
    QSqlQuery& query = selected.value();
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

Status AgentRepository::forEach(const AgentQuery& agentQuery,
                                qint64 limit,
                                Details details,
                                const std::function<bool(const Agent&)>& visit) const
{
    constexpr int kBatch = 1000;
    auto selected = select(agentQuery, limit, 0);
    if (!selected) {
        return selected.error();
    }
    QSqlQuery& query = selected.value();
    QList<Agent> batch;
    batch.reserve(kBatch);
    const auto flush = [&]() -> std::optional<Status> {
        if (details == Details::With) {
            if (const Status loaded = loadDetails(batch); !loaded) {
                return loaded;
            }
        }
        for (const Agent& agent : std::as_const(batch)) {
            if (!visit(agent)) {
                return Status();
            }
        }
        batch.clear();
        return std::nullopt;
    };
    while (query.next()) {
        batch.append(readAgent(query));
        if (batch.size() == kBatch) {
            if (auto done = flush()) {
                return *done;
            }
        }
    }
    if (query.lastError().isValid()) {
        return Database::queryError(query, tr("list the agents"));
    }
    if (auto done = flush()) {
        return *done;
    }
    return {};
}

Status AgentRepository::loadDetails(QList<Agent>& agents) const
{
    if (agents.isEmpty()) {
        return {};
    }
    QHash<qint64, qsizetype> indexById;
    QStringList ids;
    for (qsizetype i = 0; i < agents.size(); ++i) {
        indexById.insert(agents.at(i).id, i);
        ids << QString::number(agents.at(i).id);
    }
    // One bound JSON array instead of one placeholder per id: the driver resolves placeholders
    // linearly, which made a 1,000-id IN list quadratic.
    const QString idArray = QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
    auto principals = m_db.statement(
        QStringLiteral("SELECT agent_id, kind, value FROM agent_principals"
                       " WHERE agent_id IN (SELECT value FROM json_each(?)) ORDER BY agent_id, kind, value"));
    auto tags = m_db.statement(
        QStringLiteral("SELECT agent_id, tag FROM agent_tags"
                       " WHERE agent_id IN (SELECT value FROM json_each(?)) ORDER BY agent_id, tag"));
    if (!principals || !tags) {
        return !principals ? principals.error() : tags.error();
    }
    QSqlQuery& query = *principals.value();
    query.addBindValue(idArray);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the agents' principals"));
    }
    while (query.next()) {
        Agent& agent = agents[indexById.value(query.value(0).toLongLong())];
        if (const auto kind = AgentTypes::principalKindFromKey(query.value(1).toString())) {
            agent.principals.append(Principal{*kind, query.value(2).toString()});
        }
    }
    query.finish();
    QSqlQuery& tagQuery = *tags.value();
    tagQuery.addBindValue(idArray);
    if (!tagQuery.exec()) {
        return Database::queryError(tagQuery, tr("read the agents' tags"));
    }
    while (tagQuery.next()) {
        agents[indexById.value(tagQuery.value(0).toLongLong())].tags.append(tagQuery.value(1).toString());
    }
    tagQuery.finish();
    return {};
}

Result<QList<StatusChange>> AgentRepository::history(qint64 agentId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT h.from_status, h.to_status, h.reason, h.operator, h.changed_at,"
                                 " h.connector_id, c.name FROM agent_status_history h"
                                 " LEFT JOIN connectors c ON c.id = h.connector_id"
                                 " WHERE h.agent_id = ? ORDER BY h.id"));
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
        change.connectorId = query.value(5).toLongLong();
        change.connectorName = query.value(6).toString();
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

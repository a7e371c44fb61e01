// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"
#include "model/agentquery.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <functional>

class Database;

// The agents, their principals, tags and status history. Callers validate; this class keeps
// the rows consistent (one transaction per change) and maps the schema's constraints to errors.
class AgentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AgentRepository)

public:
    enum class Details
    {
        Without,
        With
    }; // With: principals and tags too

    explicit AgentRepository(Database& db)
        : m_db(db)
    {
    }

    // connectorId: the connector that discovered the agent, 0 when someone registered it.
    Result<qint64>
    insert(const Agent& agent, const QString& operatorName, const QString& reason, qint64 connectorId = 0);
    Status update(const Agent& agent);
    // The agent acted at this time: last seen moves forward to it, never back.
    Status noteSeen(qint64 id, const QDateTime& at);
    Status setStatus(const Agent& agent,
                     AgentStatus to,
                     const QString& reason,
                     const QString& operatorName,
                     const QDateTime& at);

    Result<Agent> byId(qint64 id) const;
    Result<Agent> byName(const QString& name) const;
    Result<Agent> bySpiffeId(const QString& spiffeId) const;
    // The agent that holds this principal, or NotFound.
    Result<Agent> byPrincipal(const Principal& principal) const;

    Result<qint64> count(const AgentQuery& query) const;
    Result<QList<Agent>> page(const AgentQuery& query, qint64 offset, int limit, Details details) const;
    Result<QList<StatusChange>> history(qint64 agentId) const;
    Result<QHash<AgentStatus, qint64>> countByStatus() const;
    // Every matching agent in order, read by one query and handed over in batches, so that
    // listing the whole inventory costs one pass and flat memory. visit returns false to stop.
    Status forEach(const AgentQuery& query,
                   qint64 limit,
                   Details details,
                   const std::function<bool(const Agent&)>& visit) const;

    static QString searchText(const Agent& agent);

private:
    Result<Agent> fetchOne(const QString& where, const QVariant& value) const;
    // The executed SELECT for a filter and order, positioned before its first row.
    Result<QSqlQuery> select(const AgentQuery& query, qint64 limit, qint64 offset) const;
    Status loadDetails(QList<Agent>& agents) const;
    Status writeDetails(const Agent& agent);
    Status writeSearchText(const Agent& agent, bool replace);
    Status appendHistory(qint64 agentId,
                         std::optional<AgentStatus> from,
                         AgentStatus to,
                         const QString& reason,
                         const QString& operatorName,
                         const QDateTime& at,
                         qint64 connectorId = 0);

    Database& m_db;
};

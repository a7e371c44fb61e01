// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/request.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Requests, their decisions and the grants they yield. Only RequestService writes here.
class RequestRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RequestRepository)

public:
    explicit RequestRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const Request& request);
    Result<Request> byId(qint64 id) const;
    Status setState(qint64 id, RequestState state, const QDateTime& at);

    struct Filter
    {
        std::optional<RequestState> state;
        qint64 agentId = 0;
        QString requester;
        QString notRequester; // a reviewer's queue leaves out what they filed themselves
        QString notDecidedBy; // ... and what they have already decided
        bool decided = false; // approved, denied, expired or withdrawn
        int offset = 0;
        int limit = 200;
    };
    // Riskiest first, then oldest: the order a reviewer works through a queue.
    Result<QList<Request>> list(const Filter& filter) const;
    Result<qint64> count(const Filter& filter) const;
    // Pending requests whose time ran out by `now`.
    Result<QList<qint64>> lapsed(const QDateTime& now) const;

    Result<qint64> insertDecision(const Decision& decision);
    Result<QList<Decision>> decisions(qint64 requestId) const;

    Result<qint64> insertGrant(const Grant& grant);
    Result<Grant> grant(qint64 id) const;
    Result<QList<Grant>> grants(qint64 agentId, bool liveOnly, const QDateTime& now) const;
    Result<QList<Grant>> allGrants(std::optional<GrantState> state, int limit) const;
    Status setGrantState(qint64 id, GrantState state, const QDateTime& at, const QString& reason);
    Result<int> revokeGrantsOfAgent(qint64 agentId, const QString& reason, const QDateTime& at);
    // Withdraws the agent's pending requests (it was suspended or retired); returns their ids.
    Result<QList<qint64>> withdrawPendingOfAgent(qint64 agentId, const QDateTime& at);
    // Active grants whose end has come by `now`.
    Result<QList<qint64>> endedGrants(const QDateTime& now) const;

private:
    QString where(const Filter& filter, QVariantList* values) const;

    Database& m_db;
};

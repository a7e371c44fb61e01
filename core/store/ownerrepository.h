// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/owner.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class Database;

class OwnerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OwnerRepository)

public:
    explicit OwnerRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const Owner& owner);
    Result<Owner> byId(qint64 id) const;
    Result<Owner> byEmail(const QString& email) const;
    Result<QList<Owner>> list() const;
    // Number of agents each owner is accountable for, keyed by owner id.
    Result<QHash<qint64, qint64>> agentCounts() const;

private:
    Result<Owner> fetchOne(const QString& where, const QVariant& value) const;

    Database& m_db;
};

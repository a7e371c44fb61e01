// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/operator.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class Database;

class OperatorRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OperatorRepository)

public:
    explicit OperatorRepository(Database& db)
        : m_db(db)
    {
    }

    static QString roleKey(OperatorRole role);
    static std::optional<OperatorRole> roleFromKey(const QString& key);

    Result<qint64> insert(const Operator& op);
    Result<Operator> byUsername(const QString& username) const;
    Result<QList<Operator>> list() const;
    Status setKey(const QString& username, const QString& keyId, const QByteArray& encryptedKey);

private:
    Database& m_db;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/connector.h"
#include "result.h"

#include <QCoreApplication>

class Database;

// Connectors with their cursors and counts, and the records they quarantined.
class ConnectorRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorRepository)

public:
    explicit ConnectorRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const Connector& connector);
    Result<Connector> byId(qint64 id) const;
    Result<Connector> byName(const QString& name) const;
    Result<QList<Connector>> list() const;
    // The cursor moves and the counts grow in the transaction that stored the batch.
    Status
    recordProgress(qint64 id, const QJsonObject& cursor, const IngestCounts& added, const QDateTime& at);
    Status setLastError(qint64 id, const QString& error, const QDateTime& at);
    Status setEnabled(qint64 id, bool enabled, const QDateTime& at);
    Status setSettings(qint64 id, const QJsonObject& settings, const QDateTime& at);

    // The connector's sealed secret, when the workspace keeps it (see ConnectorSecret).
    Status setSealedSecret(qint64 id, const QByteArray& sealed, const QDateTime& at);
    Result<QByteArray> sealedSecret(qint64 id) const; // NotFound when there is none
    Status removeSealedSecret(qint64 id);

    Result<qint64> quarantine(const QuarantinedRecord& record);
    Result<QList<QuarantinedRecord>> quarantined(qint64 connectorId, bool pendingOnly, int limit) const;
    Result<QuarantinedRecord> quarantinedById(qint64 id) const;
    Status markReingested(qint64 id, const QDateTime& at);

private:
    Result<Connector> fetchOne(const QString& where, const QVariant& value) const;

    Database& m_db;
};

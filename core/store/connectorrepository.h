// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/connector.h"
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
    // A file connector's progress in one file (see FileSource): NotFound before it is first read.
    Result<QJsonObject> fileState(qint64 id, const QString& path) const;
    // The files read before whose inode this is, with their progress: where a rotated file went.
    Result<QList<std::pair<QString, QJsonObject>>> filesWithInode(qint64 id, qint64 inode) const;
    Status setFileState(qint64 id, const QString& path, qint64 inode, const QJsonObject& state);
    Result<qint64> fileCount(qint64 id) const;

    Status setLastError(qint64 id, const QString& error, const QDateTime& at);
    Status setEnabled(qint64 id, bool enabled, const QDateTime& at);
    Status setSettings(qint64 id, const QJsonObject& settings, const QDateTime& at);

    // The connector's sealed secret, when the workspace keeps it (see ConnectorSecret).
    Status setSealedSecret(qint64 id, const QByteArray& sealed, const QDateTime& at);
    Result<QByteArray> sealedSecret(qint64 id) const; // NotFound when there is none
    Status removeSealedSecret(qint64 id);

    Result<qint64> quarantine(const QuarantinedRecord& record);
    // Of one connector, or of all (0); pendingOnly leaves out the re-ingested and the dismissed.
    Result<QList<QuarantinedRecord>> quarantined(qint64 connectorId, bool pendingOnly, int limit) const;
    Result<QuarantinedRecord> quarantinedById(qint64 id) const;
    Status markReingested(qint64 id, const QDateTime& at);
    // Conflict when the record was re-ingested or dismissed meanwhile.
    Status markDismissed(qint64 id, const QString& by, const QString& reason, const QDateTime& at);
    // Deletes the records that are settled (re-ingested or dismissed), of one connector or all (0);
    // a record still waiting is never purged. Returns how many went.
    Result<qint64> purgeSettled(qint64 connectorId);

private:
    Result<Connector> fetchOne(const QString& where, const QVariant& value) const;

    Database& m_db;
};

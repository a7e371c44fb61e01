// SPDX-License-Identifier: Apache-2.0
#include "connectorrepository.h"

#include "database.h"

#include <algorithm>

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral("id, name, kind, settings, enabled, cursor, read_count, "
                                        "stored_count, duplicate_count, quarantined_count, "
                                        "last_error, created_at, updated_at, answer_count");

const QString kQuarantineColumns =
    QStringLiteral("id, connector_id, received_at, location, reason, raw, raw_size, reingested_at, "
                   "dismissed_at, dismissed_by, dismiss_reason");

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Connector readConnector(const QSqlQuery& q)
{
    Connector c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.kind = q.value(2).toString();
    c.settings = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    c.enabled = q.value(4).toBool();
    c.cursor = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    c.counts.read = q.value(6).toLongLong();
    c.counts.stored = q.value(7).toLongLong();
    c.counts.duplicates = q.value(8).toLongLong();
    c.counts.quarantined = q.value(9).toLongLong();
    c.lastError = q.value(10).toString();
    c.createdAt = Database::fromStored(q.value(11));
    c.updatedAt = Database::fromStored(q.value(12));
    c.counts.answers = q.value(13).toLongLong();
    return c;
}

QuarantinedRecord readQuarantined(const QSqlQuery& q)
{
    QuarantinedRecord r;
    r.id = q.value(0).toLongLong();
    r.connectorId = q.value(1).toLongLong();
    r.receivedAt = Database::fromStored(q.value(2));
    r.location = q.value(3).toString();
    r.reason = q.value(4).toString();
    r.raw = q.value(5).toByteArray();
    r.rawSize = q.value(6).toLongLong();
    r.reingestedAt = Database::fromStored(q.value(7));
    r.dismissedAt = Database::fromStored(q.value(8));
    r.dismissedBy = q.value(9).toString();
    r.dismissReason = q.value(10).toString();
    return r;
}

} // namespace

Result<qint64> ConnectorRepository::insert(const Connector& c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO connectors (name, kind, settings, enabled, cursor, read_count, "
        "stored_count, duplicate_count, quarantined_count, last_error, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, '', ?, ?)"));
    q.addBindValue(c.name);
    q.addBindValue(c.kind);
    q.addBindValue(json(c.settings));
    q.addBindValue(c.enabled ? 1 : 0);
    q.addBindValue(json(c.cursor));
    q.addBindValue(Database::toStored(c.createdAt));
    q.addBindValue(Database::toStored(c.createdAt));
    if (!q.exec()) {
        return Database::queryError(q, tr("save the connector"));
    }
    return q.lastInsertId().toLongLong();
}

Result<Connector> ConnectorRepository::byId(qint64 id) const
{
    return fetchOne(QStringLiteral("id = ?"), id);
}

Result<Connector> ConnectorRepository::byName(const QString& name) const
{
    return fetchOne(QStringLiteral("name = ?"), name);
}

Result<Connector> ConnectorRepository::fetchOne(const QString& where, const QVariant& value) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM connectors WHERE %2").arg(kColumns, where));
    q.addBindValue(value);
    if (!q.exec()) {
        return Database::queryError(q, tr("read the connector"));
    }
    if (!q.next()) {
        return Error{ErrorKind::NotFound, tr("There is no connector %1.").arg(value.toString())};
    }
    return readConnector(q);
}

Result<QList<Connector>> ConnectorRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM connectors ORDER BY name").arg(kColumns))) {
        return Database::queryError(q, tr("list the connectors"));
    }
    QList<Connector> connectors;
    while (q.next()) {
        connectors.append(readConnector(q));
    }
    return connectors;
}

Status ConnectorRepository::recordProgress(qint64 id,
                                           const QJsonObject& cursor,
                                           const IngestCounts& added,
                                           const QDateTime& at)
{
    auto statement = m_db.statement(QStringLiteral(
        "UPDATE connectors SET cursor = ?, read_count = read_count + ?, stored_count = stored_count + "
        "?, answer_count = answer_count + ?, duplicate_count = duplicate_count + ?, "
        "quarantined_count = quarantined_count + ?, updated_at = ? WHERE id = ?"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = *statement.value();
    q.addBindValue(json(cursor));
    q.addBindValue(added.read);
    q.addBindValue(added.stored);
    q.addBindValue(added.answers);
    q.addBindValue(added.duplicates);
    q.addBindValue(added.quarantined);
    q.addBindValue(Database::toStored(at));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("save the connector's progress"));
    }
    return {};
}

Result<QJsonObject> ConnectorRepository::fileState(qint64 id, const QString& path) const
{
    auto statement = m_db.statement(
        QStringLiteral("SELECT state FROM connector_files WHERE connector_id = ? AND path = ?"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = *statement.value();
    q.addBindValue(id);
    q.addBindValue(path);
    if (!q.exec()) {
        return Database::queryError(q, tr("read a file's progress"));
    }
    if (!q.next()) {
        return Error{ErrorKind::NotFound, tr("%1 has not been read yet.").arg(path)};
    }
    QJsonParseError error{};
    const QJsonDocument state = QJsonDocument::fromJson(q.value(0).toByteArray(), &error);
    q.finish();
    // Progress that cannot be read must not restart the file from the top (every record again) or
    // skip it: the error is named.
    if (error.error != QJsonParseError::NoError || !state.isObject()) {
        return Error{ErrorKind::Storage, tr("The progress recorded for %1 is damaged.").arg(path)};
    }
    return state.object();
}

Result<QList<std::pair<QString, QJsonObject>>> ConnectorRepository::filesWithInode(qint64 id,
                                                                                   qint64 inode) const
{
    auto statement = m_db.statement(
        // The inode first and unordered: otherwise the planner walks the connector's every file in
        // path order rather than look the inode up (the index holds the key, connector and path).
        QStringLiteral("SELECT path, state FROM connector_files WHERE inode = ? AND connector_id = ?"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = *statement.value();
    q.addBindValue(inode);
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("read the files' progress"));
    }
    QList<std::pair<QString, QJsonObject>> files;
    while (q.next()) {
        const QJsonDocument state = QJsonDocument::fromJson(q.value(1).toByteArray());
        if (!state.isObject()) {
            q.finish();
            return Error{ErrorKind::Storage,
                         tr("The progress recorded for %1 is damaged.").arg(q.value(0).toString())};
        }
        files.append({q.value(0).toString(), state.object()});
    }
    q.finish();
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return files;
}

Status
ConnectorRepository::setFileState(qint64 id, const QString& path, qint64 inode, const QJsonObject& state)
{
    auto statement = m_db.statement(
        QStringLiteral("INSERT INTO connector_files (connector_id, path, inode, state) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (connector_id, path) DO UPDATE SET inode = excluded.inode, "
                       "state = excluded.state"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = *statement.value();
    q.addBindValue(id);
    q.addBindValue(path);
    q.addBindValue(inode);
    q.addBindValue(json(state));
    if (!q.exec()) {
        return Database::queryError(q, tr("save a file's progress"));
    }
    return {};
}

Result<qint64> ConnectorRepository::fileCount(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM connector_files WHERE connector_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        return Database::queryError(q, tr("count the files read"));
    }
    return q.value(0).toLongLong();
}

Status ConnectorRepository::setLastError(qint64 id, const QString& error, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE connectors SET last_error = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(Database::text(error));
    q.addBindValue(Database::toStored(at));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("save the connector's status"));
    }
    return {};
}

Status ConnectorRepository::setEnabled(qint64 id, bool enabled, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE connectors SET enabled = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(Database::toStored(at));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("enable or disable the connector"));
    }
    return {};
}

Status ConnectorRepository::setSettings(qint64 id, const QJsonObject& settings, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE connectors SET settings = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(json(settings));
    q.addBindValue(Database::toStored(at));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("save the connector's settings"));
    }
    return {};
}

Status ConnectorRepository::setSealedSecret(qint64 id, const QByteArray& sealed, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM connector_secrets WHERE connector_id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("replace the connector's secret"));
    }
    q.prepare(
        QStringLiteral("INSERT INTO connector_secrets (connector_id, sealed, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(sealed);
    q.addBindValue(Database::toStored(at));
    if (!q.exec()) {
        return Database::queryError(q, tr("save the connector's secret"));
    }
    return {};
}

Result<QByteArray> ConnectorRepository::sealedSecret(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT sealed FROM connector_secrets WHERE connector_id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("read the connector's secret"));
    }
    if (!q.next()) {
        return Error{ErrorKind::NotFound, tr("The workspace keeps no secret for this connector.")};
    }
    return q.value(0).toByteArray();
}

Status ConnectorRepository::removeSealedSecret(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM connector_secrets WHERE connector_id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("remove the connector's secret"));
    }
    return {};
}

Result<qint64> ConnectorRepository::quarantine(const QuarantinedRecord& r)
{
    auto statement =
        m_db.statement(QStringLiteral("INSERT INTO quarantine (connector_id, received_at, location, reason, "
                                      "raw, raw_size) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = *statement.value();
    q.addBindValue(r.connectorId);
    q.addBindValue(Database::toStored(r.receivedAt));
    q.addBindValue(Database::text(r.location));
    q.addBindValue(Database::text(r.reason));
    // A null QByteArray would bind as SQL NULL; a record may be empty (an unreadable archive).
    const QByteArray raw = r.raw.left(QuarantinedRecord::kMaxRawBytes);
    q.addBindValue(raw.isNull() ? QByteArray("") : raw);
    q.addBindValue(r.rawSize ? r.rawSize : r.raw.size());
    if (!q.exec()) {
        return Database::queryError(q, tr("quarantine a record"));
    }
    return q.lastInsertId().toLongLong();
}

Result<QList<QuarantinedRecord>>
ConnectorRepository::quarantined(qint64 connectorId, bool pendingOnly, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM quarantine WHERE (? = 0 OR connector_id = ?)%2 ORDER BY id LIMIT ?")
            .arg(kQuarantineColumns,
                 pendingOnly ? QStringLiteral(" AND reingested_at IS NULL AND dismissed_at IS NULL")
                             : QString()));
    q.addBindValue(connectorId);
    q.addBindValue(connectorId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return Database::queryError(q, tr("list quarantined records"));
    }
    QList<QuarantinedRecord> records;
    while (q.next()) {
        records.append(readQuarantined(q));
    }
    return records;
}

Result<QuarantinedRecord> ConnectorRepository::quarantinedById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM quarantine WHERE id = ?").arg(kQuarantineColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("read a quarantined record"));
    }
    if (!q.next()) {
        return Error{ErrorKind::NotFound, tr("There is no quarantined record %1.").arg(id)};
    }
    return readQuarantined(q);
}

Status
ConnectorRepository::markDismissed(qint64 id, const QString& by, const QString& reason, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE quarantine SET dismissed_at = ?, dismissed_by = ?, dismiss_reason = ? "
                             "WHERE id = ? AND reingested_at IS NULL AND dismissed_at IS NULL"));
    q.addBindValue(Database::toStored(at));
    q.addBindValue(by);
    q.addBindValue(reason);
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("dismiss a quarantined record"));
    }
    if (q.numRowsAffected() != 1) {
        return Error{ErrorKind::Conflict, tr("Quarantined record %1 is no longer waiting.").arg(id)};
    }
    return {};
}

Result<qint64> ConnectorRepository::purgeSettled(qint64 connectorId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM quarantine WHERE (? = 0 OR connector_id = ?) AND "
                             "(reingested_at IS NOT NULL OR dismissed_at IS NOT NULL)"));
    q.addBindValue(connectorId);
    q.addBindValue(connectorId);
    if (!q.exec()) {
        return Database::queryError(q, tr("purge the quarantine"));
    }
    return qint64(q.numRowsAffected());
}

Status ConnectorRepository::markReingested(qint64 id, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE quarantine SET reingested_at = ? WHERE id = ?"));
    q.addBindValue(Database::toStored(at));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("mark a record re-ingested"));
    }
    return {};
}

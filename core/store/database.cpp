// SPDX-License-Identifier: Apache-2.0
#include "database.h"

#include "schema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// Owner, group and other bits; Qt's "user" bits only mirror the owner's for the current user.
constexpr QFileDevice::Permissions kAllModeBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
    QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
    QFileDevice::ExeOther;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("steward-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Created before SQLite touches it, so the file is never readable by others, not even briefly;
// SQLite gives its -wal and -shm files the database file's mode.
Status createOwnerOnlyFile(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{ErrorKind::Storage,
                     Database::tr("Cannot create the folder %1. Check that you may write there.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error{ErrorKind::Storage,
                     Database::tr("Cannot create the workspace file %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    file.setPermissions(kOwnerOnly);
    return {};
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return Schema::migrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    auto opened = openFile(path, mode, -1);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    if (const Status migrated = db->migrateTo(currentSchemaVersion()); !migrated) {
        return migrated.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int version)
{
    return openFile(path, OpenMode::CreateIfMissing, version);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, OpenMode mode, int version)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    bool created = false;
    if (info.exists()) {
        if (info.isDir()) {
            return Error{
                ErrorKind::Storage,
                tr("%1 is a folder, not a workspace file. Name the workspace file itself.").arg(native)};
        }
        if (!info.isReadable()) {
            return Error{ErrorKind::Storage,
                         tr("Cannot read the workspace %1: permission denied. "
                            "Check the file's owner and permissions.")
                             .arg(native)};
        }
    } else {
        if (mode == OpenMode::ExistingOnly) {
            return Error{ErrorKind::NotFound,
                         tr("There is no workspace at %1. Create one with "
                            "\"steward-cli init --trust-domain DOMAIN\" or choose another file.")
                             .arg(native)};
        }
        if (const Status made = createOwnerOnlyFile(path); !made) {
            return made.error();
        }
        created = true;
    }

    std::unique_ptr<Database> db(new Database(path));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open()) {
        return Error{ErrorKind::Storage,
                     tr("Cannot open the workspace %1: %2").arg(native, db->m_db.lastError().text())};
    }
    if (const Status read = db->readSchemaVersion(); !read) {
        if (created) {
            QFile::remove(path);
        }
        return read.error();
    }
    if (db->m_schemaVersion == 0 && mode == OpenMode::ExistingOnly) {
        return Error{ErrorKind::Storage,
                     tr("%1 is empty: it is not a Steward workspace. "
                        "Create one with \"steward-cli init --trust-domain DOMAIN\".")
                         .arg(native)};
    }
    if (db->m_schemaVersion > currentSchemaVersion()) {
        return Error{ErrorKind::Incompatible,
                     tr("The workspace %1 was written by a newer version of Steward (schema %2; this "
                        "version reads up to schema %3). Open it with that version or upgrade Steward.")
                         .arg(native)
                         .arg(db->m_schemaVersion)
                         .arg(currentSchemaVersion())};
    }
    if (const Status configured = db->configure(); !configured) {
        return configured.error();
    }
    // A workspace copied in with loose permissions is tightened only once it has proven to be
    // one of ours, so a mistaken path never has its mode changed.
    if ((QFile::permissions(path) & kAllModeBits) != kOwnerOnly) {
        QFile::setPermissions(path, kOwnerOnly);
    }
    if (version >= 0 && version > db->m_schemaVersion) {
        if (const Status migrated = db->migrateTo(version); !migrated) {
            return migrated.error();
        }
    }
    return db;
}

Status Database::readSchemaVersion()
{
    QSqlQuery query(m_db);
    // The first read of the file: a damaged or foreign file fails here, before anything is written.
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        return Error{ErrorKind::Storage,
                     tr("%1 is not a Steward workspace, or it is damaged (%2). "
                        "Restore it from a backup or choose another file.")
                         .arg(QDir::toNativeSeparators(m_path), query.lastError().databaseText())};
    }
    QStringList tables;
    while (query.next()) {
        tables << query.value(0).toString();
    }
    if (tables.isEmpty()) {
        m_schemaVersion = 0;
        return {};
    }
    if (!tables.contains(QStringLiteral("meta"))) {
        return Error{ErrorKind::Storage,
                     tr("%1 is an SQLite database but not a Steward workspace. Choose a workspace file.")
                         .arg(QDir::toNativeSeparators(m_path))};
    }
    auto stored = meta(QStringLiteral("schema_version"));
    if (!stored && stored.error().kind != ErrorKind::NotFound) {
        return stored.error();
    }
    bool ok = false;
    m_schemaVersion = stored ? stored->toInt(&ok) : 0;
    if (!ok || m_schemaVersion <= 0) {
        return Error{
            ErrorKind::Storage,
            tr("The workspace %1 has no valid schema version; it is damaged. Restore it from a backup.")
                .arg(QDir::toNativeSeparators(m_path))};
    }
    return {};
}

Status Database::useLeanMemory()
{
    QSqlQuery query(m_db);
    for (const QString& pragma :
         {QStringLiteral("PRAGMA cache_size = -16384"), QStringLiteral("PRAGMA mmap_size = 0")}) {
        if (!query.exec(pragma)) {
            return queryError(query, tr("configure the workspace"));
        }
    }
    return {};
}

Status Database::configure()
{
    QSqlQuery query(m_db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // Deleted secrets and history should not linger in free pages of the file.
        QStringLiteral("PRAGMA secure_delete = ON"),
        // Reads of a large inventory go through the page cache and a memory map instead of one
        // pread per page (measured: 2.5 million syscalls for one full listing without them).
        QStringLiteral("PRAGMA cache_size = -32768"),
        QStringLiteral("PRAGMA mmap_size = 268435456"),
    };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            return queryError(query, tr("configure the workspace"));
        }
    }
    return {};
}

Status Database::migrateTo(int version)
{
    for (const Migration& migration : Schema::migrations()) {
        if (migration.version <= m_schemaVersion || migration.version > version) {
            continue;
        }
        const Status applied = transaction([&]() -> Status {
            QSqlQuery query(m_db);
            for (const QString& statement : migration.statements + migration.sqliteStatements) {
                if (!query.exec(Schema::forSqlite(statement))) {
                    return Error{ErrorKind::Storage,
                                 tr("Cannot upgrade the workspace to schema %1 (%2): %3")
                                     .arg(migration.version)
                                     .arg(migration.description, query.lastError().text())};
                }
            }
            if (migration.version == 1) {
                if (const Status s = setMeta(QStringLiteral("created_by"), QStringLiteral(STEWARD_VERSION));
                    !s) {
                    return s;
                }
            }
            return setMeta(QStringLiteral("schema_version"), QString::number(migration.version));
        });
        if (!applied) {
            return applied;
        }
        m_schemaVersion = migration.version;
    }
    return {};
}

Result<QString> Database::meta(const QString& key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return queryError(query, tr("read the workspace setting %1").arg(key));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("The workspace has no setting %1.").arg(key)};
    }
    return query.value(0).toString();
}

Result<QString> Database::metaOr(const QString& key, const QString& fallback) const
{
    auto value = meta(key);
    if (!value && value.error().kind == ErrorKind::NotFound) {
        return fallback;
    }
    return value;
}

Status Database::setMeta(const QString& key, const QString& value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        return queryError(query, tr("save a workspace setting"));
    }
    return {};
}

Status Database::transaction(const std::function<Status()>& work)
{
    QSqlQuery control(m_db);
    if (m_transactionDepth > 0) {
        const QString savepoint = QStringLiteral("nested_%1").arg(m_transactionDepth);
        if (!control.exec(QStringLiteral("SAVEPOINT ") + savepoint)) {
            return queryError(control, tr("start a change"));
        }
        ++m_transactionDepth;
        const Status result = work();
        --m_transactionDepth;
        if (!result) {
            control.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        }
        if (!control.exec(QStringLiteral("RELEASE ") + savepoint) && result) {
            return queryError(control, tr("save the change"));
        }
        return result;
    }
    // IMMEDIATE takes the write lock up front, so two writers wait instead of deadlocking.
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return queryError(control, tr("start a change"));
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result) {
        if (control.exec(QStringLiteral("COMMIT"))) {
            runAfterCommit();
            return result;
        }
        result = queryError(control, tr("save the change"));
    }
    control.exec(QStringLiteral("ROLLBACK"));
    m_afterCommit.clear();
    return result;
}

void Database::afterCommit(std::function<void()> work)
{
    if (m_transactionDepth == 0) {
        work();
        return;
    }
    m_afterCommit.push_back(std::move(work));
}

void Database::runAfterCommit()
{
    // Work may open transactions of its own, which queue behind this list, not into it.
    auto pending = std::move(m_afterCommit);
    m_afterCommit.clear();
    for (const auto& work : pending) {
        work();
    }
}

Result<QSqlQuery*> Database::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(sql)) {
            return queryError(*query, tr("prepare a query"));
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    it->second->finish();
    return it->second.get();
}

QVariant Database::toStored(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime Database::fromStored(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

sqlite3* Database::sqliteHandle() const
{
    const QVariant handle = m_db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.data())
               : nullptr;
}

Error Database::queryError(const QSqlQuery& query, const QString& what)
{
    return Error{ErrorKind::Storage, tr("Could not %1: %2").arg(what, query.lastError().text())};
}

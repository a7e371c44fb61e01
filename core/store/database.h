// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <QDateTime>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class QSqlQuery;
struct sqlite3;

// One open workspace file. The connection belongs to the thread that opened it: every member
// is called from that thread only; another thread opens its own Database on the same file.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        ExistingOnly,
        CreateIfMissing
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (or creates) the file and brings its schema up to currentSchemaVersion().
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);
    // Opens without migrating, up to a chosen version: for migration tests and tools.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, int version);

    static int currentSchemaVersion();

    QSqlDatabase& connection() { return m_db; }
    // The SQLite connection under Qt's, for the few bulk paths that bind UTF-8 directly.
    sqlite3* sqliteHandle() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    Status migrateTo(int version);
    // For a second connection that scans (the timeline's readers): a 16 MiB page cache and no
    // memory map, so that walking ten million events does not leave the file resident.
    Status useLeanMemory();

    // A workspace setting: NotFound when none is stored, Storage when it cannot be read. A reader
    // that falls back to a default does so only on NotFound (metaOr), never on an error.
    Result<QString> meta(const QString& key) const;
    Result<QString> metaOr(const QString& key, const QString& fallback) const;
    Status setMeta(const QString& key, const QString& value);

    // Runs work inside one transaction; rolls back when it fails. A nested call runs inside a
    // savepoint of the outer transaction: its failure undoes its own work only, and the outer
    // work decides what follows.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Runs work once the outermost transaction commits (at once when there is none); dropped
    // when it rolls back. For what must not hold the write lock, such as waiting on a keychain.
    void afterCommit(std::function<void()> work);

    // A prepared statement kept for the life of the connection, for statements run in bulk
    // (inserts while importing). Its previous result is finished before it is handed out.
    Result<QSqlQuery*> statement(const QString& sql);
    static Error queryError(const QSqlQuery& query, const QString& what);

    // Times are stored as UTC milliseconds since the epoch: exact, sortable and portable.
    static QVariant toStored(const QDateTime& time);
    static QDateTime fromStored(const QVariant& value);
    // A null QString binds as SQL NULL; text columns that are NOT NULL take this instead.
    static QVariant text(const QString& value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

private:
    explicit Database(QString path);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, OpenMode mode, int version);
    Status configure();
    Status readSchemaVersion();
    void runAfterCommit();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    std::vector<std::function<void()>> m_afterCommit;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

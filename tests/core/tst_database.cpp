// SPDX-License-Identifier: Apache-2.0
#include "store/connectorrepository.h"
#include "store/database.h"
#include "store/schema.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsOwnerOnlyFileWithWal();
    void pragmasAreOn();
    void migratesFromEmpty();
    void migratesFromEachEarlierVersion_data();
    void migratesFromEachEarlierVersion();
    void fileProgressMovesOutOfTheCursor();
    void refusesNewerSchema();
    void refusesCorruptFile();
    void refusesForeignSqlite();
    void refusesDirectory();
    void refusesUnreadableFile();
    void refusesMissingFileWhenOpening();
    void refusesEmptyFileWhenOpening();
    void tightensLoosePermissions();
    void transactionRollsBack();
    void nestedTransactionsAreSavepoints();
    void afterCommitWaitsForTheOutermostCommit();
    void metaTellsMissingFromUnreadable();
    void createRefusesExistingFile();
    void createRefusesBadTrustDomainWithoutFile();
};

void TestDatabase::createsOwnerOnlyFileWithWal()
{
    TestWorkspace test;
    test.addOwner();
    QCOMPARE(TestWorkspace::unixMode(test.path()), 0600);
    // While open with a write done, SQLite keeps the WAL beside the file, with the same mode.
    const QString wal = test.path() + QStringLiteral("-wal");
    QVERIFY(QFile::exists(wal));
    QCOMPARE(TestWorkspace::unixMode(wal), 0600);
}

void TestDatabase::pragmasAreOn()
{
    TestWorkspace test;
    QSqlQuery query(test.workspace().database().connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Foreign keys are enforced, not merely declared.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO agent_tags (agent_id, tag) VALUES (999, 'x')")));
}

void TestDatabase::migratesFromEmpty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.steward"));
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE(db.value()->schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(db.value()->meta(QStringLiteral("schema_version"))->toInt(), Database::currentSchemaVersion());
    QCOMPARE(db.value()->meta(QStringLiteral("created_by")).value(), QStringLiteral(STEWARD_VERSION));
    // Every table the repositories use exists.
    for (const char* table : {"meta",
                              "owners",
                              "operators",
                              "agents",
                              "agent_principals",
                              "agent_tags",
                              "agent_status_history"}) {
        QSqlQuery query(db.value()->connection());
        QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))),
                 table);
    }
}

void TestDatabase::migratesFromEachEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (const Migration& migration : Schema::migrations()) {
        QTest::addRow("from schema %d", migration.version) << migration.version;
    }
}

void TestDatabase::migratesFromEachEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.steward"));
    {
        auto old = Database::openAtVersion(path, from);
        QVERIFY(old);
        QCOMPARE(old.value()->schemaVersion(), from);
        QVERIFY(old.value()->setMeta(QStringLiteral("trust_domain"), QStringLiteral("old.example")));
        QSqlQuery query(old.value()->connection());
        // Data written at the old version must survive the upgrade.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO owners (name, email, team, created_at) VALUES ('Old', "
                                          "'old@example.com', 'Ops', 0)")));
    }
    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
    QCOMPARE(workspace.value()->database().schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(workspace.value()->trustDomain(), QStringLiteral("old.example"));
    auto owner = workspace.value()->owners().byEmail(QStringLiteral("old@example.com"));
    QVERIFY(owner);
    QCOMPARE(owner->name, QStringLiteral("Old"));
}

void TestDatabase::fileProgressMovesOutOfTheCursor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.steward"));
    {
        auto old = Database::openAtVersion(path, 9);
        QVERIFY(old);
        QVERIFY(old.value()->setMeta(QStringLiteral("trust_domain"), QStringLiteral("old.example")));
        QSqlQuery query(old.value()->connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO connectors (name, kind, settings, enabled, cursor, read_count, stored_count, "
            "duplicate_count, quarantined_count, last_error, created_at, updated_at) VALUES ('trail', "
            "'cloudtrail', '{}', 1, '{\"files\":{\"/logs/a.json\":{\"inode\":42,\"offset\":100},"
            "\"/logs/b.json.gz\":{\"inode\":43,\"done\":true}},\"kept\":1}', 0, 0, 0, 0, '', 0, 0)")));
        // An agent whose events were ingested before last seen was kept: it becomes the newest.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO owners (name, email, team, created_at) VALUES ('O', "
                                          "'o@example.com', 'T', 0)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO agents (name, spiffe_id, display_name, purpose, "
                                          "owner_id, framework, model, environment, "
                                          "risk_tier, status, created_at, updated_at) VALUES ('bot', "
                                          "'spiffe://old.example/agent/bot', 'bot', "
                                          "'p', 1, '', '', 'dev', 'low', 'active', 0, 0)")));
        for (const char* time : {"1764000000000000000", "1764000600000000000"}) {
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO events (event_key, time_ns, connector_id, source, native_id, "
                               "agent_id, principal, "
                               "action, native_action, resource, outcome, trace_id, span_id, parent_span_id, "
                               "task, token_id, "
                               "credential_kind, classification, bytes) VALUES (randomblob(16), %1, 1, "
                               "'k8s', hex(randomblob(4)), "
                               "1, 'p', 'read', 'get', 'k8s://x', 1, '', '', '', '', '', '', '', 0)")
                    .arg(QLatin1String(time))));
        }
    }
    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
    ConnectorRepository& connectors = workspace.value()->connectors();
    const Connector trail = connectors.byName(QStringLiteral("trail")).value();
    // The cursor keeps what is the connector's own; each file's progress is a row.
    QCOMPARE(trail.cursor, (QJsonObject{{QStringLiteral("kept"), 1}}));
    QCOMPARE(connectors.fileCount(trail.id).value(), 2);
    auto a = connectors.fileState(trail.id, QStringLiteral("/logs/a.json"));
    QVERIFY(a);
    QCOMPARE(a->value(u"offset").toInteger(), 100);
    auto byInode = connectors.filesWithInode(trail.id, 43);
    QVERIFY(byInode);
    QCOMPARE(byInode->size(), 1);
    QCOMPARE(byInode->first().first, QStringLiteral("/logs/b.json.gz"));
    QVERIFY(byInode->first().second.value(u"done").toBool());
    QCOMPARE(connectors.fileState(trail.id, QStringLiteral("/logs/c.json")).error().kind,
             ErrorKind::NotFound);
    QCOMPARE(workspace.value()->agents().byName(QStringLiteral("bot"))->lastSeenAt,
             QDateTime::fromMSecsSinceEpoch(1764000600000, Qt::UTC));
}

void TestDatabase::refusesNewerSchema()
{
    TestWorkspace test;
    QVERIFY(test.workspace().database().setMeta(QStringLiteral("schema_version"),
                                                QString::number(Database::currentSchemaVersion() + 5)));
    const QString path = test.path();
    auto reopened = Workspace::open(path);
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().kind, ErrorKind::Incompatible);
    QVERIFY2(reopened.error().message.contains(QStringLiteral("newer version of Steward")),
             qPrintable(reopened.error().message));
}

void TestDatabase::refusesCorruptFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.steward"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("This is not an SQLite database at all. ").repeated(200);
    file.write(garbage);
    file.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);

    auto workspace = Workspace::open(path);
    QVERIFY(!workspace);
    QCOMPARE(workspace.error().kind, ErrorKind::Storage);
    QVERIFY2(workspace.error().message.contains(QStringLiteral("not a Steward workspace")),
             qPrintable(workspace.error().message));
    // Nothing was written: not the content, not the mode, no journal beside it.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
    QCOMPARE(TestWorkspace::unixMode(path), 0640);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesForeignSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        auto db = Database::openAtVersion(path, 0);
        QVERIFY(db);
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
    }
    auto workspace = Workspace::open(path);
    QVERIFY(!workspace);
    QVERIFY2(workspace.error().message.contains(QStringLiteral("not a Steward workspace")),
             qPrintable(workspace.error().message));
}

void TestDatabase::refusesDirectory()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.path());
    QVERIFY(!workspace);
    QVERIFY(workspace.error().message.contains(QStringLiteral("is a folder")));
}

void TestDatabase::refusesUnreadableFile()
{
    if (::geteuid() == 0) {
        QSKIP("root reads any file; the permission check cannot be observed");
    }
    TestWorkspace test;
    const QString path = test.path();
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    auto workspace = Workspace::open(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!workspace);
    QVERIFY(workspace.error().message.contains(QStringLiteral("permission denied")));
}

void TestDatabase::refusesMissingFileWhenOpening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.steward"));
    auto workspace = Workspace::open(path);
    QVERIFY(!workspace);
    QCOMPARE(workspace.error().kind, ErrorKind::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::refusesEmptyFileWhenOpening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.steward"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto workspace = Workspace::open(path);
    QVERIFY(!workspace);
    QVERIFY(workspace.error().message.contains(QStringLiteral("empty")));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestDatabase::tightensLoosePermissions()
{
    TestWorkspace test;
    const QString path = test.path();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    test.reopen();
    QCOMPARE(TestWorkspace::unixMode(path), 0600);
}

void TestDatabase::transactionRollsBack()
{
    TestWorkspace test;
    Database& db = test.workspace().database();
    const QString before = TestWorkspace::snapshot(test.workspace());
    const Status result = db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral(
            "INSERT INTO owners (name, email, team, created_at) VALUES ('X', 'x@example.com', 'T', 0)"));
        return Error{ErrorKind::Refused, QStringLiteral("changed my mind")};
    });
    QVERIFY(!result);
    QCOMPARE(result.error().message, QStringLiteral("changed my mind"));
    QCOMPARE(TestWorkspace::snapshot(test.workspace()), before);
}

void TestDatabase::createRefusesExistingFile()
{
    TestWorkspace test;
    test.addOwner();
    const QString before = TestWorkspace::snapshot(test.workspace());
    auto again = Workspace::create(test.path(), QStringLiteral("other.example"));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
    QCOMPARE(TestWorkspace::snapshot(test.workspace()), before);
}

void TestDatabase::createRefusesBadTrustDomainWithoutFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.steward"));
    auto workspace = Workspace::create(path, QStringLiteral("Acme Corp!"));
    QVERIFY(!workspace);
    QCOMPARE(workspace.error().kind, ErrorKind::Invalid);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

void TestDatabase::nestedTransactionsAreSavepoints()
{
    TestWorkspace test;
    Database& db = test.workspace().database();
    const auto owners = [&db] {
        QSqlQuery query(db.connection());
        query.exec(
            QStringLiteral("SELECT group_concat(email, ' ') FROM (SELECT email FROM owners ORDER BY email)"));
        return query.next() ? query.value(0).toString() : QStringLiteral("?");
    };
    const auto insert = [&db](const QString& email) {
        QSqlQuery query(db.connection());
        query.prepare(
            QStringLiteral("INSERT INTO owners (name, email, team, created_at) VALUES ('X', ?, 'T', 0)"));
        query.addBindValue(email);
        return query.exec() ? Status() : Status(Database::queryError(query, QStringLiteral("insert")));
    };
    // An inner failure undoes the inner work only; the outer work goes on and commits.
    const Status outer = db.transaction([&]() -> Status {
        if (const Status s = insert(QStringLiteral("a@example.com")); !s) {
            return s;
        }
        const Status inner = db.transaction([&]() -> Status {
            if (const Status s = insert(QStringLiteral("b@example.com")); !s) {
                return s;
            }
            return Error{ErrorKind::Refused, QStringLiteral("inner refused")};
        });
        if (inner || inner.error().message != QStringLiteral("inner refused")) {
            return Error{ErrorKind::Invalid, QStringLiteral("the inner error was lost")};
        }
        return db.transaction([&]() -> Status { return insert(QStringLiteral("c@example.com")); });
    });
    QVERIFY2(outer, qPrintable(outer ? QString() : outer.error().message));
    QCOMPARE(owners(), QStringLiteral("a@example.com c@example.com"));
    // An outer failure undoes everything, the inner work that succeeded included.
    QVERIFY(!db.transaction([&]() -> Status {
        (void)db.transaction([&]() -> Status { return insert(QStringLiteral("d@example.com")); });
        return Error{ErrorKind::Refused, QStringLiteral("outer refused")};
    }));
    QCOMPARE(owners(), QStringLiteral("a@example.com c@example.com"));
    QVERIFY(!db.inTransaction());
}

void TestDatabase::afterCommitWaitsForTheOutermostCommit()
{
    TestWorkspace test;
    Database& db = test.workspace().database();
    QStringList ran;
    db.afterCommit([&] { ran << QStringLiteral("now"); });
    QCOMPARE(ran, QStringList{QStringLiteral("now")});
    QVERIFY(db.transaction([&]() -> Status {
        return db.transaction([&]() -> Status {
            db.afterCommit([&] {
                ran << (db.inTransaction() ? QStringLiteral("after, locked") : QStringLiteral("after"));
            });
            return {};
        });
    }));
    QCOMPARE(ran, (QStringList{QStringLiteral("now"), QStringLiteral("after")}));
    QVERIFY(!db.transaction([&]() -> Status {
        db.afterCommit([&] { ran << QStringLiteral("never"); });
        return Error{ErrorKind::Refused, QStringLiteral("rolled back")};
    }));
    QVERIFY(db.transaction([]() -> Status { return {}; }));
    QCOMPARE(ran.size(), 2);
}

void TestDatabase::metaTellsMissingFromUnreadable()
{
    TestWorkspace test;
    Database& db = test.workspace().database();
    QCOMPARE(db.meta(QStringLiteral("no_such_setting")).error().kind, ErrorKind::NotFound);
    QCOMPARE(db.metaOr(QStringLiteral("no_such_setting"), QStringLiteral("fallback")).value(),
             QStringLiteral("fallback"));
    QSqlQuery sql(db.connection());
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE meta RENAME TO meta_away")));
    const auto unreadable = db.metaOr(QStringLiteral("no_such_setting"), QStringLiteral("fallback"));
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.error().kind, ErrorKind::Storage);
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE meta_away RENAME TO meta")));
}

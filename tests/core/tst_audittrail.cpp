// SPDX-License-Identifier: Apache-2.0
// The audit trail: every change appends one entry in the change's own transaction; the chain
// and its signatures verify; raw-SQL edits, deletions, insertions and reorderings are named at
// the right entry; the export checks out with the openssl command and a shell alone.
#include "audit/auditexporter.h"
#include "audit/audittrail.h"
#include "crypto/canonicaljson.h"
#include "crypto/digest.h"
#include "identity/identityservice.h"
#include "testworkspace.h"
#include "workflow/operatorservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestAuditTrail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalFormIsRfc8785();
    void everyChangeAppendsOneEntry();
    void refusedChangesAppendNothing();
    void signsWithTheUnlockedOperatorKey();
    void checkpointsAtCloseAndEvery1000();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void anchorsKeptOutsideTheFile();
    void keysAreTheOnesTheChainMade();
    void anchorFilesAreCheckedBeforeUse_data();
    void anchorFilesAreCheckedBeforeUse();
    void exportVerifiesWithOpenssl();
    void exportRefusesAFullFolder();
    void exportWritesOnlyInsideItsFolder_data();
    void exportWritesOnlyInsideItsFolder();

private:
    // A workspace with a CA, an enrolled admin and a dozen entries.
    static std::unique_ptr<TestWorkspace> populated();
    static QString verifyWord(Workspace& workspace, qint64* sequence = nullptr);
    static int runRecipe(const QString& folder, QByteArray* output);
};

namespace {
const QByteArray kPassphrase = "audit test passphrase";
const QByteArray kOperatorPassphrase = "operator passphrase";

bool exec(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database().connection());
    if (!query.exec(sql)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// An entry made the way Steward makes them, chained onto its predecessor (at `sequence`, after the
// head when 0), signed with `key` under `operatorName` when given: what someone with the file and
// their own key can write.
bool appendForged(Workspace& workspace,
                  const QString& action,
                  const QString& objectId,
                  const QJsonObject& payload,
                  const std::optional<KeyPair>& key = std::nullopt,
                  const QString& operatorName = QStringLiteral("tester"),
                  qint64 sequence = 0)
{
    AuditEntry forged;
    forged.sequence = sequence > 0 ? sequence : workspace.audit().headSequence() + 1;
    forged.at = QDateTime::currentDateTimeUtc();
    forged.operatorName = operatorName;
    forged.action = action;
    forged.objectType = action.section(QLatin1Char('.'), 0, 0);
    forged.objectId = objectId;
    forged.payload = CanonicalJson::serialize(payload);
    forged.payloadDigest = QString::fromLatin1(Digest::sha256(forged.payload).toHex());
    forged.previousHash = workspace.audit().entry(forged.sequence - 1)->entryHash;
    if (key) {
        forged.keyId = key->thumbprint();
    }
    const QByteArray canonical = forged.canonical(workspace.trustDomain());
    forged.entryHash = QString::fromLatin1(Digest::sha256(canonical).toHex());
    if (key) {
        forged.signature = key->sign(canonical).value().toBase64();
    }
    QSqlQuery insert(workspace.database().connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"));
    for (const QVariant& value : QVariantList{forged.sequence,
                                              forged.at.toMSecsSinceEpoch(),
                                              forged.operatorName,
                                              forged.action,
                                              forged.objectType,
                                              forged.objectId,
                                              QString::fromUtf8(forged.payload),
                                              forged.payloadDigest,
                                              forged.previousHash,
                                              forged.entryHash,
                                              forged.keyId,
                                              QString::fromLatin1(forged.signature)}) {
        insert.addBindValue(value);
    }
    if (!insert.exec()) {
        qWarning("%s", qPrintable(insert.lastError().text()));
        return false;
    }
    return true;
}

bool addKey(Workspace& workspace, const KeyPair& key, const QString& holder)
{
    QSqlQuery insert(workspace.database().connection());
    insert.prepare(QStringLiteral("INSERT INTO audit_keys VALUES (?, ?, ?, 0)"));
    insert.addBindValue(key.thumbprint());
    insert.addBindValue(holder);
    insert.addBindValue(QString::fromLatin1(key.toPublicPem()));
    return insert.exec();
}

QStringList actions(Workspace& workspace)
{
    QStringList list;
    AuditTrail::Filter filter;
    filter.limit = 1000;
    for (const AuditEntry& entry : workspace.audit().list(filter).value()) {
        list << entry.action;
    }
    return list;
}
} // namespace

std::unique_ptr<TestWorkspace> TestAuditTrail::populated()
{
    auto test = std::make_unique<TestWorkspace>();
    IdentityService identity(test->workspace());
    if (!identity.initCertificateAuthority(kPassphrase) || !identity.ensureSigningKey(kPassphrase)) {
        qFatal("cannot create the CA");
    }
    OperatorService operators(test->workspace());
    if (!operators.enroll(kOperatorPassphrase)) {
        qFatal("cannot enroll");
    }
    const Owner owner = test->addOwner();
    for (const QString& name : {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}) {
        test->advance(60);
        test->addAgent(name, owner.id);
    }
    test->grant(QStringLiteral("alpha"), QStringLiteral("read s3://a/** classification<=internal"));
    if (!operators.unlock(kOperatorPassphrase)) {
        qFatal("cannot unlock");
    }
    IdentityService::MintRequest mint;
    mint.agent = QStringLiteral("alpha");
    mint.audience = QStringLiteral("api");
    mint.scope = {QStringLiteral("read s3://a/reports/** classification<=internal")};
    if (!identity.mintToken(mint, kPassphrase)) {
        qFatal("cannot mint");
    }
    const Agent beta = test->workspace().agents().byName(QStringLiteral("beta")).value();
    if (!test->service().changeStatus(beta.id, AgentStatus::Suspended, QStringLiteral("test"))) {
        qFatal("cannot suspend");
    }
    test->workspace().audit().setCheckpointKey(
        test->workspace().audit().openWorkspaceKey(kPassphrase).value());
    if (!test->workspace().audit().checkpoint()) {
        qFatal("cannot checkpoint");
    }
    return test;
}

QString TestAuditTrail::verifyWord(Workspace& workspace, qint64* sequence)
{
    auto verified = workspace.audit().verify();
    if (!verified) {
        return QStringLiteral("error: ") + verified.error().message;
    }
    if (sequence) {
        *sequence = verified->badSequence;
    }
    return verified->intact() ? QStringLiteral("intact") : verified->problem;
}

void TestAuditTrail::canonicalFormIsRfc8785()
{
    // The hand-written canonical form must be what the general serializer makes of the same object,
    // for times across eras and leap years and for strings that need escaping.
    const QList<qint64> times{0,
                              -1,
                              -86'400'001,
                              951'782'400'000,   // 2000-02-29
                              1'795'706'224'953, // 2026-11-26
                              4'107'542'399'999, // 2100-02-28T23:59:59.999
                              253'402'300'799'999};
    for (qint64 ms : times) {
        AuditEntry entry;
        entry.sequence = 42;
        entry.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        entry.operatorName = QStringLiteral("ann \"the\" approver\u00e9\n");
        entry.action = QStringLiteral("agent.edited");
        entry.objectType = QStringLiteral("agent");
        entry.objectId = QStringLiteral("r\u00e9fund/\t1");
        entry.payloadDigest = QString(64, QLatin1Char('a'));
        entry.previousHash = AuditTrail::genesisHash();
        entry.keyId = QStringLiteral("kid");
        const QByteArray generic = CanonicalJson::serialize(QJsonObject{
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("key_id"), entry.keyId},
            {QStringLiteral("object"),
             QJsonObject{{QStringLiteral("id"), entry.objectId}, {QStringLiteral("type"), entry.objectType}}},
            {QStringLiteral("operator"), entry.operatorName},
            {QStringLiteral("payload_digest"), entry.payloadDigest},
            {QStringLiteral("previous_hash"), entry.previousHash},
            {QStringLiteral("sequence"), 42},
            {QStringLiteral("workspace"), QStringLiteral("acme.example")}});
        QCOMPARE(entry.canonical(QStringLiteral("acme.example")), generic);
    }
}

void TestAuditTrail::everyChangeAppendsOneEntry()
{
    auto test = populated();
    Workspace& workspace = test->workspace();
    const QStringList expected{
        QStringLiteral("workspace.created"),   QStringLiteral("audit.key_created"),
        QStringLiteral("ca.created"),          QStringLiteral("ca.intermediate_issued"),
        QStringLiteral("signing_key.created"), QStringLiteral("operator.key_enrolled"),
        QStringLiteral("owner.added"),         QStringLiteral("agent.registered"),
        QStringLiteral("agent.registered"),    QStringLiteral("agent.registered"),
        QStringLiteral("operator.added"),      QStringLiteral("operator.key_enrolled"),
        QStringLiteral("operator.added"),      QStringLiteral("operator.key_enrolled"),
        QStringLiteral("request.filed"),       QStringLiteral("request.approval"),
        QStringLiteral("request.approved"),    QStringLiteral("grant.created"),
        QStringLiteral("token.minted"),        QStringLiteral("agent.status_changed")};
    QCOMPARE(actions(workspace), expected);
    QCOMPARE(verifyWord(workspace), QStringLiteral("intact"));
    auto verified = workspace.audit().verify();
    QCOMPARE(verified->entries, expected.size());
    QCOMPARE(verified->checkpointedThrough, expected.size());

    // The suspension's entry says what happened, including the token it revoked.
    const AuditEntry last = workspace.audit().entry(expected.size()).value();
    QCOMPARE(last.objectId, QStringLiteral("beta"));
    QCOMPARE(last.operatorName, QStringLiteral("tester"));
    QVERIFY(last.payload.contains("\"to\":\"suspended\""));
    QCOMPARE(last.payloadDigest, QString::fromLatin1(Digest::sha256(last.payload).toHex()));
    QCOMPARE(last.previousHash, workspace.audit().entry(expected.size() - 1)->entryHash);
    QCOMPARE(workspace.audit().entry(1)->previousHash, AuditTrail::genesisHash());

    AuditTrail::Filter filter;
    filter.objectType = QStringLiteral("agent");
    filter.objectId = QStringLiteral("alpha");
    QCOMPARE(workspace.audit().list(filter)->size(), 1);
    filter = {};
    filter.action = QStringLiteral("agent.registered");
    QCOMPARE(workspace.audit().list(filter)->size(), 3);
}

void TestAuditTrail::refusedChangesAppendNothing()
{
    auto test = populated();
    Workspace& workspace = test->workspace();
    const qint64 head = workspace.audit().headSequence();
    const Owner owner = workspace.owners().byEmail(QStringLiteral("ann@example.com")).value();
    Agent duplicate;
    duplicate.name = QStringLiteral("alpha");
    duplicate.purpose = QStringLiteral("p");
    duplicate.ownerId = owner.id;
    QVERIFY(!test->service().addAgent(duplicate));
    const Agent beta = workspace.agents().byName(QStringLiteral("beta")).value();
    QVERIFY(!test->service().changeStatus(beta.id, AgentStatus::Suspended, QStringLiteral("again")));
    QVERIFY(!test->service().addOwner(
        QStringLiteral("Ann"), QStringLiteral("ann@example.com"), QStringLiteral("x")));
    QCOMPARE(workspace.audit().headSequence(), head);
}

void TestAuditTrail::signsWithTheUnlockedOperatorKey()
{
    auto test = populated();
    Workspace& workspace = test->workspace();
    // enroll() left the key unlocked: everything after it is signed.
    auto verified = workspace.audit().verify();
    QCOMPARE(verified->signedEntries, 13);
    workspace.audit().setSigner(std::nullopt);
    test->addAgent(QStringLiteral("delta"), 1);
    QVERIFY(workspace.audit().entry(workspace.audit().headSequence())->keyId.isEmpty());
    OperatorService operators(workspace);
    QVERIFY(!operators.unlock("not my passphrase"));
    QVERIFY(operators.unlock(kOperatorPassphrase));
    test->addAgent(QStringLiteral("epsilon"), 1);
    const AuditEntry signedEntry = workspace.audit().entry(workspace.audit().headSequence()).value();
    QCOMPARE(signedEntry.keyId, workspace.operators().byUsername(QStringLiteral("tester"))->keyId);
    QCOMPARE(verifyWord(workspace), QStringLiteral("intact"));
    QCOMPARE(workspace.audit().verify()->signedEntries, 14);
}

void TestAuditTrail::checkpointsAtCloseAndEvery1000()
{
    auto test = populated();
    Workspace& workspace = test->workspace();
    const KeyPair auditKey = workspace.audit().openWorkspaceKey(kPassphrase).value();
    // Loading the key may wait on a person or the keychain: never while the write lock is held.
    QList<bool> loadedInTransaction;
    workspace.audit().setCheckpointKeyLoader([&]() -> std::optional<KeyPair> {
        loadedInTransaction << workspace.database().inTransaction();
        return auditKey;
    });
    const qint64 start = workspace.audit().headSequence();
    QVERIFY(workspace.database().transaction([&]() -> Status {
        for (qint64 i = start; i < 1005; ++i) {
            if (const Status s = workspace.audit().record(
                    QStringLiteral("test.filler"), QStringLiteral("test"), QString::number(i), QJsonObject());
                !s) {
                return s;
            }
        }
        return {};
    }));
    QSqlQuery query(workspace.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT seq FROM audit_checkpoints ORDER BY seq")));
    QList<qint64> checkpoints;
    while (query.next()) {
        checkpoints << query.value(0).toLongLong();
    }
    // Due at entry 1000 inside the transaction, it was made once the transaction committed,
    // over the head at that moment.
    QCOMPARE(checkpoints, (QList<qint64>{start, 1005}));
    QCOMPARE(loadedInTransaction, QList<bool>{false});
    // A transaction that rolls back drops the checkpoint it made due.
    const qint64 before = workspace.audit().headSequence();
    QVERIFY(!workspace.database().transaction([&]() -> Status {
        for (qint64 i = before; i < 2000; ++i) {
            if (const Status s = workspace.audit().record(
                    QStringLiteral("test.filler"), QStringLiteral("test"), QString::number(i), QJsonObject());
                !s) {
                return s;
            }
        }
        return Error{ErrorKind::Refused, QStringLiteral("rolled back")};
    }));
    QCOMPARE(workspace.audit().headSequence(), before);
    QCOMPARE(loadedInTransaction.size(), 1);
    workspace.audit().setCheckpointKey(auditKey);
    test->reopen(); // closing signed the head
    QCOMPARE(test->workspace().audit().verify()->checkpointedThrough, 1005);
    // A session without the passphrase leaves its entries unattested until one with it closes.
    test->addAgent(QStringLiteral("late"), 1);
    test->reopen();
    auto& reopened = test->workspace();
    QCOMPARE(reopened.audit().verify()->checkpointedThrough, 1005);
    QCOMPARE(reopened.audit().verify()->entries, 1006);
    reopened.audit().setCheckpointKey(reopened.audit().openWorkspaceKey(kPassphrase).value());
    QVERIFY(reopened.audit().checkpoint());
    QCOMPARE(reopened.audit().verify()->checkpointedThrough, 1006);
    QVERIFY(!reopened.audit().openWorkspaceKey("wrong"));
}

void TestAuditTrail::tamperingIsNamed_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("word");
    QTest::addColumn<qint64>("sequence");
    QTest::newRow("edit the details")
        << QStringList{QStringLiteral("UPDATE audit_entries SET payload = replace(payload, 'Test agent "
                                      "beta', 'Harmless') WHERE seq = 9")}
        << "altered" << qint64(9);
    QTest::newRow("edit the details and their digest")
        << QStringList{QStringLiteral(
               "UPDATE audit_entries SET payload = '{}', payload_digest = "
               "'44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a' WHERE seq = 8")}
        << "altered" << qint64(8);
    QTest::newRow("edit the operator")
        << QStringList{QStringLiteral("UPDATE audit_entries SET operator = 'mallory' WHERE seq = 6")}
        << "altered" << qint64(6);
    QTest::newRow("edit the time") << QStringList{QStringLiteral(
                                          "UPDATE audit_entries SET at = at - 1 WHERE seq = 3")}
                                   << "altered" << qint64(3);
    QTest::newRow("delete one") << QStringList{QStringLiteral("DELETE FROM audit_entries WHERE seq = 5")}
                                << "deleted" << qint64(5);
    QTest::newRow("delete the tail under a checkpoint")
        << QStringList{QStringLiteral("DELETE FROM audit_entries WHERE seq >= 10")} << "deleted"
        << qint64(10);
    QTest::newRow("delete and renumber")
        << QStringList{QStringLiteral("DELETE FROM audit_entries WHERE seq = 4"),
                       QStringLiteral("UPDATE audit_entries SET seq = seq - 1 WHERE seq > 4")}
        << "deleted" << qint64(4);
    // The forged entry itself is well formed (see tamperingIsNamed): only the renumbering shows.
    QTest::newRow("insert and renumber")
        << QStringList{QStringLiteral("UPDATE audit_entries SET seq = -seq WHERE seq > 6"),
                       QStringLiteral("UPDATE audit_entries SET seq = -seq + 1 WHERE seq < 0"),
                       QStringLiteral("FORGE 7")}
        << "inserted" << qint64(7);
    QTest::newRow("swap two")
        << QStringList{QStringLiteral("UPDATE audit_entries SET seq = 100 WHERE seq = 7"),
                       QStringLiteral("UPDATE audit_entries SET seq = 7 WHERE seq = 8"),
                       QStringLiteral("UPDATE audit_entries SET seq = 8 WHERE seq = 100")}
        << "reordered" << qint64(7);
    QTest::newRow("forge a signature")
        << QStringList{QStringLiteral("UPDATE audit_entries SET signature = (SELECT signature FROM "
                                      "audit_entries WHERE seq = 9) WHERE seq = 8")}
        << "bad_signature" << qint64(8);
    QTest::newRow("strip a key id") << QStringList{QStringLiteral(
                                           "UPDATE audit_entries SET key_id = '' WHERE seq = 8")}
                                    << "altered" << qint64(8);
    QTest::newRow("move the checkpoint")
        << QStringList{QStringLiteral("UPDATE audit_checkpoints SET entry_hash = (SELECT entry_hash FROM "
                                      "audit_entries WHERE seq = 2)")}
        << "bad_checkpoint" << qint64(20);
    // With write access to the file, the newest entries can be cut off together with the
    // checkpoints over them, and the chain that is left holds together; the anchor this operator's
    // machine kept at the checkpoint shows the cut.
    QTest::newRow("cut the tail and its checkpoint")
        << QStringList{QStringLiteral("DELETE FROM audit_entries WHERE seq >= 10"),
                       QStringLiteral("DELETE FROM audit_checkpoints")}
        << "truncated" << qint64(10);
    QStringList rewrite{QStringLiteral("DELETE FROM audit_entries WHERE seq >= 10"),
                        QStringLiteral("DELETE FROM audit_checkpoints")};
    for (int sequence = 10; sequence <= 20; ++sequence) {
        rewrite << QStringLiteral("FORGE %1").arg(sequence);
    }
    QTest::newRow("cut the tail and chain other entries on") << rewrite << "rewritten" << qint64(20);
    QTest::newRow("cut the tail and replace the workspace key")
        << QStringList{QStringLiteral("DELETE FROM audit_entries WHERE seq >= 10"),
                       QStringLiteral("DELETE FROM audit_checkpoints"),
                       QStringLiteral("DELETE FROM audit_keys WHERE holder = 'workspace'")}
        << "key_changed" << qint64(20);
}

void TestAuditTrail::tamperingIsNamed()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, word);
    QFETCH(qint64, sequence);
    auto test = populated();
    Workspace& workspace = test->workspace();
    QCOMPARE(verifyWord(workspace), QStringLiteral("intact"));
    for (const QString& statement : sql) {
        if (statement.startsWith(QStringLiteral("FORGE "))) {
            // Unsigned, so only the renumbering around it shows.
            QVERIFY(appendForged(workspace,
                                 QStringLiteral("agent.edited"),
                                 QStringLiteral("alpha"),
                                 QJsonObject{{QStringLiteral("purpose"), QStringLiteral("x")}},
                                 std::nullopt,
                                 QStringLiteral("tester"),
                                 statement.mid(6).toLongLong()));
            continue;
        }
        QVERIFY2(exec(workspace, statement), qPrintable(statement));
    }
    qint64 at = 0;
    QCOMPARE(verifyWord(workspace, &at), word);
    QCOMPARE(at, sequence);
}

void TestAuditTrail::anchorsKeptOutsideTheFile()
{
    auto test = populated();
    const AuditAnchorStore store = test->workspace().anchorStore();
    const QString ownAnchor = store.fileFor(test->workspace().id());
    QVERIFY(QFile::exists(ownAnchor));
    QCOMPARE(QFileInfo(ownAnchor).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    auto verified = test->workspace().audit().verify();
    QVERIFY(verified && verified->intact());
    QCOMPARE(verified->anchors, qint64(1));
    QCOMPARE(verified->anchoredThrough, qint64(20));

    // An anchor an auditor took away, before this machine's is lost.
    auto taken = test->workspace().auditAnchor();
    QVERIFY(taken && taken.value());
    const QString away = test->dir() + QStringLiteral("/kept-by-the-auditor.json");
    {
        QFile file(away);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(taken.value()->toJson()).toJson());
    }

    // The writer edits the workspace id, so that this machine's anchor is not found by it, and cuts
    // the tail with its checkpoint.
    const QString workspaceId = test->workspace().id();
    for (const QString& statement :
         {QStringLiteral("UPDATE meta SET value = 'other' WHERE key = 'workspace_id'"),
          QStringLiteral("DELETE FROM audit_entries WHERE seq >= 12"),
          QStringLiteral("DELETE FROM audit_checkpoints")}) {
        QVERIFY(exec(test->workspace(), statement));
    }
    test->reopen();
    QVERIFY(test->workspace().id() != workspaceId);
    // The edited id is named at once: the first entry records the real one.
    QCOMPARE(verifyWord(test->workspace()), QStringLiteral("other_workspace"));
    // With the id put back, this machine's anchor shows the cut.
    QVERIFY(exec(test->workspace(),
                 QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'workspace_id'").arg(workspaceId)));
    test->reopen();
    qint64 at = 0;
    QCOMPARE(verifyWord(test->workspace(), &at), QStringLiteral("truncated"));
    QCOMPARE(at, qint64(12));
    QVERIFY(test->workspace().audit().verify()->message.contains(ownAnchor));

    // Opening it did not move the anchor back to what is left.
    auto kept = AuditAnchor::readFile(ownAnchor);
    QVERIFY(kept);
    QCOMPARE(kept->sequence, qint64(20));

    // With this machine's anchors gone, the auditor's copy shows the same.
    QVERIFY(QDir(store.directory()).removeRecursively());
    QCOMPARE(verifyWord(test->workspace()), QStringLiteral("intact"));
    auto anchor = AuditAnchor::readFile(away);
    QVERIFY(anchor);
    auto withAnchor = test->workspace().audit().verify({}, {anchor.value()});
    QVERIFY(withAnchor);
    QCOMPARE(withAnchor->problem, QStringLiteral("truncated"));

    // An anchor with a changed hash or sequence no longer carries the key's signature.
    AuditAnchor forged = anchor.value();
    forged.sequence = 5;
    QCOMPARE(test->workspace().audit().verify({}, {forged})->problem, QStringLiteral("bad_anchor"));

    // This machine's anchor never moves back, nor to another key.
    QVERIFY(store.advance(anchor.value()));
    AuditAnchor older = anchor.value();
    older.sequence = 3;
    QVERIFY(store.advance(older));
    QCOMPARE(AuditAnchor::readFile(store.fileFor(anchor->workspaceId))->sequence, qint64(20));
    AuditAnchor otherKey = anchor.value();
    otherKey.keyId = QStringLiteral("another-key");
    otherKey.sequence = 40;
    const Status refused = store.advance(otherKey);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QCOMPARE(AuditAnchor::readFile(store.fileFor(anchor->workspaceId))->keyId, anchor->keyId);

    // A damaged anchor of this workspace fails the verification; it is never skipped.
    {
        QFile file(store.fileFor(test->workspace().id()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"steward_audit_anchor\":1,\"sequence\":");
    }
    auto damaged = test->workspace().audit().verify();
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().message.contains(QStringLiteral("not a Steward audit anchor")),
             qPrintable(damaged.error().message));
}

void TestAuditTrail::keysAreTheOnesTheChainMade()
{
    const KeyPair mine = KeyPair::generate(KeyPair::Algorithm::Ed25519).value();
    {
        // A key of the attacker's own, filed under the operator's name, signs an approval.
        auto test = populated();
        QVERIFY(addKey(test->workspace(), mine, QStringLiteral("tester")));
        QVERIFY(appendForged(
            test->workspace(), QStringLiteral("request.approval"), QStringLiteral("7"), {}, mine));
        qint64 at = 0;
        QCOMPARE(verifyWord(test->workspace(), &at), QStringLiteral("bad_signature"));
        QCOMPARE(at, test->workspace().audit().headSequence());
    }
    {
        // ...after an enrolment entry for it: an operator has one key, so that is a swap.
        auto test = populated();
        QVERIFY(addKey(test->workspace(), mine, QStringLiteral("tester")));
        QVERIFY(appendForged(test->workspace(),
                             QStringLiteral("operator.key_enrolled"),
                             QStringLiteral("tester"),
                             QJsonObject{{QStringLiteral("key_id"), mine.thumbprint()}},
                             mine));
        QCOMPARE(verifyWord(test->workspace()), QStringLiteral("key_changed"));
    }
    {
        // An enrolment forged for an operator who has no key (or for nobody), then entries signed
        // with it: the workspace's operators do not hold that key. No checkpoint is signed over it.
        auto test = populated();
        Workspace& workspace = test->workspace();
        QVERIFY(OperatorService(workspace).add(QStringLiteral("bob"),
                                               QStringLiteral("Bob"),
                                               QStringLiteral("bob@example.com"),
                                               OperatorRole::Approver));
        QVERIFY(addKey(workspace, mine, QStringLiteral("bob")));
        QVERIFY(appendForged(workspace,
                             QStringLiteral("operator.key_enrolled"),
                             QStringLiteral("bob"),
                             QJsonObject{{QStringLiteral("key_id"), mine.thumbprint()}},
                             mine,
                             QStringLiteral("bob")));
        QVERIFY(appendForged(workspace,
                             QStringLiteral("request.approval"),
                             QStringLiteral("7"),
                             {},
                             mine,
                             QStringLiteral("bob")));
        QCOMPARE(verifyWord(workspace), QStringLiteral("key_changed"));
        const qint64 anchored =
            AuditAnchor::readFile(workspace.anchorStore().fileFor(workspace.id()))->sequence;
        const Status refused = workspace.audit().checkpoint();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("fails")),
                 qPrintable(refused.error().message));
        QCOMPARE(AuditAnchor::readFile(workspace.anchorStore().fileFor(workspace.id()))->sequence, anchored);
    }
    {
        // A workspace key swapped in: a new row, the file's key id pointed at it, and a checkpoint
        // it signed over the head.
        auto test = populated();
        Workspace& workspace = test->workspace();
        QVERIFY(addKey(workspace, mine, QStringLiteral("workspace")));
        QVERIFY(exec(workspace,
                     QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'audit_key_id'")
                         .arg(mine.thumbprint())));
        QVERIFY(appendForged(workspace, QStringLiteral("owner.added"), QStringLiteral("x"), {}));
        const qint64 head = workspace.audit().headSequence();
        const QString hash = workspace.audit().entry(head)->entryHash;
        const QByteArray message =
            CanonicalJson::serialize(QJsonObject{{QStringLiteral("entry_hash"), hash},
                                                 {QStringLiteral("sequence"), head},
                                                 {QStringLiteral("workspace"), workspace.trustDomain()}});
        QSqlQuery insert(workspace.database().connection());
        insert.prepare(QStringLiteral("INSERT INTO audit_checkpoints VALUES (?, ?, 0, ?, ?)"));
        insert.addBindValue(head);
        insert.addBindValue(hash);
        insert.addBindValue(mine.thumbprint());
        insert.addBindValue(QString::fromLatin1(mine.sign(message).value().toBase64()));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QCOMPARE(verifyWord(workspace), QStringLiteral("bad_checkpoint"));
        // Without that checkpoint, the file's key id still gives it away.
        QVERIFY(exec(workspace, QStringLiteral("DELETE FROM audit_checkpoints WHERE seq = %1").arg(head)));
        QCOMPARE(verifyWord(workspace), QStringLiteral("key_changed"));
    }
    {
        // A checkpoint row past the end, signed by nobody, is itself named; it does not stop the
        // real checkpoints either.
        auto test = populated();
        Workspace& workspace = test->workspace();
        QVERIFY(
            exec(workspace,
                 QStringLiteral("INSERT INTO audit_checkpoints SELECT 50, entry_hash, 0, key_id, 'AAAA' FROM "
                                "audit_checkpoints LIMIT 1")));
        qint64 at = 0;
        QCOMPARE(verifyWord(workspace, &at), QStringLiteral("bad_checkpoint"));
        QCOMPARE(at, qint64(50));
        QVERIFY(exec(workspace, QStringLiteral("DELETE FROM audit_checkpoints WHERE seq = 50")));
        QVERIFY(appendForged(workspace, QStringLiteral("owner.added"), QStringLiteral("y"), {}));
        QVERIFY(workspace.audit().checkpoint());
        QCOMPARE(workspace.audit().verify()->checkpointedThrough, workspace.audit().headSequence());
    }
    {
        // A trail rewritten behind the anchor is not made good by the next checkpoint: the anchor
        // stays where it was, and the rewrite stays visible.
        auto test = populated();
        Workspace& workspace = test->workspace();
        const qint64 anchored = workspace.audit().headSequence();
        QVERIFY(exec(workspace, QStringLiteral("DELETE FROM audit_entries WHERE seq > 12")));
        QVERIFY(exec(workspace, QStringLiteral("DELETE FROM audit_checkpoints")));
        for (int i = 0; i < 12; ++i) {
            QVERIFY(appendForged(workspace, QStringLiteral("owner.added"), QStringLiteral("z%1").arg(i), {}));
        }
        const Status checkpointed = workspace.audit().checkpoint();
        QVERIFY(!checkpointed);
        QVERIFY2(checkpointed.error().message.contains(QStringLiteral("rewritten")),
                 qPrintable(checkpointed.error().message));
        QCOMPARE(AuditAnchor::readFile(workspace.anchorStore().fileFor(workspace.id()))->sequence, anchored);
        qint64 at = 0;
        QCOMPARE(verifyWord(workspace, &at), QStringLiteral("rewritten"));
        QCOMPARE(at, anchored);
        // Reopening does not move it either.
        test->reopen();
        QCOMPARE(verifyWord(test->workspace()), QStringLiteral("rewritten"));
        // Nor does a first open under an edited id anchor what it finds.
        QVERIFY(exec(test->workspace(),
                     QStringLiteral("UPDATE meta SET value = 'edited' WHERE key = 'workspace_id'")));
        test->reopen();
        QVERIFY(!test->workspace().anchoredAtOpen());
        QVERIFY(!QFile::exists(test->workspace().anchorStore().fileFor(QStringLiteral("edited"))));
    }
}

void TestAuditTrail::anchorFilesAreCheckedBeforeUse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("why");
    const QByteArray good =
        R"({"steward_audit_anchor":1,"workspace_id":"w","workspace_path":"/x","trust_domain":"t.example",)"
        R"("key_id":"k1","sequence":3,"entry_hash":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",)"
        R"("at":"2026-12-01T10:00:00.000Z","signature":"c2lnbmF0dXJl"})";
    QTest::newRow("good") << good << QString();
    QTest::newRow("not JSON") << QByteArray("not json") << QStringLiteral("not a Steward audit anchor");
    QTest::newRow("another document")
        << QByteArray(R"({"Records":[]})") << QStringLiteral("steward_audit_anchor");
    QTest::newRow("over 16 KiB") << QByteArray(good).replace("\"w\"",
                                                             QByteArray('"' + QByteArray(17000, 'w') + '"'))
                                 << QStringLiteral("bytes");
    QTest::newRow("sequence 0") << QByteArray(good).replace("\"sequence\":3", "\"sequence\":0")
                                << QStringLiteral("sequence");
    QTest::newRow("hash in capitals")
        << QByteArray(good).replace("abcdef0123", "ABCDEF0123") << QStringLiteral("entry_hash");
    QTest::newRow("key id that climbs out")
        << QByteArray(good).replace("\"k1\"", "\"../k\"") << QStringLiteral("key_id");
    QTest::newRow("no time") << QByteArray(good).replace("2026-12-01T10:00:00.000Z", "yesterday")
                             << QStringLiteral("\"at\"");
}

void TestAuditTrail::anchorFilesAreCheckedBeforeUse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, why);
    auto anchor = AuditAnchor::fromJson(bytes, QStringLiteral("anchor.json"));
    QCOMPARE(anchor.ok(), why.isEmpty());
    if (!anchor) {
        QCOMPARE(anchor.error().kind, ErrorKind::Invalid);
        QVERIFY2(anchor.error().message.contains(why), qPrintable(anchor.error().message));
        QVERIFY(anchor.error().message.contains(QStringLiteral("anchor.json")));
    }
}

int TestAuditTrail::runRecipe(const QString& folder, QByteArray* output)
{
    QFile script(folder + QStringLiteral("/../recipe.sh"));
    if (!script.open(QIODevice::WriteOnly)) {
        return -1;
    }
    // Taken from VERIFY.md itself, so the instructions an auditor reads are what is tested.
    QFile readme(folder + QStringLiteral("/VERIFY.md"));
    if (!readme.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray text = readme.readAll();
    const qsizetype start = text.indexOf("```sh\n") + 6;
    const qsizetype end = text.indexOf("```", start);
    script.write(text.mid(start, end - start));
    script.close();
    QProcess shell;
    shell.setWorkingDirectory(folder);
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(QStringLiteral("sh"), {script.fileName()});
    shell.waitForFinished(120000);
    *output = shell.readAll();
    return shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
}

void TestAuditTrail::exportVerifiesWithOpenssl()
{
    auto test = populated();
    Workspace& workspace = test->workspace();
    const QString folder = test->dir() + QStringLiteral("/export");
    auto written = AuditExporter::exportTo(workspace.audit(), folder);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(written.value(), workspace.audit().headSequence());
    QByteArray output;
    QCOMPARE(runRecipe(folder, &output), 0);
    QVERIFY2(output.contains("verified 20 entries and 1 checkpoints"), output.constData());

    // One byte changed in one entry line: the recipe names that entry's successor link or its own check.
    QFile entries(folder + QStringLiteral("/entries.jsonl"));
    QVERIFY(entries.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = entries.readAll().split('\n');
    entries.close();
    lines[5].replace("\"operator\":\"tester\"", "\"operator\":\"mallory\"");
    QVERIFY(entries.open(QIODevice::WriteOnly | QIODevice::Truncate));
    entries.write(lines.join('\n'));
    entries.close();
    QVERIFY(runRecipe(folder, &output) != 0);
    QVERIFY2(output.contains("entry 7: does not follow") || output.contains("entry 6: bad signature"),
             output.constData());
}

void TestAuditTrail::exportRefusesAFullFolder()
{
    auto test = populated();
    const QString folder = test->dir() + QStringLiteral("/full");
    QVERIFY(QDir().mkpath(folder));
    QFile existing(folder + QStringLiteral("/keep.txt"));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    auto written = AuditExporter::exportTo(test->workspace().audit(), folder);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, ErrorKind::Refused);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
}

void TestAuditTrail::exportWritesOnlyInsideItsFolder_data()
{
    QTest::addColumn<QString>("tamper");
    // Key ids come from the workspace being audited; one that is a path must not become one.
    QTest::newRow("a key id that climbs out")
        << QStringLiteral("INSERT INTO audit_keys (key_id, holder, public_key, created_at) "
                          "VALUES ('../../escaped', 'mallory', 'not a key', 0)");
    QTest::newRow("an entry's key id with a space")
        << QStringLiteral("UPDATE audit_entries SET key_id = 'a b' WHERE seq = 2");
    QTest::newRow("a signature with a glob")
        << QStringLiteral("UPDATE audit_entries SET key_id = 'abc', signature = '*' WHERE seq = 2");
    QTest::newRow("a checkpoint's key id that climbs out")
        << QStringLiteral("UPDATE audit_checkpoints SET key_id = '../x'");
}

void TestAuditTrail::exportWritesOnlyInsideItsFolder()
{
    QFETCH(QString, tamper);
    auto test = populated();
    QSqlQuery sql(test->workspace().database().connection());
    QVERIFY2(sql.exec(tamper), qPrintable(sql.lastError().text()));
    const QString folder = test->dir() + QStringLiteral("/nested/export");
    auto written = AuditExporter::exportTo(test->workspace().audit(), folder);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, ErrorKind::Refused);
    QVERIFY2(written.error().message.contains(QStringLiteral("audit verify")),
             qPrintable(written.error().message));
    QVERIFY(!QFile::exists(test->dir() + QStringLiteral("/escaped.pem")));
    QVERIFY(!QFile::exists(test->dir() + QStringLiteral("/nested/x.pem")));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"

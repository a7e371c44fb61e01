// SPDX-License-Identifier: Apache-2.0
// The workspace as an issuing authority, below the CLI: SVID renewal and what it refuses, which
// client certificates it still vouches for across intermediate rotations, and the workspace
// identifier the keychain entry is named by.
#include "identity/clientcertificateverifier.h"
#include "identity/identityservice.h"
#include "model/request.h"
#include "testworkspace.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestIdentityService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renewalKeepsKeyAndIdentity();
    void renewalRefusals();
    void renewalOfAnSvidWithoutItsCertificate();
    void clientCertificatesAcrossIntermediateRotations();
    void workspaceIdIsStableAndBackfilled();
    void tokenChecksFailClosed();
    void crlNumbersAreNeverGuessed();

private:
    static int openssl(const QStringList& arguments, const QString& dir);
    // A CSR made by the openssl command, as an agent would make it.
    static QByteArray csrFor(const QString& spiffeId,
                             const QStringList& keyArgs = {QStringLiteral("-algorithm"),
                                                           QStringLiteral("ed25519")});
};

namespace {
const QByteArray kPassphrase = "service test passphrase";
}

QByteArray TestIdentityService::csrFor(const QString& spiffeId, const QStringList& keyArgs)
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString csr = dir.filePath(QStringLiteral("req.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  QStringList{QStringLiteral("genpkey")} + keyArgs +
                      QStringList{QStringLiteral("-out"), key});
    openssl.waitForFinished();
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"),
                   QStringLiteral("-new"),
                   QStringLiteral("-key"),
                   key,
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=agent"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=URI:") + spiffeId,
                   QStringLiteral("-out"),
                   csr});
    openssl.waitForFinished();
    QFile file(csr);
    if (openssl.exitCode() != 0 || !file.open(QIODevice::ReadOnly)) {
        qFatal("openssl could not make a CSR: %s", openssl.readAllStandardError().constData());
    }
    return file.readAll();
}

int TestIdentityService::openssl(const QStringList& arguments, const QString& dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("openssl"), arguments);
    process.waitForFinished();
    if (process.exitCode() != 0) {
        qWarning("openssl %s: %s",
                 qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    }
    return process.exitCode();
}

void TestIdentityService::renewalKeepsKeyAndIdentity()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    const Agent agent = test.addAgent(QStringLiteral("bot"), owner.id);
    IdentityService identity(test.workspace());
    QVERIFY(identity.initCertificateAuthority(kPassphrase));
    const QByteArray csr = csrFor(agent.spiffeId,
                                  {QStringLiteral("-algorithm"),
                                   QStringLiteral("EC"),
                                   QStringLiteral("-pkeyopt"),
                                   QStringLiteral("ec_paramgen_curve:P-256")});
    const QJsonObject key = CertificateRequest::parse(csr)->publicKey()->publicJwk();
    auto first = identity.issueSvid(QStringLiteral("bot"), csr, 600, true, kPassphrase);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));

    test.advance(300);
    auto renewed = identity.renewSvid(first->serialHex(), 3600, kPassphrase);
    QVERIFY2(renewed, qPrintable(renewed ? QString() : renewed.error().message));
    QVERIFY(renewed->serialHex() != first->serialHex());
    QCOMPARE(renewed->uriSans(), QStringList{agent.spiffeId});
    QCOMPARE(renewed->publicKey()->publicJwk(), key);
    QVERIFY(renewed->allowsServerAuth());
    QCOMPARE(renewed->notAfter(), test.now().addSecs(3600));

    // The renewal is recorded with its certificate, and the old SVID is left to expire.
    auto record = test.workspace().credentials().find(CredentialKind::X509Svid, renewed->serialHex());
    QVERIFY(record);
    QCOMPARE(record->agentId, agent.id);
    QCOMPARE(test.workspace().credentials().certificatePem(renewed->serialHex()).value(), renewed->toPem());
    QVERIFY(!test.workspace().credentials().find(CredentialKind::X509Svid, first->serialHex())->isRevoked());

    // A client-only SVID renews as client-only.
    auto clientOnly = identity.issueSvid(QStringLiteral("bot"), csr, 600, false, kPassphrase);
    QVERIFY(clientOnly);
    QVERIFY(!clientOnly->allowsServerAuth());
    QVERIFY(!identity.renewSvid(clientOnly->serialHex(), 600, kPassphrase)->allowsServerAuth());
}

void TestIdentityService::renewalRefusals()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    const Agent agent = test.addAgent(QStringLiteral("bot"), owner.id);
    IdentityService identity(test.workspace());
    QVERIFY(identity.initCertificateAuthority(kPassphrase));
    auto svid = identity.issueSvid(QStringLiteral("bot"), csrFor(agent.spiffeId), 600, false, kPassphrase);
    QVERIFY(svid);
    const QString before = TestWorkspace::snapshot(test.workspace());

    QCOMPARE(identity.renewSvid(QStringLiteral("00"), 600, kPassphrase).error().kind, ErrorKind::NotFound);
    QCOMPARE(identity.renewSvid(svid->serialHex(), 25 * 3600, kPassphrase).error().kind, ErrorKind::Refused);
    QVERIFY(!identity.renewSvid(svid->serialHex(), 600, "wrong passphrase"));
    QCOMPARE(TestWorkspace::snapshot(test.workspace()), before);
    // A revocation says why, whoever calls it: the audit trail keeps the reason.
    for (const QString& reason : {QString(), QStringLiteral("  \n ")}) {
        const Status unexplained = identity.revokeSvid(svid->serialHex(), reason);
        QVERIFY(!unexplained);
        QCOMPARE(unexplained.error().kind, ErrorKind::Invalid);
        QCOMPARE(identity.revokeToken(QStringLiteral("any-jti"), reason).error().kind, ErrorKind::Invalid);
    }
    QCOMPARE(TestWorkspace::snapshot(test.workspace()), before);

    QVERIFY(identity.revokeSvid(svid->serialHex(), QStringLiteral("key leaked")));
    auto revoked = identity.renewSvid(svid->serialHex(), 600, kPassphrase);
    QCOMPARE(revoked.error().kind, ErrorKind::Refused);
    QVERIFY(revoked.error().message.contains(QStringLiteral("new CSR")));
}

void TestIdentityService::renewalOfAnSvidWithoutItsCertificate()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    const Agent agent = test.addAgent(QStringLiteral("bot"), owner.id);
    IdentityService identity(test.workspace());
    QVERIFY(identity.initCertificateAuthority(kPassphrase));
    auto svid = identity.issueSvid(QStringLiteral("bot"), csrFor(agent.spiffeId), 600, false, kPassphrase);
    QVERIFY(svid);
    // As recorded by a Steward from before migration 3.
    QSqlQuery clear(test.workspace().database().connection());
    QVERIFY(clear.exec(QStringLiteral("UPDATE credentials SET certificate = ''")));
    const QString before = TestWorkspace::snapshot(test.workspace());
    auto renewed = identity.renewSvid(svid->serialHex(), 600, kPassphrase);
    QVERIFY(!renewed);
    QCOMPARE(renewed.error().kind, ErrorKind::Refused);
    QVERIFY(renewed.error().message.contains(QStringLiteral("CSR")));
    QCOMPARE(TestWorkspace::snapshot(test.workspace()), before);
}

void TestIdentityService::clientCertificatesAcrossIntermediateRotations()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    const Agent bot = test.addAgent(QStringLiteral("bot"), owner.id);
    const Agent other = test.addAgent(QStringLiteral("other"), owner.id);
    IdentityService identity(test.workspace());
    QVERIFY(identity.initCertificateAuthority(kPassphrase));
    const ClientCertificateVerifier verifier(test.workspace());
    auto first = identity.issueSvid(QStringLiteral("bot"), csrFor(bot.spiffeId), 3600, false, kPassphrase);
    QVERIFY(first);
    const QByteArray firstIntermediate = identity.chain()->intermediate.toPem();
    auto accepted = verifier.verify({first->toPem()});
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
    QCOMPARE(accepted->spiffeId, bot.spiffeId);
    QCOMPARE(accepted->agentName, QStringLiteral("bot"));

    // Rotated: what the old intermediate issued still works until it expires, the leaf alone or
    // with its intermediate, and so does what the new one issues.
    QVERIFY(identity.rotateIntermediate(kPassphrase));
    QCOMPARE(identity.issuingIntermediates()->size(), 2);
    accepted = verifier.verify({first->toPem()});
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
    QVERIFY(verifier.verify({first->toPem(), firstIntermediate}));
    auto second = identity.issueSvid(QStringLiteral("bot"), csrFor(bot.spiffeId), 3600, false, kPassphrase);
    QVERIFY(second);
    QVERIFY(verifier.verify({second->toPem()}));

    // Rotated again: the first intermediate is retired, and a client that still sends it along
    // with its leaf is refused.
    QVERIFY(identity.rotateIntermediate(kPassphrase));
    QCOMPARE(identity.issuingIntermediates()->size(), 2);
    auto refused = verifier.verify({first->toPem(), firstIntermediate});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("not one this workspace issued")),
             qPrintable(refused.error().message));
    QVERIFY(verifier.verify({second->toPem()}));

    // Someone holding the current intermediate's key makes a certificate under an issued serial that
    // names another agent, with the openssl command. It chains, but it is not the certificate on
    // record under that serial. The openssl command dates it by the real clock, so the workspace's
    // clock catches up first.
    if (const qint64 behind = test.now().secsTo(QDateTime::currentDateTimeUtc()); behind > 0) {
        test.advance(behind + 60);
    }
    auto third = identity.issueSvid(QStringLiteral("bot"), csrFor(bot.spiffeId), 3600, false, kPassphrase);
    QVERIFY(third);
    QTemporaryDir dir;
    const QString d = dir.path();
    auto authority = test.workspace().credentials().currentAuthority(QStringLiteral("intermediate"));
    QVERIFY(authority);
    QFile encrypted(dir.filePath(QStringLiteral("intermediate.enc")));
    QVERIFY(encrypted.open(QIODevice::WriteOnly));
    encrypted.write(authority->encryptedKey);
    encrypted.close();
    QFile intermediate(dir.filePath(QStringLiteral("intermediate.pem")));
    QVERIFY(intermediate.open(QIODevice::WriteOnly));
    intermediate.write(authority->certificatePem);
    intermediate.close();
    QCOMPARE(openssl({QStringLiteral("pkey"),
                      QStringLiteral("-in"),
                      QStringLiteral("intermediate.enc"),
                      QStringLiteral("-passin"),
                      QStringLiteral("pass:") + QString::fromLatin1(kPassphrase),
                      QStringLiteral("-out"),
                      QStringLiteral("intermediate.key")},
                     d),
             0);
    QFile extensions(dir.filePath(QStringLiteral("ext.cnf")));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature\nsubjectAltName=URI:" +
                     other.spiffeId.toUtf8() + "\n");
    extensions.close();
    QFile csr(dir.filePath(QStringLiteral("forged.csr")));
    QVERIFY(csr.open(QIODevice::WriteOnly));
    csr.write(csrFor(other.spiffeId));
    csr.close();
    QCOMPARE(openssl({QStringLiteral("x509"),
                      QStringLiteral("-req"),
                      QStringLiteral("-in"),
                      QStringLiteral("forged.csr"),
                      QStringLiteral("-CA"),
                      QStringLiteral("intermediate.pem"),
                      QStringLiteral("-CAkey"),
                      QStringLiteral("intermediate.key"),
                      QStringLiteral("-set_serial"),
                      QStringLiteral("0x") + third->serialHex(),
                      QStringLiteral("-days"),
                      QStringLiteral("1"),
                      QStringLiteral("-extfile"),
                      QStringLiteral("ext.cnf"),
                      QStringLiteral("-out"),
                      QStringLiteral("forged.pem")},
                     d),
             0);
    QFile forged(dir.filePath(QStringLiteral("forged.pem")));
    QVERIFY(forged.open(QIODevice::ReadOnly));
    const QByteArray forgedPem = forged.readAll();
    QCOMPARE(Certificate::fromPem(forgedPem)->serialHex(), third->serialHex());
    refused = verifier.verify({forgedPem});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("not the certificate this workspace issued")),
             qPrintable(refused.error().message));
    accepted = verifier.verify({third->toPem()});
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
}

void TestIdentityService::workspaceIdIsStableAndBackfilled()
{
    TestWorkspace test;
    const QString id = test.workspace().id();
    QCOMPARE(id.size(), 32);
    test.reopen();
    QCOMPARE(test.workspace().id(), id);
    TestWorkspace other;
    QVERIFY(other.workspace().id() != id);

    QSqlQuery drop(test.workspace().database().connection());
    QVERIFY(drop.exec(QStringLiteral("DELETE FROM meta WHERE key = 'workspace_id'")));
    test.reopen();
    const QString backfilled = test.workspace().id();
    QCOMPARE(backfilled.size(), 32);
    QVERIFY(backfilled != id);
    test.reopen();
    QCOMPARE(test.workspace().id(), backfilled);
}

QTEST_GUILESS_MAIN(TestIdentityService)
#include "tst_identityservice.moc"

void TestIdentityService::tokenChecksFailClosed()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    test.addAgent(QStringLiteral("bot"), owner.id);
    IdentityService identity(test.workspace());
    QVERIFY(identity.ensureSigningKey(kPassphrase));
    test.grant(QStringLiteral("bot"), QStringLiteral("read s3://a/** classification<=internal"));
    IdentityService::MintRequest mint;
    mint.agent = QStringLiteral("bot");
    mint.audience = QStringLiteral("api");
    mint.scope = {QStringLiteral("read s3://a/x classification<=internal")};
    const auto token = identity.mintToken(mint, kPassphrase);
    QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
    QVERIFY(identity.verifyToken(token->compact, QStringLiteral("api")).accepted);

    // The revocation list cannot be read: the token is refused, and the refusal says why.
    QSqlQuery sql(test.workspace().database().connection());
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE credentials RENAME TO credentials_away")));
    auto outcome = identity.verifyToken(token->compact, QStringLiteral("api"));
    QVERIFY(!outcome.accepted);
    QCOMPARE(outcome.reason, QStringLiteral("revocation_unavailable"));
    QVERIFY2(outcome.detail.contains(QStringLiteral("read the credential")), qPrintable(outcome.detail));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE credentials_away RENAME TO credentials")));
    QVERIFY(identity.verifyToken(token->compact, QStringLiteral("api")).accepted);

    // The agents cannot be read: refused too, not "unknown agent".
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE agents RENAME TO agents_away")));
    outcome = identity.verifyToken(token->compact, QStringLiteral("api"));
    QCOMPARE(outcome.reason, QStringLiteral("revocation_unavailable"));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE agents_away RENAME TO agents")));

    // The signing keys cannot be read: that is what the refusal names, not an unknown key id.
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE signing_keys RENAME TO signing_keys_away")));
    outcome = identity.verifyToken(token->compact, QStringLiteral("api"));
    QVERIFY(!outcome.accepted);
    QCOMPARE(outcome.reason, QStringLiteral("keys_unavailable"));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE signing_keys_away RENAME TO signing_keys")));

    // A longest lifetime that does not read is no reason to mint with the default.
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('token_max_ttl_seconds', 'lots') "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
    const auto refused = identity.mintToken(mint, kPassphrase);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("lots")), qPrintable(refused.error().message));
}

void TestIdentityService::crlNumbersAreNeverGuessed()
{
    TestWorkspace test;
    IdentityService identity(test.workspace());
    QVERIFY(identity.initCertificateAuthority(kPassphrase));
    QVERIFY(identity.crl(kPassphrase));
    QCOMPARE(test.workspace().database().meta(QStringLiteral("crl_number")).value(), QStringLiteral("1"));

    QVERIFY(identity.crl(kPassphrase));
    QCOMPARE(test.workspace().database().meta(QStringLiteral("crl_number")).value(), QStringLiteral("2"));

    // A damaged number is an error, not a fresh start at 1 (numbers must only grow).
    QSqlQuery damage(test.workspace().database().connection());
    QVERIFY(damage.exec(QStringLiteral("UPDATE meta SET value = 'x' WHERE key = 'crl_number'")));
    auto crl = identity.crl(kPassphrase);
    QVERIFY(!crl);
    QVERIFY(crl.error().message.contains(QStringLiteral("CRL number")));
}

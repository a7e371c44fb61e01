// SPDX-License-Identifier: Apache-2.0
// Runs inside tests/with-secret-service.sh: a private D-Bus session with a real gnome-keyring.
// secret-tool (libsecret) is the independent reader and writer on the other side.
#include "activity/connectorsecret.h"
#include "activity/connectorservice.h"
#include "identity/identityservice.h"
#include "identity/passphrasekeychain.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripSeenBySecretTool();
    void readsWhatSecretToolStored();
    void forgetIsIdempotent();
    void refusesWhatItCannotHoldFaithfully();
    void turnedOffByEnvironment();
    void cliRemembersOnlyAWorkingPassphrase();
    void connectorSecretInKeychain();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QString& program, const QStringList& args, const QByteArray& input = {});
    Run cli(const QStringList& args, const QString& passphrase = QString()) const;

    QTemporaryDir m_dir;
};

TestKeychain::Run TestKeychain::run(const QString& program, const QStringList& args, const QByteArray& input)
{
    QProcess process;
    // No controlling terminal: a passphrase prompt must fail rather than wait.
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        qWarning("%s timed out", qPrintable(program));
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(),
               process.readAllStandardError()};
}

TestKeychain::Run TestKeychain::cli(const QStringList& args, const QString& passphrase) const
{
    qunsetenv("STEWARD_PASSPHRASE");
    if (!passphrase.isEmpty()) {
        qputenv("STEWARD_PASSPHRASE", passphrase.toUtf8());
    }
    QStringList full{QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("k.steward"))};
    full << args;
    const Run result = run(QStringLiteral(STEWARD_CLI_PATH), full);
    qunsetenv("STEWARD_PASSPHRASE");
    return result;
}

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run this test through tests/with-secret-service.sh");
    qunsetenv("STEWARD_NO_KEYCHAIN");
}

void TestKeychain::roundTripSeenBySecretTool()
{
    const QString id = QStringLiteral("roundtrip");
    const QByteArray passphrase = "correct horse \xc3\xa9 battery";
    QVERIFY(PassphraseKeychain::write(id, passphrase));
    auto read = PassphraseKeychain::read(id);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->view(), QByteArrayView(passphrase));

    const Run lookup = run(QStringLiteral("secret-tool"),
                           {QStringLiteral("lookup"),
                            QStringLiteral("server"),
                            PassphraseKeychain::service(),
                            QStringLiteral("user"),
                            PassphraseKeychain::entryKey(id)});
    QCOMPARE(lookup.code, 0);
    QCOMPARE(lookup.out, passphrase);
}

void TestKeychain::readsWhatSecretToolStored()
{
    const QString id = QStringLiteral("stored-elsewhere");
    const Run store = run(QStringLiteral("secret-tool"),
                          {QStringLiteral("store"),
                           QStringLiteral("--label"),
                           QStringLiteral("Steward"),
                           QStringLiteral("server"),
                           PassphraseKeychain::service(),
                           QStringLiteral("user"),
                           PassphraseKeychain::entryKey(id),
                           QStringLiteral("type"),
                           QStringLiteral("plaintext")},
                          "from secret-tool");
    QVERIFY2(store.code == 0, store.err.constData());
    auto read = PassphraseKeychain::read(id);
    QVERIFY(read);
    QCOMPARE(read->view(), QByteArrayView("from secret-tool"));
}

void TestKeychain::forgetIsIdempotent()
{
    const QString id = QStringLiteral("forget");
    QVERIFY(PassphraseKeychain::write(id, "to be forgotten"));
    QVERIFY(PassphraseKeychain::forget(id));
    auto read = PassphraseKeychain::read(id);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, ErrorKind::NotFound);
    QVERIFY(PassphraseKeychain::forget(id));
    const Run lookup = run(QStringLiteral("secret-tool"),
                           {QStringLiteral("lookup"),
                            QStringLiteral("server"),
                            PassphraseKeychain::service(),
                            QStringLiteral("user"),
                            PassphraseKeychain::entryKey(id)});
    QVERIFY(lookup.code != 0);
}

void TestKeychain::refusesWhatItCannotHoldFaithfully()
{
    const QString id = QStringLiteral("refused");
    const Status empty = PassphraseKeychain::write(id, "");
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, ErrorKind::Invalid);
    const Status binary = PassphraseKeychain::write(id, QByteArray("\xff\xfe not text", 11));
    QVERIFY(!binary);
    QCOMPARE(binary.error().kind, ErrorKind::Invalid);
    QCOMPARE(PassphraseKeychain::read(id).error().kind, ErrorKind::NotFound);
}

void TestKeychain::turnedOffByEnvironment()
{
    const QString id = QStringLiteral("off");
    QVERIFY(PassphraseKeychain::write(id, "kept"));
    qputenv("STEWARD_NO_KEYCHAIN", "1");
    auto read = PassphraseKeychain::read(id);
    const Status write = PassphraseKeychain::write(id, "replaced");
    qunsetenv("STEWARD_NO_KEYCHAIN");
    QVERIFY(!read);
    QCOMPARE(read.error().kind, ErrorKind::Refused);
    QVERIFY(!write);
    QCOMPARE(PassphraseKeychain::read(id)->view(), QByteArrayView("kept"));
}

void TestKeychain::cliRemembersOnlyAWorkingPassphrase()
{
    const QString passphrase = QStringLiteral("workspace passphrase");
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--trust-domain"), QStringLiteral("acme.example")},
                 passphrase)
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("owner"),
                  QStringLiteral("add"),
                  QStringLiteral("--name"),
                  QStringLiteral("Ann"),
                  QStringLiteral("--email"),
                  QStringLiteral("ann@example.com"),
                  QStringLiteral("--team"),
                  QStringLiteral("Payments")})
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("add"),
                  QStringLiteral("bot"),
                  QStringLiteral("--owner"),
                  QStringLiteral("1"),
                  QStringLiteral("--purpose"),
                  QStringLiteral("p")})
                 .code,
             0);
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("k.steward")));
        QVERIFY(opened);
        TestWorkspace::grantIn(*opened.value(),
                               QStringLiteral("bot"),
                               QStringLiteral("read s3://a/** classification<=internal"));
    }
    const QStringList mint{QStringLiteral("token"),
                           QStringLiteral("mint"),
                           QStringLiteral("--agent"),
                           QStringLiteral("bot"),
                           QStringLiteral("--aud"),
                           QStringLiteral("api"),
                           QStringLiteral("--scope"),
                           QStringLiteral("read s3://a/** classification<=internal")};
    const QStringList status{QStringLiteral("--json"), QStringLiteral("keychain"), QStringLiteral("status")};

    // Without a terminal, an environment variable or a remembered passphrase there is no way in.
    Run refused = cli(mint);
    QCOMPARE(refused.code, 3);
    QVERIFY(refused.err.contains("keychain remember"));

    // A wrong passphrase is refused and nothing is stored.
    QCOMPARE(cli({QStringLiteral("keychain"), QStringLiteral("remember")}, QStringLiteral("wrong")).code, 3);
    QJsonObject state = QJsonDocument::fromJson(cli(status).out).object();
    QVERIFY(state.value(QStringLiteral("available")).toBool());
    QVERIFY(!state.value(QStringLiteral("remembered")).toBool());

    const Run remembered = cli({QStringLiteral("keychain"), QStringLiteral("remember")}, passphrase);
    QVERIFY2(remembered.code == 0, remembered.err.constData());
    state = QJsonDocument::fromJson(cli(status).out).object();
    QVERIFY(state.value(QStringLiteral("remembered")).toBool());
    QVERIFY(state.value(QStringLiteral("opens_keys")).toBool());
    const Run lookup = run(QStringLiteral("secret-tool"),
                           {QStringLiteral("lookup"),
                            QStringLiteral("server"),
                            QStringLiteral("Steward"),
                            QStringLiteral("user"),
                            state.value(QStringLiteral("entry")).toString()});
    QCOMPARE(lookup.out, passphrase.toUtf8());

    // Now the passphrase comes from the keychain.
    const Run minted = cli(mint);
    QVERIFY2(minted.code == 0, minted.err.constData());
    QCOMPARE(minted.out.count('.'), 2);

    // Changed behind Steward's back: still no key opens, and status says why.
    run(QStringLiteral("secret-tool"),
        {QStringLiteral("store"),
         QStringLiteral("--label"),
         QStringLiteral("Steward"),
         QStringLiteral("server"),
         QStringLiteral("Steward"),
         QStringLiteral("user"),
         state.value(QStringLiteral("entry")).toString(),
         QStringLiteral("type"),
         QStringLiteral("plaintext")},
        "stale");
    state = QJsonDocument::fromJson(cli(status).out).object();
    QVERIFY(state.value(QStringLiteral("remembered")).toBool());
    QVERIFY(!state.value(QStringLiteral("opens_keys")).toBool());
    QCOMPARE(cli(mint).code, 3);

    QCOMPARE(cli({QStringLiteral("keychain"), QStringLiteral("forget")}).code, 0);
    state = QJsonDocument::fromJson(cli(status).out).object();
    QVERIFY(!state.value(QStringLiteral("remembered")).toBool());
    QCOMPARE(cli(mint).code, 3);
}

void TestKeychain::connectorSecretInKeychain()
{
    TestWorkspace test;
    ConnectorService service(test.workspace());
    auto connector =
        service.add(QStringLiteral("api"),
                    QStringLiteral("http"),
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("https://audit.example/api")},
                                {QStringLiteral("record_format"), QStringLiteral("k8s")}});
    QVERIFY(connector);
    QVERIFY(service.setSecret(QStringLiteral("api"), "bearer-in-keychain", ConnectorSecret::Store::Keychain));
    const QString key = ConnectorSecret::keychainKey(test.workspace().id(), connector->id);
    const Run lookup = run(QStringLiteral("secret-tool"),
                           {QStringLiteral("lookup"),
                            QStringLiteral("server"),
                            PassphraseKeychain::service(),
                            QStringLiteral("user"),
                            key});
    QCOMPARE(lookup.code, 0);
    QCOMPARE(lookup.out, QByteArray("bearer-in-keychain"));
    auto stored = test.workspace().connectors().byName(QStringLiteral("api")).value();
    // The keychain store never asks for the passphrase.
    auto read = ConnectorSecret::read(test.workspace(), stored, {});
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->view(), QByteArrayView("bearer-in-keychain"));
    QVERIFY(!TestWorkspace::snapshot(test.workspace()).contains(QStringLiteral("bearer-in-keychain")));

    // Moved into the workspace, it leaves the keychain.
    QVERIFY(IdentityService(test.workspace()).ensureSigningKey("pass"));
    QVERIFY(
        service.setSecret(QStringLiteral("api"), "now-sealed", ConnectorSecret::Store::Workspace, "pass"));
    const Run gone = run(QStringLiteral("secret-tool"),
                         {QStringLiteral("lookup"),
                          QStringLiteral("server"),
                          PassphraseKeychain::service(),
                          QStringLiteral("user"),
                          key});
    QVERIFY(gone.code != 0);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

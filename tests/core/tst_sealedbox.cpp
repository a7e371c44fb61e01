// SPDX-License-Identifier: Apache-2.0
// Sealed secrets, opened by Python's cryptography package (scrypt and AES-GCM from another
// implementation) as well as by ourselves, and connector secrets sealed in a real workspace.
#include "activity/connectorsecret.h"
#include "activity/connectorservice.h"
#include "crypto/sealedbox.h"
#include "identity/identityservice.h"
#include "testworkspace.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

class TestSealedBox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void openedByPythonCryptography();
    void refusesWhatDoesNotOpen_data();
    void refusesWhatDoesNotOpen();
    void connectorSecretInWorkspace();
};

void TestSealedBox::roundTrip()
{
    auto box = SealedBox::seal("token-123", "passphrase", "where");
    QVERIFY(box);
    QVERIFY(!box->contains("token-123"));
    auto other = SealedBox::seal("token-123", "passphrase", "where");
    QVERIFY(box.value() != other.value()); // a fresh salt and nonce each time
    auto opened = SealedBox::open(box.value(), "passphrase", "where");
    QVERIFY(opened);
    QCOMPARE(opened->view(), QByteArrayView("token-123"));
    QVERIFY(!SealedBox::seal(QByteArray(SealedBox::kMaxPlaintext + 1, 'x'), "p", {}));
    QVERIFY(!SealedBox::seal("x", "", {}));
}

void TestSealedBox::openedByPythonCryptography()
{
    const QByteArray secret = "client secret \xc3\xa9";
    auto box = SealedBox::seal(secret, "workspace passphrase", "steward connector secret:w:1");
    QVERIFY(box);
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sys\n"
                        "from cryptography.hazmat.primitives.kdf.scrypt import Scrypt\n"
                        "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n"
                        "box = bytes.fromhex(sys.stdin.read())\n"
                        "assert box[:4] == b'SBX1'\n"
                        "n, r, p = 1 << box[4], box[5], box[6]\n"
                        "salt, nonce, rest = box[7:23], box[23:35], box[35:]\n"
                        "key = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(b'workspace passphrase')\n"
                        "plain = AESGCM(key).decrypt(nonce, rest, b'steward connector secret:w:1')\n"
                        "sys.stdout.buffer.write(plain)\n")});
    python.write(box->toHex());
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QCOMPARE(python.readAllStandardOutput(), secret);
}

void TestSealedBox::refusesWhatDoesNotOpen_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<int>("flip"); // a byte of the box to change; -1 for none
    QTest::addColumn<QString>("expected");
    const QString unopened = QStringLiteral("does not open");
    QTest::newRow("wrong passphrase") << QByteArray("not it") << QByteArray("here") << -1 << unopened;
    QTest::newRow("moved elsewhere") << QByteArray("pass") << QByteArray("there") << -1 << unopened;
    QTest::newRow("ciphertext changed") << QByteArray("pass") << QByteArray("here") << 40 << unopened;
    QTest::newRow("tag changed") << QByteArray("pass") << QByteArray("here") << -2 << unopened;
    QTest::newRow("salt changed") << QByteArray("pass") << QByteArray("here") << 10 << unopened;
    QTest::newRow("not a box") << QByteArray("pass") << QByteArray("here") << 0
                               << QStringLiteral("not a sealed");
    QTest::newRow("absurd cost") << QByteArray("pass") << QByteArray("here") << 4
                                 << QStringLiteral("out of range");
}

void TestSealedBox::refusesWhatDoesNotOpen()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, aad);
    QFETCH(int, flip);
    QFETCH(QString, expected);
    QByteArray box = SealedBox::seal("the secret token", "pass", "here").value();
    if (flip == 4) {
        box[4] = char(40);
    } else if (flip != -1) {
        const qsizetype at = flip < 0 ? box.size() + flip : flip;
        box[at] = char(box.at(at) ^ 0x01);
    }
    auto opened = SealedBox::open(box, passphrase, aad);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(expected), qPrintable(opened.error().message));
    QVERIFY(!SealedBox::open(box.left(20), "pass", "here"));
}

void TestSealedBox::connectorSecretInWorkspace()
{
    TestWorkspace test;
    QVERIFY(IdentityService(test.workspace()).ensureSigningKey("the passphrase"));
    ConnectorService service(test.workspace());
    const QJsonObject settings{{QStringLiteral("url"), QStringLiteral("https://audit.example/api")},
                               {QStringLiteral("record_format"), QStringLiteral("k8s")}};
    auto first = service.add(QStringLiteral("one"), QStringLiteral("http"), settings).value();
    auto second = service.add(QStringLiteral("two"), QStringLiteral("http"), settings).value();
    QCOMPARE(ConnectorSecret::read(test.workspace(), first, {}).error().kind, ErrorKind::NotFound);

    QVERIFY(service.setSecret(
        QStringLiteral("one"), "tok-one", ConnectorSecret::Store::Workspace, "the passphrase"));
    QVERIFY(service.setSecret(
        QStringLiteral("two"), "tok-two", ConnectorSecret::Store::Workspace, "the passphrase"));
    first = test.workspace().connectors().byId(first.id).value();
    second = test.workspace().connectors().byId(second.id).value();
    QCOMPARE(first.settings.value(u"secret_store").toString(), QStringLiteral("workspace"));
    const auto passphrase = []() -> Result<SecretBytes> { return SecretBytes("the passphrase"); };
    QCOMPARE(ConnectorSecret::read(test.workspace(), first, passphrase)->view(), QByteArrayView("tok-one"));
    // Nothing in plain text anywhere in the file, and the trail says a secret was set, not which.
    test.reopen();
    QVERIFY(!TestWorkspace::snapshot(test.workspace()).contains(QStringLiteral("tok-one")));
    QFile file(test.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("tok-one"));

    const auto wrong = []() -> Result<SecretBytes> { return SecretBytes("not it"); };
    QVERIFY(!ConnectorSecret::read(test.workspace(), first, wrong));
    const auto none = []() -> Result<SecretBytes> {
        return Error{ErrorKind::Refused, QStringLiteral("no tty")};
    };
    auto refused = ConnectorSecret::read(test.workspace(), first, none);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("workspace passphrase")));

    // One connector's box copied onto the other's row does not open there.
    QSqlQuery swap(test.workspace().database().connection());
    QVERIFY(swap.exec(
        QStringLiteral("UPDATE connector_secrets SET sealed = (SELECT sealed FROM connector_secrets "
                       "WHERE connector_id = %1) WHERE connector_id = %2")
            .arg(first.id)
            .arg(second.id)));
    QVERIFY(!ConnectorSecret::read(test.workspace(), second, passphrase));

    // A wrong workspace passphrase is refused before anything is sealed with it.
    const Status typo =
        ConnectorService(test.workspace())
            .setSecret(QStringLiteral("one"), "tok-new", ConnectorSecret::Store::Workspace, "a typo");
    QVERIFY(!typo);
    QCOMPARE(ConnectorSecret::read(test.workspace(), first, passphrase)->view(), QByteArrayView("tok-one"));
}

QTEST_GUILESS_MAIN(TestSealedBox)
#include "tst_sealedbox.moc"

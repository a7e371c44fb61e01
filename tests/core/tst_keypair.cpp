// SPDX-License-Identifier: Apache-2.0
// Keys, JOSE signatures and encrypted key files, checked against the RFC examples and against
// the openssl command as an independent implementation.
#include "crypto/base64url.h"
#include "crypto/cryptoselftest.h"
#include "crypto/keypair.h"

#include <openssl/ecdsa.h>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestKeyPair final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfTestPasses();
    void signAndVerify_data();
    void signAndVerify();
    void rfc8037AppendixA();
    void rfc7515AppendixA3();
    void derSignatureIsRefused();
    void jwkRoundTrip_data();
    void jwkRoundTrip();
    void badJwks_data();
    void badJwks();
    void shortEcCoordinatesWidened();
    void encryptedPemRoundTrip();
    void encryptedPemRefusals();
    void opensslReadsOurEncryptedKey();
    void weReadOpensslEncryptedKey();
    void opensslVerifiesOurSignatures();
    void weVerifyOpensslSignatures();

private:
    static QByteArray testData(const QString& name);
    // JOSE's raw R||S as the DER SEQUENCE the openssl command expects.
    static QByteArray derFromRaw(const QByteArray& raw);
    static int openssl(const QStringList& args, QByteArray* out = nullptr, const QByteArray& input = {});
};

QByteArray TestKeyPair::testData(const QString& name)
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/jose/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

QByteArray TestKeyPair::derFromRaw(const QByteArray& raw)
{
    ECDSA_SIG* ecdsa = ECDSA_SIG_new();
    ECDSA_SIG_set0(ecdsa,
                   BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()), 32, nullptr),
                   BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()) + 32, 32, nullptr));
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(ecdsa, &der);
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    ECDSA_SIG_free(ecdsa);
    return out;
}

int TestKeyPair::openssl(const QStringList& args, QByteArray* out, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (out) {
        *out = process.readAllStandardOutput();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestKeyPair::selfTestPasses()
{
    const Status status = CryptoSelfTest::run();
    QVERIFY2(status, status ? "" : qPrintable(status.error().message));
    QVERIFY(CryptoSelfTest::once());
}

void TestKeyPair::signAndVerify_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::newRow("Ed25519") << int(KeyPair::Algorithm::Ed25519);
    QTest::newRow("P-256") << int(KeyPair::Algorithm::P256);
}

void TestKeyPair::signAndVerify()
{
    QFETCH(int, algorithm);
    auto key = KeyPair::generate(KeyPair::Algorithm(algorithm));
    QVERIFY(key);
    QVERIFY(key->hasPrivateKey());
    auto signature = key->sign("payload");
    QVERIFY(signature);
    QCOMPARE(signature->size(), 64);
    QVERIFY(key->verify("payload", signature.value()));
    QVERIFY(!key->verify("payloaD", signature.value()));
    QByteArray flipped = signature.value();
    flipped[10] = char(flipped[10] ^ 1);
    QVERIFY(!key->verify("payload", flipped));
    QVERIFY(!key->verify("payload", signature->left(63)));
    auto other = KeyPair::generate(KeyPair::Algorithm(algorithm));
    QVERIFY(!other->verify("payload", signature.value()));
    QCOMPARE(key->jwsAlgorithm(),
             algorithm == int(KeyPair::Algorithm::Ed25519) ? QStringLiteral("EdDSA")
                                                           : QStringLiteral("ES256"));
}

void TestKeyPair::rfc8037AppendixA()
{
    const QList<QByteArray> lines = testData(QStringLiteral("rfc8037-appendix-A.txt")).split('\n');
    const auto after = [&lines](const char* heading) {
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i).startsWith(heading)) {
                return lines.at(i + 1).trimmed();
            }
        }
        return QByteArray();
    };
    auto privateKey = KeyPair::fromJwk(QJsonDocument::fromJson(after("A.1 private key")).object());
    auto publicKey = KeyPair::fromJwk(QJsonDocument::fromJson(after("A.2 public key")).object());
    QVERIFY(privateKey && publicKey);
    QVERIFY(!publicKey->hasPrivateKey());
    QCOMPARE(privateKey->thumbprint().toLatin1(), after("A.3 JWK thumbprint"));
    QCOMPARE(publicKey->thumbprint(), privateKey->thumbprint());
    const QByteArray compact = after("compact serialization:");
    const QByteArray input = compact.left(compact.lastIndexOf('.'));
    const auto expected = Base64Url::decode(compact.mid(compact.lastIndexOf('.') + 1));
    QVERIFY(expected);
    QCOMPARE(privateKey->sign(input).value(), *expected);
    QVERIFY(publicKey->verify(input, *expected));
}

void TestKeyPair::rfc7515AppendixA3()
{
    auto key =
        KeyPair::fromJwk(QJsonDocument::fromJson(testData(QStringLiteral("rfc7515_A.3.jwk"))).object());
    QVERIFY(key);
    QCOMPARE(key->algorithm(), KeyPair::Algorithm::P256);
    const QByteArray compact = testData(QStringLiteral("rfc7515_A.3.jwsc"));
    const QByteArray input = compact.left(compact.lastIndexOf('.'));
    const auto signature = Base64Url::decode(compact.mid(compact.lastIndexOf('.') + 1));
    QVERIFY(signature);
    QVERIFY(key->verify(input, *signature));
    QVERIFY(!key->verify(QByteArray(input + " "), *signature));
}

void TestKeyPair::derSignatureIsRefused()
{
    auto key = KeyPair::generate(KeyPair::Algorithm::P256);
    const QByteArray raw = key->sign("data").value();
    const QByteArray derSignature = derFromRaw(raw);
    QVERIFY(key->verify("data", raw));
    QVERIFY(!key->verify("data", derSignature));
}

void TestKeyPair::jwkRoundTrip_data()
{
    signAndVerify_data();
}

void TestKeyPair::jwkRoundTrip()
{
    QFETCH(int, algorithm);
    auto key = KeyPair::generate(KeyPair::Algorithm(algorithm));
    const QJsonObject jwk = key->publicJwk();
    QVERIFY(!jwk.contains(QStringLiteral("d")));
    auto imported = KeyPair::fromJwk(jwk);
    QVERIFY(imported);
    QCOMPARE(imported->thumbprint(), key->thumbprint());
    QVERIFY(imported->verify("x", key->sign("x").value()));
    QVERIFY(!imported->sign("x"));
    auto fromPem = KeyPair::fromPublicPem(key->toPublicPem());
    QVERIFY(fromPem);
    QCOMPARE(fromPem->thumbprint(), key->thumbprint());
}

void TestKeyPair::badJwks_data()
{
    QTest::addColumn<QByteArray>("jwk");
    QTest::addColumn<QString>("reason");
    QTest::newRow("P-521 (RFC 7520 3.2)")
        << testData(QStringLiteral("rfc7520_3.2.jwk")) << QStringLiteral("P-521");
    QTest::newRow("X25519")
        << QByteArray(R"({"kty":"OKP","crv":"X25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})")
        << QStringLiteral("X25519");
    QTest::newRow("RSA") << QByteArray(R"({"kty":"RSA","n":"0vx7","e":"AQAB"})") << QStringLiteral("RSA");
    QTest::newRow("oct") << QByteArray(R"({"kty":"oct","k":"AyM"})") << QStringLiteral("oct");
    QTest::newRow("short x") << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKx"})")
                             << QStringLiteral("32 bytes");
    QTest::newRow("x not of d")
        << QByteArray(
               R"({"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"})")
        << QStringLiteral("does not belong");
    QTest::newRow("point off the curve")
        << QByteArray(
               R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"})")
        << QStringLiteral("P-256 JWK");
    QTest::newRow("padded base64")
        << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo="})")
        << QStringLiteral("32 bytes");
}

void TestKeyPair::badJwks()
{
    QFETCH(QByteArray, jwk);
    QFETCH(QString, reason);
    QVERIFY(!jwk.isEmpty());
    auto key = KeyPair::fromJwk(QJsonDocument::fromJson(jwk).object());
    QVERIFY(!key);
    QVERIFY2(key.error().message.contains(reason), qPrintable(key.error().message));
}

void TestKeyPair::shortEcCoordinatesWidened()
{
    // PyJWT 2.6 (Debian 12) writes a coordinate whose first byte is zero one byte short; about
    // one key in 128 is affected, so keep generating until one is.
    for (int attempt = 0; attempt < 5000; ++attempt) {
        auto key = KeyPair::generate(KeyPair::Algorithm::P256);
        QVERIFY(key);
        QJsonObject jwk = key->publicJwk();
        const QByteArray x = Base64Url::decode(jwk.value(QStringLiteral("x")).toString().toLatin1()).value();
        if (x.at(0) != '\0') {
            continue;
        }
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(Base64Url::encode(x.mid(1))));
        auto widened = KeyPair::fromJwk(jwk);
        QVERIFY2(widened, widened ? "" : qPrintable(widened.error().message));
        QCOMPARE(widened->thumbprint(), key->thumbprint());
        // A coordinate longer than the curve's is still refused.
        jwk.insert(QStringLiteral("x"),
                   QString::fromLatin1(Base64Url::encode(QByteArray(QByteArray(1, '\1') + x))));
        QVERIFY(!KeyPair::fromJwk(jwk));
        return;
    }
    QFAIL("no P-256 key with a leading zero in x in 5000 tries");
}

void TestKeyPair::encryptedPemRoundTrip()
{
    for (auto algorithm : {KeyPair::Algorithm::Ed25519, KeyPair::Algorithm::P256}) {
        auto key = KeyPair::generate(algorithm);
        auto pem = key->toEncryptedPem("correct horse battery staple");
        QVERIFY(pem);
        QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        auto back = KeyPair::fromEncryptedPem(pem.value(), "correct horse battery staple");
        QVERIFY(back);
        QCOMPARE(back->thumbprint(), key->thumbprint());
        QVERIFY(key->verify("m", back->sign("m").value()));
    }
}

void TestKeyPair::encryptedPemRefusals()
{
    auto key = KeyPair::generate(KeyPair::Algorithm::Ed25519);
    const QByteArray pem = key->toEncryptedPem("right").value();
    auto wrong = KeyPair::fromEncryptedPem(pem, "wrong");
    QVERIFY(!wrong);
    QVERIFY(wrong.error().message.contains(QStringLiteral("passphrase")));
    QVERIFY(!key->toEncryptedPem(""));
    QByteArray truncated = pem.left(pem.size() / 2);
    QVERIFY(!KeyPair::fromEncryptedPem(truncated, "right"));
    QByteArray plain;
    QCOMPARE(
        openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519")}, &plain),
        0);
    auto unencrypted = KeyPair::fromEncryptedPem(plain, "anything");
    QVERIFY(!unencrypted);
    QVERIFY(unencrypted.error().message.contains(QStringLiteral("not encrypted")));
}

void TestKeyPair::opensslReadsOurEncryptedKey()
{
    QTemporaryDir dir;
    auto key = KeyPair::generate(KeyPair::Algorithm::P256);
    QFile file(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(key->toEncryptedPem("s3cret passphrase").value());
    file.close();
    QByteArray info;
    QCOMPARE(openssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), file.fileName()}, &info), 0);
    QVERIFY2(info.contains(":PBES2") && info.contains(":scrypt") && info.contains("aes-256-cbc"),
             info.constData());
    QByteArray publicPem;
    QCOMPARE(openssl({QStringLiteral("pkey"),
                      QStringLiteral("-in"),
                      file.fileName(),
                      QStringLiteral("-passin"),
                      QStringLiteral("pass:s3cret passphrase"),
                      QStringLiteral("-pubout")},
                     &publicPem),
             0);
    QCOMPARE(KeyPair::fromPublicPem(publicPem)->thumbprint(), key->thumbprint());
    QVERIFY(openssl({QStringLiteral("pkey"),
                     QStringLiteral("-in"),
                     file.fileName(),
                     QStringLiteral("-passin"),
                     QStringLiteral("pass:wrong"),
                     QStringLiteral("-noout")}) != 0);
}

void TestKeyPair::weReadOpensslEncryptedKey()
{
    QByteArray plain;
    QCOMPARE(
        openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519")}, &plain),
        0);
    QByteArray encrypted;
    QCOMPARE(openssl({QStringLiteral("pkcs8"),
                      QStringLiteral("-topk8"),
                      QStringLiteral("-scrypt"),
                      QStringLiteral("-passout"),
                      QStringLiteral("pass:from openssl")},
                     &encrypted,
                     plain),
             0);
    auto key = KeyPair::fromEncryptedPem(encrypted, "from openssl");
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    QCOMPARE(key->algorithm(), KeyPair::Algorithm::Ed25519);
}

void TestKeyPair::opensslVerifiesOurSignatures()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString signature = dir.filePath(QStringLiteral("sig"));
    const QString publicKey = dir.filePath(QStringLiteral("pub.pem"));
    const auto write = [](const QString& path, const QByteArray& bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    auto ed = KeyPair::generate(KeyPair::Algorithm::Ed25519);
    QVERIFY(write(data, "signed by Steward"));
    QVERIFY(write(signature, ed->sign("signed by Steward").value()));
    QVERIFY(write(publicKey, ed->toPublicPem()));
    QCOMPARE(openssl({QStringLiteral("pkeyutl"),
                      QStringLiteral("-verify"),
                      QStringLiteral("-pubin"),
                      QStringLiteral("-inkey"),
                      publicKey,
                      QStringLiteral("-rawin"),
                      QStringLiteral("-in"),
                      data,
                      QStringLiteral("-sigfile"),
                      signature}),
             0);

    // ES256: the raw R||S, wrapped in DER for the openssl command, which only takes DER.
    auto ec = KeyPair::generate(KeyPair::Algorithm::P256);
    const QByteArray raw = ec->sign("signed by Steward").value();
    QVERIFY(write(signature, derFromRaw(raw)));
    QVERIFY(write(publicKey, ec->toPublicPem()));
    QCOMPARE(openssl({QStringLiteral("dgst"),
                      QStringLiteral("-sha256"),
                      QStringLiteral("-verify"),
                      publicKey,
                      QStringLiteral("-signature"),
                      signature,
                      data}),
             0);
}

void TestKeyPair::weVerifyOpensslSignatures()
{
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
    const QString data = dir.filePath(QStringLiteral("data"));
    QFile dataFile(data);
    QVERIFY(dataFile.open(QIODevice::WriteOnly));
    dataFile.write("signed by openssl");
    dataFile.close();
    QCOMPARE(openssl({QStringLiteral("genpkey"),
                      QStringLiteral("-algorithm"),
                      QStringLiteral("ed25519"),
                      QStringLiteral("-out"),
                      keyFile}),
             0);
    QByteArray publicPem;
    QByteArray signature;
    QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), keyFile, QStringLiteral("-pubout")},
                     &publicPem),
             0);
    QCOMPARE(openssl({QStringLiteral("pkeyutl"),
                      QStringLiteral("-sign"),
                      QStringLiteral("-inkey"),
                      keyFile,
                      QStringLiteral("-rawin"),
                      QStringLiteral("-in"),
                      data},
                     &signature),
             0);
    auto key = KeyPair::fromPublicPem(publicPem);
    QVERIFY(key);
    QVERIFY(key->verify("signed by openssl", signature));
    QVERIFY(!key->verify("signed by someone else", signature));
}

QTEST_APPLESS_MAIN(TestKeyPair)
#include "tst_keypair.moc"

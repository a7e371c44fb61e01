// SPDX-License-Identifier: Apache-2.0
#include "crypto/base64url.h"
#include "crypto/digest.h"

#include <QTest>

class TestBase64Url final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void rfc4648Vectors_data();
    void rfc4648Vectors();
    void refusesNonCanonical_data();
    void refusesNonCanonical();
    void digestAndCompare();
};

void TestBase64Url::roundTrip()
{
    for (int length = 0; length < 70; ++length) {
        const QByteArray data = Digest::randomBytes(qMax(1, length)).left(length);
        const QByteArray text = Base64Url::encode(data);
        QVERIFY(!text.contains('=') && !text.contains('+') && !text.contains('/'));
        QCOMPARE(Base64Url::decode(text), std::optional<QByteArray>(data));
    }
}

void TestBase64Url::rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    QTest::newRow("url alphabet") << QByteArray("\xfb\xef\xff") << QByteArray("--__");
}

void TestBase64Url::rfc4648Vectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, text);
    QCOMPARE(Base64Url::encode(data), text);
    QCOMPARE(Base64Url::decode(text), std::optional<QByteArray>(data));
}

void TestBase64Url::refusesNonCanonical_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding") << QByteArray("Zg==");
    QTest::newRow("standard alphabet") << QByteArray("+/8");
    QTest::newRow("whitespace") << QByteArray("Zm9 v");
    QTest::newRow("impossible length") << QByteArray("Zm9vY");
    QTest::newRow("non-zero trailing bits") << QByteArray("Zh");
    QTest::newRow("garbage") << QByteArray("!!!!");
}

void TestBase64Url::refusesNonCanonical()
{
    QFETCH(QByteArray, text);
    QCOMPARE(Base64Url::decode(text), std::nullopt);
}

void TestBase64Url::digestAndCompare()
{
    QCOMPARE(Digest::sha256("").toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QVERIFY(Digest::constantTimeEquals("", ""));
    QVERIFY(!Digest::constantTimeEquals("a", "ab"));
    QVERIFY(Digest::randomBytes(16) != Digest::randomBytes(16));
    QByteArray secret("hunter2");
    Digest::scrub(secret);
    QVERIFY(secret.isEmpty());
}

QTEST_APPLESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"

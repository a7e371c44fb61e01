// SPDX-License-Identifier: Apache-2.0
#include "crypto/canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCanonicalJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data();
    void numbers();
    void rfc8785Example();
    void sortsByUtf16CodeUnits();
    void escapesMinimally();
};

void TestCanonicalJson::numbers_data()
{
    // RFC 8785 Appendix B and ECMAScript's Number.prototype.toString.
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("minus zero") << -0.0 << QByteArray("0");
    QTest::newRow("integer") << 333333333.0 << QByteArray("333333333");
    QTest::newRow("fraction") << 4.5 << QByteArray("4.5");
    QTest::newRow("small") << 0.002 << QByteArray("0.002");
    QTest::newRow("1e-6") << 0.000001 << QByteArray("0.000001");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
    QTest::newRow("1e20") << 1e20 << QByteArray("100000000000000000000");
    QTest::newRow("max safe") << 9007199254740991.0 << QByteArray("9007199254740991");
    QTest::newRow("shortest round trip") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("negative exponent") << -1.5e-9 << QByteArray("-1.5e-9");
    QTest::newRow("max double") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
    QTest::newRow("min subnormal") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("rfc example") << 1e30 << QByteArray("1e+30");
}

void TestCanonicalJson::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(CanonicalJson::number(value), text);
}

void TestCanonicalJson::rfc8785Example()
{
    // RFC 8785 §3.2.2 example input and output.
    const QByteArray input = R"({
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    })";
    const QByteArray expected =
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
        "\"string\":\"\xe2\x82\xac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
    QCOMPARE(CanonicalJson::serialize(QJsonDocument::fromJson(input).object()), expected);
}

void TestCanonicalJson::sortsByUtf16CodeUnits()
{
    // RFC 8785 §3.2.3: sorting by UTF-16 code units puts U+1F600 (a surrogate pair) before U+FB33.
    QJsonObject object;
    object.insert(QStringLiteral("\u20ac"), 1);
    object.insert(QStringLiteral("\r"), 2);
    object.insert(QStringLiteral("\ufb33"), 3);
    object.insert(QStringLiteral("1"), 4);
    object.insert(QStringLiteral("\U0001F600"), 5);
    object.insert(QStringLiteral("\u0080"), 6);
    object.insert(QStringLiteral("\u00f6"), 7);
    const QByteArray out = CanonicalJson::serialize(object);
    QCOMPARE(out,
             QByteArray(
                 "{\"\\r\":2,\"1\":4,\"\xc2\x80\":6,\"\xc3\xb6\":7,\"\xe2\x82\xac\":1,\"\xf0\x9f\x98\x80\":5,"
                 "\"\xef\xac\xb3\":3}"));
}

void TestCanonicalJson::escapesMinimally()
{
    const QJsonArray array{QStringLiteral("\b\f\n\r\t\"\\/<>&\u007f\u00e9")};
    QCOMPARE(CanonicalJson::serialize(array), QByteArray("[\"\\b\\f\\n\\r\\t\\\"\\\\/<>&\x7f\xc3\xa9\"]"));
}

QTEST_APPLESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"

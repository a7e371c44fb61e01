// SPDX-License-Identifier: Apache-2.0
#include "model/spiffeid.h"

#include <QTest>

class TestSpiffeId final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNames_data();
    void validNames();
    void invalidNames_data();
    void invalidNames();
    void trustDomains_data();
    void trustDomains();
    void buildsAndParses();
};

void TestSpiffeId::validNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("simple") << QStringLiteral("invoice-reconciler");
    QTest::newRow("digits") << QStringLiteral("agent-0001");
    QTest::newRow("dots and underscores") << QStringLiteral("team.payments_refunds");
    QTest::newRow("one character") << QStringLiteral("a");
    QTest::newRow("longest") << QString(63, QLatin1Char('x'));
}

void TestSpiffeId::validNames()
{
    QFETCH(QString, name);
    const Status status = SpiffeId::validateAgentName(name);
    QVERIFY2(status, status ? "" : qPrintable(status.error().message));
}

void TestSpiffeId::invalidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("too long") << QString(64, QLatin1Char('x')) << QStringLiteral("64 characters");
    QTest::newRow("space") << QStringLiteral("bad name") << QStringLiteral("position 4");
    QTest::newRow("upper case") << QStringLiteral("Agent") << QStringLiteral("\u201cA\u201d at position 1");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("\u201c/\u201d");
    QTest::newRow("path traversal") << QStringLiteral("..") << QStringLiteral("start and end");
    QTest::newRow("leading dash") << QStringLiteral("-agent") << QStringLiteral("start and end");
    QTest::newRow("trailing dot") << QStringLiteral("agent.") << QStringLiteral("start and end");
    QTest::newRow("unicode") << QStringLiteral("agént") << QStringLiteral("position 3");
    QTest::newRow("control") << QStringLiteral("a") + QChar(1) + QStringLiteral("b")
                             << QStringLiteral("U+0001");
    QTest::newRow("percent") << QStringLiteral("a%2fb") << QStringLiteral("\u201c%\u201d");
}

void TestSpiffeId::invalidNames()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const Status status = SpiffeId::validateAgentName(name);
    QVERIFY(!status);
    QCOMPARE(status.error().kind, ErrorKind::Invalid);
    QVERIFY2(status.error().message.contains(reason), qPrintable(status.error().message));
}

void TestSpiffeId::trustDomains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("valid");
    QTest::newRow("domain") << QStringLiteral("acme.example") << true;
    QTest::newRow("underscore") << QStringLiteral("prod_west.acme.example") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("Acme.example") << false;
    QTest::newRow("port") << QStringLiteral("acme.example:443") << false;
    QTest::newRow("scheme") << QStringLiteral("spiffe://acme.example") << false;
    QTest::newRow("double dot") << QStringLiteral("acme..example") << false;
    QTest::newRow("too long") << QString(256, QLatin1Char('a')) << false;
}

void TestSpiffeId::trustDomains()
{
    QFETCH(QString, domain);
    QFETCH(bool, valid);
    QCOMPARE(SpiffeId::validateTrustDomain(domain).ok(), valid);
}

void TestSpiffeId::buildsAndParses()
{
    const QString id = SpiffeId::forAgent(QStringLiteral("acme.example"), QStringLiteral("refund-triage"));
    QCOMPARE(id, QStringLiteral("spiffe://acme.example/agent/refund-triage"));
    QCOMPARE(SpiffeId::agentName(QStringLiteral("acme.example"), id), QStringLiteral("refund-triage"));
    QCOMPARE(SpiffeId::agentName(QStringLiteral("other.example"), id), QString());
    QCOMPARE(SpiffeId::agentName(QStringLiteral("acme.example"),
                                 QStringLiteral("spiffe://acme.example/agent/Bad")),
             QString());
}

QTEST_APPLESS_MAIN(TestSpiffeId)
#include "tst_spiffeid.moc"

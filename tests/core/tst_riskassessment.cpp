// SPDX-License-Identifier: Apache-2.0
// A request's risk from what it asks for and for whom, with its reasons.
#include "workflow/riskassessment.h"

#include <QTest>

class TestRiskAssessment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels_data();
    void levels();
    void reasonsNameTheStatementMostWeightyFirst();
    void flagsWhatTheQuorumNeeds();
    void scoreBoundaries();

private:
    static QList<PermissionStatement> parse(const QString& lines)
    {
        auto parsed = PermissionStatement::parseLines(lines);
        if (!parsed) {
            qFatal("%s", qPrintable(parsed.error().message));
        }
        return parsed.value();
    }
    static Agent agent(RiskTier tier, Environment environment)
    {
        Agent a;
        a.name = QStringLiteral("bot");
        a.riskTier = tier;
        a.environment = environment;
        return a;
    }
};

void TestRiskAssessment::levels_data()
{
    QTest::addColumn<QString>("statements");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("environment");
    QTest::addColumn<bool>("standing");
    QTest::addColumn<int>("level");
    QTest::newRow("narrow read") << "read s3://reports/q3.csv classification<=internal" << qint64(3600)
                                 << int(RiskTier::Low) << int(Environment::Dev) << false
                                 << int(RiskTier::Low);
    QTest::newRow("folder read, confidential, prod")
        << "read,list s3://reports/** classification<=confidential" << qint64(8 * 3600)
        << int(RiskTier::Medium) << int(Environment::Prod) << false << int(RiskTier::Medium);
    QTest::newRow("sensitive execute on a high-risk agent")
        << "execute mcp://stripe/refund classification<=confidential sensitive" << qint64(3600)
        << int(RiskTier::High) << int(Environment::Prod) << false << int(RiskTier::High);
    QTest::newRow("everything everywhere") << "* s3://**" << qint64(40 * 86400) << int(RiskTier::Critical)
                                           << int(Environment::Prod) << true << int(RiskTier::Critical);
}

void TestRiskAssessment::levels()
{
    QFETCH(QString, statements);
    QFETCH(qint64, duration);
    QFETCH(int, tier);
    QFETCH(int, environment);
    QFETCH(bool, standing);
    QFETCH(int, level);
    const RiskAssessment risk = RiskAssessment::assess(
        parse(statements), duration, agent(RiskTier(tier), Environment(environment)), standing);
    QVERIFY2(
        risk.level == RiskTier(level),
        qPrintable(QString::number(risk.score) + QLatin1Char(' ') + risk.reasons.join(QLatin1Char('|'))));
    QCOMPARE(risk.reasons.isEmpty(), risk.score == 0);
}

void TestRiskAssessment::reasonsNameTheStatementMostWeightyFirst()
{
    const RiskAssessment risk = RiskAssessment::assess(
        parse(QStringLiteral("delete k8s://prod/payments/**\nread s3://a/b classification<=confidential")),
        3600,
        agent(RiskTier::Low, Environment::Dev),
        false);
    QVERIFY(risk.reasons.constFirst().contains(QStringLiteral("delete k8s://prod/payments/**")));
    QVERIFY(risk.reasons.join(QLatin1Char('\n'))
                .contains(QStringLiteral("reaches everything below k8s://prod/payments/")));
    QVERIFY(risk.reasons.join(QLatin1Char('\n')).contains(QStringLiteral("no classification ceiling")));
    QVERIFY(risk.reasons.constLast().contains(QStringLiteral("confidential")));
}

void TestRiskAssessment::flagsWhatTheQuorumNeeds()
{
    const Agent a = agent(RiskTier::Low, Environment::Dev);
    RiskAssessment risk =
        RiskAssessment::assess(parse(QStringLiteral("read s3://a classification<=internal")), 60, a, false);
    QVERIFY(!risk.sensitive && !risk.restrictedData);
    risk = RiskAssessment::assess(parse(QStringLiteral("read s3://a")), 60, a, false);
    QVERIFY(risk.restrictedData);
    risk = RiskAssessment::assess(
        parse(QStringLiteral("read s3://a classification<=public sensitive")), 60, a, false);
    QVERIFY(risk.sensitive && !risk.restrictedData);
}

void TestRiskAssessment::scoreBoundaries()
{
    QCOMPARE(RiskAssessment::levelFor(0), RiskTier::Low);
    QCOMPARE(RiskAssessment::levelFor(2), RiskTier::Low);
    QCOMPARE(RiskAssessment::levelFor(3), RiskTier::Medium);
    QCOMPARE(RiskAssessment::levelFor(5), RiskTier::Medium);
    QCOMPARE(RiskAssessment::levelFor(6), RiskTier::High);
    QCOMPARE(RiskAssessment::levelFor(8), RiskTier::High);
    QCOMPARE(RiskAssessment::levelFor(9), RiskTier::Critical);
}

QTEST_GUILESS_MAIN(TestRiskAssessment)
#include "tst_riskassessment.moc"

// SPDX-License-Identifier: Apache-2.0
// Separation of duties and quorum, one rule per case, and the grant lifetime limits at their
// exact boundaries.
#include "workflow/approvalpolicy.h"

#include <QTest>

class TestApprovalPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quorumByWhatIsAsked_data();
    void quorumByWhatIsAsked();
    void requesterNeverApprovesOwnRequest();
    void requesterWithdrawsInsteadOfDenying();
    void viewersDoNotDecide();
    void onePersonCountsOnce();
    void twoApprovalsFromTheSameOperatorAreNoQuorum();
    void aDenyEndsIt();
    void ownerIsNeverTheOnlyApproverOfSensitiveOrHighRisk();
    void ownerMayApproveLowRiskAlone();
    void standingGrantNeedsAnAdmin();
    void settingsCannotLowerTheStrictQuorumBelowTwo();
    void durationLimitsAtTheBoundary();
    void grantEndIsCapped();

private:
    static ApprovalPolicy::Vote
    approve(const QString& name, OperatorRole role = OperatorRole::Approver, const QString& email = {})
    {
        return ApprovalPolicy::Vote{name, email, role, true};
    }
    static ApprovalPolicy::Vote deny(const QString& name)
    {
        return ApprovalPolicy::Vote{name, QString(), OperatorRole::Approver, false};
    }
    static ApprovalPolicy::Facts facts()
    {
        ApprovalPolicy::Facts f;
        f.requester = QStringLiteral("rita");
        f.ownerEmail = QStringLiteral("owner@example.com");
        return f;
    }

    ApprovalSettings m_settings;
};

void TestApprovalPolicy::quorumByWhatIsAsked_data()
{
    QTest::addColumn<bool>("sensitive");
    QTest::addColumn<bool>("restricted");
    QTest::addColumn<int>("risk");
    QTest::addColumn<bool>("standing");
    QTest::addColumn<int>("required");
    QTest::newRow("plain") << false << false << int(RiskTier::Medium) << false << 1;
    QTest::newRow("high risk alone") << false << false << int(RiskTier::High) << false << 1;
    QTest::newRow("sensitive") << true << false << int(RiskTier::Low) << false << 2;
    QTest::newRow("restricted data") << false << true << int(RiskTier::Low) << false << 2;
    QTest::newRow("critical") << false << false << int(RiskTier::Critical) << false << 2;
    QTest::newRow("standing") << false << false << int(RiskTier::Low) << true << 2;
}

void TestApprovalPolicy::quorumByWhatIsAsked()
{
    QFETCH(bool, sensitive);
    QFETCH(bool, restricted);
    QFETCH(int, risk);
    QFETCH(bool, standing);
    QFETCH(int, required);
    ApprovalPolicy::Facts f = facts();
    f.sensitive = sensitive;
    f.restrictedData = restricted;
    f.risk = RiskTier(risk);
    f.standing = standing;
    QCOMPARE(ApprovalPolicy::requiredApprovals(f, m_settings), required);
}

void TestApprovalPolicy::requesterNeverApprovesOwnRequest()
{
    const Status refused = ApprovalPolicy::mayVote(facts(), approve(QStringLiteral("rita")), {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("never approves")));
    // Even if such a vote were stored, it does not count.
    const auto tally = ApprovalPolicy::tally(facts(), {approve(QStringLiteral("rita"))}, m_settings);
    QCOMPARE(tally.state, ApprovalPolicy::State::Pending);
    QCOMPARE(tally.approvals, 0);
}

void TestApprovalPolicy::requesterWithdrawsInsteadOfDenying()
{
    const Status refused = ApprovalPolicy::mayVote(facts(), deny(QStringLiteral("rita")), {});
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("withdraw")));
}

void TestApprovalPolicy::viewersDoNotDecide()
{
    QVERIFY(!ApprovalPolicy::mayVote(facts(), approve(QStringLiteral("vic"), OperatorRole::Viewer), {}));
    QCOMPARE(
        ApprovalPolicy::tally(facts(), {approve(QStringLiteral("vic"), OperatorRole::Viewer)}, m_settings)
            .state,
        ApprovalPolicy::State::Pending);
    QVERIFY(ApprovalPolicy::mayVote(facts(), approve(QStringLiteral("ada"), OperatorRole::Admin), {}));
}

void TestApprovalPolicy::onePersonCountsOnce()
{
    const Status again =
        ApprovalPolicy::mayVote(facts(), deny(QStringLiteral("ann")), {approve(QStringLiteral("ann"))});
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
}

void TestApprovalPolicy::twoApprovalsFromTheSameOperatorAreNoQuorum()
{
    ApprovalPolicy::Facts f = facts();
    f.sensitive = true;
    const auto tally = ApprovalPolicy::tally(
        f, {approve(QStringLiteral("ann")), approve(QStringLiteral("ann"))}, m_settings);
    QCOMPARE(tally.state, ApprovalPolicy::State::Pending);
    QCOMPARE(tally.approvals, 1);
    QCOMPARE(tally.required, 2);
    QVERIFY(tally.waitingFor.contains(QStringLiteral("1 more approval from a different approver")));
    QCOMPARE(
        ApprovalPolicy::tally(f, {approve(QStringLiteral("ann")), approve(QStringLiteral("bob"))}, m_settings)
            .state,
        ApprovalPolicy::State::Approved);
}

void TestApprovalPolicy::aDenyEndsIt()
{
    const auto tally = ApprovalPolicy::tally(
        facts(),
        {approve(QStringLiteral("ann")), deny(QStringLiteral("bob")), approve(QStringLiteral("cy"))},
        m_settings);
    QCOMPARE(tally.state, ApprovalPolicy::State::Denied);
    QCOMPARE(ApprovalPolicy::tally(facts(), {deny(QStringLiteral("bob"))}, m_settings).state,
             ApprovalPolicy::State::Denied);
}

void TestApprovalPolicy::ownerIsNeverTheOnlyApproverOfSensitiveOrHighRisk()
{
    const auto owner =
        approve(QStringLiteral("olga"), OperatorRole::Approver, QStringLiteral("Owner@Example.com"));
    ApprovalPolicy::Facts high = facts();
    high.risk = RiskTier::High;
    auto tally = ApprovalPolicy::tally(high, {owner}, m_settings);
    QCOMPARE(tally.state, ApprovalPolicy::State::Pending);
    QCOMPARE(tally.approvals, 1);
    QVERIFY(tally.waitingFor.contains(QStringLiteral("other than the agent's owner")));
    QCOMPARE(ApprovalPolicy::tally(high, {owner, approve(QStringLiteral("ann"))}, m_settings).state,
             ApprovalPolicy::State::Approved);

    ApprovalPolicy::Facts sensitive = facts();
    sensitive.sensitive = true;
    ApprovalSettings lenient = m_settings;
    lenient.sensitiveQuorum = 1; // cannot go below two anyway; the owner rule still applies
    tally = ApprovalPolicy::tally(
        sensitive,
        {owner,
         approve(QStringLiteral("olga2"), OperatorRole::Approver, QStringLiteral("owner@example.com"))},
        lenient);
    QCOMPARE(tally.state, ApprovalPolicy::State::Pending);
    QVERIFY(tally.waitingFor.contains(QStringLiteral("other than the agent's owner")));
}

void TestApprovalPolicy::ownerMayApproveLowRiskAlone()
{
    const auto owner =
        approve(QStringLiteral("olga"), OperatorRole::Approver, QStringLiteral("owner@example.com"));
    QCOMPARE(ApprovalPolicy::tally(facts(), {owner}, m_settings).state, ApprovalPolicy::State::Approved);
}

void TestApprovalPolicy::standingGrantNeedsAnAdmin()
{
    ApprovalPolicy::Facts f = facts();
    f.standing = true;
    auto tally = ApprovalPolicy::tally(
        f, {approve(QStringLiteral("ann")), approve(QStringLiteral("bob"))}, m_settings);
    QCOMPARE(tally.state, ApprovalPolicy::State::Pending);
    QVERIFY(tally.waitingFor.contains(QStringLiteral("admin")));
    tally = ApprovalPolicy::tally(
        f, {approve(QStringLiteral("ann")), approve(QStringLiteral("ada"), OperatorRole::Admin)}, m_settings);
    QCOMPARE(tally.state, ApprovalPolicy::State::Approved);
}

void TestApprovalPolicy::settingsCannotLowerTheStrictQuorumBelowTwo()
{
    ApprovalSettings settings;
    settings.sensitiveQuorum = 1;
    settings.defaultQuorum = 0;
    ApprovalPolicy::Facts f = facts();
    QCOMPARE(ApprovalPolicy::requiredApprovals(f, settings), 1);
    f.restrictedData = true;
    QCOMPARE(ApprovalPolicy::requiredApprovals(f, settings), 2);
    settings.sensitiveQuorum = 3;
    QCOMPARE(ApprovalPolicy::requiredApprovals(f, settings), 3);
}

void TestApprovalPolicy::durationLimitsAtTheBoundary()
{
    QVERIFY(ApprovalPolicy::checkDuration(30 * 86400, false, false, m_settings));
    QCOMPARE(ApprovalPolicy::checkDuration(30 * 86400 + 1, false, false, m_settings).error().kind,
             ErrorKind::Refused);
    QVERIFY(ApprovalPolicy::checkDuration(24 * 3600, true, false, m_settings));
    QVERIFY(!ApprovalPolicy::checkDuration(24 * 3600 + 1, true, false, m_settings));
    QVERIFY(ApprovalPolicy::checkDuration(90 * 86400, true, true, m_settings));
    QCOMPARE(ApprovalPolicy::checkDuration(367 * 86400, false, true, m_settings).error().kind,
             ErrorKind::Invalid);
    QCOMPARE(ApprovalPolicy::checkDuration(0, false, false, m_settings).error().kind, ErrorKind::Invalid);
}

void TestApprovalPolicy::grantEndIsCapped()
{
    const QDateTime start(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    QCOMPARE(ApprovalPolicy::grantEnd(start, 8 * 3600, false, false, m_settings), start.addSecs(8 * 3600));
    QCOMPARE(ApprovalPolicy::grantEnd(start, 60 * 86400, false, false, m_settings), start.addDays(30));
    QCOMPARE(ApprovalPolicy::grantEnd(start, 3 * 86400, true, false, m_settings), start.addSecs(24 * 3600));
    QCOMPARE(ApprovalPolicy::grantEnd(start, 90 * 86400, true, true, m_settings), start.addDays(90));
}

QTEST_GUILESS_MAIN(TestApprovalPolicy)
#include "tst_approvalpolicy.moc"

// SPDX-License-Identifier: Apache-2.0
#include "inventory/agentlifecycle.h"

#include <QTest>

class TestAgentLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPair_data();
    void everyPair();
    void shadowNeedsOwnerToActivateOrRetire();
};

namespace {
// The whole machine, written out: every pair not listed here must be refused.
const QList<std::pair<AgentStatus, AgentStatus>> kAllowed = {
    {AgentStatus::Requested, AgentStatus::Active},
    {AgentStatus::Requested, AgentStatus::Retired},
    {AgentStatus::Active, AgentStatus::Suspended},
    {AgentStatus::Active, AgentStatus::Retired},
    {AgentStatus::Suspended, AgentStatus::Active},
    {AgentStatus::Suspended, AgentStatus::Retired},
    {AgentStatus::Shadow, AgentStatus::Active},
    {AgentStatus::Shadow, AgentStatus::Retired},
};
} // namespace

void TestAgentLifecycle::everyPair_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    for (AgentStatus from : AgentTypes::statuses()) {
        for (AgentStatus to : AgentTypes::statuses()) {
            QTest::addRow("%s -> %s", qPrintable(AgentTypes::key(from)), qPrintable(AgentTypes::key(to)))
                << static_cast<int>(from) << static_cast<int>(to) << kAllowed.contains({from, to});
        }
    }
}

void TestAgentLifecycle::everyPair()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    Agent agent;
    agent.name = QStringLiteral("probe");
    agent.ownerId = 1;
    agent.status = static_cast<AgentStatus>(from);
    const Status status = AgentLifecycle::check(agent, static_cast<AgentStatus>(to));
    QCOMPARE(status.ok(), allowed);
    QCOMPARE(AgentLifecycle::allowedTargets(agent.status).contains(static_cast<AgentStatus>(to)), allowed);
    if (!allowed) {
        QCOMPARE(status.error().kind, ErrorKind::Refused);
        // A refusal always says why, naming the agent or the rule.
        QVERIFY(status.error().message.size() > 20);
    }
}

void TestAgentLifecycle::shadowNeedsOwnerToActivateOrRetire()
{
    Agent agent;
    agent.name = QStringLiteral("found-in-logs");
    agent.status = AgentStatus::Shadow;
    const Status refused = AgentLifecycle::check(agent, AgentStatus::Active);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("owner")));
    // Retiring it would leave a non-shadow agent nobody answers for, which the schema refuses.
    const Status retire = AgentLifecycle::check(agent, AgentStatus::Retired);
    QVERIFY(!retire);
    QCOMPARE(retire.error().kind, ErrorKind::Refused);
    QVERIFY(retire.error().message.contains(QStringLiteral("owner")));
    agent.ownerId = 7;
    QVERIFY(AgentLifecycle::check(agent, AgentStatus::Active));
    QVERIFY(AgentLifecycle::check(agent, AgentStatus::Retired));
}

QTEST_APPLESS_MAIN(TestAgentLifecycle)
#include "tst_agentlifecycle.moc"

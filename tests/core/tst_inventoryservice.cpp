// SPDX-License-Identifier: Apache-2.0
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

class TestInventoryService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAgentStartsActiveWithSpiffeId();
    void badInputLeavesWorkspaceUnchanged_data();
    void badInputLeavesWorkspaceUnchanged();
    void principalBelongsToOneAgent();
    void editChangesFieldsNotIdentity();
    void retiredIsReadOnlyButKept();
    void transitionsRecordHistory();
    void shadowAgentAdoption();
    void findAgentByAnyName();
    void emitsChanges();
};

void TestInventoryService::addAgentStartsActiveWithSpiffeId()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    Agent draft;
    draft.name = QStringLiteral("invoice-reconciler");
    draft.purpose = QStringLiteral("Matches invoices");
    draft.ownerId = owner.id;
    auto agent = test.service().addAgent(draft);
    QVERIFY(agent);
    QCOMPARE(agent->status, AgentStatus::Active);
    QCOMPARE(agent->spiffeId, QStringLiteral("spiffe://test.example/agent/invoice-reconciler"));
    QCOMPARE(agent->displayName, QStringLiteral("invoice-reconciler"));
    QCOMPARE(agent->createdAt, test.now());
    QCOMPARE(agent->ownerEmail, owner.email);
}

void TestInventoryService::badInputLeavesWorkspaceUnchanged_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const int invalid = int(ErrorKind::Invalid);
    QTest::newRow("illegal characters") << "name"
                                        << "Refund Bot!" << invalid << "not allowed";
    QTest::newRow("empty name") << "name"
                                << "" << invalid << "empty";
    QTest::newRow("missing owner") << "owner"
                                   << "0" << invalid << "accountable owner";
    QTest::newRow("unknown owner") << "owner"
                                   << "9999" << invalid << "does not exist";
    QTest::newRow("1 MB purpose") << "purpose" << QString(1024 * 1024, QLatin1Char('x')) << invalid
                                  << "1,048,576";
    QTest::newRow("no purpose") << "purpose"
                                << "" << invalid << "required";
    QTest::newRow("bad principal") << "principal"
                                   << "arn:aws:iam::1:user/x" << invalid << "IAM role ARN";
    QTest::newRow("bad tag") << "tag"
                             << "Not A Tag" << invalid << "not valid";
    QTest::newRow("duplicate name") << "name"
                                    << "taken" << int(ErrorKind::Conflict) << "already exists";
    QTest::newRow("taken principal") << "principal"
                                     << "arn:aws:iam::123456789012:role/taken" << int(ErrorKind::Conflict)
                                     << "already belongs";
}

void TestInventoryService::badInputLeavesWorkspaceUnchanged()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, message);
    TestWorkspace test;
    const Owner owner = test.addOwner();
    Agent taken;
    taken.name = QStringLiteral("taken");
    taken.purpose = QStringLiteral("p");
    taken.ownerId = owner.id;
    taken.principals = {{PrincipalKind::AwsRole, QStringLiteral("arn:aws:iam::123456789012:role/taken")}};
    QVERIFY(test.service().addAgent(taken));
    const QString before = TestWorkspace::snapshot(test.workspace());

    Agent draft;
    draft.name = QStringLiteral("new-agent");
    draft.purpose = QStringLiteral("Does things");
    draft.ownerId = owner.id;
    if (field == QStringLiteral("name")) {
        draft.name = value;
    } else if (field == QStringLiteral("owner")) {
        draft.ownerId = value.toLongLong();
    } else if (field == QStringLiteral("purpose")) {
        draft.purpose = value;
    } else if (field == QStringLiteral("principal")) {
        draft.principals = {{PrincipalKind::AwsRole, value}};
    } else if (field == QStringLiteral("tag")) {
        draft.tags = {value};
    }
    auto result = test.service().addAgent(draft);
    QVERIFY(!result);
    QCOMPARE(int(result.error().kind), kind);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(TestWorkspace::snapshot(test.workspace()), before);
}

void TestInventoryService::principalBelongsToOneAgent()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    const Principal sa{PrincipalKind::KubernetesServiceAccount,
                       QStringLiteral("system:serviceaccount:pay:bot")};
    Agent first;
    first.name = QStringLiteral("first");
    first.purpose = QStringLiteral("p");
    first.ownerId = owner.id;
    first.principals = {sa};
    QVERIFY(test.service().addAgent(first));
    Agent second = test.addAgent(QStringLiteral("second"), owner.id);
    second.principals = {sa};
    auto edited = test.service().editAgent(second.id, second);
    QVERIFY(!edited);
    QCOMPARE(edited.error().kind, ErrorKind::Conflict);
    QVERIFY(edited.error().message.contains(QStringLiteral("first")));
}

void TestInventoryService::editChangesFieldsNotIdentity()
{
    TestWorkspace test;
    const Owner ann = test.addOwner(QStringLiteral("ann@example.com"));
    const Owner bob = test.addOwner(QStringLiteral("bob@example.com"));
    Agent agent = test.addAgent(QStringLiteral("kb-writer"), ann.id);
    test.advance(3600);
    Agent draft = agent;
    draft.name = QStringLiteral("sneaky-rename");
    draft.spiffeId = QStringLiteral("spiffe://evil.example/agent/x");
    draft.status = AgentStatus::Retired;
    draft.ownerId = bob.id;
    draft.riskTier = RiskTier::High;
    draft.tags = {QStringLiteral("docs")};
    auto edited = test.service().editAgent(agent.id, draft);
    QVERIFY(edited);
    QCOMPARE(edited->name, QStringLiteral("kb-writer"));
    QCOMPARE(edited->spiffeId, agent.spiffeId);
    QCOMPARE(edited->status, AgentStatus::Active);
    QCOMPARE(edited->ownerId, bob.id);
    QCOMPARE(edited->riskTier, RiskTier::High);
    QCOMPARE(edited->updatedAt, test.now());
    QCOMPARE(edited->createdAt, agent.createdAt);

    draft.ownerId = 0;
    const QString before = TestWorkspace::snapshot(test.workspace());
    QVERIFY(!test.service().editAgent(agent.id, draft));
    QCOMPARE(TestWorkspace::snapshot(test.workspace()), before);
}

void TestInventoryService::retiredIsReadOnlyButKept()
{
    TestWorkspace test;
    const Agent agent = test.addAgent(QStringLiteral("pilot"), test.addOwner().id);
    QVERIFY(test.service().changeStatus(agent.id, AgentStatus::Retired, QStringLiteral("Pilot ended")));
    auto edited = test.service().editAgent(agent.id, agent);
    QVERIFY(!edited);
    QCOMPARE(edited.error().kind, ErrorKind::Refused);
    auto back = test.service().changeStatus(agent.id, AgentStatus::Active, QString());
    QVERIFY(!back);
    QCOMPARE(back.error().kind, ErrorKind::Refused);
    // Retired, never deleted: the agent and its full history are still there, and the name stays taken.
    QCOMPARE(test.workspace().agents().byId(agent.id)->status, AgentStatus::Retired);
    QCOMPARE(test.workspace().agents().history(agent.id)->size(), 2);
    auto reuse = test.service().addAgent(agent);
    QVERIFY(!reuse);
    QVERIFY(reuse.error().message.contains(QStringLiteral("never reused")));
}

void TestInventoryService::transitionsRecordHistory()
{
    TestWorkspace test;
    const Agent agent = test.addAgent(QStringLiteral("alert-triage"), test.addOwner().id);
    test.advance(60);
    QVERIFY(
        test.service().changeStatus(agent.id, AgentStatus::Suspended, QStringLiteral("  Out of scope  ")));
    test.advance(60);
    QVERIFY(test.service().changeStatus(agent.id, AgentStatus::Active, QStringLiteral("Reviewed")));
    auto refused = test.service().changeStatus(agent.id, AgentStatus::Active, QString());
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("already active")));
    auto tooLong =
        test.service().changeStatus(agent.id, AgentStatus::Suspended, QString(5000, QLatin1Char('r')));
    QVERIFY(!tooLong);
    auto history = test.workspace().agents().history(agent.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(1).from, std::optional(AgentStatus::Active));
    QCOMPARE(history->at(1).to, AgentStatus::Suspended);
    QCOMPARE(history->at(1).reason, QStringLiteral("Out of scope"));
    QCOMPARE(history->at(1).operatorName, QStringLiteral("tester"));
    QCOMPARE(history->at(2).changedAt, test.now());
}

void TestInventoryService::shadowAgentAdoption()
{
    TestWorkspace test;
    Agent shadow;
    shadow.name = QStringLiteral("notebook-runner");
    shadow.purpose = QStringLiteral("Unknown");
    shadow.principals = {{PrincipalKind::KubernetesServiceAccount,
                          QStringLiteral("system:serviceaccount:analytics:notebook-runner")}};
    auto recorded = test.service().recordShadowAgent(shadow);
    QVERIFY(recorded);
    QCOMPARE(recorded->status, AgentStatus::Shadow);
    QCOMPARE(recorded->ownerId, 0);
    QVERIFY(!test.service().changeStatus(recorded->id, AgentStatus::Active, QString()));
    // Retiring it unowned is refused by the rules, with the reason, before the schema's CHECK.
    const QString before = TestWorkspace::snapshot(test.workspace());
    auto retired =
        test.service().changeStatus(recorded->id, AgentStatus::Retired, QStringLiteral("Not ours"));
    QVERIFY(!retired);
    QCOMPARE(retired.error().kind, ErrorKind::Refused);
    QVERIFY2(retired.error().message.contains(QStringLiteral("owner")), qPrintable(retired.error().message));
    QCOMPARE(TestWorkspace::snapshot(test.workspace()), before);
    Agent draft = recorded.value();
    draft.ownerId = test.addOwner().id;
    QVERIFY(test.service().editAgent(recorded->id, draft));
    auto adopted = test.service().changeStatus(
        recorded->id, AgentStatus::Active, QStringLiteral("Registered after discovery"));
    QVERIFY(adopted);
    QCOMPARE(adopted->status, AgentStatus::Active);
}

void TestInventoryService::findAgentByAnyName()
{
    TestWorkspace test;
    Agent draft;
    draft.name = QStringLiteral("etl-repair");
    draft.purpose = QStringLiteral("p");
    draft.ownerId = test.addOwner().id;
    draft.principals = {{PrincipalKind::OtelAgentId, QStringLiteral("asst_42")}};
    QVERIFY(test.service().addAgent(draft));
    QCOMPARE(test.service().findAgent(QStringLiteral("etl-repair"))->name, draft.name);
    QCOMPARE(test.service().findAgent(QStringLiteral("spiffe://test.example/agent/etl-repair"))->name,
             draft.name);
    QCOMPARE(test.service().findAgent(QStringLiteral("asst_42"))->name, draft.name);
    QCOMPARE(test.service().findAgent(QStringLiteral("nobody")).error().kind, ErrorKind::NotFound);
}

void TestInventoryService::emitsChanges()
{
    TestWorkspace test;
    QSignalSpy added(&test.service(), &InventoryService::agentAdded);
    QSignalSpy changed(&test.service(), &InventoryService::agentChanged);
    QSignalSpy owners(&test.service(), &InventoryService::ownersChanged);
    const Agent agent = test.addAgent(QStringLiteral("a"), test.addOwner().id);
    QVERIFY(test.service().changeStatus(agent.id, AgentStatus::Suspended, QString()));
    QVERIFY(!test.service().changeStatus(agent.id, AgentStatus::Suspended, QString()));
    QCOMPARE(owners.count(), 1);
    QCOMPARE(added.count(), 1);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestInventoryService)
#include "tst_inventoryservice.moc"

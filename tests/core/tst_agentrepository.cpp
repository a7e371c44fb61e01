// SPDX-License-Identifier: Apache-2.0
#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>

class TestAgentRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField();
    void lookups();
    void updateReplacesPrincipalsAndTags();
    void statusChangeIsCompareAndSet();
    void schemaConstraints();
    void countAndPageFilters();
    void pagingIsStableAndComplete();
    void sortKeys_data();
    void sortKeys();
    void likeWildcardsAreLiteral();
    void countByStatus();
};

namespace {
Agent fullAgent(qint64 ownerId, const QDateTime& now)
{
    Agent agent;
    agent.name = QStringLiteral("refund-triage");
    agent.spiffeId = QStringLiteral("spiffe://test.example/agent/refund-triage");
    agent.displayName = QStringLiteral("Refund triage");
    agent.purpose = QStringLiteral("Proposes refund decisions.\nSecond line.");
    agent.ownerId = ownerId;
    agent.framework = QStringLiteral("LangGraph");
    agent.model = QStringLiteral("claude-sonnet-4.5");
    agent.environment = Environment::Prod;
    agent.riskTier = RiskTier::High;
    agent.status = AgentStatus::Active;
    agent.principals = {{PrincipalKind::AwsRole, QStringLiteral("arn:aws:iam::123456789012:role/refunds")},
                        {PrincipalKind::OtelAgentId, QStringLiteral("asst_1")}};
    agent.tags = {QStringLiteral("customer-facing"), QStringLiteral("pci")};
    agent.createdAt = now;
    agent.updatedAt = now;
    agent.lastSeenAt = now.addSecs(-60);
    return agent;
}
} // namespace

void TestAgentRepository::roundTripsEveryField()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    const Agent agent = fullAgent(owner.id, test.now());
    auto id = test.workspace().agents().insert(agent, QStringLiteral("tester"), QStringLiteral("Registered"));
    QVERIFY(id);
    test.reopen();
    auto read = test.workspace().agents().byId(id.value());
    QVERIFY(read);
    QCOMPARE(read->name, agent.name);
    QCOMPARE(read->spiffeId, agent.spiffeId);
    QCOMPARE(read->displayName, agent.displayName);
    QCOMPARE(read->purpose, agent.purpose);
    QCOMPARE(read->ownerId, owner.id);
    QCOMPARE(read->ownerEmail, owner.email);
    QCOMPARE(read->ownerTeam, owner.team);
    QCOMPARE(read->framework, agent.framework);
    QCOMPARE(read->model, agent.model);
    QCOMPARE(read->environment, agent.environment);
    QCOMPARE(read->riskTier, agent.riskTier);
    QCOMPARE(read->status, agent.status);
    QCOMPARE(read->principals.size(), 2);
    QVERIFY(read->principals.contains(agent.principals.at(0)));
    QVERIFY(read->principals.contains(agent.principals.at(1)));
    QCOMPARE(read->tags, agent.tags);
    QCOMPARE(read->createdAt, agent.createdAt);
    QCOMPARE(read->lastSeenAt, agent.lastSeenAt);
    auto history = test.workspace().agents().history(id.value());
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).from, std::nullopt);
    QCOMPARE(history->at(0).to, AgentStatus::Active);
    QCOMPARE(history->at(0).operatorName, QStringLiteral("tester"));
}

void TestAgentRepository::lookups()
{
    TestWorkspace test;
    const Agent agent = test.addAgent(QStringLiteral("kb-writer"), test.addOwner().id);
    QVERIFY(test.workspace().agents().byName(QStringLiteral("kb-writer")));
    QVERIFY(test.workspace().agents().bySpiffeId(QStringLiteral("spiffe://test.example/agent/kb-writer")));
    QCOMPARE(test.workspace().agents().byName(QStringLiteral("nope")).error().kind, ErrorKind::NotFound);
    QCOMPARE(
        test.workspace().agents().byPrincipal({PrincipalKind::OtelAgentId, QStringLiteral("x")}).error().kind,
        ErrorKind::NotFound);
    QVERIFY(agent.id > 0);
}

void TestAgentRepository::updateReplacesPrincipalsAndTags()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    auto id = test.workspace().agents().insert(
        fullAgent(owner.id, test.now()), QStringLiteral("tester"), QString());
    QVERIFY(id);
    auto agent = test.workspace().agents().byId(id.value());
    agent->principals = {
        {PrincipalKind::KubernetesServiceAccount, QStringLiteral("system:serviceaccount:pay:refunds")}};
    agent->tags = {QStringLiteral("internal")};
    agent->displayName = QStringLiteral("Renamed");
    QVERIFY(test.workspace().agents().update(agent.value()));
    auto read = test.workspace().agents().byId(id.value());
    QCOMPARE(read->principals, agent->principals);
    QCOMPARE(read->tags, agent->tags);
    QCOMPARE(read->displayName, QStringLiteral("Renamed"));
    // The old principal is free again; the new one finds the agent.
    QCOMPARE(test.workspace()
                 .agents()
                 .byPrincipal({PrincipalKind::OtelAgentId, QStringLiteral("asst_1")})
                 .error()
                 .kind,
             ErrorKind::NotFound);
    QCOMPARE(test.workspace().agents().byPrincipal(agent->principals.at(0))->id, id.value());
    // The search text follows the change.
    AgentQuery query;
    query.text = QStringLiteral("renamed");
    QCOMPARE(test.workspace().agents().count(query).value(), 1);
}

void TestAgentRepository::statusChangeIsCompareAndSet()
{
    TestWorkspace test;
    const Agent agent = test.addAgent(QStringLiteral("a"), test.addOwner().id);
    QVERIFY(test.workspace().agents().setStatus(
        agent, AgentStatus::Suspended, QStringLiteral("r"), QStringLiteral("tester"), test.now()));
    // A second writer that still believes the agent is active is refused, not silently applied.
    const Status stale = test.workspace().agents().setStatus(
        agent, AgentStatus::Retired, QStringLiteral("r"), QStringLiteral("other"), test.now());
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Refused);
    QCOMPARE(test.workspace().agents().byId(agent.id)->status, AgentStatus::Suspended);
    QCOMPARE(test.workspace().agents().history(agent.id)->size(), 2);
}

void TestAgentRepository::schemaConstraints()
{
    TestWorkspace test;
    QSqlQuery query(test.workspace().database().connection());
    const QString insert = QStringLiteral(
        "INSERT INTO agents (name, spiffe_id, display_name, purpose, owner_id, framework, model, environment,"
        " risk_tier, status, created_at, updated_at) VALUES ('%1', '%1', '', '', %2, '', '', '%3', '%4', "
        "'%5', 0, 0)");
    const qint64 owner = test.addOwner().id;
    QVERIFY(query.exec(insert.arg(QStringLiteral("ok"))
                           .arg(owner)
                           .arg(QStringLiteral("dev"), QStringLiteral("low"), QStringLiteral("active"))));
    QVERIFY2(!query.exec(insert.arg(QStringLiteral("ok"))
                             .arg(owner)
                             .arg(QStringLiteral("dev"), QStringLiteral("low"), QStringLiteral("active"))),
             "unique name");
    QVERIFY2(!query.exec(insert.arg(QStringLiteral("e"))
                             .arg(owner)
                             .arg(QStringLiteral("qa"), QStringLiteral("low"), QStringLiteral("active"))),
             "environment");
    QVERIFY2(
        !query.exec(insert.arg(QStringLiteral("r"))
                        .arg(owner)
                        .arg(QStringLiteral("dev"), QStringLiteral("extreme"), QStringLiteral("active"))),
        "risk");
    QVERIFY2(!query.exec(insert.arg(QStringLiteral("s"))
                             .arg(owner)
                             .arg(QStringLiteral("dev"), QStringLiteral("low"), QStringLiteral("deleted"))),
             "status");
    QVERIFY2(!query.exec(insert.arg(QStringLiteral("o"))
                             .arg(QStringLiteral("NULL"))
                             .arg(QStringLiteral("dev"), QStringLiteral("low"), QStringLiteral("active"))),
             "owner required");
    QVERIFY2(query.exec(insert.arg(QStringLiteral("sh"))
                            .arg(QStringLiteral("NULL"))
                            .arg(QStringLiteral("dev"), QStringLiteral("low"), QStringLiteral("shadow"))),
             "shadow may lack an owner");
    QVERIFY2(!query.exec(insert.arg(QStringLiteral("fk"))
                             .arg(424242)
                             .arg(QStringLiteral("dev"), QStringLiteral("low"), QStringLiteral("active"))),
             "owner must exist");
}

void TestAgentRepository::countAndPageFilters()
{
    TestWorkspace test;
    const Owner ann = test.addOwner(QStringLiteral("ann@example.com"), QStringLiteral("Payments"));
    const Owner bob = test.addOwner(QStringLiteral("bob@example.com"), QStringLiteral("Security"));
    Agent a;
    a.name = QStringLiteral("fraud-screener");
    a.purpose = QStringLiteral("Scores card transactions");
    a.ownerId = ann.id;
    a.environment = Environment::Prod;
    a.riskTier = RiskTier::Critical;
    a.tags = {QStringLiteral("pci")};
    QVERIFY(test.service().addAgent(a));
    test.addAgent(QStringLiteral("alert-triage"), bob.id);
    test.addAgent(QStringLiteral("vuln-patcher"), bob.id);
    QVERIFY(test.service().changeStatus(test.workspace().agents().byName(QStringLiteral("vuln-patcher"))->id,
                                        AgentStatus::Suspended,
                                        QString()));

    const auto count = [&](const AgentQuery& q) { return test.workspace().agents().count(q).value(); };
    AgentQuery q;
    QCOMPARE(count(q), 3);
    q.text = QStringLiteral("CARD");
    QCOMPARE(count(q), 1);
    q = {};
    q.text = QStringLiteral("security");
    QCOMPARE(count(q), 2);
    q = {};
    q.text = QStringLiteral("pci");
    QCOMPARE(count(q), 1);
    q = {};
    q.ownerId = bob.id;
    QCOMPARE(count(q), 2);
    q.status = AgentStatus::Suspended;
    QCOMPARE(count(q), 1);
    q = {};
    q.environment = Environment::Prod;
    q.riskTier = RiskTier::Critical;
    QCOMPARE(count(q), 1);
    auto page = test.workspace().agents().page(q, 0, 10, AgentRepository::Details::With);
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->at(0).name, QStringLiteral("fraud-screener"));
    QCOMPARE(page->at(0).tags, QStringList{QStringLiteral("pci")});
}

void TestAgentRepository::pagingIsStableAndComplete()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    QSet<QString> expected;
    for (int i = 0; i < 53; ++i) {
        const QString name = QStringLiteral("agent-%1").arg(i, 3, 10, QLatin1Char('0'));
        Agent draft;
        draft.name = name;
        draft.purpose = QStringLiteral("p");
        draft.ownerId = owner.id;
        draft.riskTier = AgentTypes::riskTiers().at(i % 4); // many ties in the sort key
        QVERIFY(test.service().addAgent(draft));
        expected.insert(name);
    }
    AgentQuery q;
    q.sortKey = AgentQuery::SortKey::RiskTier;
    QSet<QString> seen;
    for (int offset = 0; offset < 53; offset += 10) {
        auto page = test.workspace().agents().page(q, offset, 10, AgentRepository::Details::Without);
        QVERIFY(page);
        for (const Agent& agent : page.value()) {
            QVERIFY2(!seen.contains(agent.name), "a row appeared on two pages");
            seen.insert(agent.name);
        }
    }
    QCOMPARE(seen, expected);
}

void TestAgentRepository::sortKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("first");
    QTest::newRow("name") << int(AgentQuery::SortKey::Name) << false << QStringLiteral("alpha");
    QTest::newRow("name desc") << int(AgentQuery::SortKey::Name) << true << QStringLiteral("gamma");
    QTest::newRow("risk") << int(AgentQuery::SortKey::RiskTier) << false << QStringLiteral("beta");
    QTest::newRow("risk desc") << int(AgentQuery::SortKey::RiskTier) << true << QStringLiteral("gamma");
    QTest::newRow("environment desc")
        << int(AgentQuery::SortKey::Environment) << true << QStringLiteral("alpha");
    QTest::newRow("owner") << int(AgentQuery::SortKey::Owner) << false << QStringLiteral("gamma");
    QTest::newRow("display") << int(AgentQuery::SortKey::DisplayName) << false << QStringLiteral("beta");
    QTest::newRow("status desc") << int(AgentQuery::SortKey::Status) << true << QStringLiteral("beta");
    QTest::newRow("framework") << int(AgentQuery::SortKey::Framework) << false << QStringLiteral("alpha");
    QTest::newRow("last seen desc") << int(AgentQuery::SortKey::LastSeen) << true << QStringLiteral("gamma");
    QTest::newRow("created") << int(AgentQuery::SortKey::Created) << false << QStringLiteral("alpha");
}

void TestAgentRepository::sortKeys()
{
    QFETCH(int, key);
    QFETCH(bool, descending);
    QFETCH(QString, first);
    TestWorkspace test;
    const Owner zed = test.addOwner(QStringLiteral("zed@example.com"));
    const Owner amy = test.addOwner(QStringLiteral("amy@example.com"));
    struct Row
    {
        const char* name;
        const char* display;
        qint64 owner;
        Environment env;
        RiskTier risk;
        const char* framework;
        int seenHoursAgo;
    };
    const Row rows[] = {
        {"alpha", "Zulu", zed.id, Environment::Prod, RiskTier::Medium, "AutoGen", 5},
        {"beta", "Alpha", zed.id, Environment::Dev, RiskTier::Low, "CrewAI", 9},
        {"gamma", "Mike", amy.id, Environment::Staging, RiskTier::Critical, "LangGraph", 1},
    };
    for (const Row& row : rows) {
        Agent draft;
        draft.name = QString::fromLatin1(row.name);
        draft.displayName = QString::fromLatin1(row.display);
        draft.purpose = QStringLiteral("p");
        draft.ownerId = row.owner;
        draft.environment = row.env;
        draft.riskTier = row.risk;
        draft.framework = QString::fromLatin1(row.framework);
        draft.lastSeenAt = test.now().addSecs(-3600 * row.seenHoursAgo);
        QVERIFY(test.service().addAgent(draft));
        test.advance(60);
    }
    QVERIFY(test.service().changeStatus(
        test.workspace().agents().byName(QStringLiteral("beta"))->id, AgentStatus::Retired, QString()));
    AgentQuery q;
    q.sortKey = static_cast<AgentQuery::SortKey>(key);
    q.descending = descending;
    auto page = test.workspace().agents().page(q, 0, 10, AgentRepository::Details::Without);
    QVERIFY(page);
    QCOMPARE(page->size(), 3);
    QCOMPARE(page->at(0).name, first);
}

void TestAgentRepository::likeWildcardsAreLiteral()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    test.addAgent(QStringLiteral("plain"), owner.id);
    Agent draft;
    draft.name = QStringLiteral("odd");
    draft.purpose = QStringLiteral("Handles 100% of_cases");
    draft.ownerId = owner.id;
    QVERIFY(test.service().addAgent(draft));
    AgentQuery q;
    q.text = QStringLiteral("%");
    QCOMPARE(test.workspace().agents().count(q).value(), 1);
    q.text = QStringLiteral("_");
    QCOMPARE(test.workspace().agents().count(q).value(), 1);
    q.text = QStringLiteral("'; DROP TABLE agents; --");
    QCOMPARE(test.workspace().agents().count(q).value(), 0);
    // Quotes and FTS syntax inside a longer word are text, not query operators.
    q.text = QStringLiteral("\"100%\" OR NEAR(x)");
    QCOMPARE(test.workspace().agents().count(q).value(), 0);
    q.text = QStringLiteral("100%");
    QCOMPARE(test.workspace().agents().count(q).value(), 1);
    q.text = QStringLiteral("HANDLES of_cases");
    QCOMPARE(test.workspace().agents().count(q).value(), 1);
    q.text = QStringLiteral("handles plain");
    QCOMPARE(test.workspace().agents().count(q).value(), 0);
    q.text.clear();
    QCOMPARE(test.workspace().agents().count(q).value(), 2);
}

void TestAgentRepository::countByStatus()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    test.addAgent(QStringLiteral("a"), owner.id);
    const Agent b = test.addAgent(QStringLiteral("b"), owner.id);
    QVERIFY(test.service().changeStatus(b.id, AgentStatus::Suspended, QString()));
    Agent shadow;
    shadow.name = QStringLiteral("s");
    shadow.purpose = QStringLiteral("unknown");
    QVERIFY(test.service().recordShadowAgent(shadow));
    auto counts = test.workspace().agents().countByStatus();
    QVERIFY(counts);
    QCOMPARE(counts->value(AgentStatus::Active), 1);
    QCOMPARE(counts->value(AgentStatus::Suspended), 1);
    QCOMPARE(counts->value(AgentStatus::Shadow), 1);
    QCOMPARE(counts->value(AgentStatus::Retired), 0);
}

QTEST_GUILESS_MAIN(TestAgentRepository)
#include "tst_agentrepository.moc"

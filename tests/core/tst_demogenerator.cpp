// SPDX-License-Identifier: Apache-2.0
#include "inventory/demogenerator.h"
#include "testworkspace.h"

#include <QTest>

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministicForSeed();
    void realisticMix();
    void refusesNonEmptyWorkspace();
    void refusesAbsurdSize();
};

namespace {
DemoGenerator::Options options(int agents, quint32 seed)
{
    DemoGenerator::Options o;
    o.agents = agents;
    o.seed = seed;
    o.baseTime = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    return o;
}
} // namespace

void TestDemoGenerator::deterministicForSeed()
{
    TestWorkspace a;
    TestWorkspace b;
    TestWorkspace c;
    QVERIFY(DemoGenerator::fill(a.service(), options(150, 7)));
    QVERIFY(DemoGenerator::fill(b.service(), options(150, 7)));
    QVERIFY(DemoGenerator::fill(c.service(), options(150, 8)));
    // Everything but the operators table, whose row records when each test workspace was made,
    // the workspace's random identifier, and the audit trail that names it.
    const auto inventory = [](Workspace& workspace) {
        QStringList lines = TestWorkspace::snapshot(workspace).split(QLatin1Char('\n'));
        lines.removeIf([](const QString& line) {
            return line.startsWith(QStringLiteral("operators|")) ||
                   line.startsWith(QStringLiteral("meta|workspace_id|")) ||
                   line.startsWith(QStringLiteral("audit_entries|"));
        });
        return lines;
    };
    QCOMPARE(inventory(a.workspace()), inventory(b.workspace()));
    QVERIFY(inventory(a.workspace()) != inventory(c.workspace()));
}

void TestDemoGenerator::realisticMix()
{
    TestWorkspace test;
    int reported = 0;
    auto o = options(1000, 20261126);
    o.progress = [&reported](int done, int total) {
        QVERIFY(done <= total);
        reported = done;
    };
    QVERIFY(DemoGenerator::fill(test.service(), o));
    QCOMPARE(reported, 1000);
    auto counts = test.workspace().agents().countByStatus();
    QVERIFY(counts);
    qint64 total = 0;
    for (qint64 n : counts.value()) {
        total += n;
    }
    QCOMPARE(total, 1000);
    QVERIFY(counts->value(AgentStatus::Shadow) > 20);
    QVERIFY(counts->value(AgentStatus::Suspended) > 10);
    QVERIFY(counts->value(AgentStatus::Retired) > 10);
    QVERIFY(counts->value(AgentStatus::Active) > 700);

    auto owners = test.workspace().owners().list();
    QSet<QString> teams;
    for (const Owner& owner : owners.value()) {
        teams.insert(owner.team);
    }
    for (const char* team : {"Payments", "Data Platform", "Customer Support", "Security"}) {
        QVERIFY2(teams.contains(QString::fromLatin1(team)), team);
    }
    auto page = test.workspace().agents().page(AgentQuery{}, 0, 1000, AgentRepository::Details::With);
    QSet<QString> frameworks;
    QSet<PrincipalKind> kinds;
    for (const Agent& agent : page.value()) {
        frameworks.insert(agent.framework);
        for (const Principal& principal : agent.principals) {
            kinds.insert(principal.kind);
        }
        QVERIFY(agent.status == AgentStatus::Shadow || agent.ownerId != 0);
        QVERIFY(!agent.principals.isEmpty());
    }
    for (const char* framework :
         {"LangGraph", "OpenAI Agents SDK", "CrewAI", "Microsoft Agent Framework", "Claude Agent SDK"}) {
        QVERIFY2(frameworks.contains(QString::fromLatin1(framework)), framework);
    }
    QCOMPARE(kinds.size(), 3);
}

void TestDemoGenerator::refusesNonEmptyWorkspace()
{
    TestWorkspace test;
    test.addAgent(QStringLiteral("mine"), test.addOwner().id);
    const QString before = TestWorkspace::snapshot(test.workspace());
    const Status status = DemoGenerator::fill(test.service(), options(10, 1));
    QVERIFY(!status);
    QCOMPARE(status.error().kind, ErrorKind::Refused);
    QCOMPARE(TestWorkspace::snapshot(test.workspace()), before);
}

void TestDemoGenerator::refusesAbsurdSize()
{
    TestWorkspace test;
    QVERIFY(!DemoGenerator::fill(test.service(), options(-1, 1)));
    QVERIFY(!DemoGenerator::fill(test.service(), options(DemoGenerator::kMaxAgents + 1, 1)));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"

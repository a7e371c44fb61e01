// SPDX-License-Identifier: Apache-2.0
#include "demo/demoactivity.h"
#include "demo/demogenerator.h"
#include "identity/identityservice.h"
#include "testworkspace.h"
#include "workflow/requestservice.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministicForSeed();
    void realisticMix();
    void refusesNonEmptyWorkspace();
    void refusesAbsurdSize();
    void reviewHistoryFollowsTheRules();
    void reviewHistoryIsReproducible();
    void shortPassphraseRefused();
    void activityThroughTheConnectors();
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
    int total = 0;
    auto o = options(1000, 20261126);
    o.progress = [&reported, &total](int done, int all) {
        QVERIFY(done <= all);
        reported = done;
        total = all;
    };
    QVERIFY(DemoGenerator::fill(test.service(), o));
    QCOMPARE(reported, total);
    QVERIFY(total > 1000); // every agent, plus the suspensions and retirements
    auto counts = test.workspace().agents().countByStatus();
    QVERIFY(counts);
    qint64 agents = 0;
    for (qint64 n : counts.value()) {
        agents += n;
    }
    QCOMPARE(agents, 1000);
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

namespace {
const QByteArray kDemoPassphrase = "demo passphrase";

// The demo with its review history, written up to the test workspace's own "now".
// Returns the last audit entry written before the demo's history.
qint64 fillWithReviews(TestWorkspace& test, IdentityService& identity, quint32 seed)
{
    [&] {
        QVERIFY(identity.initCertificateAuthority(kDemoPassphrase));
        QVERIFY(identity.ensureSigningKey(kDemoPassphrase));
        QVERIFY(identity.unlock(kDemoPassphrase));
    }();
    const qint64 before = test.workspace().audit().headSequence();
    auto o = options(240, seed);
    o.baseTime = test.now();
    o.passphrase = kDemoPassphrase;
    o.identity = &identity;
    const Status filled = DemoGenerator::fill(test.service(), o);
    [&] { QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().message)); }();
    return before;
}

QList<Request> allRequests(Workspace& workspace)
{
    RequestRepository::Filter filter;
    filter.limit = 100000;
    return workspace.requests().list(filter).value();
}
} // namespace

void TestDemoGenerator::reviewHistoryFollowsTheRules()
{
    TestWorkspace test;
    IdentityService identity(test.workspace());
    const qint64 setUp = fillWithReviews(test, identity, 20261126);
    if (QTest::currentTestFailed()) {
        return;
    }
    Workspace& workspace = test.workspace();
    QCOMPARE(workspace.operatorName(), QStringLiteral("tester"));
    QVERIFY(!workspace.audit().hasSigner());

    const QList<Request> requests = allRequests(workspace);
    QVERIFY(requests.size() > 60);
    QHash<RequestState, int> byState;
    QSet<RequestKind> kinds;
    RequestService service(workspace);
    for (const Request& request : requests) {
        ++byState[request.state];
        kinds.insert(request.kind);
        // Every decision is really signed over the request as stored, by someone allowed to.
        auto review = service.review(request);
        QVERIFY(review);
        QVERIFY2(review->invalid.isEmpty(), qPrintable(review->invalid.join(QLatin1Char(';'))));
        for (const Decision& decision : std::as_const(review->decisions)) {
            QVERIFY(decision.operatorName != request.requester);
            QVERIFY(decision.decidedAt >= request.createdAt);
        }
        if (request.state == RequestState::Approved) {
            QVERIFY(review->tally.state == ApprovalPolicy::State::Approved);
        }
        if (request.state == RequestState::Pending) {
            QVERIFY(request.expiresAt > test.now());
        }
    }
    for (RequestState state : {RequestState::Pending,
                               RequestState::Approved,
                               RequestState::Denied,
                               RequestState::Expired,
                               RequestState::Withdrawn}) {
        QVERIFY2(byState.value(state) > 0, qPrintable(RequestKinds::key(state)));
    }
    QVERIFY(kinds.contains(RequestKind::Identity));
    QVERIFY(kinds.contains(RequestKind::Elevation));

    // The grants the approvals made: some still live, most over by now, a few revoked.
    QHash<GrantState, int> grantStates;
    QHash<qint64, Grant> grants;
    for (const Request& request : requests) {
        if (request.state != RequestState::Approved || request.kind == RequestKind::Identity) {
            continue;
        }
        auto ofAgent = workspace.requests().grants(request.agentId, false, test.now());
        QVERIFY(ofAgent);
        int made = 0;
        for (const Grant& grant : ofAgent.value()) {
            if (grant.requestId == request.id) {
                ++made;
                grants.insert(grant.id, grant);
                ++grantStates[grant.state];
                QVERIFY(grant.approvers.size() >= 1);
                if (grant.state == GrantState::Active) {
                    QVERIFY(grant.validUntil > test.now());
                }
            }
        }
        QCOMPARE(made, 1);
    }
    QVERIFY(grantStates.value(GrantState::Active) > 0);
    QVERIFY(grantStates.value(GrantState::Expired) > 0);
    QVERIFY(grantStates.value(GrantState::Revoked) > 0);

    // Tokens were minted only within their grant, and a few are live now.
    CredentialRepository::Filter filter;
    filter.kind = CredentialKind::Jwt;
    auto tokens = workspace.credentials().list(filter);
    QVERIFY(tokens);
    QVERIFY(tokens->size() > 20);
    int live = 0;
    for (const Credential& token : tokens.value()) {
        QVERIFY(grants.contains(token.grantId));
        const Grant& grant = grants.value(token.grantId);
        QCOMPARE(token.agentId, grant.agentId);
        QCOMPARE(token.scope, grant.statements);
        QVERIFY(token.issuedAt >= grant.validFrom);
        QVERIFY(token.expiresAt <= grant.validUntil);
        live += token.isExpired(test.now()) || token.isRevoked() ? 0 : 1;
    }
    QVERIFY(live > 0);

    // The trail verifies, and the demo's history in it reads forward in time (the workspace and
    // its authority were made now, before the back-dated history was written).
    auto verified = workspace.audit().verify();
    QVERIFY(verified);
    QVERIFY2(verified->intact(), qPrintable(verified->message));
    QVERIFY(verified->signedEntries > verified->entries / 2);
    QDateTime previous;
    AuditTrail::Filter page;
    page.limit = 100000;
    auto entries = workspace.audit().list(page);
    QVERIFY(entries);
    QCOMPARE(entries->size(), verified->entries);
    for (const AuditEntry& entry : entries.value()) {
        if (entry.sequence <= setUp) {
            continue;
        }
        if (previous.isValid()) {
            QVERIFY2(entry.at >= previous, qPrintable(QString::number(entry.sequence)));
        }
        previous = entry.at;
    }
}

void TestDemoGenerator::reviewHistoryIsReproducible()
{
    TestWorkspace a;
    TestWorkspace b;
    IdentityService identityA(a.workspace());
    IdentityService identityB(b.workspace());
    fillWithReviews(a, identityA, 11);
    fillWithReviews(b, identityB, 11);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Keys and signatures are fresh on every run; what happened, to whom and when is not.
    const auto story = [](Workspace& workspace) {
        QStringList lines;
        for (const Request& r : allRequests(workspace)) {
            lines << QStringList{QString::number(r.id),
                                 r.agentName,
                                 r.requester,
                                 RequestKinds::key(r.state),
                                 r.statements.join(QLatin1Char(';')),
                                 r.createdAt.toString(Qt::ISODate),
                                 r.decidedAt.toString(Qt::ISODate)}
                         .join(QLatin1Char('|'));
            for (const Decision& d : workspace.requests().decisions(r.id).value()) {
                lines << d.operatorName +
                             (d.approve ? QStringLiteral(" approve ") : QStringLiteral(" deny ")) + d.reason;
            }
        }
        return lines;
    };
    QCOMPARE(story(a.workspace()), story(b.workspace()));
}

void TestDemoGenerator::shortPassphraseRefused()
{
    TestWorkspace test;
    auto o = options(10, 1);
    o.passphrase = "short";
    const QString before = TestWorkspace::snapshot(test.workspace());
    const Status status = DemoGenerator::fill(test.service(), o);
    QVERIFY(!status);
    QCOMPARE(status.error().kind, ErrorKind::Invalid);
    QCOMPARE(TestWorkspace::snapshot(test.workspace()), before);
}

void TestDemoGenerator::activityThroughTheConnectors()
{
    TestWorkspace test;
    QVERIFY(DemoGenerator::fill(test.service(), options(40, 7)));
    const qint64 agentsBefore = test.workspace().agents().count({}).value();
    DemoActivity::Options activity;
    activity.events = 6000;
    activity.seed = 7;
    activity.end = test.now();
    activity.folder = test.dir() + QStringLiteral("/activity");
    QList<QString> stages;
    activity.progress = [&stages](const QString& stage, qint64, qint64) {
        if (!stages.contains(stage)) {
            stages << stage;
        }
    };
    auto counts = DemoActivity::generate(test.workspace(), activity);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QCOMPARE(stages.size(), 2); // writing, then reading
    QVERIFY(counts->balanced());
    QCOMPARE(counts->quarantined, 0); // every line the demo writes, the connectors understand
    QCOMPARE(counts->duplicates, 0);
    QVERIFY(counts->read >= 6000);

    // One connector per format, each reading the files as they lie.
    auto connectors = test.workspace().connectors().list().value();
    QStringList kinds;
    for (const Connector& c : connectors) {
        kinds << c.kind;
        QVERIFY(QFileInfo::exists(c.settings.value(QStringLiteral("path")).toString()));
        QVERIFY(c.counts.stored > 0);
    }
    kinds.sort();
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("cloudtrail"),
                          QStringLiteral("k8s"),
                          QStringLiteral("mcp"),
                          QStringLiteral("otlp")}));

    // Every outcome occurs; refusals among them.
    for (EventOutcome outcome : {EventOutcome::Success, EventOutcome::Failure, EventOutcome::Denied}) {
        EventQuery query;
        query.outcome = outcome;
        QVERIFY2(test.workspace().events().count(query).value() > 0, qPrintable(EventOutcomes::key(outcome)));
    }
    // Traces run from an invocation down to its calls, made by registered agents.
    EventQuery tools;
    tools.action = QStringLiteral("execute");
    tools.source = QStringLiteral("otlp");
    tools.text = QStringLiteral("tool://");
    tools.limit = 1;
    const Event tool = test.workspace().events().page(tools).value().first();
    const auto spans = test.workspace().events().trace(tool.traceId).value();
    QVERIFY(spans.size() >= 3);
    QVERIFY(std::any_of(spans.cbegin(), spans.cend(), [](const Event& e) {
        return e.nativeAction.startsWith(QStringLiteral("invoke_agent")) && e.parentSpanId.isEmpty();
    }));
    QVERIFY(tool.agentId > 0);
    // Most of the activity is the registered agents' own; the strays are a small part of it.
    QSqlQuery byRegistered(test.workspace().database().connection());
    QVERIFY(byRegistered.exec(
        QStringLiteral("SELECT count(*) FROM events WHERE agent_id IN (SELECT id FROM agents "
                       "WHERE name NOT IN ('etl-nightly', 'scraper-bot', 'pricing-copilot', "
                       "'pricing-copilot-7f3a'))")));
    QVERIFY(byRegistered.next());
    const qint64 total = test.workspace().events().count({}).value();
    QVERIFY2(byRegistered.value(0).toLongLong() > total * 8 / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(byRegistered.value(0).toLongLong()).arg(total)));
    // Principals nobody registered turn up as shadow agents: a handful, not one per event.
    const qint64 found = test.workspace().agents().count({}).value() - agentsBefore;
    QVERIFY2(found >= 2 && found <= 5, qPrintable(QString::number(found)));
    QVERIFY(test.workspace().agents().byName(QStringLiteral("etl-nightly")));
    QVERIFY(test.workspace().agents().byName(QStringLiteral("scraper-bot")));
    // The same seed writes the same files.
    QFile first(activity.folder + QStringLiteral("/kube-audit.log"));
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray k8s = first.readAll();
    TestWorkspace again;
    QVERIFY(DemoGenerator::fill(again.service(), options(40, 7)));
    DemoActivity::Options same = activity;
    same.folder = again.dir() + QStringLiteral("/activity");
    same.progress = {};
    QVERIFY(DemoActivity::generate(again.workspace(), same));
    QFile second(same.folder + QStringLiteral("/kube-audit.log"));
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), k8s);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"

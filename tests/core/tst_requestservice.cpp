// SPDX-License-Identifier: Apache-2.0
// The review workflow on a real workspace: filing, signed decisions under the rules, grants and
// their expiry at the exact boundary, tokens bound to grants, and what suspension takes away.
#include "audit/audittrail.h"
#include "identity/identityservice.h"
#include "testworkspace.h"
#include "workflow/operatorservice.h"
#include "workflow/requestservice.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

class TestRequestService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void filingAssessesRiskAndIsAudited();
    void filingRefusals_data();
    void filingRefusals();
    void selfApprovalRefused();
    void sameOperatorTwiceIsNoQuorum();
    void ownerAloneCannotApproveSensitive();
    void aDenyEndsIt();
    void decisionsAreSignedAndBoundToTheRequest();
    void requestExpiresExactlyAtItsBoundary();
    void grantExpiresExactlyAtItsEnd();
    void tokensStayWithinTheirGrant();
    void suspensionRevokesGrants();
    void identityRequestActivatesTheAgent();
    void withdrawOnlyByRequesterOrAdmin();
    void settingsChangesAreAdminOnlyAndAudited();
    void damagedStatementsAreRefusedNotDropped();
    void damagedRulesAreAnErrorNotTheDefaults();
    void suspendingWithdrawsPendingRequests();
    void approvalForAnAgentThatCannotReceiveItIsRefused();

private:
    KeyPair addApprover(const QString& name,
                        const QString& email = QString(),
                        OperatorRole role = OperatorRole::Approver);
    Result<RequestService::Outcome>
    decideAs(const QString& name, qint64 id, bool approve, const QString& reason = QStringLiteral("ok"));
    Request
    file(const QString& statements, qint64 seconds = 8 * 3600, const QString& agent = QStringLiteral("bot"));

    std::unique_ptr<TestWorkspace> m_test;
    QHash<QString, KeyPair> m_keys;
    Owner m_owner;
};

namespace {
const QByteArray kOperatorPassphrase = "operator passphrase";
}

void TestRequestService::init()
{
    m_test = std::make_unique<TestWorkspace>();
    m_keys.clear();
    m_owner = m_test->addOwner(QStringLiteral("olga@example.com"));
    m_test->addAgent(QStringLiteral("bot"), m_owner.id);
}

KeyPair TestRequestService::addApprover(const QString& name, const QString& email, OperatorRole role)
{
    Workspace& ws = m_test->workspace();
    OperatorService operators(ws);
    auto added = operators.add(name, name, email, role);
    if (!added) {
        qFatal("%s", qPrintable(added.error().message));
    }
    ws.setOperatorName(name);
    (void)operators.enroll(kOperatorPassphrase);
    const KeyPair key = operators.unlock(kOperatorPassphrase).value();
    ws.audit().setSigner(std::nullopt);
    ws.setOperatorName(QStringLiteral("tester"));
    m_keys.insert(name, key);
    return key;
}

Result<RequestService::Outcome>
TestRequestService::decideAs(const QString& name, qint64 id, bool approve, const QString& reason)
{
    Workspace& ws = m_test->workspace();
    ws.setOperatorName(name);
    RequestService requests(ws);
    const KeyPair key = m_keys.contains(name) ? *m_keys.constFind(name)
                                              : KeyPair::generate(KeyPair::Algorithm::Ed25519).value();
    auto outcome = requests.decide(id, approve, reason, key);
    ws.setOperatorName(QStringLiteral("tester"));
    return outcome;
}

Request TestRequestService::file(const QString& statements, qint64 seconds, const QString& agent)
{
    RequestService requests(m_test->workspace());
    RequestService::Draft draft;
    draft.agent = agent;
    draft.justification = QStringLiteral("Quarter-end refunds");
    draft.task = QStringLiteral("FIN-7");
    draft.statements = statements;
    draft.durationSeconds = seconds;
    auto filed = requests.file(draft);
    if (!filed) {
        qFatal("%s", qPrintable(filed.error().message));
    }
    return filed.value();
}

void TestRequestService::filingAssessesRiskAndIsAudited()
{
    const Request r = file(QStringLiteral("read,list   s3://refunds/**  classification<=confidential"));
    QCOMPARE(r.state, RequestState::Pending);
    QCOMPARE(r.statements,
             QStringList{QStringLiteral("read,list s3://refunds/** classification<=confidential")});
    QCOMPARE(r.requester, QStringLiteral("tester"));
    QCOMPARE(r.expiresAt, m_test->now().addDays(7));
    QVERIFY(r.risk >= RiskTier::Medium);
    QVERIFY(!r.riskReasons.isEmpty());
    const AuditEntry last =
        m_test->workspace().audit().entry(m_test->workspace().audit().headSequence()).value();
    QCOMPARE(last.action, QStringLiteral("request.filed"));
    QCOMPARE(last.objectId, QString::number(r.id));
    RequestService requests(m_test->workspace());
    QCOMPARE(QCryptographicHash::hash(requests.shownAs(m_test->workspace().requests().byId(r.id).value()),
                                      QCryptographicHash::Sha256),
             QCryptographicHash::hash(requests.shownAs(r), QCryptographicHash::Sha256));
}

void TestRequestService::filingRefusals_data()
{
    QTest::addColumn<QString>("statements");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<QString>("word");
    QTest::newRow("no justification") << "read s3://a" << qint64(3600) << "  "
                                      << "justification";
    QTest::newRow("bad statement") << "read s3://a\nreed s3://b" << qint64(3600) << "j"
                                   << "Line 2, column 1";
    QTest::newRow("no statements") << "" << qint64(3600) << "j"
                                   << "at least one";
    QTest::newRow("too long") << "read s3://a" << qint64(31 * 86400) << "j"
                              << "standing";
    QTest::newRow("sensitive too long") << "execute mcp://s/t sensitive" << qint64(25 * 3600) << "j"
                                        << "at most 1 day";
    QTest::newRow("no duration") << "read s3://a" << qint64(0) << "j"
                                 << "duration";
}

void TestRequestService::filingRefusals()
{
    QFETCH(QString, statements);
    QFETCH(qint64, seconds);
    QFETCH(QString, justification);
    QFETCH(QString, word);
    const QString before = TestWorkspace::snapshot(m_test->workspace());
    RequestService requests(m_test->workspace());
    RequestService::Draft draft;
    draft.agent = QStringLiteral("bot");
    draft.justification = justification;
    draft.statements = statements;
    draft.durationSeconds = seconds;
    auto filed = requests.file(draft);
    QVERIFY(!filed);
    QVERIFY2(filed.error().message.contains(word), qPrintable(filed.error().message));
    QCOMPARE(TestWorkspace::snapshot(m_test->workspace()), before);
}

void TestRequestService::selfApprovalRefused()
{
    const Request r = file(QStringLiteral("read s3://a/x classification<=internal"));
    OperatorService operators(m_test->workspace());
    QVERIFY(operators.enroll(kOperatorPassphrase));
    m_keys.insert(QStringLiteral("tester"), operators.unlock(kOperatorPassphrase).value());
    auto self = decideAs(QStringLiteral("tester"), r.id, true);
    QVERIFY(!self);
    QVERIFY(self.error().message.contains(QStringLiteral("never approves")));
    QCOMPARE(m_test->workspace().requests().decisions(r.id)->size(), 0);
}

void TestRequestService::sameOperatorTwiceIsNoQuorum()
{
    addApprover(QStringLiteral("ann"));
    addApprover(QStringLiteral("bob"));
    const Request r = file(QStringLiteral("read s3://a/x")); // no ceiling: restricted data, two approvers
    auto first = decideAs(QStringLiteral("ann"), r.id, true);
    QVERIFY(first);
    QCOMPARE(first->tally.state, ApprovalPolicy::State::Pending);
    QCOMPARE(first->tally.required, 2);
    auto again = decideAs(QStringLiteral("ann"), r.id, true);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
    auto second = decideAs(QStringLiteral("bob"), r.id, true);
    QVERIFY(second);
    QCOMPARE(second->request.state, RequestState::Approved);
    QVERIFY(second->grant);
    QCOMPARE(second->grant->approvers, (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
}

void TestRequestService::ownerAloneCannotApproveSensitive()
{
    addApprover(QStringLiteral("olga"), QStringLiteral("OLGA@example.com"));
    addApprover(QStringLiteral("ann"));
    const Request r =
        file(QStringLiteral("execute mcp://stripe/refund classification<=internal sensitive"), 3600);
    auto owner = decideAs(QStringLiteral("olga"), r.id, true);
    QVERIFY(owner);
    QCOMPARE(owner->tally.state, ApprovalPolicy::State::Pending);
    auto other = decideAs(QStringLiteral("ann"), r.id, true);
    QVERIFY(other);
    QCOMPARE(other->request.state, RequestState::Approved);
    // Sensitive grants last at most a day.
    QVERIFY(other->grant->validUntil <= m_test->now().addSecs(24 * 3600));
}

void TestRequestService::aDenyEndsIt()
{
    addApprover(QStringLiteral("ann"));
    addApprover(QStringLiteral("bob"));
    const Request r = file(QStringLiteral("read s3://a/x"));
    QVERIFY(decideAs(QStringLiteral("ann"), r.id, true));
    auto denied = decideAs(QStringLiteral("bob"), r.id, false, QStringLiteral("too broad"));
    QVERIFY(denied);
    QCOMPARE(denied->request.state, RequestState::Denied);
    QVERIFY(!denied->grant);
    QVERIFY(!decideAs(QStringLiteral("ann"), r.id, true));
    QVERIFY(m_test->workspace()
                .requests()
                .grants(m_test->workspace().agents().byName(QStringLiteral("bot"))->id, false, m_test->now())
                ->isEmpty());
}

void TestRequestService::decisionsAreSignedAndBoundToTheRequest()
{
    addApprover(QStringLiteral("ann"));
    addApprover(QStringLiteral("bob"));
    const Request r = file(QStringLiteral("read s3://a/x"));
    QVERIFY(decideAs(QStringLiteral("ann"), r.id, true));
    // The request is changed behind the approver's back: the approval no longer counts.
    QSqlQuery edit(m_test->workspace().database().connection());
    QVERIFY(
        edit.exec(QStringLiteral("UPDATE requests SET statements = 'read s3://**' WHERE id = %1").arg(r.id)));
    RequestService requests(m_test->workspace());
    auto review = requests.review(m_test->workspace().requests().byId(r.id).value());
    QVERIFY(review);
    QCOMPARE(review->tally.approvals, 0);
    QCOMPARE(review->invalid.size(), 1);
    QVERIFY(review->invalid.constFirst().contains(QStringLiteral("changed")));
    auto second = decideAs(QStringLiteral("bob"), r.id, true);
    QVERIFY(second);
    QCOMPARE(second->request.state, RequestState::Pending);
    // A decision signed with a key that is not the operator's is refused outright.
    addApprover(QStringLiteral("cy"));
    m_keys.insert(QStringLiteral("cy"), KeyPair::generate(KeyPair::Algorithm::Ed25519).value());
    QVERIFY(!decideAs(QStringLiteral("cy"), r.id, true));
}

void TestRequestService::requestExpiresExactlyAtItsBoundary()
{
    addApprover(QStringLiteral("ann"));
    const Request r = file(QStringLiteral("read s3://a/x classification<=internal"));
    RequestService requests(m_test->workspace());
    m_test->advance(7 * 86400 - 1);
    QCOMPARE(requests.expire()->first, 0);
    m_test->advance(1);
    auto late = decideAs(QStringLiteral("ann"), r.id, true);
    QVERIFY(!late);
    QCOMPARE(m_test->workspace().requests().byId(r.id)->state, RequestState::Expired);
}

void TestRequestService::grantExpiresExactlyAtItsEnd()
{
    const Grant grant =
        m_test->grant(QStringLiteral("bot"), QStringLiteral("read s3://a/** classification<=internal"), 3600);
    QCOMPARE(grant.validUntil, m_test->now().addSecs(3600));
    RequestService requests(m_test->workspace());
    m_test->advance(3599);
    QCOMPARE(requests.expire()->second, 0);
    QVERIFY(m_test->workspace().requests().grant(grant.id)->isLive(m_test->now()));
    m_test->advance(1);
    QVERIFY(!m_test->workspace().requests().grant(grant.id)->isLive(m_test->now()));
    QCOMPARE(requests.expire()->second, 1);
    QCOMPARE(m_test->workspace().requests().grant(grant.id)->state, GrantState::Expired);
    AuditTrail::Filter filter;
    filter.action = QStringLiteral("grant.expired");
    QCOMPARE(m_test->workspace().audit().list(filter)->size(), 1);
}

void TestRequestService::tokensStayWithinTheirGrant()
{
    IdentityService identity(m_test->workspace());
    QVERIFY(identity.ensureSigningKey("pw"));
    IdentityService::MintRequest mint;
    mint.agent = QStringLiteral("bot");
    mint.audience = QStringLiteral("api");
    mint.scope = {QStringLiteral("read s3://a/reports/** classification<=internal")};
    QVERIFY(identity.mintToken(mint, "pw").error().message.contains(QStringLiteral("no active grant")));

    const Grant grant =
        m_test->grant(QStringLiteral("bot"), QStringLiteral("read s3://a/** classification<=internal"), 600);
    auto token = identity.mintToken(mint, "pw");
    QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
    QCOMPARE(token->expiresAt, m_test->now().addSecs(600)); // 15 minutes asked, the grant has 10 left
    const auto claims = identity.verifyToken(token->compact, QStringLiteral("api")).claims;
    QCOMPARE(claims.value(QStringLiteral("task")).toString(), grant.task);
    QCOMPARE(m_test->workspace().credentials().find(CredentialKind::Jwt, token->jti)->grantId, grant.id);

    mint.scope = {QStringLiteral("read s3://a/** classification<=confidential")};
    QVERIFY(identity.mintToken(mint, "pw").error().message.contains(QStringLiteral("covers")));
    mint.scope = {QStringLiteral("read s3://a/x classification<=internal")};
    mint.task = QStringLiteral("OTHER-TASK");
    QVERIFY(!identity.mintToken(mint, "pw"));
    mint.task.clear();
    m_test->advance(600);
    QVERIFY(identity.mintToken(mint, "pw").error().message.contains(QStringLiteral("no active grant")));
}

void TestRequestService::suspensionRevokesGrants()
{
    const Grant grant =
        m_test->grant(QStringLiteral("bot"), QStringLiteral("read s3://a/** classification<=internal"));
    const Agent bot = m_test->workspace().agents().byName(QStringLiteral("bot")).value();
    QVERIFY(m_test->service().changeStatus(bot.id, AgentStatus::Suspended, QStringLiteral("incident")));
    QCOMPARE(m_test->workspace().requests().grant(grant.id)->state, GrantState::Revoked);
    const AuditEntry last =
        m_test->workspace().audit().entry(m_test->workspace().audit().headSequence()).value();
    QVERIFY(last.payload.contains("\"grants_revoked\":1"));
}

void TestRequestService::identityRequestActivatesTheAgent()
{
    addApprover(QStringLiteral("ann"));
    addApprover(QStringLiteral("bob"));
    RequestService requests(m_test->workspace());
    RequestService::Draft draft;
    draft.kind = RequestKind::Identity;
    draft.newAgent.name = QStringLiteral("ledger-bot");
    draft.newAgent.purpose = QStringLiteral("Reconciles the ledger");
    draft.newAgent.ownerId = m_owner.id;
    draft.justification = QStringLiteral("New reconciliation agent");
    auto filed = requests.file(draft);
    QVERIFY2(filed, qPrintable(filed ? QString() : filed.error().message));
    QCOMPARE(m_test->workspace().agents().byName(QStringLiteral("ledger-bot"))->status,
             AgentStatus::Requested);
    auto approved = decideAs(QStringLiteral("ann"), filed->id, true);
    QVERIFY(approved);
    QCOMPARE(approved->request.state, RequestState::Approved);
    QVERIFY(!approved->grant);
    QCOMPARE(m_test->workspace().agents().byName(QStringLiteral("ledger-bot"))->status, AgentStatus::Active);
}

void TestRequestService::withdrawOnlyByRequesterOrAdmin()
{
    addApprover(QStringLiteral("ann"));
    const Request r = file(QStringLiteral("read s3://a/x classification<=internal"));
    RequestService requests(m_test->workspace());
    m_test->workspace().setOperatorName(QStringLiteral("ann"));
    QVERIFY(!requests.withdraw(r.id, QStringLiteral("not mine")));
    m_test->workspace().setOperatorName(QStringLiteral("tester"));
    auto withdrawn = requests.withdraw(r.id, QStringLiteral("no longer needed"));
    QVERIFY(withdrawn);
    QCOMPARE(withdrawn->state, RequestState::Withdrawn);
    QVERIFY(!requests.withdraw(r.id, QStringLiteral("again")));
}

void TestRequestService::settingsChangesAreAdminOnlyAndAudited()
{
    addApprover(QStringLiteral("ann"));
    RequestService requests(m_test->workspace());
    ApprovalSettings settings = requests.settings().value();
    settings.sensitiveQuorum = 3;
    m_test->workspace().setOperatorName(QStringLiteral("ann"));
    QVERIFY(!requests.setSettings(settings));
    m_test->workspace().setOperatorName(QStringLiteral("tester"));
    QVERIFY(requests.setSettings(settings));
    QCOMPARE(requests.settings()->sensitiveQuorum, 3);
    settings.sensitiveQuorum = 1;
    QCOMPARE(requests.setSettings(settings).error().kind, ErrorKind::Invalid);
    const AuditEntry last =
        m_test->workspace().audit().entry(m_test->workspace().audit().headSequence()).value();
    QCOMPARE(last.action, QStringLiteral("settings.changed"));
    QVERIFY(last.payload.contains("\"sensitive_quorum\":3"));
}

QTEST_GUILESS_MAIN(TestRequestService)
#include "tst_requestservice.moc"

void TestRequestService::damagedStatementsAreRefusedNotDropped()
{
    // Someone with write access to the file bends the sensitive statement of a pending request so
    // that it no longer parses: dropped, it would leave a one-approver request for admin rights.
    addApprover(QStringLiteral("ann"));
    const Request r = file(QStringLiteral("read s3://a/x classification<=internal\nadmin s3://** sensitive"));
    QSqlQuery tamper(m_test->workspace().database().connection());
    QVERIFY(tamper.exec(QStringLiteral("UPDATE requests SET statements = "
                                       "'read s3://a/x classification<=internal' || char(10) || "
                                       "'admin s3://** sensitiv' WHERE id = %1")
                            .arg(r.id)));
    const QString before = TestWorkspace::snapshot(m_test->workspace());
    auto decided = decideAs(QStringLiteral("ann"), r.id, true);
    QVERIFY(!decided);
    QCOMPARE(decided.error().kind, ErrorKind::Storage);
    QVERIFY2(decided.error().message.contains(QStringLiteral("admin s3://** sensitiv")),
             qPrintable(decided.error().message));
    QCOMPARE(TestWorkspace::snapshot(m_test->workspace()), before);
    QVERIFY(!RequestService(m_test->workspace()).review(m_test->workspace().requests().byId(r.id).value()));
}

void TestRequestService::damagedRulesAreAnErrorNotTheDefaults()
{
    // A raised quorum that no longer reads as a number must not fall back to the default of one.
    QSqlQuery tamper(m_test->workspace().database().connection());
    QVERIFY(tamper.exec(
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('approval_default_quorum', 'three') "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
    RequestService requests(m_test->workspace());
    auto rules = requests.settings();
    QVERIFY(!rules);
    QVERIFY2(rules.error().message.contains(QStringLiteral("three")), qPrintable(rules.error().message));
    RequestService::Draft draft;
    draft.agent = QStringLiteral("bot");
    draft.justification = QStringLiteral("Quarter-end refunds");
    draft.statements = QStringLiteral("read s3://a/x classification<=internal");
    draft.durationSeconds = 3600;
    QVERIFY(!requests.file(draft));
    // An admin repairs them by setting them again.
    ApprovalSettings repaired;
    repaired.defaultQuorum = 3;
    QVERIFY(requests.setSettings(repaired));
    QCOMPARE(requests.settings()->defaultQuorum, 3);
}

void TestRequestService::suspendingWithdrawsPendingRequests()
{
    addApprover(QStringLiteral("ann"));
    const Request r = file(QStringLiteral("read s3://a/x classification<=internal"));
    const Agent bot = m_test->workspace().agents().byName(QStringLiteral("bot")).value();
    QVERIFY(m_test->service().changeStatus(bot.id, AgentStatus::Suspended, QStringLiteral("leaked a key")));
    QCOMPARE(m_test->workspace().requests().byId(r.id)->state, RequestState::Withdrawn);
    AuditTrail::Filter filter;
    filter.action = QStringLiteral("request.withdrawn");
    const QList<AuditEntry> withdrawn = m_test->workspace().audit().list(filter).value();
    QCOMPARE(withdrawn.size(), 1);
    QCOMPARE(withdrawn.constFirst().objectId, QString::number(r.id));
    QVERIFY(withdrawn.constFirst().payload.contains("leaked a key"));
    QVERIFY(!decideAs(QStringLiteral("ann"), r.id, true));
}

void TestRequestService::approvalForAnAgentThatCannotReceiveItIsRefused()
{
    // A request left pending for an agent that was suspended (by an older Steward, or behind its
    // back): the core refuses even a first approval of two, whatever the console shows; a
    // denial still ends it.
    addApprover(QStringLiteral("ann"));
    const Request r = file(QStringLiteral("read s3://a/x classification<=internal sensitive"), 3600);
    QSqlQuery suspend(m_test->workspace().database().connection());
    QVERIFY(suspend.exec(QStringLiteral("UPDATE agents SET status = 'suspended' WHERE name = 'bot'")));
    auto approved = decideAs(QStringLiteral("ann"), r.id, true);
    QVERIFY(!approved);
    QCOMPARE(approved.error().kind, ErrorKind::Refused);
    QVERIFY(approved.error().message.contains(QStringLiteral("suspended")));
    QVERIFY(m_test->workspace().requests().decisions(r.id)->isEmpty());
    auto denied = decideAs(QStringLiteral("ann"), r.id, false);
    QVERIFY2(denied, qPrintable(denied ? QString() : denied.error().message));
    QCOMPARE(denied->request.state, RequestState::Denied);
}

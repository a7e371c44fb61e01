// SPDX-License-Identifier: Apache-2.0
#include "demorequests.h"

#include "crypto/digest.h"
#include "demotimeline.h"
#include "identity/identityservice.h"
#include "workflow/operatorservice.h"
#include "workflow/requestservice.h"
#include "workspace/workspace.h"

#include <QRandomGenerator>

namespace {

struct RequestSeed
{
    const char* team;
    RequestKind kind;
    const char* statements; // one per line
    const char* taskPrefix;
    const char* justification;
    int hours;
    const char* audience; // for the tokens minted against the grant
    bool standing;
};

constexpr RequestSeed kRequests[] = {
    {"Payments",
     RequestKind::Permission,
     "read,list s3://invoices/2026/** classification<=confidential\n"
     "write https://erp.acme.example/api/purchase-orders/*/notes classification<=confidential",
     "FIN",
     "Quarter-end reconciliation of supplier invoices against open purchase orders.",
     72,
     "erp-api",
     false},
    {"Payments",
     RequestKind::Elevation,
     "execute mcp://stripe/refund classification<=confidential rate<=30/min sensitive",
     "PAY",
     "Backlog of refunds approved by a person after the checkout incident; the agent only executes them.",
     8,
     "payments-api",
     false},
    {"Payments",
     RequestKind::Permission,
     "read s3://refunds/** classification<=confidential\n"
     "read https://api.acme.example/v1/orders/* classification<=confidential rate<=600/min",
     "PAY",
     "Refund triage needs each order's history to propose a decision.",
     168,
     "orders-api",
     false},
    {"Payments",
     RequestKind::Elevation,
     "read k8s://prod/payments/secrets/payout-signing-key sensitive",
     "TREAS",
     "Rotate the payout signing key before the bank's deadline.",
     2,
     "treasury-api",
     false},
    {"Data Platform",
     RequestKind::Permission,
     "read,list s3://analytics-lake/curated/** classification<=internal\n"
     "execute mcp://airflow/trigger_dag rate<=10/min",
     "DATA",
     "Rerun the failed nightly loads after the upstream schema fix.",
     24,
     "airflow",
     false},
    {"Data Platform",
     RequestKind::Permission,
     "read https://warehouse.acme.example/api/v1/queries/** classification<=confidential rate<=120/min",
     "ANL",
     "Analysts' questions for the quarterly business review.",
     336,
     "warehouse",
     false},
    {"Data Platform",
     RequestKind::Elevation,
     "admin k8s://prod/data/**",
     "DATA",
     "Apply the reviewed warehouse migration during tonight's maintenance window.",
     4,
     "k8s-prod",
     false},
    {"Customer Support",
     RequestKind::Permission,
     "read https://support.acme.example/api/v2/tickets/** classification<=confidential\n"
     "write https://support.acme.example/api/v2/tickets/*/internal_notes classification<=confidential",
     "SUP",
     "Thread summaries for the weekend shift hand-over.",
     168,
     "support-api",
     false},
    {"Customer Support",
     RequestKind::Permission,
     "send https://hooks.slack.com/services/T0ACME/** classification<=internal rate<=60/min",
     "SUP",
     "Post escalations to the on-call channel.",
     720,
     "slack",
     false},
    {"Security",
     RequestKind::Permission,
     "read,list https://siem.acme.example/api/alerts/** classification<=confidential",
     "SOC",
     "Alert enrichment is this agent's whole job; the grant is reviewed every quarter.",
     2160,
     "siem",
     true},
    {"Security",
     RequestKind::Permission,
     "read,list arn+aws://iam/** classification<=confidential",
     "SOX",
     "Quarterly access-review evidence for the SOX audit.",
     120,
     "aws-iam",
     false},
    {"Security",
     RequestKind::Permission,
     "execute mcp://github/create_pull_request classification<=internal\n"
     "read,list mcp://github/** classification<=internal",
     "SEC",
     "Dependency bumps for this week's critical advisories.",
     72,
     "github",
     false},
    {"ML Platform",
     RequestKind::Permission,
     "read s3://ml-datasets/eval/** classification<=internal\nexecute tool://python/run "
     "classification<=internal rate<=100/min",
     "ML",
     "Nightly evaluation of the candidate model against the frozen suites.",
     336,
     "ml-eval",
     false},
    {"Developer Productivity",
     RequestKind::Permission,
     "read,list mcp://github/** classification<=internal\n"
     "execute mcp://github/create_review_comment classification<=internal rate<=120/min",
     "DEV",
     "Inline review comments on the monorepo's pull requests.",
     720,
     "github",
     false},
    {"Developer Productivity",
     RequestKind::Permission,
     "write https://wiki.acme.example/rest/api/content/incidents/** classification<=internal",
     "INC",
     "Keep the timeline of the ongoing incident.",
     24,
     "wiki",
     false},
    {"Growth",
     RequestKind::Permission,
     "read https://crm.acme.example/api/leads/** classification<=confidential\n"
     "send https://enrich.example.net/v2/companies/* classification<=internal",
     "GRO",
     "Enrich this week's inbound leads with public company data.",
     168,
     "crm",
     false},
    {"Growth",
     RequestKind::Permission,
     "read s3://customer-exports/**",
     "GRO",
     "Build a churn cohort from the full customer export.",
     48,
     "data-lake",
     false},
    {"Finance Operations",
     RequestKind::Permission,
     "read s3://expenses/2026/** classification<=confidential\n"
     "write https://erp.acme.example/api/expense-flags/* classification<=confidential",
     "FIN",
     "Month-end expense audit against the travel policy.",
     96,
     "erp-api",
     false},
};

struct NewAgentSeed
{
    const char* name;
    const char* display;
    const char* purpose;
    const char* team;
    RiskTier risk;
};

constexpr NewAgentSeed kNewAgents[] = {
    {"contract-reviewer",
     "Contract reviewer",
     "Reads supplier contracts and flags clauses that differ from the standard terms.",
     "Finance Operations",
     RiskTier::Medium},
    {"threat-hunter",
     "Threat hunter",
     "Searches endpoint telemetry for the techniques in this week's threat reports.",
     "Security",
     RiskTier::High},
    {"churn-forecaster",
     "Churn forecaster",
     "Forecasts account churn from product usage for the customer-success team.",
     "Growth",
     RiskTier::Medium},
    {"oncall-assistant",
     "On-call assistant",
     "Drafts first responses to pages from runbooks and recent deploys.",
     "Developer Productivity",
     RiskTier::Medium},
    {"dataset-labeler",
     "Dataset labeler",
     "Proposes labels for evaluation datasets for human review.",
     "ML Platform",
     RiskTier::Low},
};

constexpr const char* kApproveReasons[] = {
    "Scoped to the task and ends with it.",
    "Matches the runbook for this task.",
    "Read-only and time-boxed.",
    "Checked with the owner; within the team's data classification.",
    "Same scope as last quarter, which was used as intended.",
};

constexpr const char* kDenyReasons[] = {
    "Asks for the whole bucket; narrow it to the task's prefix.",
    "Restricted data without a data-protection assessment on file.",
    "Use the staging copy for this task.",
    "Write access is not needed to produce the report.",
};

constexpr const char* kWithdrawReasons[] = {
    "Filed against the wrong agent.",
    "Task cancelled.",
    "Will file again with a narrower scope.",
};

constexpr const char* kRevokeReasons[] = {
    "Task finished early.",
    "The agent was seen calling outside the task; revoked pending review.",
};

template<typename T, std::size_t N>
const T& pick(QRandomGenerator& random, const T (&items)[N])
{
    return items[random.bounded(static_cast<quint32>(N))];
}

QDateTime between(QRandomGenerator& random, const QDateTime& from, const QDateTime& to)
{
    const qint64 span = qMax<qint64>(1, from.secsTo(to));
    return from.addSecs(static_cast<qint64>(random.bounded(static_cast<double>(span))));
}

} // namespace

DemoRequests::DemoRequests(Workspace& workspace,
                           QRandomGenerator& random,
                           const QDateTime& base,
                           QByteArrayView passphrase,
                           IdentityService* identity)
    : m_workspace(workspace)
    , m_random(random)
    , m_base(base)
    , m_passphrase(passphrase.toByteArray())
    , m_identity(identity)
    , m_actor(workspace.operatorName())
{
}

Status DemoRequests::plan(DemoTimeline& timeline, const QList<Person>& people, const QList<AgentPlan>& agents)
{
    planOperators(timeline, people);
    for (const AgentPlan& agent : agents) {
        const quint32 roll = m_random.bounded(100);
        const int count = roll < 45 ? 0 : roll < 85 ? 1 : 2;
        for (int i = 0; i < count && m_planned < kMaxRequests; ++i) {
            planRequest(timeline, agent);
        }
    }
    planIdentityRequests(timeline, people);
    planExpiry(timeline);
    return {};
}

void DemoRequests::finish()
{
    m_workspace.setOperatorName(m_actor);
    m_workspace.audit().setSigner(std::nullopt);
    m_keys.clear();
    Digest::scrub(m_passphrase);
}

void DemoRequests::planOperators(DemoTimeline& timeline, const QList<Person>& people)
{
    const QDateTime at = m_base.addDays(-kDays - 15);
    for (const Person& person : people) {
        const QString username = person.email.section(QLatin1Char('@'), 0, 0);
        m_usernames.insert(person.email, username);
        if (person.role == OperatorRole::Admin) {
            m_admin = username;
        }
        if (person.role != OperatorRole::Viewer) {
            // Security reviews first: it carries the quorum's second approval most days.
            if (person.team == QStringLiteral("Security")) {
                m_approvers.prepend(username);
            } else {
                m_approvers.append(username);
            }
        }
        timeline.add(at, [this, person, username]() -> Status {
            OperatorService operators(m_workspace);
            if (!m_workspace.operators().byUsername(username)) {
                auto added = operators.add(username, person.name, person.email, person.role);
                if (!added) {
                    return added.error();
                }
            }
            return as(username, [&]() -> Status {
                auto enrolled = operators.enroll(m_passphrase);
                if (!enrolled) {
                    return enrolled.error();
                }
                auto key = operators.unlock(m_passphrase);
                if (!key) {
                    return key.error();
                }
                m_keys.insert(username, key.value());
                return {};
            });
        });
    }
    // The person running the demo decides too, so the console's queue is theirs to work through.
    timeline.add(at, [this]() -> Status {
        OperatorService operators(m_workspace);
        auto me = operators.current();
        if (!me || !me->keyId.isEmpty()) {
            return {};
        }
        if (auto enrolled = operators.enroll(m_passphrase); !enrolled) {
            return enrolled.error();
        }
        auto key = operators.unlock(m_passphrase);
        if (!key) {
            return key.error();
        }
        m_keys.insert(m_actor, key.value());
        return {};
    });
}

void DemoRequests::planRequest(DemoTimeline& timeline, const AgentPlan& agent)
{
    QList<const RequestSeed*> seeds;
    for (const RequestSeed& seed : kRequests) {
        if (agent.team == QString::fromUtf8(seed.team)) {
            seeds.append(&seed);
        }
    }
    if (seeds.isEmpty()) {
        return;
    }
    const RequestSeed& seed = *seeds.at(static_cast<int>(m_random.bounded(static_cast<int>(seeds.size()))));
    const QDateTime earliest = std::max(m_base.addDays(-kDays), agent.createdAt.addSecs(3600));
    const QDateTime latest = m_base.addSecs(-600);
    if (earliest >= latest) {
        return;
    }
    const int index = m_planned++;
    const QDateTime filed = between(m_random, earliest, latest);
    const qint64 age = filed.secsTo(m_base);
    const QString requester = m_usernames.value(agent.ownerEmail);
    const qint64 seconds = static_cast<qint64>(seed.hours) * 3600;
    const QString task =
        QStringLiteral("%1-%2").arg(QString::fromUtf8(seed.taskPrefix)).arg(1000 + m_random.bounded(9000));
    m_requesters.insert(index, requester);
    m_audiences.insert(index, QString::fromUtf8(seed.audience));

    // Who decides, in order: never the requester or the agent's owner; the admin first on a
    // standing grant, which only an admin may approve.
    QStringList candidates;
    const QString owner = m_usernames.value(agent.ownerEmail);
    for (const QString& name : std::as_const(m_approvers)) {
        if (name != requester && name != owner) {
            candidates.insert(static_cast<int>(m_random.bounded(static_cast<int>(candidates.size()) + 1)),
                              name);
        }
    }
    if (seed.standing && candidates.contains(m_admin)) {
        candidates.removeAll(m_admin);
        candidates.prepend(m_admin);
    }
    m_candidates.insert(index, candidates);

    timeline.add(filed, [this, index, requester, seed, seconds, task, name = agent.name]() -> Status {
        return as(requester, [&]() -> Status {
            RequestService::Draft draft;
            draft.kind = seed.kind;
            draft.agent = name;
            draft.justification = QString::fromUtf8(seed.justification);
            draft.task = task;
            draft.statements = QString::fromUtf8(seed.statements);
            draft.durationSeconds = seconds;
            draft.standing = seed.standing;
            auto filedRequest = RequestService(m_workspace).file(draft);
            if (!filedRequest) {
                return filedRequest.error();
            }
            m_requestIds.insert(index, filedRequest->id);
            return {};
        });
    });

    // What happens to it: younger requests are more often still pending; older ones that nobody
    // decided have expired by now.
    const quint32 roll = m_random.bounded(100);
    enum class Fate
    {
        Pending,
        Approve,
        Deny,
        Withdraw
    } fate;
    if (age < 7 * 24 * 3600) {
        fate = roll < 50   ? Fate::Pending
               : roll < 82 ? Fate::Approve
               : roll < 92 ? Fate::Deny
                           : Fate::Withdraw;
    } else {
        fate = roll < 70   ? Fate::Approve
               : roll < 82 ? Fate::Deny
               : roll < 90 ? Fate::Withdraw
                           : Fate::Pending;
    }
    const QDateTime first = filed.addSecs(600 + m_random.bounded(20 * 3600));
    const QDateTime second = first.addSecs(300 + m_random.bounded(10 * 3600));
    const QDateTime third = second.addSecs(300 + m_random.bounded(6 * 3600));
    switch (fate) {
    case Fate::Pending:
        return;
    case Fate::Withdraw: {
        const QDateTime at = between(m_random, filed.addSecs(3600), filed.addDays(3));
        if (at < m_base) {
            const QString reason = QString::fromUtf8(pick(m_random, kWithdrawReasons));
            timeline.add(at, [this, index, requester, reason]() -> Status {
                return as(requester, [&]() -> Status {
                    auto request = m_workspace.requests().byId(requestId(index));
                    if (!request || request->state != RequestState::Pending) {
                        return {};
                    }
                    auto withdrawn = RequestService(m_workspace).withdraw(request->id, reason);
                    return withdrawn ? Status() : Status(withdrawn.error());
                });
            });
        }
        return;
    }
    case Fate::Deny: {
        if (first < m_base && !candidates.isEmpty()) {
            const QString reason = QString::fromUtf8(pick(m_random, kDenyReasons));
            const QString reviewer = candidates.first();
            timeline.add(first, [this, index, reviewer, reason]() -> Status {
                return as(reviewer, [&]() -> Status {
                    const auto key = m_keys.constFind(reviewer);
                    if (key == m_keys.cend()) {
                        return {};
                    }
                    auto decided = RequestService(m_workspace).decide(requestId(index), false, reason, *key);
                    return decided ? Status() : Status(decided.error());
                });
            });
        }
        return;
    }
    case Fate::Approve:
        break;
    }

    for (const QDateTime& at : {first, second, third}) {
        if (at < m_base) {
            const QString reason = QString::fromUtf8(pick(m_random, kApproveReasons));
            timeline.add(at, [this, index, reason] { return approveNext(index, reason); });
        }
    }
    // Tokens while the grant lasts, each for a few minutes of work; one still live at the end when
    // the grant is.
    const QDateTime grantEnd = third.addSecs(qMin<qint64>(seconds, 30LL * 24 * 3600));
    const int tokens = static_cast<int>(m_random.bounded(4));
    for (int i = 0; i < tokens; ++i) {
        const QDateTime at = between(m_random, third.addSecs(60), std::min(grantEnd, m_base));
        if (at < m_base) {
            timeline.add(at, [this, index] { return mint(index, 900); });
        }
    }
    if (grantEnd > m_base.addSecs(3600) && m_random.bounded(100) < 60) {
        timeline.add(m_base.addSecs(-60 - static_cast<qint64>(m_random.bounded(540))),
                     [this, index] { return mint(index, 900); });
    }
    if (m_random.bounded(100) < 6) {
        const QDateTime at = between(m_random, third.addSecs(3600), third.addSecs(seconds / 2));
        if (at < m_base) {
            const QString reason = QString::fromUtf8(pick(m_random, kRevokeReasons));
            timeline.add(at, [this, index, reason]() -> Status {
                return as(m_admin, [&]() -> Status {
                    auto request = m_workspace.requests().byId(requestId(index));
                    if (!request) {
                        return {};
                    }
                    auto live = m_workspace.requests().grants(request->agentId, true, m_workspace.now());
                    if (!live) {
                        return live.error();
                    }
                    for (const Grant& grant : live.value()) {
                        if (grant.requestId == request->id) {
                            auto revoked = RequestService(m_workspace).revokeGrant(grant.id, reason);
                            return revoked ? Status() : Status(revoked.error());
                        }
                    }
                    return {};
                });
            });
        }
    }
}

Status DemoRequests::approveNext(int index, const QString& reason)
{
    auto request = m_workspace.requests().byId(requestId(index));
    if (!request) {
        return request.error();
    }
    if (request->state != RequestState::Pending) {
        return {};
    }
    QStringList& candidates = m_candidates[index];
    while (!candidates.isEmpty()) {
        const QString reviewer = candidates.takeFirst();
        const auto key = m_keys.constFind(reviewer);
        if (key == m_keys.cend()) {
            continue;
        }
        Result<RequestService::Outcome> decided = Error{};
        const Status done = as(reviewer, [&]() -> Status {
            decided = RequestService(m_workspace).decide(request->id, true, reason, *key);
            return {};
        });
        if (!done) {
            return done;
        }
        if (decided) {
            return {};
        }
        // The rules refused this reviewer (an admin is still missing, say): the next one decides.
        if (decided.error().kind != ErrorKind::Refused) {
            return decided.error();
        }
    }
    return {};
}

Status DemoRequests::mint(int index, int ttlSeconds)
{
    if (!m_identity || !m_identity->isUnlocked()) {
        return {};
    }
    auto request = m_workspace.requests().byId(requestId(index));
    if (!request || request->state != RequestState::Approved) {
        return {};
    }
    auto live = m_workspace.requests().grants(request->agentId, true, m_workspace.now());
    if (!live) {
        return live.error();
    }
    for (const Grant& grant : live.value()) {
        if (grant.requestId != request->id) {
            continue;
        }
        IdentityService::MintRequest mintRequest;
        mintRequest.agent = grant.agentName.isEmpty() ? request->agentName : grant.agentName;
        mintRequest.audience = m_audiences.value(index);
        mintRequest.scope = grant.statements;
        mintRequest.task = grant.task;
        mintRequest.ttlSeconds = ttlSeconds; // the issuer caps it at the grant's end
        mintRequest.grantId = grant.id;
        return as(m_requesters.value(index), [&]() -> Status {
            auto token = m_identity->mintToken(mintRequest, QByteArrayView());
            return token ? Status() : Status(token.error());
        });
    }
    return {};
}

void DemoRequests::planIdentityRequests(DemoTimeline& timeline, const QList<Person>& people)
{
    for (const NewAgentSeed& seed : kNewAgents) {
        const Person* owner = nullptr;
        for (const Person& person : people) {
            if (person.team == QString::fromUtf8(seed.team)) {
                owner = &person;
                break;
            }
        }
        if (!owner) {
            continue;
        }
        const int index = m_planned++;
        const QDateTime filed = between(m_random, m_base.addDays(-5), m_base.addSecs(-3600));
        const QString requester = m_usernames.value(owner->email);
        Agent draft;
        draft.name = QString::fromUtf8(seed.name);
        draft.displayName = QString::fromUtf8(seed.display);
        draft.purpose = QString::fromUtf8(seed.purpose);
        draft.ownerId = owner->ownerId;
        draft.riskTier = seed.risk;
        draft.environment = Environment::Prod;
        draft.framework = QStringLiteral("LangGraph");
        draft.model = QStringLiteral("claude-sonnet-4.5");
        m_requesters.insert(index, requester);
        QStringList candidates;
        for (const QString& name : std::as_const(m_approvers)) {
            if (name != requester) {
                candidates.append(name);
            }
        }
        m_candidates.insert(index, candidates);
        timeline.add(filed, [this, index, requester, draft]() -> Status {
            return as(requester, [&]() -> Status {
                RequestService::Draft request;
                request.kind = RequestKind::Identity;
                request.agent = draft.name;
                request.newAgent = draft;
                request.justification =
                    tr("A new agent for the team's backlog; its permissions follow in their own requests.");
                auto filedRequest = RequestService(m_workspace).file(request);
                if (!filedRequest) {
                    return filedRequest.error();
                }
                m_requestIds.insert(index, filedRequest->id);
                return {};
            });
        });
        // Some were approved within hours; the others wait in the queue.
        if (m_random.bounded(100) < 40) {
            const QDateTime at = filed.addSecs(1800 + m_random.bounded(4 * 3600));
            if (at < m_base) {
                const QString reason = QString::fromUtf8(pick(m_random, kApproveReasons));
                timeline.add(at, [this, index, reason] { return approveNext(index, reason); });
                timeline.add(at.addSecs(600), [this, index, reason] { return approveNext(index, reason); });
            }
        }
    }
}

void DemoRequests::planExpiry(DemoTimeline& timeline)
{
    // What the console's timer and "grant expire" do in a real workspace: once a night, and now.
    for (int day = kDays; day >= 0; --day) {
        const QDateTime at = day == 0 ? m_base : m_base.addDays(-day).addSecs(-3 * 3600);
        timeline.add(at, [this]() -> Status {
            auto expired = RequestService(m_workspace).expire();
            return expired ? Status() : Status(expired.error());
        });
    }
}

Status DemoRequests::as(const QString& username, const std::function<Status()>& step)
{
    const QString previous = m_workspace.operatorName();
    m_workspace.setOperatorName(username);
    const auto key = m_keys.constFind(username);
    m_workspace.audit().setSigner(key != m_keys.cend() ? std::optional<KeyPair>(*key) : std::nullopt);
    const Status done = step();
    m_workspace.setOperatorName(previous);
    const auto back = m_keys.constFind(previous);
    m_workspace.audit().setSigner(back != m_keys.cend() ? std::optional<KeyPair>(*back) : std::nullopt);
    return done;
}

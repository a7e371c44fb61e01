// SPDX-License-Identifier: Apache-2.0
#include "demogenerator.h"

#include "demorequests.h"
#include "demotimeline.h"
#include "inventory/inventoryservice.h"
#include "workflow/operatorservice.h"
#include "workspace/workspace.h"

#include <QRandomGenerator>

namespace {

struct OwnerSeed
{
    const char* name;
    const char* email;
    const char* team;
    OperatorRole role; // as a console user: team leads approve, Security's lead administers
};

// Demo people; the example.com domain is reserved for documentation.
constexpr OwnerSeed kOwners[] = {
    {"Amara Okafor", "amara.okafor@example.com", "Payments", OperatorRole::Approver},
    {"Luis Fernández", "luis.fernandez@example.com", "Payments", OperatorRole::Viewer},
    {"Mei Lin", "mei.lin@example.com", "Data Platform", OperatorRole::Approver},
    {"Jonas Weber", "jonas.weber@example.com", "Data Platform", OperatorRole::Viewer},
    {"Priya Raman", "priya.raman@example.com", "Customer Support", OperatorRole::Approver},
    {"Tom Gallagher", "tom.gallagher@example.com", "Customer Support", OperatorRole::Viewer},
    {"Sofia Rossi", "sofia.rossi@example.com", "Security", OperatorRole::Admin},
    {"Kenji Watanabe", "kenji.watanabe@example.com", "Security", OperatorRole::Approver},
    {"Hannah Schmidt", "hannah.schmidt@example.com", "ML Platform", OperatorRole::Approver},
    {"David Cohen", "david.cohen@example.com", "Developer Productivity", OperatorRole::Approver},
    {"Aisha Bello", "aisha.bello@example.com", "Growth", OperatorRole::Viewer},
    {"Olga Petrova", "olga.petrova@example.com", "Finance Operations", OperatorRole::Approver},
};

struct RoleSeed
{
    const char* name;
    const char* display;
    const char* purpose;
    const char* team;
    const char* k8sNamespace;
    int baseRisk; // 0 low .. 3 critical
    const char* tags;
};

constexpr RoleSeed kRoles[] = {
    {"invoice-reconciler",
     "Invoice reconciler",
     "Matches supplier invoices against purchase orders and flags mismatches for finance review.",
     "Payments",
     "payments",
     2,
     "pci finance"},
    {"refund-triage",
     "Refund triage",
     "Reads refund requests, checks order history and proposes approve or deny to a human agent.",
     "Payments",
     "payments",
     2,
     "pci customer-facing"},
    {"fraud-screener",
     "Fraud screener",
     "Scores card transactions for fraud signals and opens cases above the threshold.",
     "Payments",
     "payments",
     3,
     "pci"},
    {"payout-scheduler",
     "Payout scheduler",
     "Prepares merchant payout batches for the treasury team to release.",
     "Payments",
     "payments",
     3,
     "pci finance"},
    {"etl-repair",
     "ETL repair",
     "Diagnoses failed pipeline runs, proposes fixes and reruns idempotent jobs.",
     "Data Platform",
     "data",
     1,
     "internal"},
    {"schema-migrator",
     "Schema migrator",
     "Drafts and applies warehouse schema migrations after review.",
     "Data Platform",
     "data",
     2,
     "internal"},
    {"query-copilot",
     "Query copilot",
     "Answers analysts' questions by writing read-only SQL against the warehouse.",
     "Data Platform",
     "analytics",
     1,
     "pii"},
    {"lineage-tracer",
     "Lineage tracer",
     "Maps which dashboards and models read each table, for impact analysis.",
     "Data Platform",
     "data",
     0,
     "internal"},
    {"ticket-summarizer",
     "Ticket summarizer",
     "Summarises long support threads for the next shift.",
     "Customer Support",
     "support",
     1,
     "pii customer-facing"},
    {"kb-writer",
     "Knowledge-base writer",
     "Drafts help-centre articles from resolved tickets for editorial review.",
     "Customer Support",
     "support",
     0,
     "customer-facing"},
    {"escalation-router",
     "Escalation router",
     "Routes escalated tickets to the right on-call engineer.",
     "Customer Support",
     "support",
     1,
     "internal"},
    {"alert-triage",
     "Alert triage",
     "Enriches SIEM alerts with asset and identity context and closes known false positives.",
     "Security",
     "security",
     2,
     "soc"},
    {"vuln-patcher",
     "Vulnerability patcher",
     "Opens pull requests that bump vulnerable dependencies and runs the test suite.",
     "Security",
     "security",
     2,
     "soc"},
    {"access-reviewer",
     "Access reviewer",
     "Prepares quarterly access-review evidence from IAM and directory exports.",
     "Security",
     "security",
     3,
     "sox"},
    {"eval-runner",
     "Evaluation runner",
     "Runs offline evaluation suites against candidate models and publishes scorecards.",
     "ML Platform",
     "ml",
     1,
     "experimental"},
    {"feature-store-curator",
     "Feature-store curator",
     "Detects stale features and proposes deprecations.",
     "ML Platform",
     "ml",
     1,
     "internal"},
    {"pr-reviewer",
     "Pull-request reviewer",
     "Reviews pull requests for style and common defects and comments inline.",
     "Developer Productivity",
     "devprod",
     1,
     "internal"},
    {"release-notes",
     "Release-notes writer",
     "Writes release notes from merged pull requests.",
     "Developer Productivity",
     "devprod",
     0,
     "internal"},
    {"incident-scribe",
     "Incident scribe",
     "Keeps the incident timeline and drafts the post-incident review.",
     "Developer Productivity",
     "devprod",
     1,
     "internal"},
    {"campaign-writer",
     "Campaign writer",
     "Drafts marketing e-mail variants for A/B tests.",
     "Growth",
     "growth",
     1,
     "customer-facing experimental"},
    {"lead-enricher",
     "Lead enricher",
     "Enriches inbound leads with public company data.",
     "Growth",
     "growth",
     1,
     "pii"},
    {"expense-auditor",
     "Expense auditor",
     "Checks expense claims against policy and flags exceptions.",
     "Finance Operations",
     "finance",
     2,
     "finance sox"},
};

struct ShadowSeed
{
    const char* name;
    const char* kind;
    const char* principal;
};

// What discovery typically turns up: notebooks, scripts and copilots someone wired to production.
constexpr ShadowSeed kShadows[] = {
    {"notebook-runner", "k8s", "analytics"},
    {"crm-sync-bot", "aws", "crm-sync"},
    {"slack-summarizer", "otel", "slack-summarizer"},
    {"pricing-experiment", "aws", "pricing-exp"},
    {"jira-autotriage", "otel", "jira-autotriage"},
    {"s3-cleanup-agent", "k8s", "platform"},
};

constexpr const char* kFrameworks[] = {
    "LangGraph",
    "OpenAI Agents SDK",
    "CrewAI",
    "Microsoft Agent Framework",
    "Claude Agent SDK",
};

constexpr const char* kModels[] = {
    "claude-sonnet-4.5",
    "claude-haiku-4.5",
    "gpt-4.1",
    "gpt-4.1-mini",
    "gemini-2.5-pro",
    "llama-3.3-70b-instruct",
};

constexpr const char* kSuspendReasons[] = {
    "Wrote outside its approved scope; suspended pending review.",
    "Owner on leave and no delegate named.",
    "Static API key found in its logs; suspended until rotated.",
};

constexpr const char* kRetireReasons[] = {
    "Replaced by a newer agent.",
    "Pilot ended.",
    "Workflow decommissioned.",
};

QString awsAccount(Environment environment)
{
    switch (environment) {
    case Environment::Prod:
        return QStringLiteral("210987654321");
    case Environment::Staging:
        return QStringLiteral("310987654321");
    case Environment::Dev:
        return QStringLiteral("410987654321");
    }
    Q_UNREACHABLE();
}

QString hex(QRandomGenerator& random, int length)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i) {
        out.append(QLatin1Char(digits[random.bounded(16)]));
    }
    return out;
}

template<typename T, std::size_t N>
const T& pick(QRandomGenerator& random, const T (&items)[N])
{
    return items[random.bounded(static_cast<quint32>(N))];
}

std::function<void(std::size_t, std::size_t)> progressOf(const DemoGenerator::Options& options)
{
    if (!options.progress) {
        return {};
    }
    return [progress = options.progress](std::size_t done, std::size_t total) {
        if (done % 1000 == 0 || done == total) {
            progress(static_cast<int>(done), static_cast<int>(total));
        }
    };
}

} // namespace

Status DemoGenerator::fill(InventoryService& service, const Options& options)
{
    Workspace& workspace = service.workspace();
    if (options.agents < 0 || options.agents > kMaxAgents) {
        return Error{ErrorKind::Invalid, tr("The demo can hold 0 to %1 agents.").arg(kMaxAgents)};
    }
    auto existing = workspace.agents().count(AgentQuery{});
    if (!existing) {
        return existing.error();
    }
    if (existing.value() > 0) {
        return Error{
            ErrorKind::Refused,
            tr("The workspace already holds %1 agents; demo data goes into a new, empty workspace only.")
                .arg(existing.value())};
    }
    const bool workflow = !options.passphrase.isEmpty();
    if (workflow && options.passphrase.size() < OperatorService::kMinPassphraseLength) {
        return Error{ErrorKind::Invalid,
                     tr("The demo operators' passphrase must be at least %1 characters.")
                         .arg(OperatorService::kMinPassphraseLength)};
    }

    QRandomGenerator random(options.seed);
    const QDateTime base = options.baseTime.isValid() ? options.baseTime : workspace.now();
    const int width = qMax(2, static_cast<int>(QString::number(options.agents).size()));
    // The generated history carries its own times, so the clock follows the generator.
    const Workspace::Clock previousClock = workspace.clock();
    const QString actor = workspace.operatorName();
    QDateTime stamp = base;
    workspace.setClock([&stamp] { return stamp; });

    const Status filled = workspace.database().transaction([&]() -> Status {
        QHash<QString, QList<qint64>> ownersByTeam;
        QHash<qint64, QString> ownerEmails;
        QList<DemoRequests::Person> people;
        for (const OwnerSeed& seed : kOwners) {
            auto owner = workspace.owners().byEmail(QString::fromUtf8(seed.email));
            if (!owner) {
                stamp = base.addDays(-500);
                owner = service.addOwner(QString::fromUtf8(seed.name),
                                         QString::fromUtf8(seed.email),
                                         QString::fromUtf8(seed.team));
            }
            if (!owner) {
                return owner.error();
            }
            ownersByTeam[owner->team].append(owner->id);
            ownerEmails.insert(owner->id, owner->email);
            people.append({owner->id, owner->name, owner->email, owner->team, seed.role});
        }

        DemoTimeline timeline;
        QList<DemoRequests::AgentPlan> steady;
        for (int i = 0; i < options.agents; ++i) {
            const QString number = QString::number(i + 1).rightJustified(width, QLatin1Char('0'));
            const bool shadow = random.bounded(100) < 8;
            Agent draft;
            draft.environment = random.bounded(100) < 45   ? Environment::Prod
                                : random.bounded(100) < 45 ? Environment::Staging
                                                           : Environment::Dev;
            draft.createdAt = base.addSecs(-static_cast<qint64>(random.bounded(400 * 24 * 3600)) - 3600);
            draft.lastSeenAt = base.addSecs(-static_cast<qint64>(random.bounded(72 * 3600)));
            if (draft.lastSeenAt < draft.createdAt) {
                draft.lastSeenAt = draft.createdAt;
            }

            const RoleSeed* role = nullptr;
            if (shadow) {
                const ShadowSeed& seed = pick(random, kShadows);
                draft.name = QStringLiteral("%1-%2").arg(QString::fromUtf8(seed.name), number);
                draft.purpose = tr("Unknown: discovered in activity logs, never registered.");
                draft.riskTier = RiskTier::High;
                draft.model = random.bounded(2) ? QString::fromUtf8(pick(random, kModels)) : QString();
                const QString kind = QString::fromUtf8(seed.kind);
                if (kind == QStringLiteral("k8s")) {
                    draft.principals = {{PrincipalKind::KubernetesServiceAccount,
                                         QStringLiteral("system:serviceaccount:%1:%2")
                                             .arg(QString::fromUtf8(seed.principal), draft.name)}};
                } else if (kind == QStringLiteral("aws")) {
                    draft.principals = {
                        {PrincipalKind::AwsRole,
                         QStringLiteral("arn:aws:iam::%1:role/%2-%3")
                             .arg(awsAccount(draft.environment), QString::fromUtf8(seed.principal), number)}};
                } else {
                    draft.principals = {
                        {PrincipalKind::OtelAgentId,
                         QStringLiteral("%1-%2").arg(QString::fromUtf8(seed.principal), hex(random, 8))}};
                }
                timeline.add(draft.createdAt, [&service, draft]() -> Status {
                    auto added = service.recordShadowAgent(draft);
                    return added ? Status() : Status(added.error());
                });
            } else {
                role = &pick(random, kRoles);
                const QList<qint64>& owners = ownersByTeam.value(QString::fromUtf8(role->team));
                draft.name = QStringLiteral("%1-%2").arg(QString::fromUtf8(role->name), number);
                draft.displayName = QStringLiteral("%1 %2").arg(QString::fromUtf8(role->display), number);
                draft.purpose = QString::fromUtf8(role->purpose);
                draft.ownerId = owners.at(random.bounded(static_cast<int>(owners.size())));
                draft.framework = QString::fromUtf8(pick(random, kFrameworks));
                draft.model = QString::fromUtf8(pick(random, kModels));
                int risk = role->baseRisk + (draft.environment == Environment::Prod ? 0 : -1) +
                           (random.bounded(10) == 0 ? 1 : 0);
                draft.riskTier = AgentTypes::riskTiers().at(qBound(0, risk, 3));
                draft.principals.append(
                    {PrincipalKind::OtelAgentId, QStringLiteral("asst_") + hex(random, 24)});
                if (random.bounded(100) < 70) {
                    draft.principals.append({PrincipalKind::AwsRole,
                                             QStringLiteral("arn:aws:iam::%1:role/agents/%2")
                                                 .arg(awsAccount(draft.environment), draft.name)});
                }
                if (random.bounded(100) < 60) {
                    draft.principals.append({PrincipalKind::KubernetesServiceAccount,
                                             QStringLiteral("system:serviceaccount:%1:%2")
                                                 .arg(QString::fromUtf8(role->k8sNamespace), draft.name)});
                }
                const QStringList roleTags =
                    QString::fromUtf8(role->tags).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                draft.tags =
                    roleTags.mid(0, 1 + static_cast<int>(random.bounded(static_cast<int>(roleTags.size()))));
                timeline.add(draft.createdAt, [&service, draft]() -> Status {
                    auto added = service.addAgent(draft);
                    return added ? Status() : Status(added.error());
                });
            }

            const int fate = static_cast<int>(random.bounded(100));
            if (!shadow && fate < 9) {
                const QDateTime when = draft.createdAt.addSecs(3600 + random.bounded(30 * 24 * 3600));
                const bool retire = fate < 4;
                const QString reason =
                    QString::fromUtf8(retire ? pick(random, kRetireReasons) : pick(random, kSuspendReasons));
                const AgentStatus status = retire ? AgentStatus::Retired : AgentStatus::Suspended;
                timeline.add(when, [&service, &workspace, name = draft.name, status, reason]() -> Status {
                    auto agent = workspace.agents().byName(name);
                    if (!agent) {
                        return agent.error();
                    }
                    auto changed = service.changeStatus(agent->id, status, reason);
                    return changed ? Status() : Status(changed.error());
                });
            } else if (role) {
                steady.append({draft.name,
                               ownerEmails.value(draft.ownerId),
                               QString::fromUtf8(role->team),
                               draft.environment,
                               draft.createdAt});
            }
        }

        if (workflow) {
            DemoRequests requests(workspace, random, base, options.passphrase, options.identity);
            if (const Status planned = requests.plan(timeline, people, steady); !planned) {
                return planned;
            }
            const Status replayed = timeline.replay(stamp, progressOf(options));
            requests.finish();
            return replayed;
        }
        return timeline.replay(stamp, progressOf(options));
    });
    workspace.setClock(previousClock);
    workspace.setOperatorName(actor);
    return filled;
}

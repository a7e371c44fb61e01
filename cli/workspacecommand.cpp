// SPDX-License-Identifier: Apache-2.0
#include "workspacecommand.h"

#include "clicontext.h"
#include "crypto/digest.h"
#include "demo/demoactivity.h"
#include "demo/demogenerator.h"
#include "demo/demorequests.h"
#include "identity/identityservice.h"
#include "ingestcommand.h"
#include "inventory/inventoryservice.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace {
const QString kDemoTrustDomain = QStringLiteral("acme.example");
}

int WorkspaceCommand::init(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli init: create a workspace for one trust domain."));
    const QCommandLineOption domainOption(
        QStringLiteral("trust-domain"), tr("The SPIFFE trust domain, such as acme.example."), tr("domain"));
    parser.addOption(domainOption);
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("init"), &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(domainOption) || !parser.positionalArguments().isEmpty()) {
        return context.usage(tr("init takes --trust-domain DOMAIN and nothing else."),
                             context.helpText(parser));
    }
    auto workspace = Workspace::create(context.workspacePath, parser.value(domainOption));
    if (!workspace) {
        return context.fail(workspace.error());
    }
    // The issuing authority comes with the workspace when a passphrase can be had now;
    // otherwise "ca init" and "jwks rotate" create it later.
    bool authority = false;
    if (auto passphrase = context.passphrase(*workspace.value())) {
        IdentityService identity(*workspace.value());
        Status created = identity.initCertificateAuthority(passphrase.value());
        if (created) {
            auto key = identity.ensureSigningKey(passphrase.value());
            created = key ? Status() : Status(key.error());
        }
        if (!created) {
            return context.fail(created.error());
        }
        authority = true;
    }
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("workspace"), workspace.value()->path()},
                                      {QStringLiteral("trust_domain"), workspace.value()->trustDomain()},
                                      {QStringLiteral("admin"), workspace.value()->operatorName()},
                                      {QStringLiteral("certificate_authority"), authority}});
    } else {
        context.out << tr("Created workspace %1 for trust domain %2; %3 is its first admin.")
                           .arg(QDir::toNativeSeparators(workspace.value()->path()),
                                workspace.value()->trustDomain(),
                                workspace.value()->operatorName())
                    << Qt::endl;
        context.out << (authority ? tr("Its certificate authority and token signing key are encrypted under "
                                       "your passphrase.")
                                  : tr("No passphrase was given, so it has no certificate authority yet: set "
                                       "STEWARD_PASSPHRASE and run \"steward-cli ca init\" and \"steward-cli "
                                       "jwks rotate\"."))
                    << Qt::endl;
    }
    return 0;
}

int WorkspaceCommand::summary(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli summary: what the workspace holds."));
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("summary"), &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usage(tr("summary takes no arguments."), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    auto byStatus = workspace.agents().countByStatus();
    auto owners = workspace.owners().list();
    if (!byStatus || !owners) {
        return context.fail(!byStatus ? byStatus.error() : owners.error());
    }
    qint64 total = 0;
    QJsonObject statusJson;
    for (AgentStatus status : AgentTypes::statuses()) {
        total += byStatus->value(status);
        statusJson.insert(AgentTypes::key(status), byStatus->value(status));
    }
    if (context.json) {
        context.printJson(
            QJsonObject{{QStringLiteral("workspace"), workspace.path()},
                        {QStringLiteral("trust_domain"), workspace.trustDomain()},
                        {QStringLiteral("schema_version"), workspace.database().schemaVersion()},
                        {QStringLiteral("agents"), total},
                        {QStringLiteral("agents_by_status"), statusJson},
                        {QStringLiteral("owners"), owners->size()}});
        return 0;
    }
    const QLocale locale;
    QTextStream& out = context.out;
    out << tr("Workspace:     %1").arg(QDir::toNativeSeparators(workspace.path())) << Qt::endl;
    out << tr("Trust domain:  %1").arg(workspace.trustDomain()) << Qt::endl;
    out << tr("Owners:        %1").arg(locale.toString(owners->size())) << Qt::endl;
    out << tr("Agents:        %1").arg(locale.toString(total)) << Qt::endl;
    for (AgentStatus status : AgentTypes::statuses()) {
        out << QStringLiteral("  %1 %2")
                   .arg(AgentTypes::label(status) + QLatin1Char(':'), -14)
                   .arg(locale.toString(byStatus->value(status)))
            << Qt::endl;
    }
    if (byStatus->value(AgentStatus::Shadow) > 0) {
        out << tr("Shadow agents act without being registered: review them with "
                  "\"steward-cli agent list --status shadow\".")
            << Qt::endl;
    }
    return 0;
}

int WorkspaceCommand::demo(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli demo: fill a new workspace with reproducible demo owners and agents and, when the "
           "workspace passphrase is given, operators, 45 days of requests and signed decisions, grants "
           "and tokens. The workspace is created if it does not exist."));
    const QCommandLineOption agentsOption(
        QStringLiteral("agents"), tr("How many agents (default 60)."), tr("count"), QStringLiteral("60"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("The random seed (default 20261126)."),
                                        tr("seed"),
                                        QStringLiteral("20261126"));
    const QCommandLineOption domainOption(QStringLiteral("trust-domain"),
                                          tr("Trust domain of a new workspace (default acme.example)."),
                                          tr("domain"),
                                          kDemoTrustDomain);
    const QCommandLineOption eventsOption(
        QStringLiteral("events"),
        tr("Events of activity over the last 30 days, written in the backends' own formats and read "
           "through the connectors (default 1000000; 0 for none)."),
        tr("count"),
        QStringLiteral("1000000"));
    parser.addOptions({agentsOption, seedOption, domainOption, eventsOption});
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("demo"), &exitCode)) {
        return exitCode;
    }
    bool agentsOk = false;
    bool seedOk = false;
    DemoGenerator::Options options;
    options.agents = parser.value(agentsOption).toInt(&agentsOk);
    options.seed = parser.value(seedOption).toUInt(&seedOk);
    bool eventsOk = false;
    const qint64 events = parser.value(eventsOption).toLongLong(&eventsOk);
    if (!agentsOk || !seedOk || !eventsOk || events < 0 || events > 100'000'000 ||
        !parser.positionalArguments().isEmpty()) {
        return context.usage(
            tr("--agents, --seed and --events take whole numbers (--events at most 100000000)."),
            context.helpText(parser));
    }
    auto workspace = QFileInfo::exists(context.workspacePath)
                         ? Workspace::open(context.workspacePath)
                         : Workspace::create(context.workspacePath, parser.value(domainOption));
    if (!workspace) {
        return context.fail(workspace.error());
    }
    InventoryService service(*workspace.value());
    // With a passphrase the demo has the whole review story: the issuing authority, operators
    // whose keys are encrypted under it, requests, signed decisions, grants and tokens.
    IdentityService identity(*workspace.value());
    auto passphrase = context.passphrase(*workspace.value());
    if (passphrase) {
        Status ready = identity.chain() ? Status() : identity.initCertificateAuthority(passphrase.value());
        if (ready) {
            auto key = identity.ensureSigningKey(passphrase.value());
            ready = key ? identity.unlock(passphrase.value()) : Status(key.error());
        }
        if (ready) {
            // Checkpoints every thousand entries and at the end, as any session with the passphrase.
            auto auditKey = workspace.value()->audit().openWorkspaceKey(passphrase.value());
            ready = auditKey ? Status() : Status(auditKey.error());
            if (auditKey) {
                workspace.value()->audit().setCheckpointKey(auditKey.value());
            }
        }
        if (!ready) {
            return context.fail(ready.error());
        }
        options.passphrase = passphrase->view().toByteArray();
        options.identity = &identity;
    }
    if (!context.json) {
        options.progress = [&context](int done, int total) {
            context.err << '\r' << tr("Writing the demo history: %1 of %2 steps").arg(done).arg(total);
            if (done == total) {
                context.err << Qt::endl;
            }
            context.err.flush();
        };
    }
    const Status filled = DemoGenerator::fill(service, options);
    Digest::scrub(options.passphrase);
    if (!filled) {
        return context.fail(filled.error());
    }
    IngestCounts activity;
    if (events > 0) {
        DemoActivity::Options generate;
        generate.events = events;
        generate.seed = options.seed;
        if (!context.json) {
            generate.progress = [&context](const QString& stage, qint64 done, qint64 total) {
                context.err << '\r' << tr("%1: %2 of %3").arg(stage).arg(done).arg(total)
                            << QStringLiteral("    ");
                if (done == total) {
                    context.err << Qt::endl;
                }
                context.err.flush();
            };
        }
        auto made = DemoActivity::generate(*workspace.value(), generate);
        if (!made) {
            return context.fail(made.error());
        }
        activity = made.value();
    }
    const bool reviews = static_cast<bool>(passphrase);
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("workspace"), workspace.value()->path()},
                                      {QStringLiteral("agents"), options.agents},
                                      {QStringLiteral("seed"), static_cast<qint64>(options.seed)},
                                      {QStringLiteral("requests"), reviews},
                                      {QStringLiteral("events_stored"), activity.stored},
                                      {QStringLiteral("events_read"), activity.read}});
    } else {
        context.out << tr("Filled %1 with %2 demo agents (seed %3).")
                           .arg(QDir::toNativeSeparators(workspace.value()->path()))
                           .arg(options.agents)
                           .arg(options.seed)
                    << Qt::endl;
        context.out
            << (reviews
                    ? tr("Its operators (the demo owners and you) decided requests over the last %1 days; "
                         "their signing keys are encrypted under the workspace passphrase.")
                          .arg(DemoRequests::kDays)
                    : tr("No passphrase was given, so it has no requests, grants or tokens: set "
                         "STEWARD_PASSPHRASE and run the demo into a new workspace to see them."))
            << Qt::endl;
        if (events > 0) {
            context.out << tr("Activity of the last 30 days, read through four connectors: %1.")
                               .arg(IngestCommand::countsText(activity))
                        << Qt::endl;
        }
    }
    return 0;
}

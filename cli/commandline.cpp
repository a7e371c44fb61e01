// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"

#include "agentcommand.h"
#include "auditcommand.h"
#include "cacommand.h"
#include "clicontext.h"
#include "connectorcommand.h"
#include "credentialcommand.h"
#include "eventscommand.h"
#include "grantcommand.h"
#include "ingestcommand.h"
#include "keychaincommand.h"
#include "operatorcommand.h"
#include "ownercommand.h"
#include "quarantinecommand.h"
#include "requestcommand.h"
#include "servecommand.h"
#include "tokencommand.h"
#include "workspace/workspace.h"
#include "workspacecommand.h"

QString CommandLine::helpText()
{
    return tr("Usage: steward-cli [--workspace FILE] [--lang LANG] COMMAND [options]\n"
              "\n"
              "Steward's command line: the agent inventory of one workspace.\n"
              "\n"
              "Commands:\n"
              "  init --trust-domain D        Create a workspace.\n"
              "  summary                      What the workspace holds.\n"
              "  demo [--agents N]            Fill a new workspace with demo data.\n"
              "  agent add NAME --owner O --purpose P [options]\n"
              "  agent list [--status S] [--owner O] [--env E] [--risk R] [--search T]\n"
              "  agent show AGENT\n"
              "  agent edit AGENT [options]\n"
              "  agent suspend|retire|reactivate|activate AGENT [--reason R]\n"
              "  owner add --name N --email E --team T\n"
              "  owner list\n"
              "  ca init | show [--pem] | rotate\n"
              "  svid issue --agent A --csr FILE [--ttl 1h] [--out FILE]\n"
              "  svid renew SERIAL [--ttl 1h] [--out FILE]\n"
              "  svid revoke SERIAL --reason R\n"
              "  crl export [--der] [--out FILE]\n"
              "  jwks export | rotate [--algorithm eddsa|es256]\n"
              "  token mint --agent A --aud X [--scope S] [--task T] [--ttl 15m]\n"
              "  token verify FILE|- --aud X [--jwks FILE] [--iss I]\n"
              "  token revoke JTI --reason R\n"
              "  credential list [--agent A] [--kind K] [--status S] [--expiring-within D]\n"
              "  credential record-static --agent A --key-id ID [--fingerprint HEX]\n"
              "  keychain remember | forget | status\n"
              "  operator add USER --role R [--email E] | list | enroll\n"
              "  audit verify [--anchor FILE] | list [filters] | export DIR | anchor [--out FILE]\n"
              "  request create --agent A --statement S --justification J --duration D [--task T]\n"
              "  request list [--state S] | show ID | approve ID --reason R | deny ID --reason R | withdraw "
              "ID\n"
              "  request rules [--quorum N] [--sensitive-quorum N] [--request-days D] [--grant-days D] "
              "[--sensitive-hours H]\n"
              "  grant list [--agent A] [--state S] | show ID | revoke ID --reason R | expire\n"
              "  ingest --format cloudtrail|k8s|otlp|otel-sdk|langfuse|mcp --file PATH | --dir PATH "
              "[--connector "
              "NAME] [--follow]\n"
              "  events query | count [--agent A] [--owner E] [--action X] [--outcome O] [--last 24h] "
              "[--attr KEY=VALUE] [--saved NAME] ...\n"
              "  events export --format csv|jsonl|ocsf [filters] [--out FILE]\n"
              "  events filter list | save NAME [filters] | delete NAME\n"
              "  events index | attributes\n"
              "  connector list | show NAME | add NAME --format F [--path P] [--map FIELD=POINTER]... | edit "
              "NAME\n"
              "  connector run NAME [--follow] | enable NAME | disable NAME\n"
              "  quarantine list [--connector NAME] | show ID | reingest ID|--connector NAME | dismiss ID... "
              "--reason TEXT | purge\n"
              "  serve otlp [--port 4318] [--new-token] [--tls-cert FILE --tls-key FILE]\n"
              "\n"
              "Every read command takes --json; COMMAND --help lists its options.\n"
              "The workspace is --workspace FILE, else $STEWARD_WORKSPACE, else %1.\n"
              "\n"
              "Exit codes: 0 done, 1 usage error, 2 not found, 3 refused, 4 workspace error.\n")
        .arg(Workspace::defaultPath());
}

int CommandLine::run(const QStringList& arguments,
                     QTextStream& out,
                     QTextStream& err,
                     std::function<bool()> stopRequested)
{
    CliContext context(out, err);
    context.stopRequested = std::move(stopRequested);
    context.workspacePath = Workspace::defaultPath();

    // Global options stand before the command; everything from the command on is its own.
    QStringList args = arguments.mid(1);
    while (!args.isEmpty() && args.constFirst().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QStringLiteral("--help") || option == QStringLiteral("-h")) {
            out << helpText();
            return 0;
        }
        if (option == QStringLiteral("--version")) {
            out << QStringLiteral("steward-cli %1\n").arg(QStringLiteral(STEWARD_VERSION));
            return 0;
        }
        if (option == QStringLiteral("--json")) {
            context.json = true;
            continue;
        }
        if (option == QStringLiteral("--workspace") || option == QStringLiteral("--lang")) {
            if (args.isEmpty()) {
                return context.usage(tr("%1 needs a value.").arg(option));
            }
            const QString value = args.takeFirst();
            if (option == QStringLiteral("--workspace")) {
                context.workspacePath = value;
            }
            continue;
        }
        if (option.startsWith(QStringLiteral("--workspace="))) {
            context.workspacePath = option.section(QLatin1Char('='), 1);
            continue;
        }
        if (option.startsWith(QStringLiteral("--lang="))) {
            continue;
        }
        return context.usage(tr("Unknown option %1.").arg(option), helpText());
    }
    if (args.isEmpty()) {
        return context.usage(tr("No command given."), helpText());
    }
    if (context.workspacePath.isEmpty()) {
        return context.usage(tr("--workspace needs a file name."));
    }

    const QString command = args.takeFirst();
    if (command == QStringLiteral("help")) {
        out << helpText();
        return 0;
    }
    if (command == QStringLiteral("init")) {
        return WorkspaceCommand::init(context, args);
    }
    if (command == QStringLiteral("summary")) {
        return WorkspaceCommand::summary(context, args);
    }
    if (command == QStringLiteral("demo")) {
        return WorkspaceCommand::demo(context, args);
    }
    if (command == QStringLiteral("agent")) {
        return AgentCommand::run(context, args);
    }
    if (command == QStringLiteral("owner")) {
        return OwnerCommand::run(context, args);
    }
    if (command == QStringLiteral("token")) {
        return TokenCommand::run(context, args);
    }
    if (command == QStringLiteral("jwks")) {
        return TokenCommand::runJwks(context, args);
    }
    if (command == QStringLiteral("ca")) {
        return CaCommand::runCa(context, args);
    }
    if (command == QStringLiteral("svid")) {
        return CaCommand::runSvid(context, args);
    }
    if (command == QStringLiteral("crl")) {
        return CaCommand::runCrl(context, args);
    }
    if (command == QStringLiteral("credential")) {
        return CredentialCommand::run(context, args);
    }
    if (command == QStringLiteral("keychain")) {
        return KeychainCommand::run(context, args);
    }
    if (command == QStringLiteral("operator")) {
        return OperatorCommand::run(context, args);
    }
    if (command == QStringLiteral("audit")) {
        return AuditCommand::run(context, args);
    }
    if (command == QStringLiteral("request")) {
        return RequestCommand::run(context, args);
    }
    if (command == QStringLiteral("grant")) {
        return GrantCommand::run(context, args);
    }
    if (command == QStringLiteral("ingest")) {
        return IngestCommand::run(context, args);
    }
    if (command == QStringLiteral("events")) {
        return EventsCommand::run(context, args);
    }
    if (command == QStringLiteral("connector")) {
        return ConnectorCommand::run(context, args);
    }
    if (command == QStringLiteral("quarantine")) {
        return QuarantineCommand::run(context, args);
    }
    if (command == QStringLiteral("serve")) {
        return ServeCommand::run(context, args);
    }
    return context.usage(tr("\u201c%1\u201d is not a command.").arg(command), helpText());
}

// SPDX-License-Identifier: Apache-2.0
#include "grantcommand.h"

#include "clicontext.h"
#include "inventory/inventoryservice.h"
#include "workflow/requestjson.h"
#include "workflow/requestservice.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>

int GrantCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList verbs{
        QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("revoke"), QStringLiteral("expire")};
    if (!verbs.contains(verb)) {
        return context.usage(tr("grant needs a command: list, show, revoke or expire."));
    }
    QCommandLineParser parser;
    if (verb == QStringLiteral("list")) {
        parser.setApplicationDescription(tr("steward-cli grant list: grants, newest first."));
        parser.addOptions({
            {QStringLiteral("agent"), tr("Only this agent's grants."), tr("agent")},
            {QStringLiteral("state"),
             tr("active, expired, revoked or all (default)."),
             tr("state"),
             QStringLiteral("all")},
        });
    } else if (verb == QStringLiteral("show")) {
        parser.setApplicationDescription(tr("steward-cli grant show ID: one grant."));
        parser.addPositionalArgument(QStringLiteral("id"), tr("The grant number."));
    } else if (verb == QStringLiteral("revoke")) {
        parser.setApplicationDescription(tr("steward-cli grant revoke ID --reason R: end a grant now."));
        parser.addPositionalArgument(QStringLiteral("id"), tr("The grant number."));
        parser.addOption({QStringLiteral("reason"), tr("Why (required)."), tr("text")});
    } else {
        parser.setApplicationDescription(tr("steward-cli grant expire: expire every grant and pending "
                                            "request whose time has come (the console "
                                            "does this on its own)."));
    }
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("grant ") + verb, &exitCode)) {
        return exitCode;
    }
    bool idOk = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&idOk);
    if ((verb == QStringLiteral("show") || verb == QStringLiteral("revoke")) &&
        (!idOk || parser.positionalArguments().size() != 1 ||
         (verb == QStringLiteral("revoke") && !parser.isSet(QStringLiteral("reason"))))) {
        return context.usage(verb == QStringLiteral("revoke")
                                 ? tr("grant revoke takes one grant number and --reason.")
                                 : tr("grant show takes one grant number."),
                             context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    RequestService requests(workspace);
    const QDateTime now = workspace.now();

    if (verb == QStringLiteral("expire")) {
        auto expired = requests.expire();
        if (!expired) {
            return context.fail(expired.error());
        }
        if (context.json) {
            context.printJson(QJsonObject{{QStringLiteral("requests_expired"), expired->first},
                                          {QStringLiteral("grants_expired"), expired->second}});
        } else {
            context.out << tr("Expired %1 requests and %2 grants.").arg(expired->first).arg(expired->second)
                        << Qt::endl;
        }
        return 0;
    }
    if (verb == QStringLiteral("revoke")) {
        auto revoked = requests.revokeGrant(id, parser.value(QStringLiteral("reason")));
        if (!revoked) {
            return context.fail(revoked.error());
        }
        if (context.json) {
            context.printJson(RequestJson::grant(revoked.value(), now));
        } else {
            context.out << tr("Revoked grant %1.").arg(id) << Qt::endl;
        }
        return 0;
    }
    QList<Grant> grants;
    if (verb == QStringLiteral("show")) {
        auto grant = workspace.requests().grant(id);
        if (!grant) {
            return context.fail(grant.error());
        }
        grants << grant.value();
    } else {
        const QString stateText = parser.value(QStringLiteral("state"));
        const auto state = RequestKinds::grantStateFromKey(stateText);
        if (!state && stateText != QStringLiteral("all")) {
            return context.usage(tr("--state is active, expired, revoked or all."), context.helpText(parser));
        }
        (void)requests.expire();
        if (parser.isSet(QStringLiteral("agent"))) {
            auto agent = InventoryService(workspace).findAgent(parser.value(QStringLiteral("agent")));
            if (!agent) {
                return context.fail(agent.error());
            }
            auto all = workspace.requests().grants(agent->id, false, now);
            if (!all) {
                return context.fail(all.error());
            }
            for (const Grant& g : all.value()) {
                if (!state || g.state == *state) {
                    grants << g;
                }
            }
        } else {
            auto all = workspace.requests().allGrants(state, 10000);
            if (!all) {
                return context.fail(all.error());
            }
            grants = all.value();
        }
    }
    if (context.json) {
        if (verb == QStringLiteral("show")) {
            context.printJson(RequestJson::grant(grants.constFirst(), now));
        } else {
            QJsonArray array;
            for (const Grant& g : std::as_const(grants)) {
                array.append(RequestJson::grant(g, now));
            }
            context.printJson(array);
        }
        return 0;
    }
    for (const Grant& g : std::as_const(grants)) {
        context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                           .arg(g.id)
                           .arg(g.agentName,
                                RequestKinds::key(g.isLive(now) || g.state != GrantState::Active
                                                      ? g.state
                                                      : GrantState::Expired),
                                g.validUntil.toUTC().toString(Qt::ISODate),
                                g.task,
                                g.statements.join(QStringLiteral("; ")))
                    << Qt::endl;
    }
    return 0;
}

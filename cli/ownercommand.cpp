// SPDX-License-Identifier: Apache-2.0
#include "ownercommand.h"

#include "clicontext.h"
#include "inventory/agentjson.h"
#include "inventory/inventoryservice.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>

int OwnerCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QStringLiteral("add")) {
        return add(context, args.mid(1));
    }
    if (verb == QStringLiteral("list")) {
        return list(context, args.mid(1));
    }
    return context.usage(verb.isEmpty()
                             ? tr("owner needs a command: add or list.")
                             : tr("\u201c%1\u201d is not an owner command; use add or list.").arg(verb));
}

int OwnerCommand::add(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli owner add: record an accountable owner."));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("The owner's full name."), tr("name"));
    const QCommandLineOption emailOption(
        QStringLiteral("email"), tr("The owner's email address."), tr("email"));
    const QCommandLineOption teamOption(QStringLiteral("team"), tr("The owner's team."), tr("team"));
    parser.addOptions({nameOption, emailOption, teamOption});
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("owner add"), &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(nameOption) || !parser.isSet(emailOption) || !parser.isSet(teamOption) ||
        !parser.positionalArguments().isEmpty()) {
        return context.usage(tr("owner add takes --name, --email and --team."), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    InventoryService service(*opened.value());
    auto owner =
        service.addOwner(parser.value(nameOption), parser.value(emailOption), parser.value(teamOption));
    if (!owner) {
        return context.fail(owner.error());
    }
    if (context.json) {
        context.printJson(AgentJson::owner(owner.value()));
    } else {
        context.out << tr("Added owner %1 <%2> (%3), id %4.")
                           .arg(owner->name, owner->email, owner->team)
                           .arg(owner->id)
                    << Qt::endl;
    }
    return 0;
}

int OwnerCommand::list(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli owner list: the accountable owners and how many agents each has."));
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("owner list"), &exitCode)) {
        return exitCode;
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    auto owners = workspace.owners().list();
    auto counts = workspace.owners().agentCounts();
    if (!owners || !counts) {
        return context.fail(!owners ? owners.error() : counts.error());
    }
    if (context.json) {
        QJsonArray array;
        for (const Owner& owner : owners.value()) {
            QJsonObject object = AgentJson::owner(owner);
            object.insert(QStringLiteral("agents"), counts->value(owner.id));
            array.append(object);
        }
        context.printJson(array);
        return 0;
    }
    context.out << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(tr("ID"), 4)
                       .arg(tr("NAME"), -24)
                       .arg(tr("EMAIL"), -32)
                       .arg(tr("TEAM"), -24)
                       .arg(tr("AGENTS"))
                << Qt::endl;
    for (const Owner& owner : owners.value()) {
        context.out << QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(owner.id, 4)
                           .arg(owner.name, -24)
                           .arg(owner.email, -32)
                           .arg(owner.team, -24)
                           .arg(counts->value(owner.id))
                    << Qt::endl;
    }
    return 0;
}

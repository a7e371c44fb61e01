// SPDX-License-Identifier: Apache-2.0
#include "operatorcommand.h"

#include "clicontext.h"
#include "inventory/agentjson.h"
#include "workflow/operatorservice.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace {
QJsonObject operatorJson(const Operator& op)
{
    return QJsonObject{
        {QStringLiteral("username"), op.username},
        {QStringLiteral("display_name"), op.displayName},
        {QStringLiteral("email"), op.email},
        {QStringLiteral("role"), OperatorRepository::roleKey(op.role)},
        {QStringLiteral("key_id"), op.keyId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(op.keyId)},
        {QStringLiteral("created_at"), AgentJson::timestamp(op.createdAt)}};
}
} // namespace

int OperatorCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb != QStringLiteral("add") && verb != QStringLiteral("list") && verb != QStringLiteral("enroll")) {
        return context.usage(tr("operator needs a command: add, list or enroll."));
    }
    QCommandLineParser parser;
    if (verb == QStringLiteral("add")) {
        parser.setApplicationDescription(tr("steward-cli operator add USER --role viewer|approver|admin: let "
                                            "a person use the console (admins "
                                            "only)."));
        parser.addPositionalArgument(QStringLiteral("user"), tr("Their login name."));
        parser.addOptions({
            {QStringLiteral("role"), tr("viewer, approver or admin."), tr("role")},
            {QStringLiteral("name"), tr("Their full name."), tr("name")},
            {QStringLiteral("email"),
             tr("Their email; the same as an owner's makes them that owner."),
             tr("email")},
        });
    } else if (verb == QStringLiteral("enroll")) {
        parser.setApplicationDescription(
            tr("steward-cli operator enroll: create your signing key, encrypted under your own passphrase "
               "(STEWARD_OPERATOR_PASSPHRASE or a prompt). Your decisions are signed with it."));
    } else {
        parser.setApplicationDescription(tr("steward-cli operator list: the people who use this workspace."));
    }
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("operator ") + verb, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    std::optional<OperatorRole> role;
    if (verb == QStringLiteral("add")) {
        role = OperatorRepository::roleFromKey(parser.value(QStringLiteral("role")));
        if (positional.size() != 1 || !role) {
            return context.usage(
                tr("operator add takes one login name and --role viewer, approver or admin."),
                context.helpText(parser));
        }
    } else if (!positional.isEmpty()) {
        return context.usage(tr("operator %1 takes no arguments.").arg(verb), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    OperatorService operators(workspace);

    if (verb == QStringLiteral("list")) {
        auto all = workspace.operators().list();
        if (!all) {
            return context.fail(all.error());
        }
        if (context.json) {
            QJsonArray array;
            for (const Operator& op : all.value()) {
                array.append(operatorJson(op));
            }
            context.printJson(array);
        } else {
            for (const Operator& op : all.value()) {
                context.out << QStringLiteral("%1\t%2\t%3\t%4")
                                   .arg(op.username,
                                        OperatorRepository::roleKey(op.role),
                                        op.keyId.isEmpty() ? tr("no key") : op.keyId,
                                        op.email)
                            << Qt::endl;
            }
        }
        return 0;
    }
    if (verb == QStringLiteral("add")) {
        auto added = operators.add(positional.constFirst(),
                                   parser.value(QStringLiteral("name")),
                                   parser.value(QStringLiteral("email")),
                                   *role);
        if (!added) {
            return context.fail(added.error());
        }
        if (context.json) {
            context.printJson(operatorJson(added.value()));
        } else {
            context.out
                << tr("Added %1 as %2; they create their signing key with \"steward-cli operator enroll\".")
                       .arg(added->username, OperatorRepository::roleKey(added->role))
                << Qt::endl;
        }
        return 0;
    }
    auto passphrase = context.operatorPassphrase();
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    auto enrolled = operators.enroll(passphrase.value());
    if (!enrolled) {
        return context.fail(enrolled.error());
    }
    if (context.json) {
        context.printJson(operatorJson(enrolled.value()));
    } else {
        context.out << tr("Created the signing key %1 for %2.").arg(enrolled->keyId, enrolled->username)
                    << Qt::endl;
    }
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
#include "connectorcommand.h"

#include "activity/connectorsecret.h"
#include "activity/connectorservice.h"
#include "activity/recordparser.h"
#include "clicontext.h"
#include "crypto/sealedbox.h"
#include "identity/systemkeychain.h"
#include "ingestcommand.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// --map FIELD=POINTER and --setting KEY=VALUE, given any number of times, over what there was.
Result<QJsonObject> settingsFrom(const QCommandLineParser& parser, QJsonObject settings)
{
    QJsonObject mapping = settings.value(QStringLiteral("mapping")).toObject();
    for (const QString& pair : parser.values(QStringLiteral("map"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return Error{ErrorKind::Invalid,
                         ConnectorCommand::tr("--map takes FIELD=POINTER, such as time=/ts; \"%1\" is not.")
                             .arg(pair)};
        }
        mapping.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (!mapping.isEmpty()) {
        settings.insert(QStringLiteral("mapping"), mapping);
    }
    for (const QString& pair : parser.values(QStringLiteral("setting"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return Error{
                ErrorKind::Invalid,
                ConnectorCommand::tr("--setting takes KEY=VALUE, such as cluster=prod; \"%1\" is not.")
                    .arg(pair)};
        }
        // A value that is a JSON object or array (actor_types={"arn:…:role/ci-*":"human"}) is
        // kept as one; anything else is text, as typed.
        const QString value = pair.mid(eq + 1);
        const QJsonDocument json = value.startsWith(QLatin1Char('{')) || value.startsWith(QLatin1Char('['))
                                       ? QJsonDocument::fromJson(value.toUtf8())
                                       : QJsonDocument();
        if (json.isObject()) {
            settings.insert(pair.left(eq), json.object());
        } else if (json.isArray()) {
            settings.insert(pair.left(eq), json.array());
        } else {
            settings.insert(pair.left(eq), value);
        }
    }
    if (parser.isSet(QStringLiteral("path"))) {
        settings.insert(QStringLiteral("path"),
                        QFileInfo(parser.value(QStringLiteral("path"))).absoluteFilePath());
    }
    return settings;
}

} // namespace

int ConnectorCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QString synopsis = tr("connector needs a command: list, show NAME, add NAME --format F, edit NAME, "
                                "secret NAME, run NAME, enable NAME or disable NAME.");
    const QStringList verbs = {QStringLiteral("list"),
                               QStringLiteral("show"),
                               QStringLiteral("add"),
                               QStringLiteral("edit"),
                               QStringLiteral("secret"),
                               QStringLiteral("run"),
                               QStringLiteral("enable"),
                               QStringLiteral("disable")};
    if (!verbs.contains(verb)) {
        return context.usage(synopsis);
    }
    // Each verb parses its own options, so that one meant for another verb is refused, not ignored.
    QCommandLineParser parser;
    if (verb == QStringLiteral("list")) {
        parser.setApplicationDescription(tr("steward-cli connector list: every connector with its counts."));
    } else if (verb == QStringLiteral("show")) {
        parser.setApplicationDescription(
            tr("steward-cli connector show NAME: a connector's settings, cursor and counts."));
    } else if (verb == QStringLiteral("add") || verb == QStringLiteral("edit")) {
        parser.setApplicationDescription(
            verb == QStringLiteral("add")
                ? tr("steward-cli connector add NAME --format F [--path P] [--map FIELD=POINTER]... "
                     "[--setting KEY=VALUE]...")
                : tr("steward-cli connector edit NAME [--path P] [--map FIELD=POINTER]... "
                     "[--setting KEY=VALUE]..."));
        if (verb == QStringLiteral("add")) {
            parser.addOption({QStringLiteral("format"),
                              tr("What the connector reads: %1.")
                                  .arg(RecordParser::connectorKinds().join(QStringLiteral(", "))),
                              tr("format")});
        }
        parser.addOptions({
            {QStringLiteral("path"), tr("The file or folder the connector reads."), tr("path")},
            {QStringLiteral("map"),
             tr("For jsonl: the JSON pointer of an event field, such as time=/ts or principal=/actor/id."),
             tr("field=pointer")},
            {QStringLiteral("setting"),
             tr("Another setting, such as cluster=prod for k8s or principal_kind=agent-id for jsonl."),
             tr("key=value")},
        });
    } else if (verb == QStringLiteral("secret")) {
        parser.setApplicationDescription(
            tr("steward-cli connector secret NAME [--store keychain|workspace] [--secret-file PATH]: an HTTP "
               "poller's token or client secret."));
        parser.addOptions({
            {QStringLiteral("store"),
             tr("keychain (the default when there is one) or workspace (sealed with the workspace "
                "passphrase)."),
             tr("store")},
            {QStringLiteral("secret-file"),
             tr("Read the token or client secret from this file (- for standard input) rather than "
                "STEWARD_CONNECTOR_SECRET or a prompt."),
             tr("path")},
        });
    } else if (verb == QStringLiteral("run")) {
        parser.setApplicationDescription(
            tr("steward-cli connector run NAME [--follow [--interval SECONDS]]: read or poll now."));
        parser.addOptions({
            {QStringLiteral("follow"), tr("Keep reading as the files grow, until interrupted.")},
            {QStringLiteral("interval"),
             tr("With --follow: seconds between looks (default 1)."),
             tr("seconds"),
             QStringLiteral("1")},
        });
    } else {
        parser.setApplicationDescription(tr("steward-cli connector %1 NAME").arg(verb));
    }
    if (verb != QStringLiteral("list")) {
        parser.addPositionalArgument(QStringLiteral("name"), tr("The connector."));
    }
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("connector ") + verb, &exitCode)) {
        return exitCode;
    }
    if (verb == QStringLiteral("list") && !parser.positionalArguments().isEmpty()) {
        return context.usage(tr("connector list takes no name."), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    const auto describe = [](const Connector& c) {
        return QJsonObject{{QStringLiteral("name"), c.name},
                           {QStringLiteral("kind"), c.kind},
                           {QStringLiteral("enabled"), c.enabled},
                           {QStringLiteral("settings"), c.settings},
                           {QStringLiteral("cursor"), c.cursor},
                           {QStringLiteral("counts"), IngestCommand::countsJson(c.counts)},
                           {QStringLiteral("last_error"), c.lastError}};
    };
    if (verb == QStringLiteral("list")) {
        auto connectors = workspace.connectors().list();
        if (!connectors) {
            return context.fail(connectors.error());
        }
        QJsonArray array;
        for (const Connector& c : connectors.value()) {
            if (context.json) {
                array.append(describe(c));
            } else {
                context.out << c.name << QLatin1Char('\t') << c.kind << QLatin1Char('\t')
                            << (c.enabled ? tr("enabled") : tr("disabled")) << QLatin1Char('\t')
                            << IngestCommand::countsText(c.counts) << Qt::endl;
            }
        }
        if (context.json) {
            context.printJson(array);
        }
        return 0;
    }
    const QString name = parser.positionalArguments().value(0);
    if (name.isEmpty() || parser.positionalArguments().size() != 1) {
        return context.usage(synopsis, context.helpText(parser));
    }
    if (verb == QStringLiteral("show")) {
        auto connector = workspace.connectors().byName(name);
        if (!connector) {
            return context.fail(connector.error());
        }
        context.out << QJsonDocument(describe(connector.value())).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (verb == QStringLiteral("add") || verb == QStringLiteral("edit")) {
        const bool adding = verb == QStringLiteral("add");
        if (adding && !parser.isSet(QStringLiteral("format"))) {
            return context.usage(tr("connector add needs --format."), context.helpText(parser));
        }
        QJsonObject base;
        if (!adding) {
            auto existing = workspace.connectors().byName(name);
            if (!existing) {
                return context.fail(existing.error());
            }
            base = existing->settings;
        }
        auto settings = settingsFrom(parser, base);
        if (!settings) {
            return context.usage(settings.error().message, context.helpText(parser));
        }
        auto saved = adding ? ConnectorService(workspace).add(
                                  name, parser.value(QStringLiteral("format")), settings.value())
                            : ConnectorService(workspace).updateSettings(name, settings.value());
        if (!saved) {
            return context.fail(saved.error());
        }
        if (context.json) {
            context.printJson(describe(saved.value()));
        } else {
            context.out << (adding ? tr("Added connector %1 (%2).") : tr("Changed connector %1 (%2)."))
                               .arg(saved->name, saved->kind)
                        << Qt::endl;
        }
        return 0;
    }
    if (verb == QStringLiteral("run")) {
        auto connector = workspace.connectors().byName(name);
        if (!connector) {
            return context.fail(connector.error());
        }
        if (connector->kind == QStringLiteral("http")) {
            if (!connector->enabled) {
                return context.fail(
                    Error{ErrorKind::Refused,
                          tr("Connector %1 is disabled; enable it first.").arg(connector->name)});
            }
            return IngestCommand::pollWith(
                context, workspace, connector.value(), parser.isSet(QStringLiteral("follow")));
        }
        const QString path = connector->settings.value(QStringLiteral("path")).toString();
        if (path.isEmpty()) {
            return context.fail(
                Error{ErrorKind::Invalid,
                      tr("Connector %1 has no path to read; give it one with connector edit %1 "
                         "--path PATH.")
                          .arg(connector->name)});
        }
        if (!connector->enabled) {
            return context.fail(Error{ErrorKind::Refused,
                                      tr("Connector %1 is disabled; enable it first.").arg(connector->name)});
        }
        bool intervalOk = false;
        const double interval = parser.value(QStringLiteral("interval")).toDouble(&intervalOk);
        if (!intervalOk || interval < 0.05 || interval > 3600) {
            return context.usage(tr("--interval is a number of seconds from 0.05 to 3600."),
                                 context.helpText(parser));
        }
        return IngestCommand::ingestWith(context,
                                         workspace,
                                         connector.value(),
                                         path,
                                         1000,
                                         parser.isSet(QStringLiteral("follow")),
                                         int(interval * 1000));
    }
    if (verb == QStringLiteral("secret")) {
        const QString storeName = parser.value(QStringLiteral("store"));
        const auto store = storeName.isEmpty() ? std::optional(SystemKeychain::isEnabled()
                                                                   ? ConnectorSecret::Store::Keychain
                                                                   : ConnectorSecret::Store::Workspace)
                                               : ConnectorSecret::storeFromName(storeName);
        if (!store) {
            return context.usage(tr("--store is keychain or workspace."), context.helpText(parser));
        }
        Result<SecretBytes> secret = Error{};
        const QString file = parser.value(QStringLiteral("secret-file"));
        if (!file.isEmpty()) {
            QFile in;
            const bool readable = file == QStringLiteral("-")
                                      ? in.open(stdin, QIODevice::ReadOnly)
                                      : (in.setFileName(file), in.open(QIODevice::ReadOnly));
            if (!readable) {
                return context.fail(Error{ErrorKind::NotFound, tr("Cannot read %1.").arg(file)});
            }
            QByteArray bytes = in.read(SealedBox::kMaxPlaintext + 1);
            while (bytes.endsWith('\n') || bytes.endsWith('\r')) {
                bytes.chop(1);
            }
            secret = SecretBytes(std::move(bytes));
        } else {
            secret = context.connectorSecret();
        }
        if (!secret) {
            return context.fail(secret.error());
        }
        Result<SecretBytes> passphrase = SecretBytes();
        if (*store == ConnectorSecret::Store::Workspace) {
            passphrase = context.passphrase(workspace);
            if (!passphrase) {
                return context.fail(passphrase.error());
            }
        }
        if (const Status s =
                ConnectorService(workspace).setSecret(name, secret.value(), *store, passphrase.value());
            !s) {
            return context.fail(s.error());
        }
        if (!context.json) {
            context.out << (*store == ConnectorSecret::Store::Keychain
                                ? tr("The secret of connector %1 is in the system keychain.")
                                : tr("The secret of connector %1 is sealed in the workspace."))
                               .arg(name)
                        << Qt::endl;
        }
        return 0;
    }
    if (verb == QStringLiteral("enable") || verb == QStringLiteral("disable")) {
        if (const Status s = ConnectorService(workspace).setEnabled(name, verb == QStringLiteral("enable"));
            !s) {
            return context.fail(s.error());
        }
        return 0;
    }
    return context.usage(synopsis);
}

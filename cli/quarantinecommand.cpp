// SPDX-License-Identifier: Apache-2.0
#include "quarantinecommand.h"

#include "activity/connectorservice.h"
#include "clicontext.h"
#include "ingestcommand.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject describe(const QuarantinedRecord& r, bool withRaw)
{
    const auto time = [](const QDateTime& at) {
        return at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonObject object{{QStringLiteral("id"), r.id},
                       {QStringLiteral("connector_id"), r.connectorId},
                       {QStringLiteral("received_at"), r.receivedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("location"), r.location},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("size"), r.rawSize},
                       {QStringLiteral("kept"), r.raw.size()},
                       {QStringLiteral("reingested_at"), time(r.reingestedAt)},
                       {QStringLiteral("dismissed_at"), time(r.dismissedAt)}};
    if (r.dismissedAt.isValid()) {
        object.insert(QStringLiteral("dismissed_by"), r.dismissedBy);
        object.insert(QStringLiteral("dismiss_reason"), r.dismissReason);
    }
    if (withRaw) {
        object.insert(QStringLiteral("raw"), QString::fromUtf8(r.raw));
    }
    return object;
}

} // namespace

int QuarantineCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList verbs = {QStringLiteral("list"),
                               QStringLiteral("show"),
                               QStringLiteral("reingest"),
                               QStringLiteral("dismiss"),
                               QStringLiteral("purge")};
    if (!verbs.contains(verb)) {
        return context.usage(
            tr("quarantine needs a command: list, show ID, reingest ID, dismiss ID or purge."));
    }
    const QCommandLineOption connectorOption(
        QStringLiteral("connector"), tr("Only this connector's records."), tr("name"));
    QCommandLineParser parser;
    if (verb == QStringLiteral("list")) {
        parser.setApplicationDescription(
            tr("steward-cli quarantine list [--connector NAME] [--all] [--limit N]: records that could not "
               "be used, with why; those waiting for a decision unless --all."));
        parser.addOptions({connectorOption,
                           {QStringLiteral("all"), tr("Also records re-ingested or dismissed.")},
                           {QStringLiteral("limit"),
                            tr("At most this many (default 100)."),
                            tr("n"),
                            QStringLiteral("100")}});
    } else if (verb == QStringLiteral("show")) {
        parser.setApplicationDescription(tr("steward-cli quarantine show ID: one record, with its bytes."));
        parser.addPositionalArgument(QStringLiteral("id"), tr("A quarantined record's number."));
    } else if (verb == QStringLiteral("reingest")) {
        parser.setApplicationDescription(
            tr("steward-cli quarantine reingest ID | --connector NAME: parses records again (after a fix) "
               "and stores what now maps; it counts as a new read."));
        parser.addPositionalArgument(QStringLiteral("id"), tr("A quarantined record's number."));
        parser.addOption(connectorOption);
    } else if (verb == QStringLiteral("dismiss")) {
        parser.setApplicationDescription(tr(
            "steward-cli quarantine dismiss ID... | --connector NAME, --reason TEXT: sets records aside for "
            "good. They stay readable until purged; the audit trail keeps who dismissed them and why."));
        parser.addPositionalArgument(QStringLiteral("id"), tr("Quarantined record numbers."), tr("ID..."));
        parser.addOptions(
            {connectorOption,
             {QStringLiteral("reason"), tr("Why they are not worth reading again."), tr("text")}});
    } else {
        parser.setApplicationDescription(tr(
            "steward-cli quarantine purge [--connector NAME]: deletes the records re-ingested or "
            "dismissed, with their bytes. Records still waiting are kept; the audit trail notes the purge."));
        parser.addOption(connectorOption);
    }
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("quarantine ") + verb, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    QList<qint64> ids;
    for (const QString& text : positional) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id < 1) {
            return context.usage(tr("\"%1\" is not a record number.").arg(text), context.helpText(parser));
        }
        ids.append(id);
    }
    // Asked by name among the options given: "show" defines no --connector, and isSet would warn.
    const bool byConnector = parser.optionNames().contains(QStringLiteral("connector"));
    if ((verb == QStringLiteral("list") || verb == QStringLiteral("purge")) && !ids.isEmpty()) {
        return context.usage(tr("quarantine %1 takes no record number.").arg(verb), context.helpText(parser));
    }
    if (verb == QStringLiteral("show") && ids.size() != 1) {
        return context.usage(tr("quarantine show takes one record number."), context.helpText(parser));
    }
    if (verb == QStringLiteral("reingest") && (ids.size() > 1 || ids.isEmpty() == !byConnector)) {
        return context.usage(tr("quarantine reingest takes one record number, or --connector NAME."),
                             context.helpText(parser));
    }
    if (verb == QStringLiteral("dismiss") && ids.isEmpty() == !byConnector) {
        return context.usage(tr("quarantine dismiss takes record numbers, or --connector NAME."),
                             context.helpText(parser));
    }
    if (verb == QStringLiteral("dismiss") && parser.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        return context.usage(tr("quarantine dismiss needs --reason: the audit trail keeps why."),
                             context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    qint64 connectorId = 0;
    if (byConnector) {
        auto connector = workspace.connectors().byName(parser.value(connectorOption));
        if (!connector) {
            return context.fail(connector.error());
        }
        connectorId = connector->id;
    }
    if (verb == QStringLiteral("list")) {
        bool limitOk = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
        if (!limitOk || limit < 1) {
            return context.usage(tr("--limit is a positive number."), context.helpText(parser));
        }
        auto records =
            workspace.connectors().quarantined(connectorId, !parser.isSet(QStringLiteral("all")), limit);
        if (!records) {
            return context.fail(records.error());
        }
        QJsonArray array;
        for (const QuarantinedRecord& r : records.value()) {
            if (context.json) {
                array.append(describe(r, false));
            } else {
                context.out << r.id << QLatin1Char('\t') << r.location << QLatin1Char('\t') << r.reason
                            << Qt::endl;
            }
        }
        if (context.json) {
            context.printJson(array);
        }
        return 0;
    }
    if (verb == QStringLiteral("purge")) {
        auto purged =
            ConnectorService(workspace).purge(byConnector ? parser.value(connectorOption) : QString());
        if (!purged) {
            return context.fail(purged.error());
        }
        if (context.json) {
            context.printJson(QJsonObject{{QStringLiteral("purged"), purged.value()}});
        } else {
            context.out << tr("Purged %n settled record(s); records still waiting are kept.",
                              nullptr,
                              int(purged.value()))
                        << Qt::endl;
        }
        return 0;
    }
    QList<QuarantinedRecord> targets;
    if (!ids.isEmpty()) {
        for (const qint64 id : std::as_const(ids)) {
            auto record = workspace.connectors().quarantinedById(id);
            if (!record) {
                return context.fail(record.error());
            }
            targets.append(record.value());
        }
    } else {
        auto records = workspace.connectors().quarantined(connectorId, true, 100000);
        if (!records) {
            return context.fail(records.error());
        }
        targets = records.value();
    }
    if (verb == QStringLiteral("show")) {
        context.out << QJsonDocument(describe(targets.first(), true)).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (verb == QStringLiteral("dismiss")) {
        QList<qint64> waiting;
        for (const QuarantinedRecord& r : std::as_const(targets)) {
            waiting.append(r.id);
        }
        if (waiting.isEmpty()) {
            context.out << tr("No record is waiting; nothing dismissed.") << Qt::endl;
            return 0;
        }
        if (const Status s =
                ConnectorService(workspace).dismiss(waiting, parser.value(QStringLiteral("reason")));
            !s) {
            return context.fail(s.error());
        }
        if (context.json) {
            context.printJson(QJsonObject{{QStringLiteral("dismissed"), waiting.size()}});
        } else {
            context.out << tr("Dismissed %n record(s).", nullptr, int(waiting.size())) << Qt::endl;
        }
        return 0;
    }
    auto done = ConnectorService(workspace).reingest(targets);
    if (!done) {
        return context.fail(done.error());
    }
    for (const QString& note : std::as_const(done->notes)) {
        context.err << note << Qt::endl;
    }
    const IngestCounts total = done->counts;
    const int fixed = done->reingested;
    if (context.json) {
        QJsonObject result = IngestCommand::countsJson(total);
        result.insert(QStringLiteral("reingested"), fixed);
        result.insert(QStringLiteral("still_quarantined"), done->stillQuarantined);
        context.printJson(result);
    } else {
        context.out << tr("Re-ingested %1 of %2 records: read %3, stored %4, duplicates %5.")
                           .arg(fixed)
                           .arg(targets.size())
                           .arg(total.read)
                           .arg(total.stored)
                           .arg(total.duplicates)
                    << Qt::endl;
    }
    return 0;
}

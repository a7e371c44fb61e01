// SPDX-License-Identifier: Apache-2.0
#include "ingestcommand.h"

#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "activity/recordparser.h"
#include "clicontext.h"
#include "inventory/inventoryservice.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void requestStop(int)
{
    g_stop = 1;
}

QJsonObject countsJson(const IngestCounts& c)
{
    return QJsonObject{{QStringLiteral("read"), c.read},
                       {QStringLiteral("stored"), c.stored},
                       {QStringLiteral("duplicates"), c.duplicates},
                       {QStringLiteral("quarantined"), c.quarantined}};
}

QString isoNanos(qint64 ns)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
           QStringLiteral("%1Z").arg(ns % 1000000000, 9, 10, QLatin1Char('0'));
}

QJsonObject eventJson(const Event& e, const QString& agentName)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("time"), isoNanos(e.timeNs)},
                       {QStringLiteral("time_ns"), QString::number(e.timeNs)},
                       {QStringLiteral("source"), e.source},
                       {QStringLiteral("native_id"), e.nativeId},
                       {QStringLiteral("agent"), agentName},
                       {QStringLiteral("principal"), e.principal},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("native_action"), e.nativeAction},
                       {QStringLiteral("resource"), e.resource},
                       {QStringLiteral("outcome"), EventOutcomes::key(e.outcome)},
                       {QStringLiteral("trace_id"), e.traceId},
                       {QStringLiteral("span_id"), e.spanId},
                       {QStringLiteral("parent_span_id"), e.parentSpanId},
                       {QStringLiteral("task"), e.task},
                       {QStringLiteral("token_id"), e.tokenId},
                       {QStringLiteral("credential_kind"), e.credentialKind}};
}

} // namespace

int IngestCommand::runIngest(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "steward-cli ingest: read activity files into the workspace. Each file resumes where the last run "
        "stopped; the same record read twice is stored once. Prints what was read, stored, found duplicate "
        "and quarantined."));
    parser.addOptions({
        {QStringLiteral("format"),
         tr("The files' format: %1.").arg(RecordParser::formats().join(QStringLiteral(", "))),
         tr("format")},
        {QStringLiteral("file"), tr("One file (JSON lines, a JSON document, or gzip)."), tr("path")},
        {QStringLiteral("dir"), tr("Every file below this folder, in name order."), tr("path")},
        {QStringLiteral("connector"),
         tr("The connector to record progress under (default: format and path)."),
         tr("name")},
        {QStringLiteral("batch"),
         tr("Records per transaction (default 1000)."),
         tr("n"),
         QStringLiteral("1000")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("ingest"), &exitCode)) {
        return exitCode;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const QString file = parser.value(QStringLiteral("file"));
    const QString dir = parser.value(QStringLiteral("dir"));
    bool batchOk = false;
    const int batch = parser.value(QStringLiteral("batch")).toInt(&batchOk);
    if (format.isEmpty() || file.isEmpty() == dir.isEmpty() || !batchOk || batch < 1 ||
        !parser.positionalArguments().isEmpty()) {
        return context.usage(tr("ingest needs --format and exactly one of --file or --dir."),
                             context.helpText(parser));
    }
    const auto recordParser = RecordParser::forFormat(format);
    if (!recordParser) {
        return context.usage(tr("\"%1\" is not a format; use one of %2.")
                                 .arg(format, RecordParser::formats().join(QStringLiteral(", "))),
                             context.helpText(parser));
    }
    const QString path = QFileInfo(file.isEmpty() ? dir : file).absoluteFilePath();
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    const QString name = parser.isSet(QStringLiteral("connector"))
                             ? parser.value(QStringLiteral("connector"))
                             : QStringLiteral("%1:%2").arg(format, path);
    auto connector =
        ConnectorService(workspace).ensure(name, format, QJsonObject{{QStringLiteral("path"), path}});
    if (!connector) {
        return context.fail(connector.error());
    }
    // Ctrl+C stops after the batch being written, so the cursor stays exact.
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    FileSource::Options options;
    options.batchRecords = batch;
    options.stop = [] { return g_stop != 0; };
    if (!context.json) {
        options.progress = [&context](const IngestCounts& total) {
            context.err << '\r' << tr("Read %1 records").arg(total.read);
            context.err.flush();
        };
    }
    FileSource source(workspace, connector.value(), *recordParser, options);
    auto counts = source.ingest(path);
    if (!context.json) {
        context.err << Qt::endl;
    }
    if (!counts) {
        // Kept for `connector show`; if even that fails, the ingest error below is what matters.
        const Status kept =
            workspace.connectors().setLastError(connector->id, counts.error().message, workspace.now());
        Q_UNUSED(kept)
        return context.fail(counts.error());
    }
    if (context.json) {
        QJsonObject result = countsJson(counts.value());
        result.insert(QStringLiteral("connector"), connector->name);
        result.insert(QStringLiteral("stopped"), g_stop != 0);
        context.printJson(result);
    } else {
        context.out << tr("read %1, stored %2, duplicates %3, quarantined %4")
                           .arg(counts->read)
                           .arg(counts->stored)
                           .arg(counts->duplicates)
                           .arg(counts->quarantined)
                    << Qt::endl;
        if (g_stop) {
            context.out << tr("Stopped; the next run continues from here.") << Qt::endl;
        }
    }
    return 0;
}

int IngestCommand::runEvents(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb != QStringLiteral("query") && verb != QStringLiteral("count")) {
        return context.usage(tr("events needs a command: query or count."));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(verb == QStringLiteral("query")
                                         ? tr("steward-cli events query: activity, newest first.")
                                         : tr("steward-cli events count: how many events match."));
    parser.addOptions({
        {QStringLiteral("agent"),
         tr("Only this agent's events (name, SPIFFE ID or principal)."),
         tr("agent")},
        {QStringLiteral("action"), tr("Only this normalized action, such as read or execute."), tr("action")},
        {QStringLiteral("outcome"), tr("success, failure, denied or unknown."), tr("outcome")},
        {QStringLiteral("source"), tr("Only events from this format."), tr("source")},
        {QStringLiteral("resource"), tr("Only resources starting with this."), tr("prefix")},
        {QStringLiteral("trace"), tr("Only this trace."), tr("trace id")},
        {QStringLiteral("text"), tr("Text in the principal, native action or resource."), tr("text")},
        {QStringLiteral("since"), tr("From this time (ISO 8601, inclusive)."), tr("time")},
        {QStringLiteral("until"), tr("Up to this time (ISO 8601, exclusive)."), tr("time")},
        {QStringLiteral("limit"), tr("At most this many (default 50)."), tr("n"), QStringLiteral("50")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("events ") + verb, &exitCode)) {
        return exitCode;
    }
    EventQuery query;
    bool limitOk = false;
    query.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    query.action = parser.value(QStringLiteral("action"));
    query.source = parser.value(QStringLiteral("source"));
    query.resourcePrefix = parser.value(QStringLiteral("resource"));
    query.traceId = parser.value(QStringLiteral("trace")).toLower();
    query.text = parser.value(QStringLiteral("text"));
    if (parser.isSet(QStringLiteral("outcome"))) {
        query.outcome = EventOutcomes::fromKey(parser.value(QStringLiteral("outcome")));
        if (!query.outcome) {
            return context.usage(tr("--outcome is success, failure, denied or unknown."),
                                 context.helpText(parser));
        }
    }
    for (const auto& [option, target] : {std::pair{QStringLiteral("since"), &query.fromNs},
                                         std::pair{QStringLiteral("until"), &query.toNs}}) {
        if (parser.isSet(option)) {
            *target = RecordParser::nanosFromIso(parser.value(option));
            if (*target == 0) {
                return context.usage(tr("--%1 takes a time such as 2026-11-26T09:00:00Z.").arg(option),
                                     context.helpText(parser));
            }
        }
    }
    if (!limitOk || query.limit < 1 || !parser.positionalArguments().isEmpty()) {
        return context.usage(tr("events %1 takes only options; --limit is a positive number.").arg(verb),
                             context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    if (parser.isSet(QStringLiteral("agent"))) {
        auto agent = InventoryService(workspace).findAgent(parser.value(QStringLiteral("agent")));
        if (!agent) {
            return context.fail(agent.error());
        }
        query.agentId = agent->id;
    }
    if (verb == QStringLiteral("count")) {
        auto count = workspace.events().count(query);
        if (!count) {
            return context.fail(count.error());
        }
        if (context.json) {
            context.printJson(QJsonObject{{QStringLiteral("count"), count.value()}});
        } else {
            context.out << count.value() << Qt::endl;
        }
        return 0;
    }
    auto events = workspace.events().page(query);
    if (!events) {
        return context.fail(events.error());
    }
    QHash<qint64, QString> names;
    const auto nameOf = [&](qint64 id) {
        if (!id) {
            return QString();
        }
        if (!names.contains(id)) {
            auto agent = workspace.agents().byId(id);
            names.insert(id, agent ? agent->name : QString());
        }
        return names.value(id);
    };
    if (context.json) {
        QJsonArray array;
        for (const Event& e : events.value()) {
            array.append(eventJson(e, nameOf(e.agentId)));
        }
        context.printJson(array);
        return 0;
    }
    for (const Event& e : events.value()) {
        context.out << isoNanos(e.timeNs).left(23) << QLatin1Char('\t') << EventOutcomes::key(e.outcome)
                    << QLatin1Char('\t') << (e.agentId ? nameOf(e.agentId) : e.principal) << QLatin1Char('\t')
                    << e.action << QLatin1Char('\t') << e.resource << Qt::endl;
    }
    return 0;
}

int IngestCommand::runConnector(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli connector list | show NAME | enable NAME | disable NAME"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The connector."));
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("connector"), &exitCode)) {
        return exitCode;
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
                           {QStringLiteral("counts"), countsJson(c.counts)},
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
                            << tr("read %1, stored %2, duplicates %3, quarantined %4")
                                   .arg(c.counts.read)
                                   .arg(c.counts.stored)
                                   .arg(c.counts.duplicates)
                                   .arg(c.counts.quarantined)
                            << Qt::endl;
            }
        }
        if (context.json) {
            context.printJson(array);
        }
        return 0;
    }
    const QString name = parser.positionalArguments().value(0);
    if (name.isEmpty() || parser.positionalArguments().size() != 1) {
        return context.usage(tr("connector needs a command: list, show NAME, enable NAME or disable NAME."),
                             context.helpText(parser));
    }
    if (verb == QStringLiteral("show")) {
        auto connector = workspace.connectors().byName(name);
        if (!connector) {
            return context.fail(connector.error());
        }
        context.out << QJsonDocument(describe(connector.value())).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (verb == QStringLiteral("enable") || verb == QStringLiteral("disable")) {
        if (const Status s = ConnectorService(workspace).setEnabled(name, verb == QStringLiteral("enable"));
            !s) {
            return context.fail(s.error());
        }
        return 0;
    }
    return context.usage(tr("connector needs a command: list, show NAME, enable NAME or disable NAME."));
}

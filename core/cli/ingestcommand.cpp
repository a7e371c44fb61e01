// SPDX-License-Identifier: Apache-2.0
#include "ingestcommand.h"

#include "activity/connectorservice.h"
#include "activity/eventexporter.h"
#include "activity/eventfilter.h"
#include "activity/eventtextindex.h"
#include "activity/filesource.h"
#include "activity/httppoller.h"
#include "activity/ingestpipeline.h"
#include "activity/otlpreceiver.h"
#include "activity/recordparser.h"
#include "clicontext.h"
#include "crypto/sealedbox.h"
#include "identity/systemkeychain.h"
#include "inventory/inventoryservice.h"
#include "store/workspace.h"
#include "tokencommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

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
         tr("The connector to record progress under (default: format and path); an existing connector "
            "brings its own format and settings."),
         tr("name")},
        {QStringLiteral("batch"),
         tr("Records per transaction (default 1000)."),
         tr("n"),
         QStringLiteral("1000")},
        {QStringLiteral("follow"), tr("Keep reading as the files grow and rotate, until interrupted.")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("ingest"), &exitCode)) {
        return exitCode;
    }
    QString format = parser.value(QStringLiteral("format"));
    const QString file = parser.value(QStringLiteral("file"));
    const QString dir = parser.value(QStringLiteral("dir"));
    bool batchOk = false;
    const int batch = parser.value(QStringLiteral("batch")).toInt(&batchOk);
    if ((format.isEmpty() && !parser.isSet(QStringLiteral("connector"))) || file.isEmpty() == dir.isEmpty() ||
        !batchOk || batch < 1 || !parser.positionalArguments().isEmpty()) {
        return context.usage(
            tr("ingest needs --format (or an existing --connector) and exactly one of --file or "
               "--dir."),
            context.helpText(parser));
    }
    if (!format.isEmpty() && !RecordParser::formats().contains(format)) {
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
    auto existing = workspace.connectors().byName(name);
    if (!existing && existing.error().kind != ErrorKind::NotFound) {
        return context.fail(existing.error());
    }
    if (!existing && format.isEmpty()) {
        return context.fail(existing.error());
    }
    if (!existing && format == QStringLiteral("jsonl")) {
        return context.usage(tr("jsonl needs a mapping: create the connector first, with connector add NAME "
                                "--format jsonl --map time=/ts ..., then ingest --connector NAME."));
    }
    auto connector =
        existing
            ? existing
            : ConnectorService(workspace).ensure(name, format, QJsonObject{{QStringLiteral("path"), path}});
    if (!connector) {
        return context.fail(connector.error());
    }
    if (!format.isEmpty() && connector->kind != format) {
        return context.fail(
            Error{ErrorKind::Conflict,
                  tr("Connector %1 reads %2, not %3.").arg(connector->name, connector->kind, format)});
    }
    return ingestWith(
        context, workspace, connector.value(), path, batch, parser.isSet(QStringLiteral("follow")), 1000);
}

int IngestCommand::ingestWith(CliContext& context,
                              Workspace& workspace,
                              const Connector& connector,
                              const QString& path,
                              int batch,
                              bool follow,
                              int intervalMs)
{
    auto recordParser = RecordParser::forConnector(connector.kind, connector.settings);
    if (!recordParser) {
        return context.fail(recordParser.error());
    }
    // Ctrl+C stops after the batch being written, so the cursor stays exact.
    g_stop = 0;
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
    FileSource source(workspace, connector, *recordParser.value(), options);
    if (follow && !context.json) {
        context.err << tr("Following %1; Ctrl+C stops.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    }
    auto counts = follow ? source.follow(path, intervalMs) : source.ingest(path);
    if (!context.json) {
        context.err << Qt::endl;
    }
    return reportCounts(context, workspace, connector, counts);
}

int IngestCommand::pollWith(CliContext& context,
                            Workspace& workspace,
                            const Connector& connector,
                            bool follow)
{
    auto recordParser = RecordParser::forConnector(connector.kind, connector.settings);
    if (!recordParser) {
        return context.fail(recordParser.error());
    }
    auto secret = ConnectorSecret::read(workspace, connector, [&] { return context.passphrase(workspace); });
    if (!secret) {
        return context.fail(secret.error());
    }
    g_stop = 0;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    HttpPoller::Options options;
    options.stop = [] { return g_stop != 0; };
    if (!context.json) {
        options.progress = [&context](const IngestCounts& total) {
            context.err << '\r' << tr("Read %1 records").arg(total.read);
            context.err.flush();
        };
        options.transientFailure = [&context](const QString& message) {
            context.err << Qt::endl << message << Qt::endl;
        };
    }
    HttpPoller poller(workspace, connector, *recordParser.value(), std::move(secret).value(), options);
    const int interval = HttpPollSettings::fromJson(connector.settings)->intervalSeconds;
    if (follow && !context.json) {
        context.err << tr("Polling every %1 s; Ctrl+C stops.").arg(interval) << Qt::endl;
    }
    auto counts = follow ? poller.follow(interval * 1000) : poller.poll();
    if (!context.json) {
        context.err << Qt::endl;
    }
    return reportCounts(context, workspace, connector, counts);
}

int IngestCommand::reportCounts(CliContext& context,
                                Workspace& workspace,
                                const Connector& connector,
                                const Result<IngestCounts>& counts)
{
    if (!counts) {
        // Kept for `connector show`; if even that fails, the ingest error below is what matters.
        const Status kept =
            workspace.connectors().setLastError(connector.id, counts.error().message, workspace.now());
        Q_UNUSED(kept)
        return context.fail(counts.error());
    }
    if (context.json) {
        QJsonObject result = countsJson(counts.value());
        result.insert(QStringLiteral("connector"), connector.name);
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

namespace {

// The options that make an EventFilter, shared by events query, count, export and filter save.
QList<QCommandLineOption> filterOptions()
{
    return {
        {QStringLiteral("agent"),
         IngestCommand::tr("Only this agent's events (name, SPIFFE ID or principal)."),
         IngestCommand::tr("agent")},
        {QStringLiteral("owner"),
         IngestCommand::tr("Only the events of this owner's agents (e-mail)."),
         IngestCommand::tr("e-mail")},
        {QStringLiteral("action"),
         IngestCommand::tr("Only this normalized action, such as read or execute."),
         IngestCommand::tr("action")},
        {QStringLiteral("outcome"),
         IngestCommand::tr("success, failure, denied or unknown."),
         IngestCommand::tr("outcome")},
        {QStringLiteral("source"),
         IngestCommand::tr("Only events from this format."),
         IngestCommand::tr("source")},
        {QStringLiteral("resource"),
         IngestCommand::tr("Only resources starting with this."),
         IngestCommand::tr("prefix")},
        {QStringLiteral("text"),
         IngestCommand::tr("Text in the principal, native action or resource."),
         IngestCommand::tr("text")},
        {QStringLiteral("since"),
         IngestCommand::tr("From this time (ISO 8601, inclusive)."),
         IngestCommand::tr("time")},
        {QStringLiteral("until"),
         IngestCommand::tr("Up to this time (ISO 8601, exclusive)."),
         IngestCommand::tr("time")},
        {QStringLiteral("last"),
         IngestCommand::tr("Only the most recent period, such as 90m, 24h or 7d."),
         IngestCommand::tr("period")},
    };
}

// The filter the options describe, over `base` (a saved filter): each option given replaces that
// part of it. Errors are the person's typing, reported as usage.
Result<EventFilter> overlayFilter(EventFilter filter, const QCommandLineParser& parser)
{
    const std::pair<const char*, QString*> texts[] = {{"agent", &filter.agent},
                                                      {"owner", &filter.owner},
                                                      {"action", &filter.action},
                                                      {"source", &filter.source},
                                                      {"resource", &filter.resourcePrefix},
                                                      {"text", &filter.text}};
    for (const auto& [option, target] : texts) {
        if (parser.isSet(QLatin1String(option))) {
            *target = parser.value(QLatin1String(option));
        }
    }
    if (parser.isSet(QStringLiteral("outcome"))) {
        filter.outcome = EventOutcomes::fromKey(parser.value(QStringLiteral("outcome")));
        if (!filter.outcome) {
            return Error{ErrorKind::Invalid,
                         IngestCommand::tr("--outcome is success, failure, denied or unknown.")};
        }
    }
    const bool since = parser.isSet(QStringLiteral("since"));
    const bool until = parser.isSet(QStringLiteral("until"));
    const bool last = parser.isSet(QStringLiteral("last"));
    if (last && (since || until)) {
        return Error{
            ErrorKind::Invalid,
            IngestCommand::tr("--last is a period up to now: give it or --since and --until, not both.")};
    }
    if (last) {
        const auto seconds = TokenCommand::parseLongDuration(parser.value(QStringLiteral("last")));
        if (!seconds) {
            return Error{ErrorKind::Invalid,
                         IngestCommand::tr("--last takes a period such as 90m, 24h or 7d (at most 366d).")};
        }
        filter.lastSeconds = *seconds;
        filter.fromNs = filter.toNs = 0;
    }
    if (since || until) {
        filter.lastSeconds = 0;
    }
    for (const auto& [option, target] : {std::pair{QStringLiteral("since"), &filter.fromNs},
                                         std::pair{QStringLiteral("until"), &filter.toNs}}) {
        if (parser.isSet(option)) {
            *target = RecordParser::nanosFromIso(parser.value(option));
            if (*target == 0) {
                return Error{
                    ErrorKind::Invalid,
                    IngestCommand::tr("--%1 takes a time such as 2026-11-26T09:00:00Z.").arg(option)};
            }
        }
    }
    if (filter.fromNs && filter.toNs && filter.fromNs >= filter.toNs) {
        return Error{ErrorKind::Invalid, IngestCommand::tr("--since must come before --until.")};
    }
    for (const QString* text : {&filter.agent,
                                &filter.owner,
                                &filter.action,
                                &filter.source,
                                &filter.resourcePrefix,
                                &filter.text}) {
        if (text->size() > EventFilter::kMaxFieldLength) {
            return Error{ErrorKind::Invalid,
                         IngestCommand::tr("A filter option is longer than %1 characters.")
                             .arg(EventFilter::kMaxFieldLength)};
        }
    }
    return filter;
}

qint64 nowNanos(const Workspace& workspace)
{
    return workspace.now().toMSecsSinceEpoch() * 1'000'000;
}

} // namespace

int IngestCommand::runEventFilter(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb != QStringLiteral("list") && verb != QStringLiteral("save") &&
        verb != QStringLiteral("delete")) {
        return context.usage(tr("events filter needs a command: list, save or delete."));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        verb == QStringLiteral("list") ? tr("steward-cli events filter list: the saved timeline filters.")
        : verb == QStringLiteral("save")
            ? tr("steward-cli events filter save NAME [filters]: saves the filters "
                 "under NAME for everyone in the workspace, the console included; "
                 "a filter saved under NAME before is replaced.")
            : tr("steward-cli events filter delete NAME: deletes a saved filter."));
    if (verb == QStringLiteral("save")) {
        parser.addOptions(filterOptions());
    }
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("events filter ") + verb, &exitCode)) {
        return exitCode;
    }
    const QStringList names = parser.positionalArguments();
    if (verb == QStringLiteral("list") ? !names.isEmpty() : names.size() != 1) {
        return context.usage(verb == QStringLiteral("list")
                                 ? tr("events filter list takes no name.")
                                 : tr("events filter %1 takes one NAME.").arg(verb),
                             context.helpText(parser));
    }
    EventFilter filter;
    if (verb == QStringLiteral("save")) {
        auto given = overlayFilter({}, parser);
        if (!given) {
            return context.usage(given.error().message, context.helpText(parser));
        }
        if (given->isEmpty()) {
            return context.usage(
                tr("events filter save needs at least one filter, such as --outcome denied."),
                context.helpText(parser));
        }
        filter = std::move(given).value();
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    SavedFilterRepository& saved = workspace.savedFilters();
    if (verb == QStringLiteral("save")) {
        // Checked now, so that a typo in a name is not saved to fail later.
        if (auto resolved = filter.resolve(workspace, nowNanos(workspace)); !resolved) {
            return context.fail(resolved.error());
        }
        if (auto stored = saved.save({names.first(), filter, workspace.operatorName(), workspace.now(), {}});
            !stored) {
            return context.fail(stored.error());
        }
        if (context.json) {
            context.printJson(QJsonObject{{QStringLiteral("name"), names.first()},
                                          {QStringLiteral("filter"), filter.toJson()}});
        } else {
            context.out << tr("Saved the filter \"%1\".").arg(names.first()) << Qt::endl;
        }
        return 0;
    }
    if (verb == QStringLiteral("delete")) {
        if (auto removed = saved.remove(names.first()); !removed) {
            return context.fail(removed.error());
        }
        if (!context.json) {
            context.out << tr("Deleted the saved filter \"%1\".").arg(names.first()) << Qt::endl;
        } else {
            context.printJson(QJsonObject{{QStringLiteral("deleted"), names.first()}});
        }
        return 0;
    }
    auto list = saved.list();
    if (!list) {
        return context.fail(list.error());
    }
    if (context.json) {
        QJsonArray array;
        for (const SavedFilter& entry : list.value()) {
            QJsonObject object{{QStringLiteral("name"), entry.name},
                               {QStringLiteral("saved_by"), entry.savedBy},
                               {QStringLiteral("updated_at"), entry.updatedAt.toUTC().toString(Qt::ISODate)}};
            if (entry.damage.isEmpty()) {
                object.insert(QStringLiteral("filter"), entry.filter.toJson());
            } else {
                object.insert(QStringLiteral("damage"), entry.damage);
            }
            array.append(object);
        }
        context.printJson(array);
        return 0;
    }
    if (list->isEmpty()) {
        context.out
            << tr("No saved filters. Save one with \"steward-cli events filter save NAME --outcome denied\".")
            << Qt::endl;
    }
    for (const SavedFilter& entry : list.value()) {
        context.out << entry.name << QLatin1Char('\t') << entry.savedBy << QLatin1Char('\t')
                    << (entry.damage.isEmpty()
                            ? QString::fromUtf8(
                                  QJsonDocument(entry.filter.toJson()).toJson(QJsonDocument::Compact))
                            : entry.damage)
                    << Qt::endl;
    }
    return 0;
}

int IngestCommand::runEventIndex(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "steward-cli events index: brings the text search index up to the newest event. Ingest "
        "leaves the index alone to keep its rate; the console catches it up in the background by itself."));
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("events index"), &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usage(tr("events index takes no arguments."), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    EventTextIndex index(opened.value()->database());
    auto backlog = index.backlog();
    if (!backlog) {
        return context.fail(backlog.error());
    }
    qint64 total = 0;
    while (true) {
        auto indexed = index.indexMore(50000);
        if (!indexed) {
            return context.fail(indexed.error());
        }
        if (indexed.value() == 0) {
            break;
        }
        total += indexed.value();
        if (!context.json) {
            context.err << '\r' << tr("Indexed %1 of %2 events").arg(total).arg(backlog.value());
            context.err.flush();
        }
    }
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("indexed"), total}});
    } else {
        if (total > 0) {
            context.err << Qt::endl;
        }
        context.out << tr("The text index is up to date: %1 events added to it.").arg(total) << Qt::endl;
    }
    return 0;
}

int IngestCommand::runEvents(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QStringLiteral("filter")) {
        return runEventFilter(context, args.mid(1));
    }
    if (verb == QStringLiteral("index")) {
        return runEventIndex(context, args.mid(1));
    }
    if (verb != QStringLiteral("query") && verb != QStringLiteral("count") &&
        verb != QStringLiteral("export")) {
        return context.usage(tr("events needs a command: query, count, export, filter or index."));
    }
    const bool exporting = verb == QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        verb == QStringLiteral("query") ? tr("steward-cli events query: activity, newest first.")
        : verb == QStringLiteral("count")
            ? tr("steward-cli events count: how many events match.")
            : tr("steward-cli events export: every matching event, newest first, as CSV, "
                 "JSON lines or OCSF API Activity (class 6003) JSON lines."));
    parser.addOptions(filterOptions());
    parser.addOptions({
        {QStringLiteral("saved"),
         tr("Start from this saved filter; the other options replace its parts."),
         tr("name")},
        {QStringLiteral("trace"), tr("Only this trace."), tr("trace id")},
        {QStringLiteral("limit"),
         exporting ? tr("At most this many (default: all).") : tr("At most this many (default 50)."),
         tr("n"),
         exporting ? QStringLiteral("0") : QStringLiteral("50")},
    });
    if (exporting) {
        parser.addOptions({
            {QStringLiteral("format"), tr("csv, jsonl or ocsf."), tr("format")},
            {QStringLiteral("out"), tr("Write to this file (default: standard output)."), tr("path")},
        });
    }
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("events ") + verb, &exitCode)) {
        return exitCode;
    }
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (auto given = overlayFilter({}, parser); !given) {
        return context.usage(given.error().message, context.helpText(parser));
    }
    const auto exportFormat =
        exporting ? EventExporter::formatFromName(parser.value(QStringLiteral("format"))) : std::nullopt;
    if (exporting && !exportFormat) {
        return context.usage(tr("events export needs --format csv, jsonl or ocsf."),
                             context.helpText(parser));
    }
    if (!limitOk || limit < (exporting ? 0 : 1) || !parser.positionalArguments().isEmpty()) {
        return context.usage(tr("events %1 takes only options; --limit is a positive number.").arg(verb),
                             context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    EventFilter base;
    if (parser.isSet(QStringLiteral("saved"))) {
        auto saved = workspace.savedFilters().byName(parser.value(QStringLiteral("saved")));
        if (!saved) {
            return context.fail(saved.error());
        }
        base = saved->filter;
    }
    auto filter = overlayFilter(base, parser);
    if (!filter) {
        return context.usage(filter.error().message, context.helpText(parser));
    }
    auto resolved = filter->resolve(workspace, nowNanos(workspace));
    if (!resolved) {
        return context.fail(resolved.error());
    }
    EventQuery query = std::move(resolved).value();
    query.limit = limit;
    query.traceId = parser.value(QStringLiteral("trace")).toLower();
    if (exporting) {
        const QString path = parser.value(QStringLiteral("out"));
        QFile file(path);
        QFile standardOut;
        QIODevice* out = &file;
        if (path.isEmpty()) {
            context.out.flush();
            if (!standardOut.open(stdout, QIODevice::WriteOnly)) {
                return context.fail(Error{ErrorKind::Storage, tr("Cannot write to standard output.")});
            }
            out = &standardOut;
        } else if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return context.fail(
                Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(path, file.errorString())});
        }
        if (!path.isEmpty()) {
            // Activity names agents, resources and tokens: for the owner's eyes only.
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        EventExporter::Options options;
        options.limit = query.limit;
        if (!path.isEmpty() && !context.json) {
            options.progress = [&context](qint64 written) {
                context.err << '\r' << tr("Exported %1 events").arg(written);
                context.err.flush();
            };
        }
        auto written = EventExporter(workspace, *exportFormat).write(query, *out, options);
        if (options.progress) {
            context.err << Qt::endl;
        }
        if (!written) {
            return context.fail(written.error());
        }
        if (!path.isEmpty() && !file.flush()) {
            return context.fail(
                Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(path, file.errorString())});
        }
        if (!path.isEmpty()) {
            if (context.json) {
                context.printJson(QJsonObject{{QStringLiteral("exported"), written.value()},
                                              {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}});
            } else {
                context.out << tr("Exported %1 events to %2.").arg(written.value()).arg(path) << Qt::endl;
            }
        }
        return 0;
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
            array.append(EventExporter::json(e, nameOf(e.agentId)));
        }
        context.printJson(array);
        return 0;
    }
    for (const Event& e : events.value()) {
        context.out << EventExporter::isoNanos(e.timeNs).left(23) << QLatin1Char('\t')
                    << EventOutcomes::key(e.outcome) << QLatin1Char('\t')
                    << (e.agentId ? nameOf(e.agentId) : e.principal) << QLatin1Char('\t') << e.action
                    << QLatin1Char('\t') << e.resource << Qt::endl;
    }
    return 0;
}

namespace {

// --map FIELD=POINTER and --setting KEY=VALUE, given any number of times, over what there was.
Result<QJsonObject> settingsFrom(const QCommandLineParser& parser, QJsonObject settings)
{
    QJsonObject mapping = settings.value(QStringLiteral("mapping")).toObject();
    for (const QString& pair : parser.values(QStringLiteral("map"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return Error{
                ErrorKind::Invalid,
                IngestCommand::tr("--map takes FIELD=POINTER, such as time=/ts; \"%1\" is not.").arg(pair)};
        }
        mapping.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (!mapping.isEmpty()) {
        settings.insert(QStringLiteral("mapping"), mapping);
    }
    for (const QString& pair : parser.values(QStringLiteral("setting"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return Error{ErrorKind::Invalid,
                         IngestCommand::tr("--setting takes KEY=VALUE, such as cluster=prod; \"%1\" is not.")
                             .arg(pair)};
        }
        settings.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (parser.isSet(QStringLiteral("path"))) {
        settings.insert(QStringLiteral("path"),
                        QFileInfo(parser.value(QStringLiteral("path"))).absoluteFilePath());
    }
    return settings;
}

} // namespace

int IngestCommand::runConnector(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QString synopsis = tr("connector needs a command: list, show NAME, add NAME --format F, edit NAME, "
                                "secret NAME, run NAME, enable NAME or disable NAME.");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli connector list | show NAME | add NAME --format F [--path P] [--map FIELD=POINTER]... "
           "[--setting KEY=VALUE]... | edit NAME [--path P] [--map ...] [--setting ...] | secret NAME "
           "[--store keychain|workspace] [--secret-file PATH] | run NAME [--follow] | enable NAME | disable "
           "NAME"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The connector."));
    parser.addOptions({
        {QStringLiteral("format"),
         tr("What the connector reads: %1.").arg(RecordParser::connectorKinds().join(QStringLiteral(", "))),
         tr("format")},
        {QStringLiteral("path"), tr("The file or folder the connector reads."), tr("path")},
        {QStringLiteral("map"),
         tr("For jsonl: the JSON pointer of an event field, such as time=/ts or principal=/actor/id."),
         tr("field=pointer")},
        {QStringLiteral("setting"),
         tr("Another setting, such as cluster=prod for k8s or principal_kind=agent-id for jsonl."),
         tr("key=value")},
        {QStringLiteral("follow"), tr("For run: keep reading as the files grow, until interrupted.")},
        {QStringLiteral("store"),
         tr("For secret: keychain (the default when there is one) or workspace (sealed with the workspace "
            "passphrase)."),
         tr("store")},
        {QStringLiteral("secret-file"),
         tr("For secret: read the token or client secret from this file (- for standard input) rather than "
            "STEWARD_CONNECTOR_SECRET or a prompt."),
         tr("path")},
        {QStringLiteral("interval"),
         tr("For run --follow: seconds between looks (default 1)."),
         tr("seconds"),
         QStringLiteral("1")},
    });
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
            return pollWith(context, workspace, connector.value(), parser.isSet(QStringLiteral("follow")));
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
        return ingestWith(context,
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

int IngestCommand::runQuarantine(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "steward-cli quarantine list [--connector NAME] [--all] | show ID | reingest ID|--connector NAME: "
        "records "
        "that could not be used, with why. Re-ingesting parses them again (after a fix) and stores what now "
        "maps; it counts as a new read."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("A quarantined record's number."));
    parser.addOptions({
        {QStringLiteral("connector"), tr("Only this connector's records."), tr("name")},
        {QStringLiteral("all"), tr("Also records already re-ingested.")},
        {QStringLiteral("limit"), tr("At most this many (default 100)."), tr("n"), QStringLiteral("100")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("quarantine"), &exitCode)) {
        return exitCode;
    }
    if (verb != QStringLiteral("list") && verb != QStringLiteral("show") &&
        verb != QStringLiteral("reingest")) {
        return context.usage(tr("quarantine needs a command: list, show ID or reingest ID."),
                             context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    qint64 connectorId = 0;
    if (parser.isSet(QStringLiteral("connector"))) {
        auto connector = workspace.connectors().byName(parser.value(QStringLiteral("connector")));
        if (!connector) {
            return context.fail(connector.error());
        }
        connectorId = connector->id;
    }
    const auto describe = [](const QuarantinedRecord& r, bool withRaw) {
        QJsonObject object{{QStringLiteral("id"), r.id},
                           {QStringLiteral("connector_id"), r.connectorId},
                           {QStringLiteral("received_at"), r.receivedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("location"), r.location},
                           {QStringLiteral("reason"), r.reason},
                           {QStringLiteral("size"), r.rawSize},
                           {QStringLiteral("kept"), r.raw.size()},
                           {QStringLiteral("reingested_at"),
                            r.reingestedAt.isValid() ? QJsonValue(r.reingestedAt.toString(Qt::ISODateWithMs))
                                                     : QJsonValue()}};
        if (withRaw) {
            object.insert(QStringLiteral("raw"), QString::fromUtf8(r.raw));
        }
        return object;
    };
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
    QList<QuarantinedRecord> targets;
    if (parser.positionalArguments().size() == 1) {
        bool ok = false;
        const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
        auto record = ok ? workspace.connectors().quarantinedById(id)
                         : Result<QuarantinedRecord>(
                               Error{ErrorKind::Invalid, tr("A record number is a whole number.")});
        if (!record) {
            return context.fail(record.error());
        }
        targets.append(record.value());
    } else if (verb == QStringLiteral("reingest") && connectorId && parser.positionalArguments().isEmpty()) {
        auto records = workspace.connectors().quarantined(connectorId, true, 100000);
        if (!records) {
            return context.fail(records.error());
        }
        targets = records.value();
    } else {
        return context.usage(verb == QStringLiteral("reingest")
                                 ? tr("quarantine reingest takes one record number, or --connector NAME.")
                                 : tr("quarantine show takes one record number."),
                             context.helpText(parser));
    }
    if (verb == QStringLiteral("show")) {
        context.out << QJsonDocument(describe(targets.first(), true)).toJson(QJsonDocument::Indented);
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
        QJsonObject result = countsJson(total);
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

int IngestCommand::runServe(CliContext& context, const QStringList& args)
{
    if (args.value(0) != QStringLiteral("otlp")) {
        return context.usage(tr("serve needs a receiver: otlp."));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli serve otlp: receive OpenTelemetry traces (OTLP/HTTP, "
                                        "JSON, gzip or plain) at POST /v1/traces "
                                        "until Ctrl+C. Clients send \"Authorization: Bearer TOKEN\"; "
                                        "--new-token makes a token and shows it once. With --tls-cert and "
                                        "--tls-key the receiver speaks HTTPS, and an agent may instead "
                                        "present an X.509-SVID issued by the workspace CA."));
    parser.addOptions({
        {QStringLiteral("address"),
         tr("The address to listen on (default 127.0.0.1)."),
         tr("address"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), tr("The port (default 4318)."), tr("port"), QStringLiteral("4318")},
        {QStringLiteral("connector"),
         tr("The connector to record under (default otlp-receiver)."),
         tr("name"),
         QStringLiteral("otlp-receiver")},
        {QStringLiteral("new-token"), tr("Replace the bearer token and print the new one.")},
        {QStringLiteral("tls-cert"),
         tr("Serve HTTPS with this PEM certificate (and its chain); kept with the connector."),
         tr("file")},
        {QStringLiteral("tls-key"),
         tr("The certificate's unencrypted PEM key, readable by you alone."),
         tr("file")},
        {QStringLiteral("no-tls"), tr("Serve plain HTTP again (bearer tokens only).")},
        {QStringLiteral("max-body"),
         tr("The largest body accepted, in bytes (default 16 MiB)."),
         tr("bytes"),
         QStringLiteral("16777216")},
        {QStringLiteral("timeout"),
         tr("Milliseconds a client has to send its whole request (default 10000)."),
         tr("ms"),
         QStringLiteral("10000")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("serve otlp"), &exitCode)) {
        return exitCode;
    }
    OtlpReceiver::Options options;
    bool portOk = false;
    bool bodyOk = false;
    bool timeoutOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    options.maxBodyBytes = parser.value(QStringLiteral("max-body")).toLongLong(&bodyOk);
    options.timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&timeoutOk);
    options.address = QHostAddress(parser.value(QStringLiteral("address")));
    if (!portOk || port > 65535 || !bodyOk || options.maxBodyBytes < 1 || !timeoutOk ||
        options.timeoutMs < 1 || options.address.isNull() || !parser.positionalArguments().isEmpty()) {
        return context.usage(
            tr("serve otlp takes --address, --port, --max-body and --timeout as numbers and addresses."),
            context.helpText(parser));
    }
    options.port = static_cast<quint16>(port);
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    const QString name = parser.value(QStringLiteral("connector"));
    ConnectorService connectors(workspace);
    auto connector =
        connectors.ensure(name, QStringLiteral("otlp"), QJsonObject{{QStringLiteral("receiver"), true}});
    if (!connector) {
        return context.fail(connector.error());
    }
    const bool tlsGiven = parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"));
    if (tlsGiven || parser.isSet(QStringLiteral("no-tls"))) {
        if (tlsGiven &&
            (parser.isSet(QStringLiteral("no-tls")) || !parser.isSet(QStringLiteral("tls-cert")) ||
             !parser.isSet(QStringLiteral("tls-key")))) {
            return context.usage(tr("serve otlp takes --tls-cert and --tls-key together, or --no-tls."),
                                 context.helpText(parser));
        }
        QJsonObject settings = connector->settings;
        settings.remove(QStringLiteral("tls_cert"));
        settings.remove(QStringLiteral("tls_key"));
        if (tlsGiven) {
            settings.insert(QStringLiteral("tls_cert"),
                            QFileInfo(parser.value(QStringLiteral("tls-cert"))).absoluteFilePath());
            settings.insert(QStringLiteral("tls_key"),
                            QFileInfo(parser.value(QStringLiteral("tls-key"))).absoluteFilePath());
        }
        connector = connectors.updateSettings(name, settings);
        if (!connector) {
            return context.fail(connector.error());
        }
    }
    if (parser.isSet(QStringLiteral("new-token")) ||
        connector->settings.value(QStringLiteral("token_sha256")).toString().isEmpty()) {
        auto token = connectors.rotateToken(name);
        if (!token) {
            return context.fail(token.error());
        }
        context.out << tr("Bearer token (shown once; Steward keeps only its SHA-256): %1").arg(token.value())
                    << Qt::endl;
        connector = workspace.connectors().byId(connector->id);
    }
    OtlpReceiver receiver(workspace, connector.value(), options);
    if (const Status listening = receiver.listen(); !listening) {
        return context.fail(listening.error());
    }
    context.out << tr("Receiving OTLP/JSON traces at %1://%2:%3/v1/traces; Ctrl+C stops.")
                       .arg(receiver.usesTls() ? QStringLiteral("https") : QStringLiteral("http"))
                       .arg(options.address.toString())
                       .arg(receiver.port())
                << Qt::endl;
    context.out.flush();
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QEventLoop loop;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&loop] {
        if (g_stop) {
            loop.quit();
        }
    });
    watch.start(100);
    loop.exec();
    const IngestCounts& counts = receiver.counts();
    context.out << tr("read %1, stored %2, duplicates %3, quarantined %4")
                       .arg(counts.read)
                       .arg(counts.stored)
                       .arg(counts.duplicates)
                       .arg(counts.quarantined)
                << Qt::endl;
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
#include "eventscommand.h"

#include "activity/eventexporter.h"
#include "activity/eventfilterresolver.h"
#include "activity/recordparser.h"
#include "clicontext.h"
#include "model/eventfilter.h"
#include "store/eventtextindex.h"
#include "store/savedfilterrepository.h"
#include "tokencommand.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The options that make an EventFilter, shared by events query, count, export and filter save.
QList<QCommandLineOption> filterOptions()
{
    return {
        {QStringLiteral("agent"),
         EventsCommand::tr("Only this agent's events (name, SPIFFE ID or principal)."),
         EventsCommand::tr("agent")},
        {QStringLiteral("owner"),
         EventsCommand::tr("Only the events of this owner's agents (e-mail)."),
         EventsCommand::tr("e-mail")},
        {QStringLiteral("action"),
         EventsCommand::tr("Only this normalized action, such as read or execute."),
         EventsCommand::tr("action")},
        {QStringLiteral("outcome"),
         EventsCommand::tr("success, failure, denied or unknown."),
         EventsCommand::tr("outcome")},
        {QStringLiteral("source"),
         EventsCommand::tr("Only events from this format."),
         EventsCommand::tr("source")},
        {QStringLiteral("resource"),
         EventsCommand::tr("Only resources starting with this."),
         EventsCommand::tr("prefix")},
        {QStringLiteral("text"),
         EventsCommand::tr("Text in the principal, native action, resource or an attribute."),
         EventsCommand::tr("text")},
        {QStringLiteral("attr"),
         EventsCommand::tr("An attribute: key=value matches it exactly, key~text when it contains the "
                           "text (user_agent~sqlmap, role_ref=cluster-admin). Repeatable; see "
                           "`events attributes`."),
         EventsCommand::tr("key=value")},
        {QStringLiteral("since"),
         EventsCommand::tr("From this time (ISO 8601, inclusive)."),
         EventsCommand::tr("time")},
        {QStringLiteral("until"),
         EventsCommand::tr("Up to this time (ISO 8601, exclusive)."),
         EventsCommand::tr("time")},
        {QStringLiteral("last"),
         EventsCommand::tr("Only the most recent period, such as 90m, 24h or 7d."),
         EventsCommand::tr("period")},
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
    if (parser.isSet(QStringLiteral("attr"))) {
        filter.attributes.clear();
        const QStringList given = parser.values(QStringLiteral("attr"));
        if (given.size() > EventFilter::kMaxAttributes) {
            return Error{ErrorKind::Invalid,
                         EventsCommand::tr("At most %1 --attr filters.").arg(EventFilter::kMaxAttributes)};
        }
        for (const QString& text : given) {
            auto match = AttributeMatch::parse(text);
            if (!match) {
                return Error{ErrorKind::Invalid, QStringLiteral("--attr: ") + match.error().message};
            }
            filter.attributes.append(std::move(match).value());
        }
    }
    if (parser.isSet(QStringLiteral("outcome"))) {
        filter.outcome = EventOutcomes::fromKey(parser.value(QStringLiteral("outcome")));
        if (!filter.outcome) {
            return Error{ErrorKind::Invalid,
                         EventsCommand::tr("--outcome is success, failure, denied or unknown.")};
        }
    }
    const bool since = parser.isSet(QStringLiteral("since"));
    const bool until = parser.isSet(QStringLiteral("until"));
    const bool last = parser.isSet(QStringLiteral("last"));
    if (last && (since || until)) {
        return Error{
            ErrorKind::Invalid,
            EventsCommand::tr("--last is a period up to now: give it or --since and --until, not both.")};
    }
    if (last) {
        const auto seconds = TokenCommand::parseLongDuration(parser.value(QStringLiteral("last")));
        if (!seconds) {
            return Error{ErrorKind::Invalid,
                         EventsCommand::tr("--last takes a period such as 90m, 24h or 7d (at most 366d).")};
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
                    EventsCommand::tr("--%1 takes a time such as 2026-11-26T09:00:00Z.").arg(option)};
            }
        }
    }
    if (filter.fromNs && filter.toNs && filter.fromNs >= filter.toNs) {
        return Error{ErrorKind::Invalid, EventsCommand::tr("--since must come before --until.")};
    }
    for (const QString* text : {&filter.agent,
                                &filter.owner,
                                &filter.action,
                                &filter.source,
                                &filter.resourcePrefix,
                                &filter.text}) {
        if (text->size() > EventFilter::kMaxFieldLength) {
            return Error{ErrorKind::Invalid,
                         EventsCommand::tr("A filter option is longer than %1 characters.")
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

int EventsCommand::runFilter(CliContext& context, const QStringList& args)
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
        if (auto resolved = EventFilterResolver::resolve(filter, workspace, nowNanos(workspace)); !resolved) {
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

int EventsCommand::runIndex(CliContext& context, const QStringList& args)
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

int EventsCommand::runAttributes(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli events attributes: the attributes connectors keep, for --attr key=value or "
           "key~text."));
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("events attributes"), &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usage(tr("events attributes takes no arguments."), context.helpText(parser));
    }
    QJsonObject described;
    for (const QString& key : EventAttributes::knownKeys()) {
        described.insert(key, EventAttributes::describe(key));
        if (!context.json) {
            context.out << key.leftJustified(16) << EventAttributes::describe(key) << Qt::endl;
        }
    }
    if (context.json) {
        context.printJson(described);
    }
    return 0;
}

int EventsCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QStringLiteral("filter")) {
        return runFilter(context, args.mid(1));
    }
    if (verb == QStringLiteral("index")) {
        return runIndex(context, args.mid(1));
    }
    if (verb == QStringLiteral("attributes")) {
        return runAttributes(context, args.mid(1));
    }
    if (verb != QStringLiteral("query") && verb != QStringLiteral("count") &&
        verb != QStringLiteral("export")) {
        return context.usage(
            tr("events needs a command: query, count, export, filter, index or attributes."));
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
    auto resolved = EventFilterResolver::resolve(filter.value(), workspace, nowNanos(workspace));
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
        auto written =
            EventExporter(workspace.events(), workspace.agents(), *exportFormat).write(query, *out, options);
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

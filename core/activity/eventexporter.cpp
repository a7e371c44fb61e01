// SPDX-License-Identifier: Apache-2.0
#include "eventexporter.h"

#include "model/isotime.h"
#include "store/agentrepository.h"
#include "store/eventrepository.h"

#include <QDateTime>
#include <QHostAddress>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr int kPage = 2000;

// RFC 4180 quoting; and a cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
// gets a leading apostrophe, because the values come from logs an attacker may have written.
QByteArray csvCell(const QString& value)
{
    if (value.isEmpty()) {
        return QByteArray();
    }
    QString cell = value;
    if (QStringLiteral("=+-@\t\r").contains(cell.front())) {
        cell.prepend(QLatin1Char('\''));
    }
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                       cell.front() == QLatin1Char(' ') || cell.back() == QLatin1Char(' ');
    if (!quote) {
        return cell.toUtf8();
    }
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + cell.toUtf8() + '"';
}

// OCSF API Activity's activity_id for a normalized verb; 99 (Other) names itself.
int activityId(const QString& action)
{
    if (action == QStringLiteral("create")) {
        return 1;
    }
    if (action == QStringLiteral("read") || action == QStringLiteral("list")) {
        return 2;
    }
    if (action == QStringLiteral("write")) {
        return 3;
    }
    if (action == QStringLiteral("delete")) {
        return 4;
    }
    return action.isEmpty() ? 0 : 99;
}

QString activityName(int id, const QString& action)
{
    switch (id) {
    case 0:
        return QStringLiteral("Unknown");
    case 1:
        return QStringLiteral("Create");
    case 2:
        return QStringLiteral("Read");
    case 3:
        return QStringLiteral("Update");
    case 4:
        return QStringLiteral("Delete");
    default:
        return action.isEmpty() ? QStringLiteral("Other") : action.at(0).toUpper() + action.mid(1);
    }
}

const char* kCsvColumns[] = {"time",
                             "agent",
                             "principal",
                             "action",
                             "native_action",
                             "resource",
                             "outcome",
                             "source",
                             "native_id",
                             "trace_id",
                             "span_id",
                             "parent_span_id",
                             "task",
                             "token_id",
                             "credential_kind",
                             "classification",
                             "bytes",
                             "attributes"};

} // namespace

std::optional<EventExporter::Format> EventExporter::formatFromName(const QString& name)
{
    if (name == QStringLiteral("csv")) {
        return Format::Csv;
    }
    if (name == QStringLiteral("jsonl")) {
        return Format::JsonLines;
    }
    if (name == QStringLiteral("ocsf")) {
        return Format::Ocsf;
    }
    return std::nullopt;
}

QStringList EventExporter::formatNames()
{
    return {QStringLiteral("csv"), QStringLiteral("jsonl"), QStringLiteral("ocsf")};
}

QString EventExporter::fileSuffix(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::JsonLines:
        return QStringLiteral("jsonl");
    case Format::Ocsf:
        return QStringLiteral("ocsf.jsonl");
    }
    return QString();
}

EventExporter::EventExporter(const EventRepository& events, const AgentRepository& agents, Format format)
    : m_events(events)
    , m_format(format)
    , m_agentNames(agents)
{
}

QString EventExporter::isoNanos(qint64 ns)
{
    return IsoTime::fromNanos(ns);
}

QJsonObject EventExporter::json(const Event& e, const QString& agentName)
{
    QJsonObject out{{QStringLiteral("id"), e.id},
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
                    {QStringLiteral("credential_kind"), e.credentialKind},
                    {QStringLiteral("classification"), e.classification}};
    if (e.bytes >= 0) {
        out.insert(QStringLiteral("bytes"), e.bytes);
    }
    if (!e.attributes.isEmpty()) {
        QJsonObject attributes;
        for (auto it = e.attributes.values().cbegin(); it != e.attributes.values().cend(); ++it) {
            attributes.insert(it.key(), it.value());
        }
        out.insert(QStringLiteral("attributes"), attributes);
    }
    return out;
}

QJsonObject EventExporter::ocsf(const Event& e, const QString& agentName)
{
    const int activity = activityId(e.action);
    QJsonObject user{{QStringLiteral("uid"), e.principal},
                     {QStringLiteral("name"), agentName.isEmpty() ? e.principal : agentName}};
    if (!e.tokenId.isEmpty()) {
        user.insert(QStringLiteral("credential_uid"), e.tokenId);
    }
    QJsonObject actor{{QStringLiteral("user"), user}};
    if (!e.task.isEmpty()) {
        actor.insert(QStringLiteral("session"), QJsonObject{{QStringLiteral("uid"), e.task}});
    }
    if (!agentName.isEmpty()) {
        actor.insert(QStringLiteral("app_name"), agentName);
    }
    // The service: the prefix of a native action that has one (s3:GetObject), the server of an MCP
    // call, otherwise the kind of resource.
    const QString scheme = e.resource.contains(QStringLiteral("://"))
                               ? e.resource.section(QStringLiteral("://"), 0, 0)
                               : QString();
    QString service = scheme;
    QString operation = e.nativeAction.isEmpty() ? e.action : e.nativeAction;
    if (const qsizetype colon = operation.indexOf(QLatin1Char(':')); colon > 0) {
        service = operation.left(colon);
        operation = operation.mid(colon + 1);
    } else if (scheme == QStringLiteral("mcp")) {
        service = e.resource.section(QLatin1Char('/'), 2, 2);
    }
    QJsonObject api{{QStringLiteral("operation"), operation}};
    if (!service.isEmpty()) {
        api.insert(QStringLiteral("service"), QJsonObject{{QStringLiteral("name"), service}});
    }
    QJsonObject metadata{{QStringLiteral("version"), QStringLiteral("1.5.0")},
                         {QStringLiteral("uid"), e.nativeId},
                         {QStringLiteral("log_name"), e.source},
                         {QStringLiteral("event_code"), e.nativeAction},
                         {QStringLiteral("product"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Steward")},
                                      {QStringLiteral("vendor_name"), QStringLiteral("Steward")}}}};
    int status = 0;
    int severity = 1; // Informational
    switch (e.outcome) {
    case EventOutcome::Success:
        status = 1;
        break;
    case EventOutcome::Failure:
        status = 2;
        severity = 2; // Low
        break;
    case EventOutcome::Denied:
        status = 2;
        severity = 3; // Medium: something asked for more than it was allowed
        break;
    case EventOutcome::Unknown:
        break;
    }
    QJsonObject out{{QStringLiteral("class_uid"), 6003},
                    {QStringLiteral("class_name"), QStringLiteral("API Activity")},
                    {QStringLiteral("category_uid"), 6},
                    {QStringLiteral("category_name"), QStringLiteral("Application Activity")},
                    {QStringLiteral("activity_id"), activity},
                    {QStringLiteral("activity_name"), activityName(activity, e.action)},
                    {QStringLiteral("type_uid"), 600300 + activity},
                    {QStringLiteral("type_name"),
                     QStringLiteral("API Activity: %1").arg(activityName(activity, e.action))},
                    {QStringLiteral("time"), e.timeNs / 1000000},
                    {QStringLiteral("time_dt"), isoNanos(e.timeNs)},
                    {QStringLiteral("severity_id"), severity},
                    {QStringLiteral("severity"),
                     severity == 1   ? QStringLiteral("Informational")
                     : severity == 2 ? QStringLiteral("Low")
                                     : QStringLiteral("Medium")},
                    {QStringLiteral("status_id"), status},
                    {QStringLiteral("status"),
                     status == 1   ? QStringLiteral("Success")
                     : status == 2 ? QStringLiteral("Failure")
                                   : QStringLiteral("Unknown")},
                    {QStringLiteral("actor"), actor},
                    {QStringLiteral("api"), api},
                    {QStringLiteral("metadata"), metadata}};
    const EventAttributes& a = e.attributes;
    // Required by the class: where the call came from, when the record says.
    QJsonObject source;
    if (const QString ip =
            a.value(QStringLiteral("source_ip")).section(EventAttributes::kItemSeparator, 0, 0);
        !ip.isEmpty()) {
        // CloudTrail names a service's own calls by its host name ("AWS Internal" for some), not
        // an address.
        source.insert(QHostAddress(ip).isNull() ? QStringLiteral("domain") : QStringLiteral("ip"), ip);
    } else {
        source =
            QJsonObject{{QStringLiteral("type_id"), 0}, {QStringLiteral("type"), QStringLiteral("Unknown")}};
    }
    out.insert(QStringLiteral("src_endpoint"), source);
    if (const QString agent = a.value(QStringLiteral("user_agent")); !agent.isEmpty()) {
        out.insert(QStringLiteral("http_request"), QJsonObject{{QStringLiteral("user_agent"), agent}});
    }
    if (const QString code = a.value(QStringLiteral("error_code")); !code.isEmpty()) {
        out.insert(QStringLiteral("status_code"), code);
    }
    if (const QString message = a.value(QStringLiteral("error_message")); !message.isEmpty()) {
        out.insert(QStringLiteral("status_detail"), message);
    } else if (e.outcome == EventOutcome::Denied) {
        out.insert(QStringLiteral("status_detail"), QStringLiteral("Denied"));
    }
    const QString region = a.value(QStringLiteral("region"));
    const QString account = a.value(QStringLiteral("account"));
    if (!region.isEmpty() || !account.isEmpty()) {
        QJsonObject cloud{
            {QStringLiteral("provider"),
             e.source == QStringLiteral("cloudtrail") ? QStringLiteral("AWS") : QStringLiteral("Unknown")}};
        if (!region.isEmpty()) {
            cloud.insert(QStringLiteral("region"), region);
        }
        if (!account.isEmpty()) {
            cloud.insert(QStringLiteral("account"), QJsonObject{{QStringLiteral("uid"), account}});
        }
        out.insert(QStringLiteral("cloud"), cloud);
    }
    if (!e.resource.isEmpty()) {
        out.insert(
            QStringLiteral("resources"),
            QJsonArray{QJsonObject{{QStringLiteral("uid"), e.resource}, {QStringLiteral("type"), scheme}}});
    }
    if (!e.traceId.isEmpty()) {
        QJsonObject span{{QStringLiteral("uid"), e.spanId}};
        if (!e.parentSpanId.isEmpty()) {
            span.insert(QStringLiteral("parent_uid"), e.parentSpanId);
        }
        out.insert(QStringLiteral("trace"),
                   QJsonObject{{QStringLiteral("uid"), e.traceId}, {QStringLiteral("span"), span}});
        metadata.insert(QStringLiteral("profiles"), QJsonArray{QStringLiteral("trace")});
        out.insert(QStringLiteral("metadata"), metadata);
    }
    QJsonObject unmapped;
    if (!e.credentialKind.isEmpty()) {
        unmapped.insert(QStringLiteral("credential_kind"), e.credentialKind);
    }
    if (!e.classification.isEmpty()) {
        unmapped.insert(QStringLiteral("classification"), e.classification);
    }
    if (e.bytes >= 0) {
        unmapped.insert(QStringLiteral("bytes"), e.bytes);
    }
    unmapped.insert(QStringLiteral("steward_action"), e.action);
    // The rest of the attributes have no OCSF field of their own in API Activity.
    static const QStringList mapped = {QStringLiteral("source_ip"),
                                       QStringLiteral("user_agent"),
                                       QStringLiteral("error_code"),
                                       QStringLiteral("error_message"),
                                       QStringLiteral("region"),
                                       QStringLiteral("account")};
    for (auto it = a.values().cbegin(); it != a.values().cend(); ++it) {
        if (!mapped.contains(it.key())) {
            unmapped.insert(it.key(), it.value());
        }
    }
    out.insert(QStringLiteral("unmapped"), unmapped);
    return out;
}

QByteArray EventExporter::csvHeader()
{
    QByteArrayList names;
    for (const char* name : kCsvColumns) {
        names << QByteArray(name);
    }
    return names.join(',') + "\r\n";
}

QByteArray EventExporter::csvRow(const Event& e, const QString& agentName)
{
    const QString cells[] = {isoNanos(e.timeNs),
                             agentName,
                             e.principal,
                             e.action,
                             e.nativeAction,
                             e.resource,
                             EventOutcomes::key(e.outcome),
                             e.source,
                             e.nativeId,
                             e.traceId,
                             e.spanId,
                             e.parentSpanId,
                             e.task,
                             e.tokenId,
                             e.credentialKind,
                             e.classification,
                             e.bytes >= 0 ? QString::number(e.bytes) : QString(),
                             e.attributes.isEmpty() ? QString() : QString::fromUtf8(e.attributes.toJson())};
    static_assert(std::size(cells) == std::size(kCsvColumns));
    QByteArray row;
    for (std::size_t i = 0; i < std::size(cells); ++i) {
        if (i > 0) {
            row += ',';
        }
        row += csvCell(cells[i]);
    }
    return row + "\r\n";
}

Result<qint64> EventExporter::write(const EventQuery& query, QIODevice& out, const Options& options)
{
    qint64 written = 0;
    const auto put = [&out](const QByteArray& bytes) -> Status {
        if (out.write(bytes) != bytes.size()) {
            return Error{ErrorKind::Storage, tr("Could not write the export: %1").arg(out.errorString())};
        }
        return {};
    };
    if (m_format == Format::Csv) {
        if (const Status s = put(csvHeader()); !s) {
            return s.error();
        }
    }
    EventQuery page = query;
    page.beforeTimeNs = 0;
    page.beforeId = 0;
    for (;;) {
        page.limit = kPage;
        if (options.limit > 0) {
            page.limit = int(qMin<qint64>(kPage, options.limit - written));
            if (page.limit <= 0) {
                break;
            }
        }
        auto events = m_events.page(page);
        if (!events) {
            return events.error();
        }
        QByteArray chunk;
        for (const Event& e : events.value()) {
            const QString agent = m_agentNames.of(e.agentId);
            switch (m_format) {
            case Format::Csv:
                chunk += csvRow(e, agent);
                break;
            case Format::JsonLines:
                chunk += QJsonDocument(json(e, agent)).toJson(QJsonDocument::Compact) + '\n';
                break;
            case Format::Ocsf:
                chunk += QJsonDocument(ocsf(e, agent)).toJson(QJsonDocument::Compact) + '\n';
                break;
            }
        }
        if (const Status s = put(chunk); !s) {
            return s.error();
        }
        written += events->size();
        if (options.progress) {
            options.progress(written);
        }
        if (events->size() < page.limit || (options.stop && options.stop())) {
            break;
        }
        page.beforeTimeNs = events->constLast().timeNs;
        page.beforeId = events->constLast().id;
    }
    return written;
}

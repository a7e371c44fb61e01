// SPDX-License-Identifier: Apache-2.0
// Ingest budget (issue 5): sustained ingest of OTLP/JSON and of CloudTrail at no less than 70% of
// the raw SQLite prepared-insert rate for the same rows and indexes, measured in the same run.
// Ours is end to end: files read, JSON parsed, events mapped, principals resolved, events and raw
// records stored with the cursor. The baseline inserts the very same rows (keys computed before
// the clock starts) into the same schema with sqlite3 prepared statements.
#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "activity/ingestpipeline.h"
#include "activity/recordparser.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <zlib.h>

#include <cstdio>

namespace {

QByteArray cloudTrailRecord(QRandomGenerator& random, qint64 i)
{
    const QString agent = QStringLiteral("agent-%1").arg(random.bounded(200));
    QJsonObject record{
        {QStringLiteral("eventVersion"), QStringLiteral("1.09")},
        {QStringLiteral("userIdentity"),
         QJsonObject{
             {QStringLiteral("type"), QStringLiteral("AssumedRole")},
             {QStringLiteral("principalId"), QStringLiteral("AROAEXAMPLE:%1").arg(agent)},
             {QStringLiteral("arn"),
              QStringLiteral("arn:aws:sts::210987654321:assumed-role/%1/task-%2").arg(agent).arg(i % 977)},
             {QStringLiteral("accountId"), QStringLiteral("210987654321")},
             {QStringLiteral("accessKeyId"),
              QStringLiteral("ASIAEXAMPLE%1").arg(i % 100000, 6, 10, QLatin1Char('0'))},
             {QStringLiteral("sessionContext"),
              QJsonObject{
                  {QStringLiteral("sessionIssuer"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("Role")},
                               {QStringLiteral("arn"),
                                QStringLiteral("arn:aws:iam::210987654321:role/agents/%1").arg(agent)}}},
                  {QStringLiteral("attributes"),
                   QJsonObject{{QStringLiteral("mfaAuthenticated"), QStringLiteral("false")}}}}}}},
        {QStringLiteral("eventTime"),
         QDateTime::fromSecsSinceEpoch(1764000000 + i, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("eventSource"), QStringLiteral("s3.amazonaws.com")},
        {QStringLiteral("eventName"),
         i % 10 == 0 ? QStringLiteral("PutObject") : QStringLiteral("GetObject")},
        {QStringLiteral("awsRegion"), QStringLiteral("eu-west-1")},
        {QStringLiteral("sourceIPAddress"), QStringLiteral("10.0.%1.%2").arg(i % 250).arg(i % 200)},
        {QStringLiteral("userAgent"),
         QStringLiteral("[Boto3/1.34.0 md/Botocore#1.34.0 ua/2.0 os/linux lang/python#3.12]")},
        {QStringLiteral("requestParameters"),
         QJsonObject{{QStringLiteral("bucketName"), QStringLiteral("finance-reports")},
                     {QStringLiteral("key"), QStringLiteral("2026/q4/report-%1.csv").arg(i % 5000)},
                     {QStringLiteral("Host"), QStringLiteral("finance-reports.s3.eu-west-1.amazonaws.com")}}},
        {QStringLiteral("responseElements"), QJsonValue()},
        {QStringLiteral("requestID"),
         QStringLiteral("%1").arg(random.generate64(), 16, 16, QLatin1Char('0'))},
        {QStringLiteral("eventID"),
         QStringLiteral("%1-%2").arg(random.generate64(), 16, 16, QLatin1Char('0')).arg(i)},
        {QStringLiteral("readOnly"), i % 10 != 0},
        {QStringLiteral("eventType"), QStringLiteral("AwsApiCall")},
        {QStringLiteral("managementEvent"), false},
        {QStringLiteral("recipientAccountId"), QStringLiteral("210987654321")},
        {QStringLiteral("eventCategory"), QStringLiteral("Data")},
    };
    if (i % 50 == 0) {
        record.insert(QStringLiteral("errorCode"), QStringLiteral("AccessDenied"));
    }
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

QJsonObject attr(const QString& key, const QString& value)
{
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("value"), QJsonObject{{QStringLiteral("stringValue"), value}}}};
}

// One collector line: an ExportTraceServiceRequest with one agent run of `spans` spans.
QByteArray otlpLine(QRandomGenerator& random, qint64 line, int spans)
{
    const QString trace = QStringLiteral("%1%2")
                              .arg(random.generate64(), 16, 16, QLatin1Char('0'))
                              .arg(line, 16, 16, QLatin1Char('0'));
    const QString agentId = QStringLiteral("asst_%1").arg(random.bounded(200), 24, 10, QLatin1Char('0'));
    QJsonArray list;
    const qint64 start = (1764000000LL + line) * 1000000000LL;
    for (int s = 0; s < spans; ++s) {
        QJsonArray attributes;
        if (s == 0) {
            attributes = {
                attr(QStringLiteral("gen_ai.operation.name"), QStringLiteral("invoke_agent")),
                attr(QStringLiteral("gen_ai.agent.id"), agentId),
                attr(QStringLiteral("gen_ai.agent.name"), QStringLiteral("planner")),
                attr(QStringLiteral("gen_ai.conversation.id"), QStringLiteral("conv-%1").arg(line))};
        } else if (s % 2) {
            attributes = {attr(QStringLiteral("gen_ai.operation.name"), QStringLiteral("chat")),
                          attr(QStringLiteral("gen_ai.request.model"), QStringLiteral("gpt-4.1")),
                          attr(QStringLiteral("gen_ai.usage.input_tokens"), QStringLiteral("1234"))};
        } else {
            attributes = {
                attr(QStringLiteral("gen_ai.operation.name"), QStringLiteral("execute_tool")),
                attr(QStringLiteral("gen_ai.tool.name"), QStringLiteral("search_flights")),
                attr(QStringLiteral("gen_ai.tool.call.id"), QStringLiteral("call_%1_%2").arg(line).arg(s))};
        }
        list.append(QJsonObject{
            {QStringLiteral("traceId"), trace},
            {QStringLiteral("spanId"),
             QStringLiteral("%1").arg(line * 100 + s + 1, 16, 16, QLatin1Char('0'))},
            {QStringLiteral("parentSpanId"),
             s == 0 ? QString() : QStringLiteral("%1").arg(line * 100 + 1, 16, 16, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("span %1").arg(s)},
            {QStringLiteral("kind"), 1},
            {QStringLiteral("startTimeUnixNano"), QString::number(start + s * 1000)},
            {QStringLiteral("endTimeUnixNano"), QString::number(start + s * 1000 + 900)},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("status"), QJsonObject{}}});
    }
    const QJsonObject request{
        {QStringLiteral("resourceSpans"),
         QJsonArray{QJsonObject{{QStringLiteral("resource"),
                                 QJsonObject{{QStringLiteral("attributes"),
                                              QJsonArray{attr(QStringLiteral("service.name"),
                                                              QStringLiteral("travel-agent"))}}}},
                                {QStringLiteral("scopeSpans"),
                                 QJsonArray{QJsonObject{{QStringLiteral("scope"),
                                                         QJsonObject{{QStringLiteral("name"),
                                                                      QStringLiteral("agent-framework")}}},
                                                        {QStringLiteral("spans"), list}}}}}}}};
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

struct Measure
{
    qint64 events = 0;
    double oursSeconds = 0;
    double rawSeconds = 0;
    double parseSeconds = 0; // reading and mapping alone, without storing
    double storeSeconds = 0; // IngestPipeline alone, over records parsed beforehand
    QJsonObject json(const char* budgetName) const
    {
        const double ours = events / oursSeconds;
        const double raw = events / rawSeconds;
        return QJsonObject{{QStringLiteral("events"), events},
                           {QStringLiteral("ours_s"), oursSeconds},
                           {QStringLiteral("raw_s"), rawSeconds},
                           {QStringLiteral("parse_only_s"), parseSeconds},
                           {QStringLiteral("store_only_s"), storeSeconds},
                           {QStringLiteral("ours_per_s"), ours},
                           {QStringLiteral("raw_per_s"), raw},
                           {QStringLiteral("ratio"), ours / raw},
                           {QString::fromLatin1(budgetName), ours / raw >= 0.7}};
    }
};

std::unique_ptr<Workspace> fresh(const QString& path)
{
    auto created = Workspace::create(path, QStringLiteral("bench.example"));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        std::exit(1);
    }
    return std::move(created).value();
}

// The baseline: the same rows, straight into the same tables with sqlite3.
// `templatePath` is our workspace after the ingest: the baseline starts from a copy with its
// agents (the shadow agents the ingest recorded) and without its events, so that it inserts the
// same rows with the same agent ids and the same foreign-key checks.
double rawInsert(const QString& path, const QString& templatePath, const QList<Event>& events)
{
    QFile::copy(templatePath, path);
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db,
                 "DELETE FROM event_raw; DELETE FROM events; DELETE FROM quarantine; VACUUM;",
                 nullptr,
                 nullptr,
                 nullptr);
    sqlite3_int64 connectorId = 0;
    {
        sqlite3_stmt* first = nullptr;
        sqlite3_prepare_v2(db, "SELECT id FROM connectors LIMIT 1", -1, &first, nullptr);
        if (sqlite3_step(first) == SQLITE_ROW) {
            connectorId = sqlite3_column_int64(first, 0);
        }
        sqlite3_finalize(first);
    }
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                 "PRAGMA secure_delete = ON; PRAGMA cache_size = -32768;",
                 nullptr,
                 nullptr,
                 nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO events (event_key, time_ns, connector_id, source, native_id, agent_id, "
                       "principal, action, "
                       "native_action, resource, outcome, trace_id, span_id, parent_span_id, task, token_id, "
                       "credential_kind, "
                       "classification, bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                       "?13, ?14, ?15, ?16, "
                       "?17, ?18, ?19) ON CONFLICT (event_key) DO NOTHING",
                       -1,
                       &insert,
                       nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO event_raw (event_id, raw) VALUES (?1, ?2)", -1, &raw, nullptr);
    struct Row
    {
        QByteArray key, source, nativeId, principal, action, nativeAction, resource, trace, span, parent,
            task, token, kind, cls, raw;
        qint64 time;
        qint64 agent;
        int outcome;
    };
    std::vector<Row> rows;
    rows.reserve(events.size());
    for (const Event& e : events) {
        rows.push_back({e.key(),
                        e.source.toUtf8(),
                        e.nativeId.toUtf8(),
                        e.principal.toUtf8(),
                        e.action.toUtf8(),
                        e.nativeAction.toUtf8(),
                        e.resource.toUtf8(),
                        e.traceId.toUtf8(),
                        e.spanId.toUtf8(),
                        e.parentSpanId.toUtf8(),
                        e.task.toUtf8(),
                        e.tokenId.toUtf8(),
                        e.credentialKind.toUtf8(),
                        e.classification.toUtf8(),
                        e.raw,
                        e.timeNs,
                        e.agentId,
                        static_cast<int>(e.outcome)});
    }
    const auto text = [](sqlite3_stmt* s, int i, const QByteArray& b) {
        sqlite3_bind_text(s, i, b.constData(), static_cast<int>(b.size()), SQLITE_STATIC);
    };
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        sqlite3_bind_blob(insert, 1, r.key.constData(), 16, SQLITE_STATIC);
        sqlite3_bind_int64(insert, 2, r.time);
        sqlite3_bind_int64(insert, 3, connectorId);
        text(insert, 4, r.source);
        text(insert, 5, r.nativeId);
        if (r.agent) {
            sqlite3_bind_int64(insert, 6, r.agent);
        } else {
            sqlite3_bind_null(insert, 6);
        }
        text(insert, 7, r.principal);
        text(insert, 8, r.action);
        text(insert, 9, r.nativeAction);
        text(insert, 10, r.resource);
        sqlite3_bind_int(insert, 11, r.outcome);
        text(insert, 12, r.trace);
        text(insert, 13, r.span);
        text(insert, 14, r.parent);
        text(insert, 15, r.task);
        text(insert, 16, r.token);
        text(insert, 17, r.kind);
        text(insert, 18, r.cls);
        sqlite3_bind_int64(insert, 19, -1);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_bind_int64(raw, 1, sqlite3_last_insert_rowid(db));
        sqlite3_bind_blob(raw, 2, r.raw.constData(), static_cast<int>(r.raw.size()), SQLITE_STATIC);
        sqlite3_step(raw);
        sqlite3_reset(raw);
        if (i % 1000 == 999) {
            sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(insert);
    sqlite3_finalize(raw);
    sqlite3_close(db);
    return seconds;
}

Measure measure(const QTemporaryDir& dir, const QString& format, const QString& file, int batch)
{
    // Ours, end to end from the file.
    auto workspace = fresh(dir.filePath(format + QStringLiteral("-ours.steward")));
    auto connector = ConnectorService(*workspace).add(format, format, {});
    const auto parser = RecordParser::forFormat(format);
    FileSource::Options options;
    options.batchRecords = batch;
    FileSource source(*workspace, connector.value(), *parser, options);
    QElapsedTimer timer;
    timer.start();
    auto counts = source.ingest(file);
    Measure m;
    m.oursSeconds = timer.nsecsElapsed() / 1e9;
    if (!counts || counts->stored == 0) {
        std::fprintf(
            stderr, "ingest failed: %s\n", counts ? "nothing stored" : qPrintable(counts.error().message));
        std::exit(1);
    }
    m.events = counts->stored;
    workspace.reset();

    // The same rows for the baseline, parsed before its clock starts.
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    QList<Event> events;
    timer.restart();
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (!line.isEmpty()) {
            events += FileSource::parseBytes(*parser, line).events;
        }
    }
    m.parseSeconds = timer.nsecsElapsed() / 1e9;
    {
        auto store = fresh(dir.filePath(format + QStringLiteral("-store.steward")));
        auto storeConnector = ConnectorService(*store).add(format, format, {});
        IngestPipeline pipeline(*store, storeConnector->id);
        QList<QList<IngestPipeline::Unit>> batches;
        for (qsizetype i = 0; i < events.size(); i += 1000) {
            ParsedRecord slice;
            slice.events = events.mid(i, 1000);
            batches.append({IngestPipeline::Unit{std::move(slice), QString()}});
        }
        timer.restart();
        for (auto& units : batches) {
            if (!pipeline.commit(units, QJsonObject{})) {
                std::exit(1);
            }
        }
        m.storeSeconds = timer.nsecsElapsed() / 1e9;
    }
    {
        // The agent each event was resolved to in our run, for the baseline's rows.
        QHash<QString, qint64> agents;
        sqlite3* ours = nullptr;
        sqlite3_open(QFile::encodeName(dir.filePath(format + QStringLiteral("-ours.steward"))).constData(),
                     &ours);
        sqlite3_stmt* select = nullptr;
        sqlite3_prepare_v2(
            ours, "SELECT native_id, agent_id FROM events WHERE agent_id IS NOT NULL", -1, &select, nullptr);
        while (sqlite3_step(select) == SQLITE_ROW) {
            agents.insert(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(select, 0))),
                          sqlite3_column_int64(select, 1));
        }
        sqlite3_finalize(select);
        sqlite3_close(ours);
        for (Event& event : events) {
            event.agentId = agents.value(event.nativeId);
        }
    }
    m.rawSeconds = rawInsert(dir.filePath(format + QStringLiteral("-raw.steward")),
                             dir.filePath(format + QStringLiteral("-ours.steward")),
                             events);
    return m;
}

// Resident memory now and at its peak, in MiB (Linux).
std::pair<double, double> residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double now = 0;
    double peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "VmRSS:") {
                now = parts[1].toDouble() / 1024;
            } else if (parts.size() >= 2 && parts[0] == "VmHWM:") {
                peak = parts[1].toDouble() / 1024;
            }
        }
    }
    return {now, peak};
}

// Starts the peak anew, so that it measures what follows (Linux >= 4.0).
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly)) {
        refs.write("5");
    }
}

// A CloudTrail log file as AWS writes it, {"Records":[...]} on one line, of at least `bytes`; the
// events its records give, parsed one by one, come back for the baseline.
QList<Event> writeOneLineTrail(const QString& path, qint64 bytes, QRandomGenerator& random)
{
    const auto parser = RecordParser::forFormat(QStringLiteral("cloudtrail"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("{\"Records\":[");
    QList<Event> events;
    for (qint64 i = 0; file.size() < bytes; ++i) {
        const QByteArray record = cloudTrailRecord(random, 10'000'000 + i);
        file.write((i > 0 ? "," : "") + record);
        events += parser->parseElement(record).events;
    }
    file.write("]}");
    return events;
}

// A 200 MiB one-line file ingested in full, in memory bounded by a record, against raw inserts of
// the same rows.
QJsonObject measureOneLineFile(const QTemporaryDir& dir, qint64 mib, QRandomGenerator& random)
{
    const QString path = dir.filePath(QStringLiteral("one-line.json"));
    QList<Event> events = writeOneLineTrail(path, mib * 1024 * 1024, random);
    const qint64 size = QFileInfo(path).size();
    auto workspace = fresh(dir.filePath(QStringLiteral("one-line-ours.steward")));
    auto connector =
        ConnectorService(*workspace).add(QStringLiteral("big"), QStringLiteral("cloudtrail"), {});
    const auto parser = RecordParser::forFormat(QStringLiteral("cloudtrail"));
    FileSource source(*workspace, connector.value(), *parser, {});
    const double before = residentMiB().first;
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    auto counts = source.ingest(path);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double peak = residentMiB().second;
    if (!counts || counts->stored != events.size() || counts->quarantined != 0) {
        std::fprintf(
            stderr,
            "one-line ingest: %s\n",
            counts ? qPrintable(QStringLiteral("stored %1 of %2").arg(counts->stored).arg(events.size()))
                   : qPrintable(counts.error().message));
        std::exit(1);
    }
    workspace.reset();
    {
        // The baseline's rows carry the agents our run resolved.
        sqlite3* ours = nullptr;
        sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("one-line-ours.steward"))).constData(),
                     &ours);
        sqlite3_stmt* select = nullptr;
        sqlite3_prepare_v2(
            ours, "SELECT native_id, agent_id FROM events WHERE agent_id IS NOT NULL", -1, &select, nullptr);
        QHash<QString, qint64> agents;
        while (sqlite3_step(select) == SQLITE_ROW) {
            agents.insert(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(select, 0))),
                          sqlite3_column_int64(select, 1));
        }
        sqlite3_finalize(select);
        sqlite3_close(ours);
        for (Event& event : events) {
            event.agentId = agents.value(event.nativeId);
        }
    }
    const double raw = rawInsert(dir.filePath(QStringLiteral("one-line-raw.steward")),
                                 dir.filePath(QStringLiteral("one-line-ours.steward")),
                                 events);
    QFile::remove(path);
    return QJsonObject{{QStringLiteral("file_bytes"), size},
                       {QStringLiteral("records"), counts->read},
                       {QStringLiteral("stored"), counts->stored},
                       {QStringLiteral("ours_s"), seconds},
                       {QStringLiteral("raw_insert_s"), raw},
                       {QStringLiteral("ratio"), raw / seconds},
                       {QStringLiteral("mib_per_s"), size / 1048576.0 / seconds},
                       {QStringLiteral("rss_before_mib"), before},
                       {QStringLiteral("rss_peak_mib"), peak},
                       // What the ingest itself added: the bench holds the baseline's rows meanwhile.
                       {QStringLiteral("rss_growth_mib"), peak - before},
                       {QStringLiteral("ingested_in_full"), counts->stored == events.size()}};
}

// One-record gzip files in CloudTrail's layout, `from` up to `to`, a thousand to a folder.
void writeTrailFiles(const QString& root, qint64 from, qint64 to, QRandomGenerator& random)
{
    for (qint64 i = from; i < to; ++i) {
        const QString folder = QStringLiteral("%1/AWSLogs/210987654321/CloudTrail/eu-west-1/2026/%2")
                                   .arg(root)
                                   .arg(i / 1000, 4, 10, QLatin1Char('0'));
        if (i % 1000 == 0 || i == from) {
            QDir().mkpath(folder);
        }
        const QString name = QStringLiteral("%1/210987654321_CloudTrail_eu-west-1_20261130T%2Z_%3.json.gz")
                                 .arg(folder)
                                 .arg(i % 10000, 4, 10, QLatin1Char('0'))
                                 .arg(i, 16, 16, QLatin1Char('0'));
        const QByteArray document = "{\"Records\":[" + cloudTrailRecord(random, 20'000'000 + i) + "]}";
        gzFile out = gzopen(QFile::encodeName(name).constData(), "wb");
        gzwrite(out, document.constData(), unsigned(document.size()));
        gzclose(out);
    }
}

// `--dir` over a growing folder of small files: a fresh workspace reads each size whole. Linear
// means the time per file stays flat as the folder grows; the floor is inflating every file.
QJsonObject measureFolder(const QTemporaryDir& dir, const QList<qint64>& sizes, QRandomGenerator& random)
{
    const QString root = dir.filePath(QStringLiteral("trail"));
    const auto parser = RecordParser::forFormat(QStringLiteral("cloudtrail"));
    QJsonArray runs;
    qint64 written = 0;
    for (const qint64 files : sizes) {
        writeTrailFiles(root, written, files, random);
        written = files;
        const QString path = dir.filePath(QStringLiteral("folder-%1.steward").arg(files));
        auto workspace = fresh(path);
        auto connector =
            ConnectorService(*workspace).add(QStringLiteral("trail"), QStringLiteral("cloudtrail"), {});
        FileSource source(*workspace, connector.value(), *parser, {});
        resetPeak();
        QElapsedTimer timer;
        timer.start();
        auto counts = source.ingest(root);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double peak = residentMiB().second;
        if (!counts || counts->stored != files) {
            std::fprintf(stderr, "folder ingest of %lld files failed\n", static_cast<long long>(files));
            std::exit(1);
        }
        // Again over the same folder: nothing new, every file looked at once.
        auto again =
            ConnectorService(*workspace).ensure(QStringLiteral("trail"), QStringLiteral("cloudtrail"), {});
        FileSource second(*workspace, again.value(), *parser, {});
        timer.restart();
        auto nothing = second.ingest(root);
        const double secondSeconds = timer.nsecsElapsed() / 1e9;
        // The floor: find and inflate every file, nothing parsed or stored.
        timer.restart();
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        qint64 inflated = 0;
        char buffer[65536];
        while (it.hasNext()) {
            gzFile in = gzopen(QFile::encodeName(it.next()).constData(), "rb");
            while (const int n = gzread(in, buffer, sizeof buffer)) {
                if (n < 0) {
                    break;
                }
                inflated += n;
            }
            gzclose(in);
        }
        const double rawSeconds = timer.nsecsElapsed() / 1e9;
        runs.append(QJsonObject{{QStringLiteral("files"), files},
                                {QStringLiteral("ours_s"), seconds},
                                {QStringLiteral("us_per_file"), seconds * 1e6 / double(files)},
                                {QStringLiteral("again_nothing_new_s"), secondSeconds},
                                {QStringLiteral("again_read"), nothing ? nothing->read : -1},
                                {QStringLiteral("raw_inflate_s"), rawSeconds},
                                {QStringLiteral("ratio"), rawSeconds / seconds},
                                {QStringLiteral("rss_peak_mib"), peak}});
        std::fprintf(stderr, "%lld files: %.1f s\n", static_cast<long long>(files), seconds);
        workspace.reset();
        QFile::remove(path);
    }
    // Linear: the time per file at the largest size within 1.5x of the smallest's.
    const double first = runs.first().toObject().value(u"us_per_file").toDouble();
    const double last = runs.last().toObject().value(u"us_per_file").toDouble();
    return QJsonObject{{QStringLiteral("runs"), runs},
                       {QStringLiteral("per_file_growth"), last / first},
                       {QStringLiteral("linear"), last / first < 1.5}};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    const QString out = outAt >= 0 ? args.value(outAt + 1) : QString();
    const qsizetype countAt = args.indexOf(QStringLiteral("--events"));
    const qint64 total = countAt >= 0 ? args.value(countAt + 1).toLongLong() : 200'000;
    qputenv("STEWARD_OPERATOR", "bench");
    QTemporaryDir dir;
    QRandomGenerator random(20261126);

    // CloudTrail as delivered: files of up to a thousand records each (one line per file here).
    const QString trail = dir.filePath(QStringLiteral("cloudtrail.jsonl"));
    {
        QFile file(trail);
        file.open(QIODevice::WriteOnly);
        for (qint64 i = 0; i < total; i += 1000) {
            QByteArray line = "{\"Records\":[";
            for (qint64 j = i; j < qMin(total, i + 1000); ++j) {
                line += (j > i ? "," : "") + cloudTrailRecord(random, j);
            }
            file.write(line + "]}\n");
        }
    }
    // OTLP as the collector's file exporter writes it: one request per line, 20 spans each.
    const QString otlp = dir.filePath(QStringLiteral("otlp.jsonl"));
    {
        QFile file(otlp);
        file.open(QIODevice::WriteOnly);
        for (qint64 line = 0; line < total / 20; ++line) {
            file.write(otlpLine(random, line, 20) + '\n');
        }
    }
    const Measure cloudtrail = measure(dir, QStringLiteral("cloudtrail"), trail, 2);
    const Measure otel = measure(dir, QStringLiteral("otlp"), otlp, 50);

    // Issue 13: a one-line CloudTrail file of 200 MiB, and --dir over up to 100,000 small files.
    const qsizetype mibAt = args.indexOf(QStringLiteral("--one-line-mib"));
    const qint64 mib = mibAt >= 0 ? args.value(mibAt + 1).toLongLong() : 200;
    const qsizetype filesAt = args.indexOf(QStringLiteral("--files"));
    const qint64 maxFiles = filesAt >= 0 ? args.value(filesAt + 1).toLongLong() : 100'000;
    const QJsonObject oneLine = measureOneLineFile(dir, mib, random);
    const QJsonObject folder =
        measureFolder(dir, {maxFiles / 8, maxFiles / 4, maxFiles / 2, maxFiles}, random);

    const QJsonObject result{{QStringLiteral("cloudtrail"), cloudtrail.json("within_budget")},
                             {QStringLiteral("otlp"), otel.json("within_budget")},
                             {QStringLiteral("budget_ratio"), 0.7},
                             {QStringLiteral("cloudtrail_one_line_file"), oneLine},
                             {QStringLiteral("cloudtrail_folder"), folder}};
    const QByteArray text = QJsonDocument(result).toJson();
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    if (!out.isEmpty()) {
        QFile file(out);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(text);
        }
    }
    return 0;
}

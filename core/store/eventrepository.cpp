// SPDX-License-Identifier: Apache-2.0
#include "eventrepository.h"

#include "database.h"
#include "eventtextindex.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace {

const QString kColumns = QStringLiteral(
    "e.id, e.time_ns, e.source, e.native_id, e.agent_id, e.principal, e.action, e.native_action, e.resource, "
    "e.outcome, e.trace_id, e.span_id, e.parent_span_id, e.task, e.token_id, e.credential_kind, "
    "e.classification, e.bytes, e.attributes");

Event readEvent(const QSqlQuery& q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.timeNs = q.value(1).toLongLong();
    e.source = q.value(2).toString();
    e.nativeId = q.value(3).toString();
    e.agentId = q.value(4).toLongLong();
    e.principal = q.value(5).toString();
    e.action = q.value(6).toString();
    e.nativeAction = q.value(7).toString();
    e.resource = q.value(8).toString();
    e.outcome = static_cast<EventOutcome>(qBound(0, q.value(9).toInt(), 3));
    e.traceId = q.value(10).toString();
    e.spanId = q.value(11).toString();
    e.parentSpanId = q.value(12).toString();
    e.task = q.value(13).toString();
    e.tokenId = q.value(14).toString();
    e.credentialKind = q.value(15).toString();
    e.classification = q.value(16).toString();
    e.bytes = q.value(17).toLongLong();
    e.attributes = EventAttributes::fromJson(q.value(18).toByteArray());
    e.actorType =
        ActorTypes::fromKey(e.attributes.value(QStringLiteral("actor_type"))).value_or(ActorType::Unknown);
    return e;
}

// The WHERE clause and its values, shared by page and count.
QString whereOf(const EventQuery& query, QVariantList& values)
{
    QStringList where;
    if (query.agentId) {
        where << QStringLiteral("e.agent_id = ?");
        values << query.agentId;
    }
    if (query.ownerId) {
        where << QStringLiteral("e.agent_id IN (SELECT id FROM agents WHERE owner_id = ?)");
        values << query.ownerId;
    }
    if (!query.action.isEmpty()) {
        where << QStringLiteral("e.action = ?");
        values << query.action;
    }
    if (!query.resourcePrefix.isEmpty()) {
        // substr keeps LIKE's wildcards in the prefix literal.
        where << QStringLiteral("substr(e.resource, 1, length(?)) = ?");
        values << query.resourcePrefix << query.resourcePrefix;
    }
    if (query.outcome) {
        where << QStringLiteral("e.outcome = ?");
        values << static_cast<int>(*query.outcome);
    }
    if (!query.source.isEmpty()) {
        where << QStringLiteral("e.source = ?");
        values << query.source;
    }
    if (!query.traceId.isEmpty()) {
        // The literal lets SQLite use the partial index, which leaves out events without a trace.
        where << QStringLiteral("e.trace_id = ? AND e.trace_id <> ''");
        values << query.traceId;
    }
    if (query.fromNs) {
        where << QStringLiteral("e.time_ns >= ?");
        values << query.fromNs;
    }
    if (query.toNs) {
        where << QStringLiteral("e.time_ns < ?");
        values << query.toNs;
    }
    if (!query.text.isEmpty()) {
        // In an attribute's value, not its name: the JSON holds both, so the cheap test on the
        // whole object only picks the rows whose values are then looked at.
        where << QStringLiteral(
            "(instr(e.principal, ?) > 0 OR instr(e.native_action, ?) > 0 OR "
            "instr(e.resource, ?) > 0 OR (instr(e.attributes, ?) > 0 AND EXISTS (SELECT 1 "
            "FROM json_each(e.attributes) a WHERE instr(a.value, ?) > 0)))");
        values << query.text << query.text << query.text << EventAttributes::jsonEscaped(query.text)
               << query.text;
    }
    for (const AttributeMatch& match : query.attributes) {
        // The key is checked (isValidKey) before it becomes part of the path; the value is bound.
        if (!EventAttributes::isValidKey(match.key)) {
            where << QStringLiteral("0");
            continue;
        }
        const QString path = QStringLiteral("'$.%1'").arg(match.key);
        if (match.contains) {
            where << QStringLiteral("instr(json_extract(e.attributes, %1), ?) > 0").arg(path);
            values << match.value;
        } else {
            // The whole value, or one of the items of a value that lists several.
            where << QStringLiteral("instr(', ' || json_extract(e.attributes, %1) || ', ', ?) > 0").arg(path);
            values << QStringLiteral(", %1, ").arg(match.value);
        }
    }
    if (query.beforeTimeNs) {
        // Written as a range on time_ns so SQLite starts the index scan at the page boundary; the
        // equivalent "time < t OR (time = t AND id < i)" made every deep page rescan from the newest.
        where << QStringLiteral("e.time_ns <= ? AND NOT (e.time_ns = ? AND e.id >= ?)");
        values << query.beforeTimeNs << query.beforeTimeNs << query.beforeId;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

EventRepository::~EventRepository()
{
    finalize();
}

void EventRepository::finalize()
{
    sqlite3_finalize(m_insertEvent);
    sqlite3_finalize(m_insertRaw);
    m_insertEvent = nullptr;
    m_insertRaw = nullptr;
}

Status EventRepository::prepare()
{
    sqlite3* db = m_db.sqliteHandle();
    if (!db) {
        return Error{ErrorKind::Storage, tr("The workspace's SQLite connection is not available.")};
    }
    const char* events =
        "INSERT INTO events (event_key, time_ns, connector_id, source, native_id, agent_id, "
        "principal, action, "
        "native_action, resource, outcome, trace_id, span_id, parent_span_id, task, "
        "token_id, credential_kind, "
        "classification, bytes, attributes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
        "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20) ON CONFLICT (event_key) DO NOTHING";
    const char* raw = "INSERT INTO event_raw (event_id, raw) VALUES (?1, ?2)";
    if (sqlite3_prepare_v3(db, events, -1, SQLITE_PREPARE_PERSISTENT, &m_insertEvent, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(db, raw, -1, SQLITE_PREPARE_PERSISTENT, &m_insertRaw, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        finalize();
        return Error{ErrorKind::Storage, tr("Could not prepare the event store: %1").arg(message)};
    }
    return {};
}

Result<bool> EventRepository::insert(Event& event, qint64 connectorId)
{
    if (!m_insertEvent) {
        if (const Status prepared = prepare(); !prepared) {
            return prepared.error();
        }
    }
    sqlite3_stmt* s = m_insertEvent;
    const QByteArray key = event.key();
    // The UTF-8 copies live until the step, so SQLite can read them in place.
    const QByteArray text[] = {event.source.toUtf8(),
                               event.nativeId.toUtf8(),
                               event.principal.toUtf8(),
                               event.action.toUtf8(),
                               event.nativeAction.toUtf8(),
                               event.resource.toUtf8(),
                               event.traceId.toUtf8(),
                               event.spanId.toUtf8(),
                               event.parentSpanId.toUtf8(),
                               event.task.toUtf8(),
                               event.tokenId.toUtf8(),
                               event.credentialKind.toUtf8(),
                               event.classification.toUtf8()};
    const auto bind = [s](int index, const QByteArray& utf8) {
        sqlite3_bind_text(s, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    };
    sqlite3_bind_blob(s, 1, key.constData(), static_cast<int>(key.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, event.timeNs);
    sqlite3_bind_int64(s, 3, connectorId);
    bind(4, text[0]);
    bind(5, text[1]);
    if (event.agentId) {
        sqlite3_bind_int64(s, 6, event.agentId);
    } else {
        sqlite3_bind_null(s, 6);
    }
    bind(7, text[2]);
    bind(8, text[3]);
    bind(9, text[4]);
    bind(10, text[5]);
    sqlite3_bind_int(s, 11, static_cast<int>(event.outcome));
    for (int i = 6; i < 13; ++i) {
        bind(6 + i, text[i]);
    }
    sqlite3_bind_int64(s, 19, event.bytes);
    // The actor's type is kept with the other attributes, where filters and exports find it.
    const QByteArray attributesJson =
        event.attributes.toJsonWith(QStringLiteral("actor_type"), ActorTypes::key(event.actorType));
    bind(20, attributesJson);
    sqlite3* db = m_db.sqliteHandle();
    const int stepped = sqlite3_step(s);
    sqlite3_reset(s);
    if (stepped != SQLITE_DONE) {
        return Error{ErrorKind::Storage,
                     tr("Could not store an event: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    }
    if (sqlite3_changes(db) == 0) {
        return false;
    }
    event.id = sqlite3_last_insert_rowid(db);
    sqlite3_bind_int64(m_insertRaw, 1, event.id);
    sqlite3_bind_blob(
        m_insertRaw, 2, event.raw.constData(), static_cast<int>(event.raw.size()), SQLITE_STATIC);
    const int rawStepped = sqlite3_step(m_insertRaw);
    sqlite3_reset(m_insertRaw);
    sqlite3_clear_bindings(m_insertRaw);
    if (rawStepped != SQLITE_DONE) {
        return Error{
            ErrorKind::Storage,
            tr("Could not store an event's raw record: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    }
    return true;
}

Result<std::optional<EventRepository::Conflict>> EventRepository::conflictWith(const Event& event) const
{
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id, time_ns, source, native_action, principal, resource, outcome, "
                                "attributes FROM events WHERE event_key = ?"));
    find.addBindValue(event.key());
    if (!find.exec()) {
        return Database::queryError(find, tr("compare an event with the one stored under its id"));
    }
    if (!find.next()) {
        // Insert found the key taken; a key that is gone now is a store changing underneath.
        return Error{
            ErrorKind::Storage,
            tr("The event stored under the id %1 disappeared while it was compared.").arg(event.nativeId)};
    }
    Conflict conflict;
    conflict.storedId = find.value(0).toLongLong();
    if (find.value(1).toLongLong() != event.timeNs) {
        conflict.fields << QStringLiteral("time");
    }
    if (find.value(3).toString() != event.nativeAction) {
        conflict.fields << QStringLiteral("action");
    }
    // What a span's principal is may be learned later from its trace; what a record's own
    // connector made of its actor may not change.
    if (find.value(2).toString() == event.source && !event.isSpan() &&
        find.value(4).toString() != event.principal) {
        conflict.fields << QStringLiteral("principal");
    }
    // Another format may make another resource of the same span (an exporter that drops the
    // attributes that name its tool or model): the resource is compared within one source only.
    if (find.value(2).toString() == event.source && find.value(5).toString() != event.resource) {
        conflict.fields << QStringLiteral("resource");
    }
    // What else the record says (its error, source address, region): the same from the same
    // source. The actor's type is left out; it follows the connector's settings, which may change.
    if (find.value(2).toString() == event.source) {
        EventAttributes stored = EventAttributes::fromJson(find.value(7).toByteArray());
        stored.set(QStringLiteral("actor_type"), QString());
        if (!(stored == event.attributes)) {
            conflict.fields << QStringLiteral("attributes");
        }
    }
    // A call's outcome arrives with its answer; two records that both say how it ended must agree.
    const auto stored = static_cast<EventOutcome>(find.value(6).toInt());
    if (stored != EventOutcome::Unknown && event.outcome != EventOutcome::Unknown &&
        stored != event.outcome) {
        conflict.fields << QStringLiteral("outcome");
    }
    if (conflict.fields.isEmpty()) {
        return std::optional<Conflict>();
    }
    return std::optional(conflict);
}

Result<std::optional<std::pair<qint64, EventOutcome>>> EventRepository::findCall(const QByteArray& key) const
{
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id, outcome FROM events WHERE event_key = ?"));
    find.addBindValue(key);
    if (!find.exec()) {
        return Database::queryError(find, tr("find a call"));
    }
    if (!find.next()) {
        return std::optional<std::pair<qint64, EventOutcome>>();
    }
    return std::optional(
        std::pair{find.value(0).toLongLong(), static_cast<EventOutcome>(find.value(1).toInt())});
}

Result<bool> EventRepository::appendAnswer(qint64 id, const QByteArray& answer)
{
    // The raw record becomes [call, answer], so a replay sees both as they were received; the same
    // answer read twice (a file read again) is kept once.
    QSqlQuery raw(m_db.connection());
    raw.prepare(QStringLiteral("UPDATE event_raw SET raw = CAST('[' || CAST(raw AS TEXT) || ',' || "
                               "CAST(? AS TEXT) || ']' AS BLOB) WHERE event_id = ? AND "
                               "instr(CAST(raw AS TEXT), CAST(? AS TEXT)) = 0"));
    raw.addBindValue(answer);
    raw.addBindValue(id);
    raw.addBindValue(answer);
    if (!raw.exec()) {
        return Database::queryError(raw, tr("keep an answer with its call"));
    }
    return raw.numRowsAffected() == 1;
}

Result<EventRepository::Completed>
EventRepository::complete(const QByteArray& key, EventOutcome outcome, const QByteArray& answer)
{
    auto call = findCall(key);
    if (!call) {
        return call.error();
    }
    if (!call.value()) {
        return Completed::NoSuchCall;
    }
    const auto [id, current] = *call.value();
    if (current != EventOutcome::Unknown) {
        return Completed::AlreadySettled;
    }
    QSqlQuery settle(m_db.connection());
    settle.prepare(QStringLiteral("UPDATE events SET outcome = ? WHERE id = ?"));
    settle.addBindValue(static_cast<int>(outcome));
    settle.addBindValue(id);
    if (!settle.exec()) {
        return Database::queryError(settle, tr("settle a call"));
    }
    if (auto kept = appendAnswer(id, answer); !kept) {
        return kept.error();
    }
    return Completed::Settled;
}

Result<std::pair<qint64, QString>> EventRepository::agentOfTrace(const QString& traceId) const
{
    auto statement = m_db.statement(
        // trace_id <> '' lets SQLite use the partial index on traces.
        QStringLiteral("SELECT agent_id, principal FROM events WHERE trace_id = ? AND trace_id <> '' AND "
                       "agent_id IS NOT NULL ORDER BY time_ns LIMIT 1"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = *statement.value();
    q.addBindValue(traceId);
    if (!q.exec()) {
        return Database::queryError(q, tr("find the agent of a trace"));
    }
    if (!q.next()) {
        return Error{ErrorKind::NotFound, tr("No span of trace %1 names its agent.").arg(traceId)};
    }
    std::pair<qint64, QString> found{q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    return found;
}

Result<qint64> EventRepository::attributeTrace(const QString& traceId, qint64 agentId)
{
    if (agentId == 0) {
        return 0;
    }
    auto newest = m_db.statement(QStringLiteral(
        "SELECT max(time_ns) FROM events WHERE trace_id = ? AND trace_id <> '' AND agent_id IS NULL"));
    if (!newest) {
        return newest.error();
    }
    QSqlQuery& n = *newest.value();
    n.addBindValue(traceId);
    if (!n.exec() || !n.next()) {
        return Database::queryError(n, tr("attribute a trace to its agent"));
    }
    const qint64 newestNs = n.value(0).toLongLong();
    n.finish();
    if (newestNs == 0) {
        return 0;
    }
    auto statement = m_db.statement(
        // trace_id <> '' lets SQLite use the partial index on traces.
        QStringLiteral(
            "UPDATE events SET agent_id = ? WHERE trace_id = ? AND trace_id <> '' AND agent_id IS NULL"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = *statement.value();
    q.addBindValue(agentId);
    q.addBindValue(traceId);
    if (!q.exec()) {
        return Database::queryError(q, tr("attribute a trace to its agent"));
    }
    return newestNs;
}

Result<EventRepository::Completed> EventRepository::keepInterim(const QByteArray& key,
                                                                const QByteArray& answer)
{
    auto call = findCall(key);
    if (!call) {
        return call.error();
    }
    if (!call.value()) {
        return Completed::NoSuchCall;
    }
    auto kept = appendAnswer(call.value()->first, answer);
    if (!kept) {
        return kept.error();
    }
    return kept.value() ? Completed::Settled : Completed::AlreadySettled;
}

QString EventRepository::sourceOf(const EventQuery& query, QVariantList& values, qint64 candidateLimit) const
{
    const QString table = QStringLiteral("events");
    // The text, or failing one the longest attribute value, narrows the candidates. A text that
    // JSON escapes is written otherwise among the attributes, so its trigrams could miss them.
    QString needle = query.text;
    if (needle.isEmpty()) {
        for (const AttributeMatch& match : query.attributes) {
            if (match.value.size() > needle.size()) {
                needle = match.value;
            }
        }
    }
    if (EventAttributes::jsonEscaped(needle) != needle) {
        return table;
    }
    const QStringList trigrams = EventTextIndex::trigrams(needle);
    if (trigrams.isEmpty()) {
        return table;
    }
    // Without a readable watermark the index is not used: every event is scanned, so the
    // answer stays whole (only slower).
    const auto watermark = EventTextIndex(m_db).upto();
    const qint64 upto = watermark ? watermark.value() : 0;
    if (upto == 0) {
        return table;
    }
    // How many events hold the trigrams, counted no further than past the limit.
    const auto candidates = [this, candidateLimit](const QString& match) {
        QSqlQuery count(m_db.connection());
        count.prepare(QStringLiteral(
            "SELECT count(*) FROM (SELECT rowid FROM event_text WHERE event_text MATCH ? LIMIT ?)"));
        count.addBindValue(match);
        count.addBindValue(candidateLimit + 1);
        return count.exec() && count.next() ? count.value(0).toLongLong() : candidateLimit + 1;
    };
    // Every trigram of a text costs the length of its list of events, and a text's beginning is
    // often common ("key-", "arn:"): its last three usually narrow as well for a fraction of the
    // cost. Any subset gives a superset of the matches, which the exact test then confirms.
    QString match;
    if (trigrams.size() > 3) {
        const QString tail = EventTextIndex::matchExpression(trigrams.mid(trigrams.size() - 3));
        if (candidates(tail) <= candidateLimit) {
            match = tail;
        }
    }
    if (match.isEmpty()) {
        match = EventTextIndex::matchExpression(trigrams);
        if (candidates(match) > candidateLimit) {
            return table;
        }
    }
    // The bound on the candidates keeps an event indexed after `upto` was read from coming twice.
    // LIMIT -1 keeps SQLite from merging the branches into one ordered walk of the time index,
    // which would visit every event to find the few candidates.
    values << match << upto << upto;
    return QStringLiteral("(SELECT * FROM events WHERE id IN (SELECT rowid FROM event_text WHERE event_text "
                          "MATCH ?) AND id <= ? UNION ALL SELECT * FROM events WHERE id > ? LIMIT -1)");
}

Result<QList<Event>> EventRepository::page(const EventQuery& query) const
{
    QVariantList values;
    const QString source = sourceOf(query, values, EventTextIndex::kCandidateLimit);
    const QString where = whereOf(query, values);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 e%3 ORDER BY e.time_ns DESC, e.id DESC LIMIT ?")
                  .arg(kColumns, source, where));
    for (const QVariant& value : std::as_const(values)) {
        q.addBindValue(value);
    }
    q.addBindValue(qBound(1, query.limit, 100000));
    if (!q.exec()) {
        return Database::queryError(q, tr("read events"));
    }
    QList<Event> events;
    while (q.next()) {
        events.append(readEvent(q));
    }
    return events;
}

Result<qint64> EventRepository::count(const EventQuery& query) const
{
    QVariantList values;
    EventQuery unpaged = query;
    unpaged.beforeTimeNs = 0;
    const QString source = sourceOf(unpaged, values, EventTextIndex::kScanCandidateLimit);
    const QString where = whereOf(unpaged, values);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 e%2").arg(source, where));
    for (const QVariant& value : std::as_const(values)) {
        q.addBindValue(value);
    }
    if (!q.exec() || !q.next()) {
        return Database::queryError(q, tr("count events"));
    }
    return q.value(0).toLongLong();
}

Result<Event> EventRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "SELECT %1, r.raw FROM events e LEFT JOIN event_raw r ON r.event_id = e.id WHERE e.id = ?")
                  .arg(kColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::queryError(q, tr("read an event"));
    }
    if (!q.next()) {
        return Error{ErrorKind::NotFound, tr("There is no event %1.").arg(id)};
    }
    Event event = readEvent(q);
    event.raw = q.value(19).toByteArray();
    return event;
}

Result<QList<Event>> EventRepository::trace(const QString& traceId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events e WHERE e.trace_id = ? AND e.trace_id <> '' ORDER BY "
                             "e.time_ns, e.id LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(traceId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return Database::queryError(q, tr("read a trace"));
    }
    QList<Event> events;
    while (q.next()) {
        events.append(readEvent(q));
    }
    return events;
}

namespace {

// A statement of the activity store's own, for the scans that go straight to SQLite.
class RawStatement final
{
public:
    RawStatement(sqlite3* db, const QString& sql, const QVariantList& values)
        : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
            return;
        }
        int index = 1;
        for (const QVariant& value : values) {
            if (value.typeId() == QMetaType::QString) {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text(m_statement, index++, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(m_statement, index++, value.toLongLong());
            }
        }
    }
    ~RawStatement() { sqlite3_finalize(m_statement); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    sqlite3_stmt* get() const { return m_statement; }
    // SQLITE_ROW or SQLITE_DONE; anything else is an error that error() describes.
    int step() { return m_statement ? sqlite3_step(m_statement) : SQLITE_ERROR; }
    // `message` says what failed, with %1 for SQLite's reason.
    Error error(const QString& message) const
    {
        const int code = sqlite3_errcode(m_db);
        if (code == SQLITE_INTERRUPT) {
            return Error{ErrorKind::Refused, EventRepository::tr("Stopped: a newer question was asked.")};
        }
        return Error{ErrorKind::Storage, message.arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace

Result<EventSummary> EventRepository::summarize(const EventQuery& query, int buckets, int top) const
{
    sqlite3* db = m_db.sqliteHandle();
    if (!db) {
        return Error{ErrorKind::Storage, tr("The workspace's SQLite connection is not available.")};
    }
    EventQuery all = query;
    all.beforeTimeNs = 0;
    all.beforeId = 0;
    QVariantList values;
    const QString source = sourceOf(all, values, EventTextIndex::kScanCandidateLimit);
    const QString where = whereOf(all, values);
    const QString what = tr("Could not count events for the charts: %1");

    EventSummary summary;
    qint64 from = all.fromNs;
    qint64 to = all.toNs;
    // An open end of the range is where the matching events end: the index finds it by walking
    // from that end until the first match.
    for (const bool oldest : {true, false}) {
        qint64& end = oldest ? from : to;
        if (end != 0) {
            continue;
        }
        RawStatement edge(db,
                          QStringLiteral("SELECT e.time_ns FROM %1 e%2 ORDER BY e.time_ns %3 LIMIT 1")
                              .arg(source, where, oldest ? QStringLiteral("ASC") : QStringLiteral("DESC")),
                          values);
        const int rc = edge.step();
        if (rc == SQLITE_DONE) {
            return summary; // nothing matches
        }
        if (rc != SQLITE_ROW) {
            return edge.error(what);
        }
        end = sqlite3_column_int64(edge.get(), 0) + (oldest ? 0 : 1);
    }
    if (to <= from) {
        return summary;
    }
    summary.bucketNs = EventSummary::bucketWidth(to - from, buckets);
    // Buckets on round boundaries (whole minutes, hours, UTC days), so that the axis reads cleanly.
    summary.fromNs = from - ((from % summary.bucketNs) + summary.bucketNs) % summary.bucketNs;
    const qint64 count = (to - summary.fromNs + summary.bucketNs - 1) / summary.bucketNs;
    summary.buckets.resize(count, std::array<qint64, 4>{});

    RawStatement scan(
        db,
        QStringLiteral("SELECT e.time_ns, e.outcome, e.agent_id, e.resource FROM %1 e%2").arg(source, where),
        values);
    QHash<qint64, qint64> agents;
    QHash<QByteArray, qint64> resources;
    int rc;
    while ((rc = scan.step()) == SQLITE_ROW) {
        sqlite3_stmt* s = scan.get();
        const qint64 time = sqlite3_column_int64(s, 0);
        const int outcome = qBound(0, sqlite3_column_int(s, 1), 3);
        const qint64 bucket = (time - summary.fromNs) / summary.bucketNs;
        if (bucket >= 0 && bucket < count) {
            ++summary.buckets[bucket][outcome];
        }
        ++agents[sqlite3_column_int64(s, 2)];
        const char* resource = reinterpret_cast<const char*>(sqlite3_column_text(s, 3));
        const int length = sqlite3_column_bytes(s, 3);
        // Looked up without a copy; copied once, when first seen.
        const QByteArray probe = QByteArray::fromRawData(resource, length);
        if (auto it = resources.find(probe); it != resources.end()) {
            ++*it;
        } else {
            resources.insert(QByteArray(resource, length), 1);
        }
        ++summary.total;
    }
    if (rc != SQLITE_DONE) {
        return scan.error(what);
    }
    summary.distinctAgents = agents.size();
    summary.distinctResources = resources.size();
    const auto topOf = [top](auto& out, const auto& counts, auto convert) {
        using Entry = std::pair<typename std::decay_t<decltype(counts)>::key_type, qint64>;
        std::vector<Entry> entries;
        entries.reserve(counts.size());
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            entries.emplace_back(it.key(), it.value());
        }
        const auto n = std::min<std::size_t>(entries.size(), std::size_t(qMax(0, top)));
        // Most events first; equal counts in a stable order so the chart does not shuffle.
        std::partial_sort(
            entries.begin(), entries.begin() + n, entries.end(), [](const Entry& a, const Entry& b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
        for (std::size_t i = 0; i < n; ++i) {
            out.append({convert(entries[i].first), entries[i].second});
        }
    };
    topOf(summary.topAgents, agents, [](qint64 id) { return id; });
    topOf(summary.topResources, resources, [](const QByteArray& r) { return QString::fromUtf8(r); });
    return summary;
}

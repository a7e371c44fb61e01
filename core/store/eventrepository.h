// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/event.h"
#include "model/eventquery.h"
#include "model/eventsummary.h"
#include "result.h"

#include <QCoreApplication>

struct sqlite3_stmt;
class Database;

// The activity store. Inserting is the ingest pipeline's hot path, so it talks to SQLite through
// its own prepared statements: Qt's driver binds every text as UTF-16 inside a QVariant, which at a
// hundred thousand rows a second is most of the cost.
class EventRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(Database& db)
        : m_db(db)
    {
    }
    ~EventRepository();
    EventRepository(const EventRepository&) = delete;
    EventRepository& operator=(const EventRepository&) = delete;

    // Stores the event and its raw record unless an event with the same key is stored already.
    // Returns whether it was stored; sets event.id when it was.
    Result<bool> insert(Event& event, qint64 connectorId);

    // What a record whose key is stored already says differently from the stored event: empty
    // when it is the same event read again. Compared are what the record itself states (its time,
    // native action and, when both say, outcome; from the same source also its principal and
    // resource), not what ingest derives and may learn later (the agent, a span's principal).
    struct Conflict
    {
        qint64 storedId = 0;
        QStringList fields;
    };
    Result<std::optional<Conflict>> conflictWith(const Event& event) const;

    enum class Completed
    {
        Settled,        // the call's outcome is now known
        AlreadySettled, // it was before (the same answer ingested again)
        NoSuchCall
    };
    // Settles a stored call's outcome and keeps the answer with its raw record.
    Result<Completed> complete(const QByteArray& key, EventOutcome outcome, const QByteArray& answer);
    // An answer that does not settle the call (input required, a task running): kept with the
    // call's record, its outcome left open. NoSuchCall when the call is not stored.
    Result<Completed> keepInterim(const QByteArray& key, const QByteArray& answer);

    Result<QList<Event>> page(const EventQuery& query) const;
    Result<qint64> count(const EventQuery& query) const;
    // The charts' counts over every matching event (the query's keyset and limit are ignored). The
    // time axis spans the query's range, or the matching events' own when the range is open.
    Result<EventSummary> summarize(const EventQuery& query, int buckets = 60, int top = 10) const;
    Result<Event> byId(qint64 id) const; // with its raw record
    // The agent a stored span of this trace acts for, and its principal: for a span whose own
    // export lacks the spans that name the agent. NotFound when no span of the trace has one.
    Result<std::pair<qint64, QString>> agentOfTrace(const QString& traceId) const;
    // Files the trace's spans stored without an agent under this one; returns the newest time
    // (ns) among them, 0 when there were none.
    Result<qint64> attributeTrace(const QString& traceId, qint64 agentId);
    // Every span of a trace, oldest first.
    Result<QList<Event>> trace(const QString& traceId, int limit = 10000) const;

private:
    // A stored call's row id and outcome, or none.
    Result<std::optional<std::pair<qint64, EventOutcome>>> findCall(const QByteArray& key) const;
    // Appends an answer to the call's raw record; false when it is there already.
    Result<bool> appendAnswer(qint64 id, const QByteArray& answer);
    // Where a query's events are read from: the events table or, for a text the trigram index can
    // answer, the index's candidates and the events not indexed yet. Its bind values come first.
    // A text with more candidates than the limit is read from the table: for a page, in time order,
    // which finds a page of a common text sooner; for a count, by a walk that beats looking up
    // most of the events one by one.
    QString sourceOf(const EventQuery& query, QVariantList& values, qint64 candidateLimit) const;
    Status prepare();
    void finalize();

    Database& m_db;
    sqlite3_stmt* m_insertEvent = nullptr;
    sqlite3_stmt* m_insertRaw = nullptr;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>

class Database;

// The trigram index that lets a text filter look only at the events that can match instead of
// walking millions. It is built behind ingest, never inside it, so ingest keeps its rate: events
// up to upto() are indexed, and the newer ones are still scanned, so an answer is always whole.
class EventTextIndex final
{
    Q_DECLARE_TR_FUNCTIONS(EventTextIndex)

public:
    explicit EventTextIndex(Database& db)
        : m_db(db)
    {
    }

    // The highest event id indexed; 0 when none is.
    Result<qint64> upto() const;
    // Indexes up to `batch` more events in one transaction; returns how many (0: caught up).
    Result<qint64> indexMore(int batch = 20000);
    // Events stored but not indexed yet.
    Result<qint64> backlog() const;

    // The distinct trigrams of `text`, in order; none when it is too short, and then only a scan
    // can answer.
    static QStringList trigrams(const QString& text);
    // The FTS5 query an event's text must satisfy to hold all these trigrams.
    static QString matchExpression(const QStringList& trigrams);
    static QString matchExpression(const QString& text) { return matchExpression(trigrams(text)); }
    // A text with more candidates than this is common: reading the timeline in time order finds a
    // page of it sooner than sorting every candidate.
    static constexpr int kCandidateLimit = 20000;
    // For counting every match (counts, charts): past this many candidates, a walk of the table
    // costs less than fetching each candidate by its id.
    static constexpr int kScanCandidateLimit = 2000000;
    static constexpr const char* kUptoKey = "event_text_upto";

private:
    Database& m_db;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/event.h"
#include "model/eventquery.h"
#include "model/eventsummary.h"
#include "result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

class EventReaderWorker;
class EventRepository;

// Reads timeline pages on a thread of its own, with its own connection to the workspace file, so
// that a filter which has to scan millions of events never holds up the window. Each read
// supersedes the ones before it: a query still running when a newer one is asked for is abandoned
// inside SQLite within a few milliseconds, and its answer is never delivered.
class EventReader final : public QObject
{
    Q_OBJECT

public:
    explicit EventReader(const QString& databasePath, QObject* parent = nullptr);
    ~EventReader() override;

    using PageHandler = std::function<void(Result<QList<Event>>)>;
    // Reads the page; `done` runs on this object's thread, unless a later read was asked for first.
    void read(const EventQuery& query, PageHandler done);
    using SummaryHandler = std::function<void(Result<EventSummary>)>;
    // Counts the query's events for the charts, as read() does pages: each ask supersedes the last.
    void summarize(const EventQuery& query, SummaryHandler done);
    // Abandons whatever is being read.
    void cancel();
    bool busy() const { return m_pending > 0; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    template<typename T>
    void submit(std::function<Result<T>(EventRepository&)> work, std::function<void(Result<T>)> done);
    void finished();

    QThread m_thread;
    EventReaderWorker* m_worker;
    std::atomic<quint64> m_latest{0};
    int m_pending = 0;
};

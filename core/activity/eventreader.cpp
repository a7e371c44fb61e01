// SPDX-License-Identifier: Apache-2.0
#include "eventreader.h"

#include "store/database.h"
#include "store/eventrepository.h"

#include <sqlite3.h>

// Lives on the reader's thread: the connection and everything read through it belong there.
class EventReaderWorker final : public QObject
{
public:
    EventReaderWorker(QString path, const std::atomic<quint64>& latest)
        : m_path(std::move(path))
        , m_latest(latest)
    {
    }
    ~EventReaderWorker() override
    {
        m_events.reset();
        m_db.reset();
    }

    Result<QList<Event>> read(quint64 ticket, const EventQuery& query)
    {
        if (!m_db) {
            auto opened = Database::open(m_path, Database::OpenMode::ExistingOnly);
            if (!opened) {
                return opened.error();
            }
            m_db = std::move(opened).value();
            m_events = std::make_unique<EventRepository>(*m_db);
            // SQLite calls this every few thousand steps of a statement; a non-zero answer stops it.
            sqlite3_progress_handler(m_db->sqliteHandle(), 20000, &EventReaderWorker::superseded, this);
        }
        m_ticket = ticket;
        return m_events->page(query);
    }

private:
    static int superseded(void* self)
    {
        auto* worker = static_cast<EventReaderWorker*>(self);
        return worker->m_ticket < worker->m_latest.load(std::memory_order_relaxed) ? 1 : 0;
    }

    QString m_path;
    const std::atomic<quint64>& m_latest;
    quint64 m_ticket = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventRepository> m_events;
};

EventReader::EventReader(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_worker(new EventReaderWorker(databasePath, m_latest))
{
    m_thread.setObjectName(QStringLiteral("EventReader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

EventReader::~EventReader()
{
    cancel();
    // The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker]() { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EventReader::read(const EventQuery& query, PageHandler done)
{
    const quint64 ticket = ++m_latest;
    if (m_pending++ == 0) {
        Q_EMIT busyChanged(true);
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, ticket, query, done = std::move(done)]() mutable {
            // Asked for before a later read: neither run nor answered.
            std::optional<Result<QList<Event>>> page;
            if (ticket == m_latest.load()) {
                page = worker->read(ticket, query);
            }
            QMetaObject::invokeMethod(
                this,
                [this, ticket, page = std::move(page), done = std::move(done)]() mutable {
                    finished();
                    if (page && ticket == m_latest.load()) {
                        done(std::move(*page));
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EventReader::cancel()
{
    ++m_latest;
}

void EventReader::finished()
{
    if (--m_pending == 0) {
        Q_EMIT busyChanged(false);
    }
}

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

    // The repository to run one ask on, opened on first use; null with the reason when it cannot be.
    Result<EventRepository*> repository(quint64 ticket)
    {
        if (!m_db) {
            auto opened = Database::open(m_path, Database::OpenMode::ExistingOnly);
            if (!opened) {
                return opened.error();
            }
            m_db = std::move(opened).value();
            if (const Status lean = m_db->useLeanMemory(); !lean) {
                return lean.error();
            }
            m_events = std::make_unique<EventRepository>(*m_db);
            // SQLite calls this every few thousand steps of a statement; a non-zero answer stops it.
            sqlite3_progress_handler(m_db->sqliteHandle(), 20000, &EventReaderWorker::superseded, this);
        }
        m_ticket = ticket;
        return m_events.get();
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
    submit<QList<Event>>([query](EventRepository& events) { return events.page(query); }, std::move(done));
}

void EventReader::summarize(const EventQuery& query, SummaryHandler done)
{
    submit<EventSummary>([query](EventRepository& events) { return events.summarize(query); },
                         std::move(done));
}

template<typename T>
void EventReader::submit(std::function<Result<T>(EventRepository&)> work, std::function<void(Result<T>)> done)
{
    const quint64 ticket = ++m_latest;
    if (m_pending++ == 0) {
        Q_EMIT busyChanged(true);
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, ticket, work = std::move(work), done = std::move(done)]() mutable {
            // Asked for before a later ask: neither run nor answered.
            std::optional<Result<T>> answer;
            if (ticket == m_latest.load()) {
                auto events = worker->repository(ticket);
                answer = events ? work(*events.value()) : Result<T>(events.error());
            }
            QMetaObject::invokeMethod(
                this,
                [this, ticket, answer = std::move(answer), done = std::move(done)]() mutable {
                    finished();
                    if (answer && ticket == m_latest.load()) {
                        done(std::move(*answer));
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

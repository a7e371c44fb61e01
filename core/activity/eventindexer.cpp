// SPDX-License-Identifier: Apache-2.0
#include "eventindexer.h"

#include "store/database.h"
#include "store/eventtextindex.h"

#include <QSqlQuery>

// Lives on the indexer's thread, with the connection it opened there.
class EventIndexerWorker final : public QObject
{
public:
    EventIndexerWorker(QString path, const std::atomic<bool>& stop)
        : m_path(std::move(path))
        , m_stop(stop)
    {
    }

    std::pair<qint64, QString> run()
    {
        if (!m_db) {
            auto opened = Database::open(m_path, Database::OpenMode::ExistingOnly);
            if (!opened) {
                return {0, opened.error().message};
            }
            m_db = std::move(opened).value();
            // It reads every event once: through reads, not a memory map that would stay resident
            // in the console's process.
            QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA mmap_size = 0"));
        }
        EventTextIndex index(*m_db);
        qint64 total = 0;
        while (!m_stop.load()) {
            // Small enough that a connector waiting to write waits a few tens of milliseconds.
            auto indexed = index.indexMore(5000);
            if (!indexed) {
                return {total, indexed.error().message};
            }
            if (indexed.value() == 0) {
                break;
            }
            total += indexed.value();
        }
        return {total, QString()};
    }

private:
    QString m_path;
    const std::atomic<bool>& m_stop;
    std::unique_ptr<Database> m_db;
};

EventIndexer::EventIndexer(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_worker(new EventIndexerWorker(databasePath, m_stop))
{
    m_thread.setObjectName(QStringLiteral("EventIndexer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    m_settle.setSingleShot(true);
    m_settle.setInterval(2000);
    connect(&m_settle, &QTimer::timeout, this, &EventIndexer::start);
}

EventIndexer::~EventIndexer()
{
    m_stop = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker]() { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EventIndexer::start()
{
    if (m_busy) {
        m_again = true; // what arrived during this run is indexed by the next
        return;
    }
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker]() {
            const auto [indexed, error] = worker->run();
            QMetaObject::invokeMethod(
                this,
                [this, indexed = indexed, error = error]() {
                    m_busy = false;
                    Q_EMIT caughtUp(indexed, error);
                    if (m_again && error.isEmpty()) {
                        m_again = false;
                        start();
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EventIndexer::eventsStored()
{
    // Batches come many times a second while a connector is busy: index when they pause, or
    // every couple of seconds at most while they do not.
    if (!m_settle.isActive()) {
        m_settle.start();
    }
}

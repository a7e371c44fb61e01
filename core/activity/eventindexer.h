// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>

class EventIndexerWorker;

// Keeps the text index caught up while the console is open: on a thread and connection of its
// own, in small transactions between the connectors' batches, after the events arrive rather than
// as they do, so that ingest never waits for it.
class EventIndexer final : public QObject
{
    Q_OBJECT

public:
    explicit EventIndexer(const QString& databasePath, QObject* parent = nullptr);
    ~EventIndexer() override;

    // Indexes whatever is not yet; new events call it again, a moment after they stop arriving.
    void start();
    void eventsStored();
    bool busy() const { return m_busy; }

Q_SIGNALS:
    // After each run: how many events it indexed and an error, if one stopped it.
    void caughtUp(qint64 indexed, const QString& error);

private:
    QThread m_thread;
    EventIndexerWorker* m_worker;
    QTimer m_settle;
    std::atomic<bool> m_stop{false};
    bool m_busy = false;
    bool m_again = false;
};

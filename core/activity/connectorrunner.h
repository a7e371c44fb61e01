// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/connector.h"
#include "result.h"

#include <QObject>

#include <atomic>

class QThread;
class Workspace;

// Runs one connector continuously, on a thread of its own with its own connection to the
// workspace: a file connector follows its files as they grow and rotate; an OTLP receiver listens;
// an HTTP poller polls.
// Whatever it stores is reported batch by batch; a failure stops it with its reason, which is also
// kept as the connector's last error.
class ConnectorRunner final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Running,
        Failed
    };

    ConnectorRunner(QString databasePath, Connector connector, QObject* parent = nullptr);
    ~ConnectorRunner() override;

    // Whether Steward can run this connector by itself: a file connector with a path, a receiver, a poller.
    static bool runsLive(const Connector& connector);

    void start();
    // Asks the connector to stop after the batch in hand, and waits until it has.
    void stop();
    State state() const { return m_state; }
    QString message() const { return m_message; }
    const Connector& connector() const { return m_connector; }
    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int ms) { m_intervalMs = ms; }

Q_SIGNALS:
    void stateChanged(ConnectorRunner::State state, const QString& message);
    void stored(qint64 connectorId, qint64 read, qint64 stored, qint64 duplicates, qint64 quarantined);

private:
    // On the runner's thread: opens its own connection, runs until stopped or failed.
    void run();
    Status runFiles(Workspace& workspace, const Connector& connector);
    Status runReceiver(Workspace& workspace, const Connector& connector);
    Status runPoller(Workspace& workspace, const Connector& connector);
    void finish(State state, const QString& message);
    // What a source's running total adds since the last report, as one stored() signal.
    void reportSince(IngestCounts& last, const IngestCounts& total);

    QString m_databasePath;
    Connector m_connector;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    State m_state = State::Stopped;
    QString m_message;
    int m_intervalMs = 1000;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectorrunner.h"
#include "eventindexer.h"

#include <QHash>
#include <QObject>

class Workspace;

// The connectors that run while the console is open: every enabled file connector with a path and
// every receiver, each on its own thread. Keeps their state and adds up what they store, for the
// live rate in the status bar, and keeps the text index caught up behind them.
class ConnectorManager final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectorManager(Workspace& workspace, QObject* parent = nullptr);
    ~ConnectorManager() override;

    // Starts what should run and stops what should not, after connectors were added or changed.
    void sync();
    void stopAll();
    ConnectorRunner* runner(qint64 connectorId) const { return m_runners.value(connectorId); }
    // Events stored by all runners since the console opened.
    qint64 storedTotal() const { return m_storedTotal; }
    int runningCount() const;
    EventIndexer* indexer() const { return m_indexer; }

Q_SIGNALS:
    void stateChanged(qint64 connectorId);
    void stored(qint64 connectorId, qint64 read, qint64 stored, qint64 duplicates, qint64 quarantined);

private:
    Workspace& m_workspace;
    QHash<qint64, ConnectorRunner*> m_runners;
    qint64 m_storedTotal = 0;
    EventIndexer* m_indexer;
};

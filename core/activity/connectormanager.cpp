// SPDX-License-Identifier: Apache-2.0
#include "connectormanager.h"

#include "workspace/workspace.h"

ConnectorManager::ConnectorManager(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_indexer(new EventIndexer(workspace.path(), this))
{
    // What earlier sessions and the command line stored is indexed first.
    m_indexer->start();
    connect(this, &ConnectorManager::stored, m_indexer, &EventIndexer::eventsStored);
}

ConnectorManager::~ConnectorManager()
{
    stopAll();
}

void ConnectorManager::sync()
{
    auto connectors = m_workspace.connectors().list();
    if (!connectors) {
        return;
    }
    QSet<qint64> wanted;
    for (const Connector& connector : connectors.value()) {
        if (!connector.enabled || !ConnectorRunner::runsLive(connector)) {
            continue;
        }
        wanted.insert(connector.id);
        ConnectorRunner* existing = m_runners.value(connector.id);
        // Changed settings take effect by starting again.
        if (existing && existing->connector().settings != connector.settings) {
            existing->stop();
            delete existing;
            existing = nullptr;
            m_runners.remove(connector.id);
        }
        if (existing) {
            continue;
        }
        auto* runner = new ConnectorRunner(m_workspace.database().path(), connector, this);
        const qint64 id = connector.id;
        connect(runner, &ConnectorRunner::stateChanged, this, [this, id] { Q_EMIT stateChanged(id); });
        connect(
            runner,
            &ConnectorRunner::stored,
            this,
            [this](qint64 connectorId, qint64 read, qint64 stored, qint64 duplicates, qint64 quarantined) {
                m_storedTotal += stored;
                Q_EMIT this->stored(connectorId, read, stored, duplicates, quarantined);
            });
        m_runners.insert(id, runner);
        runner->start();
    }
    for (auto it = m_runners.begin(); it != m_runners.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        const qint64 id = it.key();
        it.value()->stop();
        delete it.value();
        it = m_runners.erase(it);
        Q_EMIT stateChanged(id);
    }
}

void ConnectorManager::stopAll()
{
    for (ConnectorRunner* runner : std::as_const(m_runners)) {
        runner->stop();
        delete runner;
    }
    m_runners.clear();
}

int ConnectorManager::runningCount() const
{
    int running = 0;
    for (const ConnectorRunner* runner : m_runners) {
        running += runner->state() == ConnectorRunner::State::Running ? 1 : 0;
    }
    return running;
}

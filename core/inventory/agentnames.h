// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>

class AgentRepository;

// Agents' names by id, each read from the store once: events carry only the id, and a timeline or
// an export names the same few agents over and over. Id 0 (no agent) and unknown ids are "".
class AgentNames final
{
public:
    explicit AgentNames(const AgentRepository& agents)
        : m_agents(agents)
    {
    }
    QString of(qint64 agentId);

private:
    const AgentRepository& m_agents;
    QHash<qint64, QString> m_names;
};

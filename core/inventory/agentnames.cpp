// SPDX-License-Identifier: Apache-2.0
#include "agentnames.h"

#include "store/agentrepository.h"

QString AgentNames::of(qint64 agentId)
{
    if (agentId == 0) {
        return QString();
    }
    const auto it = m_names.constFind(agentId);
    if (it != m_names.cend()) {
        return *it;
    }
    auto agent = m_agents.byId(agentId);
    const QString name = agent ? agent->name : QString();
    m_names.insert(agentId, name);
    return name;
}

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

// The agent status machine:
//   requested -> active | retired
//   active    -> suspended | retired
//   suspended -> active | retired
//   shadow    -> active (once an owner is assigned) | retired
//   retired   -> (final; the history is kept)
class AgentLifecycle final
{
    Q_DECLARE_TR_FUNCTIONS(AgentLifecycle)

public:
    static QList<AgentStatus> allowedTargets(AgentStatus from);
    // Why the agent cannot move to `to`, or success.
    static Status check(const Agent& agent, AgentStatus to);
};

// SPDX-License-Identifier: Apache-2.0
#include "agentlifecycle.h"

QList<AgentStatus> AgentLifecycle::allowedTargets(AgentStatus from)
{
    switch (from) {
    case AgentStatus::Requested:
    case AgentStatus::Suspended:
    case AgentStatus::Shadow:
        return {AgentStatus::Active, AgentStatus::Retired};
    case AgentStatus::Active:
        return {AgentStatus::Suspended, AgentStatus::Retired};
    case AgentStatus::Retired:
        return {};
    }
    Q_UNREACHABLE();
}

Status AgentLifecycle::check(const Agent& agent, AgentStatus to)
{
    const AgentStatus from = agent.status;
    if (from == to) {
        return Error{ErrorKind::Refused,
                     tr("Agent %1 is already %2.").arg(agent.name, AgentTypes::label(to).toLower())};
    }
    if (from == AgentStatus::Retired) {
        return Error{ErrorKind::Refused,
                     tr("Agent %1 is retired, and a retired agent stays retired so that its history keeps "
                        "its meaning. Register a new agent instead.")
                         .arg(agent.name)};
    }
    if (to == AgentStatus::Shadow) {
        return Error{ErrorKind::Refused, tr("Only discovery in activity logs marks an agent as shadow.")};
    }
    if (to == AgentStatus::Requested) {
        return Error{ErrorKind::Refused,
                     tr("Agent %1 cannot go back to requested; file a new request instead.").arg(agent.name)};
    }
    if (!allowedTargets(from).contains(to)) {
        // The one pair left: suspending an agent that was never active.
        return Error{ErrorKind::Refused,
                     tr("Agent %1 is %2 and has never been active, so it cannot be suspended. "
                        "Activate it or retire it.")
                         .arg(agent.name, AgentTypes::label(from).toLower())};
    }
    // Only a shadow agent may lack an owner (the schema holds to it too): whoever decides that a
    // discovered agent is kept or retired is named as accountable for it.
    if (agent.ownerId == 0) {
        return Error{ErrorKind::Refused,
                     to == AgentStatus::Active
                         ? tr("Agent %1 has no accountable owner. Assign an owner before activating it.")
                               .arg(agent.name)
                         : tr("Agent %1 has no accountable owner. Assign the owner who answers for it "
                              "before retiring it, so that its history says who decided.")
                               .arg(agent.name)};
    }
    return {};
}

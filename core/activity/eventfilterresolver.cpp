// SPDX-License-Identifier: Apache-2.0
#include "eventfilterresolver.h"

#include "inventory/inventoryservice.h"
#include "workspace/workspace.h"

namespace {

constexpr qint64 kNanosPerSecond = 1'000'000'000;

} // namespace

Result<EventQuery> EventFilterResolver::resolve(const EventFilter& filter, Workspace& workspace, qint64 nowNs)
{
    EventQuery query;
    query.action = filter.action;
    query.resourcePrefix = filter.resourcePrefix;
    query.outcome = filter.outcome;
    query.source = filter.source;
    query.text = filter.text;
    query.attributes = filter.attributes;
    if (filter.lastSeconds > 0) {
        query.fromNs = nowNs - filter.lastSeconds * kNanosPerSecond;
    } else {
        query.fromNs = filter.fromNs;
        query.toNs = filter.toNs;
    }
    InventoryService inventory(workspace);
    if (!filter.agent.isEmpty()) {
        auto found = inventory.findAgent(filter.agent);
        if (!found) {
            return found.error();
        }
        query.agentId = found->id;
    }
    if (!filter.owner.isEmpty()) {
        auto found = inventory.findOwner(filter.owner);
        if (!found) {
            return found.error();
        }
        query.ownerId = found->id;
    }
    return query;
}

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/eventfilter.h"
#include "model/eventquery.h"
#include "result.h"

class Workspace;

// Turns an EventFilter, kept in a person's terms, into the EventQuery the store runs: names to
// ids, a relative period to times. It lives here, not beside EventFilter, because it reads the
// inventory.
class EventFilterResolver final
{
public:
    // Names to ids; an agent or owner that no longer exists is an error that says which.
    static Result<EventQuery> resolve(const EventFilter& filter, Workspace& workspace, qint64 nowNs);
};

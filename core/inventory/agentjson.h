// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"
#include "model/owner.h"

#include <QByteArray>
#include <QJsonObject>

// The JSON shapes that `--json` prints. Field names are a public interface for scripts:
// add fields, never rename or remove them.
namespace AgentJson {
QString timestamp(const QDateTime& time); // ISO 8601 UTC with milliseconds, or empty
QJsonObject owner(const Owner& owner);
QJsonObject statusChange(const StatusChange& change);

// An agent as compact JSON appended to out. Listing 100,000 agents goes through here: it is
// several times faster than building a QJsonObject per agent.
void appendAgent(QByteArray& out, const Agent& agent);
QJsonObject agent(const Agent& agent);
} // namespace AgentJson

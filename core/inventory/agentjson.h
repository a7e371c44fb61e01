// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "agent.h"
#include "owner.h"

#include <QJsonObject>

// The JSON shapes that `--json` prints. Field names are a public interface for scripts:
// add fields, never rename or remove them.
namespace AgentJson {
QString timestamp(const QDateTime& time); // ISO 8601 UTC with milliseconds, or empty
QJsonObject owner(const Owner& owner);
QJsonObject agent(const Agent& agent);
QJsonObject statusChange(const StatusChange& change);
} // namespace AgentJson

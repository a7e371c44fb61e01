// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/request.h"

#include <QJsonObject>

// The stable --json shapes of requests, decisions and grants (snake_case, UTC times).
namespace RequestJson {
QJsonObject request(const Request& request);
QJsonObject decision(const Decision& decision);
QJsonObject grant(const Grant& grant, const QDateTime& now);
} // namespace RequestJson

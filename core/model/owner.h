// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

// The accountable human or team for an agent.
struct Owner
{
    qint64 id = 0;
    QString name;
    QString email;
    QString team;
    QDateTime createdAt;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

enum class OperatorRole
{
    Viewer,
    Approver,
    Admin
};

// A person who uses the console; every change they make carries their name.
struct Operator
{
    qint64 id = 0;
    QString username;
    QString displayName;
    OperatorRole role = OperatorRole::Viewer;
    QDateTime createdAt;
};

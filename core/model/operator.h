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

// A person who uses the console; every change they make carries their name, and every decision
// their signature.
struct Operator
{
    qint64 id = 0;
    QString username;
    QString displayName;
    OperatorRole role = OperatorRole::Viewer;
    QDateTime createdAt;
    QString email;           // matches an Owner's email when the operator is also an agent's owner
    QString keyId;           // the signing key's thumbprint; empty until the operator enrolls
    QByteArray encryptedKey; // PKCS#8 under the operator's own passphrase

    bool canDecide() const { return role != OperatorRole::Viewer; }
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/keypair.h"
#include "model/operator.h"
#include "result.h"

#include <QCoreApplication>

class Workspace;

// The people who use the console: adding them (admins only), their roles, and their signing
// keys. An operator's key is encrypted under their own passphrase, so a decision signed with it
// shows that this person, not just someone with the file, made it.
class OperatorService final
{
    Q_DECLARE_TR_FUNCTIONS(OperatorService)

public:
    static constexpr int kMinPassphraseLength = 8;

    explicit OperatorService(Workspace& workspace)
        : m_workspace(workspace)
    {
    }

    // The operator acting now (Workspace::operatorName()); NotFound when not registered.
    Result<Operator> current() const;
    // Refused unless the acting operator holds at least this role.
    Status require(OperatorRole role) const;

    Result<Operator>
    add(const QString& username, const QString& displayName, const QString& email, OperatorRole role);
    // Creates the acting operator's signing key under their passphrase; once per operator.
    Result<Operator> enroll(QByteArrayView passphrase);
    // Opens the acting operator's key; from now on the audit trail signs with it.
    Result<KeyPair> unlock(QByteArrayView passphrase);

private:
    Workspace& m_workspace;
};

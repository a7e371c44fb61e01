// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/secretbytes.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

// The workspace passphrase kept in the operating system's keychain (the Secret Service on
// Linux, through QtKeychain), so that a person who chose to remember it is not asked again.
// Never an insecure fallback: when no keychain answers, nothing is stored anywhere.
//
// The calls wait for the keychain in a local event loop: the keychain may have to ask the
// person to unlock it, and a window keeps painting meanwhile.
class PassphraseKeychain final
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseKeychain)

public:
    // STEWARD_NO_KEYCHAIN=1 turns the keychain off, for scripts that must never wait on one.
    static bool isEnabled();

    // NotFound when nothing is remembered for the workspace; Refused when no keychain answers.
    static Result<SecretBytes> read(const QString& workspaceId);
    static Status write(const QString& workspaceId, QByteArrayView passphrase);
    // Succeeds when nothing was remembered.
    static Status forget(const QString& workspaceId);

    // The entry's name in the keychain, as other tools see it (the QtKeychain "user" attribute).
    static QString entryKey(const QString& workspaceId);
    static QString service();
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/secretbytes.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

// Text secrets in the operating system's keychain (the Secret Service on Linux, through
// QtKeychain), under the "Steward" service. Never an insecure fallback: when no keychain answers,
// nothing is stored anywhere.
//
// The calls wait for the keychain in a local event loop: the keychain may have to ask the person
// to unlock it, and a window keeps painting meanwhile.
class SystemKeychain final
{
    Q_DECLARE_TR_FUNCTIONS(SystemKeychain)

public:
    // STEWARD_NO_KEYCHAIN=1 turns the keychain off, for scripts that must never wait on one.
    static bool isEnabled();
    static QString service();

    // NotFound when nothing is stored under the key; Refused when no keychain answers.
    static Result<SecretBytes> read(const QString& key);
    // Text rather than binary, so that the entry reads back the same in other Secret Service tools
    // (QtKeychain base64-encodes binary data); a secret that is not UTF-8 is refused.
    static Status write(const QString& key, QByteArrayView secret);
    // Succeeds when nothing was stored.
    static Status forget(const QString& key);
};

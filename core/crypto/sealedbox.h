// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"
#include "secretbytes.h"

#include <QByteArray>
#include <QCoreApplication>

// A small secret sealed under a passphrase: AES-256-GCM with a key derived by scrypt, a fresh salt
// and nonce each time. The associated data binds the box to where it is kept (a workspace and a
// connector), so a box moved to another row does not open there.
//
// Layout: "SBX1", log2(N), r, p (one byte each), salt (16), nonce (12), ciphertext, tag (16).
// The parameters travel in the box so that a later Steward can raise the cost and still open it.
class SealedBox final
{
    Q_DECLARE_TR_FUNCTIONS(SealedBox)

public:
    // The same cost as the workspace's encrypted keys: 16 MiB and about 50 ms to open.
    static constexpr int kLogN = 14;
    static constexpr int kR = 8;
    static constexpr int kP = 1;
    static constexpr qsizetype kMaxPlaintext = 64 * 1024;

    static Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView passphrase, QByteArrayView aad);
    // A wrong passphrase, other associated data or any change to the box: one error, which does
    // not say which, as it cannot tell.
    static Result<SecretBytes> open(QByteArrayView box, QByteArrayView passphrase, QByteArrayView aad);
};

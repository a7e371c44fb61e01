// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Digest {
QByteArray sha256(QByteArrayView data);
// Equality in time independent of where the inputs differ (for MACs, tokens, fingerprints).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
// Cryptographically secure random bytes from OpenSSL's DRBG; empty on failure.
QByteArray randomBytes(int count);
// Overwrites the bytes in place (the compiler may not elide it) and empties the array.
void scrub(QByteArray& secret);
} // namespace Digest

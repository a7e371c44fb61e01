// SPDX-License-Identifier: Apache-2.0
#include "digest.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Digest {

QByteArray sha256(QByteArrayView data)
{
    // Fetched once: EVP_sha256() makes OpenSSL 3 look the implementation up on every call, which
    // was a measurable part of hashing an event's identity at ingest rates.
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(),
                   static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char*>(out.data()),
                   &length,
                   md ? md : EVP_sha256(),
                   nullptr) != 1 ||
        length != 32) {
        return {};
    }
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

QByteArray randomBytes(int count)
{
    if (count <= 0) {
        return {};
    }
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1) {
        return {};
    }
    return out;
}

void scrub(QByteArray& secret)
{
    // Only a buffer this array owns alone is overwritten: detaching would copy the secret first,
    // and a shared buffer still belongs to its other holders.
    if (secret.isDetached()) {
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    }
    secret.clear();
}

} // namespace Digest

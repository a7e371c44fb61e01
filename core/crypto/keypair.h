// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

// A signing key: Ed25519 (EdDSA) or ECDSA on P-256 (ES256), public only or with its private half.
// Signatures are in JOSE form: 64 bytes for Ed25519, raw R||S (32 + 32 bytes) for ES256; a DER
// ECDSA signature is refused. Copies share the same OpenSSL key, which is freed with the last.
class KeyPair final
{
    Q_DECLARE_TR_FUNCTIONS(KeyPair)

public:
    enum class Algorithm
    {
        Ed25519,
        P256
    };

    // scrypt cost for encrypted private keys: 16 MiB and ~50 ms per unlock, and within the
    // 32 MiB that the openssl command allows by default, so `openssl pkey` can open our files.
    static constexpr quint64 kScryptN = 1 << 14;
    static constexpr quint64 kScryptR = 8;
    static constexpr quint64 kScryptP = 1;

    static Result<KeyPair> generate(Algorithm algorithm);
    // A JWK (RFC 7517/8037): kty OKP with crv Ed25519, or kty EC with crv P-256; "d" makes it private.
    static Result<KeyPair> fromJwk(const QJsonObject& jwk);
    // Encrypted PKCS#8 PEM, as written by toEncryptedPem() or `openssl pkcs8 -topk8 -scrypt`.
    static Result<KeyPair> fromEncryptedPem(const QByteArray& pem, QByteArrayView passphrase);
    static Result<KeyPair> fromPublicPem(const QByteArray& pem);

    Algorithm algorithm() const { return m_algorithm; }
    bool hasPrivateKey() const { return m_private; }
    QString jwsAlgorithm() const; // "EdDSA" or "ES256"

    Result<QByteArray> sign(QByteArrayView data) const;
    bool verify(QByteArrayView data, QByteArrayView signature) const;

    QJsonObject publicJwk() const;
    // RFC 7638 thumbprint: base64url(SHA-256(canonical required members)).
    QString thumbprint() const { return m_thumbprint; }
    // PKCS#8, encrypted with AES-256-CBC under an scrypt-derived key (PBES2).
    Result<QByteArray> toEncryptedPem(QByteArrayView passphrase) const;
    QByteArray toPublicPem() const;

    EVP_PKEY* handle() const { return m_key.get(); }

private:
    KeyPair(std::shared_ptr<EVP_PKEY> key, Algorithm algorithm, bool isPrivate);
    static Result<KeyPair> adopt(EVP_PKEY* key, bool isPrivate);

    std::shared_ptr<EVP_PKEY> m_key;
    Algorithm m_algorithm;
    bool m_private;
    QString m_thumbprint; // computed once: every token header carries it
};

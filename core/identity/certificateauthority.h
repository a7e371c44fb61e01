// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/keypair.h"
#include "crypto/x509.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// Builds the workspace's certificates with OpenSSL: an Ed25519 root (10 years), an issuing
// intermediate (1 year, path length 0), X.509-SVIDs for agents (SPIFFE X.509-SVID profile) and
// CRLs signed by the intermediate.
class CertificateAuthority final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateAuthority)

public:
    static constexpr int kRootYears = 10;
    static constexpr int kIntermediateDays = 365;
    static constexpr int kDefaultSvidSeconds = 3600;
    static constexpr int kMaxSvidSeconds = 24 * 3600;

    static Result<Certificate>
    createRoot(const QString& trustDomain, const KeyPair& rootKey, const QDateTime& now);
    static Result<Certificate> createIntermediate(const QString& trustDomain,
                                                  const Certificate& root,
                                                  const KeyPair& rootKey,
                                                  const KeyPair& intermediateKey,
                                                  const QDateTime& now);

    struct SvidRequest
    {
        QString spiffeId;
        QString agentName;
        KeyPair subjectKey;
        int ttlSeconds = kDefaultSvidSeconds;
        bool serverAuth = false;
        QDateTime now;
    };
    static Result<Certificate>
    issueSvid(const SvidRequest& request, const Certificate& issuer, const KeyPair& issuerKey);

    // Checks that a CSR asks for exactly this SPIFFE ID and nothing else, with an accepted key.
    static Result<KeyPair> checkRequest(const CertificateRequest& request, const QString& spiffeId);

    struct Revoked
    {
        QString serialHex;
        QDateTime revokedAt;
    };
    // DER. thisUpdate is now; nextUpdate a day later.
    static Result<QByteArray> buildCrl(const Certificate& issuer,
                                       const KeyPair& issuerKey,
                                       const QList<Revoked>& revoked,
                                       qint64 crlNumber,
                                       const QDateTime& now);
    static QByteArray crlDerToPem(const QByteArray& der);
    // PKCS#12 with the key, its certificate and the chain; AES-256-CBC under PBKDF2, SHA-256 MAC.
    static Result<QByteArray> pkcs12(const KeyPair& key,
                                     const Certificate& certificate,
                                     const QList<Certificate>& chain,
                                     QByteArrayView passphrase);
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "credential.h"
#include "crypto/keypair.h"
#include "keyset.h"
#include "result.h"
#include "tokenissuer.h"
#include "tokenverifier.h"

#include <QCoreApplication>

class Workspace;

// The workspace as an issuing authority for tokens: its signing keys (encrypted at rest under
// the workspace passphrase), minting for active agents, verification with revocation, and the
// record of every token issued.
class IdentityService final
{
    Q_DECLARE_TR_FUNCTIONS(IdentityService)

public:
    explicit IdentityService(Workspace& workspace)
        : m_workspace(workspace)
    {
    }

    // Creates the first signing key if there is none; returns the current one.
    Result<SigningKey> ensureSigningKey(QByteArrayView passphrase,
                                        KeyPair::Algorithm algorithm = KeyPair::Algorithm::Ed25519);
    // A new current key; the old one stays published as "previous" until the next rotation.
    Result<SigningKey> rotateSigningKey(QByteArrayView passphrase,
                                        KeyPair::Algorithm algorithm = KeyPair::Algorithm::Ed25519);
    Result<KeySet> publishedKeys() const;

    int maxTokenTtl() const;
    Status setMaxTokenTtl(int seconds);

    struct MintRequest
    {
        QString agent; // name, SPIFFE ID or principal
        QString audience;
        QStringList scope;
        QString task;
        QString actor;
        int ttlSeconds = TokenIssuer::kDefaultTtlSeconds;
    };
    Result<TokenIssuer::Token> mintToken(const MintRequest& request, QByteArrayView passphrase);

    // With this workspace's published keys and revocations; issuer is the trust domain.
    TokenVerifier::Outcome verifyToken(QByteArrayView token, const QString& audience) const;
    Status revokeToken(const QString& jti, const QString& reason);

    // Reason words the revocation check adds to the verifier's.
    QString revocationReason(const QJsonObject& claims) const;

private:
    Result<SigningKey> createSigningKey(QByteArrayView passphrase, KeyPair::Algorithm algorithm, bool rotate);

    Workspace& m_workspace;
};

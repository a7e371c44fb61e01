// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

enum class CredentialKind
{
    X509Svid,
    Jwt,
    StaticApiKey,
    OAuthClient
};

// What an agent authenticates with, as the inventory records it: identifiers and times only.
struct Credential
{
    qint64 id = 0;
    qint64 agentId = 0;
    QString agentName;
    CredentialKind kind = CredentialKind::Jwt;
    QString identifier; // a certificate's serial, a token's jti, a static key's id
    QString fingerprint;
    QString audience;
    QStringList scope;
    QString task;
    QString issuerKey;  // the kid or CA that issued it
    qint64 grantId = 0; // a token's grant
    QDateTime issuedAt;
    QDateTime expiresAt; // invalid: does not expire (static keys)
    QDateTime revokedAt;
    QString revocationReason;
    // Written with an SVID's record; read back only through CredentialRepository::certificatePem.
    QByteArray certificatePem;

    bool isRevoked() const { return revokedAt.isValid(); }
    bool isExpired(const QDateTime& now) const { return expiresAt.isValid() && expiresAt <= now; }
};

// A workspace signing key; the private half is kept only as encrypted PKCS#8.
struct SigningKey
{
    enum class State
    {
        Current,
        Previous,
        Retired
    };

    qint64 id = 0;
    QString kid;
    QString algorithm; // "EdDSA" or "ES256"
    QJsonObject publicJwk;
    QByteArray encryptedKey;
    State state = State::Current;
    QDateTime createdAt;
    QDateTime retiredAt;
};

namespace CredentialKinds {
QString key(CredentialKind kind);
std::optional<CredentialKind> fromKey(const QString& key);
} // namespace CredentialKinds

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/credential.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Signing keys and the credential inventory.
class CredentialRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialRepository)

public:
    explicit CredentialRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> insertSigningKey(const SigningKey& key);
    // The current key, or NotFound when the workspace has none yet.
    Result<SigningKey> currentSigningKey() const;
    // Current and previous keys: what relying parties need while a rotation settles.
    Result<QList<SigningKey>> publishedSigningKeys() const;
    // current -> previous, previous -> retired, then the new key becomes current; one transaction.
    Status rotateSigningKey(const SigningKey& next);

    struct Authority
    {
        QString role; // "root" or "intermediate"
        QByteArray certificatePem;
        QByteArray encryptedKey;
        QDateTime notAfter;
        QDateTime createdAt;
    };
    Result<Authority> currentAuthority(const QString& role) const;
    // The current authority of a role, then the previous one if a rotation left one: what still
    // vouches for certificates issued before the rotation.
    Result<QList<Authority>> issuingAuthorities(const QString& role) const;
    // Stores a new current authority of its role; the one it replaces becomes "previous".
    Status replaceAuthority(const Authority& authority);

    Result<qint64> insert(const Credential& credential);
    Result<Credential> find(CredentialKind kind, const QString& identifier) const;
    // The PEM of an issued SVID; empty for SVIDs recorded before certificates were kept.
    Result<QByteArray> certificatePem(const QString& serialHex) const;
    Status revoke(CredentialKind kind, const QString& identifier, const QString& reason, const QDateTime& at);
    // Revokes every live credential of an agent (on suspension or retirement); returns how many.
    Result<int> revokeAllForAgent(qint64 agentId, const QString& reason, const QDateTime& at);

    struct Filter
    {
        qint64 agentId = 0;
        std::optional<CredentialKind> kind;
        enum class Status
        {
            Any,
            Active,
            Expired,
            Revoked
        } status = Status::Any;
        int expiringWithinSeconds = -1; // >= 0: only active ones expiring that soon
        QDateTime now;
        int limit = 10000;
    };
    Result<QList<Credential>> list(const Filter& filter) const;

private:
    Database& m_db;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/keypair.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

// Public keys by key id, as published in a JWKS (RFC 7517 §5). The key id of every Steward
// key is its RFC 7638 thumbprint; a JWKS from elsewhere may name its keys as it likes.
class KeySet final
{
    Q_DECLARE_TR_FUNCTIONS(KeySet)

public:
    static constexpr qsizetype kMaxJwksBytes = 64 * 1024;
    static constexpr qsizetype kMaxKeys = 32;

    void add(const KeyPair& key, const QString& kid = QString());
    const KeyPair* find(const QString& kid) const;
    // The single key of a one-key set, else null.
    const KeyPair* only() const { return m_order.size() == 1 ? find(m_order.constFirst()) : nullptr; }
    qsizetype size() const { return m_order.size(); }

    // Keys of other types (RSA, symmetric, other curves) are skipped, not errors: a JWKS may
    // publish more than we accept. A key without a usable "kid" gets its thumbprint.
    static Result<KeySet> fromJwks(const QByteArray& json);
    QJsonObject toJwks() const;

private:
    QHash<QString, KeyPair> m_keys;
    QStringList m_order;
};

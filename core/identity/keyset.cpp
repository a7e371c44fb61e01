// SPDX-License-Identifier: Apache-2.0
#include "keyset.h"

#include <QJsonArray>
#include <QJsonDocument>

void KeySet::add(const KeyPair& key, const QString& kid)
{
    const QString id = kid.isEmpty() ? key.thumbprint() : kid;
    if (!m_keys.contains(id)) {
        m_order.append(id);
    }
    m_keys.insert(id, key);
}

const KeyPair* KeySet::find(const QString& kid) const
{
    const auto it = m_keys.constFind(kid);
    return it == m_keys.constEnd() ? nullptr : &it.value();
}

Result<KeySet> KeySet::fromJwks(const QByteArray& json)
{
    if (json.size() > kMaxJwksBytes) {
        return Error{ErrorKind::Invalid,
                     tr("The JWKS is %1 bytes; at most %2 are read.").arg(json.size()).arg(kMaxJwksBytes)};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorKind::Invalid, tr("The JWKS is not a JSON object: %1.").arg(error.errorString())};
    }
    const QJsonValue keys = document.object().value(QStringLiteral("keys"));
    if (!keys.isArray()) {
        return Error{ErrorKind::Invalid, tr("The JWKS has no \"keys\" array.")};
    }
    if (keys.toArray().size() > kMaxKeys) {
        return Error{ErrorKind::Invalid, tr("The JWKS holds more than %1 keys.").arg(kMaxKeys)};
    }
    KeySet set;
    for (const QJsonValue& value : keys.toArray()) {
        QJsonObject jwk = value.toObject();
        jwk.remove(QStringLiteral("d")); // a published set is public; a private member is ignored
        auto key = KeyPair::fromJwk(jwk);
        if (!key) {
            continue;
        }
        set.add(key.value(), jwk.value(QStringLiteral("kid")).toString());
    }
    if (set.size() == 0) {
        return Error{ErrorKind::Invalid, tr("The JWKS holds no Ed25519 or P-256 key.")};
    }
    return set;
}

QJsonObject KeySet::toJwks() const
{
    QJsonArray keys;
    for (const QString& kid : m_order) {
        const KeyPair& key = *find(kid);
        QJsonObject jwk = key.publicJwk();
        jwk.insert(QStringLiteral("kid"), kid);
        jwk.insert(QStringLiteral("alg"), key.jwsAlgorithm());
        jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
        keys.append(jwk);
    }
    return QJsonObject{{QStringLiteral("keys"), keys}};
}

// SPDX-License-Identifier: Apache-2.0
#include "tokenissuer.h"

#include "crypto/base64url.h"
#include "crypto/canonicaljson.h"
#include "crypto/digest.h"
#include "jws.h"

#include <QJsonArray>
#include <QJsonObject>

Result<TokenIssuer::Token> TokenIssuer::mint(const Request& request, const KeyPair& key, int maxTtlSeconds)
{
    const int ceiling = qBound(1, maxTtlSeconds, kMaxTtlSeconds);
    if (request.ttlSeconds < 1 || request.ttlSeconds > ceiling) {
        return Error{ErrorKind::Refused,
                     tr("A token may live 1 to %1 seconds in this workspace; %2 was asked for.")
                         .arg(ceiling)
                         .arg(request.ttlSeconds)};
    }
    if (request.audience.trimmed().isEmpty()) {
        return Error{ErrorKind::Invalid, tr("A token needs an audience: the service that will accept it.")};
    }
    if (request.subject.isEmpty() || request.issuer.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("A token needs an issuer and a subject.")};
    }
    if (!key.hasPrivateKey()) {
        return Error{ErrorKind::Invalid, tr("The signing key has no private part.")};
    }
    const QByteArray random = Digest::randomBytes(16);
    if (random.size() != 16) {
        return Error{ErrorKind::Storage,
                     tr("The system's random number generator failed; no token was minted.")};
    }
    Token token;
    token.jti = QString::fromLatin1(Base64Url::encode(random));
    token.kid = key.thumbprint();
    token.issuedAt = request.now.toUTC();
    token.expiresAt = token.issuedAt.addSecs(request.ttlSeconds);

    QJsonObject claims{
        {QStringLiteral("iss"), request.issuer},
        {QStringLiteral("sub"), request.subject},
        {QStringLiteral("aud"), request.audience},
        {QStringLiteral("iat"), token.issuedAt.toSecsSinceEpoch()},
        {QStringLiteral("nbf"), token.issuedAt.toSecsSinceEpoch()},
        {QStringLiteral("exp"), token.expiresAt.toSecsSinceEpoch()},
        {QStringLiteral("jti"), token.jti},
        {QStringLiteral("scope"), QJsonArray::fromStringList(request.scope)},
    };
    if (!request.task.isEmpty()) {
        claims.insert(QStringLiteral("task"), request.task);
    }
    if (!request.actor.isEmpty()) {
        claims.insert(QStringLiteral("act"), QJsonObject{{QStringLiteral("sub"), request.actor}});
    }
    const QJsonObject header{{QStringLiteral("kid"), token.kid},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    auto compact = Jws::sign(header, CanonicalJson::serialize(claims), key);
    if (!compact) {
        return compact.error();
    }
    token.compact = compact.value();
    return token;
}

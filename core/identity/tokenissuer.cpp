// SPDX-License-Identifier: Apache-2.0
#include "tokenissuer.h"

#include "crypto/base64url.h"
#include "crypto/canonicaljson.h"
#include "crypto/digest.h"
#include "jws.h"

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
    QByteArray random = Digest::randomBytes(16);
    if (random.size() != 16) {
        return Error{ErrorKind::Storage,
                     tr("The system's random number generator failed; no token was minted.")};
    }
    // An id that starts with "-" would be read as an option by "steward-cli token revoke ID", so
    // the first character is kept alphanumeric (costing well under a tenth of a bit).
    if ((static_cast<quint8>(random[0]) >> 2) >= 62) {
        random[0] = static_cast<char>(static_cast<quint8>(random[0]) & 0x7F);
    }
    Token token;
    token.jti = QString::fromLatin1(Base64Url::encode(random));
    token.kid = key.thumbprint();
    token.issuedAt = request.now.toUTC();
    token.expiresAt = token.issuedAt.addSecs(request.ttlSeconds);

    // The claims and header are written in RFC 8785 form directly (members in sorted order):
    // building JSON objects per token cost a quarter of the signing time.
    using CanonicalJson::number;
    using CanonicalJson::string;
    const QByteArray issued = number(static_cast<double>(token.issuedAt.toSecsSinceEpoch()));
    QByteArray claims("{");
    if (!request.actor.isEmpty()) {
        claims += "\"act\":{\"sub\":" + string(request.actor) + "},";
    }
    claims += "\"aud\":" + string(request.audience);
    claims += ",\"exp\":" + number(static_cast<double>(token.expiresAt.toSecsSinceEpoch()));
    claims += ",\"iat\":" + issued;
    claims += ",\"iss\":" + string(request.issuer);
    claims += ",\"jti\":" + string(token.jti);
    claims += ",\"nbf\":" + issued;
    claims += ",\"scope\":[";
    for (qsizetype i = 0; i < request.scope.size(); ++i) {
        claims += (i == 0 ? "" : ",") + string(request.scope.at(i));
    }
    claims += "],\"sub\":" + string(request.subject);
    if (!request.task.isEmpty()) {
        claims += ",\"task\":" + string(request.task);
    }
    claims += '}';
    const QByteArray header =
        "{\"alg\":" + string(key.jwsAlgorithm()) + ",\"kid\":" + string(token.kid) + ",\"typ\":\"JWT\"}";
    auto compact = Jws::signSerialized(header, claims, key);
    if (!compact) {
        return compact.error();
    }
    token.compact = compact.value();
    return token;
}

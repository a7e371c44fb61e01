// SPDX-License-Identifier: Apache-2.0
#include "jws.h"

#include "crypto/base64url.h"
#include "crypto/canonicaljson.h"

#include <QJsonDocument>

Result<QByteArray> Jws::sign(QJsonObject header, const QByteArray& payload, const KeyPair& key)
{
    header.insert(QStringLiteral("alg"), key.jwsAlgorithm());
    // Canonical JSON gives one spelling of the header, so the same token always has the same bytes.
    return signSerialized(CanonicalJson::serialize(header), payload, key);
}

Result<QByteArray>
Jws::signSerialized(const QByteArray& header, const QByteArray& payload, const KeyPair& key)
{
    const QByteArray input = Base64Url::encode(header) + '.' + Base64Url::encode(payload);
    auto signature = key.sign(input);
    if (!signature) {
        return signature.error();
    }
    return QByteArray(input + '.' + Base64Url::encode(signature.value()));
}

Result<Jws::Parts> Jws::parse(QByteArrayView token)
{
    if (token.size() > kMaxTokenBytes) {
        return Error{ErrorKind::Invalid,
                     tr("The token is %1 bytes; tokens over %2 bytes are refused unread.")
                         .arg(token.size())
                         .arg(kMaxTokenBytes)};
    }
    const QList<QByteArray> pieces = token.toByteArray().trimmed().split('.');
    // An empty signature is left for the verifier, so that "alg":"none" is refused for its algorithm.
    if (pieces.size() != 3 || pieces.at(0).isEmpty() || pieces.at(1).isEmpty()) {
        return Error{ErrorKind::Invalid,
                     tr("The token is not a JWS in compact form (header.payload.signature).")};
    }
    const auto header = Base64Url::decode(pieces.at(0));
    const auto payload = Base64Url::decode(pieces.at(1));
    const auto signature = Base64Url::decode(pieces.at(2));
    if (!header || !payload || !signature) {
        return Error{ErrorKind::Invalid, tr("A part of the token is not valid base64url.")};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*header, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorKind::Invalid, tr("The token header is not a JSON object.")};
    }
    return Parts{document.object(), *payload, pieces.at(0) + '.' + pieces.at(1), *signature};
}

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/keypair.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

// JWS compact serialization (RFC 7515 §7.1), the form of every token Steward mints and reads.
class Jws final
{
    Q_DECLARE_TR_FUNCTIONS(Jws)

public:
    // Tokens are refused above this size before any parsing: untrusted input stays bounded.
    static constexpr qsizetype kMaxTokenBytes = 8192;

    struct Parts
    {
        QJsonObject header;
        QByteArray payload;
        QByteArray signingInput; // base64url(header) "." base64url(payload), as received
        QByteArray signature;
    };

    // The header gets "alg" from the key; other members (kid, typ) come from the caller.
    static Result<QByteArray> sign(QJsonObject header, const QByteArray& payload, const KeyPair& key);
    // The same, with the header already serialized (and holding the key's "alg").
    static Result<QByteArray>
    signSerialized(const QByteArray& header, const QByteArray& payload, const KeyPair& key);
    // Structure only: three strict base64url parts and a JSON-object header. Signature, algorithm
    // and claims are the verifier's business.
    static Result<Parts> parse(QByteArrayView token);
};

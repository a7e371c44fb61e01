// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keyset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>

// Checks a token the way a relying party must (RFC 7515, 7519, 8725): bounded size, an
// algorithm allow-list, a known key, no unknown critical header, a valid signature, then
// the time window, issuer, audience and revocation. A refusal names its reason in one
// stable word that scripts can test.
class TokenVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(TokenVerifier)

public:
    static constexpr int kMaxLeewaySeconds = 60;

    // What a revocation check found: an empty reason lets the token through; a detail, when
    // given, replaces the generic "was revoked" sentence (a check that failed says why).
    struct Refusal
    {
        QString reason;
        QString detail;
    };

    struct Options
    {
        QString issuer;   // required "iss"; empty accepts any issuer
        QString audience; // required: a token is only ever accepted for a named audience
        QDateTime now;
        int leewaySeconds = kMaxLeewaySeconds;
        // A refusal reason word ("revoked", "agent_suspended", "revocation_unavailable", …) or
        // none. A check that cannot be made must refuse: the verifier never guesses.
        std::function<Refusal(const QJsonObject& claims)> revocation;
    };

    struct Outcome
    {
        bool accepted = false;
        QString reason; // empty when accepted
        QString detail; // for a person: what exactly was wrong
        QJsonObject header;
        QJsonObject claims;
    };

    static Outcome verify(QByteArrayView token, const KeySet& keys, const Options& options);
};

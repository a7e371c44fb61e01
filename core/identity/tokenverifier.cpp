// SPDX-License-Identifier: Apache-2.0
#include "tokenverifier.h"

#include "jws.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

TokenVerifier::Outcome refuse(const char* reason, const QString& detail, TokenVerifier::Outcome outcome = {})
{
    outcome.accepted = false;
    outcome.reason = QString::fromLatin1(reason);
    outcome.detail = detail;
    return outcome;
}

bool isNumericDate(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() >= 0 &&
           value.toDouble() < 253402300800.0; // before year 10000
}

} // namespace

TokenVerifier::Outcome TokenVerifier::verify(QByteArrayView token, const KeySet& keys, const Options& options)
{
    if (token.size() > Jws::kMaxTokenBytes) {
        return refuse("too_large",
                      tr("The token is over %1 bytes and was not read.").arg(Jws::kMaxTokenBytes));
    }
    auto parts = Jws::parse(token);
    if (!parts) {
        return refuse("malformed", parts.error().message);
    }
    Outcome outcome;
    outcome.header = parts->header;

    const QJsonValue alg = parts->header.value(QStringLiteral("alg"));
    if (!alg.isString() ||
        (alg.toString() != QStringLiteral("EdDSA") && alg.toString() != QStringLiteral("ES256"))) {
        return refuse("alg_not_allowed",
                      tr("The algorithm \"%1\" is not allowed; only EdDSA and ES256 are.")
                          .arg(alg.toVariant().toString()),
                      outcome);
    }
    if (parts->header.contains(QStringLiteral("crit"))) {
        return refuse("crit_unsupported",
                      tr("The token marks header extensions as critical; none are supported."),
                      outcome);
    }
    const QString kid = parts->header.value(QStringLiteral("kid")).toString();
    const KeyPair* key = keys.find(kid);
    // RFC 7515 lets a token leave out "kid"; that is only unambiguous when one key is known.
    if (!key && !parts->header.contains(QStringLiteral("kid")) && keys.size() == 1) {
        key = keys.only();
    }
    if (!key) {
        return refuse("unknown_kid", tr("The token's key id \"%1\" names no known key.").arg(kid), outcome);
    }
    if (key->jwsAlgorithm() != alg.toString()) {
        return refuse(
            "alg_not_allowed",
            tr("The token says %1 but key %2 is a %3 key.").arg(alg.toString(), kid, key->jwsAlgorithm()),
            outcome);
    }
    if (!key->verify(parts->signingInput, parts->signature)) {
        return refuse("bad_signature", tr("The signature does not match the token."), outcome);
    }

    QJsonParseError error;
    const QJsonDocument claims = QJsonDocument::fromJson(parts->payload, &error);
    if (error.error != QJsonParseError::NoError || !claims.isObject()) {
        return refuse("malformed", tr("The token's claims are not a JSON object."), outcome);
    }
    outcome.claims = claims.object();
    const QJsonObject& c = outcome.claims;
    // A token without an expiry is a standing credential; Steward never accepts one.
    if (!isNumericDate(c.value(QStringLiteral("exp")))) {
        return refuse("missing_claim", tr("The claim \"exp\" is missing or not a time."), outcome);
    }
    for (const char* name : {"nbf", "iat"}) {
        if (c.contains(QString::fromLatin1(name)) && !isNumericDate(c.value(QString::fromLatin1(name)))) {
            return refuse("missing_claim",
                          tr("The claim \"%1\" is not a time.").arg(QString::fromLatin1(name)),
                          outcome);
        }
    }
    const int leeway = qBound(0, options.leewaySeconds, kMaxLeewaySeconds);
    const double now = static_cast<double>(options.now.toSecsSinceEpoch());
    if (now > c.value(QStringLiteral("exp")).toDouble() + leeway) {
        return refuse(
            "expired",
            tr("The token expired at %1.")
                .arg(QDateTime::fromSecsSinceEpoch(c.value(QStringLiteral("exp")).toInteger(), Qt::UTC)
                         .toString(Qt::ISODate)),
            outcome);
    }
    if (c.contains(QStringLiteral("nbf")) && now + leeway < c.value(QStringLiteral("nbf")).toDouble()) {
        return refuse("not_yet_valid", tr("The token is not valid before its \"nbf\" time."), outcome);
    }
    if (c.contains(QStringLiteral("iat")) && now + leeway < c.value(QStringLiteral("iat")).toDouble()) {
        return refuse("not_yet_valid", tr("The token claims to be issued in the future."), outcome);
    }
    if (!options.issuer.isEmpty() && c.value(QStringLiteral("iss")).toString() != options.issuer) {
        return refuse("wrong_issuer",
                      tr("The token was issued by \"%1\", not \"%2\".")
                          .arg(c.value(QStringLiteral("iss")).toString(), options.issuer),
                      outcome);
    }
    const QJsonValue aud = c.value(QStringLiteral("aud"));
    const bool audienceMatches = !options.audience.isEmpty() &&
                                 (aud.toString() == options.audience ||
                                  (aud.isArray() && aud.toArray().contains(QJsonValue(options.audience))));
    if (!audienceMatches) {
        return refuse("wrong_audience",
                      tr("The token is not meant for the audience \"%1\".").arg(options.audience),
                      outcome);
    }
    if (options.revocation) {
        const Refusal refusal = options.revocation(c);
        if (!refusal.reason.isEmpty()) {
            outcome.accepted = false;
            outcome.reason = refusal.reason;
            outcome.detail = refusal.detail.isEmpty()
                                 ? tr("The token or its agent was revoked (%1).").arg(refusal.reason)
                                 : refusal.detail;
            return outcome;
        }
    }
    outcome.accepted = true;
    return outcome;
}

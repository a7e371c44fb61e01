// SPDX-License-Identifier: Apache-2.0
#include "tokencommand.h"

#include "clicontext.h"
#include "identity/identityservice.h"
#include "identity/jws.h"
#include "inventory/agentjson.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject outcomeJson(const TokenVerifier::Outcome& outcome)
{
    return QJsonObject{{QStringLiteral("accepted"), outcome.accepted},
                       {QStringLiteral("reason"),
                        outcome.accepted ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.reason)},
                       {QStringLiteral("detail"), outcome.detail},
                       {QStringLiteral("header"), outcome.header},
                       {QStringLiteral("claims"), outcome.claims}};
}

// Reads at most one byte more than a token may hold, so that an oversized input is refused
// as too large without reading all of it.
std::optional<QByteArray> readBounded(const QString& source)
{
    QFile file;
    const bool opened = source == QStringLiteral("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return std::nullopt;
    }
    return file.read(Jws::kMaxTokenBytes + 1).trimmed();
}

} // namespace

std::optional<qint64> TokenCommand::parseLongDuration(const QString& text)
{
    QString number = text.trimmed();
    if (number.endsWith(QLatin1Char('d'))) {
        number.chop(1);
        bool ok = false;
        const qint64 days = number.toLongLong(&ok);
        return ok && days > 0 && days <= 366 ? std::optional<qint64>(days * 86400) : std::nullopt;
    }
    const auto seconds = parseDuration(text);
    return seconds ? std::optional<qint64>(*seconds) : std::nullopt;
}

std::optional<int> TokenCommand::parseDuration(const QString& text)
{
    static const QList<std::pair<QChar, int>> units = {{u's', 1}, {u'm', 60}, {u'h', 3600}};
    QString number = text.trimmed();
    int unit = 1;
    for (const auto& [suffix, seconds] : units) {
        if (number.endsWith(suffix)) {
            number.chop(1);
            unit = seconds;
        }
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok || value <= 0 || value * unit > 366 * 24 * 3600) {
        return std::nullopt;
    }
    return static_cast<int>(value * unit);
}

int TokenCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QStringLiteral("mint")) {
        return mint(context, args.mid(1));
    }
    if (verb == QStringLiteral("verify")) {
        return verify(context, args.mid(1));
    }
    if (verb == QStringLiteral("revoke")) {
        return revoke(context, args.mid(1));
    }
    return context.usage(tr("token needs a command: mint, verify or revoke."));
}

int TokenCommand::mint(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli token mint: a short-lived token for an active agent, signed by the workspace."));
    parser.addOptions({
        {QStringLiteral("agent"), tr("The agent: name, SPIFFE ID or principal."), tr("agent")},
        {QStringLiteral("aud"), tr("The audience: the service that will accept the token."), tr("audience")},
        {QStringLiteral("scope"), tr("A permission statement (repeatable)."), tr("statement")},
        {QStringLiteral("task"), tr("The task the token is for."), tr("task")},
        {QStringLiteral("act"), tr("The user the agent acts for (RFC 8693 \"act\")."), tr("user")},
        {QStringLiteral("ttl"),
         tr("Lifetime, such as 15m (default) or 300s."),
         tr("duration"),
         QStringLiteral("15m")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("token mint"), &exitCode)) {
        return exitCode;
    }
    const auto ttl = parseDuration(parser.value(QStringLiteral("ttl")));
    if (!parser.isSet(QStringLiteral("agent")) || !parser.isSet(QStringLiteral("aud")) || !ttl) {
        return context.usage(
            tr("token mint needs --agent and --aud, and --ttl must be a duration such as 15m."),
            context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    auto passphrase = context.passphrase(*opened.value());
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    IdentityService identity(*opened.value());
    IdentityService::MintRequest request;
    request.agent = parser.value(QStringLiteral("agent"));
    request.audience = parser.value(QStringLiteral("aud"));
    request.scope = parser.values(QStringLiteral("scope"));
    request.task = parser.value(QStringLiteral("task"));
    request.actor = parser.value(QStringLiteral("act"));
    request.ttlSeconds = *ttl;
    auto token = identity.mintToken(request, passphrase.value());
    if (!token) {
        return context.fail(token.error());
    }
    if (context.json) {
        // What the token carries, as the workspace recorded it (the scope and task come from the grant).
        auto recorded = opened.value()->credentials().find(CredentialKind::Jwt, token->jti);
        context.printJson(QJsonObject{
            {QStringLiteral("token"), QString::fromLatin1(token->compact)},
            {QStringLiteral("jti"), token->jti},
            {QStringLiteral("kid"), token->kid},
            {QStringLiteral("issued_at"), AgentJson::timestamp(token->issuedAt)},
            {QStringLiteral("expires_at"), AgentJson::timestamp(token->expiresAt)},
            {QStringLiteral("task"), recorded ? recorded->task : QString()},
            {QStringLiteral("scope"), QJsonArray::fromStringList(recorded ? recorded->scope : QStringList())},
            {QStringLiteral("grant"), recorded ? recorded->grantId : 0}});
    } else {
        context.out << QString::fromLatin1(token->compact) << Qt::endl;
    }
    return 0;
}

int TokenCommand::verify(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli token verify FILE|-: check a token. Prints \"accepted\", or \"refused\" and one "
           "reason word "
           "(malformed, too_large, alg_not_allowed, unknown_kid, crit_unsupported, bad_signature, expired, "
           "not_yet_valid, missing_claim, wrong_issuer, wrong_audience, revoked, unknown_agent, "
           "agent_suspended, "
           "agent_retired, agent_inactive); exit code 0 or 3."));
    parser.addPositionalArgument(QStringLiteral("token"),
                                 tr("A file holding the token, or - for standard input."));
    parser.addOptions({
        {QStringLiteral("aud"), tr("The audience the token must name."), tr("audience")},
        {QStringLiteral("iss"),
         tr("The issuer it must name (default: this workspace's trust domain)."),
         tr("issuer")},
        {QStringLiteral("jwks"),
         tr("Verify against another issuer's JWKS file instead of this workspace."),
         tr("file")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("token verify"), &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("aud"))) {
        return context.usage(tr("token verify takes one token file (or -) and --aud."),
                             context.helpText(parser));
    }
    const auto token = readBounded(parser.positionalArguments().constFirst());
    if (!token) {
        return context.fail(
            Error{ErrorKind::NotFound,
                  tr("Cannot read the token from %1.").arg(parser.positionalArguments().constFirst())});
    }
    TokenVerifier::Outcome outcome;
    if (parser.isSet(QStringLiteral("jwks"))) {
        QFile file(parser.value(QStringLiteral("jwks")));
        if (!file.open(QIODevice::ReadOnly)) {
            return context.fail(
                Error{ErrorKind::NotFound, tr("Cannot read the JWKS %1.").arg(file.fileName())});
        }
        auto keys = KeySet::fromJwks(file.read(KeySet::kMaxJwksBytes + 1));
        if (!keys) {
            return context.fail(keys.error());
        }
        TokenVerifier::Options options;
        options.issuer = parser.value(QStringLiteral("iss"));
        options.audience = parser.value(QStringLiteral("aud"));
        options.now = QDateTime::currentDateTimeUtc();
        outcome = TokenVerifier::verify(*token, keys.value(), options);
    } else {
        auto opened = context.openWorkspace();
        if (!opened) {
            return context.fail(opened.error());
        }
        IdentityService identity(*opened.value());
        outcome = identity.verifyToken(*token, parser.value(QStringLiteral("aud")));
        if (outcome.accepted && parser.isSet(QStringLiteral("iss")) &&
            outcome.claims.value(QStringLiteral("iss")).toString() != parser.value(QStringLiteral("iss"))) {
            outcome.accepted = false;
            outcome.reason = QStringLiteral("wrong_issuer");
        }
    }
    if (context.json) {
        context.printJson(outcomeJson(outcome));
    } else if (outcome.accepted) {
        context.out << QStringLiteral("accepted %1 %2")
                           .arg(outcome.claims.value(QStringLiteral("sub")).toString(),
                                outcome.claims.value(QStringLiteral("jti")).toString())
                    << Qt::endl;
    } else {
        context.out << QStringLiteral("refused %1").arg(outcome.reason) << Qt::endl;
        context.err << tr("steward-cli: %1").arg(outcome.detail) << Qt::endl;
    }
    return outcome.accepted ? 0 : CliContext::code(ExitCode::Refused);
}

int TokenCommand::revoke(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli token revoke JTI: refuse this token from now on."));
    parser.addPositionalArgument(QStringLiteral("jti"), tr("The token's jti."));
    parser.addOption({QStringLiteral("reason"), tr("Why (required): the audit trail keeps it."), tr("text")});
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("token revoke"), &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usage(tr("token revoke takes exactly one jti."), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    IdentityService identity(*opened.value());
    if (const Status revoked = identity.revokeToken(parser.positionalArguments().constFirst(),
                                                    parser.value(QStringLiteral("reason")));
        !revoked) {
        return context.fail(revoked.error());
    }
    context.out << tr("Revoked token %1.").arg(parser.positionalArguments().constFirst()) << Qt::endl;
    return 0;
}

int TokenCommand::runJwks(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    QCommandLineParser parser;
    if (verb == QStringLiteral("rotate")) {
        parser.setApplicationDescription(tr("steward-cli jwks rotate: a new token signing key; the old one "
                                            "stays published until the next rotation."));
        parser.addOption({QStringLiteral("algorithm"),
                          tr("eddsa (default) or es256."),
                          tr("name"),
                          QStringLiteral("eddsa")});
    } else if (verb == QStringLiteral("export")) {
        parser.setApplicationDescription(
            tr("steward-cli jwks export: the public signing keys as a JWKS (RFC 7517)."));
    } else {
        return context.usage(tr("jwks needs a command: export or rotate."));
    }
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("jwks ") + verb, &exitCode)) {
        return exitCode;
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    IdentityService identity(*opened.value());
    if (verb == QStringLiteral("rotate")) {
        const QString name = parser.value(QStringLiteral("algorithm")).toLower();
        if (name != QStringLiteral("eddsa") && name != QStringLiteral("es256")) {
            return context.usage(tr("--algorithm is eddsa or es256."), context.helpText(parser));
        }
        auto passphrase = context.passphrase(*opened.value());
        if (!passphrase) {
            return context.fail(passphrase.error());
        }
        auto key = identity.rotateSigningKey(passphrase.value(),
                                             name == QStringLiteral("es256") ? KeyPair::Algorithm::P256
                                                                             : KeyPair::Algorithm::Ed25519);
        if (!key) {
            return context.fail(key.error());
        }
        context.out << tr("The current signing key is now %1 (%2).").arg(key->kid, key->algorithm)
                    << Qt::endl;
        return 0;
    }
    auto keys = identity.publishedKeys();
    if (!keys) {
        return context.fail(keys.error());
    }
    context.printJson(keys->toJwks());
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
#include "credentialcommand.h"

#include "clicontext.h"
#include "inventory/agentjson.h"
#include "inventory/inventoryservice.h"
#include "tokencommand.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString statusOf(const Credential& credential, const QDateTime& now)
{
    if (credential.isRevoked()) {
        return QStringLiteral("revoked");
    }
    return credential.isExpired(now) ? QStringLiteral("expired") : QStringLiteral("active");
}

QJsonObject credentialJson(const Credential& c, const QDateTime& now)
{
    return QJsonObject{
        {QStringLiteral("kind"), CredentialKinds::key(c.kind)},
        {QStringLiteral("agent"),
         c.agentName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.agentName)},
        {QStringLiteral("identifier"), c.identifier},
        {QStringLiteral("fingerprint"), c.fingerprint},
        {QStringLiteral("audience"), c.audience},
        {QStringLiteral("scope"), QJsonArray::fromStringList(c.scope)},
        {QStringLiteral("task"), c.task},
        {QStringLiteral("issuer"), c.issuerKey},
        {QStringLiteral("issued_at"), AgentJson::timestamp(c.issuedAt)},
        {QStringLiteral("expires_at"),
         c.expiresAt.isValid() ? QJsonValue(AgentJson::timestamp(c.expiresAt))
                               : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("revoked_at"),
         c.isRevoked() ? QJsonValue(AgentJson::timestamp(c.revokedAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("revocation_reason"), c.revocationReason},
        {QStringLiteral("status"), statusOf(c, now)}};
}

} // namespace

int CredentialCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QStringLiteral("list")) {
        return list(context, args.mid(1));
    }
    if (verb == QStringLiteral("record-static")) {
        return recordStatic(context, args.mid(1));
    }
    return context.usage(tr("credential needs a command: list or record-static."));
}

int CredentialCommand::list(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli credential list: certificates and tokens issued, static keys observed."));
    parser.addOptions({
        {QStringLiteral("agent"), tr("Only this agent's credentials."), tr("agent")},
        {QStringLiteral("kind"), tr("x509-svid, jwt, static-api-key or oauth-client."), tr("kind")},
        {QStringLiteral("status"), tr("active, expired or revoked."), tr("status")},
        {QStringLiteral("expiring-within"),
         tr("Only active ones expiring within this duration, such as 10m."),
         tr("duration")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("credential list"), &exitCode)) {
        return exitCode;
    }
    CredentialRepository::Filter filter;
    if (parser.isSet(QStringLiteral("kind"))) {
        filter.kind = CredentialKinds::fromKey(parser.value(QStringLiteral("kind")));
        if (!filter.kind) {
            return context.usage(
                tr("\u201c%1\u201d is not a credential kind.").arg(parser.value(QStringLiteral("kind"))),
                context.helpText(parser));
        }
    }
    const QString status = parser.value(QStringLiteral("status"));
    if (status == QStringLiteral("active")) {
        filter.status = CredentialRepository::Filter::Status::Active;
    } else if (status == QStringLiteral("expired")) {
        filter.status = CredentialRepository::Filter::Status::Expired;
    } else if (status == QStringLiteral("revoked")) {
        filter.status = CredentialRepository::Filter::Status::Revoked;
    } else if (!status.isEmpty()) {
        return context.usage(tr("--status is active, expired or revoked."), context.helpText(parser));
    }
    if (parser.isSet(QStringLiteral("expiring-within"))) {
        const auto within = TokenCommand::parseDuration(parser.value(QStringLiteral("expiring-within")));
        if (!within) {
            return context.usage(tr("--expiring-within takes a duration such as 10m."),
                                 context.helpText(parser));
        }
        filter.expiringWithinSeconds = *within;
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    if (parser.isSet(QStringLiteral("agent"))) {
        InventoryService inventory(workspace);
        auto agent = inventory.findAgent(parser.value(QStringLiteral("agent")));
        if (!agent) {
            return context.fail(agent.error());
        }
        filter.agentId = agent->id;
    }
    filter.now = workspace.now();
    auto credentials = workspace.credentials().list(filter);
    if (!credentials) {
        return context.fail(credentials.error());
    }
    if (context.json) {
        QJsonArray array;
        for (const Credential& credential : credentials.value()) {
            array.append(credentialJson(credential, filter.now));
        }
        context.printJson(array);
        return 0;
    }
    context.out << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(tr("KIND"), -15)
                       .arg(tr("STATUS"), -8)
                       .arg(tr("AGENT"), -28)
                       .arg(tr("EXPIRES"), -24)
                       .arg(tr("IDENTIFIER"))
                << Qt::endl;
    for (const Credential& c : credentials.value()) {
        context.out << QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(CredentialKinds::key(c.kind), -15)
                           .arg(statusOf(c, filter.now), -8)
                           .arg(c.agentName, -28)
                           .arg(c.expiresAt.isValid() ? AgentJson::timestamp(c.expiresAt) : tr("never"), -24)
                           .arg(c.identifier)
                    << Qt::endl;
    }
    return 0;
}

int CredentialCommand::recordStatic(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("steward-cli credential record-static: record a long-lived key an agent was seen using (its id "
           "and fingerprint, "
           "never the secret), so that it counts against the agent until it is retired."));
    parser.addOptions({
        {QStringLiteral("agent"), tr("The agent that uses it."), tr("agent")},
        {QStringLiteral("key-id"),
         tr("The key's public identifier, such as an AWS access key id."),
         tr("id")},
        {QStringLiteral("fingerprint"),
         tr("A SHA-256 fingerprint of the secret, in hex, if known."),
         tr("hex")},
        {QStringLiteral("expires"), tr("When it expires (ISO 8601), if it does."), tr("time")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("credential record-static"), &exitCode)) {
        return exitCode;
    }
    static const QRegularExpression keyId(QStringLiteral("^[A-Za-z0-9._:/+=@-]{4,128}$"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F:]{64,95}$"));
    const QString id = parser.value(QStringLiteral("key-id"));
    const QString fingerprint = parser.value(QStringLiteral("fingerprint"));
    if (!parser.isSet(QStringLiteral("agent")) || !keyId.match(id).hasMatch() ||
        (!fingerprint.isEmpty() && !hex.match(fingerprint).hasMatch())) {
        return context.usage(
            tr("credential record-static needs --agent and a --key-id of 4 to 128 printable characters; "
               "--fingerprint is 64 hex digits."),
            context.helpText(parser));
    }
    QDateTime expires;
    if (parser.isSet(QStringLiteral("expires"))) {
        expires = QDateTime::fromString(parser.value(QStringLiteral("expires")), Qt::ISODate);
        if (!expires.isValid()) {
            return context.usage(tr("--expires takes an ISO 8601 time such as 2027-01-31T00:00:00Z."),
                                 context.helpText(parser));
        }
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    InventoryService inventory(workspace);
    auto agent = inventory.findAgent(parser.value(QStringLiteral("agent")));
    if (!agent) {
        return context.fail(agent.error());
    }
    Credential credential;
    credential.agentId = agent->id;
    credential.kind = CredentialKind::StaticApiKey;
    credential.identifier = id;
    credential.fingerprint = fingerprint.toLower().remove(QLatin1Char(':'));
    credential.issuerKey = QStringLiteral("observed");
    credential.issuedAt = workspace.now();
    credential.expiresAt = expires;
    if (workspace.credentials().find(CredentialKind::StaticApiKey, id)) {
        return context.fail(Error{ErrorKind::Conflict, tr("The static key %1 is already recorded.").arg(id)});
    }
    const Status recorded = workspace.database().transaction([&]() -> Status {
        if (auto inserted = workspace.credentials().insert(credential); !inserted) {
            return inserted.error();
        }
        return workspace.audit().record(QStringLiteral("credential.static_recorded"),
                                        QStringLiteral("credential"),
                                        id,
                                        QJsonObject{{QStringLiteral("agent"), agent->spiffeId},
                                                    {QStringLiteral("fingerprint"), credential.fingerprint}});
    });
    if (!recorded) {
        return context.fail(recorded.error());
    }
    context.out << tr("Recorded static key %1 for %2.").arg(id, agent->name) << Qt::endl;
    return 0;
}

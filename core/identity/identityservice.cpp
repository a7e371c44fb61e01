// SPDX-License-Identifier: Apache-2.0
#include "identityservice.h"

#include "crypto/cryptoselftest.h"
#include "crypto/digest.h"
#include "inventory/inventoryrules.h"
#include "inventory/inventoryservice.h"
#include "policy/permissionstatement.h"
#include "workflow/requestservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString kMaxTtlKey = QStringLiteral("token_max_ttl_seconds");
const QString kCrlNumberKey = QStringLiteral("crl_number");
const QString kRoot = QStringLiteral("root");
const QString kIntermediate = QStringLiteral("intermediate");
} // namespace

Result<SigningKey>
IdentityService::createSigningKey(QByteArrayView passphrase, KeyPair::Algorithm algorithm, bool rotate)
{
    if (const Status& selfTest = CryptoSelfTest::once(); !selfTest) {
        return selfTest.error();
    }
    auto key = KeyPair::generate(algorithm);
    if (!key) {
        return key.error();
    }
    auto encrypted = key->toEncryptedPem(passphrase);
    if (!encrypted) {
        return encrypted.error();
    }
    SigningKey record;
    record.kid = key->thumbprint();
    record.algorithm = key->jwsAlgorithm();
    record.publicJwk = key->publicJwk();
    record.encryptedKey = encrypted.value();
    record.state = SigningKey::State::Current;
    record.createdAt = m_workspace.now();
    const Status stored = m_workspace.database().transaction([&]() -> Status {
        if (rotate) {
            if (const Status rotated = m_workspace.credentials().rotateSigningKey(record); !rotated) {
                return rotated;
            }
        } else if (auto id = m_workspace.credentials().insertSigningKey(record); !id) {
            return id.error();
        }
        return m_workspace.audit().record(rotate ? QStringLiteral("signing_key.rotated")
                                                 : QStringLiteral("signing_key.created"),
                                          QStringLiteral("signing_key"),
                                          record.kid,
                                          QJsonObject{{QStringLiteral("algorithm"), record.algorithm}});
    });
    if (!stored) {
        return stored.error();
    }
    return m_workspace.credentials().currentSigningKey();
}

Result<SigningKey> IdentityService::ensureSigningKey(QByteArrayView passphrase, KeyPair::Algorithm algorithm)
{
    auto current = m_workspace.credentials().currentSigningKey();
    if (current || current.error().kind != ErrorKind::NotFound) {
        return current;
    }
    return createSigningKey(passphrase, algorithm, false);
}

Result<SigningKey> IdentityService::rotateSigningKey(QByteArrayView passphrase, KeyPair::Algorithm algorithm)
{
    lock(); // the unlocked key is about to stop being current

    // The passphrase must open the current key: a rotation never changes it silently.
    if (auto current = m_workspace.credentials().currentSigningKey()) {
        if (auto opened = KeyPair::fromEncryptedPem(current->encryptedKey, passphrase); !opened) {
            return opened.error();
        }
    }
    return createSigningKey(passphrase, algorithm, true);
}

Result<KeySet> IdentityService::publishedKeys() const
{
    auto keys = m_workspace.credentials().publishedSigningKeys();
    if (!keys) {
        return keys.error();
    }
    KeySet set;
    for (const SigningKey& key : keys.value()) {
        auto pair = KeyPair::fromJwk(key.publicJwk);
        if (!pair) {
            return pair.error();
        }
        set.add(pair.value(), key.kid);
    }
    return set;
}

Result<int> IdentityService::maxTokenTtl() const
{
    auto stored = m_workspace.database().meta(kMaxTtlKey);
    if (!stored) {
        if (stored.error().kind == ErrorKind::NotFound) {
            return TokenIssuer::kDefaultTtlSeconds;
        }
        return stored.error();
    }
    bool ok = false;
    const int seconds = stored->toInt(&ok);
    if (!ok) {
        // A limit that cannot be read is no limit to fall back from: the shortest one applies.
        return Error{ErrorKind::Storage,
                     tr("The workspace's longest token lifetime \"%1\" is not a number, so no token is "
                        "minted. Restore the workspace from a backup.")
                         .arg(stored.value())};
    }
    return qBound(1, seconds, TokenIssuer::kMaxTtlSeconds);
}

Status IdentityService::setMaxTokenTtl(int seconds)
{
    if (seconds < 60 || seconds > TokenIssuer::kMaxTtlSeconds) {
        return Error{ErrorKind::Invalid,
                     tr("The longest token lifetime must be between 60 and %1 seconds.")
                         .arg(TokenIssuer::kMaxTtlSeconds)};
    }
    // A damaged value is replaced; it is recorded as it was stored.
    auto stored = m_workspace.database().metaOr(kMaxTtlKey, QString::number(TokenIssuer::kDefaultTtlSeconds));
    if (!stored) {
        return stored.error();
    }
    bool numeric = false;
    const int previousSeconds = stored->toInt(&numeric);
    const QJsonValue previous = numeric ? QJsonValue(previousSeconds) : QJsonValue(stored.value());
    return m_workspace.database().transaction([&]() -> Status {
        if (const Status s = m_workspace.database().setMeta(kMaxTtlKey, QString::number(seconds)); !s) {
            return s;
        }
        return m_workspace.audit().record(
            QStringLiteral("settings.changed"),
            QStringLiteral("settings"),
            kMaxTtlKey,
            QJsonObject{{QStringLiteral("from"), previous}, {QStringLiteral("to"), seconds}});
    });
}

Result<TokenIssuer::Token> IdentityService::mintToken(const MintRequest& request, QByteArrayView passphrase)
{
    if (const Status& selfTest = CryptoSelfTest::once(); !selfTest) {
        return selfTest.error();
    }
    InventoryService inventory(m_workspace);
    auto agent = inventory.findAgent(request.agent);
    if (!agent) {
        return agent.error();
    }
    if (agent->status != AgentStatus::Active) {
        return Error{ErrorKind::Refused,
                     tr("Agent %1 is %2; only active agents get tokens.")
                         .arg(agent->name, AgentTypes::label(agent->status).toLower())};
    }
    auto record = m_workspace.credentials().currentSigningKey();
    if (!record) {
        return record.error().kind == ErrorKind::NotFound
                   ? Error{ErrorKind::Refused,
                           tr("The workspace has no signing key; create one with \"steward-cli jwks "
                              "rotate\".")}
                   : record.error();
    }
    auto key = openKey(record->encryptedKey, passphrase, m_signingKey);
    if (!key) {
        return key.error();
    }
    // Every token is minted against an approved, live grant: its scope within the grant's
    // statements, its task the grant's, its life within the grant's.
    QList<PermissionStatement> scope;
    QStringList scopeLines;
    for (const QString& line : request.scope) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        auto statement = PermissionStatement::parse(line);
        if (!statement) {
            return Error{ErrorKind::Invalid, tr("Scope \"%1\": %2").arg(line, statement.error().message)};
        }
        scope.append(statement.value());
        scopeLines.append(statement->toString());
    }
    if (scope.isEmpty()) {
        return Error{
            ErrorKind::Invalid,
            tr("A token carries the permission statements it may use: give a scope from the agent's grant.")};
    }
    auto grant =
        RequestService(m_workspace).coveringGrant(agent.value(), scope, request.task, request.grantId);
    if (!grant) {
        return grant.error();
    }
    TokenIssuer::Request mint;
    mint.issuer = m_workspace.trustDomain();
    mint.subject = agent->spiffeId;
    mint.audience = request.audience;
    mint.scope = scopeLines;
    mint.task = request.task.isEmpty() ? grant->task : request.task;
    mint.actor = request.actor;
    mint.now = m_workspace.now();
    const auto maxTtl = maxTokenTtl();
    if (!maxTtl) {
        return maxTtl.error();
    }
    const qint64 grantLeft = mint.now.secsTo(grant->validUntil);
    mint.ttlSeconds = request.ttlSeconds > grantLeft && request.ttlSeconds <= maxTtl.value()
                          ? int(grantLeft)
                          : request.ttlSeconds;
    auto token = TokenIssuer::mint(mint, key.value(), maxTtl.value());
    if (!token) {
        return token.error();
    }
    Credential credential;
    credential.agentId = agent->id;
    credential.kind = CredentialKind::Jwt;
    credential.identifier = token->jti;
    // The digest of the token identifies it in logs without keeping anything that could be replayed.
    credential.fingerprint = QString::fromLatin1(Digest::sha256(token->compact).toHex());
    credential.audience = request.audience;
    credential.scope = scopeLines;
    credential.task = mint.task;
    credential.grantId = grant->id;
    credential.issuerKey = token->kid;
    credential.issuedAt = token->issuedAt;
    credential.expiresAt = token->expiresAt;
    const Status recorded = m_workspace.database().transaction([&]() -> Status {
        if (auto inserted = m_workspace.credentials().insert(credential); !inserted) {
            return inserted.error();
        }
        return m_workspace.audit().record(
            QStringLiteral("token.minted"),
            QStringLiteral("credential"),
            token->jti,
            QJsonObject{{QStringLiteral("agent"), agent->spiffeId},
                        {QStringLiteral("audience"), request.audience},
                        {QStringLiteral("scope"), QJsonArray::fromStringList(request.scope)},
                        {QStringLiteral("task"), request.task},
                        {QStringLiteral("kid"), token->kid},
                        {QStringLiteral("expires_at"), token->expiresAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("token_sha256"), credential.fingerprint}});
    });
    if (!recorded) {
        return recorded.error();
    }
    return token;
}

TokenVerifier::Refusal IdentityService::revocationCheck(const QJsonObject& claims) const
{
    const auto unavailable = [](const Error& error) {
        return TokenVerifier::Refusal{
            QStringLiteral("revocation_unavailable"),
            tr("Whether the token was revoked could not be checked, so it is refused: %1")
                .arg(error.message)};
    };
    auto credential =
        m_workspace.credentials().find(CredentialKind::Jwt, claims.value(QStringLiteral("jti")).toString());
    if (!credential && credential.error().kind != ErrorKind::NotFound) {
        return unavailable(credential.error());
    }
    if (credential && credential->isRevoked()) {
        return {QStringLiteral("revoked"), {}};
    }
    auto agent = m_workspace.agents().bySpiffeId(claims.value(QStringLiteral("sub")).toString());
    if (!agent) {
        if (agent.error().kind != ErrorKind::NotFound) {
            return unavailable(agent.error());
        }
        return {QStringLiteral("unknown_agent"), {}};
    }
    switch (agent->status) {
    case AgentStatus::Active:
        return {};
    case AgentStatus::Suspended:
        return {QStringLiteral("agent_suspended"), {}};
    case AgentStatus::Retired:
        return {QStringLiteral("agent_retired"), {}};
    case AgentStatus::Requested:
    case AgentStatus::Shadow:
        break;
    }
    return {QStringLiteral("agent_inactive"), {}};
}

TokenVerifier::Outcome IdentityService::verifyToken(QByteArrayView token, const QString& audience) const
{
    auto keys = publishedKeys();
    if (!keys) {
        // Without its keys the workspace cannot tell a good token from a forged one: refuse, and
        // say that the keys failed rather than that the token named an unknown one.
        TokenVerifier::Outcome outcome;
        outcome.reason = QStringLiteral("keys_unavailable");
        outcome.detail = tr("The workspace's token keys could not be read, so no token is accepted: %1")
                             .arg(keys.error().message);
        return outcome;
    }
    TokenVerifier::Options options;
    options.issuer = m_workspace.trustDomain();
    options.audience = audience;
    options.now = m_workspace.now();
    options.revocation = [this](const QJsonObject& claims) { return revocationCheck(claims); };
    return TokenVerifier::verify(token, keys.value(), options);
}

Status IdentityService::revokeToken(const QString& jti, const QString& reason)
{
    if (const Status s = InventoryRules::revocationReason(reason); !s) {
        return s;
    }
    return m_workspace.database().transaction([&]() -> Status {
        if (const Status s =
                m_workspace.credentials().revoke(CredentialKind::Jwt, jti, reason, m_workspace.now());
            !s) {
            return s;
        }
        return m_workspace.audit().record(QStringLiteral("token.revoked"),
                                          QStringLiteral("credential"),
                                          jti,
                                          QJsonObject{{QStringLiteral("reason"), reason}});
    });
}

Status IdentityService::initCertificateAuthority(QByteArrayView passphrase)
{
    if (const Status& selfTest = CryptoSelfTest::once(); !selfTest) {
        return selfTest;
    }
    if (m_workspace.credentials().currentAuthority(kRoot)) {
        return Error{
            ErrorKind::Conflict,
            tr("The workspace already has a certificate authority; rotate its intermediate instead.")};
    }
    auto rootKey = KeyPair::generate(KeyPair::Algorithm::Ed25519);
    if (!rootKey) {
        return rootKey.error();
    }
    auto root =
        CertificateAuthority::createRoot(m_workspace.trustDomain(), rootKey.value(), m_workspace.now());
    auto encrypted = rootKey->toEncryptedPem(passphrase);
    if (!root || !encrypted) {
        return !root ? root.error() : encrypted.error();
    }
    return m_workspace.database().transaction([&]() -> Status {
        const Status stored = m_workspace.credentials().replaceAuthority(
            {kRoot, root->toPem(), encrypted.value(), root->notAfter(), m_workspace.now()});
        if (!stored) {
            return stored;
        }
        if (const Status audit = m_workspace.audit().ensureWorkspaceKey(passphrase); !audit) {
            return audit;
        }
        auto auditKeyId = m_workspace.audit().workspaceKeyId();
        if (!auditKeyId) {
            return auditKeyId.error();
        }
        if (const Status logged = m_workspace.audit().record(
                QStringLiteral("ca.created"),
                QStringLiteral("certificate_authority"),
                root->serialHex(),
                QJsonObject{{QStringLiteral("subject"), root->subject()},
                            {QStringLiteral("sha256_fingerprint"), root->fingerprint()},
                            {QStringLiteral("audit_key_id"), auditKeyId.value()}});
            !logged) {
            return logged;
        }
        return rotateIntermediate(passphrase);
    });
}

Status IdentityService::rotateIntermediate(QByteArrayView passphrase)
{
    lock(); // the unlocked intermediate is about to stop being current

    auto rootRecord = m_workspace.credentials().currentAuthority(kRoot);
    if (!rootRecord) {
        return rootRecord.error();
    }
    auto rootKey = KeyPair::fromEncryptedPem(rootRecord->encryptedKey, passphrase);
    auto root = Certificate::fromPem(rootRecord->certificatePem);
    if (!rootKey || !root) {
        return !rootKey ? rootKey.error() : root.error();
    }
    auto key = KeyPair::generate(KeyPair::Algorithm::Ed25519);
    if (!key) {
        return key.error();
    }
    auto intermediate = CertificateAuthority::createIntermediate(
        m_workspace.trustDomain(), root.value(), rootKey.value(), key.value(), m_workspace.now());
    auto encrypted = key->toEncryptedPem(passphrase);
    if (!intermediate || !encrypted) {
        return !intermediate ? intermediate.error() : encrypted.error();
    }
    return m_workspace.database().transaction([&]() -> Status {
        if (const Status s = m_workspace.credentials().replaceAuthority({kIntermediate,
                                                                         intermediate->toPem(),
                                                                         encrypted.value(),
                                                                         intermediate->notAfter(),
                                                                         m_workspace.now()});
            !s) {
            return s;
        }
        return m_workspace.audit().record(
            QStringLiteral("ca.intermediate_issued"),
            QStringLiteral("certificate_authority"),
            intermediate->serialHex(),
            QJsonObject{
                {QStringLiteral("subject"), intermediate->subject()},
                {QStringLiteral("sha256_fingerprint"), intermediate->fingerprint()},
                {QStringLiteral("not_after"), intermediate->notAfter().toUTC().toString(Qt::ISODateWithMs)}});
    });
}

Result<IdentityService::Chain> IdentityService::chain() const
{
    auto rootRecord = m_workspace.credentials().currentAuthority(kRoot);
    auto intermediateRecord = m_workspace.credentials().currentAuthority(kIntermediate);
    if (!rootRecord || !intermediateRecord) {
        return !rootRecord ? rootRecord.error() : intermediateRecord.error();
    }
    auto root = Certificate::fromPem(rootRecord->certificatePem);
    auto intermediate = Certificate::fromPem(intermediateRecord->certificatePem);
    if (!root || !intermediate) {
        return !root ? root.error() : intermediate.error();
    }
    return Chain{root.value(), intermediate.value()};
}

Result<QList<Certificate>> IdentityService::issuingIntermediates() const
{
    auto records = m_workspace.credentials().issuingAuthorities(kIntermediate);
    if (!records) {
        return records.error();
    }
    QList<Certificate> intermediates;
    for (const auto& record : records.value()) {
        auto certificate = Certificate::fromPem(record.certificatePem);
        if (!certificate) {
            return certificate.error();
        }
        intermediates.append(certificate.value());
    }
    return intermediates;
}

Result<Certificate> IdentityService::issueSvid(const QString& agentKey,
                                               const QByteArray& csr,
                                               int ttlSeconds,
                                               bool serverAuth,
                                               QByteArrayView passphrase)
{
    return issue(
        agentKey,
        [&csr](const Agent& agent) -> Result<KeyPair> {
            auto request = CertificateRequest::parse(csr);
            if (!request) {
                return request.error();
            }
            return CertificateAuthority::checkRequest(request.value(), agent.spiffeId);
        },
        ttlSeconds,
        serverAuth,
        passphrase);
}

Result<QByteArray> IdentityService::issueSvidBundle(const QString& agentKey,
                                                    int ttlSeconds,
                                                    bool serverAuth,
                                                    QByteArrayView passphrase,
                                                    QByteArrayView bundlePassphrase)
{
    if (bundlePassphrase.size() < 8) {
        return Error{ErrorKind::Invalid, tr("The bundle passphrase must be at least 8 characters.")};
    }
    std::optional<KeyPair> generated;
    auto certificate = issue(
        agentKey,
        [&generated](const Agent&) -> Result<KeyPair> {
            auto key = KeyPair::generate(KeyPair::Algorithm::Ed25519);
            if (key) {
                generated = key.value();
            }
            return key;
        },
        ttlSeconds,
        serverAuth,
        passphrase);
    if (!certificate) {
        return certificate.error();
    }
    auto chainCertificates = chain();
    if (!chainCertificates) {
        return chainCertificates.error();
    }
    return CertificateAuthority::pkcs12(*generated,
                                        certificate.value(),
                                        {chainCertificates->intermediate, chainCertificates->root},
                                        bundlePassphrase);
}

Result<Certificate> IdentityService::issue(const QString& agentKey,
                                           const std::function<Result<KeyPair>(const Agent&)>& subjectKeyFor,
                                           int ttlSeconds,
                                           bool serverAuth,
                                           QByteArrayView passphrase)
{
    if (const Status& selfTest = CryptoSelfTest::once(); !selfTest) {
        return selfTest.error();
    }
    InventoryService inventory(m_workspace);
    auto agent = inventory.findAgent(agentKey);
    if (!agent) {
        return agent.error();
    }
    if (agent->status != AgentStatus::Active) {
        return Error{ErrorKind::Refused,
                     tr("Agent %1 is %2; only active agents get an identity.")
                         .arg(agent->name, AgentTypes::label(agent->status).toLower())};
    }
    auto subjectKey = subjectKeyFor(agent.value());
    if (!subjectKey) {
        return subjectKey.error();
    }
    auto issuer = openIntermediate(passphrase);
    if (!issuer) {
        return issuer.error();
    }
    CertificateAuthority::SvidRequest svid{
        agent->spiffeId, agent->name, subjectKey.value(), ttlSeconds, serverAuth, m_workspace.now()};
    auto certificate = CertificateAuthority::issueSvid(svid, issuer->certificate, issuer->key);
    if (!certificate) {
        return certificate.error();
    }
    Credential credential;
    credential.agentId = agent->id;
    credential.kind = CredentialKind::X509Svid;
    credential.identifier = certificate->serialHex();
    credential.fingerprint = certificate->fingerprint();
    credential.issuerKey = issuer->certificate.serialHex();
    credential.issuedAt = m_workspace.now();
    credential.expiresAt = certificate->notAfter();
    credential.certificatePem = certificate->toPem();
    const Status recorded = m_workspace.database().transaction([&]() -> Status {
        if (auto inserted = m_workspace.credentials().insert(credential); !inserted) {
            return inserted.error();
        }
        return m_workspace.audit().record(
            QStringLiteral("svid.issued"),
            QStringLiteral("credential"),
            credential.identifier,
            QJsonObject{
                {QStringLiteral("agent"), agent->spiffeId},
                {QStringLiteral("sha256_fingerprint"), credential.fingerprint},
                {QStringLiteral("issuer"), credential.issuerKey},
                {QStringLiteral("not_after"), credential.expiresAt.toUTC().toString(Qt::ISODateWithMs)}});
    });
    if (!recorded) {
        return recorded.error();
    }
    return certificate;
}

Result<Certificate>
IdentityService::renewSvid(const QString& serialHex, int ttlSeconds, QByteArrayView passphrase)
{
    const QString serial = serialHex.toUpper();
    auto record = m_workspace.credentials().find(CredentialKind::X509Svid, serial);
    if (!record) {
        return record.error();
    }
    if (record->isRevoked()) {
        return Error{ErrorKind::Refused,
                     tr("SVID %1 is revoked; its key may be compromised, so issue a new SVID from a new CSR.")
                         .arg(serial)};
    }
    auto pem = m_workspace.credentials().certificatePem(serial);
    if (!pem) {
        return pem.error();
    }
    if (pem->isEmpty()) {
        return Error{
            ErrorKind::Refused,
            tr("SVID %1 was issued before Steward kept certificates, so its key is unknown; issue a new "
               "SVID from the agent's CSR.")
                .arg(serial)};
    }
    auto previous = Certificate::fromPem(pem.value());
    if (!previous) {
        return previous.error();
    }
    const QStringList sans = previous->uriSans();
    if (sans.size() != 1) {
        return Error{ErrorKind::Refused, tr("SVID %1 does not name exactly one SPIFFE ID.").arg(serial)};
    }
    const qint64 agentId = record->agentId;
    return issue(
        sans.constFirst(),
        [&previous, agentId, serial](const Agent& agent) -> Result<KeyPair> {
            if (agent.id != agentId) {
                return Error{ErrorKind::Refused,
                             tr("SVID %1 names %2, which now belongs to another agent; issue a new one.")
                                 .arg(serial, agent.spiffeId)};
            }
            return previous->publicKey();
        },
        ttlSeconds,
        previous->allowsServerAuth(),
        passphrase);
}

Status IdentityService::revokeSvid(const QString& serialHex, const QString& reason)
{
    if (const Status s = InventoryRules::revocationReason(reason); !s) {
        return s;
    }
    return m_workspace.database().transaction([&]() -> Status {
        if (const Status s = m_workspace.credentials().revoke(
                CredentialKind::X509Svid, serialHex.toUpper(), reason, m_workspace.now());
            !s) {
            return s;
        }
        return m_workspace.audit().record(QStringLiteral("svid.revoked"),
                                          QStringLiteral("credential"),
                                          serialHex.toUpper(),
                                          QJsonObject{{QStringLiteral("reason"), reason}});
    });
}

Result<QByteArray> IdentityService::crl(QByteArrayView passphrase)
{
    auto issuer = openIntermediate(passphrase);
    if (!issuer) {
        return issuer.error();
    }
    return crlOf(issuer.value());
}

Result<QList<QByteArray>> IdentityService::crls(QByteArrayView passphrase)
{
    auto current = crl(passphrase);
    if (!current) {
        return current.error();
    }
    QList<QByteArray> all{current.value()};
    auto records = m_workspace.credentials().issuingAuthorities(kIntermediate);
    if (!records) {
        return records.error();
    }
    // issuingAuthorities() lists the current one first; the rest is the one it replaced.
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CredentialRepository::Authority& record = records->at(i);
        if (record.notAfter <= m_workspace.now()) {
            continue; // nothing it issued can still be used
        }
        if (passphrase.isEmpty()) {
            return Error{ErrorKind::Refused,
                         tr("The CRL of the intermediate replaced at the last rotation needs the "
                            "workspace passphrase; unlocking keeps only the current one.")};
        }
        auto issuer = openIssuer(record, passphrase, std::nullopt);
        if (!issuer) {
            return issuer.error();
        }
        auto previous = crlOf(issuer.value());
        if (!previous) {
            return previous.error();
        }
        all.append(previous.value());
    }
    return all;
}

Result<QByteArray> IdentityService::crlOf(const Issuer& issuer)
{
    CredentialRepository::Filter filter;
    filter.kind = CredentialKind::X509Svid;
    filter.status = CredentialRepository::Filter::Status::Revoked;
    filter.now = m_workspace.now();
    auto revoked = m_workspace.credentials().list(filter);
    if (!revoked) {
        return revoked.error();
    }
    QList<CertificateAuthority::Revoked> entries;
    for (const Credential& credential : revoked.value()) {
        // Only SVIDs of this intermediate belong on its CRL, and only while they could still be used.
        if (credential.issuerKey == issuer.certificate.serialHex() &&
            !credential.isExpired(m_workspace.now())) {
            entries.append({credential.identifier, credential.revokedAt});
        }
    }
    // One counter for every issuer: each issuer's CRL numbers still only grow (RFC 5280, 5.2.3).
    // It is taken under the write lock, so two exports at once never share a number; a number
    // taken by an export that then fails is skipped, which the RFC allows.
    qint64 number = 0;
    const Status numbered = m_workspace.database().transaction([&]() -> Status {
        auto stored = m_workspace.database().metaOr(kCrlNumberKey, QStringLiteral("0"));
        if (!stored) {
            return stored.error();
        }
        bool ok = false;
        const qint64 last = stored->toLongLong(&ok);
        if (!ok || last < 0) {
            return Error{ErrorKind::Storage,
                         tr("The workspace's last CRL number \"%1\" is damaged, so no CRL can be numbered "
                            "after it. Restore the workspace from a backup.")
                             .arg(stored.value())};
        }
        number = last + 1;
        return m_workspace.database().setMeta(kCrlNumberKey, QString::number(number));
    });
    if (!numbered) {
        return numbered.error();
    }
    return CertificateAuthority::buildCrl(issuer.certificate, issuer.key, entries, number, m_workspace.now());
}

Result<KeyPair> IdentityService::openKey(const QByteArray& encrypted,
                                         QByteArrayView passphrase,
                                         const std::optional<KeyPair>& unlocked) const
{
    if (passphrase.isEmpty() && unlocked) {
        return *unlocked;
    }
    return KeyPair::fromEncryptedPem(encrypted, passphrase);
}

Status IdentityService::unlock(QByteArrayView passphrase)
{
    lock();
    if (auto record = m_workspace.credentials().currentSigningKey()) {
        auto key = KeyPair::fromEncryptedPem(record->encryptedKey, passphrase);
        if (!key) {
            return key.error();
        }
        m_signingKey = key.value();
    }
    if (auto record = m_workspace.credentials().currentAuthority(QStringLiteral("intermediate"))) {
        auto key = KeyPair::fromEncryptedPem(record->encryptedKey, passphrase);
        if (!key) {
            lock();
            return key.error();
        }
        m_intermediateKey = key.value();
    }
    m_unlocked = true;
    return {};
}

void IdentityService::lock()
{
    // Dropping the last reference frees the OpenSSL key, which clears its private part.
    m_signingKey.reset();
    m_intermediateKey.reset();
    m_unlocked = false;
}

Result<IdentityService::Issuer> IdentityService::openIntermediate(QByteArrayView passphrase) const
{
    auto record = m_workspace.credentials().currentAuthority(kIntermediate);
    if (!record) {
        return record.error();
    }
    return openIssuer(record.value(), passphrase, m_intermediateKey);
}

Result<IdentityService::Issuer> IdentityService::openIssuer(const CredentialRepository::Authority& record,
                                                            QByteArrayView passphrase,
                                                            const std::optional<KeyPair>& unlocked) const
{
    auto key = openKey(record.encryptedKey, passphrase, unlocked);
    auto certificate = Certificate::fromPem(record.certificatePem);
    if (!key || !certificate) {
        return !key ? key.error() : certificate.error();
    }
    return Issuer{certificate.value(), key.value()};
}

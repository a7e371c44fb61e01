// SPDX-License-Identifier: Apache-2.0
#include "credentialrepository.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const QString kKeyColumns =
    QStringLiteral("id, kid, algorithm, public_jwk, encrypted_key, state, created_at, retired_at");
const QString kCredentialColumns =
    QStringLiteral("c.id, c.agent_id, a.name, c.kind, c.identifier, c.fingerprint, c.audience, c.scope, "
                   "c.task, c.issuer_key,"
                   " c.issued_at, c.expires_at, c.revoked_at, c.revocation_reason, c.grant_id");

QString stateKey(SigningKey::State state)
{
    switch (state) {
    case SigningKey::State::Current:
        return QStringLiteral("current");
    case SigningKey::State::Previous:
        return QStringLiteral("previous");
    case SigningKey::State::Retired:
        return QStringLiteral("retired");
    }
    Q_UNREACHABLE();
}

const QString kAuthorityColumns = QStringLiteral("role, certificate, encrypted_key, not_after, created_at");

CredentialRepository::Authority authorityFrom(const QSqlQuery& query)
{
    return {query.value(0).toString(),
            query.value(1).toString().toLatin1(),
            query.value(2).toString().toLatin1(),
            Database::fromStored(query.value(3)),
            Database::fromStored(query.value(4))};
}

SigningKey readKey(const QSqlQuery& query)
{
    SigningKey key;
    key.id = query.value(0).toLongLong();
    key.kid = query.value(1).toString();
    key.algorithm = query.value(2).toString();
    key.publicJwk = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    key.encryptedKey = query.value(4).toString().toLatin1();
    const QString state = query.value(5).toString();
    key.state = state == QStringLiteral("current")    ? SigningKey::State::Current
                : state == QStringLiteral("previous") ? SigningKey::State::Previous
                                                      : SigningKey::State::Retired;
    key.createdAt = Database::fromStored(query.value(6));
    key.retiredAt = Database::fromStored(query.value(7));
    return key;
}

Credential readCredential(const QSqlQuery& query)
{
    Credential c;
    c.id = query.value(0).toLongLong();
    c.agentId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    c.agentName = query.value(2).toString();
    c.kind = CredentialKinds::fromKey(query.value(3).toString()).value_or(CredentialKind::StaticApiKey);
    c.identifier = query.value(4).toString();
    c.fingerprint = query.value(5).toString();
    c.audience = query.value(6).toString();
    c.scope = query.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.task = query.value(8).toString();
    c.issuerKey = query.value(9).toString();
    c.issuedAt = Database::fromStored(query.value(10));
    c.expiresAt = Database::fromStored(query.value(11));
    c.revokedAt = Database::fromStored(query.value(12));
    c.revocationReason = query.value(13).toString();
    c.grantId = query.value(14).isNull() ? 0 : query.value(14).toLongLong();
    return c;
}

} // namespace

Result<qint64> CredentialRepository::insertSigningKey(const SigningKey& key)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO signing_keys (kid, algorithm, public_jwk, encrypted_key, state, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(key.kid);
    query.addBindValue(key.algorithm);
    query.addBindValue(QString::fromUtf8(QJsonDocument(key.publicJwk).toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromLatin1(key.encryptedKey));
    query.addBindValue(stateKey(key.state));
    query.addBindValue(Database::toStored(key.createdAt));
    if (!query.exec()) {
        return Database::queryError(query, tr("save the signing key"));
    }
    return query.lastInsertId().toLongLong();
}

Result<SigningKey> CredentialRepository::currentSigningKey() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM signing_keys WHERE state = 'current'").arg(kKeyColumns))) {
        return Database::queryError(query, tr("read the signing key"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("The workspace has no signing key yet.")};
    }
    return readKey(query);
}

Result<QList<SigningKey>> CredentialRepository::publishedSigningKeys() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
                        "SELECT %1 FROM signing_keys WHERE state IN ('current', 'previous') ORDER BY id DESC")
                        .arg(kKeyColumns))) {
        return Database::queryError(query, tr("read the signing keys"));
    }
    QList<SigningKey> keys;
    while (query.next()) {
        keys.append(readKey(query));
    }
    return keys;
}

Status CredentialRepository::rotateSigningKey(const SigningKey& next)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "UPDATE signing_keys SET state = 'retired', retired_at = ? WHERE state = 'previous'"));
        query.addBindValue(Database::toStored(next.createdAt));
        if (!query.exec()) {
            return Database::queryError(query, tr("retire the previous signing key"));
        }
        if (!query.exec(
                QStringLiteral("UPDATE signing_keys SET state = 'previous' WHERE state = 'current'"))) {
            return Database::queryError(query, tr("keep the current signing key as previous"));
        }
        auto inserted = insertSigningKey(next);
        return inserted ? Status() : Status(inserted.error());
    });
}

Result<CredentialRepository::Authority> CredentialRepository::currentAuthority(const QString& role) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM certificate_authorities WHERE role = ? AND state = 'current'")
            .arg(kAuthorityColumns));
    query.addBindValue(role);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the certificate authority"));
    }
    if (!query.next()) {
        return Error{
            ErrorKind::NotFound,
            tr("The workspace has no certificate authority yet; create it with \"steward-cli ca init\".")};
    }
    return authorityFrom(query);
}

Result<QList<CredentialRepository::Authority>>
CredentialRepository::issuingAuthorities(const QString& role) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM certificate_authorities WHERE role = ? AND state IN "
                                 "('current', 'previous') ORDER BY state = 'current' DESC")
                      .arg(kAuthorityColumns));
    query.addBindValue(role);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the certificate authority"));
    }
    QList<Authority> authorities;
    while (query.next()) {
        authorities.append(authorityFrom(query));
    }
    return authorities;
}

Status CredentialRepository::replaceAuthority(const Authority& authority)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "UPDATE certificate_authorities SET state = 'retired' WHERE role = ? AND state = 'previous'"));
        query.addBindValue(authority.role);
        if (!query.exec()) {
            return Database::queryError(query, tr("retire the previous certificate authority"));
        }
        query.prepare(QStringLiteral(
            "UPDATE certificate_authorities SET state = 'previous' WHERE role = ? AND state = 'current'"));
        query.addBindValue(authority.role);
        if (!query.exec()) {
            return Database::queryError(query, tr("keep the current certificate authority as previous"));
        }
        query.prepare(QStringLiteral("INSERT INTO certificate_authorities (role, certificate, encrypted_key, "
                                     "state, not_after, created_at)"
                                     " VALUES (?, ?, ?, 'current', ?, ?)"));
        query.addBindValue(authority.role);
        query.addBindValue(QString::fromLatin1(authority.certificatePem));
        query.addBindValue(QString::fromLatin1(authority.encryptedKey));
        query.addBindValue(Database::toStored(authority.notAfter));
        query.addBindValue(Database::toStored(authority.createdAt));
        if (!query.exec()) {
            return Database::queryError(query, tr("save the certificate authority"));
        }
        return {};
    });
}

Result<qint64> CredentialRepository::insert(const Credential& c)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO credentials (agent_id, kind, identifier, fingerprint, audience, scope, task, "
        "issuer_key, issued_at, expires_at, revoked_at, revocation_reason, certificate, grant_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', ?, ?)"));
    query.addBindValue(c.agentId ? QVariant(c.agentId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(CredentialKinds::key(c.kind));
    query.addBindValue(Database::text(c.identifier));
    query.addBindValue(Database::text(c.fingerprint));
    query.addBindValue(Database::text(c.audience));
    query.addBindValue(Database::text(c.scope.join(QLatin1Char('\n'))));
    query.addBindValue(Database::text(c.task));
    query.addBindValue(Database::text(c.issuerKey));
    query.addBindValue(Database::toStored(c.issuedAt));
    query.addBindValue(Database::toStored(c.expiresAt));
    query.addBindValue(Database::text(QString::fromLatin1(c.certificatePem)));
    query.addBindValue(c.grantId ? QVariant(c.grantId) : QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec()) {
        return Database::queryError(query, tr("record the credential"));
    }
    return query.lastInsertId().toLongLong();
}

Result<Credential> CredentialRepository::find(CredentialKind kind, const QString& identifier) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM credentials c LEFT JOIN agents a ON a.id = c.agent_id"
                                 " WHERE c.kind = ? AND c.identifier = ?")
                      .arg(kCredentialColumns));
    query.addBindValue(CredentialKinds::key(kind));
    query.addBindValue(identifier);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the credential"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound,
                     tr("No %1 credential %2 was issued in this workspace.")
                         .arg(CredentialKinds::key(kind), identifier)};
    }
    return readCredential(query);
}

Result<QByteArray> CredentialRepository::certificatePem(const QString& serialHex) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT certificate FROM credentials WHERE kind = 'x509-svid' AND identifier = ?"));
    query.addBindValue(serialHex);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the certificate"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("No SVID has the serial number %1.").arg(serialHex)};
    }
    return query.value(0).toString().toLatin1();
}

Status CredentialRepository::revoke(CredentialKind kind,
                                    const QString& identifier,
                                    const QString& reason,
                                    const QDateTime& at)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE credentials SET revoked_at = ?, revocation_reason = ?"
                                 " WHERE kind = ? AND identifier = ? AND revoked_at IS NULL"));
    query.addBindValue(Database::toStored(at));
    query.addBindValue(Database::text(reason));
    query.addBindValue(CredentialKinds::key(kind));
    query.addBindValue(identifier);
    if (!query.exec()) {
        return Database::queryError(query, tr("revoke the credential"));
    }
    if (query.numRowsAffected() == 0) {
        auto existing = find(kind, identifier);
        if (!existing) {
            return existing.error();
        }
        return Error{ErrorKind::Refused, tr("Credential %1 was already revoked.").arg(identifier)};
    }
    return {};
}

Result<int>
CredentialRepository::revokeAllForAgent(qint64 agentId, const QString& reason, const QDateTime& at)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE credentials SET revoked_at = ?, revocation_reason = ?"
        " WHERE agent_id = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)"));
    query.addBindValue(Database::toStored(at));
    query.addBindValue(Database::text(reason));
    query.addBindValue(agentId);
    query.addBindValue(Database::toStored(at));
    if (!query.exec()) {
        return Database::queryError(query, tr("revoke the agent's credentials"));
    }
    return query.numRowsAffected();
}

Result<QList<Credential>> CredentialRepository::list(const Filter& filter) const
{
    QStringList terms;
    QVariantList values;
    if (filter.agentId != 0) {
        terms << QStringLiteral("c.agent_id = ?");
        values << filter.agentId;
    }
    if (filter.kind) {
        terms << QStringLiteral("c.kind = ?");
        values << CredentialKinds::key(*filter.kind);
    }
    const QVariant now = Database::toStored(filter.now);
    switch (filter.status) {
    case Filter::Status::Any:
        break;
    case Filter::Status::Active:
        terms << QStringLiteral("c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > ?)");
        values << now;
        break;
    case Filter::Status::Expired:
        terms << QStringLiteral("c.revoked_at IS NULL AND c.expires_at <= ?");
        values << now;
        break;
    case Filter::Status::Revoked:
        terms << QStringLiteral("c.revoked_at IS NOT NULL");
        break;
    }
    if (filter.expiringWithinSeconds >= 0) {
        terms << QStringLiteral("c.revoked_at IS NULL AND c.expires_at > ? AND c.expires_at <= ?");
        values << now << Database::toStored(filter.now.addSecs(filter.expiringWithinSeconds));
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM credentials c LEFT JOIN agents a ON a.id = c.agent_id%2"
                                 " ORDER BY c.issued_at DESC, c.id DESC LIMIT ?")
                      .arg(kCredentialColumns,
                           terms.isEmpty()
                               ? QString()
                               : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "))));
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    query.addBindValue(filter.limit);
    if (!query.exec()) {
        return Database::queryError(query, tr("list the credentials"));
    }
    QList<Credential> credentials;
    while (query.next()) {
        credentials.append(readCredential(query));
    }
    return credentials;
}

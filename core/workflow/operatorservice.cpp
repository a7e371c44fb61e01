// SPDX-License-Identifier: Apache-2.0
#include "operatorservice.h"

#include "inventory/inventoryrules.h"
#include "workspace/workspace.h"

#include <QRegularExpression>

Result<Operator> OperatorService::current() const
{
    auto op = m_workspace.operators().byUsername(m_workspace.operatorName());
    if (!op && op.error().kind == ErrorKind::NotFound) {
        return Error{ErrorKind::Refused,
                     tr("%1 is not an operator of this workspace; an admin adds operators with \"steward-cli "
                        "operator add\".")
                         .arg(m_workspace.operatorName())};
    }
    return op;
}

Status OperatorService::require(OperatorRole role) const
{
    auto op = current();
    if (!op) {
        return op.error();
    }
    if (static_cast<int>(op->role) < static_cast<int>(role)) {
        return Error{
            ErrorKind::Refused,
            tr("%1 has the %2 role; this needs the %3 role.")
                .arg(op->username, OperatorRepository::roleKey(op->role), OperatorRepository::roleKey(role))};
    }
    return {};
}

Result<Operator> OperatorService::add(const QString& username,
                                      const QString& displayName,
                                      const QString& email,
                                      OperatorRole role)
{
    if (const Status admin = require(OperatorRole::Admin); !admin) {
        return admin.error();
    }
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_.-]{0,63}$"));
    if (!name.match(username).hasMatch()) {
        return Error{
            ErrorKind::Invalid,
            tr("An operator name is a login name: lower-case letters, digits, _ . and -, starting with "
               "a letter or _.")};
    }
    if (!email.isEmpty()) {
        if (const Status valid = InventoryRules::ownerEmail(email); !valid) {
            return valid.error();
        }
    }
    if (m_workspace.operators().byUsername(username)) {
        return Error{ErrorKind::Conflict, tr("%1 is already an operator.").arg(username)};
    }
    Operator op;
    op.username = username;
    op.displayName = displayName.trimmed().isEmpty() ? username : displayName.trimmed();
    op.email = email.trimmed().toLower();
    op.role = role;
    op.createdAt = m_workspace.now();
    const Status added = m_workspace.database().transaction([&]() -> Status {
        auto id = m_workspace.operators().insert(op);
        if (!id) {
            return id.error();
        }
        op.id = id.value();
        auto logged = m_workspace.audit().append(
            {QStringLiteral("operator.added"),
             QStringLiteral("operator"),
             username,
             QJsonObject{{QStringLiteral("role"), OperatorRepository::roleKey(role)},
                         {QStringLiteral("email"), op.email},
                         {QStringLiteral("display_name"), op.displayName}}});
        return logged ? Status() : Status(logged.error());
    });
    if (!added) {
        return added.error();
    }
    return op;
}

Result<Operator> OperatorService::enroll(QByteArrayView passphrase)
{
    auto op = current();
    if (!op) {
        return op.error();
    }
    if (!op->keyId.isEmpty()) {
        return Error{ErrorKind::Conflict, tr("%1 already has a signing key.").arg(op->username)};
    }
    if (passphrase.size() < kMinPassphraseLength) {
        return Error{ErrorKind::Invalid,
                     tr("Your signing passphrase must be at least %1 characters.").arg(kMinPassphraseLength)};
    }
    auto key = KeyPair::generate(KeyPair::Algorithm::Ed25519);
    if (!key) {
        return key.error();
    }
    auto encrypted = key->toEncryptedPem(passphrase);
    if (!encrypted) {
        return encrypted.error();
    }
    const Status enrolled = m_workspace.database().transaction([&]() -> Status {
        if (const Status s =
                m_workspace.operators().setKey(op->username, key->thumbprint(), encrypted.value());
            !s) {
            return s;
        }
        if (const Status recorded = m_workspace.audit().recordKey(key.value(), op->username); !recorded) {
            return recorded;
        }
        // The enrolment is itself the first entry signed with the new key.
        m_workspace.audit().setSigner(key.value());
        auto logged = m_workspace.audit().append(
            {QStringLiteral("operator.key_enrolled"),
             QStringLiteral("operator"),
             op->username,
             QJsonObject{{QStringLiteral("key_id"), key->thumbprint()},
                         {QStringLiteral("public_key"), QString::fromLatin1(key->toPublicPem())}}});
        return logged ? Status() : Status(logged.error());
    });
    if (!enrolled) {
        m_workspace.audit().setSigner(std::nullopt);
        return enrolled.error();
    }
    return m_workspace.operators().byUsername(op->username);
}

Result<KeyPair> OperatorService::unlock(QByteArrayView passphrase)
{
    auto op = current();
    if (!op) {
        return op.error();
    }
    if (op->keyId.isEmpty()) {
        return Error{ErrorKind::Refused,
                     tr("%1 has no signing key yet; create it with \"steward-cli operator enroll\".")
                         .arg(op->username)};
    }
    auto key = KeyPair::fromEncryptedPem(op->encryptedKey, passphrase);
    if (!key) {
        return Error{ErrorKind::Refused, tr("Your signing passphrase does not open your key.")};
    }
    m_workspace.audit().setSigner(key.value());
    return key;
}

// SPDX-License-Identifier: Apache-2.0
#include "operatorrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {

const QString kColumns =
    QStringLiteral("id, username, display_name, role, created_at, email, key_id, encrypted_key");

Operator readOperator(const QSqlQuery& query)
{
    Operator op;
    op.id = query.value(0).toLongLong();
    op.username = query.value(1).toString();
    op.displayName = query.value(2).toString();
    op.role = OperatorRepository::roleFromKey(query.value(3).toString()).value_or(OperatorRole::Viewer);
    op.createdAt = Database::fromStored(query.value(4));
    op.email = query.value(5).toString();
    op.keyId = query.value(6).toString();
    op.encryptedKey = query.value(7).toString().toLatin1();
    return op;
}

} // namespace

QString OperatorRepository::roleKey(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Viewer:
        return QStringLiteral("viewer");
    case OperatorRole::Approver:
        return QStringLiteral("approver");
    case OperatorRole::Admin:
        return QStringLiteral("admin");
    }
    Q_UNREACHABLE();
}

std::optional<OperatorRole> OperatorRepository::roleFromKey(const QString& key)
{
    for (OperatorRole role : {OperatorRole::Viewer, OperatorRole::Approver, OperatorRole::Admin}) {
        if (roleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

Result<qint64> OperatorRepository::insert(const Operator& op)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO operators (username, display_name, role, created_at, email) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(Database::text(op.username));
    query.addBindValue(Database::text(op.displayName));
    query.addBindValue(roleKey(op.role));
    query.addBindValue(Database::toStored(op.createdAt));
    query.addBindValue(Database::text(op.email));
    if (!query.exec()) {
        return Database::queryError(query, tr("save the operator"));
    }
    return query.lastInsertId().toLongLong();
}

Result<Operator> OperatorRepository::byUsername(const QString& username) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM operators WHERE username = ?").arg(kColumns));
    query.addBindValue(username);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the operator"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("There is no operator %1.").arg(username)};
    }
    return readOperator(query);
}

Result<QList<Operator>> OperatorRepository::list() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM operators ORDER BY username").arg(kColumns))) {
        return Database::queryError(query, tr("list the operators"));
    }
    QList<Operator> ops;
    while (query.next()) {
        ops.append(readOperator(query));
    }
    return ops;
}

Status
OperatorRepository::setKey(const QString& username, const QString& keyId, const QByteArray& encryptedKey)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE operators SET key_id = ?, encrypted_key = ? WHERE username = ?"));
    query.addBindValue(keyId);
    query.addBindValue(QString::fromLatin1(encryptedKey));
    query.addBindValue(username);
    if (!query.exec()) {
        return Database::queryError(query, tr("save the operator's key"));
    }
    if (query.numRowsAffected() == 0) {
        return Error{ErrorKind::NotFound, tr("There is no operator %1.").arg(username)};
    }
    return {};
}

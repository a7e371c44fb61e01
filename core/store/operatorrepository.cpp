// SPDX-License-Identifier: Apache-2.0
#include "operatorrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {

Operator readOperator(const QSqlQuery& query)
{
    Operator op;
    op.id = query.value(0).toLongLong();
    op.username = query.value(1).toString();
    op.displayName = query.value(2).toString();
    op.role = OperatorRepository::roleFromKey(query.value(3).toString()).value_or(OperatorRole::Viewer);
    op.createdAt = Database::fromStored(query.value(4));
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
        "INSERT INTO operators (username, display_name, role, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(Database::text(op.username));
    query.addBindValue(Database::text(op.displayName));
    query.addBindValue(roleKey(op.role));
    query.addBindValue(Database::toStored(op.createdAt));
    if (!query.exec()) {
        return Database::queryError(query, tr("save the operator"));
    }
    return query.lastInsertId().toLongLong();
}

Result<Operator> OperatorRepository::byUsername(const QString& username) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT id, username, display_name, role, created_at FROM operators WHERE username = ?"));
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
    if (!query.exec(QStringLiteral(
            "SELECT id, username, display_name, role, created_at FROM operators ORDER BY username"))) {
        return Database::queryError(query, tr("list the operators"));
    }
    QList<Operator> ops;
    while (query.next()) {
        ops.append(readOperator(query));
    }
    return ops;
}

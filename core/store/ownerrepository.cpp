// SPDX-License-Identifier: Apache-2.0
#include "ownerrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral("id, name, email, team, created_at");

Owner readOwner(const QSqlQuery& query)
{
    Owner owner;
    owner.id = query.value(0).toLongLong();
    owner.name = query.value(1).toString();
    owner.email = query.value(2).toString();
    owner.team = query.value(3).toString();
    owner.createdAt = Database::fromStored(query.value(4));
    return owner;
}

} // namespace

Result<qint64> OwnerRepository::insert(const Owner& owner)
{
    auto statement = m_db.statement(
        QStringLiteral("INSERT INTO owners (name, email, team, created_at) VALUES (?, ?, ?, ?)"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = *statement.value();
    query.addBindValue(Database::text(owner.name));
    query.addBindValue(Database::text(owner.email));
    query.addBindValue(Database::text(owner.team));
    query.addBindValue(Database::toStored(owner.createdAt));
    if (!query.exec()) {
        return Database::queryError(query, tr("save the owner"));
    }
    return query.lastInsertId().toLongLong();
}

Result<Owner> OwnerRepository::byId(qint64 id) const
{
    return fetchOne(QStringLiteral("id = ?"), id);
}

Result<Owner> OwnerRepository::byEmail(const QString& email) const
{
    return fetchOne(QStringLiteral("lower(email) = lower(?)"), email);
}

Result<Owner> OwnerRepository::fetchOne(const QString& where, const QVariant& value) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM owners WHERE %2").arg(kColumns, where));
    query.addBindValue(value);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the owner"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("There is no owner %1.").arg(value.toString())};
    }
    return readOwner(query);
}

Result<QList<Owner>> OwnerRepository::list() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM owners ORDER BY team, name, email").arg(kColumns))) {
        return Database::queryError(query, tr("list the owners"));
    }
    QList<Owner> owners;
    while (query.next()) {
        owners.append(readOwner(query));
    }
    return owners;
}

Result<QHash<qint64, qint64>> OwnerRepository::agentCounts() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT owner_id, COUNT(*) FROM agents WHERE owner_id IS NOT NULL GROUP BY owner_id"))) {
        return Database::queryError(query, tr("count the owners' agents"));
    }
    QHash<qint64, qint64> counts;
    while (query.next()) {
        counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    return counts;
}

// SPDX-License-Identifier: Apache-2.0
#include "savedfilterrepository.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

constexpr qsizetype kMaxNameLength = 80;

Result<SavedFilter> readSaved(const QSqlQuery& query)
{
    SavedFilter saved;
    saved.name = query.value(0).toString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toByteArray(), &error);
    auto filter = EventFilter::fromJson(document.object());
    if (error.error != QJsonParseError::NoError || !document.isObject() || !filter) {
        return Error{ErrorKind::Invalid,
                     SavedFilterRepository::tr("The saved filter \"%1\" is damaged (%2); save it again.")
                         .arg(saved.name, filter ? error.errorString() : filter.error().message)};
    }
    // Nothing saves a filter that matches everything: one that does now was changed in the file,
    // and would widen whatever trusts its name.
    if (filter->isEmpty()) {
        return Error{ErrorKind::Invalid,
                     SavedFilterRepository::tr("The saved filter \"%1\" is damaged (it matches every event); "
                                               "save it again.")
                         .arg(saved.name)};
    }
    saved.filter = std::move(filter).value();
    saved.savedBy = query.value(2).toString();
    saved.updatedAt = Database::fromStored(query.value(3));
    return saved;
}

} // namespace

Status SavedFilterRepository::checkName(const QString& name)
{
    const bool control =
        std::any_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (name.trimmed().isEmpty() || name.size() > kMaxNameLength || control || name.trimmed() != name) {
        return Error{ErrorKind::Invalid,
                     tr("A filter's name is 1 to %1 characters, without line breaks or spaces at either end.")
                         .arg(kMaxNameLength)};
    }
    return {};
}

Status SavedFilterRepository::save(const SavedFilter& saved)
{
    if (auto valid = checkName(saved.name); !valid) {
        return valid;
    }
    if (saved.filter.isEmpty()) {
        return Error{ErrorKind::Invalid,
                     tr("A saved filter narrows the timeline; this one would match every event.")};
    }
    auto statement = m_db.statement(QStringLiteral(
        "INSERT INTO saved_filters (name, filter, saved_by, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET filter = excluded.filter, saved_by = excluded.saved_by, "
        "updated_at = excluded.updated_at"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = *statement.value();
    query.addBindValue(saved.name);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(saved.filter.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(Database::text(saved.savedBy));
    query.addBindValue(Database::toStored(saved.updatedAt));
    if (!query.exec()) {
        return Database::queryError(query, tr("save the filter"));
    }
    return {};
}

Result<QList<SavedFilter>> SavedFilterRepository::list() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT name, filter, saved_by, updated_at FROM saved_filters ORDER BY lower(name), name"))) {
        return Database::queryError(query, tr("list the saved filters"));
    }
    QList<SavedFilter> list;
    while (query.next()) {
        auto saved = readSaved(query);
        if (!saved) {
            SavedFilter damaged;
            damaged.name = query.value(0).toString();
            damaged.savedBy = query.value(2).toString();
            damaged.updatedAt = Database::fromStored(query.value(3));
            damaged.damage = saved.error().message;
            list.append(damaged);
            continue;
        }
        list.append(std::move(saved).value());
    }
    return list;
}

Result<SavedFilter> SavedFilterRepository::byName(const QString& name) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT name, filter, saved_by, updated_at FROM saved_filters WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the saved filter"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("There is no saved filter \"%1\".").arg(name)};
    }
    return readSaved(query);
}

Status SavedFilterRepository::remove(const QString& name)
{
    auto statement = m_db.statement(QStringLiteral("DELETE FROM saved_filters WHERE name = ?"));
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = *statement.value();
    query.addBindValue(name);
    if (!query.exec()) {
        return Database::queryError(query, tr("delete the saved filter"));
    }
    if (query.numRowsAffected() == 0) {
        return Error{ErrorKind::NotFound, tr("There is no saved filter \"%1\".").arg(name)};
    }
    return {};
}

// SPDX-License-Identifier: Apache-2.0
#include "eventtextindex.h"

#include "database.h"

#include <QSet>
#include <QSqlQuery>

Result<qint64> EventTextIndex::upto() const
{
    auto stored = m_db.metaOr(QString::fromLatin1(kUptoKey), QStringLiteral("0"));
    if (!stored) {
        return stored.error();
    }
    bool ok = false;
    const qint64 value = stored->toLongLong(&ok);
    if (!ok || value < 0) {
        return Error{ErrorKind::Storage,
                     tr("The text index's watermark \"%1\" is damaged; restore the workspace from a backup.")
                         .arg(stored.value())};
    }
    return value;
}

Result<qint64> EventTextIndex::indexMore(int batch)
{
    qint64 indexed = 0;
    const Status done = m_db.transaction([&]() -> Status {
        const auto watermark = upto();
        if (!watermark) {
            return watermark.error();
        }
        const qint64 from = watermark.value();
        QSqlQuery last(m_db.connection());
        last.prepare(
            QStringLiteral("SELECT max(id), count(*) FROM (SELECT id FROM events WHERE id > ? ORDER BY id "
                           "LIMIT ?)"));
        last.addBindValue(from);
        last.addBindValue(qMax(1, batch));
        if (!last.exec() || !last.next()) {
            return Database::queryError(last, tr("index events for text search"));
        }
        indexed = last.value(1).toLongLong();
        if (indexed == 0) {
            return {};
        }
        const qint64 to = last.value(0).toLongLong();
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO event_text (rowid, principal, native_action, resource, "
                                      "attributes) SELECT id, principal, native_action, resource, "
                                      "attributes FROM events "
                                      "WHERE id > ? AND id <= ?"));
        insert.addBindValue(from);
        insert.addBindValue(to);
        if (!insert.exec()) {
            return Database::queryError(insert, tr("index events for text search"));
        }
        return m_db.setMeta(QString::fromLatin1(kUptoKey), QString::number(to));
    });
    if (!done) {
        return done.error();
    }
    return indexed;
}

Result<qint64> EventTextIndex::backlog() const
{
    const auto watermark = upto();
    if (!watermark) {
        return watermark.error();
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM events WHERE id > ?"));
    query.addBindValue(watermark.value());
    if (!query.exec() || !query.next()) {
        return Database::queryError(query, tr("count the events not indexed yet"));
    }
    return query.value(0).toLongLong();
}

QStringList EventTextIndex::trigrams(const QString& text)
{
    // The trigram tokenizer works on characters (code points), folding case; a candidate is then
    // checked against the event itself, so case and everything else stay exact.
    const QList<uint> points = text.toUcs4();
    QStringList out;
    QSet<QString> seen;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        const QString trigram =
            QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + i), 3);
        if (!seen.contains(trigram)) {
            seen.insert(trigram);
            out << trigram;
        }
    }
    return out;
}

QString EventTextIndex::matchExpression(const QStringList& trigrams)
{
    QStringList terms;
    for (QString trigram : trigrams) {
        trigram.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + trigram + QLatin1Char('"');
    }
    return terms.join(QStringLiteral(" AND "));
}

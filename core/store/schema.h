// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Numbered forward migrations. A released migration is never edited: a change to the schema
// is a new entry at the end. The SQL sticks to what SQLite and PostgreSQL both accept; the
// few spellings that differ go through placeholders that the dialect fills in.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    // What only SQLite spells this way (the text-search index); another dialect brings its own.
    QStringList sqliteStatements;
};

namespace Schema {
const QList<Migration>& migrations();
QString forSqlite(QString statement);
} // namespace Schema

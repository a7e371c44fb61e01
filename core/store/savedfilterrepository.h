// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/eventfilter.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

struct SavedFilter
{
    QString name;
    EventFilter filter;
    QString savedBy;
    QDateTime updatedAt;
    // Set when the stored filter cannot be read back (edited by hand, written by a later version):
    // listed so that it can be seen and deleted, never applied.
    QString damage;
};

// Timeline filters kept by name in the workspace, shared by the console and `steward-cli events`.
class SavedFilterRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SavedFilterRepository)

public:
    explicit SavedFilterRepository(Database& db)
        : m_db(db)
    {
    }

    // Saves under the name, replacing a filter saved under it before.
    Status save(const SavedFilter& saved);
    Result<QList<SavedFilter>> list() const;               // by name, damaged ones included
    Result<SavedFilter> byName(const QString& name) const; // an error when damaged
    Status remove(const QString& name);

    // A name a person can type and read back: 1 to 80 characters, no control characters.
    static Status checkName(const QString& name);

private:
    Database& m_db;
};

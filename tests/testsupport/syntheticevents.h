// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

// Events written by SQL alone, hundreds of thousands at once: what scans, counts and the text
// index have to walk. Each column is an SQL expression of i, from 1 to the count; the test writes
// them, so they go into the statement as they are.
struct SyntheticEvents
{
    QString time = QStringLiteral("1764000000000000000 + i * 1000");
    QString principal = QStringLiteral("'principal-' || (i % 97)");
    QString nativeAction = QStringLiteral("'GetObject'");
    QString resource = QStringLiteral("'s3://bucket/key-' || i");
    QString outcome = QStringLiteral("1");

    // Empty when written; else why not.
    QString insert(Workspace& workspace, qint64 connectorId, int count) const
    {
        QSqlQuery q(workspace.database().connection());
        q.prepare(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                           "INSERT INTO events (event_key, time_ns, connector_id, source, native_id, "
                           "principal, action, native_action, resource, outcome, trace_id, span_id, "
                           "parent_span_id, task, token_id, credential_kind, classification, bytes) "
                           "SELECT randomblob(16), %1, ?, 'otlp', 'n' || i, %2, 'read', %3, %4, %5, '', '', "
                           "'', '', '', '', '', -1 FROM n")
                .arg(time, principal, nativeAction, resource, outcome));
        q.addBindValue(count);
        q.addBindValue(connectorId);
        return q.exec() ? QString() : q.lastError().text();
    }
};

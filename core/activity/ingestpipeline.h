// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "actortypeoverrides.h"
#include "model/connector.h"
#include "recordparser.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

class Workspace;

// Where parsed records become stored events. A batch is one transaction together with the
// connector's cursor and counts, so a crash at any moment leaves either all of a batch or none of
// it, and the next run starts exactly after the last batch stored. Principals resolve to agents;
// an unknown principal that acts like an agent is recorded once as a shadow agent. Principals are
// resolved afresh in each batch, inside its transaction, so an agent's principals moved while an
// ingest runs take effect from the next batch on.
class IngestPipeline final
{
    Q_DECLARE_TR_FUNCTIONS(IngestPipeline)

public:
    IngestPipeline(Workspace& workspace, qint64 connectorId);

    struct Unit
    {
        ParsedRecord parsed;
        QString location; // where it was read: file and byte offset, or a request
    };
    // Stores the batch. It fills in each event's agent and row id (the same on a retry) and changes
    // nothing else in it, so a batch whose transaction failed can be committed again as it is.
    // `alsoStore` runs in the same transaction (a file source's progress in the batch's file).
    Result<IngestCounts>
    commit(QList<Unit>& units, const QJsonObject& cursor, const std::function<Status()>& alsoStore = {});

    qint64 connectorId() const { return m_connectorId; }
    int shadowsCreated() const { return m_shadows; }

private:
    Result<qint64> resolve(const Event& event, int& shadows);
    Result<qint64> recordShadow(const Event& event);
    Result<std::pair<qint64, QString>> traceAgent(const QString& traceId); // (0, "") for none

    Workspace& m_workspace;
    qint64 m_connectorId;
    QHash<QString, qint64> m_agents[3]; // this batch's: per principal kind, value → agent id or 0
    QHash<QString, std::pair<qint64, QString>> m_traces; // this batch's: trace → its agent
    std::optional<ActorTypeOverrides> m_overrides;       // the connector's, read at the first commit
    QString m_scope;   // the connector's name, which qualifies local principals
    int m_shadows = 0; // shadow agents of the batches that were stored
};

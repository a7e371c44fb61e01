// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connector.h"
#include "recordparser.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>

class Workspace;

// Where parsed records become stored events. A batch is one transaction together with the
// connector's cursor and counts, so a crash at any moment leaves either all of a batch or none of
// it, and the next run starts exactly after the last batch stored. Principals resolve to agents;
// an unknown principal that acts like an agent is recorded once as a shadow agent.
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
    Result<IngestCounts> commit(QList<Unit>& units, const QJsonObject& cursor);

    qint64 connectorId() const { return m_connectorId; }
    int shadowsCreated() const { return m_shadows; }

private:
    Result<qint64> resolve(const Event& event);
    Result<qint64> recordShadow(const Event& event);

    Workspace& m_workspace;
    qint64 m_connectorId;
    QHash<QString, qint64> m_agents[3]; // per principal kind: value → agent id, 0 when none
    int m_shadows = 0;
};

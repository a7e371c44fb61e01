// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/connector.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class CliContext;
class Workspace;

// ingest --file|--dir: activity files into the workspace. Reading a file connector and polling an
// HTTP one (connector run) report the same way.
class IngestCommand final
{
    Q_DECLARE_TR_FUNCTIONS(IngestCommand)

public:
    static int run(CliContext& context, const QStringList& args);

    static int ingestWith(CliContext& context,
                          Workspace& workspace,
                          const Connector& connector,
                          const QString& path,
                          int batch,
                          bool follow,
                          int intervalMs,
                          const QStringList& fileNames = {});
    static int pollWith(CliContext& context, Workspace& workspace, const Connector& connector, bool follow);
    static QJsonObject countsJson(const IngestCounts& counts);
    static QString countsText(const IngestCounts& counts);

private:
    static int reportCounts(CliContext& context,
                            Workspace& workspace,
                            const Connector& connector,
                            const Result<IngestCounts>& counts);
};

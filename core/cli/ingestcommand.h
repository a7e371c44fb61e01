// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/connector.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class Workspace;

// ingest, events query|count|export, connector list|show|add|edit|secret|run|enable|disable,
// quarantine list|show|reingest, serve otlp
class IngestCommand final
{
    Q_DECLARE_TR_FUNCTIONS(IngestCommand)

public:
    static int runIngest(CliContext& context, const QStringList& args);
    static int runEvents(CliContext& context, const QStringList& args);
    static int runEventFilter(CliContext& context, const QStringList& args);
    static int runEventIndex(CliContext& context, const QStringList& args);
    static int runConnector(CliContext& context, const QStringList& args);
    static int runQuarantine(CliContext& context, const QStringList& args);
    static int runServe(CliContext& context, const QStringList& args);

private:
    static int ingestWith(CliContext& context,
                          Workspace& workspace,
                          const Connector& connector,
                          const QString& path,
                          int batch,
                          bool follow,
                          int intervalMs);
    static int pollWith(CliContext& context, Workspace& workspace, const Connector& connector, bool follow);
    static int reportCounts(CliContext& context,
                            Workspace& workspace,
                            const Connector& connector,
                            const Result<IngestCounts>& counts);
};

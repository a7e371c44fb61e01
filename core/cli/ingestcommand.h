// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// ingest, events query|count, connector list|show|enable|disable, quarantine list|show|reingest
class IngestCommand final
{
    Q_DECLARE_TR_FUNCTIONS(IngestCommand)

public:
    static int runIngest(CliContext& context, const QStringList& args);
    static int runEvents(CliContext& context, const QStringList& args);
    static int runConnector(CliContext& context, const QStringList& args);
    static int runQuarantine(CliContext& context, const QStringList& args);
    static int runServe(CliContext& context, const QStringList& args);
};

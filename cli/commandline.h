// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

// steward-cli: global options, then one command. Returns the process exit code (see ExitCode).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // `stopRequested` is asked between batches by the commands that run until interrupted (ingest
    // --follow, connector run, serve); the executable answers it from its signal handler.
    static int run(const QStringList& arguments,
                   QTextStream& out,
                   QTextStream& err,
                   std::function<bool()> stopRequested = {});
    static QString helpText();
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// steward-cli: global options, then one command. Returns the process exit code (see ExitCode).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString helpText();
};

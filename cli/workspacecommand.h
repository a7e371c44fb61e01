// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// init, summary and demo: the commands that create or describe a whole workspace.
class WorkspaceCommand final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)

public:
    static int init(CliContext& context, const QStringList& args);
    static int summary(CliContext& context, const QStringList& args);
    static int demo(CliContext& context, const QStringList& args);
};

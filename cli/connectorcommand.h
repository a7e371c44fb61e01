// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// connector list|show|add|edit|secret|run|enable|disable
class ConnectorCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorCommand)

public:
    static int run(CliContext& context, const QStringList& args);
};

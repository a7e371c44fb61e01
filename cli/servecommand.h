// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// serve otlp: the OTLP/HTTP receiver, until stopped
class ServeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static int run(CliContext& context, const QStringList& args);
};

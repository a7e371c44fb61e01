// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// quarantine list|show|reingest|dismiss|purge
class QuarantineCommand final
{
    Q_DECLARE_TR_FUNCTIONS(QuarantineCommand)

public:
    static int run(CliContext& context, const QStringList& args);
};

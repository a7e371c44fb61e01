// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// audit verify | list | export | anchor
class AuditCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(CliContext& context, const QStringList& args);

private:
    static int verify(CliContext& context, const QStringList& args);
    static int list(CliContext& context, const QStringList& args);
    static int exportTrail(CliContext& context, const QStringList& args);
    static int anchor(CliContext& context, const QStringList& args);
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// owner add | list
class OwnerCommand final
{
    Q_DECLARE_TR_FUNCTIONS(OwnerCommand)

public:
    static int run(CliContext& context, const QStringList& args);

private:
    static int add(CliContext& context, const QStringList& args);
    static int list(CliContext& context, const QStringList& args);
};

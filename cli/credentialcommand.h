// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// credential list | record-static
class CredentialCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialCommand)

public:
    static int run(CliContext& context, const QStringList& args);

private:
    static int list(CliContext& context, const QStringList& args);
    static int recordStatic(CliContext& context, const QStringList& args);
};

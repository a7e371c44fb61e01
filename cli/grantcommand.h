// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// grant list | show | revoke | expire
class GrantCommand final
{
    Q_DECLARE_TR_FUNCTIONS(GrantCommand)

public:
    static int run(CliContext& context, const QStringList& args);
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// operator add | list | enroll
class OperatorCommand final
{
    Q_DECLARE_TR_FUNCTIONS(OperatorCommand)

public:
    static int run(CliContext& context, const QStringList& args);
};

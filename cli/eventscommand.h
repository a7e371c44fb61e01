// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// events query|count|export, events filter list|save|delete, events index, events attributes
class EventsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(EventsCommand)

public:
    static int run(CliContext& context, const QStringList& args);

private:
    static int runFilter(CliContext& context, const QStringList& args);
    static int runIndex(CliContext& context, const QStringList& args);
    static int runAttributes(CliContext& context, const QStringList& args);
};

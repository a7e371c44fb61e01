// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class QCommandLineParser;
struct Request;

// request create | list | show | approve | deny | withdraw
class RequestCommand final
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommand)

public:
    static int run(CliContext& context, const QStringList& args);

private:
    static int create(CliContext& context, const QStringList& args);
    static int list(CliContext& context, const QStringList& args);
    static int show(CliContext& context, const QStringList& args);
    static int decide(CliContext& context, const QStringList& args, bool approve);
    static int withdraw(CliContext& context, const QStringList& args);
    static int rules(CliContext& context, const QStringList& args);
};

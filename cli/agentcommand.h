// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inventory/inventoryservice.h"
#include "model/agent.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <variant>

class CliContext;
class Workspace;
class QCommandLineParser;

// agent add | list | show | edit | suspend | retire | reactivate | activate
class AgentCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AgentCommand)

public:
    static int run(CliContext& context, const QStringList& args);

private:
    static int add(CliContext& context, const QStringList& args);
    static int list(CliContext& context, const QStringList& args);
    static int show(CliContext& context, const QStringList& args);
    static int edit(CliContext& context, const QStringList& args);
    static int transition(CliContext& context, const QString& verb, AgentStatus to, const QStringList& args);

    // The workspace and the one agent a command names.
    struct Target
    {
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<InventoryService> service;
        Agent agent;
    };
    // Parses the command's options and its single AGENT argument, opens the workspace and finds
    // the agent. On failure (or --help) the message is printed and the exit code returned.
    static std::variant<Target, int> resolveTarget(CliContext& context,
                                                   QCommandLineParser& parser,
                                                   const QStringList& args,
                                                   const QString& command);

    static void addFieldOptions(QCommandLineParser& parser);
    // Applies the field options given on the command line to the draft.
    static Status applyFields(const QCommandLineParser& parser, InventoryService& service, Agent& draft);
    static void printAgent(CliContext& context, const Agent& agent, const QList<StatusChange>& history);
};

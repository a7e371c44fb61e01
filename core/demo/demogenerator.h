// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class InventoryService;

// Fills an empty workspace with a realistic, reproducible inventory: the same seed and base
// time give the same owners, agents, principals and histories on every machine.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int agents = 60;
        quint32 seed = 20261126;
        QDateTime baseTime; // "now" for the generated history; invalid: the workspace clock
        std::function<void(int done, int total)> progress;
    };

    static constexpr int kMaxAgents = 1'000'000;

    static Status fill(InventoryService& service, const Options& options);
};

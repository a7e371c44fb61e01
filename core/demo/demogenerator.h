// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class IdentityService;
class InventoryService;

// Fills an empty workspace with a realistic, reproducible history: the same seed and base time
// give the same owners, agents, principals and, with a passphrase, the same operators, requests,
// decisions and grants on every machine (keys and signatures are fresh each time). The history
// is written in time order, so its audit trail reads forward like a real workspace's.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int agents = 60;
        quint32 seed = 20261126;
        QDateTime baseTime; // "now" for the generated history; invalid: the workspace clock
        // Steps of the history written so far, of all of them.
        std::function<void(int done, int total)> progress;
        // Non-empty: the owners become operators whose signing keys are encrypted under it, and
        // they file, approve, deny and withdraw requests over the last 45 days.
        QByteArray passphrase;
        // Unlocked: some grants have tokens minted against them, a few still live.
        IdentityService* identity = nullptr;
    };

    static constexpr int kMaxAgents = 1'000'000;

    static Status fill(InventoryService& service, const Options& options);
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"
#include "policy/permissionstatement.h"

#include <QCoreApplication>
#include <QStringList>

// How risky a request is, from what it asks for and for whom: the breadth and sensitivity of
// its statements, the data they reach, how long it would last, and the agent's own risk tier
// and environment. The reasons are sentences a reviewer reads, most weighty first.
struct RiskAssessment
{
    Q_DECLARE_TR_FUNCTIONS(RiskAssessment)

public:
    RiskTier level = RiskTier::Low;
    int score = 0;
    QStringList reasons;

    bool sensitive = false;      // a statement is marked sensitive
    bool restrictedData = false; // a statement reaches restricted data (or has no ceiling)

    static RiskAssessment assess(const QList<PermissionStatement>& statements,
                                 qint64 durationSeconds,
                                 const Agent& agent,
                                 bool standing);
    // The level a score maps to: up to 2 low, up to 5 medium, up to 8 high, then critical.
    static RiskTier levelFor(int score);
};

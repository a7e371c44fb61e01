// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agenttypes.h"
#include "model/event.h"

#include <QColor>
#include <QPalette>

class QApplication;

// Colours that carry meaning (status, risk) chosen to stay readable on the current palette.
// The palette itself follows the system (the platform theme); --theme forces one.
class Theme final
{
public:
    enum class Mode
    {
        System,
        Light,
        Dark
    };

    static bool isDark(const QPalette& palette);
    static QColor statusColor(AgentStatus status, const QPalette& palette);
    static QColor riskColor(RiskTier risk, const QPalette& palette);
    static QColor errorColor(const QPalette& palette);
    static QColor outcomeColor(EventOutcome outcome, const QPalette& palette);
    static void apply(QApplication& app, Mode mode);
    static Mode modeFromName(const QString& name);
};

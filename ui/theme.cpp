// SPDX-License-Identifier: Apache-2.0
#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::statusColor(AgentStatus status, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case AgentStatus::Active:
        return dark ? QColor(0x5c, 0xd6, 0x8a) : QColor(0x1b, 0x7f, 0x3b);
    case AgentStatus::Requested:
        return dark ? QColor(0x7a, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    case AgentStatus::Suspended:
        return dark ? QColor(0xff, 0xb8, 0x4d) : QColor(0xa8, 0x5a, 0x00);
    case AgentStatus::Retired:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case AgentStatus::Shadow:
        return dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xb4, 0x23, 0x18);
    }
    Q_UNREACHABLE();
}

QColor Theme::riskColor(RiskTier risk, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (risk) {
    case RiskTier::Low:
        return palette.color(QPalette::Text);
    case RiskTier::Medium:
        return palette.color(QPalette::Text);
    case RiskTier::High:
        return dark ? QColor(0xff, 0xb8, 0x4d) : QColor(0xa8, 0x5a, 0x00);
    case RiskTier::Critical:
        return dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xb4, 0x23, 0x18);
    }
    Q_UNREACHABLE();
}

QColor Theme::errorColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x10);
}

QColor Theme::outcomeColor(EventOutcome outcome, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (outcome) {
    case EventOutcome::Success:
        return dark ? QColor(0x5c, 0xd6, 0x8a) : QColor(0x2e, 0x8b, 0x57);
    case EventOutcome::Failure:
        return dark ? QColor(0xff, 0xb8, 0x4d) : QColor(0xd9, 0x8a, 0x1c);
    case EventOutcome::Denied:
        return dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xc0, 0x39, 0x2b);
    case EventOutcome::Unknown:
        return palette.color(QPalette::Disabled, QPalette::Text);
    }
    Q_UNREACHABLE();
}

Theme::Mode Theme::modeFromName(const QString& name)
{
    if (name == QStringLiteral("dark")) {
        return Mode::Dark;
    }
    if (name == QStringLiteral("light")) {
        return Mode::Light;
    }
    return Mode::System;
}

void Theme::apply(QApplication& app, Mode mode)
{
    if (mode == Mode::System) {
        return; // the platform theme's palette, which follows the desktop's light or dark setting
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette;
    if (mode == Mode::Dark) {
        const QColor window(0x2b, 0x2d, 0x31);
        const QColor base(0x1f, 0x21, 0x24);
        const QColor text(0xe8, 0xea, 0xed);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8b));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x86, 0x8b));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x8b));
    } else {
        palette = QApplication::style()->standardPalette();
    }
    app.setPalette(palette);
}

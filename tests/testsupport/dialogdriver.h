// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

// Modal dialogs block in exec(); a test schedules what to do with the next one before it opens.
// Retries until the dialog is up and active (bounded, so a missing dialog fails the test instead
// of hanging). Window shortcuts such as Ctrl+Enter only fire in the active window, and a modal
// dialog becomes active a few events after it is shown, later still on a slow (sanitized) build.
inline void onNextDialog(std::function<void(QDialog*)> action, int attempts = 100)
{
    QTimer::singleShot(20, qApp, [action = std::move(action), attempts]() mutable {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || (!dialog->isActiveWindow() && attempts > 0)) {
            if (dialog) {
                dialog->activateWindow();
            }
            if (attempts > 0) {
                onNextDialog(std::move(action), attempts - 1);
            }
            return;
        }
        action(dialog);
    });
}

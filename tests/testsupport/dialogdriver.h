// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

// Modal dialogs block in exec(); a test schedules what to do with the next one before it opens.
// Retries until the dialog is up (bounded, so a missing dialog fails the test instead of hanging).
inline void onNextDialog(std::function<void(QDialog*)> action, int attempts = 100)
{
    QTimer::singleShot(20, qApp, [action = std::move(action), attempts]() mutable {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (attempts > 0) {
                onNextDialog(std::move(action), attempts - 1);
            }
            return;
        }
        action(dialog);
    });
}

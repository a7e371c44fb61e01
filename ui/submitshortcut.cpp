// SPDX-License-Identifier: Apache-2.0
#include "submitshortcut.h"

#include <QAbstractButton>
#include <QDialog>
#include <QKeySequence>
#include <QShortcut>

namespace SubmitShortcut {

void install(QDialog* dialog, QAbstractButton* accept)
{
    // Key_Enter is the keypad's; the shortcut map also matches it without the keypad modifier.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, dialog);
        shortcut->setContext(Qt::WindowShortcut);
        if (!accept) {
            QObject::connect(shortcut, &QShortcut::activated, dialog, &QDialog::accept);
            continue;
        }
        QObject::connect(shortcut, &QShortcut::activated, accept, [accept] {
            if (accept->isEnabled() && accept->isVisible()) {
                accept->click();
            }
        });
    }
    if (accept) {
        accept->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    }
}

} // namespace SubmitShortcut

// SPDX-License-Identifier: Apache-2.0
#pragma once

class QAbstractButton;
class QDialog;

// In a dialog with a multi-line field, Enter adds a line; Ctrl+Enter (Ctrl+Return, either Enter
// key) is how it is submitted from the keyboard, the way mail and chat clients do it.
namespace SubmitShortcut {
// Presses `accept` when it is enabled, so the dialog's own checks run as for a click; without a
// button, accepts the dialog.
void install(QDialog* dialog, QAbstractButton* accept = nullptr);
} // namespace SubmitShortcut

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/secretbytes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class Workspace;

// Asks for the workspace passphrase and checks it against the workspace keys before closing,
// so a typo is caught here and not in whatever needed the keys. Optionally remembers it in the
// system keychain.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PassphraseDialog(Workspace& workspace, QWidget* parent = nullptr);

    // STEWARD_PASSPHRASE, else the keychain's passphrase when it still opens the keys, else this
    // dialog; empty when the person cancels.
    static SecretBytes obtain(Workspace& workspace, QWidget* parent);

    void accept() override;
    SecretBytes takePassphrase() { return std::move(m_passphrase); }

private:
    Workspace& m_workspace;
    QLineEdit* m_edit;
    QCheckBox* m_remember;
    QLabel* m_error;
    SecretBytes m_passphrase;
};

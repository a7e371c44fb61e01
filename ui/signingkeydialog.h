// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/keypair.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class Workspace;

// Creates the acting operator's own signing key, the first time they decide a request. The key
// is encrypted under a passphrase only they know, typed twice, so that their decisions are
// provably theirs and not just anyone's with the workspace file.
class SigningKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SigningKeyDialog(Workspace& workspace, QWidget* parent = nullptr);

    void accept() override;
    // The new key, unlocked for this session; empty until the dialog is accepted.
    std::optional<KeyPair> takeKey() { return std::exchange(m_key, std::nullopt); }

private:
    Workspace& m_workspace;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_error;
    std::optional<KeyPair> m_key;
};

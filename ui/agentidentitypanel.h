// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/secretbytes.h"
#include "identity/credential.h"
#include "inventory/agent.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;
class Workspace;

// The selected agent's identity: its latest X.509-SVID (SAN, validity with a countdown,
// fingerprint, chain), its tokens, and issuing or revoking an SVID.
class AgentIdentityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AgentIdentityPanel(Workspace& workspace, QWidget* parent = nullptr);

    void showAgent(const std::optional<Agent>& agent);
    // The passphrase: STEWARD_PASSPHRASE, else asked for; empty when the person cancels.
    static SecretBytes askPassphrase(QWidget* parent);

    void issueSvid(const QString& csrPath = QString());
    void revokeSvid();
    void mintToken();

Q_SIGNALS:
    void credentialsChanged();

private:
    void refresh();
    void updateCountdown();

    Workspace& m_workspace;
    std::optional<Agent> m_agent;
    std::optional<Credential> m_svid;
    QLabel* m_serial;
    QLabel* m_san;
    QLabel* m_validity;
    QLabel* m_fingerprint;
    QLabel* m_chain;
    QLabel* m_tokens;
    QPushButton* m_issue;
    QPushButton* m_revoke;
    QPushButton* m_mintToken;
    QTimer* m_clock;
};

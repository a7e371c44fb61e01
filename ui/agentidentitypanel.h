// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/x509.h"
#include "model/agent.h"
#include "model/credential.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;
class Workspace;

// The selected agent's identity: its latest X.509-SVID (SAN, validity with a countdown,
// fingerprint, chain), its tokens, and issuing, renewing, saving or revoking an SVID.
class AgentIdentityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AgentIdentityPanel(Workspace& workspace, QWidget* parent = nullptr);

    void showAgent(const std::optional<Agent>& agent);

    // Each asks for what it needs (a file, the passphrase, a confirmation) unless given it.
    void issueSvid(const QString& csrPath = QString());
    // Renews the shown SVID for the same key, then offers to save the new certificate.
    void renewSvid();
    // Writes the shown SVID with its chain as PEM, for the agent to load.
    bool saveCertificate(const QString& path = QString());
    void revokeSvid();
    void mintToken();

Q_SIGNALS:
    void credentialsChanged();

private:
    void refresh();
    void updateCountdown();
    void issued(const Certificate& certificate);

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
    QPushButton* m_renew;
    QPushButton* m_save;
    QPushButton* m_revoke;
    QPushButton* m_mintToken;
    QTimer* m_clock;
};

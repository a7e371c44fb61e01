// SPDX-License-Identifier: Apache-2.0
#include "agentidentitypanel.h"

#include "identity/identityservice.h"
#include "minttokendialog.h"
#include "store/workspace.h"
#include "theme.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

AgentIdentityPanel::AgentIdentityPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_serial(new QLabel(this))
    , m_san(new QLabel(this))
    , m_validity(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_chain(new QLabel(this))
    , m_tokens(new QLabel(this))
    , m_issue(new QPushButton(tr("&Issue SVID from CSR…"), this))
    , m_revoke(new QPushButton(tr("Re&voke SVID…"), this))
    , m_mintToken(new QPushButton(tr("&Mint token…"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("agentIdentityPanel"));
    const QList<std::pair<QLabel*, const char*>> names = {{m_serial, "svidSerialLabel"},
                                                          {m_san, "svidSanLabel"},
                                                          {m_validity, "svidValidityLabel"},
                                                          {m_fingerprint, "svidFingerprintLabel"},
                                                          {m_chain, "svidChainLabel"},
                                                          {m_tokens, "tokenSummaryLabel"}};
    for (const auto& [label, name] : names) {
        label->setObjectName(QString::fromLatin1(name));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_issue->setObjectName(QStringLiteral("issueSvidButton"));
    m_revoke->setObjectName(QStringLiteral("revokeSvidButton"));
    m_mintToken->setObjectName(QStringLiteral("mintTokenButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("SVID serial:"), m_serial);
    form->addRow(tr("URI SAN:"), m_san);
    form->addRow(tr("Valid:"), m_validity);
    form->addRow(tr("SHA-256:"), m_fingerprint);
    form->addRow(tr("Chain:"), m_chain);
    form->addRow(tr("Tokens:"), m_tokens);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_issue);
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_mintToken);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_issue, &QPushButton::clicked, this, [this] { issueSvid(); });
    connect(m_revoke, &QPushButton::clicked, this, &AgentIdentityPanel::revokeSvid);
    connect(m_mintToken, &QPushButton::clicked, this, &AgentIdentityPanel::mintToken);
    connect(m_clock, &QTimer::timeout, this, &AgentIdentityPanel::updateCountdown);
    m_clock->start(15000);
    showAgent(std::nullopt);
}

SecretBytes AgentIdentityPanel::askPassphrase(QWidget* parent)
{
    QByteArray fromEnvironment = qgetenv("STEWARD_PASSPHRASE");
    if (!fromEnvironment.isEmpty()) {
        return SecretBytes(std::move(fromEnvironment));
    }
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent,
                              tr("Workspace passphrase"),
                              tr("The passphrase that protects the workspace's CA and signing keys:"),
                              QLineEdit::Password,
                              QString(),
                              &ok);
    return ok ? SecretBytes(text.toUtf8()) : SecretBytes();
}

void AgentIdentityPanel::showAgent(const std::optional<Agent>& agent)
{
    m_agent = agent;
    refresh();
}

void AgentIdentityPanel::refresh()
{
    m_svid.reset();
    int issued = 0;
    int active = 0;
    int expired = 0;
    int revoked = 0;
    const QDateTime now = m_workspace.now();
    if (m_agent) {
        CredentialRepository::Filter filter;
        filter.agentId = m_agent->id;
        filter.now = now;
        filter.limit = 1000;
        if (auto credentials = m_workspace.credentials().list(filter)) {
            for (const Credential& credential : credentials.value()) {
                if (credential.kind == CredentialKind::X509Svid && !m_svid) {
                    m_svid = credential; // newest first
                }
                if (credential.kind == CredentialKind::Jwt) {
                    ++issued;
                    credential.isRevoked() ? ++revoked : credential.isExpired(now) ? ++expired : ++active;
                }
            }
        }
    }
    const bool canIssue = m_agent && m_agent->status == AgentStatus::Active;
    m_issue->setEnabled(canIssue);
    m_mintToken->setEnabled(canIssue);
    m_issue->setToolTip(canIssue ? QString() : tr("Only active agents get an identity."));
    m_revoke->setEnabled(m_svid && !m_svid->isRevoked() && !m_svid->isExpired(now));
    m_tokens->setText(tr("%1 issued · %2 active · %3 expired · %4 revoked")
                          .arg(issued)
                          .arg(active)
                          .arg(expired)
                          .arg(revoked));
    if (!m_svid) {
        m_serial->setText(tr("No SVID issued yet"));
        for (QLabel* label : {m_san, m_validity, m_fingerprint, m_chain}) {
            label->clear();
        }
        return;
    }
    m_serial->setText(m_svid->identifier);
    m_san->setText(m_agent->spiffeId);
    m_fingerprint->setText(m_svid->fingerprint);
    IdentityService identity(m_workspace);
    auto chain = identity.chain();
    m_chain->setText(
        !chain ? chain.error().message
        : chain->intermediate.serialHex() == m_svid->issuerKey
            ? tr("Issued by the current intermediate (%1), under the workspace root").arg(m_svid->issuerKey)
            : tr("Issued by an earlier intermediate (%1); renew it to move to the current one")
                  .arg(m_svid->issuerKey));
    updateCountdown();
}

void AgentIdentityPanel::updateCountdown()
{
    if (!m_svid) {
        return;
    }
    const QDateTime now = m_workspace.now();
    const QString until = QLocale().toString(m_svid->expiresAt.toLocalTime(), QLocale::ShortFormat);
    QString text;
    QColor color = palette().color(QPalette::WindowText);
    if (m_svid->isRevoked()) {
        text = tr("Revoked %1 (%2)")
                   .arg(QLocale().toString(m_svid->revokedAt.toLocalTime(), QLocale::ShortFormat),
                        m_svid->revocationReason);
        color = Theme::statusColor(AgentStatus::Shadow, palette());
    } else if (m_svid->isExpired(now)) {
        text = tr("Expired %1").arg(until);
        color = palette().color(QPalette::Disabled, QPalette::WindowText);
    } else {
        const qint64 minutes = now.secsTo(m_svid->expiresAt) / 60;
        text = tr("until %1 — expires in %2 min").arg(until).arg(minutes);
        color = minutes < 10 ? Theme::statusColor(AgentStatus::Suspended, palette())
                             : Theme::statusColor(AgentStatus::Active, palette());
    }
    m_validity->setText(text);
    QPalette labelPalette = m_validity->palette();
    labelPalette.setColor(QPalette::WindowText, color);
    m_validity->setPalette(labelPalette);
}

void AgentIdentityPanel::issueSvid(const QString& csrPath)
{
    if (!m_agent) {
        return;
    }
    const QString path =
        csrPath.isEmpty()
            ? QFileDialog::getOpenFileName(this,
                                           tr("The agent's certificate signing request"),
                                           QString(),
                                           tr("Signing requests (*.csr *.pem *.der);;All files (*)"))
            : csrPath;
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Steward"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray csr = file.read(CertificateRequest::kMaxBytes + 1);
    const SecretBytes passphrase = askPassphrase(this);
    if (passphrase.isEmpty()) {
        return;
    }
    IdentityService identity(m_workspace);
    auto certificate =
        identity.issueSvid(m_agent->name, csr, CertificateAuthority::kDefaultSvidSeconds, false, passphrase);
    if (!certificate) {
        QMessageBox::warning(this, tr("Steward"), certificate.error().message);
        return;
    }
    refresh();
    Q_EMIT credentialsChanged();
}

void AgentIdentityPanel::revokeSvid()
{
    if (!m_svid || !m_agent) {
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this,
        tr("Revoke SVID"),
        tr("Revoke SVID %1 of %2? Relying parties refuse it once they load the next CRL. Reason:")
            .arg(m_svid->identifier, m_agent->name),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (!ok) {
        return;
    }
    IdentityService identity(m_workspace);
    if (const Status revoked = identity.revokeSvid(m_svid->identifier, reason); !revoked) {
        QMessageBox::warning(this, tr("Steward"), revoked.error().message);
        return;
    }
    refresh();
    Q_EMIT credentialsChanged();
}

void AgentIdentityPanel::mintToken()
{
    if (!m_agent) {
        return;
    }
    MintTokenDialog dialog(m_workspace, *m_agent, this);
    dialog.exec();
    if (!dialog.token().isEmpty()) {
        refresh();
        Q_EMIT credentialsChanged();
    }
}

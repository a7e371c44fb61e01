// SPDX-License-Identifier: Apache-2.0
#include "agentidentitypanel.h"

#include "identity/identityservice.h"
#include "minttokendialog.h"
#include "passphrasedialog.h"
#include "reasondialog.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
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
    , m_issue(new QPushButton(tr("&Issue from CSR…"), this))
    , m_renew(new QPushButton(tr("Re&new…"), this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
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
    m_renew->setObjectName(QStringLiteral("renewSvidButton"));
    m_renew->setToolTip(tr("A fresh SVID for the same agent and key, from the current intermediate"));
    m_save->setObjectName(QStringLiteral("saveSvidButton"));
    m_save->setToolTip(tr("Save the SVID and its chain as PEM, for the agent"));
    m_revoke->setObjectName(QStringLiteral("revokeSvidButton"));
    m_mintToken->setObjectName(QStringLiteral("mintTokenButton"));

    // Two groups, each with its own actions, so the tab stays narrow enough for the splitter.
    auto* svidBox = new QGroupBox(tr("X.509-SVID"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Serial:"), m_serial);
    form->addRow(tr("URI SAN:"), m_san);
    form->addRow(tr("Valid:"), m_validity);
    form->addRow(tr("SHA-256:"), m_fingerprint);
    form->addRow(tr("Chain:"), m_chain);
    auto* svidButtons = new QHBoxLayout;
    for (QPushButton* button : {m_issue, m_renew, m_save, m_revoke}) {
        svidButtons->addWidget(button);
    }
    svidButtons->addStretch(1);
    auto* svidLayout = new QVBoxLayout(svidBox);
    svidLayout->addLayout(form);
    svidLayout->addLayout(svidButtons);

    auto* tokenBox = new QGroupBox(tr("Tokens"), this);
    auto* tokenLayout = new QHBoxLayout(tokenBox);
    tokenLayout->addWidget(m_tokens, 1);
    tokenLayout->addWidget(m_mintToken);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(svidBox);
    layout->addWidget(tokenBox);
    layout->addStretch(1);

    connect(m_issue, &QPushButton::clicked, this, [this] { issueSvid(); });
    connect(m_renew, &QPushButton::clicked, this, &AgentIdentityPanel::renewSvid);
    connect(m_save, &QPushButton::clicked, this, [this] { saveCertificate(); });
    connect(m_revoke, &QPushButton::clicked, this, &AgentIdentityPanel::revokeSvid);
    connect(m_mintToken, &QPushButton::clicked, this, &AgentIdentityPanel::mintToken);
    connect(m_clock, &QTimer::timeout, this, &AgentIdentityPanel::updateCountdown);
    m_clock->start(15000);
    showAgent(std::nullopt);
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
    m_issue->setToolTip(canIssue ? tr("Issue an SVID from the agent's own certificate signing request")
                                 : tr("Only active agents get an identity."));
    const bool live = m_svid && !m_svid->isRevoked() && !m_svid->isExpired(now);
    m_revoke->setEnabled(live);
    // An expired SVID renews too: the agent proved its key once and the agent is still active.
    m_renew->setEnabled(canIssue && m_svid && !m_svid->isRevoked());
    m_save->setEnabled(live);
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
    // 32 colon-separated bytes do not wrap on their own; two lines of 16 fit the tab.
    m_fingerprint->setText(m_svid->fingerprint.left(48) + QLatin1Char('\n') + m_svid->fingerprint.mid(48));
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
    const SecretBytes passphrase = PassphraseDialog::obtain(m_workspace, this);
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
    issued(certificate.value());
}

void AgentIdentityPanel::renewSvid()
{
    if (!m_svid || !m_agent) {
        return;
    }
    const auto answer = QMessageBox::question(
        this,
        tr("Renew SVID"),
        tr("Issue %1 a new SVID for the same key, valid for an hour from now? SVID %2 stays valid until it "
           "expires; revoke it if it must stop at once.")
            .arg(m_agent->name, m_svid->identifier),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const SecretBytes passphrase = PassphraseDialog::obtain(m_workspace, this);
    if (passphrase.isEmpty()) {
        return;
    }
    IdentityService identity(m_workspace);
    auto certificate =
        identity.renewSvid(m_svid->identifier, CertificateAuthority::kDefaultSvidSeconds, passphrase);
    if (!certificate) {
        QMessageBox::warning(this, tr("Steward"), certificate.error().message);
        return;
    }
    issued(certificate.value());
}

void AgentIdentityPanel::issued(const Certificate& certificate)
{
    refresh();
    Q_EMIT credentialsChanged();
    // The agent needs the certificate; offer it while the person is here.
    if (m_svid && m_svid->identifier == certificate.serialHex()) {
        saveCertificate();
    }
}

bool AgentIdentityPanel::saveCertificate(const QString& requestedPath)
{
    if (!m_svid || !m_agent) {
        return false;
    }
    auto pem = m_workspace.credentials().certificatePem(m_svid->identifier);
    IdentityService identity(m_workspace);
    auto chain = identity.chain();
    if (!pem || pem->isEmpty() || !chain) {
        QMessageBox::warning(this,
                             tr("Steward"),
                             !pem ? pem.error().message
                             : !chain
                                 ? chain.error().message
                                 : tr("Steward did not keep this SVID's certificate; renew it to get one."));
        return false;
    }
    const QString path = !requestedPath.isEmpty()
                             ? requestedPath
                             : QFileDialog::getSaveFileName(this,
                                                            tr("Save the SVID of %1").arg(m_agent->name),
                                                            m_agent->name + QStringLiteral("-svid.pem"),
                                                            tr("PEM certificates (*.pem);;All files (*)"));
    if (path.isEmpty()) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QMessageBox::warning(this, tr("Steward"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    // Leaf first, then the intermediate: what TLS libraries expect in a certificate chain file.
    file.write(pem.value() + chain->intermediate.toPem());
    return true;
}

void AgentIdentityPanel::revokeSvid()
{
    if (!m_svid || !m_agent) {
        return;
    }
    ReasonDialog dialog(
        tr("Revoke SVID"),
        tr("Revoke SVID %1 of %2? Relying parties refuse it once they load the next CRL. Reason:")
            .arg(m_svid->identifier, m_agent->name),
        tr("&Revoke"),
        true,
        this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    IdentityService identity(m_workspace);
    if (const Status revoked = identity.revokeSvid(m_svid->identifier, dialog.reason()); !revoked) {
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

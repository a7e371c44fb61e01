// SPDX-License-Identifier: Apache-2.0
#include "minttokendialog.h"

#include "identity/identityservice.h"
#include "inlineerror.h"
#include "passphrasedialog.h"
#include "workspace/workspace.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

MintTokenDialog::MintTokenDialog(Workspace& workspace, const Agent& agent, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_agent(agent)
    , m_grant(new QComboBox(this))
    , m_audience(new QLineEdit(this))
    , m_task(new QLineEdit(this))
    , m_scope(new QPlainTextEdit(this))
    , m_ttl(new QSpinBox(this))
    , m_output(new QPlainTextEdit(this))
    , m_error(InlineError::create(this, QStringLiteral("mintError")))
    , m_mint(nullptr)
    , m_copy(nullptr)
{
    setObjectName(QStringLiteral("mintTokenDialog"));
    setWindowTitle(tr("Mint a token for %1").arg(agent.name));
    setMinimumWidth(520);
    m_grant->setObjectName(QStringLiteral("grantCombo"));
    if (auto grants = workspace.requests().grants(agent.id, true, workspace.now())) {
        for (const Grant& grant : grants.value()) {
            m_grant->addItem(
                tr("Grant %1 · task %2 · until %3")
                    .arg(grant.id)
                    .arg(grant.task.isEmpty() ? tr("(none)") : grant.task,
                         QLocale().toString(grant.validUntil.toLocalTime(), QLocale::ShortFormat)),
                QVariant::fromValue(grant.id));
            m_grant->setItemData(
                m_grant->count() - 1, grant.statements.join(QLatin1Char('\n')), Qt::ToolTipRole);
            m_grants.append(grant);
        }
    }
    if (m_grants.isEmpty()) {
        m_grant->addItem(tr("No active grant: file a permission request first"));
        m_grant->setEnabled(false);
    }
    m_audience->setObjectName(QStringLiteral("audienceEdit"));
    m_audience->setPlaceholderText(tr("The service that will accept it, such as payments-api"));
    m_task->setObjectName(QStringLiteral("taskEdit"));
    m_scope->setObjectName(QStringLiteral("scopeEdit"));
    m_scope->setPlaceholderText(tr("One permission statement per line, such as\nread s3://refunds/**"));
    m_scope->setTabChangesFocus(true);
    m_scope->setFixedHeight(m_scope->fontMetrics().lineSpacing() * 3 + 12);
    m_ttl->setObjectName(QStringLiteral("ttlSpin"));
    IdentityService identity(workspace);
    // Minting itself refuses when the limit cannot be read; the spin box only needs a range.
    const auto maxTtl = identity.maxTokenTtl();
    m_ttl->setRange(1, (maxTtl ? maxTtl.value() : TokenIssuer::kDefaultTtlSeconds) / 60);
    m_ttl->setValue(qMin(15, m_ttl->maximum()));
    m_ttl->setSuffix(tr(" min"));
    m_output->setObjectName(QStringLiteral("tokenOutput"));
    m_output->setReadOnly(true);
    m_output->setPlaceholderText(tr("The token appears here once; Steward keeps only its id and digest."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Grant:"), m_grant);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(tr("&Task:"), m_task);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Lifetime:"), m_ttl);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_mint = buttons->addButton(tr("&Mint"), QDialogButtonBox::ActionRole);
    m_mint->setObjectName(QStringLiteral("mintButton"));
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_output);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &MintTokenDialog::reject);
    connect(m_mint, &QPushButton::clicked, this, &MintTokenDialog::mint);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_output->toPlainText());
    });
    connect(m_audience, &QLineEdit::textChanged, this, &MintTokenDialog::validate);
    connect(m_scope, &QPlainTextEdit::textChanged, this, &MintTokenDialog::validate);
    connect(m_grant, &QComboBox::currentIndexChanged, this, &MintTokenDialog::grantChosen);
    grantChosen();
    validate();
}

QString MintTokenDialog::token() const
{
    return m_output->toPlainText();
}

void MintTokenDialog::validate()
{
    m_mint->setEnabled(!m_grants.isEmpty() && !m_audience->text().trimmed().isEmpty() &&
                       !m_scope->toPlainText().trimmed().isEmpty());
}

void MintTokenDialog::grantChosen()
{
    const int index = m_grant->currentIndex();
    if (index < 0 || index >= m_grants.size()) {
        return;
    }
    // The whole grant to start from; the person may narrow it before minting.
    m_task->setText(m_grants[index].task);
    m_scope->setPlainText(m_grants[index].statements.join(QLatin1Char('\n')));
}

void MintTokenDialog::mint()
{
    const SecretBytes passphrase = PassphraseDialog::obtain(m_workspace, this);
    if (passphrase.isEmpty()) {
        return;
    }
    IdentityService identity(m_workspace);
    IdentityService::MintRequest request;
    request.agent = m_agent.name;
    request.audience = m_audience->text().trimmed();
    request.task = m_task->text().trimmed();
    request.scope = m_scope->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    request.ttlSeconds = m_ttl->value() * 60;
    if (m_grant->currentIndex() >= 0 && m_grant->currentIndex() < m_grants.size()) {
        request.grantId = m_grants[m_grant->currentIndex()].id;
    }
    auto token = identity.mintToken(request, passphrase);
    if (!token) {
        InlineError::show(m_error, token.error());
        return;
    }
    InlineError::show(m_error, Status());
    m_output->setPlainText(QString::fromLatin1(token->compact));
    m_copy->setEnabled(true);
}

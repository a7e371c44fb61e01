// SPDX-License-Identifier: Apache-2.0
#include "signingkeydialog.h"

#include "crypto/secretbytes.h"
#include "inlineerror.h"
#include "submitshortcut.h"
#include "workflow/operatorservice.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SigningKeyDialog::SigningKeyDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(InlineError::create(this, QStringLiteral("signingKeyError")))
{
    setObjectName(QStringLiteral("signingKeyDialog"));
    setWindowTitle(tr("Create your signing key"));
    setMinimumWidth(440);
    auto* intro = new QLabel(tr("Each decision you make is signed with your own key, so it provably comes "
                                "from you. Choose a passphrase for it (at least %1 characters); Steward "
                                "cannot recover it, and nobody else needs it.")
                                 .arg(OperatorService::kMinPassphraseLength),
                             this);
    intro->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("signingPassphraseEdit"));
    m_repeat->setObjectName(QStringLiteral("signingRepeatEdit"));
    for (QLineEdit* edit : {m_passphrase, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textEdited, m_error, &QLabel::hide);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* create = buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("Create key"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SigningKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SigningKeyDialog::reject);
    SubmitShortcut::install(this, create);
}

void SigningKeyDialog::accept()
{
    SecretBytes typed(m_passphrase->text().toUtf8());
    SecretBytes repeated(m_repeat->text().toUtf8());
    if (typed.view().size() < OperatorService::kMinPassphraseLength) {
        InlineError::show(
            m_error,
            Error{ErrorKind::Invalid,
                  tr("Use at least %1 characters.").arg(OperatorService::kMinPassphraseLength)});
        m_passphrase->setFocus();
        return;
    }
    if (typed.view() != repeated.view()) {
        InlineError::show(m_error,
                          Error{ErrorKind::Invalid, tr("The two passphrases differ; type them again.")});
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    OperatorService operators(m_workspace);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto enrolled = operators.enroll(typed);
    auto key = enrolled ? operators.unlock(typed) : Result<KeyPair>(enrolled.error());
    QGuiApplication::restoreOverrideCursor();
    if (!key) {
        InlineError::show(m_error, key.error());
        return;
    }
    m_passphrase->clear();
    m_repeat->clear();
    m_key = key.value();
    QDialog::accept();
}

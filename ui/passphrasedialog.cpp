// SPDX-License-Identifier: Apache-2.0
#include "passphrasedialog.h"

#include "identity/identityservice.h"
#include "identity/passphrasekeychain.h"
#include "inlineerror.h"
#include "submitshortcut.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
bool opensKeys(Workspace& workspace, QByteArrayView passphrase, Status* why = nullptr)
{
    IdentityService identity(workspace);
    const Status opened = identity.unlock(passphrase);
    identity.lock();
    if (why) {
        *why = opened;
    }
    return opened.ok();
}
} // namespace

PassphraseDialog::PassphraseDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_edit(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
    , m_error(InlineError::create(this, QStringLiteral("passphraseError")))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Workspace passphrase"));
    setMinimumWidth(420);
    auto* prompt = new QLabel(tr("The passphrase that protects the certificate authority and signing keys of "
                                 "%1:")
                                  .arg(workspace.trustDomain()),
                              this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setVisible(PassphraseKeychain::isEnabled());
    m_remember->setToolTip(
        tr("Keeps the passphrase in the Secret Service (GNOME Keyring, KWallet), unlocked with your login."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* unlock = buttons->button(QDialogButtonBox::Ok);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setText(tr("&Unlock"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    connect(m_edit, &QLineEdit::textEdited, m_error, &QLabel::hide);
    SubmitShortcut::install(this, unlock);
}

void PassphraseDialog::accept()
{
    SecretBytes typed(m_edit->text().toUtf8());
    if (typed.isEmpty()) {
        InlineError::show(m_error, Error{ErrorKind::Invalid, tr("Enter the passphrase.")});
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Status opened;
    opensKeys(m_workspace, typed, &opened);
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        InlineError::show(m_error, opened);
        m_edit->selectAll();
        m_edit->setFocus();
        return;
    }
    if (!m_remember->isHidden() && m_remember->isChecked()) {
        if (const Status stored = PassphraseKeychain::write(m_workspace.id(), typed); !stored) {
            // The passphrase is right; only remembering failed, which must not block the work.
            InlineError::show(m_error, stored);
            m_remember->setChecked(false);
            return;
        }
    }
    m_edit->clear();
    m_passphrase = std::move(typed);
    QDialog::accept();
}

SecretBytes PassphraseDialog::obtain(Workspace& workspace, QWidget* parent)
{
    QByteArray fromEnvironment = qgetenv("STEWARD_PASSPHRASE");
    if (!fromEnvironment.isEmpty()) {
        return SecretBytes(std::move(fromEnvironment));
    }
    if (PassphraseKeychain::isEnabled()) {
        if (auto remembered = PassphraseKeychain::read(workspace.id());
            remembered && opensKeys(workspace, remembered.value())) {
            return std::move(remembered).value();
        }
    }
    PassphraseDialog dialog(workspace, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    SecretBytes passphrase = dialog.takePassphrase();
    // Typed once, it also lets this session sign the audit checkpoint when it closes.
    if (auto auditKey = workspace.audit().openWorkspaceKey(passphrase)) {
        workspace.audit().setCheckpointKey(auditKey.value());
    }
    return passphrase;
}

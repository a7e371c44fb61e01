// SPDX-License-Identifier: Apache-2.0
#include "ownerdialog.h"

#include "inlineerror.h"
#include "inventory/inventoryrules.h"
#include "inventory/inventoryservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OwnerDialog::OwnerDialog(InventoryService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_team(new QLineEdit(this))
    , m_nameError(InlineError::create(this, QStringLiteral("ownerNameError")))
    , m_emailError(InlineError::create(this, QStringLiteral("ownerEmailError")))
    , m_teamError(InlineError::create(this, QStringLiteral("ownerTeamError")))
    , m_saveError(InlineError::create(this, QStringLiteral("ownerSaveError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New owner"));
    setObjectName(QStringLiteral("ownerDialog"));
    m_name->setObjectName(QStringLiteral("ownerNameEdit"));
    m_email->setObjectName(QStringLiteral("ownerEmailEdit"));
    m_team->setObjectName(QStringLiteral("ownerTeamEdit"));
    m_name->setPlaceholderText(tr("Full name of the accountable person"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_team->setPlaceholderText(tr("Team, such as Payments"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailError);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(QString(), m_teamError);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("An owner is the person accountable for what an agent does."), this));
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OwnerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OwnerDialog::reject);
    for (QLineEdit* edit : {m_name, m_email, m_team}) {
        connect(edit, &QLineEdit::textChanged, this, &OwnerDialog::validate);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
}

void OwnerDialog::validate()
{
    // Fields the person has not reached yet stay quiet; the Save button still waits for them.
    const auto check = [](QLineEdit* edit, QLabel* label, const Status& status) {
        InlineError::show(label, edit->text().isEmpty() ? Status() : status);
        return status.ok();
    };
    const bool valid = check(m_name, m_nameError, InventoryRules::ownerName(m_name->text())) &
                       check(m_email, m_emailError, InventoryRules::ownerEmail(m_email->text())) &
                       check(m_team, m_teamError, InventoryRules::ownerTeam(m_team->text()));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
}

void OwnerDialog::accept()
{
    auto owner = m_service.addOwner(m_name->text(), m_email->text(), m_team->text());
    if (!owner) {
        InlineError::show(m_saveError, owner.error());
        return;
    }
    m_owner = owner.value();
    QDialog::accept();
}

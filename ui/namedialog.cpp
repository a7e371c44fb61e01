// SPDX-License-Identifier: Apache-2.0
#include "namedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NameDialog::NameDialog(const QString& title, const QString& prompt, const QString& action, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_confirm(nullptr)
{
    setObjectName(QStringLiteral("nameDialog"));
    setWindowTitle(title);
    setMinimumWidth(360);
    auto* text = new QLabel(prompt, this);
    text->setObjectName(QStringLiteral("namePrompt"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setBuddy(m_name);
    m_name->setObjectName(QStringLiteral("nameEdit"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    // Enter presses the default button, and a disabled one not at all: a blank name goes nowhere.
    m_confirm->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_name);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NameDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NameDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NameDialog::validate);
    validate();
    m_name->setFocus();
}

QString NameDialog::name() const
{
    return m_name->text().trimmed();
}

void NameDialog::validate()
{
    m_confirm->setEnabled(!name().isEmpty());
}

// SPDX-License-Identifier: Apache-2.0
#include "reasondialog.h"

#include "submitshortcut.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(
    const QString& title, const QString& prompt, const QString& action, bool required, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_confirm(nullptr)
    , m_required(required)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    setMinimumWidth(420);
    auto* text = new QLabel(prompt, this);
    text->setObjectName(QStringLiteral("reasonPrompt"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::validate);
    SubmitShortcut::install(this, m_confirm);
    validate();
    m_reason->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::validate()
{
    m_confirm->setEnabled(!m_required || !reason().isEmpty());
}

// SPDX-License-Identifier: Apache-2.0
#include "statuschangedialog.h"

#include "inlineerror.h"
#include "inventory/inventoryrules.h"
#include "submitshortcut.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

QString StatusChangeDialog::actionLabel(AgentStatus from, AgentStatus to)
{
    switch (to) {
    case AgentStatus::Suspended:
        return tr("&Suspend");
    case AgentStatus::Retired:
        return tr("&Retire");
    case AgentStatus::Active:
        return from == AgentStatus::Suspended ? tr("Re&activate") : tr("&Activate");
    case AgentStatus::Requested:
    case AgentStatus::Shadow:
        break;
    }
    return AgentTypes::label(to);
}

StatusChangeDialog::StatusChangeDialog(const Agent& agent, AgentStatus to, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_reasonError(InlineError::create(this, QStringLiteral("reasonError")))
    , m_confirm(nullptr)
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    QString title;
    QString explanation;
    switch (to) {
    case AgentStatus::Suspended:
        title = tr("Suspend %1").arg(agent.name);
        explanation = tr("Suspend <b>%1</b>? It keeps its identity and history, but it stays inactive until "
                         "someone reactivates it.")
                          .arg(agent.name.toHtmlEscaped());
        break;
    case AgentStatus::Retired:
        title = tr("Retire %1").arg(agent.name);
        explanation =
            tr("Retire <b>%1</b>? Retiring is final: the agent can never be active again. Its record "
               "and history are kept.")
                .arg(agent.name.toHtmlEscaped());
        break;
    default:
        title = tr("Activate %1").arg(agent.name);
        explanation =
            agent.status == AgentStatus::Suspended
                ? tr("Reactivate <b>%1</b>? It becomes active again.").arg(agent.name.toHtmlEscaped())
                : tr("Activate <b>%1</b>? It becomes a registered, active agent owned by %2.")
                      .arg(agent.name.toHtmlEscaped(), agent.ownerName.toHtmlEscaped());
        break;
    }
    setWindowTitle(title);

    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Reason, kept in the agent's history"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(actionLabel(agent.status, to), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    // The safe choice is the default, so Enter never suspends or retires by accident.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_reason);
    layout->addWidget(m_reasonError);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusChangeDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &StatusChangeDialog::validate);
    SubmitShortcut::install(this, m_confirm);
    m_reason->setFocus();
}

QString StatusChangeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void StatusChangeDialog::validate()
{
    m_confirm->setEnabled(InlineError::show(m_reasonError, InventoryRules::reason(reason())));
}

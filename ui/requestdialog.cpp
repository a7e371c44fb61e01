// SPDX-License-Identifier: Apache-2.0
#include "requestdialog.h"

#include "inlineerror.h"
#include "policy/permissionstatement.h"
#include "workflow/requestservice.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

RequestDialog::RequestDialog(Workspace& workspace, const QString& agent, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_agent(new QLineEdit(agent, this))
    , m_statements(new QPlainTextEdit(this))
    , m_statementsError(InlineError::create(this, QStringLiteral("statementsError")))
    , m_justification(new QPlainTextEdit(this))
    , m_task(new QLineEdit(this))
    , m_duration(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_standing(new QCheckBox(
          tr("&Standing grant (longer than the workspace allows; an admin must approve)"), this))
    , m_error(InlineError::create(this, QStringLiteral("requestError")))
    , m_file(nullptr)
{
    setObjectName(QStringLiteral("requestDialog"));
    setWindowTitle(tr("Request permissions"));
    setMinimumWidth(620);
    m_agent->setObjectName(QStringLiteral("agentEdit"));
    m_agent->setPlaceholderText(tr("Agent name, SPIFFE ID or principal"));
    m_statements->setObjectName(QStringLiteral("statementsEdit"));
    m_statements->setPlaceholderText(
        tr("One permission per line, such as\nread,list s3://refunds/** classification<=confidential"));
    m_statements->setTabChangesFocus(true);
    m_statements->setFixedHeight(m_statements->fontMetrics().lineSpacing() * 5 + 12);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setPlaceholderText(tr("Why the agent needs this, for the reviewers"));
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 3 + 12);
    m_task->setObjectName(QStringLiteral("taskEdit"));
    m_task->setPlaceholderText(tr("Ticket or task id, such as FIN-7"));
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(1, 366);
    m_duration->setValue(8);
    m_unit->setObjectName(QStringLiteral("durationUnit"));
    m_unit->addItem(tr("hours"), 3600);
    m_unit->addItem(tr("days"), 86400);
    m_standing->setObjectName(QStringLiteral("standingCheck"));

    auto* duration = new QHBoxLayout;
    duration->addWidget(m_duration);
    duration->addWidget(m_unit);
    duration->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Agent:"), m_agent);
    form->addRow(tr("&Permissions:"), m_statements);
    form->addRow(QString(), m_statementsError);
    form->addRow(tr("&Why:"), m_justification);
    form->addRow(tr("&Task:"), m_task);
    form->addRow(tr("&For:"), duration);
    form->addRow(QString(), m_standing);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_file = buttons->addButton(tr("&File request"), QDialogButtonBox::AcceptRole);
    m_file->setObjectName(QStringLiteral("fileRequestButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequestDialog::reject);
    for (QPlainTextEdit* edit : {m_statements, m_justification}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &RequestDialog::validate);
    }
    connect(m_agent, &QLineEdit::textChanged, this, &RequestDialog::validate);
    validate();
}

qint64 RequestDialog::durationSeconds() const
{
    return qint64(m_duration->value()) * m_unit->currentData().toLongLong();
}

void RequestDialog::validate()
{
    const QString text = m_statements->toPlainText();
    const bool statementsOk = text.trimmed().isEmpty()
                                  ? (InlineError::show(m_statementsError, Status()), false)
                                  : InlineError::show(m_statementsError, [&]() -> Status {
                                        auto parsed = PermissionStatement::parseLines(text);
                                        return parsed ? Status() : Status(parsed.error());
                                    }());
    m_file->setEnabled(statementsOk && !m_agent->text().trimmed().isEmpty() &&
                       !m_justification->toPlainText().trimmed().isEmpty());
}

void RequestDialog::accept()
{
    RequestService::Draft draft;
    draft.agent = m_agent->text().trimmed();
    draft.statements = m_statements->toPlainText();
    draft.justification = m_justification->toPlainText();
    draft.task = m_task->text();
    draft.durationSeconds = durationSeconds();
    draft.standing = m_standing->isChecked();
    auto filed = RequestService(m_workspace).file(draft);
    if (!filed) {
        InlineError::show(m_error, filed.error());
        return;
    }
    m_filed = filed.value();
    QDialog::accept();
}

// SPDX-License-Identifier: Apache-2.0
#include "operatorsdialog.h"

#include "inlineerror.h"
#include "workflow/operatorservice.h"
#include "workflow/requestservice.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString roleLabel(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Viewer:
        return OperatorsDialog::tr("Viewer");
    case OperatorRole::Approver:
        return OperatorsDialog::tr("Approver");
    case OperatorRole::Admin:
        return OperatorsDialog::tr("Admin");
    }
    Q_UNREACHABLE();
}

QSpinBox* spin(QWidget* parent, const QString& objectName, int minimum, int maximum, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}
} // namespace

OperatorsDialog::OperatorsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, 5, this))
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add operator"), this))
    , m_addError(InlineError::create(this, QStringLiteral("addOperatorError")))
    // The ranges are the ones RequestService::setSettings accepts.
    , m_quorum(spin(this, QStringLiteral("quorumSpin"), 1, 5, QString()))
    , m_sensitiveQuorum(spin(this, QStringLiteral("sensitiveQuorumSpin"), 2, 5, QString()))
    , m_requestDays(spin(this, QStringLiteral("requestDaysSpin"), 1, 90, tr(" days")))
    , m_grantDays(spin(this, QStringLiteral("grantDaysSpin"), 1, 365, tr(" days")))
    , m_sensitiveHours(spin(this, QStringLiteral("sensitiveHoursSpin"), 1, 24 * 7, tr(" hours")))
    , m_save(new QPushButton(tr("&Save rules"), this))
    , m_rulesError(InlineError::create(this, QStringLiteral("rulesError")))
    , m_rulesSaved(new QLabel(tr("Saved; the change is in the audit trail."), this))
{
    setObjectName(QStringLiteral("operatorsDialog"));
    setWindowTitle(tr("Operators and approval rules"));
    resize(760, 620);

    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Operator"), tr("Name"), tr("Email"), tr("Role"), tr("Signing key")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setPlaceholderText(tr("login name, such as ann.lee"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("ann.lee@example.com"));
    m_email->setToolTip(tr("When it is an agent owner's email, the owner rule applies: an owner is never the "
                           "only approver of their agent's sensitive or high-risk request."));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (OperatorRole role : {OperatorRole::Viewer, OperatorRole::Approver, OperatorRole::Admin}) {
        m_role->addItem(roleLabel(role), static_cast<int>(role));
    }
    m_role->setCurrentIndex(1);
    m_add->setObjectName(QStringLiteral("addOperatorButton"));
    m_save->setObjectName(QStringLiteral("saveRulesButton"));
    m_add->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto* addForm = new QFormLayout;
    addForm->addRow(tr("&Login:"), m_username);
    addForm->addRow(tr("&Name:"), m_displayName);
    addForm->addRow(tr("&Email:"), m_email);
    addForm->addRow(tr("&Role:"), m_role);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addError, 1);
    addRow->addWidget(m_add);
    auto* addBox = new QGroupBox(tr("New operator"), this);
    auto* addLayout = new QVBoxLayout(addBox);
    addLayout->addLayout(addForm);
    addLayout->addLayout(addRow);

    auto* rulesForm = new QFormLayout;
    rulesForm->addRow(tr("Approvals for a request:"), m_quorum);
    rulesForm->addRow(tr("Approvals when sensitive, restricted, critical or standing:"), m_sensitiveQuorum);
    rulesForm->addRow(tr("A pending request expires after:"), m_requestDays);
    rulesForm->addRow(tr("Longest grant:"), m_grantDays);
    rulesForm->addRow(tr("Longest sensitive grant:"), m_sensitiveHours);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_rulesError, 1);
    saveRow->addWidget(m_rulesSaved, 1);
    saveRow->addWidget(m_save);
    auto* rulesBox = new QGroupBox(tr("Approval rules"), this);
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addLayout(rulesForm);
    rulesLayout->addLayout(saveRow);

    auto* lower = new QHBoxLayout;
    lower->addWidget(addBox, 1);
    lower->addWidget(rulesBox, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(lower);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &OperatorsDialog::addOperator);
    connect(m_save, &QPushButton::clicked, this, &OperatorsDialog::saveRules);
    m_rulesSaved->setObjectName(QStringLiteral("rulesSaved"));
    m_rulesSaved->hide();
    for (QSpinBox* box : {m_quorum, m_sensitiveQuorum, m_requestDays, m_grantDays, m_sensitiveHours}) {
        connect(box, &QSpinBox::valueChanged, m_rulesSaved, &QLabel::hide);
    }
    for (QLineEdit* edit : {m_username, m_displayName, m_email}) {
        connect(edit, &QLineEdit::textEdited, m_addError, &QLabel::hide);
        connect(edit, &QLineEdit::returnPressed, this, &OperatorsDialog::addOperator);
    }

    const bool admin = OperatorService(m_workspace).require(OperatorRole::Admin).ok();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_username,
                                                           m_displayName,
                                                           m_email,
                                                           m_role,
                                                           m_add,
                                                           m_quorum,
                                                           m_sensitiveQuorum,
                                                           m_requestDays,
                                                           m_grantDays,
                                                           m_sensitiveHours,
                                                           m_save}) {
        widget->setEnabled(admin);
    }
    if (!admin) {
        const QString why = tr("Only an admin adds operators or changes the rules.");
        addBox->setToolTip(why);
        rulesBox->setToolTip(why);
    }

    const auto stored = RequestService(m_workspace).settings();
    // Damaged rules are shown as the defaults beside the error, so that an admin can save them.
    const ApprovalSettings rules = stored ? stored.value() : ApprovalSettings();
    InlineError::show(m_rulesError, stored ? Status() : Status(stored.error()));
    m_quorum->setValue(rules.defaultQuorum);
    m_sensitiveQuorum->setValue(rules.sensitiveQuorum);
    m_requestDays->setValue(rules.requestTtlDays);
    m_grantDays->setValue(rules.maxGrantDays);
    m_sensitiveHours->setValue(rules.maxSensitiveGrantHours);
    reload();
}

void OperatorsDialog::reload()
{
    auto operators = m_workspace.operators().list();
    m_table->setRowCount(0);
    if (!operators) {
        InlineError::show(m_addError, operators.error());
        return;
    }
    m_table->setRowCount(static_cast<int>(operators->size()));
    for (int row = 0; row < operators->size(); ++row) {
        const Operator& op = operators->at(row);
        const QStringList cells{op.username,
                                op.displayName,
                                op.email,
                                roleLabel(op.role),
                                op.keyId.isEmpty() ? tr("none yet")
                                                   : op.keyId.left(16) + QStringLiteral("…")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 4 && !op.keyId.isEmpty()) {
                item->setToolTip(op.keyId);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void OperatorsDialog::addOperator()
{
    auto added = OperatorService(m_workspace)
                     .add(m_username->text().trimmed(),
                          m_displayName->text().trimmed(),
                          m_email->text().trimmed(),
                          static_cast<OperatorRole>(m_role->currentData().toInt()));
    if (!added) {
        InlineError::show(m_addError, added.error());
        m_username->setFocus();
        return;
    }
    m_username->clear();
    m_displayName->clear();
    m_email->clear();
    reload();
    const auto rows = m_table->findItems(added->username, Qt::MatchExactly);
    if (!rows.isEmpty()) {
        m_table->selectRow(rows.first()->row());
    }
}

void OperatorsDialog::saveRules()
{
    ApprovalSettings rules;
    rules.defaultQuorum = m_quorum->value();
    rules.sensitiveQuorum = m_sensitiveQuorum->value();
    rules.requestTtlDays = m_requestDays->value();
    rules.maxGrantDays = m_grantDays->value();
    rules.maxSensitiveGrantHours = m_sensitiveHours->value();
    const Status saved = RequestService(m_workspace).setSettings(rules);
    InlineError::show(m_rulesError, saved);
    m_rulesSaved->setVisible(saved.ok());
}

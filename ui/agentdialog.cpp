// SPDX-License-Identifier: Apache-2.0
#include "agentdialog.h"

#include "inlineerror.h"
#include "inventory/inventoryrules.h"
#include "inventory/inventoryservice.h"
#include "model/spiffeid.h"
#include "ownerdialog.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

const QStringList kKnownFrameworks = {
    QStringLiteral("LangGraph"),
    QStringLiteral("OpenAI Agents SDK"),
    QStringLiteral("CrewAI"),
    QStringLiteral("Microsoft Agent Framework"),
    QStringLiteral("Claude Agent SDK"),
    QStringLiteral("AutoGen"),
    QStringLiteral("LlamaIndex"),
};

template<typename Enum>
void fillCombo(QComboBox* combo, const QList<Enum>& values, Enum current)
{
    for (Enum value : values) {
        combo->addItem(AgentTypes::label(value), AgentTypes::key(value));
    }
    combo->setCurrentIndex(combo->findData(AgentTypes::key(current)));
}

} // namespace

AgentDialog::AgentDialog(InventoryService& service, std::optional<Agent> agent, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_editing(std::move(agent))
    , m_name(new QLineEdit(this))
    , m_spiffePreview(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_purpose(new QPlainTextEdit(this))
    , m_owner(new QComboBox(this))
    , m_framework(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_risk(new QComboBox(this))
    , m_principals(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_nameError(InlineError::create(this, QStringLiteral("nameError")))
    , m_displayNameError(InlineError::create(this, QStringLiteral("displayNameError")))
    , m_purposeError(InlineError::create(this, QStringLiteral("purposeError")))
    , m_ownerError(InlineError::create(this, QStringLiteral("ownerError")))
    , m_detailsError(InlineError::create(this, QStringLiteral("detailsError")))
    , m_principalsError(InlineError::create(this, QStringLiteral("principalsError")))
    , m_tagsError(InlineError::create(this, QStringLiteral("tagsError")))
    , m_saveError(InlineError::create(this, QStringLiteral("saveError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("agentDialog"));
    setWindowTitle(m_editing ? tr("Edit agent %1").arg(m_editing->name) : tr("New agent"));
    setMinimumWidth(560);

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_spiffePreview->setObjectName(QStringLiteral("spiffePreviewLabel"));
    m_spiffePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_framework->setObjectName(QStringLiteral("frameworkCombo"));
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_risk->setObjectName(QStringLiteral("riskCombo"));
    m_principals->setObjectName(QStringLiteral("principalsEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));

    m_name->setMaxLength(SpiffeId::kMaxAgentNameLength);
    m_name->setPlaceholderText(tr("invoice-reconciler"));
    m_displayName->setPlaceholderText(tr("Shown in lists; the name if left empty"));
    m_purpose->setPlaceholderText(tr("What the agent does and why it needs access"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setFixedHeight(m_purpose->fontMetrics().lineSpacing() * 4 + 12);
    m_framework->setEditable(true);
    m_framework->addItems(kKnownFrameworks);
    m_framework->setCurrentIndex(-1);
    m_model->setPlaceholderText(tr("claude-sonnet-4.5, gpt-4.1, …"));
    m_principals->setPlaceholderText(
        tr("One per line, such as\naws-role=arn:aws:iam::123456789012:role/agent\n"
           "k8s-sa=system:serviceaccount:payments:agent\notel-agent-id=asst_123"));
    m_principals->setTabChangesFocus(true);
    m_principals->setFixedHeight(m_principals->fontMetrics().lineSpacing() * 4 + 12);
    m_tags->setPlaceholderText(tr("Separated by spaces or commas, such as pci customer-facing"));

    const Agent initial = m_editing.value_or(Agent{});
    fillCombo(m_environment, AgentTypes::environments(), initial.environment);
    fillCombo(m_risk, AgentTypes::riskTiers(), initial.riskTier);
    reloadOwners(initial.ownerId);

    if (m_editing) {
        m_name->setText(m_editing->name);
        m_name->setReadOnly(true);
        m_name->setToolTip(tr("An agent's name is part of its SPIFFE ID and never changes."));
        m_displayName->setText(m_editing->displayName);
        m_purpose->setPlainText(m_editing->purpose);
        m_framework->setCurrentText(m_editing->framework);
        m_model->setText(m_editing->model);
        QStringList lines;
        for (const Principal& principal : m_editing->principals) {
            lines << InventoryRules::formatPrincipal(principal);
        }
        m_principals->setPlainText(lines.join(QLatin1Char('\n')));
        m_tags->setText(m_editing->tags.join(QLatin1Char(' ')));
    }

    auto* newOwner = new QPushButton(tr("New o&wner…"), this);
    newOwner->setObjectName(QStringLiteral("newOwnerButton"));
    auto* ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_owner, 1);
    ownerRow->addWidget(newOwner);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("SPIFFE ID:"), m_spiffePreview);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(QString(), m_displayNameError);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(QString(), m_purposeError);
    auto* ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    form->addRow(ownerLabel, ownerRow);
    form->addRow(QString(), m_ownerError);
    form->addRow(tr("&Framework:"), m_framework);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(QString(), m_detailsError);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Risk tier:"), m_risk);
    form->addRow(tr("P&rincipals:"), m_principals);
    form->addRow(QString(), m_principalsError);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), m_tagsError);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AgentDialog::reject);
    connect(newOwner, &QPushButton::clicked, this, &AgentDialog::addOwner);
    for (QLineEdit* edit : {m_name, m_displayName, m_model, m_tags}) {
        connect(edit, &QLineEdit::textChanged, this, &AgentDialog::validate);
    }
    connect(m_purpose, &QPlainTextEdit::textChanged, this, &AgentDialog::validate);
    connect(m_principals, &QPlainTextEdit::textChanged, this, &AgentDialog::validate);
    connect(m_framework, &QComboBox::currentTextChanged, this, &AgentDialog::validate);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &AgentDialog::validate);
    validate();
}

void AgentDialog::reloadOwners(qint64 selectId)
{
    m_owner->clear();
    auto owners = m_service.workspace().owners().list();
    if (!owners) {
        InlineError::show(m_saveError, owners.error());
        return;
    }
    for (const Owner& owner : owners.value()) {
        m_owner->addItem(QStringLiteral("%1 <%2> \u2014 %3").arg(owner.name, owner.email, owner.team),
                         owner.id);
    }
    m_owner->setCurrentIndex(selectId ? m_owner->findData(selectId) : -1);
    m_owner->setPlaceholderText(tr("Choose the accountable owner"));
}

void AgentDialog::addOwner()
{
    OwnerDialog dialog(m_service, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadOwners(dialog.owner().id);
    }
}

QList<Principal> AgentDialog::principals(Status* status) const
{
    QList<Principal> list;
    const QStringList lines = m_principals->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        auto principal = InventoryRules::parsePrincipal(line.trimmed());
        if (!principal) {
            *status = principal.error();
            return list;
        }
        list.append(principal.value());
    }
    *status = InventoryRules::principals(list);
    return list;
}

QStringList AgentDialog::tags() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return m_tags->text().split(separators, Qt::SkipEmptyParts);
}

Agent AgentDialog::draft() const
{
    Agent agent = m_editing.value_or(Agent{});
    agent.name = m_name->text();
    agent.displayName = m_displayName->text().trimmed();
    agent.purpose = m_purpose->toPlainText().trimmed();
    agent.ownerId = m_owner->currentIndex() >= 0 ? m_owner->currentData().toLongLong() : 0;
    agent.framework = m_framework->currentText().trimmed();
    agent.model = m_model->text().trimmed();
    agent.environment =
        AgentTypes::environmentFromKey(m_environment->currentData().toString()).value_or(Environment::Dev);
    agent.riskTier = AgentTypes::riskTierFromKey(m_risk->currentData().toString()).value_or(RiskTier::Medium);
    Status ignored;
    agent.principals = principals(&ignored);
    agent.tags = tags();
    return agent;
}

void AgentDialog::validate()
{
    const Agent agent = draft();
    const QString trustDomain = m_service.workspace().trustDomain();
    m_spiffePreview->setText(agent.name.isEmpty() ? tr("spiffe://%1/agent/…").arg(trustDomain)
                                                  : SpiffeId::forAgent(trustDomain, agent.name));
    // Empty required fields are not shouted at before the person gets to them.
    const Status nameStatus = SpiffeId::validateAgentName(agent.name);
    bool valid =
        InlineError::show(m_nameError, agent.name.isEmpty() ? Status() : nameStatus) && nameStatus.ok();
    valid &= InlineError::show(m_displayNameError,
                               agent.displayName.isEmpty() ? Status()
                                                           : InventoryRules::displayName(agent.displayName));
    const Status purposeStatus = InventoryRules::purpose(agent.purpose);
    valid &= InlineError::show(m_purposeError, agent.purpose.isEmpty() ? Status() : purposeStatus) &&
             purposeStatus.ok();
    const bool shadowWithoutOwner =
        m_editing && m_editing->status == AgentStatus::Shadow && agent.ownerId == 0;
    valid &= agent.ownerId != 0 || shadowWithoutOwner;
    InlineError::show(m_ownerError, Status());
    const Status framework = InventoryRules::framework(agent.framework);
    valid &= InlineError::show(m_detailsError, framework ? InventoryRules::model(agent.model) : framework);
    Status principalStatus;
    principals(&principalStatus);
    valid &= InlineError::show(m_principalsError, principalStatus);
    valid &= InlineError::show(m_tagsError, InventoryRules::tags(agent.tags));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
}

void AgentDialog::accept()
{
    const Agent agent = draft();
    auto saved = m_editing ? m_service.editAgent(m_editing->id, agent) : m_service.addAgent(agent);
    if (!saved) {
        InlineError::show(m_saveError, saved.error());
        return;
    }
    m_result = saved.value();
    QDialog::accept();
}

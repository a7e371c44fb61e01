// SPDX-License-Identifier: Apache-2.0
#include "agentdetailspanel.h"

#include "inventory/agentlifecycle.h"
#include "theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : AgentDetailsPanel::tr("never");
}
} // namespace

AgentDetailsPanel::AgentDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_form(new QFormLayout)
    , m_title(new QLabel(this))
    , m_history(new QTreeWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_activity(new QPushButton(tr("Acti&vity"), this))
    , m_suspend(new QPushButton(tr("&Suspend…"), this))
    , m_retire(new QPushButton(tr("Re&tire…"), this))
    , m_activate(new QPushButton(tr("Reac&tivate…"), this))
{
    setObjectName(QStringLiteral("agentDetailsPanel"));
    setMinimumWidth(280);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_spiffeId = addField(tr("SPIFFE ID:"), QStringLiteral("detailsSpiffeId"));
    m_status = addField(tr("Status:"), QStringLiteral("detailsStatus"));
    m_owner = addField(tr("Owner:"), QStringLiteral("detailsOwner"));
    m_purpose = addField(tr("Purpose:"), QStringLiteral("detailsPurpose"));
    m_frameworkModel = addField(tr("Runs on:"), QStringLiteral("detailsFramework"));
    m_environment = addField(tr("Environment:"), QStringLiteral("detailsEnvironment"));
    m_risk = addField(tr("Risk tier:"), QStringLiteral("detailsRisk"));
    m_principals = addField(tr("Principals:"), QStringLiteral("detailsPrincipals"));
    m_tags = addField(tr("Tags:"), QStringLiteral("detailsTags"));
    m_times = addField(tr("Seen:"), QStringLiteral("detailsTimes"));

    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Change"), tr("By"), tr("Reason")});
    m_history->header()->setStretchLastSection(true);
    m_history->setMinimumHeight(110);

    m_edit->setObjectName(QStringLiteral("editAgentButton"));
    m_activity->setObjectName(QStringLiteral("agentActivityButton"));
    m_activity->setToolTip(tr("What this agent did, on the Activity page"));
    m_suspend->setObjectName(QStringLiteral("suspendAgentButton"));
    m_retire->setObjectName(QStringLiteral("retireAgentButton"));
    m_activate->setObjectName(QStringLiteral("activateAgentButton"));
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_edit, m_activity, m_suspend, m_activate, m_retire}) {
        actions->addWidget(button);
    }
    actions->addStretch(1);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(actions);
    contentLayout->addLayout(m_form);
    auto* historyLabel = new QLabel(tr("History"), content);
    QFont bold = historyLabel->font();
    bold.setBold(true);
    historyLabel->setFont(bold);
    contentLayout->addWidget(historyLabel);
    contentLayout->addWidget(m_history, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* empty = new QLabel(tr("Select an agent to see its owner, principals and history."), this);
    empty->setObjectName(QStringLiteral("detailsEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);

    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_edit, &QPushButton::clicked, this, &AgentDetailsPanel::editRequested);
    connect(m_activity, &QPushButton::clicked, this, [this] {
        if (m_agent) {
            Q_EMIT activityRequested(m_agent->name);
        }
    });
    connect(m_suspend, &QPushButton::clicked, this, [this] {
        Q_EMIT statusChangeRequested(AgentStatus::Suspended);
    });
    connect(m_retire, &QPushButton::clicked, this, [this] {
        Q_EMIT statusChangeRequested(AgentStatus::Retired);
    });
    connect(m_activate, &QPushButton::clicked, this, [this] {
        Q_EMIT statusChangeRequested(AgentStatus::Active);
    });
    showAgent(std::nullopt, {});
}

QLabel* AgentDetailsPanel::addField(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, value);
    return value;
}

void AgentDetailsPanel::showAgent(const std::optional<Agent>& agent, const QList<StatusChange>& history)
{
    m_agent = agent;
    m_stack->setCurrentIndex(agent ? 1 : 0);
    if (!agent) {
        return;
    }
    const Agent& a = *agent;
    m_title->setText(a.displayName);
    m_spiffeId->setText(a.spiffeId);
    m_status->setText(AgentTypes::label(a.status));
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, Theme::statusColor(a.status, palette()));
    m_status->setPalette(statusPalette);
    m_owner->setText(a.ownerId ? QStringLiteral("%1 <%2>\n%3").arg(a.ownerName, a.ownerEmail, a.ownerTeam)
                               : tr("Nobody: assign an accountable owner before activating this agent."));
    m_purpose->setText(a.purpose);
    QStringList runsOn;
    for (const QString& part : {a.framework, a.model}) {
        if (!part.isEmpty()) {
            runsOn << part;
        }
    }
    m_frameworkModel->setText(runsOn.isEmpty() ? tr("unknown") : runsOn.join(QStringLiteral(" \u00b7 ")));
    m_environment->setText(AgentTypes::label(a.environment));
    m_risk->setText(AgentTypes::label(a.riskTier));
    QStringList principals;
    for (const Principal& principal : a.principals) {
        principals << QStringLiteral("%1: %2").arg(AgentTypes::label(principal.kind), principal.value);
    }
    m_principals->setText(principals.isEmpty() ? tr("none") : principals.join(QLatin1Char('\n')));
    m_tags->setText(a.tags.isEmpty() ? tr("none") : a.tags.join(QStringLiteral(", ")));
    m_times->setText(tr("last %1 \u00b7 registered %2 \u00b7 changed %3")
                         .arg(timeText(a.lastSeenAt), timeText(a.createdAt), timeText(a.updatedAt)));

    m_history->clear();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const QString change =
            it->from
                ? QStringLiteral("%1 \u2192 %2").arg(AgentTypes::label(*it->from), AgentTypes::label(it->to))
                : AgentTypes::label(it->to);
        // A discovered agent was brought in by a connector's records; the operator whose ingest was
        // running did not decide anything, so they are named only in the tooltip.
        const QString by =
            it->connectorId != 0 ? tr("Discovered by connector %1").arg(it->connectorName) : it->operatorName;
        auto* item = new QTreeWidgetItem(m_history, {timeText(it->changedAt), change, by, it->reason});
        if (it->connectorId != 0) {
            item->setToolTip(2, tr("Recorded while %1 ran the ingest").arg(it->operatorName));
        }
        item->setToolTip(3, it->reason);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);

    const QList<AgentStatus> targets = AgentLifecycle::allowedTargets(a.status);
    m_edit->setEnabled(a.status != AgentStatus::Retired);
    m_suspend->setVisible(targets.contains(AgentStatus::Suspended));
    m_retire->setVisible(targets.contains(AgentStatus::Retired));
    m_activate->setVisible(targets.contains(AgentStatus::Active));
    m_activate->setText(a.status == AgentStatus::Suspended ? tr("Reac&tivate…") : tr("Ac&tivate…"));
    m_activate->setEnabled(a.ownerId != 0);
    m_activate->setToolTip(a.ownerId ? QString() : tr("Assign an owner first (Edit)."));
    m_retire->setEnabled(a.ownerId != 0);
    m_retire->setToolTip(a.ownerId ? QString() : tr("Assign an owner first (Edit)."));
}

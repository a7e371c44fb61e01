// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

// Everything about the selected agent, and the actions its status allows.
class AgentDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AgentDetailsPanel(QWidget* parent = nullptr);

    void showAgent(const std::optional<Agent>& agent, const QList<StatusChange>& history);
    const std::optional<Agent>& agent() const { return m_agent; }

Q_SIGNALS:
    void editRequested();
    // The agent's own timeline, on the Activity page.
    void activityRequested(const QString& agentName);
    void statusChangeRequested(AgentStatus to);

private:
    QLabel* addField(const QString& label, const QString& objectName);

    std::optional<Agent> m_agent;
    QStackedWidget* m_stack;
    QFormLayout* m_form;
    QLabel* m_title;
    QLabel* m_spiffeId;
    QLabel* m_status;
    QLabel* m_owner;
    QLabel* m_purpose;
    QLabel* m_frameworkModel;
    QLabel* m_environment;
    QLabel* m_risk;
    QLabel* m_principals;
    QLabel* m_tags;
    QLabel* m_times;
    QTreeWidget* m_history;
    QPushButton* m_edit;
    QPushButton* m_activity;
    QPushButton* m_suspend;
    QPushButton* m_retire;
    QPushButton* m_activate;
};

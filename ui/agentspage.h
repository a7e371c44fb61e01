// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"

#include <QWidget>

class AgentDetailsPanel;
class AgentIdentityPanel;
class QTabWidget;
class AgentTableModel;
class InventoryService;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

// The agent inventory: a filterable, sortable table over the store and the selected agent's details.
class AgentsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AgentsPage(InventoryService& service, QWidget* parent = nullptr);

    AgentTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QSplitter* splitter() const { return m_splitter; }
    AgentIdentityPanel* identityPanel() const { return m_identity; }

    // Reads the inventory again, keeping the selected agent: connectors change it by themselves
    // (shadow agents, when an agent was last seen).
    void reload();
    void focusSearch();
    void newAgent();
    void editSelected();
    void changeSelectedStatus(AgentStatus to);
    void reloadOwners();

Q_SIGNALS:
    void inventoryChanged();
    void credentialsChanged();
    void statusMessage(const QString& message);
    void activityRequested(const QString& agentName);

private:
    void applyFilter();
    void updateCount();
    void showSelection();
    void selectAgent(qint64 id);
    void afterChange(qint64 agentId, const QString& message);
    void refreshSelecting(qint64 agentId);
    void showError(const QString& message);
    qint64 selectedAgentId() const;

    InventoryService& m_service;
    AgentTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_ownerFilter;
    QComboBox* m_statusFilter;
    QComboBox* m_environmentFilter;
    QComboBox* m_riskFilter;
    QLabel* m_count;
    QTableView* m_table;
    QSplitter* m_splitter;
    AgentDetailsPanel* m_details;
    AgentIdentityPanel* m_identity;
    QTabWidget* m_detailTabs;
    QTimer* m_searchDelay;
};

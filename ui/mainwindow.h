// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

#include "workspace/workspace.h"

#include <memory>

class AgentsPage;
class ActivityPage;
class AuditPage;
class ConnectorManager;
class ConnectorsPage;
class CredentialsPage;
class InventoryService;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class RequestsPage;

// The console: a sidebar of jobs, one page per job, and a status bar that tells which
// workspace is open and how its inventory stands.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    AgentsPage* agentsPage() const { return m_agentsPage; }
    CredentialsPage* credentialsPage() const { return m_credentialsPage; }
    RequestsPage* requestsPage() const { return m_requestsPage; }
    AuditPage* auditPage() const { return m_auditPage; }
    ActivityPage* activityPage() const { return m_activityPage; }
    ConnectorsPage* connectorsPage() const { return m_connectorsPage; }
    ConnectorManager* connectors() const { return m_connectors; }
    Workspace& workspace() const { return *m_workspace; }
    // Replaces the open workspace; the old one is closed.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    // "agents", "requests", "credentials", "audit", "activity" or "connectors".
    void showPage(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildPages();
    void updateInventoryStatus();
    void updateRequestCount();
    void updateLiveStatus();
    // Requests and grants whose time has come expire on open and every half minute while open.
    void expireDue();
    void openWorkspaceFile();
    void createWorkspaceFile();
    void showAbout();
    void restoreLayout();
    void saveLayout();

    std::unique_ptr<Workspace> m_workspace;
    InventoryService* m_service = nullptr;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    AgentsPage* m_agentsPage = nullptr;
    CredentialsPage* m_credentialsPage = nullptr;
    RequestsPage* m_requestsPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    ActivityPage* m_activityPage = nullptr;
    ConnectorsPage* m_connectorsPage = nullptr;
    ConnectorManager* m_connectors = nullptr;

    QLabel* m_trustDomain;
    QLabel* m_inventoryStatus;
    QTimer* m_expiry;
    QLabel* m_liveStatus;
    QTimer* m_liveTimer;
    qint64 m_liveStoredBefore = 0;
};

// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "activity/connectormanager.h"
#include "activitychartsview.h"
#include "activitypage.h"
#include "agentspage.h"
#include "agenttablemodel.h"
#include "auditpage.h"
#include "connectorspage.h"
#include "credentialspage.h"
#include "identity/unattendedpassphrase.h"
#include "inventory/inventoryservice.h"
#include "operatorsdialog.h"
#include "requestspage.h"
#include "workflow/requestservice.h"
#include "workspace/workspace.h"
#include "workspacedialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace {
const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");
const QString kSplitterKey = QStringLiteral("AgentsPage/splitter");
const QString kColumnsKey = QStringLiteral("AgentsPage/columns");
} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_trustDomain(new QLabel(this))
    , m_inventoryStatus(new QLabel(this))
    , m_expiry(new QTimer(this))
    , m_liveStatus(new QLabel(this))
    , m_liveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Console sections"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setMaximumWidth(240);
    m_sidebar->setMinimumWidth(140);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, 1200});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_trustDomain->setObjectName(QStringLiteral("trustDomainLabel"));
    m_inventoryStatus->setObjectName(QStringLiteral("inventoryStatusLabel"));
    m_liveStatus->setObjectName(QStringLiteral("liveStatusLabel"));
    statusBar()->addPermanentWidget(m_liveStatus);
    statusBar()->addPermanentWidget(m_inventoryStatus);
    statusBar()->addPermanentWidget(m_trustDomain);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    buildMenus();
    setWorkspace(std::move(workspace));
    restoreLayout();
    connect(m_expiry, &QTimer::timeout, this, &MainWindow::expireDue);
    m_expiry->start(30'000);
    connect(m_liveTimer, &QTimer::timeout, this, &MainWindow::updateLiveStatus);
    m_liveTimer->start(1000);
}

MainWindow::~MainWindow()
{
    // Closing the workspace below may wait in an event loop (its checkpoint asks the keychain for
    // the passphrase); the window's timers must not fire into what is already gone.
    m_liveTimer->stop();
    m_expiry->stop();
    // Connectors stop first (after the batch in hand); pages and the service refer to the workspace.
    delete m_connectorsPage;
    m_connectorsPage = nullptr;
    delete m_connectors;
    m_connectors = nullptr;
    delete m_activityPage;
    m_activityPage = nullptr;
    delete m_auditPage;
    m_auditPage = nullptr;
    delete m_requestsPage;
    m_requestsPage = nullptr;
    delete m_credentialsPage;
    m_credentialsPage = nullptr;
    delete m_agentsPage;
    m_agentsPage = nullptr;
    delete m_service;
    m_service = nullptr;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newWorkspace = file->addAction(tr("&New workspace…"), this, &MainWindow::createWorkspaceFile);
    newWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = file->addAction(tr("&Open workspace…"), this, &MainWindow::openWorkspaceFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    file->addAction(tr("O&perators and approval rules…"), this, [this] {
        OperatorsDialog dialog(*m_workspace, this);
        dialog.exec();
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* agents = menuBar()->addMenu(tr("&Agents"));
    QAction* newAgent =
        agents->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New agent…"), this, [this] {
            m_sidebar->setCurrentRow(0);
            m_agentsPage->newAgent();
        });
    newAgent->setObjectName(QStringLiteral("newAgentAction"));
    newAgent->setShortcut(QKeySequence::New);
    QAction* find = agents->addAction(tr("&Find…"), this, [this] {
        m_sidebar->setCurrentRow(0);
        m_agentsPage->focusSearch();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction* edit = agents->addAction(tr("&Edit selected…"), this, [this] { m_agentsPage->editSelected(); });
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Steward"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    if (m_agentsPage) {
        saveLayout();
    }
    delete m_connectorsPage;
    m_connectorsPage = nullptr;
    delete m_connectors;
    m_connectors = nullptr;
    delete m_activityPage;
    m_activityPage = nullptr;
    delete m_auditPage;
    m_auditPage = nullptr;
    delete m_requestsPage;
    m_requestsPage = nullptr;
    delete m_credentialsPage;
    m_credentialsPage = nullptr;
    delete m_agentsPage;
    m_agentsPage = nullptr;
    delete m_service;
    m_service = nullptr;
    m_workspace = std::move(workspace);
    if (m_workspace) {
        UnattendedPassphrase::installCheckpointLoader(*m_workspace);
    }
    m_service = new InventoryService(*m_workspace, this);
    (void)RequestService(*m_workspace).expire();
    m_connectors = new ConnectorManager(*m_workspace, this);
    m_liveStoredBefore = 0;
    buildPages();
    // The connectors start once the window is up, each on its own thread.
    QTimer::singleShot(0, m_connectors, &ConnectorManager::sync);
    setWindowTitle(tr("%1 \u2014 Steward").arg(QDir::toNativeSeparators(m_workspace->path())));
    m_trustDomain->setText(tr("Trust domain: %1").arg(m_workspace->trustDomain()));
    m_trustDomain->setToolTip(QDir::toNativeSeparators(m_workspace->path()));
    updateInventoryStatus();
}

void MainWindow::showPage(const QString& name)
{
    m_sidebar->setCurrentRow(name == QStringLiteral("requests")      ? 1
                             : name == QStringLiteral("credentials") ? 2
                             : name == QStringLiteral("audit")       ? 3
                             : name == QStringLiteral("activity")    ? 4
                             : name == QStringLiteral("charts")      ? 4
                             : name == QStringLiteral("connectors")  ? 5
                                                                     : 0);
    if (name == QStringLiteral("charts")) {
        m_activityPage->views()->setCurrentWidget(m_activityPage->charts());
    }
}

void MainWindow::expireDue()
{
    if (!m_workspace) {
        return;
    }
    auto expired = RequestService(*m_workspace).expire();
    if (expired && (expired->first > 0 || expired->second > 0)) {
        statusBar()->showMessage(tr("%1 requests and %2 grants reached their end and expired.")
                                     .arg(expired->first)
                                     .arg(expired->second),
                                 8000);
        m_requestsPage->reload();
        updateRequestCount();
    }
}

void MainWindow::updateRequestCount()
{
    auto count = m_workspace->requests().count(
        RequestsPage::filterFor(RequestsPage::View::MyQueue, m_workspace->operatorName()));
    if (QListWidgetItem* item = m_sidebar->item(1)) {
        item->setText(tr("Requests") + QStringLiteral("  ") + QLocale().toString(count ? count.value() : 0));
    }
}

void MainWindow::buildPages()
{
    m_sidebar->clear();
    m_agentsPage = new AgentsPage(*m_service, m_pages);
    m_pages->addWidget(m_agentsPage);
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/agents.svg")), tr("Agents"), m_sidebar);
    item->setToolTip(tr("The agent inventory: owners, principals, status"));
    item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));
    m_requestsPage = new RequestsPage(*m_workspace, m_pages);
    m_pages->addWidget(m_requestsPage);
    auto* requests =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/requests.svg")), tr("Requests"), m_sidebar);
    requests->setToolTip(tr("Permission and identity requests waiting for your decision"));
    requests->setSizeHint(item->sizeHint());
    m_credentialsPage = new CredentialsPage(*m_workspace, m_pages);
    m_pages->addWidget(m_credentialsPage);
    auto* credentials =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/credentials.svg")), tr("Credentials"), m_sidebar);
    credentials->setToolTip(tr("Certificates and tokens issued, and static keys observed"));
    credentials->setSizeHint(item->sizeHint());
    m_auditPage = new AuditPage(*m_workspace, m_pages);
    m_pages->addWidget(m_auditPage);
    auto* audit = new QListWidgetItem(QIcon(QStringLiteral(":/icons/audit.svg")), tr("Audit"), m_sidebar);
    audit->setToolTip(tr("The signed, hash-chained record of every change"));
    audit->setSizeHint(item->sizeHint());
    m_activityPage = new ActivityPage(*m_workspace, m_pages);
    m_pages->addWidget(m_activityPage);
    auto* activity =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/activity.svg")), tr("Activity"), m_sidebar);
    activity->setToolTip(tr("What agents did, from the connected backends, with each trace"));
    activity->setSizeHint(item->sizeHint());
    m_connectorsPage = new ConnectorsPage(*m_workspace, *m_connectors, m_pages);
    m_pages->addWidget(m_connectorsPage);
    auto* connectors =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/connectors.svg")), tr("Connectors"), m_sidebar);
    connectors->setToolTip(tr("The backends Steward reads activity from, and what each set aside"));
    connectors->setSizeHint(item->sizeHint());
    connect(m_connectors, &ConnectorManager::stored, m_activityPage, &ActivityPage::eventsStored);
    connect(m_connectorsPage, &ConnectorsPage::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
    });
    // The inventory, the trail and the activity change by themselves (connectors record shadow
    // agents and when agents act); show them fresh whenever a page is opened.
    connect(m_sidebar, &QListWidget::currentRowChanged, m_auditPage, [this](int row) {
        if (row == 0) {
            m_agentsPage->reload();
        } else if (row == 3) {
            m_auditPage->reload();
        } else if (row == 4) {
            m_activityPage->reload();
        } else if (row == 5) {
            m_connectorsPage->reload();
        }
    });
    m_sidebar->setCurrentRow(0);

    connect(m_agentsPage, &AgentsPage::inventoryChanged, this, &MainWindow::updateInventoryStatus);
    connect(m_agentsPage, &AgentsPage::activityRequested, this, [this](const QString& name) {
        m_sidebar->setCurrentRow(4);
        m_activityPage->showAgent(name);
    });
    // Suspending or retiring an agent revokes its credentials: the page shows it at once.
    connect(m_agentsPage, &AgentsPage::inventoryChanged, m_credentialsPage, &CredentialsPage::reload);
    connect(m_agentsPage, &AgentsPage::credentialsChanged, m_credentialsPage, &CredentialsPage::reload);
    connect(m_requestsPage, &RequestsPage::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_requestsPage, &RequestsPage::requestsChanged, this, &MainWindow::updateRequestCount);
    // An approved identity request activates its agent; an approval can change the inventory.
    connect(m_requestsPage, &RequestsPage::requestsChanged, m_agentsPage, [this] {
        m_agentsPage->model()->refresh();
    });
    connect(m_requestsPage, &RequestsPage::requestsChanged, this, &MainWindow::updateInventoryStatus);
    connect(m_credentialsPage, &CredentialsPage::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_agentsPage, &AgentsPage::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 5000);
    });
    QSettings settings;
    m_agentsPage->splitter()->restoreState(settings.value(kSplitterKey).toByteArray());
    updateRequestCount();
}

void MainWindow::updateLiveStatus()
{
    if (!m_connectors || m_connectors->runningCount() == 0) {
        m_liveStatus->clear();
        return;
    }
    // Events stored in the last second, by every connector running in this console.
    const qint64 total = m_connectors->storedTotal();
    const qint64 rate = total - m_liveStoredBefore;
    m_liveStoredBefore = total;
    m_liveStatus->setText(
        tr("Live: %L1 events/s \u00b7 connectors running: %2").arg(rate).arg(m_connectors->runningCount()));
}

void MainWindow::updateInventoryStatus()
{
    auto counts = m_workspace->agents().countByStatus();
    if (!counts) {
        m_inventoryStatus->setText(counts.error().message);
        return;
    }
    const QLocale locale;
    qint64 total = 0;
    for (qint64 count : counts.value()) {
        total += count;
    }
    m_inventoryStatus->setText(tr("%1 agents \u00b7 %2 active \u00b7 %3 suspended \u00b7 %4 shadow")
                                   .arg(locale.toString(total),
                                        locale.toString(counts->value(AgentStatus::Active)),
                                        locale.toString(counts->value(AgentStatus::Suspended)),
                                        locale.toString(counts->value(AgentStatus::Shadow))));
    if (QListWidgetItem* item = m_sidebar->item(0)) {
        item->setText(tr("Agents") + QStringLiteral("  ") + locale.toString(total));
    }
}

void MainWindow::openWorkspaceFile()
{
    if (auto workspace = WorkspaceDialog::openExisting(this)) {
        setWorkspace(std::move(workspace));
    }
}

void MainWindow::createWorkspaceFile()
{
    WorkspaceDialog dialog(QDir::home().filePath(QStringLiteral("workspace.steward")), this);
    if (dialog.exec() == QDialog::Accepted) {
        setWorkspace(dialog.takeWorkspace());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About Steward"),
                       tr("<h3>Steward %1</h3><p>A governance console for AI agents: inventory, identity, "
                          "approvals, activity and accountability, on zero-trust principles.</p>")
                           .arg(QStringLiteral(STEWARD_VERSION)));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        resize(qMin(1400, available.width() * 9 / 10), qMin(860, available.height() * 9 / 10));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    if (m_agentsPage) {
        m_agentsPage->table()->horizontalHeader()->restoreState(settings.value(kColumnsKey).toByteArray());
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (m_agentsPage) {
        settings.setValue(kSplitterKey, m_agentsPage->splitter()->saveState());
        settings.setValue(kColumnsKey, m_agentsPage->table()->horizontalHeader()->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

// SPDX-License-Identifier: Apache-2.0
#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "activity/recordparser.h"
#include "activitypage.h"
#include "activitytablemodel.h"
#include "agentspage.h"
#include "agenttablemodel.h"
#include "dialogdriver.h"
#include "mainwindow.h"
#include "requestspage.h"
#include "requesttablemodel.h"
#include "testworkspace.h"
#include "workflow/operatorservice.h"
#include "workflow/requestservice.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shellShowsWorkspace();
    void shortcuts();
    void remembersGeometry();
    void switchesWorkspace();
    void agentOpensItsTimeline();
    void requestBadgeCountsMyQueue();
    void agentsPageIsFreshWhenOpened();

private:
    std::unique_ptr<MainWindow> openWindow(TestWorkspace& test);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(TestWorkspace& test)
{
    auto workspace = Workspace::open(test.path());
    if (!workspace) {
        qFatal("%s", qPrintable(workspace.error().message));
    }
    // The test's clock, not the wall clock: what the test filed must not expire with the calendar.
    workspace.value()->setClock(test.workspace().clock());
    auto window = std::make_unique<MainWindow>(std::move(workspace).value());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qFatal("window not exposed");
    }
    return window;
}

void TestMainWindow::shellShowsWorkspace()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    test.addAgent(QStringLiteral("a1"), owner.id);
    const Agent a2 = test.addAgent(QStringLiteral("a2"), owner.id);
    QVERIFY(test.service().changeStatus(a2.id, AgentStatus::Suspended, QString()));
    auto window = openWindow(test);
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->count(), 6);
    QVERIFY(sidebar->item(5)->text().startsWith(QStringLiteral("Connectors")));
    QVERIFY(sidebar->item(3)->text().startsWith(QStringLiteral("Audit")));
    QVERIFY(sidebar->item(4)->text().startsWith(QStringLiteral("Activity")));
    QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Requests  0"));
    QVERIFY(sidebar->item(2)->text().startsWith(QStringLiteral("Credentials")));
    QVERIFY(sidebar->item(0)->text().startsWith(QStringLiteral("Agents")));
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("trustDomainLabel"))->text(),
             QStringLiteral("Trust domain: test.example"));
    const QString status = window->findChild<QLabel*>(QStringLiteral("inventoryStatusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("2 agents")) && status.contains(QStringLiteral("1 suspended")),
             qPrintable(status));
    QVERIFY(window->windowTitle().contains(QStringLiteral("test.steward")));
}

void TestMainWindow::shortcuts()
{
    TestWorkspace test;
    test.addAgent(QStringLiteral("a1"), test.addOwner().id);
    auto window = openWindow(test);
    window->activateWindow();
    window->agentsPage()->table()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->findChild<QLineEdit*>(QStringLiteral("agentSearchEdit"))->hasFocus());
    bool opened = false;
    onNextDialog([&opened](QDialog* dialog) {
        opened = dialog->objectName() == QStringLiteral("agentDialog");
        dialog->reject();
    });
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(opened);
}

void TestMainWindow::remembersGeometry()
{
    TestWorkspace test;
    {
        auto window = openWindow(test);
        window->resize(1180, 760);
        QTest::qWait(50);
        window->close();
    }
    auto window = openWindow(test);
    QCOMPARE(window->size(), QSize(1180, 760));
}

void TestMainWindow::switchesWorkspace()
{
    TestWorkspace first;
    TestWorkspace second(QStringLiteral("second.example"));
    const Owner owner = second.addOwner();
    second.addAgent(QStringLiteral("only-in-second"), owner.id);
    auto window = openWindow(first);
    QCOMPARE(window->agentsPage()->model()->rowCount(), 0);
    auto opened = Workspace::open(second.path());
    QVERIFY(opened);
    window->setWorkspace(std::move(opened).value());
    QCOMPARE(window->agentsPage()->model()->rowCount(), 1);
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("trustDomainLabel"))->text(),
             QStringLiteral("Trust domain: second.example"));
}

void TestMainWindow::agentOpensItsTimeline()
{
    TestWorkspace test;
    // A real Kubernetes audit log: the replica-set controller, registered as an agent, acts five times.
    Agent controller;
    controller.name = QStringLiteral("replicaset-controller");
    controller.purpose = QStringLiteral("Keeps replica sets at their size");
    controller.ownerId = test.addOwner().id;
    controller.principals = {{PrincipalKind::KubernetesServiceAccount,
                              QStringLiteral("system:serviceaccount:kube-system:replicaset-controller")}};
    QVERIFY(test.service().addAgent(controller));
    auto connector = ConnectorService(test.workspace()).add(QStringLiteral("k8s"), QStringLiteral("k8s"), {});
    QVERIFY(connector);
    const auto parser = RecordParser::forFormat(QStringLiteral("k8s"));
    FileSource source(test.workspace(), connector.value(), *parser, {});
    QVERIFY(source.ingest(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/k8s")));
    auto window = openWindow(test);
    QTableView* table = window->agentsPage()->table();
    QCOMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    auto* button = window->findChild<QPushButton*>(QStringLiteral("agentActivityButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->currentRow(), 4);
    QTRY_VERIFY(!window->activityPage()->model()->loading());
    QCOMPARE(window->activityPage()->model()->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(window->activityPage()->model()->event(row)->principal,
                 QStringLiteral("system:serviceaccount:kube-system:replicaset-controller"));
    }
}

void TestMainWindow::requestBadgeCountsMyQueue()
{
    // The sidebar's number is the length of My queue: a request the operator filed themselves is
    // pending, but separation of duties keeps it out of their queue, and so out of the number.
    TestWorkspace test;
    test.addAgent(QStringLiteral("refund-bot"), test.addOwner().id);
    Workspace& ws = test.workspace();
    const QString me = ws.operatorName();
    QVERIFY(OperatorService(ws).add(QStringLiteral("ann"),
                                    QStringLiteral("Ann"),
                                    QStringLiteral("ann@example.com"),
                                    OperatorRole::Approver));
    RequestService::Draft draft;
    draft.agent = QStringLiteral("refund-bot");
    draft.justification = QStringLiteral("Quarter-end refunds");
    draft.statements = QStringLiteral("read s3://refunds/**");
    draft.durationSeconds = 3600;
    QVERIFY(RequestService(ws).file(draft)); // filed by the operator
    ws.setOperatorName(QStringLiteral("ann"));
    draft.statements = QStringLiteral("list s3://refunds/**");
    QVERIFY(RequestService(ws).file(draft)); // filed by ann: the operator's to decide
    ws.setOperatorName(me);

    auto window = openWindow(test);
    QCOMPARE(window->workspace().operatorName(), me);
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    sidebar->setCurrentRow(1);
    RequestsPage* page = window->requestsPage();
    QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("requestViewCombo"))->currentText(),
             QStringLiteral("My queue"));
    const QString badge = sidebar->item(1)->text();
    QCOMPARE(badge.section(QLatin1Char(' '), -1).toLongLong(), page->model()->total());
    QCOMPARE(badge, QStringLiteral("Requests  1"));
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("requestCountLabel"))->text(),
             QStringLiteral("1 request"));
    QCOMPARE(page->model()->request(0)->requester, QStringLiteral("ann"));
}

void TestMainWindow::agentsPageIsFreshWhenOpened()
{
    // Connectors note agents acting while the console is open; opening the Agents page shows the
    // inventory as stored now, with the same agent still selected.
    TestWorkspace test;
    const Owner owner = test.addOwner();
    test.addAgent(QStringLiteral("a1"), owner.id);
    const Agent a2 = test.addAgent(QStringLiteral("a2"), owner.id);
    auto window = openWindow(test);
    AgentsPage* agents = window->agentsPage();
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->currentRow(), 0);
    agents->table()->selectRow(1);
    const QModelIndex cell = agents->model()->index(1, AgentTableModel::LastSeenColumn);
    QCOMPARE(cell.data(AgentTableModel::AgentIdRole).toLongLong(), a2.id);
    QCOMPARE(cell.data().toString(), QStringLiteral("never"));

    Agent seen = window->workspace().agents().byId(a2.id).value();
    seen.lastSeenAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 120, Qt::UTC);
    QVERIFY(window->workspace().agents().noteSeen(a2.id, seen.lastSeenAt));
    sidebar->setCurrentRow(3);
    sidebar->setCurrentRow(0);

    const QString expected = QLocale().toString(seen.lastSeenAt.toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(agents->model()->index(1, AgentTableModel::LastSeenColumn).data().toString(), expected);
    const QModelIndex current = agents->table()->selectionModel()->currentIndex();
    QCOMPARE(current.data(AgentTableModel::AgentIdRole).toLongLong(), a2.id);
    const QString times = agents->findChild<QLabel*>(QStringLiteral("detailsTimes"))->text();
    QVERIFY2(times.contains(expected), qPrintable(times));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// SPDX-License-Identifier: Apache-2.0
#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "activity/recordparser.h"
#include "activitychartsview.h"
#include "activitypage.h"
#include "activitytablemodel.h"
#include "dialogdriver.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

class TestActivityPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void modelPagesAndPassesTheTester();
    void filterAndFollowATrace();
    void searchFieldFindsAttributesAndDetailShowsThem();
    void unknownAgentShowsNothing();
    void ownerActionResourceAndTimeFilters();
    void savedFiltersAreSharedAndReapplied();
    void chartsCountTheFilterAndNarrowIt();

private:
    void ingest(const QString& format, const QString& path);
    std::unique_ptr<TestWorkspace> m_test;
};

namespace {
const QString kData = QStringLiteral(STEWARD_TEST_DATA_DIR "/activity");

// Pages are read on another thread; the event loop runs until they are in.
bool settled(const ActivityTableModel& model)
{
    return QTest::qWaitFor([&model] { return !model.loading(); }, 10000);
}
} // namespace

void TestActivityPage::init()
{
    m_test = std::make_unique<TestWorkspace>();
    // The cluster's replicaset controller, registered: a built-in controller is never made a
    // shadow agent, and the tests below want an agent with a timeline of its own.
    Agent controller;
    controller.name = QStringLiteral("replicaset-controller");
    controller.purpose = QStringLiteral("Keeps replica sets at their size");
    controller.ownerId =
        m_test->addOwner(QStringLiteral("platform@example.com"), QStringLiteral("Platform")).id;
    controller.principals = {{PrincipalKind::KubernetesServiceAccount,
                              QStringLiteral("system:serviceaccount:kube-system:replicaset-controller")}};
    QVERIFY(m_test->service().addAgent(controller));
    ingest(QStringLiteral("k8s"), kData + QStringLiteral("/k8s"));
    ingest(QStringLiteral("langfuse"),
           kData + QStringLiteral("/langfuse/microsoft-agent-2025-12-17.trace.json"));
}

void TestActivityPage::ingest(const QString& format, const QString& path)
{
    auto connector = ConnectorService(m_test->workspace()).ensure(format + path, format, {});
    QVERIFY(connector);
    const auto parser = RecordParser::forFormat(format);
    FileSource source(m_test->workspace(), connector.value(), *parser, {});
    auto counts = source.ingest(path);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
}

void TestActivityPage::modelPagesAndPassesTheTester()
{
    // More events than one page: a k8s log of 450 distinct events from a real one.
    QFile sample(kData + QStringLiteral("/k8s/exec_pod.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray line = sample.readAll().trimmed();
    const QString path = m_test->dir() + QStringLiteral("/many.log");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 450; ++i) {
        QByteArray copy = line;
        file.write(copy.replace("ca1ed9f4-7bf4-4c85-81a8-1b11253d1ba6",
                                QByteArray("many-" + QByteArray::number(i))) +
                   '\n');
    }
    file.close();
    ingest(QStringLiteral("k8s"), path);

    ActivityTableModel model(m_test->workspace());
    model.reload();
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), ActivityTableModel::kPageSize); // one page until asked for more
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(settled(model));
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // not twice for the same page
        QVERIFY(settled(model));
    }
    const qint64 total = m_test->workspace().events().count({}).value();
    QCOMPARE(model.rowCount(), total);
    // Newest first, with no event twice across page boundaries.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.event(row)->id);
        if (row > 0) {
            QVERIFY(model.event(row)->timeNs <= model.event(row - 1)->timeNs);
        }
    }
    QCOMPARE(ids.size(), model.rowCount());
}

void TestActivityPage::searchFieldFindsAttributesAndDetailShowsThem()
{
    ActivityPage page(m_test->workspace());
    page.resize(1200, 700);
    page.show();
    QVERIFY(settled(*page.model()));
    // A privileged pod among the cluster's samples, found by what it asked for, from the keyboard.
    auto* text = page.findChild<QLineEdit*>(QStringLiteral("activityText"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("privileged=true"));
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(settled(*page.model()));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.filter().attributes.size(), 1);
    QVERIFY(page.filter().text.isEmpty());
    QTableView* table = page.table();
    table->setFocus();
    table->selectRow(0);
    const QString detail = page.detail()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("privileged")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("image")));
    QVERIFY(detail.contains(QStringLiteral("Platform component"))); // the replica-set controller made it
    // Two attributes joined; a saved filter's text and attributes come back as they were.
    text->clear();
    QTest::keyClicks(text, QStringLiteral("actor_type=human; source_ip=192.168.99.1"));
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(settled(*page.model()));
    QVERIFY(page.model()->rowCount() >= 5);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        QCOMPARE(page.model()->event(row)->actorType, ActorType::Human);
    }
    EventFilter both;
    both.text = QStringLiteral("pods");
    both.attributes << AttributeMatch::parse(QStringLiteral("actor_type=human")).value();
    page.setFilter(both);
    QCOMPARE(page.filter(), both);
}

void TestActivityPage::filterAndFollowATrace()
{
    ActivityPage page(m_test->workspace());
    page.resize(1200, 700);
    page.show();
    QVERIFY(settled(*page.model()));
    QVERIFY(page.model()->rowCount() > 20);

    // Typing filters after a pause; Enter at once.
    auto* text = page.findChild<QLineEdit*>(QStringLiteral("activityText"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("get_weather"));
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(settled(*page.model()));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->event(0)->resource, QStringLiteral("tool://get_weather"));

    // The tool call opens in its trace: the agent's invocation, its model calls and this call.
    QTreeWidget* tree = page.traceTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* root = tree->topLevelItem(0);
    QVERIFY(root->text(0).startsWith(QStringLiteral("invoke_agent")));
    QCOMPARE(root->childCount(), 3);
    QVERIFY(tree->currentItem()->text(0).startsWith(QStringLiteral("execute_tool tool://get_weather")));
    QVERIFY(
        page.detail()->toPlainText().contains(QStringLiteral("call_CwaJHuXTm9dmHFQPlVbqyzJ0"))); // raw record

    // The trace goes out as OCSF, in the background; the file is the owner's alone.
    const QString tracePath = m_test->dir() + QStringLiteral("/trace.ocsf.jsonl");
    QSignalSpy exported(&page, &ActivityPage::exportFinished);
    page.exportTo(tracePath, EventExporter::Format::Ocsf, true);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QCOMPARE(exported.first().at(0).toLongLong(), 4); // the invocation and its three calls
    QFile traceFile(tracePath);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = traceFile.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QString traceId = page.model()->event(0)->traceId;
    for (const QByteArray& line : lines) {
        const QJsonObject ocsf = QJsonDocument::fromJson(line).object();
        QCOMPARE(ocsf.value(u"class_uid").toInt(), 6003);
        QCOMPARE(ocsf.value(u"trace").toObject().value(u"uid").toString(), traceId);
    }
    QCOMPARE(TestWorkspace::unixMode(tracePath), 0600);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("activityStatus"))
                ->text()
                .contains(QStringLiteral("Exported 4")));

    // Walking up the tree shows the invocation's own fields.
    tree->setFocus();
    tree->setCurrentItem(root);
    QTest::keyClick(tree, Qt::Key_Return);
    QVERIFY(page.detail()->toPlainText().contains(QStringLiteral("invoke_agent")));

    // Other filters: only the Kubernetes events; then an outcome nobody had.
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Delete);
    QTest::keyClick(text, Qt::Key_Return);
    auto* source = page.findChild<QComboBox*>(QStringLiteral("activitySource"));
    source->setCurrentIndex(source->findData(QStringLiteral("k8s")));
    QVERIFY(settled(*page.model()));
    const int k8s = page.model()->rowCount();
    QVERIFY(k8s >= 24);
    for (int row = 0; row < k8s; ++row) {
        QCOMPARE(page.model()->event(row)->source, QStringLiteral("k8s"));
    }
    auto* outcome = page.findChild<QComboBox*>(QStringLiteral("activityOutcome"));
    outcome->setCurrentIndex(outcome->findData(static_cast<int>(EventOutcome::Denied)));
    QVERIFY(settled(*page.model()));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("activityStatus"))->text(), QStringLiteral("No events"));
}

void TestActivityPage::unknownAgentShowsNothing()
{
    ActivityPage page(m_test->workspace());
    page.show();
    auto* agent = page.findChild<QLineEdit*>(QStringLiteral("activityAgent"));
    QTest::keyClicks(agent, QStringLiteral("nobody-here"));
    QTest::keyClick(agent, Qt::Key_Return);
    QVERIFY(settled(*page.model()));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("activityStatus"))
                ->text()
                .contains(QStringLiteral("nobody-here")));
    // The agent the Kubernetes audit log names has its own timeline.
    agent->clear();
    QTest::keyClicks(agent, QStringLiteral("replicaset-controller"));
    QTest::keyClick(agent, Qt::Key_Return);
    QVERIFY(settled(*page.model()));
    QCOMPARE(page.model()->rowCount(), 5);
}

void TestActivityPage::ownerActionResourceAndTimeFilters()
{
    // The agent the Kubernetes log names, given to another owner.
    const Owner ann = m_test->addOwner();
    QSqlQuery q(m_test->workspace().database().connection());
    q.prepare(QStringLiteral("UPDATE agents SET owner_id = ? WHERE name = 'replicaset-controller'"));
    q.addBindValue(ann.id);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);

    ActivityPage page(m_test->workspace());
    page.resize(1200, 700);
    page.show(); // lists the owners
    QVERIFY(settled(*page.model()));
    const int all = page.model()->rowCount();
    auto* owner = page.findChild<QComboBox*>(QStringLiteral("activityOwner"));
    const int annAt = owner->findData(ann.email);
    QVERIFY(annAt > 0);
    owner->setFocus();
    owner->setCurrentIndex(annAt);
    QVERIFY(settled(*page.model()));
    QCOMPARE(page.model()->rowCount(), 5);
    owner->setCurrentIndex(0);

    // An action typed into the list, then a resource prefix: each narrows, Enter applies at once.
    auto* action = page.findChild<QComboBox*>(QStringLiteral("activityAction"));
    QTest::keyClicks(action->lineEdit(), QStringLiteral("create"));
    QTest::keyClick(action->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(!page.model()->loading() && page.model()->rowCount() > 0 && page.model()->rowCount() < all);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        QCOMPARE(page.model()->event(row)->action, QStringLiteral("create"));
    }
    auto* resource = page.findChild<QLineEdit*>(QStringLiteral("activityResource"));
    QTest::keyClicks(resource, QStringLiteral("k8s://"));
    QTest::keyClick(resource, Qt::Key_Return);
    QVERIFY(settled(*page.model()));
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        QVERIFY(page.model()->event(row)->resource.startsWith(QStringLiteral("k8s://")));
    }
    QCOMPARE(page.filter().action, QStringLiteral("create"));
    page.setFilter({});
    QVERIFY(settled(*page.model()));
    QCOMPARE(page.model()->rowCount(), all);

    // A time range: the samples are years old, so the last hour holds none of them.
    auto* range = page.findChild<QComboBox*>(QStringLiteral("activityRange"));
    range->setCurrentIndex(range->findData(3600));
    QVERIFY(settled(*page.model()));
    QCOMPARE(page.model()->rowCount(), 0);
    // Between two dates, shown only for that choice; a range that ends before it starts says so.
    auto* from = page.findChild<QDateTimeEdit*>(QStringLiteral("activityFrom"));
    auto* to = page.findChild<QDateTimeEdit*>(QStringLiteral("activityTo"));
    QVERIFY(!from->isVisible());
    range->setCurrentIndex(range->findData(-1));
    QVERIFY(from->isVisible() && to->isVisible());
    from->setDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    to->setDateTime(QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
    QTRY_COMPARE(page.model()->rowCount(), all);
    to->setDateTime(QDateTime(QDate(1999, 1, 1), QTime(0, 0), Qt::UTC));
    QTRY_VERIFY(page.findChild<QLabel*>(QStringLiteral("activityStatus"))
                    ->text()
                    .contains(QStringLiteral("ends before it starts")));
    QCOMPARE(page.model()->rowCount(), 0);
}

void TestActivityPage::savedFiltersAreSharedAndReapplied()
{
    ActivityPage page(m_test->workspace());
    page.show();
    QVERIFY(settled(*page.model()));
    EventFilter denied;
    denied.agent = QStringLiteral("replicaset-controller");
    denied.action = QStringLiteral("create");
    denied.lastSeconds = 30 * 86400;
    page.setFilter(denied);
    QVERIFY(settled(*page.model()));
    QCOMPARE(page.filter(), denied);

    // Saved through the shortcut and the name dialog, by the acting operator. The dialog's button
    // says what it does, a blank name cannot be saved, and Enter saves.
    QString label;
    bool blankRefused = false;
    bool submitted = false;
    onNextDialog([&](QDialog* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        if (!name || !confirm) {
            dialog->reject();
            return;
        }
        label = confirm->text();
        QTest::keyClicks(name, QStringLiteral("   "));
        blankRefused = !confirm->isEnabled();
        QTest::keyClick(name, Qt::Key_Return);
        blankRefused = blankRefused && dialog->isVisible();
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Controller creates"));
        QTest::keyClick(name, Qt::Key_Return);
        submitted = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    QTest::keySequence(&page, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(label, QStringLiteral("&Save"));
    QVERIFY(blankRefused);
    QVERIFY(submitted);
    auto saved = m_test->workspace().savedFilters().byName(QStringLiteral("Controller creates"));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->filter, denied);
    QCOMPARE(saved->savedBy, m_test->workspace().operatorName());

    // Another page (another person's console) finds it in its menu and applies it.
    ActivityPage other(m_test->workspace());
    other.show();
    QVERIFY(settled(*other.model()));
    auto* button = other.findChild<QToolButton*>(QStringLiteral("activitySaved"));
    Q_EMIT button->menu()->aboutToShow();
    QAction* apply = nullptr;
    for (QAction* action : button->menu()->actions()) {
        if (action->text() == QStringLiteral("Controller creates")) {
            apply = action;
        }
    }
    QVERIFY(apply);
    apply->trigger();
    QVERIFY(settled(*other.model()));
    QCOMPARE(other.filter(), denied);
    QCOMPARE(other.findChild<QLineEdit*>(QStringLiteral("activityAgent"))->text(),
             QStringLiteral("replicaset-controller"));
    QCOMPARE(other.findChild<QComboBox*>(QStringLiteral("activityRange"))->currentData().toInt(), 30 * 86400);

    // Saving again under the name asks before replacing; deleting asks too.
    page.setFilter({});
    onNextDialog([](QDialog* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        if (!name) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(name, QStringLiteral("Controller creates"));
        QTest::keyClick(name, Qt::Key_Return);
        onNextDialog([](QDialog* confirm) { confirm->reject(); }); // "Replace it?" No.
    });
    QTest::keySequence(&page, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(m_test->workspace().savedFilters().byName(QStringLiteral("Controller creates"))->filter, denied);
    QVERIFY(page.applySaved(QStringLiteral("Controller creates")));
    QCOMPARE(page.filter(), denied);
    QVERIFY(!page.applySaved(QStringLiteral("never saved")));
}

void TestActivityPage::chartsCountTheFilterAndNarrowIt()
{
    ActivityPage page(m_test->workspace());
    page.resize(1200, 800);
    page.show();
    QVERIFY(settled(*page.model()));
    ActivityChartsView* charts = page.charts();
    QSignalSpy counted(charts, &ActivityChartsView::counted);
    // Counted only once on screen.
    QTest::qWait(50);
    QCOMPARE(counted.count(), 0);
    page.views()->setCurrentWidget(charts);
    QVERIFY(counted.wait(10000));
    const qint64 total = m_test->workspace().events().count({}).value();
    QCOMPARE(charts->summary().total, total);
    QVERIFY(!charts->timeChart()->series().isEmpty());
    QVERIFY(charts->findChild<QLabel*>(QStringLiteral("chartsStatus"))
                ->text()
                .contains(QLocale().toString(total)));

    // The busiest registered agent's bar, clicked: the timeline and the charts narrow to it. (The
    // busiest of all is "no registered agent": the Langfuse sample names none.)
    const auto& top = charts->summary().topAgents;
    const auto registered =
        std::find_if(top.begin(), top.end(), [](const auto& entry) { return entry.first > 0; });
    QVERIFY(registered != top.end());
    const auto [agentId, agentEvents] = *registered;
    auto* series = qobject_cast<QHorizontalBarSeries*>(charts->agentsChart()->series().constFirst());
    QVERIFY(series);
    QBarSet* bars = series->barSets().constFirst();
    QCOMPARE(bars->count(), top.size());
    // Drawn bottom up: the busiest is the last bar.
    Q_EMIT bars->clicked(int(top.size() - 1 - (registered - top.begin())));
    QVERIFY(counted.wait(10000));
    QCOMPARE(charts->summary().total, agentEvents);
    QVERIFY(settled(*page.model()));
    QCOMPARE(page.filter().agent, page.model()->agentName(agentId));
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        QCOMPARE(page.model()->event(row)->agentId, agentId);
    }

    // From the keyboard: Tab to the resources, Down to the second busiest, Enter narrows to it.
    page.setFilter({});
    QVERIFY(counted.wait(10000));
    const auto second = charts->summary().topResources.value(1);
    QVERIFY(!second.first.isEmpty());
    charts->resourcesView()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(charts->resourcesView()->hasFocus());
    QCOMPARE(charts->currentBar(charts->resourcesView()), 0);
    QTest::keyClick(charts->resourcesView(), Qt::Key_Down);
    QCOMPARE(charts->currentBar(charts->resourcesView()), 1);
    QVERIFY(charts->findChild<QLabel*>(QStringLiteral("chartsStatus"))->text().startsWith(second.first));
    QTest::keyClick(charts->resourcesView(), Qt::Key_Return);
    QVERIFY(counted.wait(10000));
    QCOMPARE(page.filter().resourcePrefix, second.first);
    QVERIFY(charts->summary().total >= second.second);

    // A filter that matches nothing leaves empty charts and says so.
    page.setFilter({});
    QVERIFY(counted.wait(10000));
    auto* text = page.findChild<QLineEdit*>(QStringLiteral("activityText"));
    QTest::keyClicks(text, QStringLiteral("no-such-thing"));
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(counted.wait(10000));
    QCOMPARE(charts->summary().total, 0);
    QVERIFY(charts->timeChart()->series().isEmpty());
    QVERIFY(charts->findChild<QLabel*>(QStringLiteral("chartsStatus"))
                ->text()
                .contains(QStringLiteral("No event")));
}

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"

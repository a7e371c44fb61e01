// SPDX-License-Identifier: Apache-2.0
#include "agenttablemodel.h"
#include "demo/demogenerator.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

class TestAgentTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void filtersInTheStore();
    void sortsInTheStore();
    void pagesAreBoundedAndConsistent();
    void refreshFollowsChanges();

private:
    std::unique_ptr<TestWorkspace> m_test;
};

void TestAgentTableModel::initTestCase()
{
    m_test = std::make_unique<TestWorkspace>();
    DemoGenerator::Options options;
    options.agents = 2500;
    options.seed = 11;
    options.baseTime = m_test->now();
    QVERIFY(DemoGenerator::fill(m_test->service(), options));
}

void TestAgentTableModel::passesModelTester()
{
    AgentTableModel model(m_test->workspace().agents());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2500);
    QCOMPARE(model.columnCount(), int(AgentTableModel::ColumnCount));
    AgentQuery query;
    query.text = QStringLiteral("payout");
    model.setQuery(query);
    query.status = AgentStatus::Active;
    model.setQuery(query);
    model.sort(AgentTableModel::RiskColumn, Qt::DescendingOrder);
    model.setQuery(AgentQuery{});
    model.refresh();
}

void TestAgentTableModel::filtersInTheStore()
{
    AgentTableModel model(m_test->workspace().agents());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    AgentQuery query;
    query.status = AgentStatus::Shadow;
    model.setQuery(query);
    QCOMPARE(reset.count(), 1);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.rowCount(), m_test->workspace().agents().countByStatus()->value(AgentStatus::Shadow));
    QCOMPARE(model.totalAgents(), 2500);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(
            model.index(row, AgentTableModel::StatusColumn).data(AgentTableModel::StatusKeyRole).toString(),
            QStringLiteral("shadow"));
        QCOMPARE(model.index(row, AgentTableModel::OwnerColumn).data().toString(),
                 QStringLiteral("No owner"));
    }
    // The same query again does not reset the view.
    model.setQuery(query);
    QCOMPARE(reset.count(), 1);
}

void TestAgentTableModel::sortsInTheStore()
{
    AgentTableModel model(m_test->workspace().agents());
    model.sort(AgentTableModel::NameColumn, Qt::DescendingOrder);
    const QString first = model.index(0, AgentTableModel::NameColumn).data().toString();
    const QString second = model.index(1, AgentTableModel::NameColumn).data().toString();
    QVERIFY(first > second);
    model.sort(AgentTableModel::RiskColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, AgentTableModel::RiskColumn).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(model.index(model.rowCount() - 1, AgentTableModel::RiskColumn).data().toString(),
             QStringLiteral("Low"));
    QCOMPARE(model.headerData(AgentTableModel::LastSeenColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last seen"));
}

void TestAgentTableModel::pagesAreBoundedAndConsistent()
{
    AgentTableModel model(m_test->workspace().agents());
    // Walk every row: the cache evicts pages, rows stay in order and unique.
    QSet<qint64> ids;
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, AgentTableModel::NameColumn).data().toString();
        QVERIFY2(name > previous, qPrintable(name));
        previous = name;
        ids.insert(model.index(row, 0).data(AgentTableModel::AgentIdRole).toLongLong());
    }
    QCOMPARE(ids.size(), 2500);
    QVERIFY(model.cachedRowOf(model.index(0, 0).data(AgentTableModel::AgentIdRole).toLongLong()) == 0);
    QVERIFY(!model.index(2500, 0).isValid());
}

void TestAgentTableModel::refreshFollowsChanges()
{
    AgentTableModel model(m_test->workspace().agents());
    AgentQuery query;
    query.status = AgentStatus::Suspended;
    model.setQuery(query);
    const int before = model.rowCount();
    AgentTableModel activeOnly(m_test->workspace().agents());
    AgentQuery active;
    active.status = AgentStatus::Active;
    activeOnly.setQuery(active);
    const auto agent = activeOnly.agentAt(0);
    QVERIFY(agent);
    QVERIFY(m_test->service().changeStatus(agent->id, AgentStatus::Suspended, QStringLiteral("test")));
    model.refresh();
    QCOMPARE(model.rowCount(), before + 1);
}

QTEST_MAIN(TestAgentTableModel)
#include "tst_agenttablemodel.moc"

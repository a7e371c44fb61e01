// SPDX-License-Identifier: Apache-2.0
#include "activity/connectorservice.h"
#include "activity/eventreader.h"
#include "syntheticevents.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

class TestEventReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsWhatTheStoreHolds();
    void laterReadSupersedes();
    void cancelledReadIsNeverAnswered();
    void abandonsARunningScan();
    void missingFileIsAnError();

private:
    void fill(int count);
    std::unique_ptr<TestWorkspace> m_test;
};

namespace {

bool idle(const EventReader& reader)
{
    return QTest::qWaitFor([&reader] { return !reader.busy(); }, 30000);
}

} // namespace

void TestEventReader::init()
{
    m_test = std::make_unique<TestWorkspace>();
}

// Synthetic events written by SQL alone, many at once: what a scan has to walk.
void TestEventReader::fill(int count)
{
    auto connector =
        ConnectorService(m_test->workspace()).add(QStringLiteral("c"), QStringLiteral("otlp"), {});
    QVERIFY(connector);
    const QString failed = SyntheticEvents().insert(m_test->workspace(), connector->id, count);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestEventReader::readsWhatTheStoreHolds()
{
    fill(500);
    EventReader reader(m_test->path());
    EventQuery query;
    query.text = QStringLiteral("key-49");
    query.limit = 50;
    std::optional<Result<QList<Event>>> page;
    QThread* answeredOn = nullptr;
    reader.read(query, [&](Result<QList<Event>> rows) {
        page = std::move(rows);
        answeredOn = QThread::currentThread();
    });
    QVERIFY(reader.busy());
    QVERIFY(idle(reader));
    QVERIFY(page && page->ok());
    QCOMPARE(answeredOn, QThread::currentThread()); // on the asker's thread
    const auto direct = m_test->workspace().events().page(query).value();
    QCOMPARE(page->value().size(), direct.size()); // key-49, key-490..499
    QCOMPARE(direct.size(), 11);
    for (int i = 0; i < direct.size(); ++i) {
        QCOMPARE(page->value().at(i).id, direct.at(i).id);
    }
}

void TestEventReader::laterReadSupersedes()
{
    fill(300);
    EventReader reader(m_test->path());
    int first = 0;
    int second = 0;
    EventQuery all;
    EventQuery some;
    some.text = QStringLiteral("key-7");
    reader.read(all, [&](Result<QList<Event>>) { ++first; });
    reader.read(some, [&](Result<QList<Event>> rows) {
        ++second;
        QVERIFY(rows);
        QCOMPARE(rows->size(), 11); // key-7 and key-70..79
    });
    QVERIFY(idle(reader));
    QCOMPARE(first, 0);
    QCOMPARE(second, 1);
}

void TestEventReader::cancelledReadIsNeverAnswered()
{
    fill(10);
    EventReader reader(m_test->path());
    bool answered = false;
    reader.read({}, [&](Result<QList<Event>>) { answered = true; });
    reader.cancel();
    QVERIFY(idle(reader));
    QVERIFY(!answered);
}

void TestEventReader::abandonsARunningScan()
{
    fill(1'000'000);
    EventQuery nothing;
    nothing.text = QStringLiteral("matches no event");
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_test->workspace().events().page(nothing)->isEmpty());
    const qint64 fullScanMs = timer.elapsed();

    EventReader reader(m_test->path());
    bool scanAnswered = false;
    reader.read(nothing, [&](Result<QList<Event>>) { scanAnswered = true; });
    QTest::qWait(int(fullScanMs / 4)); // well into the scan
    bool newAnswered = false;
    timer.restart();
    reader.read({}, [&](Result<QList<Event>> rows) {
        newAnswered = true;
        QVERIFY(rows);
        QCOMPARE(rows->size(), 200);
    });
    QVERIFY(QTest::qWaitFor([&] { return newAnswered; }, 30000));
    const qint64 replacedMs = timer.elapsed();
    QVERIFY(!scanAnswered);
    // Had the scan run to its end, the new page would have waited for the remaining three quarters.
    QVERIFY2(
        replacedMs < fullScanMs / 2,
        qPrintable(
            QStringLiteral("new page after %1 ms; a full scan takes %2 ms").arg(replacedMs).arg(fullScanMs)));
}

void TestEventReader::missingFileIsAnError()
{
    EventReader reader(m_test->dir() + QStringLiteral("/no-such.steward"));
    std::optional<Result<QList<Event>>> page;
    reader.read({}, [&](Result<QList<Event>> rows) { page = std::move(rows); });
    QVERIFY(idle(reader));
    QVERIFY(page);
    QVERIFY(!page->ok());
    QVERIFY(!page->error().message.isEmpty());
}

QTEST_MAIN(TestEventReader)
#include "tst_eventreader.moc"

// SPDX-License-Identifier: Apache-2.0
#include "activity/connectorservice.h"
#include "activity/eventindexer.h"
#include "store/eventtextindex.h"
#include "syntheticevents.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestEventTextIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void matchExpressions();
    void indexesInBatchesUpToAWatermark();
    void answersAreTheScansWhateverIsIndexed_data();
    void answersAreTheScansWhateverIsIndexed();
    void commonTextIsReadInTimeOrder();
    void backgroundIndexerCatchesUp();

private:
    void fill(int count);
    QList<qint64> ids(const EventQuery& query);
    std::unique_ptr<TestWorkspace> m_test;
};

namespace {

// The answer without any index: the same filter as a plain scan.
QList<qint64> scanned(Workspace& workspace, const QString& text)
{
    QSqlQuery q(workspace.database().connection());
    q.prepare(
        QStringLiteral("SELECT id FROM events WHERE instr(principal, ?) > 0 OR instr(native_action, ?) > 0 "
                       "OR instr(resource, ?) > 0 ORDER BY time_ns DESC, id DESC"));
    q.addBindValue(text);
    q.addBindValue(text);
    q.addBindValue(text);
    if (!q.exec()) {
        qFatal("scan: %s", qPrintable(q.lastError().text()));
    }
    QList<qint64> out;
    while (q.next()) {
        out << q.value(0).toLongLong();
    }
    return out;
}

} // namespace

void TestEventTextIndex::init()
{
    m_test = std::make_unique<TestWorkspace>();
}

// Events with varied text: ASCII, upper case, a quote, and characters outside the BMP.
void TestEventTextIndex::fill(int count)
{
    auto connector =
        ConnectorService(m_test->workspace()).ensure(QStringLiteral("c"), QStringLiteral("otlp"), {});
    QVERIFY(connector);
    SyntheticEvents synthetic;
    synthetic.time = QStringLiteral("1764000000000000000 + (i * 7919 % 1000) * 1000000");
    synthetic.principal = QStringLiteral("CASE i % 3 WHEN 0 THEN 'Role/Billing-' || (i % 11) WHEN 1 THEN "
                                         "'sa:ns:bot-' || (i % 5) ELSE 'agent \"quoted\" ' || (i % 7) END");
    synthetic.nativeAction =
        QStringLiteral("CASE i % 4 WHEN 0 THEN 'GetObject' WHEN 1 THEN 'tools/call' WHEN 2 "
                       "THEN 's3:PutObject' ELSE 'Grüße 😀 call' END");
    synthetic.resource = QStringLiteral("'s3://bucket-' || (i % 13) || '/key-' || i");
    const QString failed = synthetic.insert(m_test->workspace(), connector->id, count);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QList<qint64> TestEventTextIndex::ids(const EventQuery& query)
{
    QList<qint64> out;
    EventQuery page = query;
    page.limit = 1000;
    while (true) {
        auto rows = m_test->workspace().events().page(page);
        if (!rows || rows->isEmpty()) {
            break;
        }
        for (const Event& e : rows.value()) {
            out << e.id;
        }
        page.beforeTimeNs = rows->constLast().timeNs;
        page.beforeId = rows->constLast().id;
    }
    return out;
}

void TestEventTextIndex::matchExpressions()
{
    QCOMPARE(EventTextIndex::matchExpression(QStringLiteral("ab")), QString()); // too short for trigrams
    QCOMPARE(EventTextIndex::matchExpression(QStringLiteral("abcd")), QStringLiteral("\"abc\" AND \"bcd\""));
    QCOMPARE(EventTextIndex::matchExpression(QStringLiteral("aaaa")), QStringLiteral("\"aaa\"")); // once each
    QCOMPARE(EventTextIndex::matchExpression(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    // Characters, not UTF-16 units: an emoji is one.
    QCOMPARE(EventTextIndex::matchExpression(QStringLiteral("😀ab")), QStringLiteral("\"😀ab\""));
}

void TestEventTextIndex::indexesInBatchesUpToAWatermark()
{
    fill(2500);
    EventTextIndex index(m_test->workspace().database());
    QCOMPARE(index.upto().value(), 0);
    QCOMPARE(index.backlog().value(), 2500);
    QCOMPARE(index.indexMore(1000).value(), 1000);
    QCOMPARE(index.backlog().value(), 1500);
    QCOMPARE(index.indexMore(1000).value(), 1000);
    QCOMPARE(index.indexMore(1000).value(), 500);
    QCOMPARE(index.indexMore(1000).value(), 0);
    QCOMPARE(index.backlog().value(), 0);
    QSqlQuery max(m_test->workspace().database().connection());
    QVERIFY(max.exec(QStringLiteral("SELECT max(id) FROM events")) && max.next());
    QCOMPARE(index.upto().value(), max.value(0).toLongLong());
    // Survives reopening: the watermark is in the file with the index.
    m_test->reopen();
    QCOMPARE(EventTextIndex(m_test->workspace().database()).backlog().value(), 0);
}

void TestEventTextIndex::answersAreTheScansWhateverIsIndexed_data()
{
    QTest::addColumn<int>("indexed"); // events indexed before asking
    QTest::newRow("none") << 0;
    QTest::newRow("some") << 700;
    QTest::newRow("all") << 5000;
}

void TestEventTextIndex::answersAreTheScansWhateverIsIndexed()
{
    QFETCH(int, indexed);
    fill(3000);
    if (indexed > 0) {
        QVERIFY(EventTextIndex(m_test->workspace().database()).indexMore(indexed));
    }
    const QStringList texts = {
        QStringLiteral("key-42"),     // rare, in the resource
        QStringLiteral("key-2999"),   // one event
        QStringLiteral("Billing-7"),  // in the principal
        QStringLiteral("billing-7"),  // other case: the index folds, the answer does not
        QStringLiteral("\"quoted\""), // quotes
        QStringLiteral("😀 call"),     // outside the BMP
        QStringLiteral("Grüße"),      // non-ASCII
        QStringLiteral("tools/call"), // common: more than a page
        QStringLiteral("s3"),         // too short for the index
        QStringLiteral("no such text")};
    for (const QString& text : texts) {
        EventQuery query;
        query.text = text;
        const QList<qint64> expected = scanned(m_test->workspace(), text);
        QCOMPARE(ids(query), expected);
        QCOMPARE(m_test->workspace().events().count(query).value(), expected.size());
        auto summary = m_test->workspace().events().summarize(query);
        QVERIFY(summary);
        QCOMPARE(summary->total, expected.size());
    }
    // Combined with other filters, and paged with a keyset, it is still the scan's answer.
    EventQuery narrow;
    narrow.text = QStringLiteral("key-1");
    narrow.resourcePrefix = QStringLiteral("s3://bucket-3/");
    QList<qint64> expected;
    for (qint64 id : scanned(m_test->workspace(), narrow.text)) {
        if (m_test->workspace().events().byId(id)->resource.startsWith(narrow.resourcePrefix)) {
            expected << id;
        }
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ids(narrow), expected);
}

void TestEventTextIndex::commonTextIsReadInTimeOrder()
{
    fill(EventTextIndex::kCandidateLimit / 2 + 30000);
    EventTextIndex index(m_test->workspace().database());
    while (index.indexMore(20000).value() > 0) {
    }
    // "bucket" is in every event: more candidates than the limit, so the page comes from the
    // table in time order; still the scan's answer.
    EventQuery common;
    common.text = QStringLiteral("bucket");
    common.limit = 50;
    const auto page = m_test->workspace().events().page(common);
    QVERIFY(page);
    QCOMPARE(page->size(), 50);
    const QList<qint64> expected = scanned(m_test->workspace(), common.text).mid(0, 50);
    QCOMPARE(expected.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(page->at(i).id, expected[i]);
    }
}

void TestEventTextIndex::backgroundIndexerCatchesUp()
{
    fill(12000);
    EventIndexer indexer(m_test->path());
    QSignalSpy caughtUp(&indexer, &EventIndexer::caughtUp);
    indexer.start();
    QVERIFY(caughtUp.wait(30000));
    QCOMPARE(caughtUp.first().at(0).toLongLong(), 12000);
    QCOMPARE(caughtUp.first().at(1).toString(), QString());
    QCOMPARE(EventTextIndex(m_test->workspace().database()).backlog().value(), 0);
    // New events, then a pause: indexed without being asked again.
    fill(300);
    indexer.eventsStored();
    indexer.eventsStored();
    QVERIFY(caughtUp.wait(30000));
    QCOMPARE(caughtUp.last().at(0).toLongLong(), 300);
    QCOMPARE(EventTextIndex(m_test->workspace().database()).backlog().value(), 0);
}

QTEST_GUILESS_MAIN(TestEventTextIndex)
#include "tst_eventtextindex.moc"

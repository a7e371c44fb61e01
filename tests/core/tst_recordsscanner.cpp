// SPDX-License-Identifier: Apache-2.0
// The scanner that finds a records array's elements in a document read a chunk at a time: the
// same records whatever the chunk boundaries, strings and escapes respected, bad shapes named.
#include "activity/recordsscanner.h"

#include <QTest>

class TestRecordsScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrayStart_data();
    void arrayStart();
    void recordsAtEveryChunkSize_data();
    void recordsAtEveryChunkSize();
    void malformed_data();
    void malformed();
};

namespace {

struct Scan
{
    QList<QByteArray> records;
    bool ended = false;
    qsizetype malformedAt = -1;
};

// Scans `array` (what follows the `[`) in chunks of `chunk` bytes, as FileSource does.
Scan scan(const QByteArray& array, qsizetype chunk)
{
    RecordsScanner scanner;
    Scan out;
    QByteArray pending;
    for (qsizetype base = 0; base < array.size() && !out.ended && out.malformedAt < 0; base += chunk) {
        const QByteArray part = array.mid(base, chunk);
        qsizetype from = 0;
        while (from < part.size() && !out.ended && out.malformedAt < 0) {
            const auto step = scanner.scan(part.constData(), from, part.size());
            switch (step.found) {
            case RecordsScanner::Found::NeedMore:
                if (scanner.inRecord()) {
                    pending += part.mid(from);
                }
                from = part.size();
                break;
            case RecordsScanner::Found::RecordStarts:
                from = step.index;
                break;
            case RecordsScanner::Found::RecordEnds:
                pending += part.mid(from, step.index - from);
                out.records << std::exchange(pending, {});
                from = step.index;
                break;
            case RecordsScanner::Found::ArrayEnds:
                out.ended = true;
                break;
            case RecordsScanner::Found::Malformed:
                out.malformedAt = base + step.index;
                break;
            }
        }
    }
    return out;
}

} // namespace

void TestRecordsScanner::arrayStart_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("start"); // -1: not a records document
    QTest::newRow("compact") << QByteArray("{\"Records\":[{}]}") << 12;
    QTest::newRow("pretty") << QByteArray("{\n  \"Records\" : [\n    {") << 17;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"Records\":[]}") << 15;
    QTest::newRow("after other members") << QByteArray("{\"kind\":\"List\",\"n\":1,\"t\":true,\"meta\":{"
                                                       "\"a\":[1,{\"b\":\"}]\\\"\"}]},\"Records\":[]}")
                                         << 71;
    QTest::newRow("only in a nested object") << QByteArray("{\"meta\":{\"Records\":[]}}") << -1;
    QTest::newRow("named inside a string") << QByteArray("{\"note\":\"\\\"Records\\\":[\"}") << -1;
    QTest::newRow("head ends in another member") << QByteArray("{\"meta\":{\"a\":\"x") << -1;
    QTest::newRow("another key only") << QByteArray("{\"Other\":1}") << -1;
    QTest::newRow("records not an array") << QByteArray("{\"Records\":{}}") << -1;
    QTest::newRow("a JSON line") << QByteArray("{\"eventName\":\"GetObject\"}") << -1;
    QTest::newRow("too short to tell") << QByteArray("{\"Reco") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestRecordsScanner::arrayStart()
{
    QFETCH(QByteArray, head);
    QFETCH(int, start);
    const auto found = RecordsScanner::arrayStart(head, "Records");
    QCOMPARE(found ? int(*found) : -1, start);
}

void TestRecordsScanner::recordsAtEveryChunkSize_data()
{
    QTest::addColumn<QByteArray>("array");
    QTest::addColumn<QList<QByteArray>>("records");
    QTest::newRow("objects") << QByteArray("{\"a\":1}, {\"b\":[1,{\"c\":2}]} ]}")
                             << QList<QByteArray>{"{\"a\":1}", "{\"b\":[1,{\"c\":2}]}"};
    QTest::newRow("brackets and quotes in strings")
        << QByteArray("{\"k\":\"]}\\\"{[\"},{\"k\":\"\\\\\"}]")
        << QList<QByteArray>{"{\"k\":\"]}\\\"{[\"}", "{\"k\":\"\\\\\"}"};
    QTest::newRow("scalars") << QByteArray(" 12 , \"x,]\" ,true,null,[1] ]")
                             << QList<QByteArray>{"12", "\"x,]\"", "true", "null", "[1]"};
    QTest::newRow("empty") << QByteArray(" \n ]") << QList<QByteArray>{};
    QTest::newRow("unicode") << QByteArray("{\"n\":\"Zoë 🦊\"}]")
                             << QList<QByteArray>{"{\"n\":\"Zoë 🦊\"}"};
}

void TestRecordsScanner::recordsAtEveryChunkSize()
{
    QFETCH(QByteArray, array);
    QFETCH(QList<QByteArray>, records);
    for (qsizetype chunk = 1; chunk <= array.size(); ++chunk) {
        const Scan found = scan(array, chunk);
        QVERIFY2(found.ended, qPrintable(QStringLiteral("chunk %1").arg(chunk)));
        QCOMPARE(found.malformedAt, -1);
        QCOMPARE(found.records, records);
    }
}

void TestRecordsScanner::malformed_data()
{
    QTest::addColumn<QByteArray>("array");
    QTest::addColumn<int>("at");
    QTest::addColumn<int>("records");
    QTest::newRow("no comma between records") << QByteArray("{} {}]") << 3 << 1;
    QTest::newRow("a leading comma") << QByteArray(", {}]") << 0 << 0;
    QTest::newRow("two commas") << QByteArray("{},,{}]") << 3 << 1;
    QTest::newRow("a trailing comma") << QByteArray("{},]") << 3 << 1;
}

void TestRecordsScanner::malformed()
{
    QFETCH(QByteArray, array);
    QFETCH(int, at);
    QFETCH(int, records);
    for (qsizetype chunk = 1; chunk <= array.size(); ++chunk) {
        const Scan found = scan(array, chunk);
        QCOMPARE(found.malformedAt, at);
        QCOMPARE(found.records.size(), records);
    }
}

QTEST_GUILESS_MAIN(TestRecordsScanner)
#include "tst_recordsscanner.moc"

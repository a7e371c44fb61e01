// SPDX-License-Identifier: Apache-2.0
#include "activity/connectorservice.h"
#include "activity/eventreader.h"
#include "model/eventsummary.h"
#include "syntheticevents.h"
#include "testworkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestEventSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void bucketWidthsAreRound_data();
    void bucketWidthsAreRound();
    void countsByTimeOutcomeAgentAndResource();
    void aClosedRangeSetsTheAxis();
    void filtersNarrowEveryCount();
    void nothingMatching();
    void readerCountsOffThreadAndSupersedes();

private:
    void add(qint64 timeNs, qint64 agentId, const QString& resource, EventOutcome outcome);
    std::unique_ptr<TestWorkspace> m_test;
    qint64 m_connector = 0;
    int m_next = 0;
};

namespace {
constexpr qint64 kSecond = 1'000'000'000;
constexpr qint64 kHour = 3600 * kSecond;
constexpr qint64 kDay = 24 * kHour;
// 2025-11-24T16:00:00Z: not on a day boundary, so that aligning shows.
constexpr qint64 kStart = 1764000000 * kSecond;
} // namespace

void TestEventSummary::init()
{
    m_test = std::make_unique<TestWorkspace>();
    m_next = 0;
    auto connector =
        ConnectorService(m_test->workspace()).add(QStringLiteral("c"), QStringLiteral("otlp"), {});
    QVERIFY(connector);
    m_connector = connector->id;
}

void TestEventSummary::add(qint64 timeNs, qint64 agentId, const QString& resource, EventOutcome outcome)
{
    Event e;
    e.timeNs = timeNs;
    e.source = QStringLiteral("otlp");
    e.nativeId = QString::number(++m_next);
    e.agentId = agentId;
    e.principal = QStringLiteral("p");
    e.action = QStringLiteral("read");
    e.nativeAction = QStringLiteral("GetObject");
    e.resource = resource;
    e.outcome = outcome;
    e.raw = "{}";
    auto stored = m_test->workspace().events().insert(e, m_connector);
    QVERIFY2(stored && stored.value(), qPrintable(stored ? QString() : stored.error().message));
}

void TestEventSummary::bucketWidthsAreRound_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("width");
    QTest::newRow("a minute") << 60 * kSecond << kSecond;
    QTest::newRow("61 seconds") << 61 * kSecond << 5 * kSecond;
    QTest::newRow("an hour") << kHour << kSecond * 60;
    QTest::newRow("a day") << kDay << 30 * 60 * kSecond;
    QTest::newRow("30 days") << 30 * kDay << 12 * kHour;
    QTest::newRow("a year") << 365 * kDay << 7 * kDay;
    QTest::newRow("a century") << 36500 * kDay << 2 * 365 * kDay;
}

void TestEventSummary::bucketWidthsAreRound()
{
    QFETCH(qint64, span);
    QFETCH(qint64, width);
    QCOMPARE(EventSummary::bucketWidth(span, 60), width);
    QVERIFY(span / EventSummary::bucketWidth(span, 60) <= 60);
}

void TestEventSummary::countsByTimeOutcomeAgentAndResource()
{
    const Owner ann = m_test->addOwner();
    const qint64 a = m_test->addAgent(QStringLiteral("agent-a"), ann.id).id;
    const qint64 b = m_test->addAgent(QStringLiteral("agent-b"), ann.id).id;
    // Ten days: agent a reads one bucket 5 times, b is denied 3 times, nobody registered once.
    for (int i = 0; i < 5; ++i) {
        add(kStart + i * kSecond, a, QStringLiteral("s3://bucket/x"), EventOutcome::Success);
    }
    for (int i = 0; i < 3; ++i) {
        add(kStart + 5 * kDay + i * kHour, b, QStringLiteral("s3://bucket/y"), EventOutcome::Denied);
    }
    add(kStart + 10 * kDay, 0, QStringLiteral("k8s://c/ns/secrets/z"), EventOutcome::Failure);

    auto summary = m_test->workspace().events().summarize({}, 60, 2);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->total, 9);
    QCOMPARE(summary->distinctAgents, 3);
    QCOMPARE(summary->distinctResources, 3);
    // Ten days in at most 60 buckets: 6 hours each, starting on a 6-hour boundary before the first.
    QCOMPARE(summary->bucketNs, 6 * kHour);
    QCOMPARE(summary->fromNs % (6 * kHour), 0);
    QVERIFY(summary->fromNs <= kStart && kStart - summary->fromNs < 6 * kHour);
    QVERIFY(summary->fromNs + summary->buckets.size() * summary->bucketNs > kStart + 10 * kDay);
    std::array<qint64, 4> byOutcome{};
    for (const auto& bucket : std::as_const(summary->buckets)) {
        for (int i = 0; i < 4; ++i) {
            byOutcome[i] += bucket[i];
        }
    }
    QCOMPARE(byOutcome[int(EventOutcome::Success)], 5);
    QCOMPARE(byOutcome[int(EventOutcome::Denied)], 3);
    QCOMPARE(byOutcome[int(EventOutcome::Failure)], 1);
    QCOMPARE(summary->buckets.first()[int(EventOutcome::Success)], 5);
    QCOMPARE(summary->buckets.last()[int(EventOutcome::Failure)], 1);
    // The top two, most first; the third agent (no registered agent) is left off.
    QCOMPARE(summary->topAgents.size(), 2);
    QCOMPARE(summary->topAgents[0], std::pair(a, qint64(5)));
    QCOMPARE(summary->topAgents[1], std::pair(b, qint64(3)));
    QCOMPARE(summary->topResources[0], std::pair(QStringLiteral("s3://bucket/x"), qint64(5)));
}

void TestEventSummary::aClosedRangeSetsTheAxis()
{
    add(kStart + 2 * kHour, 0, QStringLiteral("r"), EventOutcome::Success);
    add(kStart + 3 * kDay, 0, QStringLiteral("r"), EventOutcome::Success); // outside
    EventQuery day;
    day.fromNs = kStart;
    day.toNs = kStart + kDay;
    auto summary = m_test->workspace().events().summarize(day);
    QVERIFY(summary);
    QCOMPARE(summary->total, 1);
    QCOMPARE(summary->bucketNs, 30 * 60 * kSecond);
    QCOMPARE(summary->fromNs, kStart); // already on a half-hour boundary
    QCOMPARE(summary->buckets.size(), 48);
    QCOMPARE(summary->buckets[4][int(EventOutcome::Success)], 1);
}

void TestEventSummary::filtersNarrowEveryCount()
{
    const Owner ann = m_test->addOwner();
    const Owner bob = m_test->addOwner(QStringLiteral("bob@example.com"));
    const qint64 a = m_test->addAgent(QStringLiteral("agent-a"), ann.id).id;
    const qint64 b = m_test->addAgent(QStringLiteral("agent-b"), bob.id).id;
    add(kStart, a, QStringLiteral("s3://one"), EventOutcome::Success);
    add(kStart + kSecond, a, QStringLiteral("s3://two"), EventOutcome::Denied);
    add(kStart + 2 * kSecond, b, QStringLiteral("s3://two"), EventOutcome::Denied);
    EventQuery denied;
    denied.outcome = EventOutcome::Denied;
    auto summary = m_test->workspace().events().summarize(denied);
    QCOMPARE(summary->total, 2);
    QCOMPARE(summary->topResources.size(), 1);
    QCOMPARE(summary->topResources[0], std::pair(QStringLiteral("s3://two"), qint64(2)));
    // Equal counts in a stable order: the lower agent id first.
    QCOMPARE(summary->topAgents[0].first, qMin(a, b));
    EventQuery owner;
    owner.ownerId = bob.id;
    summary = m_test->workspace().events().summarize(owner);
    QCOMPARE(summary->total, 1);
    QCOMPARE(summary->topAgents, (QList<std::pair<qint64, qint64>>{{b, 1}}));
    // A page's keyset does not narrow the charts.
    EventQuery paged;
    paged.beforeTimeNs = kStart + kSecond;
    paged.beforeId = 1;
    paged.limit = 1;
    QCOMPARE(m_test->workspace().events().summarize(paged)->total, 3);
}

void TestEventSummary::nothingMatching()
{
    auto empty = m_test->workspace().events().summarize({});
    QVERIFY(empty);
    QCOMPARE(empty->total, 0);
    QVERIFY(empty->buckets.isEmpty());
    add(kStart, 0, QStringLiteral("r"), EventOutcome::Success);
    EventQuery text;
    text.text = QStringLiteral("nowhere");
    auto none = m_test->workspace().events().summarize(text);
    QVERIFY(none);
    QCOMPARE(none->total, 0);
    QVERIFY(none->topResources.isEmpty());
}

void TestEventSummary::readerCountsOffThreadAndSupersedes()
{
    // Enough events that a count takes a while: written by SQL alone.
    SyntheticEvents synthetic;
    synthetic.time = QString::number(kStart) + QStringLiteral(" + i * 1000000000");
    synthetic.principal = QStringLiteral("'p'");
    synthetic.resource = QStringLiteral("'s3://bucket/key-' || (i % 1000)");
    synthetic.outcome = QStringLiteral("i % 4");
    const QString failed = synthetic.insert(m_test->workspace(), m_connector, 200000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    EventReader reader(m_test->path());
    bool firstAnswered = false;
    std::optional<Result<EventSummary>> second;
    reader.summarize({}, [&](Result<EventSummary>) { firstAnswered = true; });
    EventQuery denied;
    denied.outcome = EventOutcome::Denied;
    reader.summarize(denied, [&](Result<EventSummary> summary) { second = std::move(summary); });
    QVERIFY(QTest::qWaitFor([&] { return !reader.busy(); }, 60000));
    QVERIFY(!firstAnswered); // superseded: never answered
    QVERIFY(second && second->ok());
    QCOMPARE(second->value().total, 50000);
    QCOMPARE(second->value().distinctResources, 250);
}

QTEST_MAIN(TestEventSummary)
#include "tst_eventsummary.moc"

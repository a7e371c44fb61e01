// SPDX-License-Identifier: Apache-2.0
#include "activity/eventfilterresolver.h"
#include "model/eventfilter.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

class TestEventFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripsThroughJson();
    void refusesMalformedFilters_data();
    void refusesMalformedFilters();
    void resolvesNamesAndRelativeTime();
    void resolvingAMissingAgentOrOwnerSaysWhich();
    void savesListsReplacesAndDeletes();
    void refusesBadNames_data();
    void refusesBadNames();
    void damagedRowIsAClearError();

private:
    std::unique_ptr<TestWorkspace> m_test;
};

namespace {

constexpr qint64 kSecond = 1'000'000'000;

EventFilter everything()
{
    EventFilter filter;
    filter.agent = QStringLiteral("billing-bot");
    filter.owner = QStringLiteral("ann@example.com");
    filter.action = QStringLiteral("delete");
    filter.resourcePrefix = QStringLiteral("s3://acme-invoices/");
    filter.outcome = EventOutcome::Denied;
    filter.source = QStringLiteral("cloudtrail");
    filter.text = QStringLiteral("GetObject");
    filter.fromNs = 1764000000 * kSecond;
    filter.toNs = 1764086400 * kSecond;
    return filter;
}

} // namespace

void TestEventFilter::init()
{
    m_test = std::make_unique<TestWorkspace>();
}

void TestEventFilter::roundTripsThroughJson()
{
    const EventFilter filter = everything();
    auto back = EventFilter::fromJson(filter.toJson());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QVERIFY(back.value() == filter);
    QCOMPARE(filter.toJson().value(QStringLiteral("since")).toString(),
             QStringLiteral("2025-11-24T16:00:00.000000000Z"));

    // A recent period stays relative: it is what "the last day" means next week.
    EventFilter recent;
    recent.lastSeconds = 86400;
    QCOMPARE(QJsonDocument(recent.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"last_seconds":86400})"));
    QVERIFY(EventFilter::fromJson(recent.toJson()).value() == recent);
    QVERIFY(EventFilter().isEmpty());
    QVERIFY(EventFilter::fromJson({})->isEmpty());
    QVERIFY(!recent.isEmpty());
}

void TestEventFilter::refusesMalformedFilters_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown key") << QByteArray(R"({"agnet":"x"})") << QStringLiteral("no \"agnet\"");
    QTest::newRow("number for text") << QByteArray(R"({"agent":7})")
                                     << QStringLiteral("\"agent\" must be text");
    QTest::newRow("too long") << (QByteArray(R"({"text":")") + QByteArray(2000, 'a') + QByteArray(R"("})"))
                              << QStringLiteral("at most 1024");
    QTest::newRow("bad outcome") << QByteArray(R"({"outcome":"maybe"})") << QStringLiteral("\"maybe\"");
    QTest::newRow("bad time") << QByteArray(R"({"since":"yesterday"})") << QStringLiteral("\"since\"");
    QTest::newRow("backwards") << QByteArray(
                                      R"({"since":"2026-02-01T00:00:00Z","until":"2026-01-01T00:00:00Z"})")
                               << QStringLiteral("before its \"until\"");
    QTest::newRow("zero period") << QByteArray(R"({"last_seconds":0})") << QStringLiteral("last_seconds");
    QTest::newRow("fractional period") << QByteArray(R"({"last_seconds":1.5})") << QStringLiteral("whole");
    QTest::newRow("absurd period") << QByteArray(R"({"last_seconds":1e300})") << QStringLiteral("ten years");
    QTest::newRow("text period") << QByteArray(R"({"last_seconds":"86400"})")
                                 << QStringLiteral("last_seconds");
}

void TestEventFilter::refusesMalformedFilters()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    auto filter = EventFilter::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!filter);
    QCOMPARE(filter.error().kind, ErrorKind::Invalid);
    QVERIFY2(filter.error().message.contains(says), qPrintable(filter.error().message));
}

void TestEventFilter::resolvesNamesAndRelativeTime()
{
    const Owner ann = m_test->addOwner();
    const Agent bot = m_test->addAgent(QStringLiteral("billing-bot"), ann.id);
    EventFilter filter = everything();
    auto query = EventFilterResolver::resolve(filter, m_test->workspace(), 0);
    QVERIFY2(query, qPrintable(query ? QString() : query.error().message));
    QCOMPARE(query->agentId, bot.id);
    QCOMPARE(query->ownerId, ann.id);
    QCOMPARE(query->action, QStringLiteral("delete"));
    QCOMPARE(query->resourcePrefix, QStringLiteral("s3://acme-invoices/"));
    QCOMPARE(query->outcome, std::optional(EventOutcome::Denied));
    QCOMPARE(query->fromNs, filter.fromNs);
    QCOMPARE(query->toNs, filter.toNs);

    // A period wins over dates and ends now.
    filter.lastSeconds = 3600;
    const qint64 now = 1800000000 * kSecond;
    query = EventFilterResolver::resolve(filter, m_test->workspace(), now);
    QCOMPARE(query->fromNs, now - 3600 * kSecond);
    QCOMPARE(query->toNs, 0);
}

void TestEventFilter::resolvingAMissingAgentOrOwnerSaysWhich()
{
    EventFilter filter;
    filter.agent = QStringLiteral("retired-long-ago");
    auto query = EventFilterResolver::resolve(filter, m_test->workspace(), 0);
    QVERIFY(!query);
    QVERIFY2(query.error().message.contains(QStringLiteral("retired-long-ago")),
             qPrintable(query.error().message));
    filter.agent.clear();
    filter.owner = QStringLiteral("gone@example.com");
    query = EventFilterResolver::resolve(filter, m_test->workspace(), 0);
    QVERIFY(!query);
    QVERIFY(query.error().message.contains(QStringLiteral("gone@example.com")));
}

void TestEventFilter::savesListsReplacesAndDeletes()
{
    SavedFilterRepository& saved = m_test->workspace().savedFilters();
    QVERIFY(saved.list()->isEmpty());
    SavedFilter denied{QStringLiteral("Denied today"), {}, QStringLiteral("ann"), m_test->now(), {}};
    denied.filter.outcome = EventOutcome::Denied;
    denied.filter.lastSeconds = 86400;
    QVERIFY(saved.save(denied));
    SavedFilter buckets{QStringLiteral("buckets"), everything(), QStringLiteral("bob"), m_test->now(), {}};
    QVERIFY(saved.save(buckets));
    auto list = saved.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("buckets")); // by name, whatever the case
    QVERIFY(list->at(0).filter == everything());
    QCOMPARE(list->at(1).savedBy, QStringLiteral("ann"));

    // Saving under a taken name replaces, and survives reopening the file.
    buckets.filter.action = QStringLiteral("read");
    QVERIFY(saved.save(buckets));
    m_test->reopen();
    SavedFilterRepository& again = m_test->workspace().savedFilters();
    QCOMPARE(again.list()->size(), 2);
    QCOMPARE(again.byName(QStringLiteral("buckets"))->filter.action, QStringLiteral("read"));

    QVERIFY(again.remove(QStringLiteral("buckets")));
    auto gone = again.remove(QStringLiteral("buckets"));
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
    QCOMPARE(again.byName(QStringLiteral("buckets")).error().kind, ErrorKind::NotFound);
    QCOMPARE(again.list()->size(), 1);
}

void TestEventFilter::refusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("line break") << QStringLiteral("a\nb");
    QTest::newRow("padded") << QStringLiteral(" denied");
    QTest::newRow("long") << QString(81, QLatin1Char('x'));
}

void TestEventFilter::refusesBadNames()
{
    QFETCH(QString, name);
    auto saved =
        m_test->workspace().savedFilters().save({name, {}, QStringLiteral("ann"), m_test->now(), {}});
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::Invalid);
    QVERIFY(m_test->workspace().savedFilters().list()->isEmpty());
}

void TestEventFilter::damagedRowIsAClearError()
{
    QSqlQuery q(m_test->workspace().database().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO saved_filters (name, filter, saved_by, updated_at) "
                                  "VALUES ('hand-edited', '{\"outcome\":\"sometimes\"}', 'x', 0)")));
    auto saved = m_test->workspace().savedFilters().byName(QStringLiteral("hand-edited"));
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QStringLiteral("hand-edited")) &&
                 saved.error().message.contains(QStringLiteral("sometimes")),
             qPrintable(saved.error().message));
    QVERIFY(q.exec(QStringLiteral("UPDATE saved_filters SET filter = 'not json'")));
    saved = m_test->workspace().savedFilters().byName(QStringLiteral("hand-edited"));
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QStringLiteral("damaged")), qPrintable(saved.error().message));
    // Listed, so that it can be seen and deleted; never applied.
    auto list = m_test->workspace().savedFilters().list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QVERIFY(list->at(0).damage.contains(QStringLiteral("damaged")));
    QVERIFY(m_test->workspace().savedFilters().remove(QStringLiteral("hand-edited")));
}

QTEST_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"

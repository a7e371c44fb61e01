// SPDX-License-Identifier: Apache-2.0
#include "activity/connectors/mcpparser.h"
#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

class TestMcpParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void requestsAreEventsResponsesSettleThem();
    void everyMessageOfTheSpecificationParses();
    void pairsAcrossFilesAndRuns();
    void ingestTwiceStoresOnce();
    void everyLineLandsSomewhere();
    void malformedLinesAreQuarantined();
    void timeSpellings_data();
    void timeSpellings();

private:
    IngestCounts ingest(const QString& connectorName, const QString& path);
    QList<Event> events();
    std::unique_ptr<TestWorkspace> m_test;
};

namespace {
const QString kData = QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/mcp");

QList<QByteArray> lines(const QString& name)
{
    QFile file(kData + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing %s", qPrintable(name));
    }
    return file.readAll().trimmed().split('\n');
}
} // namespace

void TestMcpParser::init()
{
    m_test = std::make_unique<TestWorkspace>();
}

IngestCounts TestMcpParser::ingest(const QString& connectorName, const QString& path)
{
    auto connector = ConnectorService(m_test->workspace()).ensure(connectorName, QStringLiteral("mcp"), {});
    if (!connector) {
        qFatal("%s", qPrintable(connector.error().message));
    }
    const auto stored = m_test->workspace().connectors().byId(connector->id).value();
    McpParser parser;
    FileSource source(m_test->workspace(), stored, parser, {});
    auto counts = source.ingest(path);
    if (!counts) {
        qFatal("%s", qPrintable(counts.error().message));
    }
    return counts.value();
}

QList<Event> TestMcpParser::events()
{
    EventQuery all;
    all.limit = 1000;
    QList<Event> out = m_test->workspace().events().page(all).value();
    std::reverse(out.begin(), out.end()); // oldest first, as logged
    return out;
}

void TestMcpParser::requestsAreEventsResponsesSettleThem()
{
    // The client is a registered agent; its certificate's SPIFFE ID is what the gateway logs.
    const Owner owner = m_test->addOwner();
    const Agent planner = m_test->addAgent(QStringLiteral("trip-planner"), owner.id);

    const IngestCounts counts = ingest(QStringLiteral("gateway"), kData + QStringLiteral("/gateway.jsonl"));
    // 12 requests and a notification stored; 9 responses and a cancellation settle theirs. What is
    // stored is what became an event: answers are counted apart.
    QCOMPARE(counts.read, 23);
    QCOMPARE(counts.stored, 13);
    QCOMPARE(counts.answers, 10);
    QCOMPARE(counts.quarantined, 0);
    QVERIFY(counts.balanced());

    const QList<Event> all = events();
    QCOMPARE(all.size(), 13);
    struct Expected
    {
        const char* nativeAction;
        const char* action;
        const char* resource;
        EventOutcome outcome;
    };
    const Expected expected[] = {
        {"initialize", "connect", "mcp://weather/initialize", EventOutcome::Success},
        {"notifications/initialized",
         "notify",
         "mcp://weather/notifications/initialized",
         EventOutcome::Unknown},
        {"tools/list", "list", "mcp://weather/tools/list", EventOutcome::Success},
        {"tools/call", "execute", "mcp://weather/get_weather", EventOutcome::Success},
        {"tools/call", "execute", "mcp://weather/book_flight", EventOutcome::Failure},       // isError
        {"tools/call", "execute", "mcp://weather/invalid_tool_name", EventOutcome::Failure}, // -32602
        {"tools/call", "execute", "mcp://weather/delete_records", EventOutcome::Denied},     // policy
        {"resources/read",
         "read",
         "mcp://weather/resources/file:///project/src/main.rs",
         EventOutcome::Success},
        {"sampling/createMessage", "sample", "mcp://weather/sampling/createMessage", EventOutcome::Success},
        {"tools/call", "execute", "mcp://weather/get_forecast", EventOutcome::Failure}, // cancelled
        {"ping", "connect", "mcp://weather/ping", EventOutcome::Success},
        {"tools/call", "execute", "mcp://github/search_code", EventOutcome::Unknown}, // no answer logged
        {"tools/call", "execute", "mcp://weather/get_alerts", EventOutcome::Unknown}, // still in flight
    };
    // The github line's time (epoch milliseconds) is earlier than the rest: find it by resource.
    for (const Expected& e : expected) {
        const auto it = std::find_if(all.cbegin(), all.cend(), [&e](const Event& event) {
            return event.resource == QLatin1String(e.resource);
        });
        QVERIFY2(it != all.cend(), e.resource);
        QCOMPARE(it->nativeAction, QLatin1String(e.nativeAction));
        QCOMPARE(it->action, QLatin1String(e.action));
        QCOMPARE(it->outcome, e.outcome);
        QCOMPARE(it->source, QStringLiteral("mcp"));
    }
    // The agent's calls resolve to it; the server's own request (sampling) is the server's.
    for (const Event& event : all) {
        if (event.resource.startsWith(QStringLiteral("mcp://weather/")) &&
            event.nativeAction != QStringLiteral("sampling/createMessage")) {
            QCOMPARE(event.agentId, planner.id);
            QCOMPARE(event.task, QStringLiteral("sess-7f3a"));
        }
    }
    const Event sampling = *std::find_if(all.cbegin(), all.cend(), [](const Event& e) {
        return e.nativeAction == QStringLiteral("sampling/createMessage");
    });
    QCOMPARE(sampling.principal, QStringLiteral("mcp-server:weather"));
    QCOMPARE(sampling.agentId, 0);
    // An unknown client that calls tools is a shadow agent.
    const Event github = *std::find_if(all.cbegin(), all.cend(), [](const Event& e) {
        return e.resource == QStringLiteral("mcp://github/search_code");
    });
    QCOMPARE(github.principal, QStringLiteral("research-bot"));
    QCOMPARE(m_test->workspace().agents().byId(github.agentId)->name, QStringLiteral("research-bot"));
    QCOMPARE(github.timeNs, 1763632900123000000LL);

    // A settled call keeps its request and its answer, in the order received.
    const Event weather = *std::find_if(all.cbegin(), all.cend(), [](const Event& e) {
        return e.resource == QStringLiteral("mcp://weather/get_weather");
    });
    const QJsonDocument raw = QJsonDocument::fromJson(m_test->workspace().events().byId(weather.id)->raw);
    QVERIFY(raw.isArray());
    QCOMPARE(raw.array().size(), 2);
    const QJsonObject request = raw.array().at(0).toObject().value(u"message").toObject();
    QCOMPARE(request.value(u"method").toString(), QStringLiteral("tools/call"));
    const QJsonObject response = raw.array().at(1).toObject().value(u"message").toObject();
    QVERIFY(response.value(u"result")
                .toObject()
                .value(u"content")
                .toArray()
                .at(0)
                .toObject()
                .value(u"text")
                .toString()
                .contains(QStringLiteral("72°F")));
}

void TestMcpParser::everyMessageOfTheSpecificationParses()
{
    // Each example message, wrapped as a gateway logs it, gives an event, a completion or nothing,
    // never a rejection.
    McpParser parser;
    int requests = 0;
    int answers = 0;
    for (const QString& name :
         {QStringLiteral("InitializeRequest/initialize-request.json"),
          QStringLiteral("ListToolsRequest/list-tools-request.json"),
          QStringLiteral("CallToolRequest/call-tool-request.json"),
          QStringLiteral("ReadResourceRequest/read-resource-request.json"),
          QStringLiteral("PingRequest/ping-request.json"),
          QStringLiteral("InitializeResultResponse/initialize-result-response.json"),
          QStringLiteral("ListToolsResultResponse/list-tools-result-response.json"),
          QStringLiteral("CallToolResultResponse/call-tool-result-response.json"),
          QStringLiteral("ReadResourceResultResponse/read-resource-result-response.json"),
          QStringLiteral("PingResultResponse/ping-result-response.json"),
          QStringLiteral("InitializedNotification/initialized-notification.json")}) {
        QFile file(kData + QStringLiteral("/spec/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray line = "{\"time\":\"2026-11-20T10:00:00Z\",\"message\":" + file.readAll() + "}";
        const ParsedRecord parsed = FileSource::parseBytes(parser, line);
        QVERIFY2(parsed.rejected.isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + parsed.rejected.value(0).reason));
        requests += int(parsed.events.size());
        answers += int(parsed.completions.size());
    }
    QCOMPARE(requests, 6); // the initialized notification is an event too
    QCOMPARE(answers, 5);
}

void TestMcpParser::pairsAcrossFilesAndRuns()
{
    // The log rotates between a request and its response: two files, two runs.
    const QList<QByteArray> all = lines(QStringLiteral("gateway.jsonl"));
    const QString first = m_test->dir() + QStringLiteral("/gateway.1.jsonl");
    const QString second = m_test->dir() + QStringLiteral("/gateway.2.jsonl");
    QFile a(first);
    QVERIFY(a.open(QIODevice::WriteOnly));
    QFile b(second);
    QVERIFY(b.open(QIODevice::WriteOnly));
    for (int i = 0; i < all.size(); ++i) {
        (i < 6 ? a : b).write(all[i] + '\n'); // line 6 is get_weather's request, 7 its response
    }
    a.close();
    b.close();
    const IngestCounts earlier = ingest(QStringLiteral("gateway"), first);
    QCOMPARE(earlier.stored, 4); // 3 requests and the initialized notification
    QCOMPARE(earlier.answers, 2);
    const IngestCounts later = ingest(QStringLiteral("gateway"), second);
    QCOMPARE(later.quarantined, 0);
    const QList<Event> stored = events();
    const auto weather = std::find_if(stored.cbegin(), stored.cend(), [](const Event& e) {
        return e.resource == QStringLiteral("mcp://weather/get_weather");
    });
    QVERIFY(weather != stored.cend());
    QCOMPARE(weather->outcome, EventOutcome::Success);
}

void TestMcpParser::ingestTwiceStoresOnce()
{
    const IngestCounts first = ingest(QStringLiteral("a"), kData + QStringLiteral("/gateway.jsonl"));
    // The same traffic through another connector: every request and answer is a duplicate.
    const IngestCounts again = ingest(QStringLiteral("b"), kData + QStringLiteral("/gateway.jsonl"));
    QCOMPARE(again.read, first.read);
    QCOMPARE(again.stored, 0);
    QCOMPARE(again.duplicates, first.read);
    QCOMPARE(events().size(), 13);
}

void TestMcpParser::everyLineLandsSomewhere()
{
    // A newer protocol revision: the client named in _meta, new methods, notifications of every
    // kind and an interim answer before the final one. 13 lines, 13 read.
    const QString path = kData + QStringLiteral("/gateway-newer-revision.jsonl");
    const IngestCounts counts = ingest(QStringLiteral("newer"), path);
    QCOMPARE(counts.read, 13);
    QCOMPARE(counts.stored, 9); // 4 calls, 5 notifications
    QCOMPARE(counts.answers, 4);
    QCOMPARE(counts.quarantined, 0);
    QVERIFY(counts.balanced());
    const QList<Event> all = events();
    QCOMPARE(all.size(), 9);
    const auto find = [&all](const QString& resource) {
        const auto it = std::find_if(
            all.cbegin(), all.cend(), [&resource](const Event& e) { return e.resource == resource; });
        return it == all.cend() ? Event() : *it;
    };
    const Event search = find(QStringLiteral("mcp://docs/search"));
    QCOMPARE(search.principal, QStringLiteral("research-agent"));
    QVERIFY(search.agentId != 0); // a shadow agent: an unknown client that calls tools
    QCOMPARE(find(QStringLiteral("mcp://docs/server/discover")).action, QStringLiteral("list"));
    QCOMPARE(find(QStringLiteral("mcp://docs/server/discover")).principal, QStringLiteral("research-agent"));
    QCOMPARE(find(QStringLiteral("mcp://docs/subscriptions/listen")).action, QStringLiteral("subscribe"));
    QCOMPARE(find(QStringLiteral("mcp://docs/notifications/message")).action, QStringLiteral("notify"));
    QCOMPARE(find(QStringLiteral("mcp://docs/notifications/message")).principal,
             QStringLiteral("mcp-server:docs"));
    QCOMPARE(find(QStringLiteral("mcp://docs/resources/file:///policies/rotation.md")).nativeAction,
             QStringLiteral("notifications/resources/updated"));
    QCOMPARE(find(QStringLiteral("mcp://docs/notifications/roots/list_changed")).principal,
             QStringLiteral("unidentified MCP client")); // sent by the client, which the line does not name
    // The interim answer did not settle the deploy; the final one did, and both are kept with it.
    const Event deploy = find(QStringLiteral("mcp://docs/deploy"));
    QCOMPARE(deploy.outcome, EventOutcome::Success);
    const QByteArray raw = m_test->workspace().events().byId(deploy.id)->raw;
    QVERIFY(raw.contains("input_required"));
    QVERIFY(raw.contains("deployed"));

    // Read again: every line is a duplicate, nothing stored twice.
    const IngestCounts again = ingest(QStringLiteral("newer-again"), path);
    QCOMPARE(again.read, 13);
    QCOMPARE(again.duplicates, 13);
    QCOMPARE(events().size(), 9);
}

void TestMcpParser::malformedLinesAreQuarantined()
{
    const IngestCounts counts = ingest(QStringLiteral("bad"), kData + QStringLiteral("/malformed.jsonl"));
    QCOMPARE(counts.read, 7);
    QCOMPARE(counts.quarantined, 7);
    QCOMPARE(counts.stored, 0);
    auto kept = m_test->workspace().connectors().quarantined(
        m_test->workspace().connectors().byName(QStringLiteral("bad"))->id, false, 100);
    QVERIFY(kept);
    QStringList reasons;
    for (const QuarantinedRecord& record : kept.value()) {
        reasons << record.reason;
        QVERIFY(!record.raw.isEmpty());
    }
    const QString all = reasons.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("no time")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("JSON-RPC 2.0")));
    QVERIFY(all.contains(QStringLiteral("without params.name")));
    QVERIFY(all.contains(QStringLiteral("result or an error")));
    QVERIFY(all.contains(QStringLiteral("whose request was not seen")));
    QVERIFY(all.contains(QStringLiteral("No JSON-RPC message")));
}

void TestMcpParser::timeSpellings_data()
{
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<qint64>("expected");
    const qint64 ns = 1763632900123000000LL;
    QTest::newRow("rfc3339") << QByteArray("\"time\":\"2025-11-20T10:01:40.123Z\"") << ns;
    QTest::newRow("seconds") << QByteArray("\"ts\":1763632900.123") << ns;
    QTest::newRow("millis") << QByteArray("\"timestamp\":1763632900123") << ns;
    QTest::newRow("micros") << QByteArray("\"timestamp\":1763632900123000") << ns;
    QTest::newRow("nanos") << QByteArray("\"timestamp\":1763632900123000000") << ns;
    QTest::newRow("no zone") << QByteArray("\"time\":\"2025-11-20T10:01:40\"") << qint64(0);
    QTest::newRow("negative") << QByteArray("\"time\":-5") << qint64(0);
    QTest::newRow("huge") << QByteArray("\"time\":1e300") << qint64(0);
    QTest::newRow("wrong type") << QByteArray("\"time\":[1]") << qint64(0);
    // Found by the fuzzer: times whose nanoseconds do not fit in 64 bits are refused, not wrapped.
    QTest::newRow("seconds past 2262") << QByteArray("\"time\":99999999999") << qint64(0);
    QTest::newRow("fraction past 2262") << QByteArray("\"time\":9999999999.5") << qint64(0);
    QTest::newRow("millis past 2262") << QByteArray("\"time\":99999999999999") << qint64(0);
    QTest::newRow("largest integer") << QByteArray("\"time\":9223372036854775807")
                                     << Q_INT64_C(9223372036854775807);
    QTest::newRow("year 9999") << QByteArray("\"time\":\"9999-12-31T23:59:59Z\"") << qint64(0);
    QTest::newRow("last second") << QByteArray("\"time\":\"2262-04-11T23:47:15Z\"")
                                 << Q_INT64_C(9223372035000000000);
}

void TestMcpParser::timeSpellings()
{
    QFETCH(QByteArray, time);
    QFETCH(qint64, expected);
    const QByteArray line = "{" + time + R"(,"message":{"jsonrpc":"2.0","id":1,"method":"tools/list"}})";
    const ParsedRecord parsed = FileSource::parseBytes(McpParser(), line);
    if (expected == 0) {
        QCOMPARE(parsed.events.size(), 0);
        QCOMPARE(parsed.rejected.size(), 1);
        return;
    }
    QCOMPARE(parsed.events.size(), 1);
    // Seconds as a double carry float rounding; the rest are exact.
    QVERIFY(qAbs(parsed.events.first().timeNs - expected) < 1000);
}

QTEST_MAIN(TestMcpParser)
#include "tst_mcpparser.moc"

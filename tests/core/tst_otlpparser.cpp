// SPDX-License-Identifier: Apache-2.0
#include "activity/connectors/otlpparser.h"
#include "activity/filesource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestOtlpParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void protoExample();
    void genAiTrace();
    void malformed_data();
    void malformed();
};

namespace {
ParsedRecord parse(const QByteArray& bytes)
{
    return FileSource::parseBytes(OtlpParser(), bytes);
}

QJsonObject attribute(const char* key, const QJsonValue& value)
{
    const QString type = value.isString() ? QStringLiteral("stringValue") : QStringLiteral("intValue");
    return QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key)},
                       {QStringLiteral("value"), QJsonObject{{type, value}}}};
}

QJsonObject span(const char* spanId,
                 const char* parent,
                 const char* name,
                 qint64 start,
                 const QJsonArray& attributes,
                 int status = 0)
{
    QJsonObject s{{QStringLiteral("traceId"), QStringLiteral("0AF7651916CD43DD8448EB211C80319C")},
                  {QStringLiteral("spanId"), QString::fromLatin1(spanId)},
                  {QStringLiteral("name"), QString::fromLatin1(name)},
                  {QStringLiteral("kind"), 1},
                  {QStringLiteral("startTimeUnixNano"), QString::number(start)},
                  {QStringLiteral("endTimeUnixNano"), QString::number(start + 1000)},
                  {QStringLiteral("attributes"), attributes}};
    if (parent[0]) {
        s.insert(QStringLiteral("parentSpanId"), QString::fromLatin1(parent));
    }
    if (status) {
        s.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("code"), status}});
    }
    return s;
}

QByteArray request(const QJsonArray& spans)
{
    const QJsonObject resource{{QStringLiteral("attributes"),
                                QJsonArray{attribute("service.name", QStringLiteral("travel-planner"))}}};
    const QJsonObject document{
        {QStringLiteral("resourceSpans"),
         QJsonArray{QJsonObject{
             {QStringLiteral("resource"), resource},
             {QStringLiteral("scopeSpans"), QJsonArray{QJsonObject{{QStringLiteral("spans"), spans}}}}}}}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}
} // namespace

void TestOtlpParser::protoExample()
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/otel/otlp-trace.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ParsedRecord parsed = parse(file.readAll());
    QVERIFY(parsed.rejected.isEmpty());
    QCOMPARE(parsed.events.size(), 1);
    const Event& event = parsed.events.first();
    QCOMPARE(event.traceId, QStringLiteral("5b8efff798038103d269b633813fc60c")); // hex ids, lower-cased
    QCOMPARE(event.spanId, QStringLiteral("eee19b7ec3c1b174"));
    QCOMPARE(event.parentSpanId, QStringLiteral("eee19b7ec3c1b173"));
    QCOMPARE(event.timeNs, 1544712660000000000LL); // a numeric startTimeUnixNano
    QCOMPARE(event.principal, QStringLiteral("my.service"));
    QVERIFY(!event.principalKind); // no gen_ai.agent.id: not known as an agent
    QCOMPARE(event.resource, QStringLiteral("otel://my.service/I'm a server span"));
    QCOMPARE(event.nativeId, event.traceId + QLatin1Char(':') + event.spanId);
}

void TestOtlpParser::genAiTrace()
{
    // The GenAI semantic conventions' names (otel/semconv in the shared samples): an agent invoked,
    // its model call, and two tool calls, one of which failed; only the agent span names the agent.
    const qint64 t = 1765964257258000000LL;
    const QByteArray body = request(QJsonArray{
        span("1000000000000001",
             "",
             "invoke_agent planner",
             t,
             {attribute("gen_ai.operation.name", QStringLiteral("invoke_agent")),
              attribute("gen_ai.agent.id", QStringLiteral("asst_5j66UpCpwteGg4YSxUnt7lPY")),
              attribute("gen_ai.agent.name", QStringLiteral("planner")),
              attribute("gen_ai.conversation.id", QStringLiteral("conv-42"))}),
        span("1000000000000002",
             "1000000000000001",
             "chat gpt-4.1",
             t + 10,
             {attribute("gen_ai.operation.name", QStringLiteral("chat")),
              attribute("gen_ai.request.model", QStringLiteral("gpt-4.1"))}),
        span("1000000000000003",
             "1000000000000002",
             "execute_tool get_weather",
             t + 20,
             {attribute("gen_ai.operation.name", QStringLiteral("execute_tool")),
              attribute("gen_ai.tool.name", QStringLiteral("get_weather")),
              attribute("gen_ai.tool.call.id", QStringLiteral("call_CwaJHuXTm9dmHFQPlVbqyzJ0"))}),
        span("1000000000000004",
             "1000000000000001",
             "execute_tool book_flight",
             t + 30,
             {attribute("gen_ai.operation.name", QStringLiteral("execute_tool")),
              attribute("gen_ai.tool.name", QStringLiteral("book_flight")),
              attribute("error.type", QStringLiteral("timeout"))},
             2),
    });
    const ParsedRecord parsed = parse(body);
    QVERIFY(parsed.rejected.isEmpty());
    QCOMPARE(parsed.events.size(), 4);
    for (const Event& event : parsed.events) {
        // Every span acts for the agent, inherited from the invoke_agent span.
        QCOMPARE(event.principal, QStringLiteral("asst_5j66UpCpwteGg4YSxUnt7lPY"));
        QCOMPARE(event.principalKind, std::optional<PrincipalKind>(PrincipalKind::OtelAgentId));
        QVERIFY(event.actsLikeAgent());
        QCOMPARE(event.traceId, QStringLiteral("0af7651916cd43dd8448eb211c80319c"));
    }
    QCOMPARE(parsed.events[0].nativeAction, QStringLiteral("invoke_agent"));
    QCOMPARE(parsed.events[0].resource, QStringLiteral("agent://planner"));
    QCOMPARE(parsed.events[0].task, QStringLiteral("conv-42"));
    QCOMPARE(parsed.events[1].resource, QStringLiteral("model://gpt-4.1"));
    QCOMPARE(parsed.events[2].action, QStringLiteral("execute"));
    QCOMPARE(parsed.events[2].resource, QStringLiteral("tool://get_weather"));
    QCOMPARE(parsed.events[2].parentSpanId, QStringLiteral("1000000000000002"));
    QCOMPARE(parsed.events[2].outcome, EventOutcome::Success);
    QCOMPARE(parsed.events[3].outcome, EventOutcome::Failure);
}

void TestOtlpParser::malformed_data()
{
    const qint64 t = 1765964257258000000LL;
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not traces") << QByteArray(R"({"resourceLogs":[]})") << QStringLiteral("resourceSpans");
    QTest::newRow("short trace id") << request({QJsonObject{
                                           {QStringLiteral("traceId"), QStringLiteral("abc")},
                                           {QStringLiteral("spanId"), QStringLiteral("1000000000000001")},
                                           {QStringLiteral("startTimeUnixNano"), QString::number(t)}}})
                                    << QStringLiteral("traceId");
    QTest::newRow("time out of range")
        << request({span("1000000000000001", "", "x", 0, {})}) << QStringLiteral("startTimeUnixNano");
    QTest::newRow("time of the wrong type")
        << request(
               {QJsonObject{{QStringLiteral("traceId"), QStringLiteral("0AF7651916CD43DD8448EB211C80319C")},
                            {QStringLiteral("spanId"), QStringLiteral("1000000000000001")},
                            {QStringLiteral("startTimeUnixNano"), QJsonArray{1}}}})
        << QStringLiteral("startTimeUnixNano");
    QTest::newRow("time beyond 64 bits")
        << request({QJsonObject{
               {QStringLiteral("traceId"), QStringLiteral("0AF7651916CD43DD8448EB211C80319C")},
               {QStringLiteral("spanId"), QStringLiteral("1000000000000001")},
               {QStringLiteral("startTimeUnixNano"), QStringLiteral("99999999999999999999999")}}})
        << QStringLiteral("startTimeUnixNano");
}

void TestOtlpParser::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const ParsedRecord parsed = parse(json);
    QVERIFY(parsed.events.isEmpty());
    QCOMPARE(parsed.rejected.size(), 1);
    QVERIFY2(parsed.rejected.first().reason.contains(reason), qPrintable(parsed.rejected.first().reason));
}

QTEST_GUILESS_MAIN(TestOtlpParser)
#include "tst_otlpparser.moc"

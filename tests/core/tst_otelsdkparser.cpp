// SPDX-License-Identifier: Apache-2.0
#include "activity/connectors/otelsdkparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestOtelSdkParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anyAgentTraces_data();
    void anyAgentTraces();
    void idsExactly();
    void longIntegersQuoted();
    void malformed_data();
    void malformed();
};

namespace {
QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/otel-sdk/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample %s", qPrintable(name));
    }
    return file.readAll();
}
} // namespace

void TestOtelSdkParser::anyAgentTraces_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("spans");
    QTest::addColumn<int>("tools");
    QTest::newRow("OpenAI Agents") << "OPENAI_trace.json" << 6 << 2;
    QTest::newRow("LangChain") << "LANGCHAIN_trace.json" << 7 << 2;
    QTest::newRow("smolagents") << "SMOLAGENTS_trace.json" << 7 << 3;
}

void TestOtelSdkParser::anyAgentTraces()
{
    QFETCH(QString, file);
    QFETCH(int, spans);
    QFETCH(int, tools);
    const ParsedRecord parsed = OtelSdkParser().parse(sample(file));
    QVERIFY2(parsed.rejected.isEmpty(), qPrintable(parsed.rejected.value(0).reason));
    QCOMPARE(parsed.events.size(), spans);
    int toolCalls = 0;
    int roots = 0;
    QString trace;
    for (const Event& event : parsed.events) {
        QCOMPARE(event.source, QStringLiteral("otel-sdk"));
        QCOMPARE(event.traceId.size(), 32);
        QCOMPARE(event.spanId.size(), 16);
        QVERIFY(trace.isEmpty() || trace == event.traceId); // one agent run, one trace
        trace = event.traceId;
        // Only the invoke_agent span names the agent; every span acts for it.
        QCOMPARE(event.principal, QStringLiteral("any_agent"));
        QCOMPARE(event.principalKind, std::optional<PrincipalKind>(PrincipalKind::OtelAgentId));
        toolCalls += event.resource.startsWith(QStringLiteral("tool://")) ? 1 : 0;
        if (event.parentSpanId.isEmpty()) {
            ++roots;
            QCOMPARE(event.nativeAction, QStringLiteral("invoke_agent"));
            QCOMPARE(event.resource, QStringLiteral("agent://any_agent"));
        }
        QVERIFY(event.timeNs > 1750000000LL * 1000000000LL);
    }
    QCOMPARE(toolCalls, tools);
    QCOMPARE(roots, 1);
}

void TestOtelSdkParser::idsExactly()
{
    // The decimal ids as Python's int prints them in hex (computed with python3, not with this
    // code): 128-bit trace ids survive to the last digit.
    const ParsedRecord parsed = OtelSdkParser().parse(sample(QStringLiteral("OPENAI_trace.json")));
    const Event& first = parsed.events.first();
    QCOMPARE(first.traceId, QStringLiteral("4bedea77bb33b9c5f280371eae21ea97"));
    QCOMPARE(first.spanId, QStringLiteral("8100d9dbee1f3e47"));
    QCOMPARE(first.parentSpanId, QStringLiteral("ab08afea3548c547"));
    QCOMPARE(first.nativeAction, QStringLiteral("call_llm"));
    QCOMPARE(first.resource, QStringLiteral("model://mistral/mistral-small-latest"));
    QCOMPARE(first.timeNs, 1758026593210770000LL);

    QCOMPARE(OtelSdkParser::decimalToHex(QStringLiteral("340282366920938463463374607431768211455"), 32),
             QString(32, u'f'));
    QVERIFY(
        OtelSdkParser::decimalToHex(QStringLiteral("340282366920938463463374607431768211456"), 32).isEmpty());
    QVERIFY(OtelSdkParser::decimalToHex(QStringLiteral("18446744073709551616"), 16).isEmpty());
    QVERIFY(OtelSdkParser::decimalToHex(QStringLiteral("0"), 16).isEmpty());
    QVERIFY(OtelSdkParser::decimalToHex(QStringLiteral("12a"), 16).isEmpty());
}

void TestOtelSdkParser::longIntegersQuoted()
{
    QCOMPARE(
        OtelSdkParser::quoteLongIntegers(
            R"({"a":100927429609276267646756448943279827607,"b":"100927429609276267646756448943279827607","c":1758026593210770000,"d":1.5e300,"e":-12345678901234567890123})"),
        QByteArray(
            R"({"a":"100927429609276267646756448943279827607","b":"100927429609276267646756448943279827607","c":1758026593210770000,"d":1.5e300,"e":-12345678901234567890123})"));
    // Escaped quotes inside strings do not end them.
    const QByteArray escaped = "{\"s\":\"x\\\"123456789012345678901234\",\"n\":123456789012345678901234}";
    const QByteArray quoted = "{\"s\":\"x\\\"123456789012345678901234\",\"n\":\"123456789012345678901234\"}";
    QCOMPARE(OtelSdkParser::quoteLongIntegers(escaped), quoted);
}

void TestOtelSdkParser::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no spans") << QByteArray(R"({"final_output":"x"})") << QStringLiteral("spans");
    QTest::newRow("trace id too wide")
        << QByteArray(
               R"({"spans":[{"context":{"trace_id":3402823669209384634633746074317682114560,"span_id":1},"start_time":1}]})")
        << QStringLiteral("trace_id");
    QTest::newRow("no start") << QByteArray(R"({"spans":[{"context":{"trace_id":5,"span_id":1}}]})")
                              << QStringLiteral("start_time");
    QTest::newRow("span not an object") << QByteArray(R"({"spans":[7]})") << QStringLiteral("JSON object");
    QTest::newRow("truncated") << sample(QStringLiteral("OPENAI_trace.json")).left(500)
                               << QStringLiteral("not JSON");
}

void TestOtelSdkParser::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const ParsedRecord parsed = OtelSdkParser().parse(json);
    QVERIFY(parsed.events.isEmpty());
    QCOMPARE(parsed.rejected.size(), 1);
    QVERIFY2(parsed.rejected.first().reason.contains(reason), qPrintable(parsed.rejected.first().reason));
}

QTEST_GUILESS_MAIN(TestOtelSdkParser)
#include "tst_otelsdkparser.moc"

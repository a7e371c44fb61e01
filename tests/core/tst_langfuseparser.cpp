// SPDX-License-Identifier: Apache-2.0
#include "activity/connectors/langfuseparser.h"

#include <QFile>
#include <QTest>

class TestLangfuseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frameworkTraces_data();
    void frameworkTraces();
    void microsoftAgentTree();
    void observationTypesNameTheirResource();
    void malformed_data();
    void malformed();
};

namespace {
QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/langfuse/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample %s", qPrintable(name));
    }
    return file.readAll();
}
} // namespace

void TestLangfuseParser::frameworkTraces_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("spans");
    QTest::addColumn<QString>("agent");
    QTest::newRow("Microsoft Agent Framework")
        << "microsoft-agent-2025-12-17.trace.json" << 4 << "171105b7-59dd-49c0-9677-0b95395aa46a";
    QTest::newRow("JetBrains Koog") << "koog-2025-08-26.trace.json" << 11
                                    << "f9f77d1a-437f-4ba6-890e-b592a50cbd21";
    // No span names its agent: the service of the GenAI trace is the agent.
    QTest::newRow("C# with Gemini") << "csharp-agent-with-gemini-2026-03-09.trace.json" << 8
                                    << "agentic-clientinsights";
}

void TestLangfuseParser::frameworkTraces()
{
    QFETCH(QString, file);
    QFETCH(int, spans);
    QFETCH(QString, agent);
    const ParsedRecord parsed = LangfuseParser().parse(sample(file));
    QVERIFY2(parsed.rejected.isEmpty(), qPrintable(parsed.rejected.value(0).reason));
    QCOMPARE(parsed.events.size(), spans);
    for (const Event& event : parsed.events) {
        QCOMPARE(event.source, QStringLiteral("langfuse"));
        QCOMPARE(event.traceId.size(), 32);
        QCOMPARE(event.spanId.size(), 16);
        QVERIFY(event.timeNs > 0);
        // Spans below the agent's act for it: the trace is the agent's.
        QCOMPARE(event.principal, agent);
        QCOMPARE(event.principalKind, std::optional<PrincipalKind>(PrincipalKind::OtelAgentId));
        // Every resource names something.
        QVERIFY2(!event.resource.endsWith(QStringLiteral("://")), qPrintable(event.resource));
    }
}

void TestLangfuseParser::microsoftAgentTree()
{
    const ParsedRecord parsed =
        LangfuseParser().parse(sample(QStringLiteral("microsoft-agent-2025-12-17.trace.json")));
    QCOMPARE(parsed.events.size(), 4);
    const Event& root = parsed.events.at(0);
    QCOMPARE(root.nativeAction, QStringLiteral("invoke_agent"));
    QVERIFY(root.parentSpanId.isEmpty());
    QCOMPARE(root.spanId, QStringLiteral("4cd6caa32861956a"));
    QCOMPARE(root.traceId, QStringLiteral("8e419d3288419b5d944270505640e183"));
    const Event& tool = parsed.events.at(3);
    QCOMPARE(tool.resource, QStringLiteral("tool://get_weather"));
    QCOMPARE(tool.parentSpanId, root.spanId);
    QCOMPARE(parsed.events.at(1).resource, QStringLiteral("model://gpt-5-mini"));
    QCOMPARE(parsed.events.at(1).timeNs, 1765964257260000000LL); // 2025-12-17T09:37:37.260Z
}

void TestLangfuseParser::observationTypesNameTheirResource()
{
    // An AGENT observation without GenAI attributes is named by its name; a CHAIN step is a step of
    // the agent, not a model; no resource is ever a scheme with no name.
    const QByteArray json = R"({"observations":[
        {"id":"4cd6caa32861956a","traceId":"8e419d3288419b5d944270505640e183","type":"AGENT",
         "name":"claims-triage","startTime":"2026-11-30T10:00:00Z"},
        {"id":"4cd6caa32861956b","traceId":"8e419d3288419b5d944270505640e183","type":"CHAIN",
         "name":"retrieve-policies","parentObservationId":"4cd6caa32861956a","startTime":"2026-11-30T10:00:01Z",
         "metadata":{"attributes":{"gen_ai.operation.name":"chain"}}},
        {"id":"4cd6caa32861956c","traceId":"8e419d3288419b5d944270505640e183","type":"GENERATION",
         "name":"","parentObservationId":"4cd6caa32861956b","startTime":"2026-11-30T10:00:02Z"}]})";
    const ParsedRecord parsed = LangfuseParser().parse(json);
    QVERIFY2(parsed.rejected.isEmpty(), qPrintable(parsed.rejected.value(0).reason));
    QCOMPARE(parsed.events.size(), 3);
    QCOMPARE(parsed.events.at(0).resource, QStringLiteral("agent://claims-triage"));
    QCOMPARE(parsed.events.at(1).resource, QStringLiteral("otel://langfuse/retrieve-policies"));
    QVERIFY2(!parsed.events.at(2).resource.endsWith(QStringLiteral("://")),
             qPrintable(parsed.events.at(2).resource));
    for (const Event& event : parsed.events) {
        QCOMPARE(event.principal, QStringLiteral("claims-triage"));
        QCOMPARE(event.principalKind, std::optional<PrincipalKind>(PrincipalKind::OtelAgentId));
    }
}

void TestLangfuseParser::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not an export") << QByteArray(R"({"trace":{"id":"x"}})") << QStringLiteral("observations");
    QTest::newRow("bad ids")
        << QByteArray(R"({"observations":[{"id":"zz","traceId":"yy","startTime":"2025-01-01T00:00:00Z"}]})")
        << QStringLiteral("hex");
    QTest::newRow("no time")
        << QByteArray(
               R"({"observations":[{"id":"4cd6caa32861956a","traceId":"8e419d3288419b5d944270505640e183"}]})")
        << QStringLiteral("startTime");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"observations\":[{\"name\":\"\xff\"}]}")
                                   << QStringLiteral("UTF-8");
}

void TestLangfuseParser::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const ParsedRecord parsed = LangfuseParser().parse(json);
    QVERIFY(parsed.events.isEmpty());
    QCOMPARE(parsed.rejected.size(), 1);
    QVERIFY2(parsed.rejected.first().reason.contains(reason), qPrintable(parsed.rejected.first().reason));
}

QTEST_GUILESS_MAIN(TestLangfuseParser)
#include "tst_langfuseparser.moc"

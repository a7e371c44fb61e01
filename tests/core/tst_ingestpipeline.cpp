// SPDX-License-Identifier: Apache-2.0
#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "activity/recordparser.h"
#include "activitysamples.h"
#include "testworkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <thread>

#include <zlib.h>

class TestIngestPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void folderOnceThenNothingNew();
    void damagedFileProgressIsAnError_data();
    void damagedFileProgressIsAnError();
    void sameSpanThroughTwoConnectorsIsOneEvent();
    void defaultAgentNamesStayApartPerConnector();
    void spansFindTheirAgentAcrossLinesAndFiles_data();
    void spansFindTheirAgentAcrossLinesAndFiles();
    void sameRecordsElsewhereAreDuplicates();
    void sameIdOtherContentIsQuarantined();
    void shadowAgentOnceAndKnownAgentsResolve();
    void badInputQuarantinedNothingLost();
    void shadowTakesTheNextFreeName();
    void shadowEnvironmentFromItsName();
    void shadowHistoryNamesItsConnector();
    void growingAndReplacedFiles();
    void halfWrittenLastLine();
    void stopAndResumeLines();
    void stopAndResumeDocument();
    void gzipInCloudTrailLayout();
    void aFailedBatchRetriesAsItWas();
    void oneLineRecordsDocumentOverTheLineLimit();
    void oneLineKubernetesEventListOverTheLineLimit();
    void linesOfRecordsDocumentsAreAllRead_data();
    void linesOfRecordsDocumentsAreAllRead();
    void recordsDocumentStopsAndResumesBetweenRecords();
    void recordsDocumentCutShortOrMalformed_data();
    void recordsDocumentCutShortOrMalformed();
    void membersAfterTheRecordsArray();
    void principalsResolveAfreshEachBatch();
    void lastSeenIsTheNewestEvent();

private:
    Connector connector(const QString& name, const QString& kind);
    Result<IngestCounts> run(const Connector& c, const QString& path, FileSource::Options options = {});
    qint64 countRows(const QString& table);

    std::unique_ptr<TestWorkspace> m_test;
};

namespace {
const QString kData = QStringLiteral(STEWARD_TEST_DATA_DIR "/activity");

void writeFile(const QString& path, const QByteArray& bytes, bool append = false)
{
    QFile file(path);
    QVERIFY(file.open(append ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray k8sLines(int count, const QString& prefix)
{
    return k8sAuditLines(prefix.toUtf8() + '-', 0, count);
}
// A CloudTrail log file as AWS writes it: {"Records":[...]} on one line, each record distinct.
QByteArray cloudTrailOneLine(int records, int padding = 0)
{
    QByteArray out = "{\"Records\":[";
    for (int i = 0; i < records; ++i) {
        if (i > 0) {
            out += ',';
        }
        out += "{\"eventVersion\":\"1.08\",\"eventID\":\"gen-" + QByteArray::number(i) +
               "\",\"userIdentity\":{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::123456789012:assumed-"
               "role/refund-bot/s1\",\"accountId\":\"123456789012\"},\"eventTime\":\"2026-11-30T10:00:00Z\","
               "\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",\"awsRegion\":\"eu-west-1\","
               "\"requestParameters\":{\"bucketName\":\"reports\",\"key\":\"q3 ]} \\\"x\\\".pdf\"},"
               "\"userAgent\":\"" +
               QByteArray(padding, 'a') + "\"}";
    }
    return out + "]}";
}

Event k8sEvent(const QString& id, const QString& serviceAccount)
{
    Event event;
    event.timeNs = 1700000000000000000;
    event.source = QStringLiteral("k8s");
    event.nativeId = id;
    event.principal = serviceAccount;
    event.principalKind = PrincipalKind::KubernetesServiceAccount;
    event.principalValue = serviceAccount;
    event.actorType = ActorType::Agent;
    event.action = QStringLiteral("read");
    event.nativeAction = QStringLiteral("get pods");
    event.resource = QStringLiteral("k8s://default/pods");
    event.raw = "{}";
    return event;
}
} // namespace

void TestIngestPipeline::init()
{
    m_test = std::make_unique<TestWorkspace>();
}

Connector TestIngestPipeline::connector(const QString& name, const QString& kind)
{
    auto added = ConnectorService(m_test->workspace()).ensure(name, kind, {});
    if (!added) {
        qFatal("%s", qPrintable(added.error().message));
    }
    return m_test->workspace().connectors().byId(added->id).value();
}

Result<IngestCounts>
TestIngestPipeline::run(const Connector& c, const QString& path, FileSource::Options options)
{
    auto fresh = m_test->workspace().connectors().byId(c.id).value(); // the cursor as stored now
    const auto parser = RecordParser::forFormat(c.kind);
    FileSource source(m_test->workspace(), fresh, *parser, std::move(options));
    return source.ingest(path);
}

qint64 TestIngestPipeline::countRows(const QString& table)
{
    QSqlQuery q(m_test->workspace().database().connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    q.next();
    return q.value(0).toLongLong();
}

void TestIngestPipeline::folderOnceThenNothingNew()
{
    const Connector k8s = connector(QStringLiteral("k8s"), QStringLiteral("k8s"));
    auto first = run(k8s, kData + QStringLiteral("/k8s"));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QVERIFY(first->balanced());
    QCOMPARE(first->read, qint64(QDir(kData + QStringLiteral("/k8s")).entryList(QDir::Files).size()));
    // Two of the samples were made from one record (the same auditID, stage and time) with another
    // user: the second is set aside as a conflict, not taken for a duplicate.
    QCOMPARE(first->quarantined, 1);
    QCOMPARE(first->duplicates, 0);
    auto conflict = m_test->workspace().connectors().quarantined(k8s.id, false, 10);
    QVERIFY(conflict && conflict->size() == 1);
    QVERIFY2(conflict->constFirst().reason.contains(QStringLiteral("841d3e6d-90d2-43df-8da4-684738bee3d5")) &&
                 conflict->constFirst().reason.contains(QStringLiteral("principal")),
             qPrintable(conflict->constFirst().reason));
    QCOMPARE(countRows(QStringLiteral("events")), first->stored);
    QCOMPARE(countRows(QStringLiteral("event_raw")), first->stored);

    // The cursor knows every file is read: nothing is read again.
    auto second = run(k8s, kData + QStringLiteral("/k8s"));
    QVERIFY(second);
    QCOMPARE(second->read, 0);
    const Connector stored = m_test->workspace().connectors().byId(k8s.id).value();
    QCOMPARE(stored.counts.read, first->read);
    QCOMPARE(stored.counts.stored, first->stored);
    QVERIFY(stored.counts.balanced());
    // Each file's progress is a row of its own, not part of a cursor rewritten on every commit.
    QVERIFY(!stored.cursor.contains(QStringLiteral("files")));
    QCOMPARE(m_test->workspace().connectors().fileCount(k8s.id).value(), first->read);
}

void TestIngestPipeline::damagedFileProgressIsAnError_data()
{
    // What someone with write access to the workspace file could change in a file's progress, as
    // an SQL expression over the stored state, and what the error then names.
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("named");
    QTest::newRow("not JSON") << "'not json'"
                              << "damaged";
    QTest::newRow("a lines file marked done") << "json_set(state, '$.done', json('true'))"
                                              << "never done";
    QTest::newRow("offset inside a line")
        << "json_set(state, '$.offset', json_extract(state, '$.offset') - 17)"
        << "inside a line";
    QTest::newRow("offset as text") << "json_set(state, '$.offset', '100')"
                                    << "offset";
    QTest::newRow("negative offset") << "json_set(state, '$.offset', -5)"
                                     << "offset";
    QTest::newRow("unknown framing") << "json_set(state, '$.framing', 'bogus')"
                                     << "framing";
    QTest::newRow("unknown key") << "json_set(state, '$.skip', 3)"
                                 << "skip";
}

void TestIngestPipeline::damagedFileProgressIsAnError()
{
    QFETCH(QString, state);
    QFETCH(QString, named);
    const QString dir = m_test->dir() + QStringLiteral("/damaged");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/audit.log");
    writeFile(path, k8sLines(5, QStringLiteral("d")));
    const Connector k8s = connector(QStringLiteral("k8s"), QStringLiteral("k8s"));
    QVERIFY(run(k8s, path));
    // Someone with the file damages the progress: reading from the top (everything again) or
    // skipping records would both be silent; the error is named and nothing is read.
    QSqlQuery q(m_test->workspace().database().connection());
    QVERIFY2(q.exec(QStringLiteral("UPDATE connector_files SET state = %1").arg(state)), qPrintable(state));
    writeFile(path, k8sLines(3, QStringLiteral("e")), true);
    auto again = run(k8s, path);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Storage);
    QVERIFY2(again.error().message.contains(QStringLiteral("damaged")), qPrintable(again.error().message));
    QVERIFY2(again.error().message.contains(named), qPrintable(again.error().message));
    QCOMPARE(countRows(QStringLiteral("events")), 5);
}

void TestIngestPipeline::defaultAgentNamesStayApartPerConnector()
{
    // Three frameworks run through any-agent: each names its agent "any_agent", with no agent id and
    // OpenTelemetry's placeholder service. Nothing in the spans tells them apart but where they
    // were read; merged, one agent would carry the three frameworks' tool calls.
    QSet<qint64> agents;
    for (const char* framework : {"LANGCHAIN", "OPENAI", "SMOLAGENTS"}) {
        const QString name = QString::fromLatin1(framework).toLower();
        auto counts = run(connector(name, QStringLiteral("otel-sdk")),
                          kData + QStringLiteral("/otel-sdk/%1_trace.json").arg(QLatin1String(framework)));
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
        auto agent = m_test->workspace().agents().byPrincipal(
            {PrincipalKind::OtelAgentId, name + QStringLiteral("/any_agent")});
        QVERIFY2(agent, qPrintable(name));
        agents.insert(agent->id);
        EventQuery mine;
        mine.agentId = agent->id;
        mine.limit = 1000;
        // Every span of the framework's trace is its agent's, and only those.
        QCOMPARE(m_test->workspace().events().count(mine).value(), counts->stored);
    }
    QCOMPARE(agents.size(), 3);
    // The same framework read again through its own connector is the same agent.
    auto again = run(connector(QStringLiteral("openai"), QStringLiteral("otel-sdk")),
                     kData + QStringLiteral("/otel-sdk/OPENAI_trace.json"));
    QVERIFY(again);
    QCOMPARE(m_test->workspace()
                 .agents()
                 .byPrincipal({PrincipalKind::OtelAgentId, QStringLiteral("openai/any_agent")})
                 ->id,
             m_test->workspace()
                 .agents()
                 .byPrincipal({PrincipalKind::OtelAgentId, QStringLiteral("openai/any_agent")})
                 ->id);
    QCOMPARE(countRows(QStringLiteral("agents")), 3);
}

void TestIngestPipeline::sameSpanThroughTwoConnectorsIsOneEvent()
{
    // An agent framework's SDK dump, then the same spans as the OTLP receiver's exporter sends them.
    const QString dump = kData + QStringLiteral("/otel-sdk/SMOLAGENTS_trace.json");
    auto sdk = run(connector(QStringLiteral("sdk"), QStringLiteral("otel-sdk")), dump);
    QVERIFY2(sdk, qPrintable(sdk ? QString() : sdk.error().message));
    QVERIFY(sdk->stored > 0);
    const qint64 stored = countRows(QStringLiteral("events"));
    EventQuery all;
    all.limit = 1000;
    const QList<Event> spans = m_test->workspace().events().page(all).value();
    QJsonArray otlpSpans;
    for (const Event& e : spans) {
        QVERIFY(e.isSpan());
        otlpSpans.append(QJsonObject{{QStringLiteral("traceId"), e.traceId},
                                     {QStringLiteral("spanId"), e.spanId},
                                     {QStringLiteral("parentSpanId"), e.parentSpanId},
                                     {QStringLiteral("name"), e.nativeAction},
                                     {QStringLiteral("startTimeUnixNano"), QString::number(e.timeNs)},
                                     {QStringLiteral("endTimeUnixNano"), QString::number(e.timeNs + 1000)}});
    }
    const QJsonObject request{
        {QStringLiteral("resourceSpans"),
         QJsonArray{QJsonObject{{QStringLiteral("scopeSpans"),
                                 QJsonArray{QJsonObject{{QStringLiteral("spans"), otlpSpans}}}}}}}};
    const QString path = m_test->dir() + QStringLiteral("/exported.jsonl");
    writeFile(path, QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    auto otlp = run(connector(QStringLiteral("receiver"), QStringLiteral("otlp")), path);
    QVERIFY2(otlp, qPrintable(otlp ? QString() : otlp.error().message));
    QCOMPARE(otlp->read, qint64(spans.size()));
    QCOMPARE(otlp->stored, 0);
    const auto kept = m_test->workspace().connectors().quarantined(0, false, 10).value();
    QVERIFY2(kept.isEmpty(), qPrintable(kept.isEmpty() ? QString() : kept.first().reason));
    QCOMPARE(otlp->duplicates, qint64(spans.size()));
    QCOMPARE(countRows(QStringLiteral("events")), stored);
}

namespace {

// One OTLP/JSON export request of these spans, from a service named as OpenTelemetry names a
// service nobody named.
QByteArray otlpLine(const QJsonArray& spans)
{
    const QJsonObject request{
        {QStringLiteral("resourceSpans"),
         QJsonArray{QJsonObject{
             {QStringLiteral("resource"),
              QJsonObject{{QStringLiteral("attributes"),
                           QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("service.name")},
                                                  {QStringLiteral("value"),
                                                   QJsonObject{{QStringLiteral("stringValue"),
                                                                QStringLiteral("unknown_service")}}}}}}}},
             {QStringLiteral("scopeSpans"), QJsonArray{QJsonObject{{QStringLiteral("spans"), spans}}}}}}}};
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject genAiSpan(const QString& trace,
                      const QString& span,
                      const QString& parent,
                      qint64 startNs,
                      const QList<std::pair<QString, QString>>& attributes)
{
    QJsonArray list;
    for (const auto& [key, value] : attributes) {
        list.append(
            QJsonObject{{QStringLiteral("key"), key},
                        {QStringLiteral("value"), QJsonObject{{QStringLiteral("stringValue"), value}}}});
    }
    return QJsonObject{{QStringLiteral("traceId"), trace},
                       {QStringLiteral("spanId"), span},
                       {QStringLiteral("parentSpanId"), parent},
                       {QStringLiteral("name"), attributes.value(0).second},
                       {QStringLiteral("startTimeUnixNano"), QString::number(startNs)},
                       {QStringLiteral("endTimeUnixNano"), QString::number(startNs + 1000)},
                       {QStringLiteral("attributes"), list}};
}

} // namespace

void TestIngestPipeline::spansFindTheirAgentAcrossLinesAndFiles_data()
{
    QTest::addColumn<QString>("order");
    QTest::newRow("one file, children first") << QStringLiteral("together");
    QTest::newRow("children's file, then the agent's") << QStringLiteral("children-first");
    QTest::newRow("agent's file, then the children's") << QStringLiteral("agent-first");
}

void TestIngestPipeline::spansFindTheirAgentAcrossLinesAndFiles()
{
    QFETCH(QString, order);
    // A model call and a tool call are exported when they end, before the agent's own span.
    const QString trace = QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736");
    const QString root = QStringLiteral("00f067aa0ba902b7");
    const QByteArray children =
        otlpLine({genAiSpan(trace,
                            QStringLiteral("00f067aa0ba902b8"),
                            root,
                            1764000000000000100,
                            {{QStringLiteral("gen_ai.operation.name"), QStringLiteral("chat")},
                             {QStringLiteral("gen_ai.request.model"), QStringLiteral("gpt-4.1")}}),
                  genAiSpan(trace,
                            QStringLiteral("00f067aa0ba902b9"),
                            root,
                            1764000000000000200,
                            {{QStringLiteral("gen_ai.operation.name"), QStringLiteral("execute_tool")},
                             {QStringLiteral("gen_ai.tool.name"), QStringLiteral("search_flights")}})});
    const QByteArray agent =
        otlpLine({genAiSpan(trace,
                            root,
                            QString(),
                            1764000000000000000,
                            {{QStringLiteral("gen_ai.operation.name"), QStringLiteral("invoke_agent")},
                             {QStringLiteral("gen_ai.agent.name"), QStringLiteral("planner")}})});
    const Connector otlp = connector(QStringLiteral("otlp"), QStringLiteral("otlp"));
    const QString first = m_test->dir() + QStringLiteral("/a.jsonl");
    const QString second = m_test->dir() + QStringLiteral("/b.jsonl");
    if (order == QStringLiteral("together")) {
        writeFile(first, children + agent);
        QVERIFY(run(otlp, first));
    } else {
        writeFile(first, order == QStringLiteral("children-first") ? children : agent);
        writeFile(second, order == QStringLiteral("children-first") ? agent : children);
        QVERIFY(run(otlp, first));
        QVERIFY(run(otlp, second));
    }
    EventQuery all;
    all.limit = 10;
    const QList<Event> events = m_test->workspace().events().page(all).value();
    QCOMPARE(events.size(), 3);
    const Agent planner = m_test->workspace().agents().byName(QStringLiteral("planner")).value();
    for (const Event& e : events) {
        QVERIFY2(e.agentId == planner.id, qPrintable(e.resource));
    }
}

void TestIngestPipeline::sameRecordsElsewhereAreDuplicates()
{
    auto first = run(connector(QStringLiteral("a"), QStringLiteral("cloudtrail")),
                     kData + QStringLiteral("/cloudtrail/SerializerTestFile.json"));
    QVERIFY(first);
    QVERIFY(first->stored > 0);
    // The same events compact, by another connector: stored once, counted as duplicates.
    auto again = run(connector(QStringLiteral("b"), QStringLiteral("cloudtrail")),
                     kData + QStringLiteral("/cloudtrail/SerializerTestFileCompact.json"));
    QVERIFY(again);
    QCOMPARE(again->stored, 0);
    QCOMPARE(again->duplicates, first->stored);
    QCOMPARE(countRows(QStringLiteral("events")), first->stored);
}

void TestIngestPipeline::sameIdOtherContentIsQuarantined()
{
    // A record that reuses a stored event's id with another actor, time or target is kept as
    // evidence for review, not counted as a duplicate and dropped.
    const Connector trail = connector(QStringLiteral("trail"), QStringLiteral("cloudtrail"));
    const QByteArray original = cloudTrailOneLine(2);
    writeFile(m_test->dir() + QStringLiteral("/first.json"), original);
    auto first = run(trail, m_test->dir() + QStringLiteral("/first.json"));
    QVERIFY(first);
    QCOMPARE(first->stored, 2);

    QByteArray forged = original;
    // Both records now blame another role...
    forged.replace("assumed-role/refund-bot/s1", "assumed-role/someone-else/s1");
    QVERIFY(forged != original);
    // ...and the second also happened an hour later.
    const qsizetype at = forged.indexOf("2026-11-30T10:00:00Z", forged.indexOf("\"gen-1\""));
    forged.replace(at, 20, "2026-11-30T11:00:00Z");
    // One file that holds the originals again, then the forgeries.
    const QByteArray both = original.left(original.size() - 2) + ',' + forged.mid(12);
    writeFile(m_test->dir() + QStringLiteral("/second.json"), both);
    auto counts = run(trail, m_test->dir() + QStringLiteral("/second.json"));
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QVERIFY(counts->balanced());
    QCOMPARE(counts->read, 4);
    QCOMPARE(counts->stored, 0);
    QCOMPARE(counts->duplicates, 2);
    QCOMPARE(counts->quarantined, 2);
    auto kept = m_test->workspace().connectors().quarantined(trail.id, false, 10);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 2);
    QVERIFY2(kept->at(0).reason.contains(QStringLiteral("gen-0")) &&
                 kept->at(0).reason.contains(QStringLiteral("principal")),
             qPrintable(kept->at(0).reason));
    QVERIFY(kept->at(1).reason.contains(QStringLiteral("time")));
    QVERIFY(kept->at(1).raw.contains("someone-else"));
    // The same records saying the call was denied, or ran in another region, are not the same.
    QByteArray other = original;
    other.replace("\"eventID\":\"gen-0\",", "\"eventID\":\"gen-0\",\"errorCode\":\"AccessDenied\",");
    other.replace(other.lastIndexOf("eu-west-1"), 9, "us-east-1");
    writeFile(m_test->dir() + QStringLiteral("/third.json"), other);
    auto third = run(trail, m_test->dir() + QStringLiteral("/third.json"));
    QVERIFY2(third, qPrintable(third ? QString() : third.error().message));
    QCOMPARE(third->quarantined, 2);
    QCOMPARE(third->duplicates, 0);
    const auto reasons = m_test->workspace().connectors().quarantined(trail.id, false, 10).value();
    QStringList said;
    for (const QuarantinedRecord& record : reasons) {
        said << record.reason;
    }
    const QString all = said.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("outcome")) && all.contains(QStringLiteral("attributes")),
             qPrintable(all));
    // The stored events are as they were.
    const QList<Event> stored = m_test->workspace().events().page(EventQuery{}).value();
    QCOMPARE(stored.size(), 2);
    for (const Event& event : stored) {
        QVERIFY(event.principal.contains(QStringLiteral("refund-bot")));
    }
}

void TestIngestPipeline::shadowAgentOnceAndKnownAgentsResolve()
{
    // An agent that is known by one service account; the replica-set controller is not known.
    const Owner owner = m_test->addOwner();
    Agent draft;
    draft.name = QStringLiteral("nginx-operator");
    draft.purpose = QStringLiteral("Runs nginx");
    draft.ownerId = owner.id;
    draft.principals = {
        {PrincipalKind::KubernetesServiceAccount, QStringLiteral("system:serviceaccount:default:nginx")}};
    QVERIFY(m_test->service().addAgent(draft));
    const QString dir = m_test->dir() + QStringLiteral("/k8s");
    QDir().mkpath(dir);
    for (const char* name : {"create_pod_kube_system_namespace.json",
                             "create_nginx_pod_hostnetwork.json",
                             "create_nginx_pod_nohostnetwork.json",
                             "exec_pod.json"}) {
        QVERIFY(QFile::copy(kData + QStringLiteral("/k8s/") + QLatin1String(name),
                            dir + QLatin1Char('/') + QLatin1String(name)));
    }
    writeFile(
        dir + QStringLiteral("/sa.json"),
        k8sLines(1, QStringLiteral("sa")).replace("minikube-user", "system:serviceaccount:default:nginx"));
    writeFile(dir + QStringLiteral("/unknown.json"),
              k8sLines(2, QStringLiteral("unknown"))
                  .replace("minikube-user", "system:serviceaccount:payments:refund-bot"));

    auto counts = run(connector(QStringLiteral("k8s"), QStringLiteral("k8s")), dir);
    QVERIFY(counts);
    QCOMPARE(counts->stored, 7);
    AgentQuery shadowQuery;
    shadowQuery.status = AgentStatus::Shadow;
    auto shadows = m_test->workspace().agents().count(shadowQuery);
    QVERIFY(shadows);
    QCOMPARE(shadows.value(), 1);
    auto shadow = m_test->workspace().agents().byPrincipal(
        {PrincipalKind::KubernetesServiceAccount,
         QStringLiteral("system:serviceaccount:payments:refund-bot")});
    QVERIFY(shadow);
    QCOMPARE(shadow->status, AgentStatus::Shadow);
    QCOMPARE(shadow->name, QStringLiteral("refund-bot"));
    // Nothing in its name says where it runs: assumed production, and said so.
    QCOMPARE(shadow->environment, Environment::Prod);
    QVERIFY2(shadow->purpose.contains(QStringLiteral("environment is unknown")), qPrintable(shadow->purpose));
    EventQuery byShadow;
    byShadow.agentId = shadow->id;
    QCOMPARE(m_test->workspace().events().count(byShadow).value(), 2);
    // The cluster's own controller is recorded, not made a shadow agent.
    QCOMPARE(m_test->workspace()
                 .agents()
                 .byPrincipal({PrincipalKind::KubernetesServiceAccount,
                               QStringLiteral("system:serviceaccount:kube-system:replicaset-controller")})
                 .error()
                 .kind,
             ErrorKind::NotFound);
    EventQuery controller;
    controller.text = QStringLiteral("replicaset-controller");
    QCOMPARE(m_test->workspace().events().count(controller).value(), 3);
    EventQuery byKnown;
    byKnown.agentId = m_test->workspace().agents().byName(QStringLiteral("nginx-operator"))->id;
    QCOMPARE(m_test->workspace().events().count(byKnown).value(), 1);
    // A person's account resolves to no agent, and is not mistaken for a shadow agent.
    EventQuery people;
    people.text = QStringLiteral("minikube-user");
    const auto events = m_test->workspace().events().page(people).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().agentId, 0);
}

void TestIngestPipeline::badInputQuarantinedNothingLost()
{
    const QString path = m_test->dir() + QStringLiteral("/bad.jsonl");
    QByteArray good = k8sLines(3, QStringLiteral("good"));
    QByteArray bytes = good.left(good.indexOf('\n') + 1);
    bytes += "{\"kind\":\"Event\",\"auditID\":\"\xc3\x28\",\"verb\":\"get\"}\n"; // invalid UTF-8
    bytes += QByteArray(100000, '[') + QByteArray(100000, ']') + '\n';           // 100,000 deep
    bytes +=
        R"({"kind":"Event","auditID":"n","verb":"get","timestamp":"2020-01-01T00:00:00Z","responseStatus":{"code":1e400}})"
        "\n"; // out of range
    bytes += R"({"kind":"Event","verb":"get","timestamp":"2020-01-01T00:00:00Z"})"
             "\n"; // missing auditID
    bytes += R"({"kind":"Event","auditID":7,"verb":"get","timestamp":"2020-01-01T00:00:00Z"})"
             "\n";      // wrong type
    bytes += "\n   \n"; // blank lines are not records
    writeFile(path, bytes);
    // A line of 100 MB, written in pieces.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        const QByteArray piece(1024 * 1024, 'x');
        file.write("{\"big\":\"");
        for (int i = 0; i < 100; ++i) {
            file.write(piece);
        }
        file.write("\"}\n");
    }
    writeFile(path, good.mid(good.indexOf('\n') + 1), true);

    auto counts = run(connector(QStringLiteral("bad"), QStringLiteral("k8s")), path);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QVERIFY(counts->balanced());
    QCOMPARE(counts->read, 9);
    QCOMPARE(counts->stored, 3);
    QCOMPARE(counts->quarantined, 6);

    auto kept = m_test->workspace().connectors().quarantined(0, true, 100);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 6);
    QStringList reasons;
    for (const QuarantinedRecord& record : kept.value()) {
        reasons << record.reason;
        QVERIFY(record.location.startsWith(path + QLatin1Char(':')));
        QVERIFY(record.raw.size() <= QuarantinedRecord::kMaxRawBytes);
        QVERIFY(!record.raw.isEmpty());
    }
    const QString all = reasons.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("UTF-8")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("deeply")) || all.contains(QStringLiteral("not JSON")));
    QVERIFY(all.contains(QStringLiteral("auditID")));
    QVERIFY(all.contains(QStringLiteral("bytes long")));
    const QuarantinedRecord& big =
        *std::find_if(kept->cbegin(), kept->cend(), [](const QuarantinedRecord& r) {
            return r.reason.contains(QStringLiteral("bytes long"));
        });
    QCOMPARE(big.rawSize, qint64(100) * 1024 * 1024 + 10);
    QCOMPARE(big.raw.size(), QuarantinedRecord::kMaxRawBytes);
}

void TestIngestPipeline::shadowTakesTheNextFreeName()
{
    // A registered agent already has the name a new shadow would get from its service account.
    const Owner owner = m_test->addOwner();
    m_test->addAgent(QStringLiteral("scraper-bot"), owner.id);
    const QString path = m_test->dir() + QStringLiteral("/audit.log");
    QByteArray line = k8sLines(1, QStringLiteral("name-clash"));
    QVERIFY(line.contains("\"username\":\"minikube-user\""));
    line.replace("\"username\":\"minikube-user\"",
                 "\"username\":\"system:serviceaccount:research:scraper-bot\"");
    writeFile(path, line);
    auto counts = run(connector(QStringLiteral("clash"), QStringLiteral("k8s")), path);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QCOMPARE(counts->stored, 1);
    auto shadow = m_test->workspace().agents().byName(QStringLiteral("scraper-bot-2"));
    QVERIFY(shadow);
    QCOMPARE(shadow->status, AgentStatus::Shadow);
}

void TestIngestPipeline::shadowEnvironmentFromItsName()
{
    IngestPipeline pipeline(m_test->workspace(), connector(QStringLiteral("k8s"), QStringLiteral("k8s")).id);
    QList<IngestPipeline::Unit> units(1);
    units[0].parsed.events = {
        k8sEvent(QStringLiteral("1"), QStringLiteral("system:serviceaccount:payments-staging:refunder")),
        k8sEvent(QStringLiteral("2"), QStringLiteral("system:serviceaccount:sandbox:scraper")),
        k8sEvent(QStringLiteral("3"), QStringLiteral("system:serviceaccount:prod:billing"))};
    QVERIFY(pipeline.commit(units, {}));
    const auto environmentOf = [this](const char* principal) {
        return m_test->workspace()
            .agents()
            .byPrincipal({PrincipalKind::KubernetesServiceAccount, QLatin1String(principal)})
            ->environment;
    };
    QCOMPARE(environmentOf("system:serviceaccount:payments-staging:refunder"), Environment::Staging);
    QCOMPARE(environmentOf("system:serviceaccount:sandbox:scraper"), Environment::Dev);
    QCOMPARE(environmentOf("system:serviceaccount:prod:billing"), Environment::Prod);
}

void TestIngestPipeline::shadowHistoryNamesItsConnector()
{
    // Nobody registered a shadow agent: its history and the audit trail say which connector's
    // records brought it in, not only the operator whose ingest happened to be running.
    const Connector cluster = connector(QStringLiteral("cluster-audit"), QStringLiteral("k8s"));
    IngestPipeline pipeline(m_test->workspace(), cluster.id);
    QList<IngestPipeline::Unit> units(1);
    units[0].parsed.events = {
        k8sEvent(QStringLiteral("1"), QStringLiteral("system:serviceaccount:payments:refund-bot"))};
    QVERIFY(pipeline.commit(units, {}));
    const Agent shadow = m_test->workspace().agents().byName(QStringLiteral("refund-bot")).value();
    QCOMPARE(shadow.status, AgentStatus::Shadow);

    QSqlQuery row(m_test->workspace().database().connection());
    QVERIFY(row.prepare(QStringLiteral("SELECT connector_id FROM agent_status_history WHERE agent_id = ?")));
    row.addBindValue(shadow.id);
    QVERIFY2(row.exec(), qPrintable(row.lastError().text()));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toLongLong(), cluster.id);
    const auto history = m_test->workspace().agents().history(shadow.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->constFirst().connectorId, cluster.id);
    QCOMPARE(history->constFirst().connectorName, QStringLiteral("cluster-audit"));
    // Someone registering an agent is the operator's doing: no connector is named.
    const Agent registered = m_test->addAgent(QStringLiteral("refund-desk"), m_test->addOwner().id);
    QCOMPARE(m_test->workspace().agents().history(registered.id)->constFirst().connectorId, 0);

    AuditTrail::Filter discovered;
    discovered.action = QStringLiteral("agent.discovered");
    discovered.objectId = shadow.name;
    const auto entries = m_test->workspace().audit().list(discovered);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const QJsonObject details = QJsonDocument::fromJson(entries->constFirst().payload).object();
    QCOMPARE(details.value(QStringLiteral("connector_id")).toInteger(), cluster.id);
    QCOMPARE(details.value(QStringLiteral("connector_name")).toString(), QStringLiteral("cluster-audit"));
}

void TestIngestPipeline::growingAndReplacedFiles()
{
    const Connector c = connector(QStringLiteral("grow"), QStringLiteral("k8s"));
    const QString logs = m_test->dir() + QStringLiteral("/logs");
    QVERIFY(QDir().mkpath(logs));
    const QString path = logs + QStringLiteral("/audit.log");
    writeFile(path, k8sLines(10, QStringLiteral("a")));
    QCOMPARE(run(c, path)->stored, 10);
    writeFile(path, k8sLines(15, QStringLiteral("a")).mid(k8sLines(10, QStringLiteral("a")).size()), true);
    auto grown = run(c, path);
    QCOMPARE(grown->read, 5);
    QCOMPARE(grown->stored, 5);
    // Three more lines are written, then the log rotates before they are read: the old file is
    // finished under its new name, then the new file is read from its start.
    writeFile(path, k8sLines(18, QStringLiteral("a")).mid(k8sLines(15, QStringLiteral("a")).size()), true);
    QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
    writeFile(path, k8sLines(4, QStringLiteral("b")));
    auto rotated = run(c, path);
    QCOMPARE(rotated->read, 7);
    QCOMPARE(rotated->stored, 7);
    QCOMPARE(rotated->duplicates, 0);
    QCOMPARE(countRows(QStringLiteral("events")), 22);
    // The folder read later finds nothing new in either file, and reads none of it twice.
    auto folder = run(c, logs);
    QVERIFY(folder);
    QCOMPARE(folder->read, 0);
    // A rotation seen from the folder: the renamed file keeps its place, the new one starts at 0.
    writeFile(path, k8sLines(6, QStringLiteral("b")).mid(k8sLines(4, QStringLiteral("b")).size()), true);
    QVERIFY(QFile::rename(path, path + QStringLiteral(".2")));
    writeFile(path, k8sLines(3, QStringLiteral("c")));
    auto again = run(c, logs);
    QCOMPARE(again->read, 5);
    QCOMPARE(again->stored, 5);
    QCOMPARE(countRows(QStringLiteral("events")), 27);
}

void TestIngestPipeline::halfWrittenLastLine()
{
    // A logger writes a line in two pieces. Read in one go between them, the first piece is set
    // aside and its progress says so; the rest is read as a line of its own, not taken for damage.
    const Connector once = connector(QStringLiteral("once"), QStringLiteral("k8s"));
    const QString path = m_test->dir() + QStringLiteral("/audit.log");
    const QByteArray lines = k8sLines(4, QStringLiteral("h"));
    const qsizetype thirdStarts = lines.indexOf('\n', lines.indexOf('\n') + 1) + 1;
    const qsizetype half = thirdStarts + 200;
    writeFile(path, lines.left(half));
    auto first = run(once, path);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(first->stored, 2);
    QCOMPARE(first->quarantined, 1);
    QVERIFY(appendToFile(path, lines.mid(half)));
    auto rest = run(once, path);
    QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
    QVERIFY(rest->balanced());
    QCOMPARE(rest->stored, 1);      // the fourth line
    QCOMPARE(rest->quarantined, 1); // the third line's second piece

    // Followed, the piece waits for the rest of its line: all four are stored, none set aside.
    const Connector followed = connector(QStringLiteral("followed"), QStringLiteral("k8s"));
    const QString live = m_test->dir() + QStringLiteral("/live.log");
    const QByteArray others = k8sLines(4, QStringLiteral("f")); // not the records stored above
    writeFile(live, others.left(half));
    FileSource::Options options;
    QElapsedTimer clock;
    clock.start();
    options.stop = [&clock] { return clock.elapsed() > 1500; };
    const auto parser = RecordParser::forFormat(QStringLiteral("k8s"));
    FileSource source(
        m_test->workspace(), m_test->workspace().connectors().byId(followed.id).value(), *parser, options);
    std::thread writer([&] {
        QThread::msleep(300);
        appendToFile(live, others.mid(half));
    });
    auto counts = source.follow(live, 100);
    writer.join();
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QCOMPARE(counts->stored, 4);
    QCOMPARE(counts->quarantined, 0);

    // A last line that stays without its newline is read once the file has not changed for a while.
    const Connector still = connector(QStringLiteral("still"), QStringLiteral("k8s"));
    const QString quiet = m_test->dir() + QStringLiteral("/quiet.log");
    writeFile(quiet,
              k8sLines(4, QStringLiteral("q")).left(thirdStarts - 1)); // the second line without its newline
    clock.restart();
    options.stop = [&clock] { return clock.elapsed() > 3500; };
    FileSource patientLonger(
        m_test->workspace(), m_test->workspace().connectors().byId(still.id).value(), *parser, options);
    auto settled = patientLonger.follow(quiet, 100);
    QVERIFY2(settled, qPrintable(settled ? QString() : settled.error().message));
    QCOMPARE(settled->stored, 2);
}

void TestIngestPipeline::stopAndResumeLines()
{
    const Connector c = connector(QStringLiteral("resume"), QStringLiteral("k8s"));
    const QString path = m_test->dir() + QStringLiteral("/audit.log");
    writeFile(path, k8sLines(2500, QStringLiteral("r")));
    FileSource::Options options;
    options.batchRecords = 300;
    bool stop = false;
    options.progress = [&stop](const IngestCounts&) { stop = true; };
    options.stop = [&stop] { return stop; };
    auto first = run(c, path, options);
    QVERIFY(first);
    // It stopped after the first batch, storing the one already parsed ahead: whole batches only.
    QVERIFY(first->read > 0 && first->read < 2500);
    QCOMPARE(first->read % 300, 0);
    auto rest = run(c, path);
    QVERIFY(rest);
    QCOMPARE(rest->read, 2500 - first->read);
    QCOMPARE(rest->duplicates, 0);
    QCOMPARE(countRows(QStringLiteral("events")), 2500);
}

void TestIngestPipeline::stopAndResumeDocument()
{
    const Connector c = connector(QStringLiteral("doc"), QStringLiteral("cloudtrail"));
    // Pretty-printed, so read as one document whose records are stored in slices.
    const QString path = kData + QStringLiteral("/cloudtrail/SerializerTestFile.json");
    FileSource::Options options;
    options.batchRecords = 2;
    bool stop = false;
    options.progress = [&stop](const IngestCounts&) { stop = true; };
    options.stop = [&stop] { return stop; };
    auto first = run(c, path, options);
    QVERIFY(first);
    QCOMPARE(first->read, 2);
    auto rest = run(c, path);
    QVERIFY(rest);
    QCOMPARE(rest->read, 4);
    QCOMPARE(rest->duplicates, 0);
    QCOMPARE(first->stored + rest->stored, 6);
    QCOMPARE(run(c, path)->read, 0);
}

void TestIngestPipeline::gzipInCloudTrailLayout()
{
    // As CloudTrail delivers to S3: AWSLogs/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/*.json.gz
    const QString dir =
        m_test->dir() + QStringLiteral("/AWSLogs/123456789012/CloudTrail/us-east-2/2014/03/06");
    QVERIFY(QDir().mkpath(dir));
    QFile plain(kData + QStringLiteral("/cloudtrail/aws_cloudtrail.json"));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    const QByteArray bytes = plain.readAll();
    const QString gz = dir + QStringLiteral("/123456789012_CloudTrail_us-east-2_20140306T2120Z_abc.json.gz");
    gzFile out = gzopen(QFile::encodeName(gz).constData(), "wb");
    QVERIFY(out);
    QCOMPARE(gzwrite(out, bytes.constData(), static_cast<unsigned>(bytes.size())), int(bytes.size()));
    gzclose(out);
    writeFile(dir + QStringLiteral("/broken.json.gz"), QByteArray("\x1f\x8b\x08\x00garbage", 11));

    auto counts = run(connector(QStringLiteral("s3"), QStringLiteral("cloudtrail")),
                      m_test->dir() + QStringLiteral("/AWSLogs"));
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QVERIFY(counts->balanced());
    QCOMPARE(counts->stored, 7);
    QCOMPARE(counts->quarantined, 3); // two Insights events and the broken archive
    auto kept = m_test->workspace().connectors().quarantined(0, true, 10).value();
    QStringList reasons;
    for (const QuarantinedRecord& r : kept) {
        reasons << r.reason;
    }
    QVERIFY2(reasons.join(QLatin1Char(';')).contains(QStringLiteral("gzip")),
             qPrintable(reasons.join(QLatin1Char(';'))));
}

void TestIngestPipeline::aFailedBatchRetriesAsItWas()
{
    // A batch whose transaction fails (here: the disk refuses the cursor) is committed again as
    // it is: its shadow agent, quarantine and counts land once, and the rolled-back shadow agent
    // is not counted.
    const Connector k8s = connector(QStringLiteral("k8s"), QStringLiteral("k8s"));
    QSqlQuery sql(m_test->workspace().database().connection());
    QVERIFY(sql.exec(QStringLiteral("CREATE TABLE test_fail (on_ INTEGER)")));
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO test_fail VALUES (1)")));
    QVERIFY(sql.exec(QStringLiteral(
        "CREATE TRIGGER test_disk_full BEFORE UPDATE ON connectors WHEN (SELECT on_ FROM test_fail) = 1 "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    IngestPipeline pipeline(m_test->workspace(), k8s.id);
    QList<IngestPipeline::Unit> units(1);
    units[0].location = QStringLiteral("test:0");
    units[0].parsed.events = {
        k8sEvent(QStringLiteral("e1"), QStringLiteral("system:serviceaccount:ns:worker"))};
    units[0].parsed.completions = {{QStringLiteral("mcp"),
                                    QStringLiteral("no-such-call"),
                                    EventOutcome::Success,
                                    "{\"id\":7}",
                                    QStringLiteral("answers no call")}};
    const QString before = TestWorkspace::snapshot(m_test->workspace());
    auto failed = pipeline.commit(units, QJsonObject{{QStringLiteral("n"), 1}});
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QStringLiteral("disk full")));
    QCOMPARE(pipeline.shadowsCreated(), 0);
    QCOMPARE(units[0].parsed.rejected.size(), 0);
    QCOMPARE(TestWorkspace::snapshot(m_test->workspace()), before);

    QVERIFY(sql.exec(QStringLiteral("UPDATE test_fail SET on_ = 0")));
    auto retried = pipeline.commit(units, QJsonObject{{QStringLiteral("n"), 1}});
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
    QCOMPARE(retried->read, 2);
    QCOMPARE(retried->stored, 1);
    QCOMPARE(retried->quarantined, 1);
    QCOMPARE(pipeline.shadowsCreated(), 1);
    QCOMPARE(countRows(QStringLiteral("quarantine")), 1);
    const Connector stored = m_test->workspace().connectors().byId(k8s.id).value();
    QCOMPARE(stored.counts.read, 2);
    QVERIFY(stored.counts.balanced());
}

void TestIngestPipeline::principalsResolveAfreshEachBatch()
{
    // While an ingest runs, an operator moves a principal from one agent to another: the next
    // batch files its events under the new holder.
    const Owner owner = m_test->addOwner();
    const QString principal = QStringLiteral("system:serviceaccount:ns:shared");
    Agent first;
    first.name = QStringLiteral("first");
    first.purpose = QStringLiteral("Held the account first");
    first.ownerId = owner.id;
    first.principals = {{PrincipalKind::KubernetesServiceAccount, principal}};
    const Agent holder = m_test->service().addAgent(first).value();
    const Agent next = m_test->addAgent(QStringLiteral("second"), owner.id);
    const Connector k8s = connector(QStringLiteral("k8s"), QStringLiteral("k8s"));
    IngestPipeline pipeline(m_test->workspace(), k8s.id);

    QList<IngestPipeline::Unit> units(1);
    units[0].parsed.events = {k8sEvent(QStringLiteral("before"), principal)};
    QVERIFY(pipeline.commit(units, {}));
    QCOMPARE(units[0].parsed.events[0].agentId, holder.id);

    Agent moved = holder;
    moved.principals.clear();
    QVERIFY(m_test->service().editAgent(holder.id, moved));
    Agent receiving = next;
    receiving.principals = {{PrincipalKind::KubernetesServiceAccount, principal}};
    QVERIFY(m_test->service().editAgent(next.id, receiving));

    units[0].parsed.events = {k8sEvent(QStringLiteral("after"), principal)};
    QVERIFY(pipeline.commit(units, {}));
    QCOMPARE(units[0].parsed.events[0].agentId, next.id);
    EventQuery query;
    query.agentId = next.id;
    QCOMPARE(m_test->workspace().events().count(query).value(), 1);
}

void TestIngestPipeline::lastSeenIsTheNewestEvent()
{
    // An agent's last seen is when it last acted, as its events say: not when they were read, and
    // never moved back by older events read later, nor into the future by a clock ahead of ours.
    const Owner owner = m_test->addOwner();
    const QString principal = QStringLiteral("system:serviceaccount:ns:seen");
    Agent draft;
    draft.name = QStringLiteral("seen");
    draft.purpose = QStringLiteral("Acts in the cluster");
    draft.ownerId = owner.id;
    draft.principals = {{PrincipalKind::KubernetesServiceAccount, principal}};
    const Agent agent = m_test->service().addAgent(draft).value();
    IngestPipeline pipeline(m_test->workspace(), connector(QStringLiteral("k8s"), QStringLiteral("k8s")).id);
    const auto at = [&](const QString& id, const QDateTime& time) {
        Event event = k8sEvent(id, principal);
        event.timeNs = time.toMSecsSinceEpoch() * 1'000'000;
        return event;
    };
    const QDateTime newest = m_test->now().addSecs(-3 * 3600);
    QList<IngestPipeline::Unit> units(1);
    units[0].parsed.events = {at(QStringLiteral("a"), newest.addSecs(-600)), at(QStringLiteral("b"), newest)};
    QVERIFY(pipeline.commit(units, {}));
    QCOMPARE(m_test->workspace().agents().byId(agent.id)->lastSeenAt, newest);
    // An edit made from a copy read before does not put an older last seen back.
    Agent stale = agent;
    stale.purpose = QStringLiteral("Acts in the cluster, edited");
    QVERIFY(m_test->service().editAgent(agent.id, stale));
    QCOMPARE(m_test->workspace().agents().byId(agent.id)->lastSeenAt, newest);
    units[0].parsed.events = {at(QStringLiteral("c"), newest.addDays(-2))};
    QVERIFY(pipeline.commit(units, {}));
    QCOMPARE(m_test->workspace().agents().byId(agent.id)->lastSeenAt, newest);
    units[0].parsed.events = {at(QStringLiteral("d"), m_test->now().addDays(30))};
    QVERIFY(pipeline.commit(units, {}));
    QCOMPARE(m_test->workspace().agents().byId(agent.id)->lastSeenAt, m_test->now());
}

void TestIngestPipeline::oneLineRecordsDocumentOverTheLineLimit()
{
    // Over 16 MiB on one line, as AWS writes a busy hour: every record is stored, none set aside.
    const QString path =
        m_test->dir() + QStringLiteral("/123456789012_CloudTrail_eu-west-1_20261130T1000Z_big.json");
    const int records = 17000;
    const QByteArray document = cloudTrailOneLine(records, 700);
    QVERIFY(document.size() > 16 * 1024 * 1024);
    QVERIFY(!document.contains('\n'));
    writeFile(path, document);
    const Connector c = connector(QStringLiteral("ct"), QStringLiteral("cloudtrail"));
    auto counts = run(c, path);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QCOMPARE(counts->read, records);
    QCOMPARE(counts->stored, records);
    QCOMPARE(counts->quarantined, 0);
    QCOMPARE(countRows(QStringLiteral("events")), records);
    // The resource names the key with its brackets and quotes intact (read from inside the string).
    EventQuery query;
    query.text = QStringLiteral("q3 ]} \"x\".pdf");
    QCOMPARE(m_test->workspace().events().count(query).value(), records);
    auto second = run(c, path);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->read, 0);
}

void TestIngestPipeline::oneLineKubernetesEventListOverTheLineLimit()
{
    // kubectl's EventList on one line, over 16 MiB: its items follow kind, apiVersion and metadata,
    // and each one is stored.
    const int records = 20000;
    QByteArray items = k8sLines(records, QStringLiteral("list"));
    items.chop(1);
    items.replace('\n', ',');
    const QByteArray document =
        R"({"kind":"EventList","apiVersion":"audit.k8s.io/v1","metadata":{"resourceVersion":"7"},"items":[)" +
        items + "]}";
    QVERIFY(document.size() > 16 * 1024 * 1024);
    QVERIFY(!document.contains('\n'));
    const QString path = m_test->dir() + QStringLiteral("/events.json");
    writeFile(path, document);
    const Connector c = connector(QStringLiteral("cluster"), QStringLiteral("k8s"));
    auto counts = run(c, path);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QCOMPARE(counts->read, records);
    QCOMPARE(counts->stored, records);
    QCOMPARE(counts->quarantined, 0);
    QCOMPARE(countRows(QStringLiteral("events")), records);
    auto second = run(c, path);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->read, 0);
}

void TestIngestPipeline::linesOfRecordsDocumentsAreAllRead_data()
{
    QTest::addColumn<int>("padding");
    QTest::newRow("short lines") << 0;
    QTest::newRow("lines longer than the look-ahead") << 2000; // 40 records of 2 KB: 80 KB a line
}

void TestIngestPipeline::linesOfRecordsDocumentsAreAllRead()
{
    // CloudTrail documents one per line, as a log shipper concatenates them: every line is read,
    // not only the first (its array's end is not the end of the file).
    QFETCH(int, padding);
    QByteArray bytes;
    for (int line = 0; line < 3; ++line) {
        bytes += cloudTrailOneLine(40, padding)
                     .replace("\"gen-", QByteArray("\"line" + QByteArray::number(line) + '-')) +
                 '\n';
    }
    const QString path = m_test->dir() + QStringLiteral("/trail.jsonl");
    writeFile(path, bytes);
    const Connector c = connector(QStringLiteral("ct"), QStringLiteral("cloudtrail"));
    auto counts = run(c, path);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QCOMPARE(counts->read, 120);
    QCOMPARE(counts->stored, 120);
    QCOMPARE(countRows(QStringLiteral("events")), 120);
    // A line added later is read from where the last one ended.
    QVERIFY(appendToFile(path, cloudTrailOneLine(5, padding).replace("\"gen-", "\"late-") + '\n'));
    auto more = run(c, path);
    QVERIFY2(more, qPrintable(more ? QString() : more.error().message));
    QCOMPARE(more->read, 5);
    QCOMPARE(more->stored, 5);
}

void TestIngestPipeline::recordsDocumentStopsAndResumesBetweenRecords()
{
    const QString path = m_test->dir() + QStringLiteral("/one-line.json");
    writeFile(path, cloudTrailOneLine(2500));
    const Connector c = connector(QStringLiteral("ct"), QStringLiteral("cloudtrail"));
    qint64 stored = 0;
    for (int run_ = 0; run_ < 10 && stored < 2500; ++run_) {
        FileSource::Options options;
        options.batchRecords = 300;
        int batches = 0;
        options.progress = [&batches](const IngestCounts&) { ++batches; };
        options.stop = [&batches] { return batches >= 1; };
        auto counts = run(c, path, options);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
        QCOMPARE(counts->duplicates, 0);
        QCOMPARE(counts->quarantined, 0);
        stored += counts->stored;
    }
    QCOMPARE(stored, 2500);
    QCOMPARE(countRows(QStringLiteral("events")), 2500);
    QCOMPARE(run(c, path)->read, 0);
}

void TestIngestPipeline::recordsDocumentCutShortOrMalformed_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("stored");
    QTest::addColumn<QString>("reason");
    const QByteArray three = cloudTrailOneLine(3);
    QTest::newRow("cut inside the third record")
        << three.left(three.size() - 40) << 2 << QStringLiteral("cut short");
    QTest::newRow("cut after a comma")
        << three.left(three.lastIndexOf(",{\"eventVersion") + 1) << 2 << QStringLiteral("cut short");
    QByteArray missingComma = three;
    missingComma.replace(missingComma.lastIndexOf(",{\"eventVersion"), 1, " ");
    QTest::newRow("two records without a comma") << missingComma << 2 << QStringLiteral("not well formed");
    QByteArray badRecord = three;
    badRecord.replace("\"gen-1\"", "gen-1");
    QTest::newRow("a record that is not JSON") << badRecord << 2 << QStringLiteral("not JSON");
    QTest::newRow("a second document on the same line")
        << three + cloudTrailOneLine(1).replace("gen-0", "other-0") << 3 << QStringLiteral("not the rest");
    QTest::newRow("garbage after the document") << three + " trailing" << 3 << QStringLiteral("not the rest");
}

void TestIngestPipeline::membersAfterTheRecordsArray()
{
    // kubectl sorts its keys: "kind" and "metadata" come after "items", and close the document.
    QByteArray items = k8sLines(3, QStringLiteral("after"));
    items.chop(1);
    items.replace('\n', ',');
    const QByteArray document = R"({"apiVersion":"audit.k8s.io/v1","items":[)" + items +
                                R"(],"kind":"EventList","metadata":{"resourceVersion":"7","note":"}]"}})";
    const QString path = m_test->dir() + QStringLiteral("/sorted.json");
    writeFile(path, document);
    auto counts = run(connector(QStringLiteral("kubectl"), QStringLiteral("k8s")), path);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QCOMPARE(counts->read, 3);
    QCOMPARE(counts->stored, 3);
    QCOMPARE(counts->quarantined, 0);
}

void TestIngestPipeline::recordsDocumentCutShortOrMalformed()
{
    QFETCH(QByteArray, document);
    QFETCH(int, stored);
    QFETCH(QString, reason);
    const QString path = m_test->dir() + QStringLiteral("/broken.json");
    writeFile(path, document);
    const Connector c = connector(QStringLiteral("ct"), QStringLiteral("cloudtrail"));
    auto counts = run(c, path);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QCOMPARE(counts->stored, stored);
    QCOMPARE(counts->quarantined, 1);
    QVERIFY(counts->balanced());
    const auto kept = m_test->workspace().connectors().quarantined(0, true, 10).value();
    QCOMPARE(kept.size(), 1);
    QVERIFY2(kept.constFirst().reason.contains(reason), qPrintable(kept.constFirst().reason));
    auto second = run(c, path);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->read, 0);
}

QTEST_GUILESS_MAIN(TestIngestPipeline)
#include "tst_ingestpipeline.moc"

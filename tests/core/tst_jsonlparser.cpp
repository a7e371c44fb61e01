// SPDX-License-Identifier: Apache-2.0
#include "activity/connectors/jsonlparser.h"
#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QTest>

class TestJsonlParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void badMappings_data();
    void badMappings();
    void githubAuditLog();
    void oktaSystemLog();
    void contentIsTheIdentityWithoutAnId();
    void badRecords_data();
    void badRecords();
    void verbs_data();
    void verbs();

private:
    IngestCounts ingest(const QString& name, const QJsonObject& settings, const QString& path);
    std::unique_ptr<TestWorkspace> m_test;
};

namespace {
const QString kData = QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/jsonl");

QJsonObject settings(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char* kGithub = R"({"mapping": {"time": "/@timestamp", "principal": "/actor",
    "native_action": "/action", "resource": "/repo", "token_id": "/hashed_token"}})";
const char* kOkta = R"({"mapping": {"time": "/published", "id": "/uuid", "principal": "/actor/alternateId",
    "native_action": "/eventType", "resource": "/target/0/id", "outcome": "/outcome/result",
    "task": "/authenticationContext/rootSessionId", "trace_id": "/transaction/id"}})";
} // namespace

void TestJsonlParser::init()
{
    m_test = std::make_unique<TestWorkspace>();
}

IngestCounts TestJsonlParser::ingest(const QString& name, const QJsonObject& config, const QString& path)
{
    auto connector = ConnectorService(m_test->workspace()).ensure(name, QStringLiteral("jsonl"), config);
    if (!connector) {
        qFatal("%s", qPrintable(connector.error().message));
    }
    auto parser = RecordParser::forConnector(QStringLiteral("jsonl"), config);
    if (!parser) {
        qFatal("%s", qPrintable(parser.error().message));
    }
    const Connector stored = m_test->workspace().connectors().byId(connector->id).value();
    FileSource source(m_test->workspace(), stored, *parser.value(), {});
    auto counts = source.ingest(path);
    if (!counts) {
        qFatal("%s", qPrintable(counts.error().message));
    }
    return counts.value();
}

void TestJsonlParser::badMappings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::newRow("no time") << QByteArray(R"({"mapping": {"principal": "/a"}})") << QStringLiteral("time");
    QTest::newRow("unknown field") << QByteArray(R"({"mapping": {"time": "/t", "colour": "/c"}})")
                                   << QStringLiteral("\"colour\" is not an event field");
    QTest::newRow("not a pointer") << QByteArray(R"({"mapping": {"time": "ts"}})")
                                   << QStringLiteral("not a JSON pointer");
    QTest::newRow("bad escape") << QByteArray(R"({"mapping": {"time": "/a~2b"}})")
                                << QStringLiteral("not a JSON pointer");
    QTest::newRow("not a string") << QByteArray(R"({"mapping": {"time": 5}})")
                                  << QStringLiteral("not a JSON pointer");
    QTest::newRow("principal kind") << QByteArray(R"({"mapping": {"time": "/t"}, "principal_kind": "human"})")
                                    << QStringLiteral("\"human\" is not a principal kind");
}

void TestJsonlParser::badMappings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    auto parser = JsonlParser::fromSettings(QJsonDocument::fromJson(json).object());
    QVERIFY(!parser);
    QVERIFY2(parser.error().message.contains(says), qPrintable(parser.error().message));
}

void TestJsonlParser::githubAuditLog()
{
    const IngestCounts counts =
        ingest(QStringLiteral("github"), settings(kGithub), kData + QStringLiteral("/github-audit.jsonl"));
    QCOMPARE(counts.read, 5);
    QCOMPARE(counts.stored, 5);
    EventQuery all;
    auto events = m_test->workspace().events().page(all).value();
    QCOMPARE(events.size(), 5);
    const auto push = std::find_if(events.cbegin(), events.cend(), [](const Event& e) {
        return e.nativeAction == QStringLiteral("git.push");
    });
    QVERIFY(push != events.cend());
    QCOMPARE(push->timeNs, 1729176166108000000LL); // epoch milliseconds, exactly
    QCOMPARE(push->principal, QStringLiteral("test_user"));
    QCOMPARE(push->resource, QStringLiteral("acme/dynamite"));
    QCOMPARE(push->action, QStringLiteral("write"));
    QCOMPARE(push->tokenId, QStringLiteral("tO8qpNGhmNe8OMdEXAMPLE"));
    QCOMPARE(push->outcome, EventOutcome::Unknown); // GitHub's audit log does not say
    QCOMPARE(push->source, QStringLiteral("jsonl"));
}

void TestJsonlParser::oktaSystemLog()
{
    const IngestCounts counts =
        ingest(QStringLiteral("okta"), settings(kOkta), kData + QStringLiteral("/okta-system-log.jsonl"));
    // The sanitized samples share one uuid across five different records: the first is stored,
    // the other four are set aside as conflicting with it, not dropped as duplicates.
    QCOMPARE(counts.read, 6);
    QCOMPARE(counts.stored, 2);
    QCOMPARE(counts.duplicates, 0);
    QCOMPARE(counts.quarantined, 4);
    const auto conflicts = m_test->workspace().connectors().quarantined(0, false, 10).value();
    QCOMPARE(conflicts.size(), 4);
    for (const QuarantinedRecord& record : conflicts) {
        QVERIFY2(record.reason.startsWith(QStringLiteral("Same id")), qPrintable(record.reason));
    }
    EventQuery all;
    const auto events = m_test->workspace().events().page(all).value();
    const auto token = std::find_if(events.cbegin(), events.cend(), [](const Event& e) {
        return e.nativeAction == QStringLiteral("system.api_token.create");
    });
    QVERIFY(token != events.cend());
    QCOMPARE(token->timeNs, 1723564700353000000LL);
    QCOMPARE(token->principal, QStringLiteral("john.doe@example.com"));
    QCOMPARE(token->resource, QStringLiteral("00phjos6i2N0LcrqO1d71"));
    QCOMPARE(token->action, QStringLiteral("create"));
    QCOMPARE(token->outcome, EventOutcome::Success);
    QCOMPARE(token->task, QStringLiteral("idxBager62CSveUkTxvgRtonA"));
    QCOMPARE(token->traceId, QStringLiteral("ab609228fe84ce59cdcbfa690bgce016"));
    const auto lock = std::find_if(events.cbegin(), events.cend(), [](const Event& e) {
        return e.nativeAction == QStringLiteral("user.account.lock");
    });
    QVERIFY(lock != events.cend());
    QCOMPARE(lock->outcome, EventOutcome::Failure);

    // Without the id, each record is its own event; the detection's DENY is a refusal.
    const IngestCounts byContent =
        ingest(QStringLiteral("okta-content"),
               settings(R"({"mapping": {"time": "/published", "native_action": "/eventType",
                                              "outcome": "/outcome/result"}})"),
               kData + QStringLiteral("/okta-system-log.jsonl"));
    QCOMPARE(byContent.stored, 6);
    EventQuery denied;
    denied.outcome = EventOutcome::Denied;
    const auto refused = m_test->workspace().events().page(denied).value();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().nativeAction, QStringLiteral("security.threat.detected"));
}

void TestJsonlParser::contentIsTheIdentityWithoutAnId()
{
    const QString path = kData + QStringLiteral("/github-audit.jsonl");
    QCOMPARE(ingest(QStringLiteral("a"), settings(kGithub), path).stored, 5);
    const IngestCounts again = ingest(QStringLiteral("b"), settings(kGithub), path);
    QCOMPARE(again.stored, 0);
    QCOMPARE(again.duplicates, 5);
}

void TestJsonlParser::badRecords_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("JSON object");
    QTest::newRow("no time") << QByteArray(R"({"actor":"x"})") << QStringLiteral("No time at /@timestamp");
    QTest::newRow("time wrong type") << QByteArray(R"({"@timestamp":{"a":1}})") << QStringLiteral("No time");
    QTest::newRow("time out of range") << QByteArray(R"({"@timestamp":-1})") << QStringLiteral("No time");
    QTest::newRow("invalid utf-8") << QByteArray("{\"@timestamp\":1,\"actor\":\"\xff\"}")
                                   << QStringLiteral("UTF-8");
    QTest::newRow("deep") << QByteArray(100000, '[') + QByteArray(100000, ']') << QStringLiteral("deep");
    QTest::newRow("truncated") << QByteArray(R"({"@timestamp":17)") << QString();
}

void TestJsonlParser::badRecords()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, says);
    const auto parser = JsonlParser::fromSettings(settings(kGithub));
    QVERIFY(parser);
    const ParsedRecord parsed = FileSource::parseBytes(*parser.value(), line);
    QCOMPARE(parsed.events.size(), 0);
    QCOMPARE(parsed.rejected.size(), 1);
    QVERIFY(!parsed.rejected.first().reason.isEmpty());
    QVERIFY2(parsed.rejected.first().reason.contains(says, Qt::CaseInsensitive),
             qPrintable(parsed.rejected.first().reason));
    QCOMPARE(parsed.rejected.first().size, line.size());
}

void TestJsonlParser::verbs_data()
{
    QTest::addColumn<QString>("native");
    QTest::addColumn<QString>("verb");
    QTest::newRow("s3") << QStringLiteral("s3:GetObject") << QStringLiteral("read");
    QTest::newRow("list") << QStringLiteral("ListBuckets") << QStringLiteral("list");
    QTest::newRow("dotted") << QStringLiteral("org.create") << QStringLiteral("create");
    QTest::newRow("path") << QStringLiteral("tools/call") << QStringLiteral("execute");
    QTest::newRow("delete") << QStringLiteral("DeleteUser") << QStringLiteral("delete");
    QTest::newRow("unknown") << QStringLiteral("Frobnicate") << QStringLiteral("frobnicate");
}

void TestJsonlParser::verbs()
{
    QFETCH(QString, native);
    QFETCH(QString, verb);
    QCOMPARE(JsonlParser::verbFor(native), verb);
}

QTEST_MAIN(TestJsonlParser)
#include "tst_jsonlparser.moc"

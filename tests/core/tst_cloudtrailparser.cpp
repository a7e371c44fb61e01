// SPDX-License-Identifier: Apache-2.0
#include "activity/connectors/cloudtrailparser.h"
#include "activity/filesource.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCloudTrailParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsFile();
    void insightsAreNotActivity();
    void lookupEventsLines();
    void assumedRoleIsAnAgentPrincipal();
    void longTermKeyAndService();
    void sameEventIdSameKey();
    void brokenFileQuarantined();
    void malformedRecords_data();
    void malformedRecords();
    void actions_data();
    void actions();
};

namespace {
QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/cloudtrail/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample %s", qPrintable(name));
    }
    return file.readAll();
}

ParsedRecord parse(const QByteArray& bytes)
{
    return FileSource::parseBytes(CloudTrailParser(), bytes);
}

qint64 ns(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch() * 1000000LL;
}
} // namespace

void TestCloudTrailParser::recordsFile()
{
    const ParsedRecord parsed = parse(sample(QStringLiteral("aws_cloudtrail.json")));
    QCOMPARE(parsed.events.size(), 7);
    const Event& first = parsed.events.first();
    QCOMPARE(first.source, QStringLiteral("cloudtrail"));
    QCOMPARE(first.timeNs, ns("2014-03-06T21:22:54Z"));
    QCOMPARE(first.principal, QStringLiteral("arn:aws:iam::123456789012:user/Alice"));
    QVERIFY(!first.principalKind); // an IAM user is a person's identity, not an agent's role
    QCOMPARE(first.nativeAction, QStringLiteral("ec2:StartInstances"));
    QCOMPARE(first.resource, QStringLiteral("arn+aws://ec2/instance/i-ebeaf9e2"));
    QCOMPARE(first.outcome, EventOutcome::Success);
    QVERIFY(QJsonDocument::fromJson(first.raw).object().value(QStringLiteral("eventName")).toString() ==
            QStringLiteral("StartInstances"));
    // The record with an errorCode failed.
    int failures = 0;
    for (const Event& event : parsed.events) {
        failures += event.outcome == EventOutcome::Failure ? 1 : 0;
        QVERIFY(!event.nativeId.isEmpty());
        QVERIFY(event.timeNs > 0);
    }
    QCOMPARE(failures, 1);
}

void TestCloudTrailParser::insightsAreNotActivity()
{
    const ParsedRecord parsed = parse(sample(QStringLiteral("aws_cloudtrail.json")));
    QCOMPARE(parsed.rejected.size(), 2);
    for (const auto& rejected : parsed.rejected) {
        QVERIFY2(rejected.reason.contains(QStringLiteral("Insights")), qPrintable(rejected.reason));
        QVERIFY(rejected.raw.contains("AwsCloudTrailInsight"));
    }
}

void TestCloudTrailParser::lookupEventsLines()
{
    const QList<QByteArray> lines = sample(QStringLiteral("aws_cloudtrail.lookup-events.jsonl")).split('\n');
    int events = 0;
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const ParsedRecord parsed = parse(line);
        QVERIFY2(parsed.rejected.isEmpty(), qPrintable(parsed.rejected.value(0).reason));
        QCOMPARE(parsed.events.size(), 1);
        // The identity is the inner event's id, the same as in a delivered log file.
        QCOMPARE(parsed.events.first().nativeId,
                 QJsonDocument::fromJson(line).object().value(QStringLiteral("EventId")).toString());
        ++events;
    }
    QVERIFY(events >= 5);
}

void TestCloudTrailParser::assumedRoleIsAnAgentPrincipal()
{
    const ParsedRecord parsed = parse(sample(QStringLiteral("ocsf-1.1-account-change.json")));
    QCOMPARE(parsed.events.size(), 1);
    const Event& event = parsed.events.first();
    QCOMPARE(event.principal, QStringLiteral("arn:aws:sts::112233445566:assumed-role/Admin/Admin-user"));
    // The role the session was issued for is what an agent lists as its principal.
    QCOMPARE(event.principalKind, std::optional<PrincipalKind>(PrincipalKind::AwsRole));
    QCOMPARE(event.principalValue, QStringLiteral("arn:aws:iam::112233445566:role/Admin"));
    QVERIFY(event.actsLikeAgent);
    QCOMPARE(event.task, QStringLiteral("Admin-user")); // the session name
    QCOMPARE(event.credentialKind, QStringLiteral("aws-temporary"));
    QCOMPARE(event.action, QStringLiteral("admin")); // iam:CreateUser changes who may do what
    QCOMPARE(event.resource, QStringLiteral("arn+aws://iam/test_user2"));

    // A role AWS itself assumes (service-linked) is not an agent, whatever it does.
    const ParsedRecord service = parse(sample(QStringLiteral("ocsf-account-change.json")));
    QCOMPARE(service.events.size(), 1);
    QCOMPARE(service.events.first().principalValue,
             QStringLiteral("arn:aws:iam::112233445566:role/aws-service-role/Admin"));
    QVERIFY(!service.events.first().actsLikeAgent);
    QCOMPARE(service.events.first().resource,
             QStringLiteral("arn+aws://elasticloadbalancing/targetgroup/alpha-EXAMPLE"));
}

void TestCloudTrailParser::longTermKeyAndService()
{
    const ParsedRecord api = parse(sample(QStringLiteral("ocsf-api-activity.json")));
    QCOMPARE(api.events.size(), 1);
    QCOMPARE(api.events.first().credentialKind, QStringLiteral("aws-long-term"));
    QCOMPARE(api.events.first().nativeAction, QStringLiteral("directconnect:DescribeDirectConnectGateways"));
    QCOMPARE(api.events.first().action, QStringLiteral("read"));

    const ParsedRecord login = parse(sample(QStringLiteral("ocsf-authentication.json")));
    QCOMPARE(login.events.size(), 1);
    QVERIFY(!login.events.first().principal.isEmpty());
}

void TestCloudTrailParser::sameEventIdSameKey()
{
    // The same records, pretty-printed, compact, and with extra location fields: the same events.
    const ParsedRecord pretty = parse(sample(QStringLiteral("SerializerTestFile.json")));
    const ParsedRecord compact = parse(sample(QStringLiteral("SerializerTestFileCompact.json")));
    QVERIFY(!pretty.events.isEmpty());
    QCOMPARE(pretty.events.size(), compact.events.size());
    for (int i = 0; i < pretty.events.size(); ++i) {
        QCOMPARE(pretty.events[i].key(), compact.events[i].key());
        QCOMPARE(pretty.events[i].key().size(), 16);
    }
}

void TestCloudTrailParser::brokenFileQuarantined()
{
    const QByteArray bytes = sample(QStringLiteral("SerializerTestFileBadJsonFormat.json"));
    const ParsedRecord parsed = parse(bytes);
    QVERIFY(parsed.events.isEmpty());
    QCOMPARE(parsed.rejected.size(), 1);
    QVERIFY(parsed.rejected.first().reason.contains(QStringLiteral("not JSON")));
    QCOMPARE(parsed.rejected.first().raw, bytes); // kept whole, for a look and a re-ingest
}

void TestCloudTrailParser::malformedRecords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not CloudTrail") << QByteArray(R"({"hello":1})") << QStringLiteral("Not CloudTrail");
    QTest::newRow("Records not an array")
        << QByteArray(R"({"Records":{}})") << QStringLiteral("not an array");
    QTest::newRow("record not an object")
        << QByteArray(R"({"Records":[42]})") << QStringLiteral("not a JSON object");
    QTest::newRow("missing eventName")
        << QByteArray(
               R"({"Records":[{"eventSource":"s3.amazonaws.com","eventTime":"2024-01-01T00:00:00Z"}]})")
        << QStringLiteral("eventName");
    QTest::newRow("eventName of the wrong type")
        << QByteArray(
               R"({"Records":[{"eventName":7,"eventSource":"s3.amazonaws.com","eventTime":"2024-01-01T00:00:00Z"}]})")
        << QStringLiteral("eventName");
    QTest::newRow("bad time")
        << QByteArray(
               R"({"Records":[{"eventName":"GetObject","eventSource":"s3.amazonaws.com","eventTime":"yesterday"}]})")
        << QStringLiteral("not a time");
    QTest::newRow("time out of range")
        << QByteArray(
               R"({"Records":[{"eventName":"GetObject","eventSource":"s3.amazonaws.com","eventTime":"99999-01-01T00:00:00Z"}]})")
        << QStringLiteral("not a time");
    QTest::newRow("time without zone")
        << QByteArray(
               R"({"Records":[{"eventName":"GetObject","eventSource":"s3.amazonaws.com","eventTime":"2024-01-01T00:00:00"}]})")
        << QStringLiteral("not a time");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"Records\":[{\"eventName\":\"\xff\xfe\"}]}")
                                   << QStringLiteral("UTF-8");
    QTest::newRow("lookup-events line with a broken inner event")
        << QByteArray(R"({"EventId":"x","CloudTrailEvent":"{not json"})")
        << QStringLiteral("CloudTrailEvent");
    QTest::newRow("nested 100,000 deep")
        << (QByteArray(100000, '[') + QByteArray(100000, ']')) << QStringLiteral("nested more deeply");
    QTest::newRow("number out of range")
        << QByteArray(
               R"({"Records":[{"eventName":"GetObject","eventSource":"s3.amazonaws.com","bytes":1e400}]})")
        << QStringLiteral("out of range");
    QTest::newRow("truncated") << QByteArray(R"({"Records":[{"eventName":"GetObj)")
                               << QStringLiteral("not JSON");
    QTest::newRow("empty") << QByteArray("   ") << QStringLiteral("empty");
}

void TestCloudTrailParser::malformedRecords()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const ParsedRecord parsed = parse(json);
    QVERIFY(parsed.events.isEmpty());
    QCOMPARE(parsed.rejected.size(), 1);
    QVERIFY2(parsed.rejected.first().reason.contains(reason), qPrintable(parsed.rejected.first().reason));
    QVERIFY(!parsed.rejected.first().raw.isEmpty());
}

void TestCloudTrailParser::actions_data()
{
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("action");
    QTest::newRow("GetObject") << "GetObject"
                               << "s3"
                               << "read";
    QTest::newRow("ListBuckets") << "ListBuckets"
                                 << "s3"
                                 << "list";
    QTest::newRow("PutObject") << "PutObject"
                               << "s3"
                               << "write";
    QTest::newRow("DeleteObject") << "DeleteObject"
                                  << "s3"
                                  << "delete";
    QTest::newRow("RunInstances") << "RunInstances"
                                  << "ec2"
                                  << "create";
    QTest::newRow("AssumeRole") << "AssumeRole"
                                << "sts"
                                << "authenticate";
    QTest::newRow("AttachRolePolicy") << "AttachRolePolicy"
                                      << "iam"
                                      << "admin";
    QTest::newRow("CreateAccessKey") << "CreateAccessKey"
                                     << "iam"
                                     << "admin";
    QTest::newRow("Invoke") << "Invoke"
                            << "lambda"
                            << "execute";
    QTest::newRow("SendMessage") << "SendMessage"
                                 << "sqs"
                                 << "send";
}

void TestCloudTrailParser::actions()
{
    QFETCH(QString, eventName);
    QFETCH(QString, service);
    QFETCH(QString, action);
    QCOMPARE(CloudTrailParser::actionFor(eventName, service), action);
}

QTEST_GUILESS_MAIN(TestCloudTrailParser)
#include "tst_cloudtrailparser.moc"

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
    void peopleAreNotAgents();
    void sessionContextOnlyNamesTheRole();
    void callFactsAreKept();
    void snapshotSharedWithAnotherAccount();
    void actorTypes();
    void longTermKeyAndService();
    void namedResourcesTakeTheirArnForm_data();
    void namedResourcesTakeTheirArnForm();
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
    QVERIFY(event.actsLikeAgent());
    QCOMPARE(event.task, QStringLiteral("Admin-user")); // the session name
    QCOMPARE(event.credentialKind, QStringLiteral("aws-temporary"));
    QCOMPARE(event.action, QStringLiteral("admin")); // iam:CreateUser changes who may do what
    QCOMPARE(event.resource, QStringLiteral("arn+aws://iam/user/test_user2"));

    // A role AWS itself assumes (service-linked) is not an agent, whatever it does.
    const ParsedRecord service = parse(sample(QStringLiteral("ocsf-account-change.json")));
    QCOMPARE(service.events.size(), 1);
    QCOMPARE(service.events.first().principalValue,
             QStringLiteral("arn:aws:iam::112233445566:role/aws-service-role/Admin"));
    QVERIFY(!service.events.first().actsLikeAgent());
    QCOMPARE(service.events.first().resource,
             QStringLiteral("arn+aws://elasticloadbalancing/targetgroup/alpha-EXAMPLE"));
}

void TestCloudTrailParser::peopleAreNotAgents()
{
    // A person signed in through IAM Identity Center, or with MFA, is recorded under the role but
    // never taken for an unregistered agent.
    const QByteArray sso = R"({"Records":[{"eventVersion":"1.09","eventTime":"2026-11-26T09:00:00Z",
        "eventSource":"s3.amazonaws.com","eventName":"GetObject","eventID":"e-sso",
        "userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLE:ann@example.com",
          "arn":"arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/ann@example.com",
          "accountId":"123456789012","accessKeyId":"ASIAEXAMPLE",
          "sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAEXAMPLE",
            "arn":"arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_AdministratorAccess_0123456789abcdef",
            "accountId":"123456789012","userName":"AWSReservedSSO_AdministratorAccess_0123456789abcdef"},
            "attributes":{"creationDate":"2026-11-26T08:00:00Z","mfaAuthenticated":"false"}}},
        "requestParameters":{"bucketName":"reports","key":"q4.pdf"}}]})";
    const ParsedRecord person = parse(sso);
    QCOMPARE(person.events.size(), 1);
    QCOMPARE(person.events.first().principalKind, std::optional<PrincipalKind>(PrincipalKind::AwsRole));
    QVERIFY(!person.events.first().actsLikeAgent());
    QByteArray withMfa = sso;
    withMfa.replace("AWSReservedSSO_AdministratorAccess_0123456789abcdef", "ops-admin")
        .replace("aws-reserved/sso.amazonaws.com/eu-west-1/", "")
        .replace("\"mfaAuthenticated\":\"false\"", "\"mfaAuthenticated\":\"true\"");
    const ParsedRecord mfa = parse(withMfa);
    QCOMPARE(mfa.events.first().principalValue, QStringLiteral("arn:aws:iam::123456789012:role/ops-admin"));
    QVERIFY(!mfa.events.first().actsLikeAgent());
    QByteArray machine = withMfa;
    machine.replace("\"mfaAuthenticated\":\"true\"", "\"mfaAuthenticated\":\"false\"");
    QVERIFY(parse(machine).events.first().actsLikeAgent());
    // Anyone may name a role AWSReservedSSO_…: outside Identity Center's reserved path, and
    // without MFA, it is an agent like any other.
    QByteArray lookalike = sso;
    lookalike.replace("aws-reserved/sso.amazonaws.com/eu-west-1/", "");
    const ParsedRecord fake = parse(lookalike);
    QCOMPARE(
        fake.events.first().principalValue,
        QStringLiteral("arn:aws:iam::123456789012:role/AWSReservedSSO_AdministratorAccess_0123456789abcdef"));
    QVERIFY(fake.events.first().actsLikeAgent());
}

void TestCloudTrailParser::sessionContextOnlyNamesTheRole()
{
    // Some records carry the session and nothing else about who acted: the role that issued it did.
    const ParsedRecord parsed =
        parse(R"({"Records":[{"eventVersion":"1.09","eventTime":"2026-11-26T09:00:00Z",
        "eventSource":"s3.amazonaws.com","eventName":"GetObject","eventID":"e-9",
        "userIdentity":{"sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAEXAMPLE",
            "arn":"arn:aws:iam::123456789012:role/report-bot","accountId":"123456789012","userName":"report-bot"},
            "attributes":{"creationDate":"2026-11-26T08:59:00Z","mfaAuthenticated":"false"}}},
        "requestParameters":{"bucketName":"reports","key":"q4.pdf"}}]})");
    QCOMPARE(parsed.events.size(), 1);
    const Event& event = parsed.events.first();
    QCOMPARE(event.principal, QStringLiteral("arn:aws:iam::123456789012:role/report-bot"));
    QCOMPARE(event.principalKind, std::optional<PrincipalKind>(PrincipalKind::AwsRole));
    QVERIFY(event.actsLikeAgent());
}

void TestCloudTrailParser::callFactsAreKept()
{
    const ParsedRecord parsed = parse(sample(QStringLiteral("aws_cloudtrail.json")));
    const auto failed = std::find_if(parsed.events.cbegin(), parsed.events.cend(), [](const Event& e) {
        return e.nativeId == QStringLiteral("b7d4398e-b2f0-4faa-9c76-e2d316a8d67f");
    });
    QVERIFY(failed != parsed.events.cend());
    const EventAttributes& a = failed->attributes;
    QCOMPARE(a.value(QStringLiteral("source_ip")), QStringLiteral("205.251.233.182"));
    QCOMPARE(a.value(QStringLiteral("user_agent")),
             QStringLiteral("aws-cli/1.10.32 Python/2.7.9 Windows/7 botocore/1.4.22"));
    QCOMPARE(a.value(QStringLiteral("error_code")), QStringLiteral("TrailNotFoundException"));
    QCOMPARE(a.value(QStringLiteral("error_message")),
             QStringLiteral("Unknown trail: myTrail2 for the user: 123456789012"));
    QCOMPARE(a.value(QStringLiteral("region")), QStringLiteral("us-east-2"));
    QCOMPARE(a.value(QStringLiteral("account")), QStringLiteral("123456789012"));
    for (const Event& event : parsed.events) {
        QVERIFY2(!event.attributes.value(QStringLiteral("region")).isEmpty(), qPrintable(event.nativeId));
    }
}

void TestCloudTrailParser::snapshotSharedWithAnotherAccount()
{
    // As AWS records ModifySnapshotAttribute (EBS) and ModifyDBSnapshotAttribute (RDS).
    const ParsedRecord parsed = parse(R"({"Records":[
        {"eventVersion":"1.09","eventTime":"2026-11-26T09:00:00Z","eventSource":"ec2.amazonaws.com",
         "eventName":"ModifySnapshotAttribute","eventID":"e-ebs","awsRegion":"eu-west-1",
         "sourceIPAddress":"198.51.100.7","userAgent":"aws-cli/2.15.0","recipientAccountId":"123456789012",
         "userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::123456789012:assumed-role/backup-bot/s1",
           "accountId":"123456789012","accessKeyId":"ASIAEXAMPLE"},
         "requestParameters":{"snapshotId":"snap-0123456789abcdef0","attributeType":"CREATE_VOLUME_PERMISSION",
           "createVolumePermission":{"add":{"items":[{"userId":"999988887777"},{"group":"all"}]}}}},
        {"eventVersion":"1.09","eventTime":"2026-11-26T09:01:00Z","eventSource":"rds.amazonaws.com",
         "eventName":"ModifyDBSnapshotAttribute","eventID":"e-rds","awsRegion":"eu-west-1",
         "userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::123456789012:assumed-role/backup-bot/s1",
           "accountId":"123456789012"},
         "requestParameters":{"dBSnapshotIdentifier":"orders-2026-11-26","attributeName":"restore",
           "valuesToAdd":["999988887777"]}}]})");
    QCOMPARE(parsed.events.size(), 2);
    const Event& ebs = parsed.events.at(0);
    QCOMPARE(ebs.resource, QStringLiteral("arn+aws://ec2/snapshot/snap-0123456789abcdef0"));
    QCOMPARE(ebs.attributes.value(QStringLiteral("shared_with")), QStringLiteral("999988887777, all"));
    const Event& rds = parsed.events.at(1);
    QCOMPARE(rds.resource, QStringLiteral("arn+aws://rds/snapshot/orders-2026-11-26"));
    QCOMPARE(rds.attributes.value(QStringLiteral("shared_with")), QStringLiteral("999988887777"));
    QCOMPARE(rds.attributes.value(QStringLiteral("account")), QStringLiteral("123456789012")); // the actor's
}

void TestCloudTrailParser::actorTypes()
{
    const ParsedRecord service = parse(sample(QStringLiteral("ocsf-account-change.json")));
    QCOMPARE(service.events.first().actorType, ActorType::Service);
    const ParsedRecord machine = parse(sample(QStringLiteral("ocsf-1.1-account-change.json")));
    QCOMPARE(machine.events.first().actorType, ActorType::Agent);
    const ParsedRecord root = parse(R"({"Records":[{"eventVersion":"1.09","eventTime":"2026-11-26T09:00:00Z",
        "eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","eventID":"e-root",
        "userIdentity":{"type":"Root","principalId":"123456789012","arn":"arn:aws:iam::123456789012:root",
          "accountId":"123456789012"}}]})");
    QCOMPARE(root.events.first().actorType, ActorType::Human);
    QVERIFY(!root.events.first().principalKind);
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

void TestCloudTrailParser::namedResourcesTakeTheirArnForm_data()
{
    // CloudTrail names a resource in requestParameters, or gives its ARN in resources, or both. One
    // resource must be one URI either way, or a statement about it would cover only half its events.
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("parameters");
    QTest::addColumn<QByteArray>("arn");
    QTest::addColumn<QString>("resource");
    const auto rows = [](const char* name,
                         const QByteArray& source,
                         const QByteArray& parameters,
                         const QByteArray& arn,
                         const char* resource) {
        QTest::newRow(QByteArray(QByteArray(name) + " by name").constData())
            << source << parameters << QByteArray() << QString::fromLatin1(resource);
        QTest::newRow(QByteArray(QByteArray(name) + " by ARN").constData())
            << source << QByteArray("{}") << arn << QString::fromLatin1(resource);
    };
    rows("DynamoDB table",
         "dynamodb.amazonaws.com",
         R"({"tableName":"orders","key":{"id":{"S":"1"}}})",
         "arn:aws:dynamodb:us-east-1:123456789012:table/orders",
         "arn+aws://dynamodb/table/orders");
    rows("SQS queue",
         "sqs.amazonaws.com",
         R"({"queueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/jobs"})",
         "arn:aws:sqs:us-east-1:123456789012:jobs",
         "arn+aws://sqs/jobs");
    rows("Lambda function",
         "lambda.amazonaws.com",
         R"({"functionName":"resize"})",
         "arn:aws:lambda:us-east-1:123456789012:function:resize",
         "arn+aws://lambda/function/resize");
    rows("Lambda alias",
         "lambda.amazonaws.com",
         R"({"functionName":"resize:prod"})",
         "arn:aws:lambda:us-east-1:123456789012:function:resize:prod",
         "arn+aws://lambda/function/resize/prod");
    rows("IAM user",
         "iam.amazonaws.com",
         R"({"userName":"bob"})",
         "arn:aws:iam::123456789012:user/bob",
         "arn+aws://iam/user/bob");
    rows("IAM role",
         "iam.amazonaws.com",
         R"({"roleName":"deployer"})",
         "arn:aws:iam::123456789012:role/deployer",
         "arn+aws://iam/role/deployer");
    rows("Bedrock model",
         "bedrock.amazonaws.com",
         R"({"modelId":"anthropic.claude-3-5-sonnet-20240620-v1:0"})",
         "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
         "arn+aws://bedrock/foundation-model/anthropic.claude-3-5-sonnet-20240620-v1/0");
    rows("trail",
         "cloudtrail.amazonaws.com",
         R"({"name":"org-trail"})",
         "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-trail",
         "arn+aws://cloudtrail/trail/org-trail");
    rows(
        "EBS snapshot",
        "ec2.amazonaws.com",
        R"({"snapshotId":"snap-0b5e1","attributeType":"CREATE_VOLUME_PERMISSION","createVolumePermission":{"add":{"items":[{"userId":"999988887777"}]}}})",
        "arn:aws:ec2:us-east-1::snapshot/snap-0b5e1",
        "arn+aws://ec2/snapshot/snap-0b5e1");
    rows("RDS snapshot",
         "rds.amazonaws.com",
         R"({"dBSnapshotIdentifier":"prod-2026-11-30"})",
         "arn:aws:rds:us-east-1:123456789012:snapshot:prod-2026-11-30",
         "arn+aws://rds/snapshot/prod-2026-11-30");
    rows("KMS key",
         "kms.amazonaws.com",
         R"({"keyId":"1234abcd-12ab-34cd-56ef-1234567890ab"})",
         "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
         "arn+aws://kms/key/1234abcd-12ab-34cd-56ef-1234567890ab");
    rows("security group",
         "ec2.amazonaws.com",
         R"({"groupId":"sg-903004f8"})",
         "arn:aws:ec2:us-east-1:123456789012:security-group/sg-903004f8",
         "arn+aws://ec2/security-group/sg-903004f8");
    QTest::newRow("a name is a trail only in CloudTrail's own calls")
        << QByteArray("ssm.amazonaws.com") << QByteArray(R"({"name":"/prod/db/password"})") << QByteArray()
        << QStringLiteral("arn+aws://ssm");
    QTest::newRow("Lambda function by partial ARN")
        << QByteArray("lambda.amazonaws.com")
        << QByteArray(R"({"functionName":"123456789012:function:resize"})") << QByteArray()
        << QStringLiteral("arn+aws://lambda/function/resize");
    QTest::newRow("Lambda function by ARN in the parameters")
        << QByteArray("lambda.amazonaws.com")
        << QByteArray(R"({"functionName":"arn:aws:lambda:us-east-1:123456789012:function:resize"})")
        << QByteArray() << QStringLiteral("arn+aws://lambda/function/resize");
    QTest::newRow("secret by name") << QByteArray("secretsmanager.amazonaws.com")
                                    << QByteArray(R"({"secretId":"prod/db"})") << QByteArray()
                                    << QStringLiteral("arn+aws://secretsmanager/secret/prod/db");
    QTest::newRow("nothing named") << QByteArray("sts.amazonaws.com") << QByteArray("{}") << QByteArray()
                                   << QStringLiteral("arn+aws://sts");
}

void TestCloudTrailParser::namedResourcesTakeTheirArnForm()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, parameters);
    QFETCH(QByteArray, arn);
    QFETCH(QString, resource);
    QByteArray record = R"({"eventVersion":"1.09","eventTime":"2026-11-26T09:00:00Z","eventSource":")" +
                        source + R"(","eventName":"Do","eventID":"e-1","requestParameters":)" + parameters;
    if (!arn.isEmpty()) {
        record += R"(,"resources":[{"accountId":"123456789012","ARN":")" + arn + R"("}])";
    }
    const ParsedRecord parsed = parse("{\"Records\":[" + record + "}]}");
    QCOMPARE(parsed.rejected.size(), 0);
    QCOMPARE(parsed.events.size(), 1);
    QCOMPARE(parsed.events.first().resource, resource);
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

// SPDX-License-Identifier: Apache-2.0
#include "activity/connectors/cloudtrailparser.h"
#include "activity/connectors/k8sauditparser.h"
#include "activity/connectorservice.h"
#include "activity/eventexporter.h"
#include "activity/eventfilterresolver.h"
#include "activity/filesource.h"
#include "activity/ingestpipeline.h"
#include "model/eventfilter.h"
#include "store/database.h"
#include "store/eventtextindex.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Event attributes end to end: what connectors keep, how the store finds it (with and without the
// text index), how filters carry it, how exports write it, and who corrects an actor's type.
class TestEventAttributes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void valuesAreBoundedAndListsKeepItems();
    void jsonIsWhatQJsonDocumentWrites();
    void matchesParseOrAreRefused_data();
    void matchesParseOrAreRefused();
    void storedAndFound_data();
    void storedAndFound();
    void filterJsonRoundTripsAndRefusesDamage();
    void oneSearchFieldTellsAttributesFromText_data();
    void oneSearchFieldTellsAttributesFromText();
    void ocsfExportFillsItsFields();
    void impersonatedAccountIsNoShadowAgent();
    void overridesDecideShadowAgents();
    void malformedOverridesAreRefused();
    void upgradeKeepsWhatRawRecordsSay();

private:
    QList<QString> ids(const EventQuery& query);
    IngestCounts ingest(const Connector& connector, const RecordParser& parser, const QByteArray& bytes);
    std::unique_ptr<TestWorkspace> m_test;
};

namespace {
QByteArray sample(const QString& path)
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/") + path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample %s", qPrintable(path));
    }
    return file.readAll().trimmed();
}
} // namespace

void TestEventAttributes::init()
{
    m_test = std::make_unique<TestWorkspace>();
}

IngestCounts
TestEventAttributes::ingest(const Connector& connector, const RecordParser& parser, const QByteArray& bytes)
{
    static int files = 0;
    const QString path = m_test->dir() + QStringLiteral("/in-%1.json").arg(++files);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.close();
    auto fresh = m_test->workspace().connectors().byId(connector.id).value();
    FileSource source(m_test->workspace(), fresh, parser, {});
    auto counts = source.ingest(path);
    if (!counts) {
        qFatal("%s", qPrintable(counts.error().message));
    }
    return counts.value();
}

QList<QString> TestEventAttributes::ids(const EventQuery& query)
{
    auto page = m_test->workspace().events().page(query);
    if (!page) {
        qFatal("%s", qPrintable(page.error().message));
    }
    QList<QString> out;
    for (const Event& e : page.value()) {
        out << e.nativeId;
    }
    std::sort(out.begin(), out.end());
    return out;
}

void TestEventAttributes::valuesAreBoundedAndListsKeepItems()
{
    EventAttributes a;
    a.set(QStringLiteral("user_agent"), QString(5000, u'x') + QStringLiteral("\nnext"));
    QCOMPARE(a.value(QStringLiteral("user_agent")).size(), EventAttributes::kMaxValueLength);
    a.set(QStringLiteral("error_message"), QStringLiteral("line one\nline two\ttab"));
    QCOMPARE(a.value(QStringLiteral("error_message")), QStringLiteral("line one line two tab"));
    a.set(QStringLiteral("Bad-Key"), QStringLiteral("x")); // never stored: filters could not name it
    QVERIFY(!a.contains(QStringLiteral("Bad-Key")));
    a.add(QStringLiteral("image"), QStringLiteral("nginx"));
    a.add(QStringLiteral("image"), QStringLiteral("busybox"));
    a.add(QStringLiteral("image"), QStringLiteral("nginx"));
    QCOMPARE(a.value(QStringLiteral("image")), QStringLiteral("nginx, busybox"));
    a.set(QStringLiteral("image"), QString());
    QVERIFY(!a.contains(QStringLiteral("image")));
    for (int i = 0; i < 100; ++i) {
        a.set(QStringLiteral("k%1").arg(i), QStringLiteral("v"));
    }
    QCOMPARE(a.values().size(), EventAttributes::kMaxAttributes);
    QCOMPARE(EventAttributes::fromJson(a.toJson()), a);
    // A damaged row gives no attributes rather than an error that would hide its event.
    QVERIFY(EventAttributes::fromJson("{\"user_agent\": [1, 2]").isEmpty());
    QVERIFY(EventAttributes::fromJson("not json").isEmpty());
    QCOMPARE(EventAttributes::jsonEscaped(QStringLiteral("a\"b\\c")), QStringLiteral("a\\\"b\\\\c"));
}

void TestEventAttributes::jsonIsWhatQJsonDocumentWrites()
{
    // toJson() writes by hand what QJsonDocument would: the stored text, the LIKE patterns made
    // with jsonEscaped() and json_each() must all agree on it.
    const QStringList texts = {QStringLiteral("plain"),
                               QStringLiteral("quote \" and backslash \\ and slash /"),
                               QStringLiteral("</script><b>&amp;"),
                               QStringLiteral("delete \x7f and C1 \u0085 kept"),
                               QStringLiteral("Grüße, 東京, \U0001F512"),
                               QStringLiteral("[Boto3/1.34.0 md/Botocore#1.34.0 ua/2.0]")};
    for (const QString& text : texts) {
        EventAttributes attributes;
        attributes.set(QStringLiteral("user_agent"), text);
        attributes.set(QStringLiteral("a_first"), text.left(3));
        QJsonObject object;
        for (auto it = attributes.values().cbegin(); it != attributes.values().cend(); ++it) {
            object.insert(it.key(), it.value());
        }
        QCOMPARE(attributes.toJson(), QJsonDocument(object).toJson(QJsonDocument::Compact));
        QCOMPARE(EventAttributes::fromJson(attributes.toJson()), attributes);
        const QByteArray alone =
            QJsonDocument(QJsonObject{{QStringLiteral("v"), text}}).toJson(QJsonDocument::Compact);
        QCOMPARE(EventAttributes::jsonEscaped(text), QString::fromUtf8(alone.mid(6, alone.size() - 8)));
    }
    // Control characters never reach a value (set() makes them spaces), but are escaped as Qt does.
    const QString controls = QStringLiteral("a\u0001b\tc\nd\u001fe\\\"");
    const QByteArray alone =
        QJsonDocument(QJsonObject{{QStringLiteral("v"), controls}}).toJson(QJsonDocument::Compact);
    QCOMPARE(EventAttributes::jsonEscaped(controls), QString::fromUtf8(alone.mid(6, alone.size() - 8)));

    // toJsonWith() is set() and toJson() without the copy: before, between, after and over keys.
    EventAttributes attributes;
    attributes.set(QStringLiteral("b"), QStringLiteral("2"));
    attributes.set(QStringLiteral("d"), QStringLiteral("4"));
    for (const auto& [key, value] : {std::pair{QStringLiteral("a"), QStringLiteral("1")},
                                     std::pair{QStringLiteral("c"), QStringLiteral("3")},
                                     std::pair{QStringLiteral("e"), QStringLiteral("5")},
                                     std::pair{QStringLiteral("d"), QStringLiteral("new")},
                                     std::pair{QStringLiteral("Bad-Key"), QStringLiteral("x")},
                                     std::pair{QStringLiteral("c"), QString()}}) {
        EventAttributes expected = attributes;
        expected.set(key, value);
        QCOMPARE(attributes.toJsonWith(key, value), expected.toJson());
    }
    QCOMPARE(EventAttributes().toJson(), QByteArray("{}"));
    QCOMPARE(EventAttributes().toJsonWith(QStringLiteral("actor_type"), QStringLiteral("agent")),
             QByteArray(R"({"actor_type":"agent"})"));
}

void TestEventAttributes::matchesParseOrAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("contains");
    QTest::newRow("exact") << "role_ref=cluster-admin" << true << false;
    QTest::newRow("contains") << "user_agent~sqlmap" << true << true;
    QTest::newRow("equals inside") << "error_message=a=b" << true << false;
    QTest::newRow("no operator") << "user_agent" << false << false;
    QTest::newRow("no key") << "=x" << false << false;
    QTest::newRow("no value") << "user_agent=" << false << false;
    QTest::newRow("injection in key") << "x') OR 1=1 --=y" << false << false;
    QTest::newRow("json path in key") << "a.b=c" << false << false;
    QTest::newRow("upper case") << "User_Agent=x" << false << false;
}

void TestEventAttributes::matchesParseOrAreRefused()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, contains);
    const auto match = AttributeMatch::parse(text);
    QCOMPARE(bool(match), ok);
    if (ok) {
        QCOMPARE(match->toString(), text);
        QCOMPARE(match->contains, contains);
    } else {
        QVERIFY(!match.error().message.isEmpty());
    }
}

void TestEventAttributes::storedAndFound_data()
{
    QTest::addColumn<bool>("indexed");
    QTest::newRow("scanned") << false;
    QTest::newRow("through the text index") << true;
}

void TestEventAttributes::storedAndFound()
{
    QFETCH(bool, indexed);
    auto connector = ConnectorService(m_test->workspace())
                         .ensure(QStringLiteral("trail"), QStringLiteral("cloudtrail"), {});
    QVERIFY(connector);
    const IngestCounts counts = ingest(
        connector.value(), CloudTrailParser(), sample(QStringLiteral("cloudtrail/aws_cloudtrail.json")));
    QVERIFY(counts.stored > 5);
    auto k8s = ConnectorService(m_test->workspace()).ensure(QStringLiteral("k8s"), QStringLiteral("k8s"), {});
    QVERIFY(k8s);
    ingest(k8s.value(),
           K8sAuditParser(QStringLiteral("minikube")),
           sample(QStringLiteral("k8s/create_clusterrolebinding.json")));
    ingest(k8s.value(),
           K8sAuditParser(QStringLiteral("minikube")),
           sample(QStringLiteral("k8s/create_nginx_pod_privileged_2nd_container.json")));
    if (indexed) {
        EventTextIndex index(m_test->workspace().database());
        while (index.indexMore(3).value() > 0) {
        }
        QCOMPARE(index.backlog().value(), 0);
    }
    const auto query = [](std::initializer_list<const char*> matches, const QString& text = QString()) {
        EventQuery q;
        q.limit = 1000;
        q.text = text;
        for (const char* m : matches) {
            q.attributes << AttributeMatch::parse(QString::fromUtf8(m)).value();
        }
        return q;
    };
    const QString failedTrail = QStringLiteral("b7d4398e-b2f0-4faa-9c76-e2d316a8d67f");
    // The attacker's tool, by part of its user agent; and by the free text alone.
    QVERIFY(ids(query({"user_agent~botocore/1.4.22"})).contains(failedTrail));
    QVERIFY(ids(query({}, QStringLiteral("botocore/1.4.22"))).contains(failedTrail));
    QCOMPARE(ids(query({"user_agent~botocore/1.4.22"})).size(), 1);
    // Free text is looked for in values, never in the attributes' names.
    QVERIFY(ids(query({}, QStringLiteral("error_message"))).isEmpty());
    QVERIFY(ids(query({}, QStringLiteral("user_agent"))).isEmpty());
    // A typed value is cleaned as kept values are.
    QCOMPARE(ids(query({"error_code=  TrailNotFoundException  "})), QList<QString>{failedTrail});
    QCOMPARE(ids(query({"error_code=TrailNotFoundException"})), QList<QString>{failedTrail});
    // Exact is exact: part of the value is not it.
    QVERIFY(ids(query({"error_code=TrailNotFound"})).isEmpty());
    QCOMPARE(ids(query({"error_code=TrailNotFoundException", "region=us-east-2"})),
             QList<QString>{failedTrail});
    QVERIFY(ids(query({"error_code=TrailNotFoundException", "region=eu-west-1"})).isEmpty());
    // One item of a list matches exactly; the Kubernetes attack traces are found by what they made.
    QCOMPARE(ids(query({"role_ref=system:basic-user"})).size(), 1);
    QCOMPARE(ids(query({"subjects=User minikube"})).size(), 1);
    QCOMPARE(ids(query({"privileged=true"})).size(), 1);
    QCOMPARE(ids(query({"image=nginx"})).size(), 1);
    QCOMPARE(ids(query({"actor_type=agent"})).size(), 0); // minikube-user and a controller: not agents
    QCOMPARE(ids(query({"actor_type=system"})).size(), 1);
    QCOMPARE(ids(query({"actor_type=human"})).size(), 1);
    // A value with quotes is found although JSON writes it escaped.
    Event crafted;
    crafted.timeNs = 1700000000000000000;
    crafted.source = QStringLiteral("cloudtrail");
    crafted.nativeId = QStringLiteral("crafted");
    crafted.principal = QStringLiteral("p");
    crafted.action = QStringLiteral("read");
    crafted.nativeAction = QStringLiteral("s3:GetObject");
    crafted.resource = QStringLiteral("s3://b/k");
    crafted.attributes.set(QStringLiteral("user_agent"), QStringLiteral("evil \"tool\" \\ 1.0"));
    QVERIFY(m_test->workspace().events().insert(crafted, connector->id).value());
    QCOMPARE(ids(query({"user_agent=evil \"tool\" \\ 1.0"})), QList<QString>{QStringLiteral("crafted")});
    QCOMPARE(ids(query({}, QStringLiteral("\"tool\" \\"))), QList<QString>{QStringLiteral("crafted")});
    // Counting agrees with paging.
    EventQuery q = query({"user_agent~aws-cli"});
    QCOMPARE(m_test->workspace().events().count(q).value(), ids(q).size());
    QVERIFY(ids(q).size() >= 3);
    // Read back whole, with the actor's type.
    auto page = m_test->workspace().events().page(query({"error_code=TrailNotFoundException"}));
    QCOMPARE(page->first().attributes.value(QStringLiteral("source_ip")), QStringLiteral("205.251.233.182"));
}

void TestEventAttributes::filterJsonRoundTripsAndRefusesDamage()
{
    EventFilter filter;
    filter.attributes << AttributeMatch::parse(QStringLiteral("user_agent~sqlmap")).value()
                      << AttributeMatch::parse(QStringLiteral("role_ref=cluster-admin")).value();
    const QJsonObject json = filter.toJson();
    QCOMPARE(json.value(QStringLiteral("attributes")).toArray().size(), 2);
    auto back = EventFilter::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back.value(), filter);
    QVERIFY(!filter.isEmpty());
    auto query = EventFilterResolver::resolve(filter, m_test->workspace(), 0);
    QVERIFY(query);
    QCOMPARE(query->attributes, filter.attributes);

    for (const QByteArray& bad : {QByteArray(R"({"attributes":"user_agent~x"})"),
                                  QByteArray(R"({"attributes":[1]})"),
                                  QByteArray(R"({"attributes":["no operator"]})"),
                                  QByteArray(R"({"attributes":["a.b=c"]})")}) {
        auto parsed = EventFilter::fromJson(QJsonDocument::fromJson(bad).object());
        QVERIFY2(!parsed, bad.constData());
        QVERIFY(parsed.error().message.contains(QStringLiteral("attribute")));
    }
    QJsonArray many;
    for (int i = 0; i < EventFilter::kMaxAttributes + 1; ++i) {
        many.append(QStringLiteral("region=r%1").arg(i));
    }
    QVERIFY(!EventFilter::fromJson(QJsonObject{{QStringLiteral("attributes"), many}}));
}

void TestEventAttributes::oneSearchFieldTellsAttributesFromText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("attributes");
    QTest::newRow("text") << "s3:GetObject"
                          << "s3:GetObject" << QStringList();
    QTest::newRow("attribute") << " user_agent~sqlmap "
                               << "" << QStringList{QStringLiteral("user_agent~sqlmap")};
    QTest::newRow("two") << "role_ref=cluster-admin; region=eu-west-1"
                         << ""
                         << QStringList{QStringLiteral("role_ref=cluster-admin"),
                                        QStringLiteral("region=eu-west-1")};
    QTest::newRow("unknown key is text") << "colour=red"
                                         << "colour=red" << QStringList();
    QTest::newRow("one part text, all text") << "region=eu-west-1; hello"
                                             << "region=eu-west-1; hello" << QStringList();
    QTest::newRow("value with spaces") << "user_agent~aws-cli/2 Python"
                                       << "" << QStringList{QStringLiteral("user_agent~aws-cli/2 Python")};
}

void TestEventAttributes::oneSearchFieldTellsAttributesFromText()
{
    QFETCH(QString, typed);
    QFETCH(QString, text);
    QFETCH(QStringList, attributes);
    EventFilter filter;
    filter.setSearch(typed);
    QCOMPARE(filter.text, text);
    QStringList got;
    for (const AttributeMatch& match : filter.attributes) {
        got << match.toString();
    }
    QCOMPARE(got, attributes);
    EventFilter again;
    again.setSearch(filter.search());
    QCOMPARE(again, filter);
}

void TestEventAttributes::ocsfExportFillsItsFields()
{
    const ParsedRecord parsed =
        FileSource::parseBytes(CloudTrailParser(), sample(QStringLiteral("cloudtrail/aws_cloudtrail.json")));
    const auto failed = std::find_if(parsed.events.cbegin(), parsed.events.cend(), [](const Event& e) {
        return e.nativeId == QStringLiteral("b7d4398e-b2f0-4faa-9c76-e2d316a8d67f");
    });
    QVERIFY(failed != parsed.events.cend());
    const QJsonObject ocsf = EventExporter::ocsf(*failed, QString());
    QCOMPARE(ocsf.value(QStringLiteral("src_endpoint")).toObject().value(QStringLiteral("ip")).toString(),
             QStringLiteral("205.251.233.182"));
    QCOMPARE(
        ocsf.value(QStringLiteral("http_request")).toObject().value(QStringLiteral("user_agent")).toString(),
        QStringLiteral("aws-cli/1.10.32 Python/2.7.9 Windows/7 botocore/1.4.22"));
    QCOMPARE(ocsf.value(QStringLiteral("status_code")).toString(), QStringLiteral("TrailNotFoundException"));
    QCOMPARE(ocsf.value(QStringLiteral("status_detail")).toString(),
             QStringLiteral("Unknown trail: myTrail2 for the user: 123456789012"));
    const QJsonObject cloud = ocsf.value(QStringLiteral("cloud")).toObject();
    QCOMPARE(cloud.value(QStringLiteral("provider")).toString(), QStringLiteral("AWS"));
    QCOMPARE(cloud.value(QStringLiteral("region")).toString(), QStringLiteral("us-east-2"));
    QCOMPARE(cloud.value(QStringLiteral("account")).toObject().value(QStringLiteral("uid")).toString(),
             QStringLiteral("123456789012"));
    // A service's own call names its host, not an address.
    Event service = *failed;
    service.attributes.set(QStringLiteral("source_ip"), QStringLiteral("ec2.amazonaws.com"));
    QCOMPARE(EventExporter::ocsf(service, QString())
                 .value(QStringLiteral("src_endpoint"))
                 .toObject()
                 .value(QStringLiteral("domain"))
                 .toString(),
             QStringLiteral("ec2.amazonaws.com"));
}

void TestEventAttributes::impersonatedAccountIsNoShadowAgent()
{
    auto k8s = ConnectorService(m_test->workspace()).ensure(QStringLiteral("k8s"), QStringLiteral("k8s"), {});
    QVERIFY(k8s);
    QByteArray record = sample(QStringLiteral("k8s/create_configmap_no_sensitive_values.json"));
    QVERIFY(record.contains(R"("user":{)"));
    record.replace(R"("user":{)",
                   R"("impersonatedUser":{"username":"system:serviceaccount:payments:refund-bot"},"user":{)");
    const IngestCounts counts = ingest(k8s.value(), K8sAuditParser(QStringLiteral("minikube")), record);
    QCOMPARE(counts.stored, 1);
    QVERIFY(!m_test->workspace().agents().byPrincipal(
        {PrincipalKind::KubernetesServiceAccount,
         QStringLiteral("system:serviceaccount:payments:refund-bot")}));
    EventQuery q;
    q.attributes << AttributeMatch::parse(
                        QStringLiteral("on_behalf_of=system:serviceaccount:payments:refund-bot"))
                        .value();
    auto page = m_test->workspace().events().page(q);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().principal, QStringLiteral("minikube-user"));
    QCOMPARE(page->first().actorType, ActorType::Human);
    QCOMPARE(page->first().agentId, 0);
}

void TestEventAttributes::overridesDecideShadowAgents()
{
    // The SSO session is a person by its shape, and the pipeline role an agent; the people who run
    // the account know the "ops-admin" role is a scheduled job and the CI role a person's.
    const QByteArray trail = R"({"Records":[
        {"eventVersion":"1.09","eventTime":"2026-11-26T09:00:00Z","eventSource":"s3.amazonaws.com",
         "eventName":"GetObject","eventID":"e-1","userIdentity":{"type":"AssumedRole",
         "arn":"arn:aws:sts::123456789012:assumed-role/ops-admin/job","accountId":"123456789012",
         "sessionContext":{"sessionIssuer":{"arn":"arn:aws:iam::123456789012:role/ops-admin"},
           "attributes":{"mfaAuthenticated":"true"}}},
         "requestParameters":{"bucketName":"reports","key":"a"}},
        {"eventVersion":"1.09","eventTime":"2026-11-26T09:00:01Z","eventSource":"s3.amazonaws.com",
         "eventName":"GetObject","eventID":"e-2","userIdentity":{"type":"AssumedRole",
         "arn":"arn:aws:sts::123456789012:assumed-role/ci-deployer/run","accountId":"123456789012"},
         "requestParameters":{"bucketName":"reports","key":"b"}}]})";
    {
        auto plain = ConnectorService(m_test->workspace())
                         .ensure(QStringLiteral("plain"), QStringLiteral("cloudtrail"), {});
        QVERIFY(plain);
        QCOMPARE(ingest(plain.value(), CloudTrailParser(), trail).stored, 2);
        QVERIFY(!m_test->workspace().agents().byPrincipal(
            {PrincipalKind::AwsRole, QStringLiteral("arn:aws:iam::123456789012:role/ops-admin")}));
        QVERIFY(m_test->workspace().agents().byPrincipal(
            {PrincipalKind::AwsRole, QStringLiteral("arn:aws:iam::123456789012:role/ci-deployer")}));
    }
    init(); // a fresh workspace, the same records, corrected
    const QJsonObject settings{
        {QStringLiteral("actor_types"),
         QJsonObject{{QStringLiteral("arn:aws:iam::*:role/ops-admin"), QStringLiteral("agent")},
                     {QStringLiteral("arn:aws:iam::*:role/*"), QStringLiteral("human")}}}};
    auto corrected = ConnectorService(m_test->workspace())
                         .ensure(QStringLiteral("corrected"), QStringLiteral("cloudtrail"), settings);
    QVERIFY2(corrected, corrected ? "" : qPrintable(corrected.error().message));
    QCOMPARE(ingest(corrected.value(), CloudTrailParser(), trail).stored, 2);
    QVERIFY(m_test->workspace().agents().byPrincipal(
        {PrincipalKind::AwsRole, QStringLiteral("arn:aws:iam::123456789012:role/ops-admin")}));
    QVERIFY(!m_test->workspace().agents().byPrincipal(
        {PrincipalKind::AwsRole, QStringLiteral("arn:aws:iam::123456789012:role/ci-deployer")}));
    EventQuery humans;
    humans.attributes << AttributeMatch::parse(QStringLiteral("actor_type=human")).value();
    QCOMPARE(m_test->workspace().events().count(humans).value(), 1);
}

void TestEventAttributes::malformedOverridesAreRefused()
{
    ConnectorService service(m_test->workspace());
    for (const QJsonValue& bad : {QJsonValue(QStringLiteral("agent")),
                                  QJsonValue(QJsonObject{{QStringLiteral("arn:*"), QStringLiteral("robot")}}),
                                  QJsonValue(QJsonObject{{QStringLiteral(" "), QStringLiteral("human")}})}) {
        auto added = service.ensure(QStringLiteral("bad"),
                                    QStringLiteral("cloudtrail"),
                                    QJsonObject{{QStringLiteral("actor_types"), bad}});
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QStringLiteral("actor_types")),
                 qPrintable(added.error().message));
    }
    // A connector whose stored setting was damaged afterwards (by hand, in the file) stores
    // nothing: a correction that cannot be read must not turn people into shadow agents.
    auto good = service.ensure(QStringLiteral("good"), QStringLiteral("cloudtrail"), {});
    QVERIFY(good);
    QSqlQuery tamper(m_test->workspace().database().connection());
    QVERIFY(tamper.exec(QStringLiteral(
        "UPDATE connectors SET settings = '{\"actor_types\":{\"arn:*\":\"robot\"}}' WHERE name = 'good'")));
    auto fresh = m_test->workspace().connectors().byId(good->id).value();
    IngestPipeline pipeline(m_test->workspace(), fresh.id);
    QList<IngestPipeline::Unit> units{
        {FileSource::parseBytes(CloudTrailParser(), sample(QStringLiteral("cloudtrail/aws_cloudtrail.json"))),
         QStringLiteral("test")}};
    auto committed = pipeline.commit(units, {});
    QVERIFY(!committed);
    QVERIFY(committed.error().message.contains(QStringLiteral("actor_types")));
    EventQuery all;
    QCOMPARE(m_test->workspace().events().count(all).value(), 0);
}

void TestEventAttributes::upgradeKeepsWhatRawRecordsSay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.steward"));
    {
        auto old = Database::openAtVersion(path, 10);
        QVERIFY(old);
        QVERIFY(old.value()->setMeta(QStringLiteral("trust_domain"), QStringLiteral("old.example")));
        QSqlQuery q(old.value()->connection());
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO connectors (id, name, kind, settings, enabled, cursor, read_count,"
                     " stored_count, duplicate_count, quarantined_count, last_error, created_at,"
                     " updated_at) VALUES (1, 'trail', 'cloudtrail', '{}', 1, '{}', 0, 0, 0, 0, '', 0, 0)")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO events (id, event_key, time_ns, connector_id, source, native_id, "
                     "principal, action,"
                     " native_action, resource, outcome, trace_id, span_id, parent_span_id, task, token_id,"
                     " credential_kind, classification, bytes) VALUES (7, x'00', 1, 1, 'cloudtrail', 'e', "
                     "'p', 'read',"
                     " 's3:GetObject', 's3://b/k', 2, '', '', '', '', '', '', '', -1)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO event_raw (event_id, raw) VALUES (7, '{\"sourceIPAddress\":\"203.0.113.9\","
            "\"userAgent\":\"sqlmap/1.7\",\"errorCode\":\"AccessDenied\",\"awsRegion\":\"eu-west-1\"}')")));
    }
    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
    auto event = workspace.value()->events().byId(7);
    QVERIFY(event);
    QCOMPARE(event->attributes.value(QStringLiteral("user_agent")), QStringLiteral("sqlmap/1.7"));
    QCOMPARE(event->attributes.value(QStringLiteral("source_ip")), QStringLiteral("203.0.113.9"));
    QCOMPARE(event->attributes.value(QStringLiteral("error_code")), QStringLiteral("AccessDenied"));
    QVERIFY(!event->attributes.contains(QStringLiteral("account"))); // null in the record: absent
    EventQuery q;
    q.attributes << AttributeMatch::parse(QStringLiteral("user_agent~sqlmap")).value();
    QCOMPARE(workspace.value()->events().count(q).value(), 1);
}

QTEST_GUILESS_MAIN(TestEventAttributes)
#include "tst_eventattributes.moc"

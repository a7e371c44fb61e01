// SPDX-License-Identifier: Apache-2.0
#include "activity/connectors/k8sauditparser.h"
#include "activity/filesource.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestK8sAuditParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySampleMaps();
    void execIsExecute();
    void serviceAccountIsAnAgentPrincipal();
    void prettyPrintedV1Event();
    void boundAndLegacyTokens();
    void impersonationCreditsTheActor();
    void attackTracesAreSearchable_data();
    void attackTracesAreSearchable();
    void actorTypes_data();
    void actorTypes();
    void deniedAndFailed_data();
    void deniedAndFailed();
    void eventList();
    void malformed_data();
    void malformed();
};

namespace {
QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/k8s/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample %s", qPrintable(name));
    }
    return file.readAll().trimmed();
}

ParsedRecord parse(const QByteArray& bytes)
{
    return FileSource::parseBytes(K8sAuditParser(QStringLiteral("minikube")), bytes);
}

Event only(const QByteArray& bytes)
{
    const ParsedRecord parsed = parse(bytes);
    if (parsed.events.size() != 1) {
        qFatal("expected one event, got %d (%s)",
               int(parsed.events.size()),
               qPrintable(parsed.rejected.value(0).reason));
    }
    return parsed.events.first();
}

// An event from a real sample with one field changed, for the cases no sample shows.
QByteArray edited(const QString& name, const QByteArray& from, const QByteArray& to)
{
    QByteArray bytes = sample(name);
    if (!bytes.contains(from)) {
        qFatal("%s does not contain %s", qPrintable(name), from.constData());
    }
    return bytes.replace(from, to);
}
} // namespace

void TestK8sAuditParser::everySampleMaps()
{
    const QStringList files =
        QDir(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/k8s")).entryList({QStringLiteral("*.json")});
    QVERIFY(files.size() >= 25);
    for (const QString& name : files) {
        const ParsedRecord parsed = parse(sample(name));
        QVERIFY2(parsed.rejected.isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + parsed.rejected.value(0).reason));
        QCOMPARE(parsed.events.size(), 1);
        const Event& event = parsed.events.first();
        QVERIFY2(event.resource.startsWith(QStringLiteral("k8s://minikube/")), qPrintable(event.resource));
        QVERIFY(event.timeNs > 1500000000LL * 1000000000LL);
        QVERIFY(!event.principal.isEmpty());
        QVERIFY(!event.action.isEmpty());
    }
}

void TestK8sAuditParser::execIsExecute()
{
    const Event event = only(sample(QStringLiteral("exec_pod.json")));
    QCOMPARE(event.action, QStringLiteral("execute"));
    QCOMPARE(event.nativeAction, QStringLiteral("create pods/exec"));
    QCOMPARE(event.resource,
             QStringLiteral("k8s://minikube/default/pods/nginx-deployment-7998647bdf-phvq7/exec"));
    QCOMPARE(event.nativeId, QStringLiteral("ca1ed9f4-7bf4-4c85-81a8-1b11253d1ba6/ResponseStarted"));
    QCOMPARE(event.timeNs, 1540561114902914000LL); // stageTimestamp, to the microsecond
    QCOMPARE(event.principal, QStringLiteral("minikube-user"));
    QVERIFY(!event.principalKind);
    QCOMPARE(event.outcome, EventOutcome::Success);
}

void TestK8sAuditParser::serviceAccountIsAnAgentPrincipal()
{
    const Event event = only(sample(QStringLiteral("create_pod_kube_system_namespace.json")));
    QCOMPARE(event.principal, QStringLiteral("system:serviceaccount:kube-system:replicaset-controller"));
    QCOMPARE(event.principalKind, std::optional<PrincipalKind>(PrincipalKind::KubernetesServiceAccount));
    QCOMPARE(event.principalValue, event.principal);
    // A built-in controller is the platform at work: recorded, never an unregistered agent.
    QVERIFY(!event.actsLikeAgent());
    // The same call by a workload's service account is an agent's.
    const Event workload = only(edited(QStringLiteral("create_pod_kube_system_namespace.json"),
                                       "system:serviceaccount:kube-system:replicaset-controller",
                                       "system:serviceaccount:payments:refund-bot"));
    QCOMPARE(workload.principalValue, QStringLiteral("system:serviceaccount:payments:refund-bot"));
    QVERIFY(workload.actsLikeAgent());
    QCOMPARE(event.action, QStringLiteral("create"));
    // The pod made is named in the response, not in objectRef.
    QCOMPARE(event.resource,
             QStringLiteral("k8s://minikube/kube-system/pods/nginx-deployment-7998647bdf-7q2sp"));
    QCOMPARE(event.credentialKind, QStringLiteral("k8s-legacy-token")); // 2018: no bound tokens yet
}

void TestK8sAuditParser::prettyPrintedV1Event()
{
    const Event event = only(sample(QStringLiteral("eks.json")));
    QCOMPARE(event.nativeId, QStringLiteral("f47c68f2-d3ac-4f96-b2f4-5d497bf79b64/ResponseComplete"));
    QCOMPARE(event.resource, QStringLiteral("k8s://minikube/_/nodes/ip-192-001-02-03.ec2.internal"));
    QCOMPARE(event.principal, QStringLiteral("system:node:ip-192-001-02-03.ec2.internal"));
    QCOMPARE(event.outcome, EventOutcome::Success);
}

void TestK8sAuditParser::boundAndLegacyTokens()
{
    // As Kubernetes 1.29+ writes a projected token's use: the pod and the token's JTI.
    const Event bound = only(edited(
        QStringLiteral("create_pod_kube_system_namespace.json"),
        R"("username":"system:serviceaccount:kube-system:replicaset-controller")",
        R"("username":"system:serviceaccount:kube-system:replicaset-controller","extra":{"authentication.kubernetes.io/credential-id":["JTI=2f4b6c1e-0d9a-4e4f-9a55-1d2e3f4a5b6c"],"authentication.kubernetes.io/pod-name":["rs-7998647bdf-x"]})"));
    QCOMPARE(bound.credentialKind, QStringLiteral("k8s-bound-token"));
    QCOMPARE(bound.tokenId, QStringLiteral("2f4b6c1e-0d9a-4e4f-9a55-1d2e3f4a5b6c"));
}

void TestK8sAuditParser::impersonationCreditsTheActor()
{
    // kubectl --as=system:serviceaccount:payments:refund-bot: the person acted, as the account.
    const Event event = only(edited(
        QStringLiteral("create_configmap_no_sensitive_values.json"),
        R"("user":{)",
        R"("impersonatedUser":{"username":"system:serviceaccount:payments:refund-bot","groups":["system:serviceaccounts"]},"user":{)"));
    QCOMPARE(event.principal, QStringLiteral("minikube-user"));
    QVERIFY(!event.principalKind); // no agent is credited, and none invented for the account
    QVERIFY(!event.actsLikeAgent());
    QCOMPARE(event.actorType, ActorType::Human);
    QCOMPARE(event.attributes.value(QStringLiteral("on_behalf_of")),
             QStringLiteral("system:serviceaccount:payments:refund-bot"));
    QVERIFY(event.credentialKind.isEmpty()); // a person's credential, not the account's token

    // A service account impersonating another is that service account's act.
    const Event bySa =
        only(edited(QStringLiteral("create_pod_kube_system_namespace.json"),
                    R"("user":{)",
                    R"("impersonatedUser":{"username":"system:serviceaccount:ops:admin"},"user":{)"));
    QCOMPARE(bySa.principalValue, QStringLiteral("system:serviceaccount:kube-system:replicaset-controller"));
    QCOMPARE(bySa.attributes.value(QStringLiteral("on_behalf_of")),
             QStringLiteral("system:serviceaccount:ops:admin"));
}

void TestK8sAuditParser::attackTracesAreSearchable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("role binding") << "create_clusterrolebinding.json"
                                  << "role_ref"
                                  << "system:basic-user";
    QTest::newRow("wildcard resources") << "create_cluster_role_wildcard_resources.json"
                                        << "rule_resources"
                                        << "*";
    QTest::newRow("write verbs") << "create_cluster_role_write_privileges.json"
                                 << "rule_verbs"
                                 << "delete";
    QTest::newRow("host network") << "create_nginx_pod_hostnetwork.json"
                                  << "host_network"
                                  << "true";
    QTest::newRow("privileged 2nd container") << "create_nginx_pod_privileged_2nd_container.json"
                                              << "privileged"
                                              << "true";
    QTest::newRow("sensitive mount") << "create_nginx_pod_sensitive_mount_2nd_container.json"
                                     << "host_path"
                                     << "/etc";
    QTest::newRow("deployment image") << "create_deployment.json"
                                      << "image"
                                      << "nginx";
    QTest::newRow("service type") << "create_service.json"
                                  << "service_type"
                                  << "ClusterIP";
    QTest::newRow("exec command") << "exec_pod.json"
                                  << "command"
                                  << "bash";
    QTest::newRow("source address") << "create_service.json"
                                    << "source_ip"
                                    << "192.168.99.1";
}

void TestK8sAuditParser::attackTracesAreSearchable()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const Event event = only(sample(file));
    const QStringList items = event.attributes.value(key).split(EventAttributes::kItemSeparator);
    QVERIFY2(
        items.contains(value) || items.contains(value + QStringLiteral(":latest")),
        qPrintable(QStringLiteral("%1 = %2; all: %3")
                       .arg(key, event.attributes.value(key), QString::fromUtf8(event.attributes.toJson()))));
}

void TestK8sAuditParser::actorTypes_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("type");
    QTest::newRow("controller") << "system:serviceaccount:kube-system:replicaset-controller"
                                << int(ActorType::System);
    QTest::newRow("workload") << "system:serviceaccount:payments:refund-bot" << int(ActorType::Agent);
    QTest::newRow("node") << "system:node:ip-10-0-0-1" << int(ActorType::System);
    QTest::newRow("scheduler") << "system:kube-scheduler" << int(ActorType::System);
    QTest::newRow("person") << "alice@example.com" << int(ActorType::Human);
    QTest::newRow("anonymous") << "system:anonymous" << int(ActorType::Unknown);
}

void TestK8sAuditParser::actorTypes()
{
    QFETCH(QString, username);
    QFETCH(int, type);
    const Event event = only(edited(QStringLiteral("create_pod_kube_system_namespace.json"),
                                    "system:serviceaccount:kube-system:replicaset-controller",
                                    username.toUtf8()));
    QCOMPARE(int(event.actorType), type);
    QCOMPARE(event.actsLikeAgent(), type == int(ActorType::Agent));
}

void TestK8sAuditParser::deniedAndFailed_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("outcome");
    QTest::newRow("403") << QByteArray(R"("code":201)") << QByteArray(R"("code":403)")
                         << int(EventOutcome::Denied);
    QTest::newRow("forbid") << QByteArray(R"("authorization.k8s.io/decision":"allow")")
                            << QByteArray(R"("authorization.k8s.io/decision":"forbid")")
                            << int(EventOutcome::Denied);
    QTest::newRow("409") << QByteArray(R"("code":201)") << QByteArray(R"("code":409)")
                         << int(EventOutcome::Failure);
}

void TestK8sAuditParser::deniedAndFailed()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, outcome);
    const Event event = only(edited(QStringLiteral("anonymous_creates_namespace_foo.json"), from, to));
    QCOMPARE(int(event.outcome), outcome);
}

void TestK8sAuditParser::eventList()
{
    const QByteArray list = "{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v1\",\"items\":[" +
                            sample(QStringLiteral("exec_pod.json")) + ",{\"kind\":\"Event\"}," +
                            sample(QStringLiteral("attach_pod.json")) + "]}";
    const ParsedRecord parsed = parse(list);
    QCOMPARE(parsed.events.size(), 2);
    QCOMPARE(parsed.rejected.size(), 1);
    QVERIFY(parsed.rejected.first().reason.contains(QStringLiteral("auditID")));
}

void TestK8sAuditParser::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("falco's garbage event") << QByteArray(R"({"kind": 0})") << QStringLiteral("kind");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("JSON object");
    QTest::newRow("no time") << QByteArray(R"({"kind":"Event","auditID":"a","verb":"get"})")
                             << QStringLiteral("no time");
    QTest::newRow("verb of the wrong type")
        << QByteArray(R"({"kind":"Event","auditID":"a","verb":["get"],"timestamp":"2020-01-01T00:00:00Z"})")
        << QStringLiteral("verb");
    QTest::newRow("truncated") << sample(QStringLiteral("exec_pod.json")).left(100)
                               << QStringLiteral("not JSON");
}

void TestK8sAuditParser::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const ParsedRecord parsed = parse(json);
    QVERIFY(parsed.events.isEmpty());
    QCOMPARE(parsed.rejected.size(), 1);
    QVERIFY2(parsed.rejected.first().reason.contains(reason), qPrintable(parsed.rejected.first().reason));
}

QTEST_GUILESS_MAIN(TestK8sAuditParser)
#include "tst_k8sauditparser.moc"

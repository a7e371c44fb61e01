// SPDX-License-Identifier: Apache-2.0
#include "inventory/inventoryrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestInventoryRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void principalsFromRealKubernetesAudit();
    void roleArnsFromRealCloudTrail();
    void principalForms_data();
    void principalForms();
    void parsesPrincipal();
    void refusesDuplicatesAndTooMany();
    void tags_data();
    void tags();
    void textLimits();
    void ownerFields();
};

void TestInventoryRules::principalsFromRealKubernetesAudit()
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/k8s-audit-create-pod.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject event = QJsonDocument::fromJson(file.readAll()).object();
    const QString username =
        event.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString();
    QCOMPARE(username, QStringLiteral("system:serviceaccount:kube-system:replicaset-controller"));
    const Status status = InventoryRules::principal({PrincipalKind::KubernetesServiceAccount, username});
    QVERIFY2(status, status ? "" : qPrintable(status.error().message));
}

void TestInventoryRules::roleArnsFromRealCloudTrail()
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/cloudtrail-plaso.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression arn(
        QStringLiteral("arn:aws:iam::[0-9]{12}:(role|user)/[A-Za-z0-9+=,.@_/-]+"));
    int roles = 0;
    int users = 0;
    for (auto it = arn.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const bool isRole = match.captured(1) == QStringLiteral("role");
        const Status status = InventoryRules::principal({PrincipalKind::AwsRole, match.captured(0)});
        // A role can be an agent's principal; a long-lived IAM user is a different kind of identity.
        QCOMPARE(status.ok(), isRole);
        isRole ? ++roles : ++users;
    }
    QVERIFY(roles > 0);
    QVERIFY(users > 0);
}

void TestInventoryRules::principalForms_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    const int aws = static_cast<int>(PrincipalKind::AwsRole);
    const int k8s = static_cast<int>(PrincipalKind::KubernetesServiceAccount);
    const int otel = static_cast<int>(PrincipalKind::OtelAgentId);
    QTest::newRow("role with path") << aws << QStringLiteral("arn:aws:iam::123456789012:role/agents/refunds")
                                    << true;
    QTest::newRow("gov partition") << aws << QStringLiteral("arn:aws-us-gov:iam::123456789012:role/x")
                                   << true;
    QTest::newRow("short account") << aws << QStringLiteral("arn:aws:iam::1234:role/x") << false;
    QTest::newRow("s3 arn") << aws << QStringLiteral("arn:aws:s3:::bucket") << false;
    QTest::newRow("service account") << k8s << QStringLiteral("system:serviceaccount:payments:refund-bot")
                                     << true;
    QTest::newRow("user, not sa") << k8s << QStringLiteral("system:node:worker-1") << false;
    QTest::newRow("upper-case ns") << k8s << QStringLiteral("system:serviceaccount:Payments:bot") << false;
    QTest::newRow("otel id") << otel << QStringLiteral("asst_5f2a") << true;
    QTest::newRow("otel padded") << otel << QStringLiteral(" asst ") << false;
    QTest::newRow("empty") << otel << QString() << false;
    QTest::newRow("control char") << otel << QStringLiteral("a\nb") << false;
    QTest::newRow("huge") << otel << QString(513, QLatin1Char('a')) << false;
}

void TestInventoryRules::principalForms()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(InventoryRules::principal({static_cast<PrincipalKind>(kind), value}).ok(), valid);
}

void TestInventoryRules::parsesPrincipal()
{
    auto parsed = InventoryRules::parsePrincipal(QStringLiteral("k8s-sa=system:serviceaccount:a:b"));
    QVERIFY(parsed);
    QCOMPARE(parsed->kind, PrincipalKind::KubernetesServiceAccount);
    QCOMPARE(InventoryRules::formatPrincipal(parsed.value()),
             QStringLiteral("k8s-sa=system:serviceaccount:a:b"));
    auto noKind = InventoryRules::parsePrincipal(QStringLiteral("system:serviceaccount:a:b"));
    QVERIFY(!noKind);
    QVERIFY(noKind.error().message.contains(QStringLiteral("KIND=VALUE")));
    auto badKind = InventoryRules::parsePrincipal(QStringLiteral("gcp=sa@x"));
    QVERIFY(!badKind);
    QVERIFY(badKind.error().message.contains(QStringLiteral("aws-role, k8s-sa, otel-agent-id")));
}

void TestInventoryRules::refusesDuplicatesAndTooMany()
{
    const Principal p{PrincipalKind::OtelAgentId, QStringLiteral("x")};
    QVERIFY(!InventoryRules::principals({p, p}));
    QList<Principal> many;
    for (int i = 0; i <= InventoryRules::kMaxPrincipals; ++i) {
        many.append({PrincipalKind::OtelAgentId, QString::number(i)});
    }
    QVERIFY(!InventoryRules::principals(many));
    many.removeLast();
    QVERIFY(InventoryRules::principals(many));
}

void TestInventoryRules::tags_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << QStringList{QStringLiteral("pci"), QStringLiteral("cost-center:42")} << true;
    QTest::newRow("upper") << QStringList{QStringLiteral("PCI")} << false;
    QTest::newRow("space") << QStringList{QStringLiteral("a b")} << false;
    QTest::newRow("duplicate") << QStringList{QStringLiteral("a"), QStringLiteral("a")} << false;
    QTest::newRow("long") << QStringList{QString(33, QLatin1Char('a'))} << false;
    QStringList many;
    for (int i = 0; i <= InventoryRules::kMaxTags; ++i) {
        many << QStringLiteral("t%1").arg(i);
    }
    QTest::newRow("too many") << many << false;
}

void TestInventoryRules::tags()
{
    QFETCH(QStringList, tags);
    QFETCH(bool, valid);
    QCOMPARE(InventoryRules::tags(tags).ok(), valid);
}

void TestInventoryRules::textLimits()
{
    const QString megabyte(1024 * 1024, QLatin1Char('x'));
    const Status purpose = InventoryRules::purpose(megabyte);
    QVERIFY(!purpose);
    QVERIFY2(purpose.error().message.contains(QStringLiteral("1,048,576")),
             qPrintable(purpose.error().message));
    QVERIFY(InventoryRules::purpose(QStringLiteral("Line one\nline two")));
    QVERIFY(!InventoryRules::purpose(QStringLiteral("   ")));
    QVERIFY(!InventoryRules::displayName(QStringLiteral("bell\a")));
    QVERIFY(!InventoryRules::displayName(QStringLiteral("two\nlines")));
    QVERIFY(InventoryRules::framework(QString()));
    QVERIFY(!InventoryRules::model(QString(81, QLatin1Char('m'))));
}

void TestInventoryRules::ownerFields()
{
    QVERIFY(InventoryRules::ownerEmail(QStringLiteral("ann@example.com")));
    QVERIFY(!InventoryRules::ownerEmail(QStringLiteral("ann@")));
    QVERIFY(!InventoryRules::ownerEmail(QStringLiteral("ann example.com")));
    QVERIFY(!InventoryRules::ownerName(QString()));
    QVERIFY(!InventoryRules::ownerTeam(QString(81, QLatin1Char('t'))));
}

QTEST_APPLESS_MAIN(TestInventoryRules)
#include "tst_inventoryrules.moc"

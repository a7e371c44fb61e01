// SPDX-License-Identifier: Apache-2.0
#include "inventory/agentjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

class TestAgentJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsSurviveEscaping_data();
    void stringsSurviveEscaping();
    void shapeAndNulls();
    void timesAreUtcWithMilliseconds();
};

void TestAgentJson::stringsSurviveEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Matches invoices");
    QTest::newRow("quotes and backslashes") << QStringLiteral("say \"hi\" to C:\\agents\\");
    QTest::newRow("newlines and tabs") << QStringLiteral("line one\nline two\tend\r");
    QTest::newRow("control characters") << QStringLiteral("bell") + QChar(7) + QChar(0x1f) + QChar(0);
    QTest::newRow("non-ASCII") << QStringLiteral("Fernández — 支付 \"quoted\"\n");
    QTest::newRow("emoji") << QStringLiteral("agent \U0001F916");
    QTest::newRow("empty") << QString();
}

void TestAgentJson::stringsSurviveEscaping()
{
    QFETCH(QString, text);
    Agent agent;
    agent.name = QStringLiteral("a");
    agent.purpose = text;
    agent.tags = {text};
    QByteArray json;
    AgentJson::appendAgent(json, agent);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QStringLiteral("purpose")).toString(), text);
    QCOMPARE(object.value(QStringLiteral("tags")).toArray().at(0).toString(), text);
    // Raw control bytes never reach the output.
    for (const char c : json) {
        QVERIFY(static_cast<unsigned char>(c) >= 0x20);
    }
}

void TestAgentJson::shapeAndNulls()
{
    Agent shadow;
    shadow.name = QStringLiteral("found");
    shadow.status = AgentStatus::Shadow;
    shadow.principals = {
        {PrincipalKind::KubernetesServiceAccount, QStringLiteral("system:serviceaccount:a:b")}};
    const QJsonObject object = AgentJson::agent(shadow);
    QVERIFY(object.value(QStringLiteral("owner")).isNull());
    QVERIFY(object.value(QStringLiteral("last_seen_at")).isNull());
    QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("shadow"));
    QCOMPARE(object.value(QStringLiteral("principals"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("k8s-sa"));
    QCOMPARE(object.keys().size(), 15);
}

void TestAgentJson::timesAreUtcWithMilliseconds()
{
    Agent agent;
    agent.createdAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), QTimeZone(3600));
    const QJsonObject object = AgentJson::agent(agent);
    QCOMPARE(object.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2026-03-04T04:06:07.089Z"));
    QCOMPARE(object.value(QStringLiteral("created_at")).toString(), AgentJson::timestamp(agent.createdAt));
}

QTEST_APPLESS_MAIN(TestAgentJson)
#include "tst_agentjson.moc"

// SPDX-License-Identifier: Apache-2.0
#include "activity/connectormanager.h"
#include "activity/connectorservice.h"
#include "activity/otlpreceiver.h"
#include "activitysamples.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TestConnectorRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void followsFilesWhileRunning();
    void receiverStoresWhatIsPosted();
    void failureIsReportedAndKept();
    void disablingStopsIt();

private:
    qint64 events();
    std::unique_ptr<TestWorkspace> m_test;
};

namespace {
const QString kData = QStringLiteral(STEWARD_TEST_DATA_DIR "/activity");

QByteArray k8sLines(const QByteArray& prefix, int from, int to)
{
    return k8sAuditLines(prefix, from, to);
}

void append(const QString& path, const QByteArray& bytes)
{
    QVERIFY(appendToFile(path, bytes));
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

void TestConnectorRunner::init()
{
    m_test = std::make_unique<TestWorkspace>();
}

qint64 TestConnectorRunner::events()
{
    return m_test->workspace().events().count({}).value();
}

void TestConnectorRunner::followsFilesWhileRunning()
{
    const QString logs = m_test->dir() + QStringLiteral("/logs");
    QVERIFY(QDir().mkpath(logs));
    const QString path = logs + QStringLiteral("/audit.log");
    append(path, k8sLines("a-", 0, 5));
    QVERIFY(ConnectorService(m_test->workspace())
                .add(QStringLiteral("audit"),
                     QStringLiteral("k8s"),
                     QJsonObject{{QStringLiteral("path"), logs}}));
    ConnectorManager manager(m_test->workspace());
    QSignalSpy stored(&manager, &ConnectorManager::stored);
    manager.sync();
    const qint64 id = m_test->workspace().connectors().byName(QStringLiteral("audit"))->id;
    QVERIFY(manager.runner(id));
    QCOMPARE(manager.runner(id)->state(), ConnectorRunner::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(events(), 5, 10000);
    // Written while it runs, then rotated with lines still unread: all of them, once.
    append(path, k8sLines("a-", 5, 9));
    QTRY_COMPARE_WITH_TIMEOUT(events(), 9, 10000);
    append(path, k8sLines("a-", 9, 12));
    QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
    append(path, k8sLines("b-", 0, 3));
    QTRY_COMPARE_WITH_TIMEOUT(events(), 15, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(manager.storedTotal(), 15, 10000);
    manager.stopAll();
    QVERIFY(!manager.runner(id));
    const Connector after = m_test->workspace().connectors().byId(id).value();
    QCOMPARE(after.counts.stored, 15);
    QCOMPARE(after.counts.duplicates, 0);
    QVERIFY(after.counts.balanced());
}

void TestConnectorRunner::receiverStoresWhatIsPosted()
{
    const quint16 port = freePort();
    ConnectorService service(m_test->workspace());
    QVERIFY(service.add(QStringLiteral("otlp-in"),
                        QStringLiteral("otlp"),
                        QJsonObject{{QStringLiteral("receiver"), true}, {QStringLiteral("port"), port}}));
    const QString token = service.rotateToken(QStringLiteral("otlp-in")).value();
    ConnectorManager manager(m_test->workspace());
    manager.sync();
    const qint64 id = m_test->workspace().connectors().byName(QStringLiteral("otlp-in"))->id;
    QFile sample(kData + QStringLiteral("/otel/otlp-trace.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray body = sample.readAll();
    QNetworkAccessManager network;
    int status = 0;
    // The receiver listens once its thread is up.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/traces").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            QNetworkReply* reply = network.post(request, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status == 200;
        }(),
        10000);
    QVERIFY(events() > 0);
    QCOMPARE(manager.runner(id)->state(), ConnectorRunner::State::Running);
    manager.stopAll();
}

void TestConnectorRunner::failureIsReportedAndKept()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    QVERIFY(ConnectorService(m_test->workspace())
                .add(QStringLiteral("busy"),
                     QStringLiteral("otlp"),
                     QJsonObject{{QStringLiteral("receiver"), true},
                                 {QStringLiteral("port"), taken.serverPort()}}));
    QVERIFY(ConnectorService(m_test->workspace()).rotateToken(QStringLiteral("busy")));
    ConnectorManager manager(m_test->workspace());
    manager.sync();
    const qint64 id = m_test->workspace().connectors().byName(QStringLiteral("busy"))->id;
    QTRY_COMPARE_WITH_TIMEOUT(manager.runner(id)->state(), ConnectorRunner::State::Failed, 10000);
    QVERIFY2(manager.runner(id)->message().contains(QString::number(taken.serverPort())),
             qPrintable(manager.runner(id)->message()));
    QCOMPARE(m_test->workspace().connectors().byId(id)->lastError, manager.runner(id)->message());
    // Started again once the port is free.
    const quint16 port = taken.serverPort();
    taken.close();
    QVERIFY(QTcpServer().listen(QHostAddress::LocalHost, port)); // free now
    manager.runner(id)->start();
    QTRY_COMPARE_WITH_TIMEOUT(manager.runner(id)->state(), ConnectorRunner::State::Running, 10000);
    QTest::qWait(300);
    QVERIFY2(manager.runner(id)->state() == ConnectorRunner::State::Running,
             qPrintable(manager.runner(id)->message()));
}

void TestConnectorRunner::disablingStopsIt()
{
    const QString path = m_test->dir() + QStringLiteral("/a.log");
    append(path, k8sLines("a-", 0, 2));
    ConnectorService service(m_test->workspace());
    QVERIFY(
        service.add(QStringLiteral("a"), QStringLiteral("k8s"), QJsonObject{{QStringLiteral("path"), path}}));
    ConnectorManager manager(m_test->workspace());
    QSignalSpy changed(&manager, &ConnectorManager::stateChanged);
    manager.sync();
    const qint64 id = m_test->workspace().connectors().byName(QStringLiteral("a"))->id;
    QVERIFY(manager.runner(id));
    QTRY_COMPARE_WITH_TIMEOUT(events(), 2, 10000);
    QVERIFY(service.setEnabled(QStringLiteral("a"), false));
    manager.sync();
    QVERIFY(!manager.runner(id));
    append(path, k8sLines("a-", 2, 4));
    QTest::qWait(1500);
    QCOMPARE(events(), 2); // nothing read while disabled
    QVERIFY(service.setEnabled(QStringLiteral("a"), true));
    manager.sync();
    QTRY_COMPARE_WITH_TIMEOUT(events(), 4, 10000);
}

QTEST_MAIN(TestConnectorRunner)
#include "tst_connectorrunner.moc"

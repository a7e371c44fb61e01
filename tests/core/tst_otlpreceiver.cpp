// SPDX-License-Identifier: Apache-2.0
#include "activity/connectorservice.h"
#include "activity/otlpreceiver.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <zlib.h>

class TestOtlpReceiver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validPostIsStored();
    void unauthenticatedRefused_data();
    void unauthenticatedRefused();
    void oversizedRefused();
    void gzipBodies();
    void badRequests_data();
    void badRequests();
    void slowClientTimedOut();
    void pythonClient();
    void tokenKeptOnlyAsDigest();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };
    Reply post(const QByteArray& body,
               const QByteArray& token,
               const QByteArray& type = "application/json",
               const QByteArray& encoding = {},
               const QString& path = QStringLiteral("/v1/traces"));
    QByteArray sample() const;

    std::unique_ptr<TestWorkspace> m_test;
    std::unique_ptr<OtlpReceiver> m_receiver;
    QNetworkAccessManager m_network;
    QString m_token;
};

void TestOtlpReceiver::init()
{
    m_test = std::make_unique<TestWorkspace>();
    ConnectorService connectors(m_test->workspace());
    QVERIFY(connectors.ensure(QStringLiteral("otlp-receiver"), QStringLiteral("otlp"), {}));
    m_token = connectors.rotateToken(QStringLiteral("otlp-receiver")).value();
    OtlpReceiver::Options options;
    options.port = 0; // any free port
    options.maxBodyBytes = 64 * 1024;
    options.timeoutMs = 400;
    m_receiver = std::make_unique<OtlpReceiver>(
        m_test->workspace(),
        m_test->workspace().connectors().byName(QStringLiteral("otlp-receiver")).value(),
        options);
    QVERIFY(m_receiver->listen());
}

void TestOtlpReceiver::cleanup()
{
    m_receiver.reset();
    m_test.reset();
}

QByteArray TestOtlpReceiver::sample() const
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/otel/otlp-trace.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("no sample");
    }
    return file.readAll();
}

TestOtlpReceiver::Reply TestOtlpReceiver::post(const QByteArray& body,
                                               const QByteArray& token,
                                               const QByteArray& type,
                                               const QByteArray& encoding,
                                               const QString& path)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_receiver->port()).arg(path)));
    request.setRawHeader("Content-Type", type);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    if (!encoding.isEmpty()) {
        request.setRawHeader("Content-Encoding", encoding);
    }
    QNetworkReply* reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000)) {
        qWarning("no reply");
    }
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return out;
}

void TestOtlpReceiver::validPostIsStored()
{
    const Reply reply = post(sample(), m_token.toLatin1());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("partialSuccess"));
    QCOMPARE(m_test->workspace().events().count({}).value(), 1);
    auto stored = m_test->workspace().connectors().byName(QStringLiteral("otlp-receiver")).value();
    QCOMPARE(stored.counts.stored, 1);
    // The same spans again: acknowledged, stored once.
    QCOMPARE(post(sample(), m_token.toLatin1()).status, 200);
    QCOMPARE(m_test->workspace().events().count({}).value(), 1);
    QCOMPARE(m_test->workspace().connectors().byName(QStringLiteral("otlp-receiver"))->counts.duplicates, 1);
}

void TestOtlpReceiver::unauthenticatedRefused_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong") << QByteArray("not-the-token");
}

void TestOtlpReceiver::unauthenticatedRefused()
{
    QFETCH(QByteArray, token);
    const Reply reply = post(sample(), token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(m_test->workspace().events().count({}).value(), 0);
}

void TestOtlpReceiver::oversizedRefused()
{
    QByteArray big = sample();
    big.append(QByteArray(70 * 1024, ' '));
    QCOMPARE(post(big, m_token.toLatin1()).status, 413);
    // A small gzip body that expands past the limit is refused too.
    QByteArray bomb(1024 * 1024, ' ');
    bomb.prepend(sample());
    uLongf size = compressBound(static_cast<uLong>(bomb.size())) + 64;
    QByteArray packed;
    {
        z_stream stream{};
        deflateInit2(&stream, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        packed.resize(static_cast<qsizetype>(size));
        stream.next_in = reinterpret_cast<Bytef*>(bomb.data());
        stream.avail_in = static_cast<uInt>(bomb.size());
        stream.next_out = reinterpret_cast<Bytef*>(packed.data());
        stream.avail_out = static_cast<uInt>(packed.size());
        deflate(&stream, Z_FINISH);
        packed.resize(static_cast<qsizetype>(stream.total_out));
        deflateEnd(&stream);
    }
    QVERIFY(packed.size() < 64 * 1024);
    QCOMPARE(post(packed, m_token.toLatin1(), "application/json", "gzip").status, 413);
    QCOMPARE(m_test->workspace().events().count({}).value(), 0);
}

void TestOtlpReceiver::gzipBodies()
{
    QByteArray packed;
    {
        const QByteArray plain = sample();
        z_stream stream{};
        deflateInit2(&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        packed.resize(plain.size() + 256);
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.constData()));
        stream.avail_in = static_cast<uInt>(plain.size());
        stream.next_out = reinterpret_cast<Bytef*>(packed.data());
        stream.avail_out = static_cast<uInt>(packed.size());
        deflate(&stream, Z_FINISH);
        packed.resize(static_cast<qsizetype>(stream.total_out));
        deflateEnd(&stream);
    }
    QCOMPARE(post(packed, m_token.toLatin1(), "application/json", "gzip").status, 200);
    QCOMPARE(m_test->workspace().events().count({}).value(), 1);
    QCOMPARE(post(packed.left(packed.size() / 2), m_token.toLatin1(), "application/json", "gzip").status,
             400);
}

void TestOtlpReceiver::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("protobuf") << QByteArray("\x0a\x00", 2) << QByteArray("application/x-protobuf")
                              << "/v1/traces" << 415;
    QTest::newRow("logs path") << QByteArray("{}") << QByteArray("application/json") << "/v1/logs" << 404;
    QTest::newRow("not JSON") << QByteArray("{\"resourceSpans\":[") << QByteArray("application/json")
                              << "/v1/traces" << 400;
    QTest::newRow("not traces") << QByteArray("{\"resourceLogs\":[]}") << QByteArray("application/json")
                                << "/v1/traces" << 400;
}

void TestOtlpReceiver::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(QString, path);
    QFETCH(int, status);
    const Reply reply = post(body, m_token.toLatin1(), type, {}, path);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.body.contains("\"message\""));
    if (status == 400) {
        // What could not be read is kept, with its reason, for a look and a re-ingest.
        auto kept = m_test->workspace().connectors().quarantined(0, true, 10).value();
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.first().location.contains(QStringLiteral("/v1/traces")));
    }
}

void TestOtlpReceiver::slowClientTimedOut()
{
    QTcpSocket socket;
    // The receiver runs on this thread: the test waits with the event loop turning, never blocked.
    socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 5000);
    socket.write("POST /v1/traces HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 m_token.toLatin1() + "\r\n");
    socket.flush();
    // ...and nothing more. The receiver answers 408 and closes within its timeout.
    QElapsedTimer timer;
    timer.start();
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        QTest::qWait(20);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    QVERIFY(timer.elapsed() < 3000);
}

void TestOtlpReceiver::pythonClient()
{
    // An independent HTTP client: Python's urllib posting gzip, as the collector does by default.
    const QString script = QStringLiteral(R"PY(
import gzip, sys, urllib.request
port, token, path = sys.argv[1], sys.argv[2], sys.argv[3]
body = gzip.compress(open(path, 'rb').read())
request = urllib.request.Request('http://127.0.0.1:%s/v1/traces' % port, data=body, method='POST',
    headers={'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Authorization': 'Bearer ' + token})
print(urllib.request.urlopen(request, timeout=10).status)
)PY");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  script,
                  QString::number(m_receiver->port()),
                  m_token,
                  QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/otel/otlp-trace.json")});
    QVERIFY(python.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (python.state() != QProcess::NotRunning && timer.elapsed() < 20000) {
        QTest::qWait(20); // the receiver answers from this thread's event loop
    }
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray("200"));
    QCOMPARE(m_test->workspace().events().count({}).value(), 1);
}

void TestOtlpReceiver::tokenKeptOnlyAsDigest()
{
    const QString snapshot = TestWorkspace::snapshot(m_test->workspace());
    QVERIFY(!snapshot.contains(m_token));
    QVERIFY(snapshot.contains(OtlpReceiver::tokenDigest(m_token)));
    QCOMPARE(m_token.size(), 43); // 32 random bytes
}

QTEST_GUILESS_MAIN(TestOtlpReceiver)
#include "tst_otlpreceiver.moc"

// SPDX-License-Identifier: Apache-2.0
#include "activity/connectorservice.h"
#include "activity/otlpreceiver.h"
#include "identity/identityservice.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
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
    void clientCertificatesOverTls();
    void tlsKeyMustBeOwnerOnly();
    void wrongCredentialsRefusedAtOnce_data();
    void wrongCredentialsRefusedAtOnce();
    void unauthenticatedCutOffSooner();
    void overLimitAnswered503();
    void bytesInFlightBounded();
    void floodOfSlowClients();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
    };
    Reply post(const QByteArray& body,
               const QByteArray& token,
               const QByteArray& type = "application/json",
               const QByteArray& encoding = {},
               const QString& path = QStringLiteral("/v1/traces"));
    // As a well-behaved client does: a 503 is tried again after its Retry-After.
    Reply postRetrying(const QByteArray& body, int attempts);
    QByteArray sample() const;
    // A fresh receiver on the fixture's connector, with the options a test needs.
    bool restart(const OtlpReceiver::Options& options);
    // A raw connection on loopback that has sent what it was given and was accepted.
    std::unique_ptr<QTcpSocket> connectRaw(const QByteArray& send = {});
    QByteArray requestHead(qint64 contentLength) const;
    // Serves TLS with a server certificate the openssl command made (trusted by the client through
    // server.pem); returns the folder holding the files.
    QString startTls();
    // Python's ssl and urllib as the client: "STATUS BODY", or "error ..." when no answer came.
    QByteArray pythonPost(const QString& cert, const QString& key, const QString& token);

    std::unique_ptr<TestWorkspace> m_test;
    std::unique_ptr<OtlpReceiver> m_receiver;
    OtlpReceiver::Options m_options;
    QNetworkAccessManager m_network;
    QString m_token;
};

void TestOtlpReceiver::init()
{
    m_test = std::make_unique<TestWorkspace>();
    ConnectorService connectors(m_test->workspace());
    QVERIFY(connectors.ensure(QStringLiteral("otlp-receiver"), QStringLiteral("otlp"), {}));
    m_token = connectors.rotateToken(QStringLiteral("otlp-receiver")).value();
    m_options = OtlpReceiver::Options{};
    m_options.port = 0; // any free port
    m_options.maxBodyBytes = 64 * 1024;
    m_options.timeoutMs = 400;
    QVERIFY(restart(m_options));
}

bool TestOtlpReceiver::restart(const OtlpReceiver::Options& options)
{
    m_receiver.reset(); // its port is free again before the next listens
    m_receiver = std::make_unique<OtlpReceiver>(
        m_test->workspace(),
        m_test->workspace().connectors().byName(QStringLiteral("otlp-receiver")).value(),
        options);
    return static_cast<bool>(m_receiver->listen());
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
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
              reply->readAll(),
              reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return out;
}

TestOtlpReceiver::Reply TestOtlpReceiver::postRetrying(const QByteArray& body, int attempts)
{
    Reply reply;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        reply = post(body, m_token.toLatin1());
        if (reply.status != 503) {
            break;
        }
        QTest::qWait(reply.retryAfter.toInt() * 1000);
    }
    return reply;
}

std::unique_ptr<QTcpSocket> TestOtlpReceiver::connectRaw(const QByteArray& send)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_receiver->port());
    // The receiver runs on this thread: the test waits with the event loop turning, never blocked.
    QElapsedTimer timer;
    timer.start();
    // Until connected, not while: an answer at once may already have closed it again.
    while ((socket->state() == QAbstractSocket::HostLookupState ||
            socket->state() == QAbstractSocket::ConnectingState) &&
           timer.elapsed() < 5000) {
        QTest::qWait(5);
    }
    if (!send.isEmpty()) {
        socket->write(send);
        socket->flush();
    }
    QTest::qWait(20); // accepted, and what was sent read, in the order the test opened them
    return socket;
}

QByteArray TestOtlpReceiver::requestHead(qint64 contentLength) const
{
    return "POST /v1/traces HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Authorization: Bearer " +
           m_token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
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

namespace {

int openssl(const QStringList& args, const QString& dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), args);
    process.waitForFinished(30000);
    if (process.exitCode() != 0) {
        qWarning("openssl: %s", process.readAll().constData());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QStringList words(const char* line)
{
    return QString::fromLatin1(line).split(QLatin1Char(' '));
}

} // namespace

QString TestOtlpReceiver::startTls()
{
    const QString dir = m_test->dir();
    if (openssl(
            words("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out "
                  "server.pem -days 2 -subj /CN=localhost -addext subjectAltName=IP:127.0.0.1,DNS:localhost"),
            dir) != 0) {
        return {};
    }
    QFile::setPermissions(dir + QStringLiteral("/server.key"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ConnectorService connectors(m_test->workspace());
    auto updated = connectors.updateSettings(
        QStringLiteral("otlp-receiver"),
        QJsonObject{{QStringLiteral("tls_cert"), QString(dir + QStringLiteral("/server.pem"))},
                    {QStringLiteral("tls_key"), QString(dir + QStringLiteral("/server.key"))}});
    if (!updated) {
        qWarning("%s", qPrintable(updated.error().message));
        return {};
    }
    OtlpReceiver::Options options;
    options.port = 0;
    options.timeoutMs = 5000;
    m_receiver = std::make_unique<OtlpReceiver>(m_test->workspace(), updated.value(), options);
    if (Status listening = m_receiver->listen(); !listening) {
        qWarning("%s", qPrintable(listening.error().message));
        return {};
    }
    return dir;
}

QByteArray TestOtlpReceiver::pythonPost(const QString& cert, const QString& key, const QString& token)
{
    const QString script = QStringLiteral(R"PY(
import ssl, sys, urllib.request, urllib.error
port, cafile, cert, key, token, path = sys.argv[1:7]
context = ssl.create_default_context(cafile=cafile)
if cert != '-':
    context.load_cert_chain(cert, key)
headers = {'Content-Type': 'application/json'}
if token != '-':
    headers['Authorization'] = 'Bearer ' + token
request = urllib.request.Request('https://127.0.0.1:%s/v1/traces' % port, data=open(path, 'rb').read(),
                                 method='POST', headers=headers)
try:
    reply = urllib.request.urlopen(request, timeout=10, context=context)
    print(reply.status, reply.read().decode())
except urllib.error.HTTPError as e:
    print(e.code, e.read().decode())
except Exception as e:
    print('error', e)
)PY");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  script,
                  QString::number(m_receiver->port()),
                  m_test->dir() + QStringLiteral("/server.pem"),
                  cert.isEmpty() ? QStringLiteral("-") : cert,
                  key.isEmpty() ? QStringLiteral("-") : key,
                  token.isEmpty() ? QStringLiteral("-") : token,
                  QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/otel/otlp-trace.json")});
    python.waitForStarted();
    QElapsedTimer timer;
    timer.start();
    while (python.state() != QProcess::NotRunning && timer.elapsed() < 20000) {
        QTest::qWait(20); // the receiver answers from this thread's event loop
    }
    return python.readAllStandardOutput().trimmed() + python.readAllStandardError().trimmed();
}

void TestOtlpReceiver::clientCertificatesOverTls()
{
    const QString dir = startTls();
    QVERIFY(!dir.isEmpty());
    QVERIFY(m_receiver->usesTls());

    // An agent with an X.509-SVID from the workspace CA; its key and CSR made by the openssl command.
    const Owner owner = m_test->addOwner();
    const Agent collector = m_test->addAgent(QStringLiteral("trace-collector"), owner.id);
    IdentityService identity(m_test->workspace());
    QVERIFY(identity.initCertificateAuthority("ca passphrase"));
    QCOMPARE(openssl(words("genpkey -algorithm ed25519 -out agent.key"), dir), 0);
    QCOMPARE(openssl(QStringList{QStringLiteral("req"),
                                 QStringLiteral("-new"),
                                 QStringLiteral("-key"),
                                 QStringLiteral("agent.key"),
                                 QStringLiteral("-subj"),
                                 QStringLiteral("/CN=trace-collector"),
                                 QStringLiteral("-addext"),
                                 QStringLiteral("subjectAltName=URI:") + collector.spiffeId,
                                 QStringLiteral("-out"),
                                 QStringLiteral("agent.csr")},
                     dir),
             0);
    QFile csr(dir + QStringLiteral("/agent.csr"));
    QVERIFY(csr.open(QIODevice::ReadOnly));
    // Valid from the workspace's clock: the receiver judges it by that clock too.
    auto svid =
        identity.issueSvid(QStringLiteral("trace-collector"), csr.readAll(), 3600, false, "ca passphrase");
    QVERIFY2(svid, qPrintable(svid ? QString() : svid.error().message));
    QFile chain(dir + QStringLiteral("/agent.pem"));
    QVERIFY(chain.open(QIODevice::WriteOnly));
    chain.write(svid->toPem() + identity.chain()->intermediate.toPem());
    chain.close();
    const QString agentCert = dir + QStringLiteral("/agent.pem");
    const QString agentKey = dir + QStringLiteral("/agent.key");

    // The certificate alone is enough, and the spans say who sent them.
    QByteArray answer = pythonPost(agentCert, agentKey, {});
    QVERIFY2(answer.startsWith("200 "), answer.constData());
    QCOMPARE(m_test->workspace().events().count({}).value(), 1);
    // The token alone still works, over TLS.
    answer = pythonPost({}, {}, m_token);
    QVERIFY2(answer.startsWith("200 "), answer.constData());
    // Neither: refused, saying what would do.
    answer = pythonPost({}, {}, {});
    QVERIFY2(answer.startsWith("401 ") && answer.contains("client certificate issued by the workspace CA"),
             answer.constData());

    // A certificate for the same SPIFFE ID from a CA the workspace does not know: refused, even
    // with a valid token beside it.
    QCOMPARE(openssl(QStringList{QStringLiteral("req"),
                                 QStringLiteral("-x509"),
                                 QStringLiteral("-key"),
                                 QStringLiteral("agent.key"),
                                 QStringLiteral("-subj"),
                                 QStringLiteral("/CN=impostor"),
                                 QStringLiteral("-days"),
                                 QStringLiteral("2"),
                                 QStringLiteral("-addext"),
                                 QStringLiteral("subjectAltName=URI:") + collector.spiffeId,
                                 QStringLiteral("-addext"),
                                 QStringLiteral("extendedKeyUsage=clientAuth"),
                                 QStringLiteral("-out"),
                                 QStringLiteral("impostor.pem")},
                     dir),
             0);
    answer = pythonPost(dir + QStringLiteral("/impostor.pem"), agentKey, m_token);
    QVERIFY2(answer.startsWith("401 ") && answer.contains("not one this workspace issued"),
             answer.constData());

    // Revoked: refused at once, with the reason.
    QVERIFY(identity.revokeSvid(svid->serialHex(), QStringLiteral("key leaked")));
    answer = pythonPost(agentCert, agentKey, {});
    QVERIFY2(answer.startsWith("401 ") && answer.contains("revoked") && answer.contains("key leaked"),
             answer.constData());

    // Plain HTTP to the TLS port gets no answer.
    const Reply plain = post(sample(), m_token.toLatin1());
    QCOMPARE(plain.status, 0);
    QCOMPARE(m_test->workspace().events().count({}).value(), 1);
}

void TestOtlpReceiver::tlsKeyMustBeOwnerOnly()
{
    const QString dir = startTls();
    QVERIFY(!dir.isEmpty());
    m_receiver.reset();
    // Why a fresh receiver on the connector's settings will not listen.
    const auto refusal = [this]() {
        OtlpReceiver receiver(
            m_test->workspace(),
            m_test->workspace().connectors().byName(QStringLiteral("otlp-receiver")).value(),
            OtlpReceiver::Options{});
        const Status listening = receiver.listen();
        return listening ? QString() : listening.error().message;
    };
    QFile::setPermissions(dir + QStringLiteral("/server.key"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QString why = refusal();
    QVERIFY2(why.contains(QStringLiteral("chmod 600")), qPrintable(why));
    // A certificate file with no certificate in it.
    QFile::setPermissions(dir + QStringLiteral("/server.key"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile broken(dir + QStringLiteral("/server.pem"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a certificate\n");
    broken.close();
    why = refusal();
    QVERIFY2(why.contains(QStringLiteral("no PEM certificate")), qPrintable(why));
}

namespace {

// The receiver's answer on a raw connection, as soon as all of it has come; otherwise what came
// before the connection closed or the time ran out. The event loop turns meanwhile.
QByteArray answer(QTcpSocket& socket, int withinMs)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < withinMs) {
        out += socket.readAll();
        const qsizetype end = out.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = out.left(end).toLower();
            const qsizetype field = head.indexOf("\r\ncontent-length:");
            const qsizetype lineEnd = head.indexOf('\r', field + 2);
            const qint64 length =
                field < 0
                    ? 0
                    : head.mid(field + 17, lineEnd < 0 ? -1 : lineEnd - field - 17).trimmed().toLongLong();
            if (out.size() >= end + 4 + length) {
                return out;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState) {
            break;
        }
        QTest::qWait(5);
    }
    return out + socket.readAll();
}

// A body of the sample's spans padded with JSON whitespace to the size a test needs.
QByteArray padded(QByteArray body, qsizetype size)
{
    body.append(QByteArray(size - body.size(), ' '));
    return body;
}

// Clients that never authenticate, as an attacker holds them: each connects, starts a request
// without credentials and stalls; when answered or cut off it drops the connection and connects
// again at once.
class Flood final : public QObject
{
public:
    Flood(quint16 port, int connections)
        : m_port(port)
    {
        for (int i = 0; i < connections; ++i) {
            open();
        }
    }
    ~Flood() override
    {
        // No reconnecting while the sockets go.
        for (QTcpSocket* socket : findChildren<QTcpSocket*>()) {
            socket->disconnect(this);
        }
    }

    int connected() const
    {
        int count = 0;
        for (const QTcpSocket* socket : findChildren<QTcpSocket*>()) {
            count += socket->state() == QAbstractSocket::ConnectedState;
        }
        return count;
    }
    int answered(const QByteArray& status) const { return m_answers.value(status); }

private:
    void open()
    {
        auto* socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, [socket] {
            socket->write("POST /v1/traces HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray head = socket->readAll();
            if (head.startsWith("HTTP/1.1 ")) {
                ++m_answers[head.mid(9, 3)];
            }
            replace(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { replace(socket); });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }
    void replace(QTcpSocket* socket)
    {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        open();
    }

    quint16 m_port;
    QHash<QByteArray, int> m_answers;
};

} // namespace

void TestOtlpReceiver::wrongCredentialsRefusedAtOnce_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("wrong token") << QByteArray("Bearer not-the-token");
    QTest::newRow("not a bearer") << QByteArray("Basic dXNlcjpwYXNz");
}

void TestOtlpReceiver::wrongCredentialsRefusedAtOnce()
{
    QFETCH(QByteArray, authorization);
    // Both deadlines long: only judging the credentials on arrival answers in time.
    OtlpReceiver::Options options = m_options;
    options.timeoutMs = 5000;
    options.unauthenticatedTimeoutMs = 5000;
    QVERIFY(restart(options));
    QElapsedTimer timer;
    timer.start();
    auto socket =
        connectRaw("POST /v1/traces HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization + "\r\n");
    // ...and nothing more: the rest of the headers never come.
    const QByteArray reply = answer(*socket, 4000);
    QVERIFY2(reply.startsWith("HTTP/1.1 401"), reply.constData());
    QVERIFY(reply.contains("WWW-Authenticate: Bearer"));
    QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()).constData());
}

void TestOtlpReceiver::unauthenticatedCutOffSooner()
{
    OtlpReceiver::Options options = m_options;
    options.timeoutMs = 3000;
    options.unauthenticatedTimeoutMs = 300;
    QVERIFY(restart(options));
    const QByteArray body = sample();
    QElapsedTimer timer;
    timer.start();
    auto idle = connectRaw();
    auto slow = connectRaw(requestHead(body.size()) + body.left(body.size() / 2));

    // The client that sent nothing is cut off after the short deadline...
    const QByteArray cut = answer(*idle, 5000);
    QVERIFY2(cut.startsWith("HTTP/1.1 408"), cut.constData());
    QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 1500,
             QByteArray::number(timer.elapsed()).constData());
    // ...while the authenticated one, as slow, is still waited for past it.
    QTest::qWait(600);
    QCOMPARE(slow->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(slow->bytesAvailable(), 0);
    slow->write(body.mid(body.size() / 2));
    const QByteArray done = answer(*slow, 3000);
    QVERIFY2(done.startsWith("HTTP/1.1 200"), done.constData());
    QCOMPARE(m_test->workspace().events().count({}).value(), 1);
}

void TestOtlpReceiver::overLimitAnswered503()
{
    OtlpReceiver::Options options = m_options;
    options.maxClients = 4;
    options.unauthenticatedTimeoutMs = 400;
    options.timeoutMs = 3000;
    QVERIFY(restart(options));
    // Four served, four more waiting to show credentials: all idle.
    std::vector<std::unique_ptr<QTcpSocket>> served;
    std::vector<std::unique_ptr<QTcpSocket>> waiting;
    for (int i = 0; i < 4; ++i) {
        served.push_back(connectRaw());
    }
    for (int i = 0; i < 4; ++i) {
        waiting.push_back(connectRaw());
    }
    // One more is told at once to come back later, not reset.
    QElapsedTimer timer;
    timer.start();
    auto extra = connectRaw();
    const QByteArray refused = answer(*extra, 3000);
    QVERIFY2(refused.startsWith("HTTP/1.1 503 Service Unavailable"), refused.constData());
    QVERIFY(refused.contains("\r\nRetry-After: 1\r\n"));
    QVERIFY(refused.contains("\r\nConnection: close\r\n"));
    QVERIFY2(timer.elapsed() < 300, QByteArray::number(timer.elapsed()).constData());
    // The idle ones are cut off at the short deadline: those waiting for a place as busy.
    for (const auto& socket : served) {
        const QByteArray cut = answer(*socket, 3000);
        QVERIFY2(cut.startsWith("HTTP/1.1 408"), cut.constData());
    }
    for (const auto& socket : waiting) {
        const QByteArray cut = answer(*socket, 3000);
        QVERIFY2(cut.startsWith("HTTP/1.1 503") && cut.contains("\r\nRetry-After: 1\r\n"), cut.constData());
    }
    QCOMPARE(post(sample(), m_token.toLatin1()).status, 200);
}

void TestOtlpReceiver::bytesInFlightBounded()
{
    OtlpReceiver::Options options = m_options;
    options.maxBytesInFlight = 48 * 1024;
    options.timeoutMs = 3000;
    QVERIFY(restart(options));
    const QByteArray body = padded(sample(), 32 * 1024);

    // The first large body is reserved as declared while it arrives...
    auto first = connectRaw(requestHead(body.size()) + body.left(8 * 1024));
    // ...so a second one at once does not fit, and is told so before it sends its body.
    QElapsedTimer timer;
    timer.start();
    auto second = connectRaw(requestHead(body.size()));
    const QByteArray refused = answer(*second, 2000);
    QVERIFY2(refused.startsWith("HTTP/1.1 503") && refused.contains("\r\nRetry-After: 1\r\n"),
             refused.constData());
    QVERIFY2(timer.elapsed() < 500, QByteArray::number(timer.elapsed()).constData());

    first->write(body.mid(8 * 1024));
    const QByteArray done = answer(*first, 3000);
    QVERIFY2(done.startsWith("HTTP/1.1 200"), done.constData());
    // Released when the request finished: the retry fits.
    QCOMPARE(post(body, m_token.toLatin1()).status, 200);

    // Released too when a client goes before its body is done.
    auto quitter = connectRaw(requestHead(body.size()) + body.left(1024));
    auto refusedWhileHeld = connectRaw(requestHead(body.size()));
    QVERIFY(answer(*refusedWhileHeld, 2000).startsWith("HTTP/1.1 503"));
    quitter->abort();
    QTest::qWait(50);
    QCOMPARE(post(body, m_token.toLatin1()).status, 200);
    QCOMPARE(m_test->workspace().events().count({}).value(), 1);
}

void TestOtlpReceiver::floodOfSlowClients()
{
    OtlpReceiver::Options options = m_options;
    options.maxClients = 8;
    options.unauthenticatedTimeoutMs = 300;
    options.timeoutMs = 3000;
    QVERIFY(restart(options));
    // More slow clients than the receiver serves, each back the moment it is let go.
    Flood flood(m_receiver->port(), 14);
    QTRY_COMPARE_WITH_TIMEOUT(flood.connected(), 14, 5000);
    QTest::qWait(50);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i) {
        const Reply reply = postRetrying(sample(), 3);
        QVERIFY2(reply.status == 200,
                 QByteArray(QByteArray::number(reply.status) + ' ' + reply.body).constData());
        QTest::qWait(100);
    }
    // The flood did hold the receiver at its limit all along, and was cut off again and again.
    QVERIFY(flood.answered("408") + flood.answered("503") > 14);
    QVERIFY2(timer.elapsed() < 8000, QByteArray::number(timer.elapsed()).constData());
}

QTEST_GUILESS_MAIN(TestOtlpReceiver)
#include "tst_otlpreceiver.moc"

// SPDX-License-Identifier: Apache-2.0
#include "otlpreceiver.h"

#include "crypto/base64url.h"
#include "crypto/digest.h"
#include "crypto/opensslhandle.h"
#include "identity/clientcertificateverifier.h"
#include "identity/identityservice.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <openssl/pem.h>
#include <zlib.h>

#include <utility>

struct OtlpReceiver::Client
{
    QByteArray buffer;
    QTimer deadline;
    QElapsedTimer age;
    // Only a served client may send a body; one that is not yet only has its headers read, and
    // takes a place when its credentials prove good.
    bool served = false;
    bool authenticated = false;
    bool answered = false;
    bool requestLineDone = false;
    bool headersDone = false;
    qsizetype lineStart = 0;
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;
    qint64 contentLength = -1;
    qsizetype bodyStart = 0;
    qint64 reserved = 0; // of m_bytesInFlight
    // From the TLS handshake: the verified client certificate's SPIFFE ID, or why it was refused.
    QString certificateIdentity;
    QString certificateRefusal;
};

namespace {

constexpr int kRetryAfterSeconds = 1;
// How long a refused client's further bytes are read and dropped, so that it sees its answer rather
// than a reset.
constexpr int kLingerMs = 1000;
// Without a bound Qt reads whatever a client sends into memory, whether or not it is wanted.
constexpr qint64 kSocketReadBufferBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Internal Server Error";
    }
}

QByteArray errorBody(const QString& message)
{
    // The shape of google.rpc.Status, which OTLP/HTTP clients log.
    return QByteArray("{\"code\":3,\"message\":") +
           QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + "}";
}

// Inflates a gzip body, stopping at the limit: a small body can expand enormously.
std::optional<QByteArray> gunzip(const QByteArray& in, qint64 limit, bool* tooLarge)
{
    z_stream stream{};
    *tooLarge = false;
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        return std::nullopt;
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    stream.avail_in = static_cast<uInt>(in.size());
    QByteArray out;
    char buffer[65536];
    int code = Z_OK;
    while (code != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        code = inflate(&stream, Z_NO_FLUSH);
        if (code != Z_OK && code != Z_STREAM_END) {
            inflateEnd(&stream);
            return std::nullopt;
        }
        const qsizetype produced = static_cast<qsizetype>(sizeof buffer - stream.avail_out);
        if (out.size() + produced > limit) {
            inflateEnd(&stream);
            *tooLarge = true;
            return std::nullopt;
        }
        out.append(buffer, produced);
        if (code == Z_OK && stream.avail_in == 0 && produced == 0) {
            inflateEnd(&stream);
            return std::nullopt; // truncated
        }
    }
    inflateEnd(&stream);
    return out;
}

} // namespace

OtlpReceiver::OtlpReceiver(Workspace& workspace, const Connector& connector, Options options, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_connector(connector)
    , m_options(options)
    , m_server(nullptr)
    , m_pipeline(workspace, connector.id)
{
}

OtlpReceiver::~OtlpReceiver()
{
    qDeleteAll(m_clients);
}

QString OtlpReceiver::newToken()
{
    return QString::fromLatin1(Base64Url::encode(Digest::randomBytes(32)));
}

QString OtlpReceiver::tokenDigest(const QString& token)
{
    return QString::fromLatin1(Digest::sha256(token.toUtf8()).toHex());
}

bool OtlpReceiver::usesTls() const
{
    return !m_connector.settings.value(QStringLiteral("tls_cert")).toString().isEmpty();
}

Status OtlpReceiver::listen()
{
    if (m_server) {
        return Error{ErrorKind::Refused, tr("The receiver is listening already.")};
    }
    const bool hasToken = m_connector.settings.value(QStringLiteral("token_sha256")).toString().size() == 64;
    if (!hasToken && !usesTls()) {
        return Error{
            ErrorKind::Invalid,
            tr("The receiver has no token; create one with \"steward-cli serve otlp --new-token\".")};
    }
    if (usesTls()) {
        if (Status tls = listenWithTls(); !tls) {
            return tls;
        }
    } else {
        m_server = new QTcpServer(this);
    }
    // A TLS connection is pending only once its handshake is done, which newConnection precedes.
    if (usesTls()) {
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &OtlpReceiver::accept);
    } else {
        connect(m_server, &QTcpServer::newConnection, this, &OtlpReceiver::accept);
    }
    if (!m_server->listen(m_options.address, m_options.port)) {
        return Error{ErrorKind::Storage,
                     tr("Cannot listen on %1:%2: %3")
                         .arg(m_options.address.toString())
                         .arg(m_options.port)
                         .arg(m_server->errorString())};
    }
    return {};
}

quint16 OtlpReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

Status OtlpReceiver::listenWithTls()
{
    const QString certPath = m_connector.settings.value(QStringLiteral("tls_cert")).toString();
    const QString keyPath = m_connector.settings.value(QStringLiteral("tls_key")).toString();
    constexpr qint64 kMaxPemBytes = 64 * 1024;
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        return Error{
            ErrorKind::NotFound,
            tr("Cannot read the receiver's TLS certificate %1: %2").arg(certPath, certFile.errorString())};
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.read(kMaxPemBytes), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        return Error{ErrorKind::Invalid, tr("%1 holds no PEM certificate for the receiver.").arg(certPath)};
    }
    // The key is a secret on disk: like ssh, refuse one that others can read.
    const QFileInfo keyInfo(keyPath);
    if (!keyInfo.isFile()) {
        return Error{ErrorKind::NotFound, tr("The receiver's TLS key %1 does not exist.").arg(keyPath)};
    }
    if (keyInfo.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                 QFileDevice::WriteOther)) {
        return Error{ErrorKind::Refused,
                     tr("The receiver's TLS key %1 can be read by others; make it owner-only (chmod 600) "
                        "and start again.")
                         .arg(keyPath)};
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::NotFound,
                     tr("Cannot read the receiver's TLS key %1: %2").arg(keyPath, keyFile.errorString())};
    }
    const QByteArray keyPem = keyFile.read(kMaxPemBytes);
    // Through OpenSSL, so any key type TLS can use (Ed25519 too) is read; an encrypted key is not
    // prompted for here, where no one may be watching.
    BioHandle bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    EVP_PKEY* pkey = bio ? PEM_read_bio_PrivateKey(
                               bio.get(), nullptr, [](char*, int, int, void*) { return 0; }, nullptr)
                         : nullptr;
    OpenSsl::takeErrors();
    if (!pkey) {
        return Error{ErrorKind::Invalid,
                     tr("%1 holds no unencrypted PEM private key for the receiver.").arg(keyPath)};
    }
    const QSslKey key(Qt::HANDLE(pkey), QSsl::PrivateKey); // Qt owns it from here

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    // Asked for, not required: a client may authenticate with its token instead. The certificate
    // is judged by ClientCertificateVerifier against the workspace CA, not by the system's CAs.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    QList<QSslCertificate> authorities;
    if (auto ca = IdentityService(m_workspace).chain()) {
        authorities = QSslCertificate::fromData(ca->root.toPem() + ca->intermediate.toPem(), QSsl::Pem);
    }
    configuration.setCaCertificates(authorities);
    auto* server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    // The handshake is part of the time a client has to show its credentials.
    server->setHandshakeTimeout(unauthenticatedTimeout());
    // Peer errors only concern the client's certificate, which is checked on its own below.
    connect(server, &QSslServer::sslErrors, this, [](QSslSocket* socket, const QList<QSslError>&) {
        socket->ignoreSslErrors();
    });
    m_server = server;
    return {};
}

int OtlpReceiver::unauthenticatedTimeout() const
{
    return qMin(m_options.unauthenticatedTimeoutMs, m_options.timeoutMs);
}

int OtlpReceiver::unanswered(bool served) const
{
    int count = 0;
    for (const Client* client : m_clients) {
        count += !client->answered && client->served == served;
    }
    return count;
}

bool OtlpReceiver::admit(Client* client)
{
    int served = 0;
    QTcpSocket* stalest = nullptr;
    qint64 stalestAge = -1;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        const Client* other = it.value();
        if (other == client || other->answered || !other->served) {
            continue;
        }
        ++served;
        if (!other->authenticated && other->age.elapsed() > stalestAge) {
            stalest = it.key();
            stalestAge = other->age.elapsed();
        }
    }
    if (served < m_options.maxClients) {
        client->served = true;
        return true;
    }
    // Clients that never authenticate must not keep out one that does: it takes the place of the
    // one that has gone longest without.
    if (!client->authenticated || !stalest) {
        return false;
    }
    busy(stalest);
    client->served = true;
    return true;
}

void OtlpReceiver::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // Counted before this client is, and bounded like everything else a client controls.
        const bool waitingFull = unanswered(false) >= m_options.maxClients;
        auto* client = new Client;
        client->age.start();
        m_clients.insert(socket, client);
        socket->setReadBufferSize(kSocketReadBufferBytes);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (Client* gone = m_clients.take(socket)) {
                release(gone);
                delete gone;
            }
            socket->deleteLater();
        });
        if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
            QList<QByteArray> chain;
            for (const QSslCertificate& certificate : tls->peerCertificateChain()) {
                chain.append(certificate.toDer());
            }
            if (!chain.isEmpty()) {
                auto identity = ClientCertificateVerifier(m_workspace).verify(chain);
                if (identity) {
                    client->certificateIdentity = identity->spiffeId;
                    client->authenticated = true;
                } else {
                    client->certificateRefusal = identity.error().message;
                }
            }
        }
        client->deadline.setSingleShot(true);
        connect(&client->deadline, &QTimer::timeout, socket, [this, socket] { expire(socket); });
        client->deadline.start(client->authenticated ? m_options.timeoutMs : unauthenticatedTimeout());
        if (!admit(client) && (client->authenticated || waitingFull)) {
            busy(socket);
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        if (socket->bytesAvailable() > 0) {
            read(socket);
        }
    }
}

void OtlpReceiver::expire(QTcpSocket* socket)
{
    const Client* client = m_clients.value(socket);
    if (!client) {
        return;
    }
    if (!client->served) {
        busy(socket);
    } else if (!client->authenticated) {
        respond(socket,
                408,
                errorBody(tr("No valid credentials arrived within %1 ms.").arg(unauthenticatedTimeout())));
    } else {
        respond(
            socket, 408, errorBody(tr("The request did not arrive within %1 ms.").arg(m_options.timeoutMs)));
    }
}

void OtlpReceiver::busy(QTcpSocket* socket, const QString& why)
{
    const QString message =
        why.isEmpty() ? tr("The receiver is serving as many connections as it can; try again in %1 s.")
                            .arg(kRetryAfterSeconds)
                      : why;
    respond(
        socket, 503, errorBody(message), "Retry-After: " + QByteArray::number(kRetryAfterSeconds) + "\r\n");
}

void OtlpReceiver::release(Client* client)
{
    m_bytesInFlight -= client->reserved;
    client->reserved = 0;
}

void OtlpReceiver::respond(QTcpSocket* socket,
                           int status,
                           const QByteArray& body,
                           const QByteArray& extraHeaders)
{
    Client* client = m_clients.value(socket);
    if (!client || client->answered || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    int lingering = 0;
    for (const Client* other : std::as_const(m_clients)) {
        lingering += other->answered;
    }
    client->answered = true;
    client->deadline.stop();
    release(client);
    client->buffer = QByteArray();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                  "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    // A client still sending a body it was refused would see its connection reset before it reads
    // the answer; what it still sends is read and dropped (never kept) for a moment, then it closes.
    // Lingering is bounded too, or a flood of refused clients would hold sockets all the same.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    socket->skip(socket->bytesAvailable());
    const bool linger = status >= 400 && lingering < m_options.maxClients;
    QTimer::singleShot(linger ? kLingerMs : 0, socket, [socket] { socket->disconnectFromHost(); });
}

void OtlpReceiver::read(QTcpSocket* socket)
{
    Client* client = m_clients.value(socket);
    if (!client || client->answered) {
        return;
    }
    if (!client->headersDone) {
        const qsizetype searchFrom = qMax(client->buffer.size(), client->lineStart);
        client->buffer.append(socket->readAll());
        // Line by line, so that credentials are judged the moment their line arrives rather than
        // when a client that may never finish its headers does.
        qsizetype eol = client->buffer.indexOf('\n', searchFrom);
        while (eol >= 0 && !client->headersDone) {
            if (eol > m_options.maxHeaderBytes + 3) {
                respond(socket,
                        431,
                        errorBody(tr("The request headers exceed %1 bytes.").arg(m_options.maxHeaderBytes)));
                return;
            }
            QByteArray line = client->buffer.mid(client->lineStart, eol - client->lineStart);
            if (line.endsWith('\r')) {
                line.chop(1);
            }
            client->lineStart = eol + 1;
            if (!readHeaderLine(socket, client, line)) {
                return;
            }
            eol = client->buffer.indexOf('\n', client->lineStart);
        }
        if (!client->headersDone) {
            if (client->buffer.size() > m_options.maxHeaderBytes) {
                respond(socket,
                        431,
                        errorBody(tr("The request headers exceed %1 bytes.").arg(m_options.maxHeaderBytes)));
            }
            return;
        }
        if (!headersComplete(socket, client)) {
            return;
        }
    }
    // No more than the declared body is taken from the socket: that is what was reserved.
    const qint64 missing = client->contentLength - (client->buffer.size() - client->bodyStart);
    if (missing > 0) {
        client->buffer.append(socket->read(missing));
        if (client->buffer.size() - client->bodyStart < client->contentLength) {
            return; // more to come, within the deadline
        }
    }
    QByteArray body = std::exchange(client->buffer, QByteArray());
    body.remove(0, client->bodyStart);
    body.truncate(client->contentLength);
    handle(socket, client->method, client->path, client->headers, body);
}

bool OtlpReceiver::readHeaderLine(QTcpSocket* socket, Client* client, const QByteArray& line)
{
    if (!client->requestLineDone) {
        const QList<QByteArray> requestLine = line.trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            respond(socket, 400, errorBody(tr("This is not an HTTP/1.1 request.")));
            return false;
        }
        client->requestLineDone = true;
        client->method = requestLine.at(0);
        client->path = requestLine.at(1);
        if (client->method != "POST") {
            respond(socket, 405, errorBody(tr("Only POST is accepted.")), "Allow: POST\r\n");
            return false;
        }
        if (client->path != "/v1/traces") {
            respond(socket, 404, errorBody(tr("Traces are received at /v1/traces.")));
            return false;
        }
        // A certificate that was presented and refused is refused, whatever token comes with it.
        if (!client->certificateRefusal.isEmpty()) {
            respond(socket,
                    401,
                    errorBody(tr("The client certificate was refused: %1").arg(client->certificateRefusal)));
            return false;
        }
        return true;
    }
    if (line.isEmpty()) {
        client->headersDone = true;
        client->bodyStart = client->lineStart;
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        return true;
    }
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    client->headers.insert(name, value);
    // A certificate that authenticated the client is enough; a token beside it is not judged.
    if (name != "authorization" || !client->certificateIdentity.isEmpty()) {
        return true;
    }
    if (!tokenValid(value)) {
        unauthorized(socket);
        return false;
    }
    if (!client->authenticated) {
        client->authenticated = true;
        if (!client->served && !admit(client)) {
            busy(socket);
            return false;
        }
        client->deadline.start(
            static_cast<int>(qMax<qint64>(0, m_options.timeoutMs - client->age.elapsed())));
    }
    return true;
}

bool OtlpReceiver::tokenValid(const QByteArray& authorization) const
{
    const QByteArray expected =
        m_connector.settings.value(QStringLiteral("token_sha256")).toString().toLatin1();
    const QByteArray given = authorization.startsWith("Bearer ")
                                 ? tokenDigest(QString::fromLatin1(authorization.mid(7).trimmed())).toLatin1()
                                 : QByteArray();
    return !given.isEmpty() && expected.size() == 64 && Digest::constantTimeEquals(given, expected);
}

void OtlpReceiver::unauthorized(QTcpSocket* socket)
{
    respond(socket,
            401,
            errorBody(usesTls() ? tr("A valid bearer token or a client certificate issued by the "
                                     "workspace CA is required.")
                                : tr("A valid bearer token is required.")),
            "WWW-Authenticate: Bearer realm=\"steward\"\r\n");
}

bool OtlpReceiver::headersComplete(QTcpSocket* socket, Client* client)
{
    // Identity before the body: an unauthenticated client gets nothing buffered.
    if (!client->authenticated) {
        unauthorized(socket);
        return false;
    }
    if (client->headers.value("transfer-encoding").toLower().contains("chunked") ||
        !client->headers.contains("content-length")) {
        respond(socket, 411, errorBody(tr("Send the body with a Content-Length.")));
        return false;
    }
    bool ok = false;
    client->contentLength = client->headers.value("content-length").toLongLong(&ok);
    if (!ok || client->contentLength < 0) {
        respond(socket, 400, errorBody(tr("The Content-Length is not a number.")));
        return false;
    }
    // A body larger than all the room for bodies would be refused as busy forever.
    const qint64 limit = qMin(m_options.maxBodyBytes, m_options.maxBytesInFlight);
    if (client->contentLength > limit) {
        respond(
            socket,
            413,
            errorBody(
                tr("The body is %1 bytes; at most %2 are accepted.").arg(client->contentLength).arg(limit)));
        return false;
    }
    const QByteArray type = client->headers.value("content-type").toLower();
    if (!type.startsWith("application/json")) {
        respond(socket, 415, errorBody(tr("Only OTLP/JSON (application/json) is accepted.")));
        return false;
    }
    // Reserved as declared before a byte of the body is read, so that many large bodies at once
    // cannot take more memory than the bound, however slowly they arrive.
    if (client->contentLength > m_options.maxBytesInFlight - m_bytesInFlight) {
        busy(socket,
             tr("The receiver is receiving as many bytes of bodies as it can; try again in %1 s.")
                 .arg(kRetryAfterSeconds));
        return false;
    }
    client->reserved = client->contentLength;
    m_bytesInFlight += client->reserved;
    client->buffer.reserve(client->bodyStart + client->contentLength);
    return true;
}

void OtlpReceiver::handle(QTcpSocket* socket,
                          const QByteArray& method,
                          const QByteArray& path,
                          const QHash<QByteArray, QByteArray>& headers,
                          const QByteArray& received)
{
    Q_UNUSED(method)
    Q_UNUSED(path)
    QByteArray body = received;
    const QByteArray encoding = headers.value("content-encoding").toLower();
    if (encoding == "gzip") {
        bool tooLarge = false;
        auto inflated = gunzip(received, m_options.maxBodyBytes, &tooLarge);
        if (!inflated) {
            respond(socket,
                    tooLarge ? 413 : 400,
                    errorBody(tooLarge
                                  ? tr("The body expands to more than %1 bytes.").arg(m_options.maxBodyBytes)
                                  : tr("The body is not valid gzip.")));
            return;
        }
        body = std::move(*inflated);
    } else if (!encoding.isEmpty() && encoding != "identity") {
        respond(socket,
                415,
                errorBody(tr("Content-Encoding %1 is not supported; use gzip or none.")
                              .arg(QString::fromLatin1(encoding))));
        return;
    }
    // Where the spans came from, and who sent them when a certificate said so.
    const QString identity =
        m_clients.contains(socket) ? m_clients.value(socket)->certificateIdentity : QString();
    const QString location =
        identity.isEmpty()
            ? QStringLiteral("POST /v1/traces from %1").arg(socket->peerAddress().toString())
            : QStringLiteral("POST /v1/traces from %1 as %2").arg(socket->peerAddress().toString(), identity);
    QList<IngestPipeline::Unit> units{{m_parser.parse(body), location}};
    const qsizetype events = units.first().parsed.events.size();
    const qsizetype rejected = units.first().parsed.rejected.size();
    const QString firstReason = rejected ? units.first().parsed.rejected.first().reason : QString();
    auto counts = m_pipeline.commit(units, m_connector.cursor);
    if (!counts) {
        respond(socket, 500, errorBody(tr("The spans could not be stored: %1").arg(counts.error().message)));
        return;
    }
    m_counts += counts.value();
    Q_EMIT stored(counts.value());
    if (events == 0 && rejected > 0) {
        respond(socket, 400, errorBody(firstReason));
        return;
    }
    QJsonObject partial;
    if (rejected > 0) {
        partial = QJsonObject{{QStringLiteral("rejectedSpans"), QString::number(rejected)},
                              {QStringLiteral("errorMessage"), firstReason}};
    }
    respond(socket,
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("partialSuccess"), partial}})
                .toJson(QJsonDocument::Compact));
}

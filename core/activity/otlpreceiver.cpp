// SPDX-License-Identifier: Apache-2.0
#include "otlpreceiver.h"

#include "crypto/base64url.h"
#include "crypto/digest.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

struct OtlpReceiver::Client
{
    QByteArray buffer;
    QTimer deadline;
    bool headersDone = false;
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;
    qint64 contentLength = -1;
    qsizetype bodyStart = 0;
};

namespace {

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
    , m_server(new QTcpServer(this))
    , m_pipeline(workspace, connector.id)
{
    connect(m_server, &QTcpServer::newConnection, this, &OtlpReceiver::accept);
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

Status OtlpReceiver::listen()
{
    if (m_connector.settings.value(QStringLiteral("token_sha256")).toString().size() != 64) {
        return Error{
            ErrorKind::Invalid,
            tr("The receiver has no token; create one with \"steward-cli serve otlp --new-token\".")};
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
    return m_server->serverPort();
}

void OtlpReceiver::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // Connections are bounded like everything else a client controls.
        if (m_clients.size() >= m_options.maxClients) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto* client = new Client;
        m_clients.insert(socket, client);
        client->deadline.setSingleShot(true);
        connect(&client->deadline, &QTimer::timeout, socket, [this, socket] {
            respond(socket,
                    408,
                    errorBody(tr("The request did not arrive within %1 ms.").arg(m_options.timeoutMs)));
        });
        client->deadline.start(m_options.timeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_clients.take(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0) {
            read(socket);
        }
    }
}

void OtlpReceiver::respond(QTcpSocket* socket,
                           int status,
                           const QByteArray& body,
                           const QByteArray& extraHeaders)
{
    Client* client = m_clients.value(socket);
    if (!client || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    client->deadline.stop();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                  "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    // A client still sending a body it was refused would see its connection reset before it reads
    // the answer; what it still sends is read and dropped (never kept) for a moment, then it closes.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    socket->skip(socket->bytesAvailable());
    QTimer::singleShot(status >= 400 ? 1000 : 0, socket, [socket] { socket->disconnectFromHost(); });
}

void OtlpReceiver::read(QTcpSocket* socket)
{
    Client* client = m_clients.value(socket);
    if (!client) {
        return;
    }
    client->buffer.append(socket->readAll());
    if (!client->headersDone) {
        const qsizetype end = client->buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (client->buffer.size() > m_options.maxHeaderBytes) {
                respond(socket,
                        431,
                        errorBody(tr("The request headers exceed %1 bytes.").arg(m_options.maxHeaderBytes)));
            }
            return;
        }
        if (end > m_options.maxHeaderBytes) {
            respond(socket,
                    431,
                    errorBody(tr("The request headers exceed %1 bytes.").arg(m_options.maxHeaderBytes)));
            return;
        }
        const QList<QByteArray> lines = client->buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            respond(socket, 400, errorBody(tr("This is not an HTTP/1.1 request.")));
            return;
        }
        client->method = requestLine.at(0);
        client->path = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                client->headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
            }
        }
        client->headersDone = true;
        client->bodyStart = end + 4;

        if (client->method != "POST") {
            respond(socket, 405, errorBody(tr("Only POST is accepted.")), "Allow: POST\r\n");
            return;
        }
        if (client->path != "/v1/traces") {
            respond(socket, 404, errorBody(tr("Traces are received at /v1/traces.")));
            return;
        }
        // The token before the body: an unauthenticated client gets nothing buffered.
        const QByteArray authorization = client->headers.value("authorization");
        const QByteArray expected =
            m_connector.settings.value(QStringLiteral("token_sha256")).toString().toLatin1();
        const QByteArray given =
            authorization.startsWith("Bearer ")
                ? tokenDigest(QString::fromLatin1(authorization.mid(7).trimmed())).toLatin1()
                : QByteArray();
        if (given.isEmpty() || !Digest::constantTimeEquals(given, expected)) {
            respond(socket,
                    401,
                    errorBody(tr("A valid bearer token is required.")),
                    "WWW-Authenticate: Bearer realm=\"steward\"\r\n");
            return;
        }
        if (client->headers.value("transfer-encoding").toLower().contains("chunked") ||
            !client->headers.contains("content-length")) {
            respond(socket, 411, errorBody(tr("Send the body with a Content-Length.")));
            return;
        }
        bool ok = false;
        client->contentLength = client->headers.value("content-length").toLongLong(&ok);
        if (!ok || client->contentLength < 0) {
            respond(socket, 400, errorBody(tr("The Content-Length is not a number.")));
            return;
        }
        if (client->contentLength > m_options.maxBodyBytes) {
            respond(socket,
                    413,
                    errorBody(tr("The body is %1 bytes; at most %2 are accepted.")
                                  .arg(client->contentLength)
                                  .arg(m_options.maxBodyBytes)));
            return;
        }
        const QByteArray type = client->headers.value("content-type").toLower();
        if (!type.startsWith("application/json")) {
            respond(socket, 415, errorBody(tr("Only OTLP/JSON (application/json) is accepted.")));
            return;
        }
    }
    if (client->buffer.size() - client->bodyStart < client->contentLength) {
        return; // more to come, within the deadline
    }
    handle(socket,
           client->method,
           client->path,
           client->headers,
           client->buffer.mid(client->bodyStart, client->contentLength));
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
    const QString location = QStringLiteral("POST /v1/traces from %1").arg(socket->peerAddress().toString());
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

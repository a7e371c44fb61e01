// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/otlpparser.h"
#include "ingestpipeline.h"
#include "model/connector.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;
class Workspace;

// The OTLP/HTTP receiver: POST /v1/traces with an OTLP/JSON body (gzip or plain), on loopback by
// default. Every request must carry the receiver's bearer token (only its SHA-256 is kept, in the
// connector's settings) or, when the receiver speaks TLS (settings tls_cert and tls_key), may
// instead present an X.509-SVID the workspace CA issued to an active agent. Headers and bodies are
// bounded, a client that stalls is cut off, and each accepted body is stored in one transaction
// with the connector's counts before the 200 is sent.
//
// Clients that have not authenticated cost little and are cut off soon: credentials are judged the
// moment their header line arrives, and until then a connection has a short deadline. When every
// place is taken a newcomer may still wait a moment to show its credentials, and takes the place of
// one that has not; when that is full too, or the bodies being received would pass their bound, the
// answer is 503 with Retry-After rather than a reset.
class OtlpReceiver final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 4318;
        qint64 maxBodyBytes = 16 * 1024 * 1024; // after decompression too
        int maxHeaderBytes = 16 * 1024;
        int timeoutMs = 10000;               // for an authenticated request, from connecting
        int unauthenticatedTimeoutMs = 2000; // from connecting until valid credentials arrive
        int maxClients = 64; // served at once; as many more may wait to authenticate; the rest get 503
        qint64 maxBytesInFlight = 64 * 1024 * 1024; // declared bodies being received, all clients
    };

    OtlpReceiver(Workspace& workspace,
                 const Connector& connector,
                 Options options,
                 QObject* parent = nullptr);
    ~OtlpReceiver() override;

    // The token's digest is what the connector keeps; the token itself is shown once.
    static QString newToken();
    static QString tokenDigest(const QString& token);

    Status listen();
    quint16 port() const;
    bool usesTls() const;
    const IngestCounts& counts() const { return m_counts; }

Q_SIGNALS:
    void stored(const IngestCounts& batch);

private:
    struct Client;
    void accept();
    Status listenWithTls();
    int unauthenticatedTimeout() const;
    int unanswered(bool served) const;
    bool admit(Client* client);
    void expire(QTcpSocket* socket);
    void read(QTcpSocket* socket);
    bool readHeaderLine(QTcpSocket* socket, Client* client, const QByteArray& line);
    bool headersComplete(QTcpSocket* socket, Client* client);
    bool tokenValid(const QByteArray& authorization) const;
    void unauthorized(QTcpSocket* socket);
    void busy(QTcpSocket* socket, const QString& why = {}); // 503; no why: the connection limit
    void release(Client* client);
    void respond(QTcpSocket* socket, int status, const QByteArray& body, const QByteArray& extraHeaders = {});
    void handle(QTcpSocket* socket,
                const QByteArray& method,
                const QByteArray& path,
                const QHash<QByteArray, QByteArray>& headers,
                const QByteArray& body);

    Workspace& m_workspace;
    Connector m_connector;
    Options m_options;
    QTcpServer* m_server;
    OtlpParser m_parser;
    IngestPipeline m_pipeline;
    IngestCounts m_counts;
    QHash<QTcpSocket*, Client*> m_clients;
    qint64 m_bytesInFlight = 0;
};

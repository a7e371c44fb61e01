// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connector.h"
#include "connectors/otlpparser.h"
#include "ingestpipeline.h"

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
        int timeoutMs = 10000; // for the whole request, from its first byte
        int maxClients = 64;   // connections at once; more are closed at once
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
    void read(QTcpSocket* socket);
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
};

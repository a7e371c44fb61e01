// SPDX-License-Identifier: Apache-2.0
#include "servecommand.h"

#include "activity/connectorservice.h"
#include "activity/otlpreceiver.h"
#include "clicontext.h"
#include "ingestcommand.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

int ServeCommand::run(CliContext& context, const QStringList& args)
{
    if (args.value(0) != QStringLiteral("otlp")) {
        return context.usage(tr("serve needs a receiver: otlp."));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("steward-cli serve otlp: receive OpenTelemetry traces (OTLP/HTTP, "
                                        "JSON, gzip or plain) at POST /v1/traces "
                                        "until Ctrl+C. Clients send \"Authorization: Bearer TOKEN\"; "
                                        "--new-token makes a token and shows it once. With --tls-cert and "
                                        "--tls-key the receiver speaks HTTPS, and an agent may instead "
                                        "present an X.509-SVID issued by the workspace CA."));
    parser.addOptions({
        {QStringLiteral("address"),
         tr("The address to listen on (default 127.0.0.1)."),
         tr("address"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), tr("The port (default 4318)."), tr("port"), QStringLiteral("4318")},
        {QStringLiteral("connector"),
         tr("The connector to record under (default otlp-receiver)."),
         tr("name"),
         QStringLiteral("otlp-receiver")},
        {QStringLiteral("new-token"), tr("Replace the bearer token and print the new one.")},
        {QStringLiteral("tls-cert"),
         tr("Serve HTTPS with this PEM certificate (and its chain); kept with the connector."),
         tr("file")},
        {QStringLiteral("tls-key"),
         tr("The certificate's unencrypted PEM key, readable by you alone."),
         tr("file")},
        {QStringLiteral("no-tls"), tr("Serve plain HTTP again (bearer tokens only).")},
        {QStringLiteral("max-body"),
         tr("The largest body accepted, in bytes (default 16 MiB)."),
         tr("bytes"),
         QStringLiteral("16777216")},
        {QStringLiteral("timeout"),
         tr("Milliseconds a client has to send its whole request (default 10000)."),
         tr("ms"),
         QStringLiteral("10000")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("serve otlp"), &exitCode)) {
        return exitCode;
    }
    OtlpReceiver::Options options;
    bool portOk = false;
    bool bodyOk = false;
    bool timeoutOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    options.maxBodyBytes = parser.value(QStringLiteral("max-body")).toLongLong(&bodyOk);
    options.timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&timeoutOk);
    options.address = QHostAddress(parser.value(QStringLiteral("address")));
    if (!portOk || port > 65535 || !bodyOk || options.maxBodyBytes < 1 || !timeoutOk ||
        options.timeoutMs < 1 || options.address.isNull() || !parser.positionalArguments().isEmpty()) {
        return context.usage(
            tr("serve otlp takes --address, --port, --max-body and --timeout as numbers and addresses."),
            context.helpText(parser));
    }
    options.port = static_cast<quint16>(port);
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    const QString name = parser.value(QStringLiteral("connector"));
    ConnectorService connectors(workspace);
    auto connector =
        connectors.ensure(name, QStringLiteral("otlp"), QJsonObject{{QStringLiteral("receiver"), true}});
    if (!connector) {
        return context.fail(connector.error());
    }
    const bool tlsGiven = parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"));
    if (tlsGiven || parser.isSet(QStringLiteral("no-tls"))) {
        if (tlsGiven &&
            (parser.isSet(QStringLiteral("no-tls")) || !parser.isSet(QStringLiteral("tls-cert")) ||
             !parser.isSet(QStringLiteral("tls-key")))) {
            return context.usage(tr("serve otlp takes --tls-cert and --tls-key together, or --no-tls."),
                                 context.helpText(parser));
        }
        QJsonObject settings = connector->settings;
        settings.remove(QStringLiteral("tls_cert"));
        settings.remove(QStringLiteral("tls_key"));
        if (tlsGiven) {
            settings.insert(QStringLiteral("tls_cert"),
                            QFileInfo(parser.value(QStringLiteral("tls-cert"))).absoluteFilePath());
            settings.insert(QStringLiteral("tls_key"),
                            QFileInfo(parser.value(QStringLiteral("tls-key"))).absoluteFilePath());
        }
        connector = connectors.updateSettings(name, settings);
        if (!connector) {
            return context.fail(connector.error());
        }
    }
    if (parser.isSet(QStringLiteral("new-token")) ||
        connector->settings.value(QStringLiteral("token_sha256")).toString().isEmpty()) {
        auto token = connectors.rotateToken(name);
        if (!token) {
            return context.fail(token.error());
        }
        context.out << tr("Bearer token (shown once; Steward keeps only its SHA-256): %1").arg(token.value())
                    << Qt::endl;
        connector = workspace.connectors().byId(connector->id);
    }
    OtlpReceiver receiver(workspace, connector.value(), options);
    if (const Status listening = receiver.listen(); !listening) {
        return context.fail(listening.error());
    }
    context.out << tr("Receiving OTLP/JSON traces at %1://%2:%3/v1/traces; Ctrl+C stops.")
                       .arg(receiver.usesTls() ? QStringLiteral("https") : QStringLiteral("http"))
                       .arg(options.address.toString())
                       .arg(receiver.port())
                << Qt::endl;
    context.out.flush();
    QEventLoop loop;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&loop, &context] {
        if (context.stopping()) {
            loop.quit();
        }
    });
    watch.start(100);
    loop.exec();
    const IngestCounts& counts = receiver.counts();
    context.out << IngestCommand::countsText(counts) << Qt::endl;
    return 0;
}

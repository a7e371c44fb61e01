// SPDX-License-Identifier: Apache-2.0
#include "recordparser.h"

#include "actortypeoverrides.h"

#include "connectors/cloudtrailparser.h"
#include "connectors/jsonlparser.h"
#include "connectors/k8sauditparser.h"
#include "connectors/langfuseparser.h"
#include "connectors/mcpparser.h"
#include "connectors/otelsdkparser.h"
#include "connectors/otlpparser.h"
#include "httppollsettings.h"

#include <QDateTime>

std::unique_ptr<RecordParser> RecordParser::forFormat(const QString& format)
{
    if (format == QStringLiteral("cloudtrail")) {
        return std::make_unique<CloudTrailParser>();
    }
    if (format == QStringLiteral("k8s")) {
        return std::make_unique<K8sAuditParser>();
    }
    if (format == QStringLiteral("otlp")) {
        return std::make_unique<OtlpParser>();
    }
    if (format == QStringLiteral("otel-sdk")) {
        return std::make_unique<OtelSdkParser>();
    }
    if (format == QStringLiteral("langfuse")) {
        return std::make_unique<LangfuseParser>();
    }
    if (format == QStringLiteral("mcp")) {
        return std::make_unique<McpParser>();
    }
    return nullptr;
}

Result<std::unique_ptr<RecordParser>> RecordParser::forConnector(const QString& kind,
                                                                 const QJsonObject& settings)
{
    // Every kind may correct how its actors are told apart; a malformed correction is refused
    // with the rest of the settings, before any record is read.
    if (auto overrides = ActorTypeOverrides::fromSettings(settings); !overrides) {
        return overrides.error();
    }
    if (kind == QStringLiteral("jsonl")) {
        auto parser = JsonlParser::fromSettings(settings);
        if (!parser) {
            return parser.error();
        }
        return std::unique_ptr<RecordParser>(std::move(parser).value());
    }
    if (kind == QStringLiteral("http")) {
        // A poller's records are read by the format it names, with the same settings beside it.
        auto http = HttpPollSettings::fromJson(settings);
        if (!http) {
            return http.error();
        }
        return forConnector(http->recordFormat, settings);
    }
    if (kind == QStringLiteral("k8s")) {
        const QString cluster = settings.value(QStringLiteral("cluster")).toString();
        return std::unique_ptr<RecordParser>(
            std::make_unique<K8sAuditParser>(cluster.isEmpty() ? QStringLiteral("cluster") : cluster));
    }
    auto parser = forFormat(kind);
    if (!parser) {
        return Error{
            ErrorKind::Invalid,
            tr("\"%1\" is not a format; use one of %2.").arg(kind, formats().join(QStringLiteral(", ")))};
    }
    return parser;
}

QStringList RecordParser::fileNamePatterns() const
{
    // JSON and JSON lines as exporters and log shippers name them, gzipped or not, and logs rotated
    // by number (audit.log.1, audit.log.2.gz).
    return {QStringLiteral("*.json"),
            QStringLiteral("*.jsonl"),
            QStringLiteral("*.ndjson"),
            QStringLiteral("*.log"),
            QStringLiteral("*.json.gz"),
            QStringLiteral("*.jsonl.gz"),
            QStringLiteral("*.ndjson.gz"),
            QStringLiteral("*.log.gz"),
            QStringLiteral("*.log.[0-9]*"),
            QStringLiteral("*.json.[0-9]*"),
            QStringLiteral("*.jsonl.[0-9]*")};
}

QStringList RecordParser::formats()
{
    return {QStringLiteral("cloudtrail"),
            QStringLiteral("k8s"),
            QStringLiteral("otlp"),
            QStringLiteral("otel-sdk"),
            QStringLiteral("langfuse"),
            QStringLiteral("mcp"),
            QStringLiteral("jsonl")};
}

QStringList RecordParser::connectorKinds()
{
    return formats() << QStringLiteral("http");
}

qint64 RecordParser::nanosFromIso(const QString& text)
{
    return IsoTime::toNanos(text);
}

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inventory/agenttypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

enum class EventOutcome
{
    Unknown,
    Success,
    Failure,
    Denied // refused by the backend's own authorization
};

// One normalized activity record from a backend. Its identity is a digest of the source and the
// backend's own id for it, so the same record ingested twice is stored once.
struct Event
{
    qint64 id = 0;
    qint64 timeNs = 0; // Unix time in nanoseconds
    QString source;    // the connector's format: cloudtrail, k8s, otlp, ...
    QString nativeId;  // the backend's id for the record (eventID, auditID, trace and span id)
    qint64 agentId = 0;
    QString principal; // as the backend names the actor
    // The principal as an agent would list it, for resolution; empty kind: not an agent principal.
    std::optional<PrincipalKind> principalKind;
    QString principalValue;
    bool actsLikeAgent = false; // an unknown principal of this shape is recorded as a shadow agent
    QString action;             // normalized verb: read, list, write, create, delete, execute, ...
    QString nativeAction;       // as the backend names it: s3:GetObject, create pods, tools/call
    QString resource;           // a URI: s3://, k8s://, mcp://, https://, tool://, arn+aws://
    EventOutcome outcome = EventOutcome::Unknown;
    QString traceId;
    QString spanId;
    QString parentSpanId;
    QString task;           // session or task id
    QString tokenId;        // jti, when known
    QString credentialKind; // aws-temporary, aws-long-term, k8s-bound-token, k8s-legacy-token, ...
    QString classification;
    qint64 bytes = -1; // -1: unknown
    QByteArray raw;    // the record as received, for replay

    // 16 bytes of SHA-256 over source and native id: the stored identity. A span's is its trace
    // and span id alone, whichever source delivered it.
    QByteArray key() const;
    bool isSpan() const;
};

namespace EventOutcomes {
QString key(EventOutcome outcome);
std::optional<EventOutcome> fromKey(const QString& key);
QString label(EventOutcome outcome);
} // namespace EventOutcomes

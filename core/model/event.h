// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "agenttypes.h"
#include "eventattributes.h"

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

// What kind of actor a principal is. Only an unknown agent becomes a shadow agent; people and the
// platform's own components are recorded with their events, never put in the inventory.
enum class ActorType
{
    Unknown,
    Agent,   // software acting with delegated authority: a workload role, a service account, an AI agent
    Human,   // a person's session (SSO, MFA, a user account)
    Service, // a cloud provider's or vendor's own service acting for the account
    System   // the platform itself: cluster controllers, node agents, the API server
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
    ActorType actorType = ActorType::Unknown;
    // The principal is an agent's display name from a source that says nothing else about it (no
    // agent id, no service): it names an agent only within the connector that read it, which
    // qualifies it, so that two deployments of a framework's default name stay two agents.
    bool principalIsLocal = false;
    QString action;       // normalized verb: read, list, write, create, delete, execute, ...
    QString nativeAction; // as the backend names it: s3:GetObject, create pods, tools/call
    QString resource;     // a URI: s3://, k8s://, mcp://, https://, tool://, arn+aws://
    EventOutcome outcome = EventOutcome::Unknown;
    QString traceId;
    QString spanId;
    QString parentSpanId;
    QString task;           // session or task id
    QString tokenId;        // jti, when known
    QString credentialKind; // aws-temporary, aws-long-term, k8s-bound-token, k8s-legacy-token, ...
    QString classification;
    qint64 bytes = -1;          // -1: unknown
    EventAttributes attributes; // searchable facts beyond the columns; actor_type among them
    QByteArray raw;             // the record as received, for replay

    // An unknown principal that is an agent is recorded as a shadow agent.
    bool actsLikeAgent() const { return actorType == ActorType::Agent; }

    // 16 bytes of SHA-256 over source and native id: the stored identity. A span's is its trace
    // and span id alone, whichever source delivered it.
    QByteArray key() const;
    bool isSpan() const;
};

namespace ActorTypes {
QString key(ActorType type); // agent, human, service, system; empty for unknown
std::optional<ActorType> fromKey(const QString& key);
QString label(ActorType type);
} // namespace ActorTypes

namespace EventOutcomes {
QString key(EventOutcome outcome);
std::optional<EventOutcome> fromKey(const QString& key);
QString label(EventOutcome outcome);
} // namespace EventOutcomes

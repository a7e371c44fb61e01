// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "agenttypes.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

enum class RequestKind
{
    Identity,   // a new agent, registered as requested until approved
    Permission, // statements for a task and a duration
    Renewal,    // another term of an existing grant
    Elevation   // a short, sensitive addition
};

enum class RequestState
{
    Pending,
    Approved,
    Denied,
    Expired,
    Withdrawn
};

// An ask for an identity or permissions, as filed and as a reviewer sees it.
struct Request
{
    qint64 id = 0;
    RequestKind kind = RequestKind::Permission;
    qint64 agentId = 0;
    QString agentName;     // read with the request, for display
    QString agentSpiffeId; // likewise
    QString requester;     // operator username
    QString justification;
    QString task;
    QStringList statements; // canonical permission statements
    qint64 durationSeconds = 0;
    bool standing = false;
    qint64 renewsGrantId = 0;
    RiskTier risk = RiskTier::Low;
    QStringList riskReasons;
    RequestState state = RequestState::Pending;
    QDateTime createdAt;
    QDateTime expiresAt; // when a pending request lapses
    QDateTime decidedAt;
};

// One approver's signed decision on one request.
struct Decision
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString operatorName;
    bool approve = true;
    QString reason;
    QByteArray signedPayload; // canonical JSON: the request as shown, the decision, the reason
    QString keyId;
    QByteArray signature; // base64 Ed25519 over signedPayload
    QDateTime decidedAt;
};

enum class GrantState
{
    Active,
    Expired,
    Revoked
};

// What an approved request yields; it ends by itself.
struct Grant
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 agentId = 0;
    QString agentName;
    QStringList statements;
    QString task;
    QDateTime validFrom;
    QDateTime validUntil;
    QStringList approvers;
    bool standing = false;
    GrantState state = GrantState::Active;
    QDateTime revokedAt;
    QString revocationReason;

    bool isLive(const QDateTime& now) const
    {
        return state == GrantState::Active && validFrom <= now && now < validUntil;
    }
};

namespace RequestKinds {
QString key(RequestKind kind);
std::optional<RequestKind> fromKey(const QString& key);
QString key(RequestState state);
std::optional<RequestState> stateFromKey(const QString& key);
QString key(GrantState state);
std::optional<GrantState> grantStateFromKey(const QString& key);
} // namespace RequestKinds

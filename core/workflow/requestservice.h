// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "approvalpolicy.h"
#include "crypto/keypair.h"
#include "model/agent.h"
#include "model/request.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

class Workspace;
struct PermissionStatement;

// The review workflow: filing requests, signed decisions under the approval rules, the grants
// that approved requests yield, and their expiry. Every change is one transaction with its
// audit entry.
class RequestService final
{
    Q_DECLARE_TR_FUNCTIONS(RequestService)

public:
    static constexpr qsizetype kMaxJustification = 2000;

    explicit RequestService(Workspace& workspace)
        : m_workspace(workspace)
    {
    }

    Result<ApprovalSettings> settings() const;
    // Admins only; audited with the old and new values.
    Status setSettings(const ApprovalSettings& settings);

    struct Draft
    {
        RequestKind kind = RequestKind::Permission;
        QString agent;  // name, SPIFFE ID or principal; for identity requests, the new agent's name
        Agent newAgent; // identity requests: the agent to register (name, owner, purpose, ...)
        QString justification;
        QString task;
        QString statements; // one permission statement per line
        qint64 durationSeconds = 0;
        bool standing = false;
        qint64 renewsGrantId = 0;
    };
    Result<Request> file(const Draft& draft);
    // The requester (or an admin) takes back a pending request.
    Result<Request> withdraw(qint64 id, const QString& reason);

    struct Outcome
    {
        Request request;
        ApprovalPolicy::Tally tally;
        std::optional<Grant> grant;
    };
    // The acting operator's decision, signed with their unlocked key.
    Result<Outcome> decide(qint64 id, bool approve, const QString& reason, const KeyPair& operatorKey);

    // The request exactly as a reviewer is shown it, as canonical JSON: what a decision signs.
    QByteArray shownAs(const Request& request) const;
    // The decisions that still count: each signature checks out and was made over the request as it
    // is stored now.
    struct Review
    {
        ApprovalPolicy::Tally tally;
        QList<Decision> decisions;
        QStringList invalid; // operators whose decision no longer counts, with why
    };
    Result<Review> review(const Request& request) const;

    // Pending requests past their time expire; grants past their end expire. Returns how many of each.
    Result<std::pair<int, int>> expire();
    Result<Grant> revokeGrant(qint64 id, const QString& reason);

    // A live grant of the agent that covers every statement (and the task, when given).
    Result<Grant> coveringGrant(const Agent& agent,
                                const QList<PermissionStatement>& scope,
                                const QString& task,
                                qint64 grantId = 0) const;

private:
    Result<Outcome> finish(const Request& request, const ApprovalPolicy::Tally& tally);
    Result<ApprovalPolicy::Facts> facts(const Request& request) const;
    // Whether the request's agent is in a state that can receive what it asks for.
    Status canReceive(const Request& request) const;

    Workspace& m_workspace;
};

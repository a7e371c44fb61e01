// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agenttypes.h"
#include "model/operator.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// The workspace's approval rules, as settings an admin can change (a change is audited).
struct ApprovalSettings
{
    int defaultQuorum = 1;
    int sensitiveQuorum = 2; // sensitive statements, restricted data, critical risk, standing grants
    int requestTtlDays = 7;  // a pending request expires after this
    int maxGrantDays = 30;
    int maxSensitiveGrantHours = 24;
    static constexpr int kMaxStandingDays = 366;
};

// Who may decide a request and when its decisions are enough: separation of duties and quorum.
// Pure rules over facts, so that every rule is tested on its own.
class ApprovalPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalPolicy)

public:
    struct Facts
    {
        QString requester;  // operator username
        QString ownerEmail; // the agent's accountable owner
        RiskTier risk = RiskTier::Low;
        bool sensitive = false;
        bool restrictedData = false;
        bool standing = false;
    };
    struct Vote
    {
        QString operatorName;
        QString operatorEmail;
        OperatorRole role = OperatorRole::Approver;
        bool approve = true;
    };
    enum class State
    {
        Pending,
        Approved,
        Denied
    };
    struct Tally
    {
        State state = State::Pending;
        int approvals = 0; // from distinct operators
        int required = 1;
        QString waitingFor; // for a person: what is still missing while pending
    };

    static int requiredApprovals(const Facts& facts, const ApprovalSettings& settings);
    // Whether this operator may cast this vote now, given the votes already cast.
    static Status mayVote(const Facts& facts, const Vote& vote, const QList<Vote>& cast);
    static Tally tally(const Facts& facts, const QList<Vote>& votes, const ApprovalSettings& settings);

    // A requested lifetime within the workspace's limits, or why not.
    static Status
    checkDuration(qint64 seconds, bool sensitive, bool standing, const ApprovalSettings& settings);
    // When a grant approved at `start` ends.
    static QDateTime grantEnd(const QDateTime& start,
                              qint64 requestedSeconds,
                              bool sensitive,
                              bool standing,
                              const ApprovalSettings& settings);

private:
    static bool isOwner(const Facts& facts, const Vote& vote);
};

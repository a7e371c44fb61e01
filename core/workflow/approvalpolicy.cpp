// SPDX-License-Identifier: Apache-2.0
#include "approvalpolicy.h"

#include "policy/permissionsentence.h"

#include <QSet>

bool ApprovalPolicy::isOwner(const Facts& facts, const Vote& vote)
{
    return !facts.ownerEmail.isEmpty() &&
           vote.operatorEmail.compare(facts.ownerEmail, Qt::CaseInsensitive) == 0;
}

int ApprovalPolicy::requiredApprovals(const Facts& facts, const ApprovalSettings& settings)
{
    const bool strict =
        facts.sensitive || facts.restrictedData || facts.risk == RiskTier::Critical || facts.standing;
    // Two people at the least: a setting can raise the bar for these, never lower it to one.
    return strict ? qMax(2, settings.sensitiveQuorum) : qMax(1, settings.defaultQuorum);
}

Status ApprovalPolicy::mayVote(const Facts& facts, const Vote& vote, const QList<Vote>& cast)
{
    if (vote.role == OperatorRole::Viewer) {
        return Error{ErrorKind::Refused,
                     tr("%1 is a viewer; only approvers and admins decide requests.").arg(vote.operatorName)};
    }
    if (vote.operatorName == facts.requester) {
        return Error{
            ErrorKind::Refused,
            vote.approve
                ? tr("%1 filed this request; the requester never approves their own request.")
                      .arg(vote.operatorName)
                : tr("%1 filed this request; withdraw it instead of denying it.").arg(vote.operatorName)};
    }
    for (const Vote& earlier : cast) {
        if (earlier.operatorName == vote.operatorName) {
            return Error{
                ErrorKind::Conflict,
                tr("%1 already decided this request; one person counts once.").arg(vote.operatorName)};
        }
    }
    return {};
}

ApprovalPolicy::Tally
ApprovalPolicy::tally(const Facts& facts, const QList<Vote>& votes, const ApprovalSettings& settings)
{
    Tally result;
    result.required = requiredApprovals(facts, settings);
    QSet<QString> approvers;
    bool nonOwnerApproved = false;
    bool adminApproved = false;
    for (const Vote& vote : votes) {
        if (!vote.approve) {
            result.state = State::Denied;
            result.waitingFor.clear();
            return result;
        }
        // Votes that break the rules are never counted, whatever put them in the list.
        if (vote.role == OperatorRole::Viewer || vote.operatorName == facts.requester ||
            approvers.contains(vote.operatorName)) {
            continue;
        }
        approvers.insert(vote.operatorName);
        nonOwnerApproved = nonOwnerApproved || !isOwner(facts, vote);
        adminApproved = adminApproved || vote.role == OperatorRole::Admin;
    }
    result.approvals = int(approvers.size());
    const bool ownerAloneIsNotEnough =
        facts.sensitive || facts.risk == RiskTier::High || facts.risk == RiskTier::Critical;
    if (result.approvals < result.required) {
        result.waitingFor =
            result.required - result.approvals == 1
                ? tr("1 more approval from a different approver")
                : tr("%1 more approvals from different approvers").arg(result.required - result.approvals);
    } else if (ownerAloneIsNotEnough && !nonOwnerApproved) {
        result.waitingFor = tr("an approval from someone other than the agent's owner");
    } else if (facts.standing && !adminApproved) {
        result.waitingFor = tr("an admin's approval, which records the standing-grant exception");
    } else {
        result.state = State::Approved;
    }
    return result;
}

Status
ApprovalPolicy::checkDuration(qint64 seconds, bool sensitive, bool standing, const ApprovalSettings& settings)
{
    if (seconds <= 0) {
        return Error{ErrorKind::Invalid, tr("A request needs a duration, such as 8h or 7d.")};
    }
    if (standing) {
        if (seconds > qint64(ApprovalSettings::kMaxStandingDays) * 86400) {
            return Error{
                ErrorKind::Invalid,
                tr("Even a standing grant lasts at most %1 days.").arg(ApprovalSettings::kMaxStandingDays)};
        }
        return {};
    }
    const qint64 limit =
        sensitive ? qint64(settings.maxSensitiveGrantHours) * 3600 : qint64(settings.maxGrantDays) * 86400;
    if (seconds > limit) {
        return Error{
            ErrorKind::Refused,
            sensitive
                ? tr("A grant with sensitive statements lasts at most %1; ask for a standing grant if it "
                     "must "
                     "last longer, which needs an admin's approval.")
                      .arg(PermissionSentence::duration(qint64(settings.maxSensitiveGrantHours) * 3600))
                : tr("A grant lasts at most %1; ask for a standing grant if it must last longer, which needs "
                     "an admin's approval.")
                      .arg(PermissionSentence::duration(qint64(settings.maxGrantDays) * 86400))};
    }
    return {};
}

QDateTime ApprovalPolicy::grantEnd(const QDateTime& start,
                                   qint64 requestedSeconds,
                                   bool sensitive,
                                   bool standing,
                                   const ApprovalSettings& settings)
{
    qint64 seconds = requestedSeconds;
    if (!standing) {
        const qint64 limit = sensitive ? qint64(settings.maxSensitiveGrantHours) * 3600
                                       : qint64(settings.maxGrantDays) * 86400;
        seconds = qMin(seconds, limit);
    }
    return start.addSecs(qMin(seconds, qint64(ApprovalSettings::kMaxStandingDays) * 86400));
}

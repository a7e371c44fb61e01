// SPDX-License-Identifier: Apache-2.0
#include "requestservice.h"

#include "crypto/canonicaljson.h"
#include "crypto/digest.h"
#include "inventory/agentlifecycle.h"
#include "inventory/inventoryservice.h"
#include "operatorservice.h"
#include "policy/permissionstatement.h"
#include "riskassessment.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kDefaultQuorum = QStringLiteral("approval_default_quorum");
const QString kSensitiveQuorum = QStringLiteral("approval_sensitive_quorum");
const QString kRequestTtl = QStringLiteral("request_ttl_days");
const QString kMaxGrantDays = QStringLiteral("grant_max_days");
const QString kMaxSensitiveHours = QStringLiteral("grant_max_sensitive_hours");

QString stamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Statements read back from the workspace. One that no longer parses is an error, never dropped:
// without it a request could need fewer approvers, or a grant seem to cover less or more.
Result<QList<PermissionStatement>> parsedStored(const QStringList& lines, const QString& holder)
{
    QList<PermissionStatement> statements;
    for (const QString& line : lines) {
        auto statement = PermissionStatement::parse(line);
        if (!statement) {
            return Error{ErrorKind::Storage,
                         QCoreApplication::translate("RequestService",
                                                     "%1 holds a permission statement that does not read "
                                                     "(\"%2\": %3); the workspace may have been altered. "
                                                     "Nothing was decided.")
                             .arg(holder, line, statement.error().message)};
        }
        statements.append(statement.value());
    }
    return statements;
}

QJsonObject grantJson(const Grant& grant)
{
    return QJsonObject{{QStringLiteral("agent_id"), grant.agentId},
                       {QStringLiteral("request_id"), grant.requestId},
                       {QStringLiteral("statements"), QJsonArray::fromStringList(grant.statements)},
                       {QStringLiteral("task"), grant.task},
                       {QStringLiteral("valid_from"), stamp(grant.validFrom)},
                       {QStringLiteral("valid_until"), stamp(grant.validUntil)},
                       {QStringLiteral("approvers"), QJsonArray::fromStringList(grant.approvers)},
                       {QStringLiteral("standing"), grant.standing}};
}

} // namespace

Result<ApprovalSettings> RequestService::settings() const
{
    // A rule that is not set takes its default; one that cannot be read, or is not a number, is
    // an error: falling back could lower a quorum an admin raised.
    ApprovalSettings settings;
    const std::pair<QString, int*> rules[] = {{kDefaultQuorum, &settings.defaultQuorum},
                                              {kSensitiveQuorum, &settings.sensitiveQuorum},
                                              {kRequestTtl, &settings.requestTtlDays},
                                              {kMaxGrantDays, &settings.maxGrantDays},
                                              {kMaxSensitiveHours, &settings.maxSensitiveGrantHours}};
    for (const auto& [key, value] : rules) {
        auto stored = m_workspace.database().meta(key);
        if (!stored) {
            if (stored.error().kind == ErrorKind::NotFound) {
                continue;
            }
            return stored.error();
        }
        bool ok = false;
        *value = stored->toInt(&ok);
        if (!ok) {
            return Error{ErrorKind::Storage,
                         tr("The approval rule %1 reads \"%2\", which is not a number; an admin sets it "
                            "again with \"request rules\".")
                             .arg(key, stored.value())};
        }
    }
    return settings;
}

Status RequestService::setSettings(const ApprovalSettings& next)
{
    if (const Status admin = OperatorService(m_workspace).require(OperatorRole::Admin); !admin) {
        return admin;
    }
    if (next.defaultQuorum < 1 || next.defaultQuorum > 5 || next.sensitiveQuorum < 2 ||
        next.sensitiveQuorum > 5 || next.requestTtlDays < 1 || next.requestTtlDays > 90 ||
        next.maxGrantDays < 1 || next.maxGrantDays > 365 || next.maxSensitiveGrantHours < 1 ||
        next.maxSensitiveGrantHours > 24 * 7) {
        return Error{ErrorKind::Invalid,
                     tr("Quorums run from 1 (2 for sensitive requests) to 5; requests live 1 to 90 days; "
                        "grants at most "
                        "365 days, sensitive grants at most 7 days.")};
    }
    // The rules as stored may be damaged; the change that repairs them records what they were.
    const auto stored = settings();
    const ApprovalSettings previous = stored ? stored.value() : ApprovalSettings();
    const auto json = [](const ApprovalSettings& s) {
        return QJsonObject{{QStringLiteral("default_quorum"), s.defaultQuorum},
                           {QStringLiteral("sensitive_quorum"), s.sensitiveQuorum},
                           {QStringLiteral("request_ttl_days"), s.requestTtlDays},
                           {QStringLiteral("grant_max_days"), s.maxGrantDays},
                           {QStringLiteral("grant_max_sensitive_hours"), s.maxSensitiveGrantHours}};
    };
    return m_workspace.database().transaction([&]() -> Status {
        const std::pair<QString, int> values[] = {{kDefaultQuorum, next.defaultQuorum},
                                                  {kSensitiveQuorum, next.sensitiveQuorum},
                                                  {kRequestTtl, next.requestTtlDays},
                                                  {kMaxGrantDays, next.maxGrantDays},
                                                  {kMaxSensitiveHours, next.maxSensitiveGrantHours}};
        for (const auto& [key, value] : values) {
            if (const Status s = m_workspace.database().setMeta(key, QString::number(value)); !s) {
                return s;
            }
        }
        return m_workspace.audit().record(
            QStringLiteral("settings.changed"),
            QStringLiteral("settings"),
            QStringLiteral("approval_rules"),
            QJsonObject{{QStringLiteral("from"), json(previous)}, {QStringLiteral("to"), json(next)}});
    });
}

QByteArray RequestService::shownAs(const Request& r) const
{
    return CanonicalJson::serialize(QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("kind"), RequestKinds::key(r.kind)},
        {QStringLiteral("agent"), r.agentSpiffeId},
        {QStringLiteral("requester"), r.requester},
        {QStringLiteral("justification"), r.justification},
        {QStringLiteral("task"), r.task},
        {QStringLiteral("statements"), QJsonArray::fromStringList(r.statements)},
        {QStringLiteral("duration_seconds"), r.durationSeconds},
        {QStringLiteral("standing"), r.standing},
        {QStringLiteral("renews_grant"), r.renewsGrantId},
        {QStringLiteral("risk"), AgentTypes::key(r.risk)},
        {QStringLiteral("risk_reasons"), QJsonArray::fromStringList(r.riskReasons)},
        {QStringLiteral("created_at"), stamp(r.createdAt)},
        {QStringLiteral("expires_at"), stamp(r.expiresAt)},
        {QStringLiteral("workspace"), m_workspace.trustDomain()},
    });
}

Result<ApprovalPolicy::Facts> RequestService::facts(const Request& r) const
{
    ApprovalPolicy::Facts f;
    f.requester = r.requester;
    f.risk = r.risk;
    f.standing = r.standing;
    auto statements = parsedStored(r.statements, tr("Request %1").arg(r.id));
    if (!statements) {
        return statements.error();
    }
    for (const PermissionStatement& statement : std::as_const(statements.value())) {
        const auto breadth = statement.breadth();
        f.sensitive = f.sensitive || breadth.sensitive;
        f.restrictedData = f.restrictedData || breadth.restrictedData;
    }
    f.sensitive = f.sensitive || r.kind == RequestKind::Elevation;
    // The owner decides separation of duties: an owner who cannot be read is an error.
    auto agent = m_workspace.agents().byId(r.agentId);
    if (!agent) {
        return agent.error();
    }
    if (agent->ownerId) {
        auto owner = m_workspace.owners().byId(agent->ownerId);
        if (!owner) {
            return owner.error();
        }
        f.ownerEmail = owner->email;
    }
    return f;
}

Result<Request> RequestService::file(const Draft& draft)
{
    auto requester = OperatorService(m_workspace).current();
    if (!requester) {
        return requester.error();
    }
    const QString justification = draft.justification.trimmed();
    if (justification.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("Say why: a request needs a justification for its reviewers.")};
    }
    if (justification.size() > kMaxJustification) {
        return Error{ErrorKind::Invalid,
                     tr("A justification is at most %1 characters.").arg(kMaxJustification)};
    }
    if (draft.task.size() > 200) {
        return Error{ErrorKind::Invalid, tr("A task id is at most 200 characters.")};
    }
    const auto storedRules = settings();
    if (!storedRules) {
        return storedRules.error();
    }
    const ApprovalSettings rules = storedRules.value();
    const QDateTime now = m_workspace.now();
    InventoryService inventory(m_workspace);

    Request request;
    request.kind = draft.kind;
    request.requester = requester->username;
    request.justification = justification;
    request.task = draft.task.trimmed();
    request.durationSeconds = draft.durationSeconds;
    request.standing = draft.standing;
    request.createdAt = now;
    request.expiresAt = now.addDays(rules.requestTtlDays);

    QList<PermissionStatement> statements;
    if (draft.kind == RequestKind::Renewal) {
        auto previous = m_workspace.requests().grant(draft.renewsGrantId);
        if (!previous) {
            return previous.error();
        }
        if (previous->state == GrantState::Revoked) {
            return Error{ErrorKind::Refused,
                         tr("Grant %1 was revoked; file a new permission request.").arg(previous->id)};
        }
        request.renewsGrantId = previous->id;
        request.statements = previous->statements;
        request.task = request.task.isEmpty() ? previous->task : request.task;
        auto renewed = parsedStored(previous->statements, tr("Grant %1").arg(previous->id));
        if (!renewed) {
            return renewed.error();
        }
        statements = renewed.value();
    } else if (!draft.statements.trimmed().isEmpty() || draft.kind != RequestKind::Identity) {
        auto lines = PermissionStatement::parseLines(draft.statements);
        if (!lines) {
            return lines.error();
        }
        statements = lines.value();
        for (const PermissionStatement& statement : std::as_const(statements)) {
            request.statements << statement.toString();
        }
    }
    const bool sensitive = draft.kind == RequestKind::Elevation ||
                           std::any_of(statements.cbegin(),
                                       statements.cend(),
                                       [](const PermissionStatement& s) { return s.sensitive; });
    if (!statements.isEmpty() || draft.kind != RequestKind::Identity) {
        if (const Status lifetime =
                ApprovalPolicy::checkDuration(draft.durationSeconds, sensitive, draft.standing, rules);
            !lifetime) {
            return lifetime.error();
        }
    }

    Result<Request> filed = Error{};
    const Status done = m_workspace.database().transaction([&]() -> Status {
        Agent agent;
        if (draft.kind == RequestKind::Identity) {
            auto requested = inventory.requestAgent(draft.newAgent);
            if (!requested) {
                return requested.error();
            }
            agent = requested.value();
        } else {
            auto found = inventory.findAgent(draft.agent);
            if (!found) {
                return found.error();
            }
            if (found->status != AgentStatus::Active) {
                return Error{ErrorKind::Refused,
                             tr("Agent %1 is %2; permissions are requested for active agents only.")
                                 .arg(found->name, AgentTypes::label(found->status).toLower())};
            }
            agent = found.value();
            if (request.renewsGrantId) {
                auto previous = m_workspace.requests().grant(request.renewsGrantId);
                if (!previous) {
                    return previous.error();
                }
                if (previous->agentId != agent.id) {
                    return Error{ErrorKind::Invalid,
                                 tr("Grant %1 belongs to another agent.").arg(request.renewsGrantId)};
                }
            }
        }
        request.agentId = agent.id;
        request.agentName = agent.name;
        request.agentSpiffeId = agent.spiffeId;
        const RiskAssessment risk =
            RiskAssessment::assess(statements, draft.durationSeconds, agent, draft.standing);
        request.risk = risk.level;
        request.riskReasons = risk.reasons;
        auto id = m_workspace.requests().insert(request);
        if (!id) {
            return id.error();
        }
        request.id = id.value();
        const QByteArray shown = shownAs(request);
        filed = request;
        return m_workspace.audit().record(QStringLiteral("request.filed"),
                                          QStringLiteral("request"),
                                          QString::number(request.id),
                                          QJsonDocument::fromJson(shown).object());
    });
    if (!done) {
        return done.error();
    }
    return filed;
}

Result<Request> RequestService::withdraw(qint64 id, const QString& reason)
{
    auto request = m_workspace.requests().byId(id);
    if (!request) {
        return request.error();
    }
    OperatorService operators(m_workspace);
    if (request->requester != m_workspace.operatorName()) {
        if (const Status admin = operators.require(OperatorRole::Admin); !admin) {
            return Error{ErrorKind::Refused,
                         tr("Only %1, who filed request %2, or an admin can withdraw it.")
                             .arg(request->requester)
                             .arg(id)};
        }
    }
    const Status done = m_workspace.database().transaction([&]() -> Status {
        if (const Status s = m_workspace.requests().setState(id, RequestState::Withdrawn, m_workspace.now());
            !s) {
            return s;
        }
        return m_workspace.audit().record(QStringLiteral("request.withdrawn"),
                                          QStringLiteral("request"),
                                          QString::number(id),
                                          QJsonObject{{QStringLiteral("reason"), reason}});
    });
    if (!done) {
        return done.error();
    }
    return m_workspace.requests().byId(id);
}

Result<RequestService::Review> RequestService::review(const Request& request) const
{
    auto decisions = m_workspace.requests().decisions(request.id);
    if (!decisions) {
        return decisions.error();
    }
    Review result;
    result.decisions = decisions.value();
    const QString digest = QString::fromLatin1(Digest::sha256(shownAs(request)).toHex());
    QList<ApprovalPolicy::Vote> votes;
    for (const Decision& decision : std::as_const(result.decisions)) {
        auto op = m_workspace.operators().byUsername(decision.operatorName);
        auto publicKey = m_workspace.audit().publicKey(decision.keyId, decision.operatorName);
        const QJsonObject payload = QJsonDocument::fromJson(decision.signedPayload).object();
        if (!op || !publicKey ||
            !publicKey->verify(decision.signedPayload, QByteArray::fromBase64(decision.signature))) {
            result.invalid << tr("%1: the signature does not verify").arg(decision.operatorName);
            continue;
        }
        if (payload.value(QStringLiteral("request_sha256")).toString() != digest ||
            payload.value(QStringLiteral("decision")).toString() !=
                (decision.approve ? QLatin1String("approve") : QLatin1String("deny"))) {
            result.invalid << tr("%1: the request changed after the decision").arg(decision.operatorName);
            continue;
        }
        votes.append({op->username, op->email, op->role, decision.approve});
    }
    const auto f = facts(request);
    const auto rules = settings();
    if (!f || !rules) {
        return !f ? f.error() : rules.error();
    }
    result.tally = ApprovalPolicy::tally(f.value(), votes, rules.value());
    return result;
}

Status RequestService::canReceive(const Request& request) const
{
    auto agent = m_workspace.agents().byId(request.agentId);
    if (!agent) {
        return agent.error();
    }
    // An identity request makes its agent active; every other kind is for an active agent.
    const Status receivable =
        request.kind == RequestKind::Identity
            ? AgentLifecycle::check(agent.value(), AgentStatus::Active)
            : (agent->status == AgentStatus::Active ? Status()
                                                    : Status(Error{ErrorKind::Refused, QString()}));
    if (!receivable) {
        return Error{ErrorKind::Refused,
                     tr("Agent %1 is %2, so request %3 cannot be approved; deny it or have it withdrawn.")
                         .arg(agent->name, AgentTypes::label(agent->status).toLower())
                         .arg(request.id)};
    }
    return {};
}

Result<RequestService::Outcome>
RequestService::decide(qint64 id, bool approve, const QString& reason, const KeyPair& operatorKey)
{
    auto voter = OperatorService(m_workspace).current();
    if (!voter) {
        return voter.error();
    }
    if (voter->keyId.isEmpty() || operatorKey.thumbprint() != voter->keyId) {
        return Error{
            ErrorKind::Refused,
            tr("A decision is signed with your own key; unlock it first (\"steward-cli operator enroll\" "
               "creates it).")};
    }
    if (reason.trimmed().isEmpty()) {
        return Error{ErrorKind::Invalid, tr("Give a reason: it is signed with your decision.")};
    }
    if (auto lapsed = expire(); !lapsed) {
        return lapsed.error();
    }
    auto request = m_workspace.requests().byId(id);
    if (!request) {
        return request.error();
    }
    if (request->state != RequestState::Pending) {
        return Error{ErrorKind::Refused,
                     tr("Request %1 is %2; only pending requests are decided.")
                         .arg(id)
                         .arg(RequestKinds::key(request->state))};
    }
    auto current = review(request.value());
    if (!current) {
        return current.error();
    }
    QList<ApprovalPolicy::Vote> cast;
    for (const Decision& decision : std::as_const(current->decisions)) {
        cast.append({decision.operatorName, QString(), OperatorRole::Approver, decision.approve});
    }
    const auto f = facts(request.value());
    if (!f) {
        return f.error();
    }
    if (approve) {
        if (const Status receivable = canReceive(request.value()); !receivable) {
            return receivable.error();
        }
    }
    if (const Status allowed =
            ApprovalPolicy::mayVote(f.value(), {voter->username, voter->email, voter->role, approve}, cast);
        !allowed) {
        return allowed.error();
    }

    Decision decision;
    decision.requestId = id;
    decision.operatorName = voter->username;
    decision.approve = approve;
    decision.reason = reason.trimmed();
    decision.decidedAt = m_workspace.now();
    decision.keyId = operatorKey.thumbprint();
    const QByteArray shown = shownAs(request.value());
    decision.signedPayload = CanonicalJson::serialize(QJsonObject{
        {QStringLiteral("decision"), approve ? QStringLiteral("approve") : QStringLiteral("deny")},
        {QStringLiteral("reason"), decision.reason},
        {QStringLiteral("operator"), decision.operatorName},
        {QStringLiteral("decided_at"), stamp(decision.decidedAt)},
        {QStringLiteral("request"), QJsonDocument::fromJson(shown).object()},
        {QStringLiteral("request_sha256"), QString::fromLatin1(Digest::sha256(shown).toHex())},
    });
    auto signature = operatorKey.sign(decision.signedPayload);
    if (!signature) {
        return signature.error();
    }
    decision.signature = signature->toBase64();

    Result<Outcome> outcome = Error{};
    const Status done = m_workspace.database().transaction([&]() -> Status {
        if (auto inserted = m_workspace.requests().insertDecision(decision); !inserted) {
            return inserted.error();
        }
        if (const Status logged = m_workspace.audit().record(
                approve ? QStringLiteral("request.approval") : QStringLiteral("request.denial"),
                QStringLiteral("request"),
                QString::number(id),
                QJsonObject{{QStringLiteral("reason"), decision.reason},
                            {QStringLiteral("key_id"), decision.keyId},
                            {QStringLiteral("signature"), QString::fromLatin1(decision.signature)},
                            {QStringLiteral("signed_sha256"),
                             QString::fromLatin1(Digest::sha256(decision.signedPayload).toHex())}});
            !logged) {
            return logged;
        }
        auto after = review(request.value());
        if (!after) {
            return after.error();
        }
        outcome = finish(request.value(), after->tally);
        return outcome ? Status() : Status(outcome.error());
    });
    if (!done) {
        return done.error();
    }
    return outcome;
}

Result<RequestService::Outcome> RequestService::finish(const Request& request,
                                                       const ApprovalPolicy::Tally& tally)
{
    Outcome outcome{request, tally, std::nullopt};
    const QDateTime now = m_workspace.now();
    if (tally.state == ApprovalPolicy::State::Pending) {
        return outcome;
    }
    if (tally.state == ApprovalPolicy::State::Denied) {
        if (const Status s = m_workspace.requests().setState(request.id, RequestState::Denied, now); !s) {
            return s.error();
        }
        if (const Status s = m_workspace.audit().record(
                QStringLiteral("request.denied"), QStringLiteral("request"), QString::number(request.id), {});
            !s) {
            return s.error();
        }
        auto denied = m_workspace.requests().byId(request.id);
        if (!denied) {
            return denied.error();
        }
        outcome.request = denied.value();
        return outcome;
    }

    auto agent = m_workspace.agents().byId(request.agentId);
    if (!agent) {
        return agent.error();
    }
    if (request.kind == RequestKind::Identity) {
        InventoryService inventory(m_workspace);
        auto activated = inventory.changeStatus(
            agent->id, AgentStatus::Active, tr("Identity request %1 approved").arg(request.id));
        if (!activated) {
            return activated.error();
        }
    } else if (agent->status != AgentStatus::Active) {
        return Error{ErrorKind::Refused,
                     tr("Agent %1 is %2; the request cannot be approved.")
                         .arg(agent->name, AgentTypes::label(agent->status).toLower())};
    }
    if (const Status s = m_workspace.requests().setState(request.id, RequestState::Approved, now); !s) {
        return s.error();
    }
    if (const Status s = m_workspace.audit().record(
            QStringLiteral("request.approved"), QStringLiteral("request"), QString::number(request.id), {});
        !s) {
        return s.error();
    }
    if (!request.statements.isEmpty()) {
        auto decisions = m_workspace.requests().decisions(request.id);
        const auto f = facts(request);
        const auto rules = settings();
        if (!decisions || !f || !rules) {
            return !decisions ? decisions.error() : !f ? f.error() : rules.error();
        }
        Grant grant;
        grant.requestId = request.id;
        grant.agentId = request.agentId;
        grant.agentName = agent->name;
        grant.statements = request.statements;
        grant.task = request.task;
        grant.validFrom = now;
        grant.validUntil = ApprovalPolicy::grantEnd(
            now, request.durationSeconds, f->sensitive, request.standing, rules.value());
        grant.standing = request.standing;
        for (const Decision& decision : decisions.value()) {
            if (decision.approve) {
                grant.approvers << decision.operatorName;
            }
        }
        auto id = m_workspace.requests().insertGrant(grant);
        if (!id) {
            return id.error();
        }
        grant.id = id.value();
        if (const Status s = m_workspace.audit().record(QStringLiteral("grant.created"),
                                                        QStringLiteral("grant"),
                                                        QString::number(grant.id),
                                                        grantJson(grant));
            !s) {
            return s.error();
        }
        outcome.grant = grant;
    }
    auto approved = m_workspace.requests().byId(request.id);
    if (!approved) {
        return approved.error();
    }
    outcome.request = approved.value();
    return outcome;
}

Result<std::pair<int, int>> RequestService::expire()
{
    const QDateTime now = m_workspace.now();
    auto lapsed = m_workspace.requests().lapsed(now);
    auto ended = m_workspace.requests().endedGrants(now);
    if (!lapsed || !ended) {
        return !lapsed ? lapsed.error() : ended.error();
    }
    if (lapsed->isEmpty() && ended->isEmpty()) {
        return std::pair<int, int>{0, 0};
    }
    const Status done = m_workspace.database().transaction([&]() -> Status {
        for (qint64 id : lapsed.value()) {
            if (const Status s = m_workspace.requests().setState(id, RequestState::Expired, now); !s) {
                return s;
            }
            if (const Status s = m_workspace.audit().record(
                    QStringLiteral("request.expired"), QStringLiteral("request"), QString::number(id), {});
                !s) {
                return s;
            }
        }
        for (qint64 id : ended.value()) {
            if (const Status s =
                    m_workspace.requests().setGrantState(id, GrantState::Expired, now, QString());
                !s) {
                return s;
            }
            if (const Status s = m_workspace.audit().record(
                    QStringLiteral("grant.expired"), QStringLiteral("grant"), QString::number(id), {});
                !s) {
                return s;
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return std::pair<int, int>{int(lapsed->size()), int(ended->size())};
}

Result<Grant> RequestService::revokeGrant(qint64 id, const QString& reason)
{
    if (const Status allowed = OperatorService(m_workspace).require(OperatorRole::Approver); !allowed) {
        return allowed.error();
    }
    if (reason.trimmed().isEmpty()) {
        return Error{ErrorKind::Invalid, tr("Give a reason for revoking the grant.")};
    }
    const Status done = m_workspace.database().transaction([&]() -> Status {
        if (const Status s = m_workspace.requests().setGrantState(
                id, GrantState::Revoked, m_workspace.now(), reason.trimmed());
            !s) {
            return s;
        }
        return m_workspace.audit().record(QStringLiteral("grant.revoked"),
                                          QStringLiteral("grant"),
                                          QString::number(id),
                                          QJsonObject{{QStringLiteral("reason"), reason.trimmed()}});
    });
    if (!done) {
        return done.error();
    }
    return m_workspace.requests().grant(id);
}

Result<Grant> RequestService::coveringGrant(const Agent& agent,
                                            const QList<PermissionStatement>& scope,
                                            const QString& task,
                                            qint64 grantId) const
{
    auto live = m_workspace.requests().grants(agent.id, true, m_workspace.now());
    if (!live) {
        return live.error();
    }
    if (live->isEmpty()) {
        return Error{ErrorKind::Refused,
                     tr("Agent %1 has no active grant; file a permission request and have it approved.")
                         .arg(agent.name)};
    }
    QString uncovered;
    for (const Grant& grant : live.value()) {
        if ((grantId && grant.id != grantId) || (!task.isEmpty() && grant.task != task)) {
            continue;
        }
        auto stored = parsedStored(grant.statements, tr("Grant %1").arg(grant.id));
        if (!stored) {
            return stored.error();
        }
        const QList<PermissionStatement> granted = stored.value();
        bool all = true;
        for (const PermissionStatement& wanted : scope) {
            if (std::none_of(granted.cbegin(), granted.cend(), [&](const PermissionStatement& g) {
                    return g.covers(wanted);
                })) {
                all = false;
                uncovered = wanted.toString();
                break;
            }
        }
        if (all) {
            return grant;
        }
    }
    if (grantId) {
        return Error{ErrorKind::Refused,
                     task.isEmpty()
                         ? tr("Grant %1 is not an active grant of %2 that covers the scope.")
                               .arg(grantId)
                               .arg(agent.name)
                         : tr("Grant %1 is not an active grant of %2 for task %3 that covers the scope.")
                               .arg(grantId)
                               .arg(agent.name, task)};
    }
    return Error{ErrorKind::Refused,
                 uncovered.isEmpty() ? tr("No active grant of %1 is for task %2.").arg(agent.name, task)
                                     : tr("No active grant of %1 covers \"%2\".").arg(agent.name, uncovered)};
}

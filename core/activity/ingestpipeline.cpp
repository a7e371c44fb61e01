// SPDX-License-Identifier: Apache-2.0
#include "ingestpipeline.h"

#include "inventory/inventoryservice.h"
#include "model/spiffeid.h"
#include "workspace/workspace.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// A readable, valid agent name for a principal: the last part of a role ARN or service-account
// name, or the agent id itself.
QString shadowBaseName(PrincipalKind kind, const QString& value)
{
    QString base;
    switch (kind) {
    case PrincipalKind::AwsRole:
        base = value.section(QLatin1Char('/'), -1);
        break;
    case PrincipalKind::KubernetesServiceAccount:
        base = value.section(QLatin1Char(':'), -1);
        break;
    case PrincipalKind::OtelAgentId:
        // A SPIFFE ID from another trust domain, or a name qualified by its connector: the last
        // segment names the workload.
        base = value.section(QLatin1Char('/'), -1);
        break;
    }
    QString name;
    for (QChar c : base.toLower()) {
        const bool ok =
            (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_';
        name.append(ok ? c : u'-');
    }
    while (!name.isEmpty() && !name.front().isLetterOrNumber()) {
        name.remove(0, 1);
    }
    name = name.left(48);
    while (!name.isEmpty() && !name.back().isLetterOrNumber()) {
        name.chop(1);
    }
    return name.isEmpty() ? QStringLiteral("agent") : name;
}

// The environment a principal's name gives (refund-bot-prod, arn:…:role/staging-deployer), or none.
std::optional<Environment> environmentHint(const QString& value)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    const QStringList words = value.toLower().split(separators, Qt::SkipEmptyParts);
    const auto any = [&words](std::initializer_list<const char*> names) {
        return std::any_of(names.begin(), names.end(), [&words](const char* name) {
            return words.contains(QLatin1String(name));
        });
    };
    if (any({"prod", "production", "prd", "live"})) {
        return Environment::Prod;
    }
    if (any({"staging", "stage", "stg", "preprod", "uat"})) {
        return Environment::Staging;
    }
    if (any({"dev", "development", "test", "testing", "sandbox", "qa", "local"})) {
        return Environment::Dev;
    }
    return std::nullopt;
}

} // namespace

IngestPipeline::IngestPipeline(Workspace& workspace, qint64 connectorId)
    : m_workspace(workspace)
    , m_connectorId(connectorId)
{
}

Result<qint64> IngestPipeline::resolve(const Event& event, int& shadows)
{
    if (!event.principalKind || event.principalValue.isEmpty()) {
        return 0;
    }
    QHash<QString, qint64>& cache = m_agents[static_cast<int>(*event.principalKind)];
    if (const auto it = cache.constFind(event.principalValue); it != cache.cend()) {
        return *it;
    }
    qint64 id = 0;
    // A SPIFFE ID (an MCP client's certificate, say) names a registered agent directly.
    auto agent = event.principalValue.startsWith(QStringLiteral("spiffe://"))
                     ? m_workspace.agents().bySpiffeId(event.principalValue)
                     : Result<Agent>(Error{ErrorKind::NotFound, QString()});
    if (!agent && agent.error().kind == ErrorKind::NotFound) {
        agent = m_workspace.agents().byPrincipal({*event.principalKind, event.principalValue});
    }
    if (agent) {
        id = agent->id;
    } else if (agent.error().kind != ErrorKind::NotFound) {
        return agent.error();
    } else if (event.actsLikeAgent()) {
        auto shadow = recordShadow(event);
        if (!shadow) {
            return shadow.error();
        }
        id = shadow.value();
        ++shadows;
    }
    cache.insert(event.principalValue, id);
    return id;
}

Result<std::pair<qint64, QString>> IngestPipeline::traceAgent(const QString& traceId)
{
    if (const auto it = m_traces.constFind(traceId); it != m_traces.cend()) {
        return *it;
    }
    auto found = m_workspace.events().agentOfTrace(traceId);
    if (!found && found.error().kind != ErrorKind::NotFound) {
        return found.error();
    }
    const std::pair<qint64, QString> agent = found ? found.value() : std::pair<qint64, QString>{0, QString()};
    // Only a found agent is remembered: a later span of this very batch may name it.
    if (agent.first != 0) {
        m_traces.insert(traceId, agent);
    }
    return agent;
}

Result<qint64> IngestPipeline::recordShadow(const Event& event)
{
    const QString base = shadowBaseName(*event.principalKind, event.principalValue);
    Agent draft;
    draft.purpose =
        tr("Unknown: first seen acting as %1 in %2 activity.").arg(event.principalValue, event.source);
    draft.riskTier = RiskTier::High;
    // An agent nobody registered is assumed to act in production unless its name says otherwise:
    // taking it for a developer's experiment would understate what it can reach.
    const std::optional<Environment> hint = environmentHint(event.principalValue);
    draft.environment = hint.value_or(Environment::Prod);
    if (!hint) {
        draft.purpose +=
            QLatin1Char(' ') + tr("Its environment is unknown; taken as prod until its owner says.");
    }
    draft.principals = {{*event.principalKind, event.principalValue}};
    draft.createdAt = m_workspace.now();
    draft.lastSeenAt =
        qMin(QDateTime::fromMSecsSinceEpoch(event.timeNs / 1'000'000, Qt::UTC), draft.createdAt);
    InventoryService inventory(m_workspace);
    for (int attempt = 1; attempt < 1000; ++attempt) {
        draft.name = attempt == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(attempt);
        auto added = inventory.recordShadowAgent(draft, m_connectorId);
        if (added) {
            return added->id;
        }
        // Another agent already has the name: try the next suffix. Anything else is a real error.
        if (added.error().kind != ErrorKind::Conflict) {
            return added.error();
        }
        auto holder = m_workspace.agents().byName(draft.name);
        if (!holder) {
            return holder.error().kind == ErrorKind::NotFound ? added.error() : holder.error();
        }
    }
    return Error{ErrorKind::Conflict, tr("No free name for a shadow agent like %1.").arg(base)};
}

Result<IngestCounts> IngestPipeline::commit(QList<Unit>& units,
                                            const QJsonObject& cursor,
                                            const std::function<Status()>& alsoStore)
{
    IngestCounts counts;
    int shadows = 0;
    const QDateTime now = m_workspace.now();
    if (!m_overrides) {
        // Fails closed: a correction that cannot be read stores nothing rather than making shadow
        // agents of people (or hiding agents among them).
        auto connector = m_workspace.connectors().byId(m_connectorId);
        if (!connector && connector.error().kind != ErrorKind::NotFound) {
            return connector.error();
        }
        auto overrides = ActorTypeOverrides::fromSettings(connector ? connector->settings : QJsonObject());
        if (!overrides) {
            return overrides.error();
        }
        m_overrides = std::move(overrides).value();
        m_scope = connector ? connector->name : QStringLiteral("connector-%1").arg(m_connectorId);
    }
    for (auto& cache : m_agents) {
        cache.clear();
    }
    m_traces.clear();
    // A span that names no agent acts for the agent another span of its trace names: in this batch
    // (a child is exported before the agent's own span ends), else as stored before.
    QHash<QString, const Event*> namingSpans;
    for (const Unit& unit : std::as_const(units)) {
        for (const Event& event : unit.parsed.events) {
            if (event.principalKind && event.isSpan() && !namingSpans.contains(event.traceId)) {
                namingSpans.insert(event.traceId, &event);
            }
        }
    }
    QSet<QString> namedTraces;
    QHash<qint64, qint64> newest; // agent → the time of its newest event in the batch (ns)
    const Status done = m_workspace.database().transaction([&]() -> Status {
        for (Unit& unit : units) {
            // Answers that match no call are quarantined with the batch's other rejects; kept here,
            // not added to the caller's batch, which a retry would then count twice.
            QList<ParsedRecord::Rejected> unmatched;
            for (Event& event : unit.parsed.events) {
                ++counts.read;
                if (!event.principalKind && event.isSpan()) {
                    if (const Event* naming = namingSpans.value(event.traceId); naming && naming != &event) {
                        event.principal = naming->principal;
                        event.principalKind = naming->principalKind;
                        event.principalValue = naming->principalValue;
                        event.actorType = naming->actorType;
                        event.principalIsLocal = naming->principalIsLocal;
                    }
                }
                if (event.principalIsLocal) {
                    // Cleared once qualified, so a batch committed again is qualified once.
                    event.principalValue = m_scope + QLatin1Char('/') + event.principalValue;
                    event.principalIsLocal = false;
                }
                m_overrides->apply(event);
                auto agent = resolve(event, shadows);
                if (!agent) {
                    return agent.error();
                }
                event.agentId = agent.value();
                if (event.agentId == 0 && !event.principalKind && event.isSpan()) {
                    // A span whose export held no span naming the agent: the agent of the trace
                    // as stored from another file, another batch or another connector.
                    auto traced = traceAgent(event.traceId);
                    if (!traced) {
                        return traced.error();
                    }
                    if (traced->first != 0) {
                        event.agentId = traced->first;
                        event.principal = traced->second;
                    }
                }
                auto stored = m_workspace.events().insert(event, m_connectorId);
                if (!stored) {
                    return stored.error();
                }
                if (!stored.value()) {
                    // The same id with other content is either a source that reuses ids or a
                    // record forged to hide behind a real one: evidence, not a duplicate.
                    auto conflict = m_workspace.events().conflictWith(event);
                    if (!conflict) {
                        return conflict.error();
                    }
                    if (conflict.value()) {
                        --counts.read; // counted again with the quarantine below
                        unmatched.append({tr("Same id (%1) as stored event %2, but a different %3.")
                                              .arg(event.nativeId)
                                              .arg(conflict.value()->storedId)
                                              .arg(conflict.value()->fields.join(QStringLiteral(", "))),
                                          event.raw,
                                          event.raw.size()});
                        continue;
                    }
                }
                if (event.agentId != 0 && event.isSpan()) {
                    namedTraces.insert(event.traceId);
                }
                if (event.agentId != 0 && event.timeNs > newest.value(event.agentId)) {
                    newest.insert(event.agentId, event.timeNs);
                }
                ++(stored.value() ? counts.stored : counts.duplicates);
            }
            for (const ParsedRecord::Completion& answer : std::as_const(unit.parsed.completions)) {
                Event call;
                call.source = answer.source;
                call.nativeId = answer.nativeId;
                auto completed = answer.interim
                                     ? m_workspace.events().keepInterim(call.key(), answer.raw)
                                     : m_workspace.events().complete(call.key(), answer.outcome, answer.raw);
                if (!completed) {
                    return completed.error();
                }
                if (completed.value() == EventRepository::Completed::NoSuchCall) {
                    // Counted with the quarantine below.
                    unmatched.append({answer.unmatchedWhy, answer.raw, answer.raw.size()});
                    continue;
                }
                ++counts.read;
                ++(completed.value() == EventRepository::Completed::Settled ? counts.answers
                                                                            : counts.duplicates);
            }
            for (const QList<ParsedRecord::Rejected>* list : {&unit.parsed.rejected, &unmatched}) {
                for (const ParsedRecord::Rejected& rejected : *list) {
                    ++counts.read;
                    QuarantinedRecord record;
                    record.connectorId = m_connectorId;
                    record.receivedAt = now;
                    record.location = unit.location;
                    record.reason = rejected.reason;
                    record.raw = rejected.raw.left(QuarantinedRecord::kMaxRawBytes);
                    record.rawSize = rejected.size ? rejected.size : rejected.raw.size();
                    if (auto kept = m_workspace.connectors().quarantine(record); !kept) {
                        return kept.error();
                    }
                    ++counts.quarantined;
                }
            }
        }
        if (alsoStore) {
            if (const Status stored = alsoStore(); !stored) {
                return stored;
            }
        }
        // Last seen is when the agent last acted, as its events say; a clock ahead of ours does not
        // move it into the future.
        for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
            const QDateTime at = qMin(QDateTime::fromMSecsSinceEpoch(it.value() / 1'000'000, Qt::UTC), now);
            if (const Status s = m_workspace.agents().noteSeen(it.key(), at); !s) {
                return s;
            }
        }
        // Spans of these traces stored earlier without their agent (their export lacked it) get it.
        for (const QString& trace : std::as_const(namedTraces)) {
            auto agent = traceAgent(trace);
            if (!agent) {
                return agent.error();
            }
            auto attributed = m_workspace.events().attributeTrace(trace, agent->first);
            if (!attributed) {
                return attributed.error();
            }
            if (attributed.value() > 0) {
                const QDateTime at =
                    qMin(QDateTime::fromMSecsSinceEpoch(attributed.value() / 1'000'000, Qt::UTC), now);
                if (const Status s = m_workspace.agents().noteSeen(agent->first, at); !s) {
                    return s;
                }
            }
        }
        return m_workspace.connectors().recordProgress(m_connectorId, cursor, counts, now);
    });
    for (auto& cache : m_agents) {
        cache.clear();
    }
    if (!done) {
        // The transaction rolled back, and the shadow agents made inside it with it.
        return done.error();
    }
    m_shadows += shadows;
    return counts;
}

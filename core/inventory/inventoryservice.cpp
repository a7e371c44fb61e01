// SPDX-License-Identifier: Apache-2.0
#include "inventoryservice.h"

#include "agentlifecycle.h"
#include "inventoryrules.h"
#include "model/spiffeid.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace {
// What the audit trail keeps of an agent: enough to see what changed between two entries.
QJsonObject auditState(const Agent& agent)
{
    QJsonArray principals;
    for (const Principal& principal : agent.principals) {
        principals.append(QString(AgentTypes::key(principal.kind) + QLatin1Char('=') + principal.value));
    }
    return QJsonObject{{QStringLiteral("spiffe_id"), agent.spiffeId},
                       {QStringLiteral("display_name"), agent.displayName},
                       {QStringLiteral("purpose"), agent.purpose},
                       {QStringLiteral("owner_id"), agent.ownerId},
                       {QStringLiteral("framework"), agent.framework},
                       {QStringLiteral("model"), agent.model},
                       {QStringLiteral("environment"), AgentTypes::key(agent.environment)},
                       {QStringLiteral("risk_tier"), AgentTypes::key(agent.riskTier)},
                       {QStringLiteral("principals"), principals},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(agent.tags)}};
}
} // namespace

InventoryService::InventoryService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

Result<Owner> InventoryService::addOwner(const QString& name, const QString& email, const QString& team)
{
    for (const Status& s : {InventoryRules::ownerName(name),
                            InventoryRules::ownerEmail(email),
                            InventoryRules::ownerTeam(team)}) {
        if (!s) {
            return s.error();
        }
    }
    if (m_workspace.owners().byEmail(email)) {
        return Error{ErrorKind::Conflict, tr("An owner with the email %1 already exists.").arg(email)};
    }
    Owner owner{0, name.trimmed(), email.trimmed().toLower(), team.trimmed(), m_workspace.now()};
    const Status added = m_workspace.database().transaction([&]() -> Status {
        auto id = m_workspace.owners().insert(owner);
        if (!id) {
            return id.error();
        }
        owner.id = id.value();
        return m_workspace.audit().record(
            QStringLiteral("owner.added"),
            QStringLiteral("owner"),
            owner.email,
            QJsonObject{{QStringLiteral("name"), owner.name}, {QStringLiteral("team"), owner.team}});
    });
    if (!added) {
        return added.error();
    }
    Q_EMIT ownersChanged();
    return owner;
}

Result<Owner> InventoryService::findOwner(const QString& emailOrId) const
{
    bool isNumber = false;
    const qint64 id = emailOrId.toLongLong(&isNumber);
    auto owner = isNumber ? m_workspace.owners().byId(id) : m_workspace.owners().byEmail(emailOrId);
    if (!owner && owner.error().kind == ErrorKind::NotFound) {
        return Error{
            ErrorKind::NotFound,
            tr("There is no owner %1. Add the owner first (\"steward-cli owner add\").").arg(emailOrId)};
    }
    return owner;
}

Status InventoryService::checkOwner(qint64 ownerId) const
{
    if (ownerId == 0) {
        return Error{ErrorKind::Invalid, tr("Every registered agent needs an accountable owner.")};
    }
    if (auto owner = m_workspace.owners().byId(ownerId); !owner) {
        if (owner.error().kind == ErrorKind::NotFound) {
            return Error{ErrorKind::Invalid, tr("The owner chosen for the agent does not exist.")};
        }
        return owner.error();
    }
    return {};
}

Status InventoryService::checkPrincipalsFree(const Agent& draft, qint64 exceptAgentId) const
{
    for (const Principal& principal : draft.principals) {
        auto holder = m_workspace.agents().byPrincipal(principal);
        if (holder && holder->id != exceptAgentId) {
            return Error{
                ErrorKind::Conflict,
                tr("The principal %1 already belongs to agent %2.").arg(principal.value, holder->name)};
        }
        if (!holder && holder.error().kind != ErrorKind::NotFound) {
            return holder.error();
        }
    }
    return {};
}

Result<Agent> InventoryService::addAgent(const Agent& draft)
{
    if (const Status s = checkOwner(draft.ownerId); !s) {
        return s.error();
    }
    return insertAgent(draft, AgentStatus::Active, tr("Registered"));
}

Result<Agent> InventoryService::requestAgent(const Agent& draft)
{
    if (const Status s = checkOwner(draft.ownerId); !s) {
        return s.error();
    }
    return insertAgent(draft, AgentStatus::Requested, tr("Requested; waiting for approval"));
}

Result<Agent> InventoryService::recordShadowAgent(const Agent& draft, qint64 connectorId)
{
    if (draft.ownerId != 0) {
        if (const Status s = checkOwner(draft.ownerId); !s) {
            return s.error();
        }
    }
    return insertAgent(
        draft, AgentStatus::Shadow, tr("Discovered in activity; never registered"), connectorId);
}

Result<Agent>
InventoryService::insertAgent(Agent draft, AgentStatus status, const QString& reason, qint64 connectorId)
{
    if (draft.displayName.trimmed().isEmpty()) {
        draft.displayName = draft.name;
    }
    if (const Status s = SpiffeId::validateAgentName(draft.name); !s) {
        return s.error();
    }
    if (const Status s = InventoryRules::agentFields(draft); !s) {
        return s.error();
    }
    if (auto existing = m_workspace.agents().byName(draft.name)) {
        return Error{ErrorKind::Conflict,
                     tr("An agent named %1 already exists (%2). Agent names are never reused, even after "
                        "retirement.")
                         .arg(draft.name, AgentTypes::label(existing->status).toLower())};
    }
    if (const Status s = checkPrincipalsFree(draft, 0); !s) {
        return s.error();
    }
    draft.spiffeId = SpiffeId::forAgent(m_workspace.trustDomain(), draft.name);
    draft.status = status;
    draft.createdAt = draft.createdAt.isValid() ? draft.createdAt : m_workspace.now();
    draft.updatedAt = draft.createdAt;
    QString connectorName;
    if (connectorId != 0) {
        auto connector = m_workspace.connectors().byId(connectorId);
        if (!connector) {
            return connector.error();
        }
        connectorName = connector->name;
    }
    qint64 id = 0;
    const Status inserted = m_workspace.database().transaction([&]() -> Status {
        auto added = m_workspace.agents().insert(draft, m_workspace.operatorName(), reason, connectorId);
        if (!added) {
            return added.error();
        }
        id = added.value();
        QJsonObject details = auditState(draft);
        details.insert(QStringLiteral("reason"), reason);
        if (connectorId != 0) {
            details.insert(QStringLiteral("connector_id"), connectorId);
            details.insert(QStringLiteral("connector_name"), connectorName);
        }
        return m_workspace.audit().record(status == AgentStatus::Shadow ? QStringLiteral("agent.discovered")
                                                                        : QStringLiteral("agent.registered"),
                                          QStringLiteral("agent"),
                                          draft.name,
                                          details);
    });
    if (!inserted) {
        return inserted.error();
    }
    Q_EMIT agentAdded(id);
    return m_workspace.agents().byId(id);
}

Result<Agent> InventoryService::editAgent(qint64 id, const Agent& draft)
{
    auto current = m_workspace.agents().byId(id);
    if (!current) {
        return current.error();
    }
    Agent agent = current.value();
    if (agent.status == AgentStatus::Retired) {
        return Error{
            ErrorKind::Refused,
            tr("Agent %1 is retired; its record is kept as it was and cannot be edited.").arg(agent.name)};
    }
    agent.displayName = draft.displayName.trimmed().isEmpty() ? agent.name : draft.displayName;
    agent.purpose = draft.purpose;
    agent.ownerId = draft.ownerId;
    agent.framework = draft.framework;
    agent.model = draft.model;
    agent.environment = draft.environment;
    agent.riskTier = draft.riskTier;
    agent.principals = draft.principals;
    agent.tags = draft.tags;
    if (const Status s = InventoryRules::agentFields(agent); !s) {
        return s.error();
    }
    if (agent.ownerId != 0 || agent.status != AgentStatus::Shadow) {
        if (const Status s = checkOwner(agent.ownerId); !s) {
            return s.error();
        }
    }
    if (const Status s = checkPrincipalsFree(agent, agent.id); !s) {
        return s.error();
    }
    agent.updatedAt = m_workspace.now();
    const Status updated = m_workspace.database().transaction([&]() -> Status {
        if (const Status s = m_workspace.agents().update(agent); !s) {
            return s;
        }
        return m_workspace.audit().record(
            QStringLiteral("agent.edited"), QStringLiteral("agent"), agent.name, auditState(agent));
    });
    if (!updated) {
        return updated.error();
    }
    Q_EMIT agentChanged(id);
    return m_workspace.agents().byId(id);
}

Result<Agent> InventoryService::changeStatus(qint64 id, AgentStatus to, const QString& reason)
{
    auto current = m_workspace.agents().byId(id);
    if (!current) {
        return current.error();
    }
    if (const Status s = AgentLifecycle::check(current.value(), to); !s) {
        return s.error();
    }
    if (const Status s = InventoryRules::reason(reason); !s) {
        return s.error();
    }
    // Suspending or retiring an agent revokes its live credentials in the same transaction.
    const Status changed = m_workspace.database().transaction([&]() -> Status {
        const Status set = m_workspace.agents().setStatus(
            current.value(), to, reason.trimmed(), m_workspace.operatorName(), m_workspace.now());
        if (!set) {
            return set;
        }
        int revokedCount = 0;
        int grantsRevoked = 0;
        if (to == AgentStatus::Suspended || to == AgentStatus::Retired) {
            auto revoked = m_workspace.credentials().revokeAllForAgent(
                current->id, tr("Agent %1").arg(AgentTypes::label(to).toLower()), m_workspace.now());
            if (!revoked) {
                return revoked.error();
            }
            revokedCount = revoked.value();
            auto grants = m_workspace.requests().revokeGrantsOfAgent(
                current->id, tr("Agent %1").arg(AgentTypes::label(to).toLower()), m_workspace.now());
            if (!grants) {
                return grants.error();
            }
            grantsRevoked = grants.value();
            // A request for an agent that can no longer receive it would wait for a reviewer who
            // might approve it unread; it is withdrawn with the same reason, and audited.
            auto withdrawn = m_workspace.requests().withdrawPendingOfAgent(current->id, m_workspace.now());
            if (!withdrawn) {
                return withdrawn.error();
            }
            for (qint64 request : std::as_const(withdrawn.value())) {
                if (const Status s = m_workspace.audit().record(
                        QStringLiteral("request.withdrawn"),
                        QStringLiteral("request"),
                        QString::number(request),
                        QJsonObject{
                            {QStringLiteral("reason"),
                             tr("Agent %1 was %2: %3")
                                 .arg(current->name, AgentTypes::label(to).toLower(), reason.trimmed())},
                            {QStringLiteral("agent_status"), AgentTypes::key(to)}});
                    !s) {
                    return s;
                }
            }
        }
        return m_workspace.audit().record(
            QStringLiteral("agent.status_changed"),
            QStringLiteral("agent"),
            current->name,
            QJsonObject{{QStringLiteral("from"), AgentTypes::key(current->status)},
                        {QStringLiteral("to"), AgentTypes::key(to)},
                        {QStringLiteral("reason"), reason.trimmed()},
                        {QStringLiteral("credentials_revoked"), revokedCount},
                        {QStringLiteral("grants_revoked"), grantsRevoked}});
    });
    if (!changed) {
        return changed.error();
    }
    Q_EMIT agentChanged(id);
    return m_workspace.agents().byId(id);
}

Result<Agent> InventoryService::findAgent(const QString& key) const
{
    if (key.startsWith(QStringLiteral("spiffe://"))) {
        return m_workspace.agents().bySpiffeId(key);
    }
    auto byName = m_workspace.agents().byName(key);
    if (byName || byName.error().kind != ErrorKind::NotFound) {
        return byName;
    }
    for (PrincipalKind kind : AgentTypes::principalKinds()) {
        auto byPrincipal = m_workspace.agents().byPrincipal(Principal{kind, key});
        if (byPrincipal || byPrincipal.error().kind != ErrorKind::NotFound) {
            return byPrincipal;
        }
    }
    return Error{ErrorKind::NotFound, tr("There is no agent %1.").arg(key)};
}

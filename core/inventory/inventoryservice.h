// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"
#include "model/owner.h"
#include "result.h"

#include <QObject>

class Workspace;

// Every change to the inventory goes through here, from the console and from the CLI alike:
// it validates, checks the lifecycle, stamps times and the operator, then writes. A refused
// change leaves the workspace exactly as it was.
class InventoryService final : public QObject
{
    Q_OBJECT

public:
    explicit InventoryService(Workspace& workspace, QObject* parent = nullptr);

    Workspace& workspace() { return m_workspace; }

    Result<Owner> addOwner(const QString& name, const QString& email, const QString& team);
    Result<Owner> findOwner(const QString& emailOrId) const;

    // A registered agent: starts active. draft.name, purpose and ownerId are required.
    Result<Agent> addAgent(const Agent& draft);
    // An agent seen in activity that nobody registered: starts as shadow, the owner optional. The
    // connector whose records showed it is named in its history and the audit trail (0: none).
    Result<Agent> recordShadowAgent(const Agent& draft, qint64 connectorId = 0);
    // An agent someone asked for: registered as requested, active once its identity request is approved.
    Result<Agent> requestAgent(const Agent& draft);
    // Changes everything but the name, the SPIFFE ID and the status.
    Result<Agent> editAgent(qint64 id, const Agent& draft);
    Result<Agent> changeStatus(qint64 id, AgentStatus to, const QString& reason);
    // By name, SPIFFE ID or principal value.
    Result<Agent> findAgent(const QString& key) const;

Q_SIGNALS:
    void agentAdded(qint64 id);
    void agentChanged(qint64 id);
    void ownersChanged();

private:
    Result<Agent> insertAgent(Agent draft, AgentStatus status, const QString& reason, qint64 connectorId = 0);
    Status checkPrincipalsFree(const Agent& draft, qint64 exceptAgentId) const;
    Status checkOwner(qint64 ownerId) const;

    Workspace& m_workspace;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/audittrail.h"
#include "result.h"
#include "store/agentrepository.h"
#include "store/connectorrepository.h"
#include "store/credentialrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/operatorrepository.h"
#include "store/ownerrepository.h"
#include "store/requestrepository.h"
#include "store/savedfilterrepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>

// One trust domain: its database, its repositories, and who is acting on it. Like Database,
// a Workspace belongs to the thread that opened it.
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    using Clock = std::function<QDateTime()>;

    ~Workspace();
    static Result<std::unique_ptr<Workspace>> open(const QString& path);
    // A new workspace file for the trust domain; the acting operator becomes its first admin.
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const QString& trustDomain);

    // STEWARD_WORKSPACE if set, else the platform's application-data folder.
    static QString defaultPath();
    // STEWARD_OPERATOR if set, else the login name.
    static QString currentUserName();

    Database& database() { return *m_db; }
    OwnerRepository& owners() { return m_owners; }
    OperatorRepository& operators() { return m_operators; }
    AgentRepository& agents() { return m_agents; }
    CredentialRepository& credentials() { return m_credentials; }
    AuditTrail& audit() { return m_audit; }
    RequestRepository& requests() { return m_requests; }
    EventRepository& events() { return m_events; }
    ConnectorRepository& connectors() { return m_connectors; }
    SavedFilterRepository& savedFilters() { return m_savedFilters; }

    QString path() const { return m_db->path(); }
    QString trustDomain() const { return m_trustDomain; }
    // A random identifier that names this workspace outside its file (the keychain entry), so
    // that moving or copying the file does not confuse two workspaces of the same trust domain.
    QString id() const { return m_id; }
    QString operatorName() const { return m_operatorName; }
    void setOperatorName(const QString& name) { m_operatorName = name; }

    QDateTime now() const { return m_clock(); }
    const Clock& clock() const { return m_clock; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Where this operator keeps the workspace's audit anchors, outside the file (see AuditAnchor).
    AuditAnchorStore anchorStore() const { return AuditAnchorStore(m_anchorDirectory); }
    // The newest verified checkpoint as an anchor to keep elsewhere; none before the first.
    Result<std::optional<AuditAnchor>> auditAnchor() const;
    // Moves this machine's anchor forward to `anchor`, if the trail runs unbroken to it.
    Status keepAnchor(const AuditAnchor& anchor) const;
    // Whether this machine had no anchor of the workspace until this open took one: the trail is
    // then trusted as the file holds it now, and said so.
    bool anchoredAtOpen() const { return m_anchoredAtOpen; }

private:
    explicit Workspace(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    OwnerRepository m_owners;
    OperatorRepository m_operators;
    AgentRepository m_agents;
    CredentialRepository m_credentials;
    RequestRepository m_requests;
    EventRepository m_events;
    ConnectorRepository m_connectors;
    SavedFilterRepository m_savedFilters;
    AuditTrail m_audit;
    QString m_trustDomain;
    QString m_id;
    QString m_operatorName;
    QString m_anchorDirectory;
    bool m_anchoredAtOpen = false;
    Clock m_clock;
};

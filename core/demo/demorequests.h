// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/keypair.h"
#include "model/agenttypes.h"
#include "model/operator.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <functional>

class DemoTimeline;
class IdentityService;
class QRandomGenerator;
class Workspace;

// The review side of the demo: the owners as operators with their own signing keys, and 45 days
// of requests filed, approved, denied, withdrawn and left to expire, with the grants and tokens
// that followed. Planned on the demo's timeline and run through the real services, so every
// rule (quorum, separation of duties, lifetimes) holds and every decision is really signed.
class DemoRequests final
{
    Q_DECLARE_TR_FUNCTIONS(DemoRequests)

public:
    struct Person
    {
        qint64 ownerId = 0;
        QString name;
        QString email;
        QString team;
        OperatorRole role = OperatorRole::Viewer;
    };
    // An agent that stays active from its creation on, so requests for it can be filed any time.
    struct AgentPlan
    {
        QString name;
        QString ownerEmail;
        QString team;
        Environment environment = Environment::Prod;
        QDateTime createdAt;
    };

    static constexpr int kMaxRequests = 2000;
    static constexpr int kDays = 45;

    DemoRequests(Workspace& workspace,
                 QRandomGenerator& random,
                 const QDateTime& base,
                 QByteArrayView passphrase,
                 IdentityService* identity);

    Status plan(DemoTimeline& timeline, const QList<Person>& people, const QList<AgentPlan>& agents);
    // Back to the acting operator, with no key signing on anyone's behalf.
    void finish();

private:
    void planOperators(DemoTimeline& timeline, const QList<Person>& people);
    void planRequest(DemoTimeline& timeline, const AgentPlan& agent);
    void planIdentityRequests(DemoTimeline& timeline, const QList<Person>& people);
    void planExpiry(DemoTimeline& timeline);
    // Runs a step as this operator, signing its audit entries with their key.
    Status as(const QString& username, const std::function<Status()>& step);
    // Approves with the next candidate who may; a refusal by the rules moves on to the next one.
    Status approveNext(int index, const QString& reason);
    Status mint(int index, int ttlSeconds);
    qint64 requestId(int index) const { return m_requestIds.value(index); }

    Workspace& m_workspace;
    QRandomGenerator& m_random;
    QDateTime m_base;
    QByteArray m_passphrase;
    IdentityService* m_identity;
    QString m_actor;
    QHash<QString, KeyPair> m_keys;       // operator username → unlocked signing key
    QHash<QString, QString> m_usernames;  // owner email → operator username
    QStringList m_approvers;              // usernames of approvers and admins, Security first
    QString m_admin;                      // the demo's admin, who approves standing grants
    QHash<int, qint64> m_requestIds;      // plan index → request id, once filed
    QHash<int, QStringList> m_candidates; // plan index → approvers in the order they will decide
    QHash<int, QString> m_requesters;
    QHash<int, QString> m_audiences;
    int m_planned = 0;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auditanchor.h"
#include "auditentry.h"
#include "crypto/keypair.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

class Database;

// The workspace's hash-chained, signed record of every change. Entries are appended inside the
// transaction of the change they record, so a change and its entry land together or not at all.
// Each entry is signed by the acting operator's key when it is unlocked; the workspace's audit
// key signs a checkpoint over the chain's head every kCheckpointEvery entries and at close, so
// an entry appended behind Steward's back after the last checkpoint shows up as unattested.
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    static constexpr int kCheckpointEvery = 1000;
    static constexpr qsizetype kMaxPayloadBytes = 64 * 1024;

    // Who is acting, when, and in which trust domain: the workspace answers, so that the trail
    // depends on the database alone and the workspace sits above both.
    struct Context
    {
        std::function<QDateTime()> now;
        std::function<QString()> operatorName;
        std::function<QString()> trustDomain;
        // After each checkpoint: keeps the anchor outside the workspace (may be empty).
        std::function<Status(const AuditAnchor&)> checkpointed;
        // The anchors kept outside the workspace for it; verify() checks them all (may be empty).
        std::function<Result<QList<AuditAnchor>>()> anchors;
        // The workspace's id, which its first entry records: anchors are found by it (may be empty).
        std::function<QString()> workspaceId;
    };

    AuditTrail(Database& db, Context context)
        : m_db(db)
        , m_context(std::move(context))
    {
    }

    Database& database() const { return m_db; }
    QString trustDomain() const { return m_context.trustDomain(); }
    QDateTime now() const { return m_context.now(); }

    struct Record
    {
        QString action;
        QString objectType;
        QString objectId;
        QJsonObject payload;
    };
    Result<qint64> append(const Record& record);
    // append() for callers that only need to know it worked, inside their own transaction.
    Status record(const QString& action,
                  const QString& objectType,
                  const QString& objectId,
                  const QJsonObject& payload)
    {
        auto appended = append({action, objectType, objectId, payload});
        return appended ? Status() : Status(appended.error());
    }

    // The acting operator's unlocked key, or none: later entries of that operator are signed with
    // it (an entry made under another operator's name is not).
    void setSigner(std::optional<KeyPair> key)
    {
        m_signer = std::move(key);
        m_signerHolder = m_signer ? m_context.operatorName() : QString();
    }
    bool hasSigner() const { return m_signer.has_value(); }
    // How to get the workspace audit key when a checkpoint is due (it needs the passphrase);
    // returning nothing defers the checkpoint to a later session.
    void setCheckpointKeyLoader(std::function<std::optional<KeyPair>()> loader)
    {
        m_loader = std::move(loader);
    }
    void setCheckpointKey(const KeyPair& key)
    {
        m_loader = [key]() -> std::optional<KeyPair> { return key; };
    }
    // Signs the head if it is not signed yet; called every kCheckpointEvery entries and at close.
    // Loading the key may wait on a person or the keychain, so a checkpoint that falls due inside
    // a transaction is made after it commits, never while it holds the write lock.
    Status checkpoint();
    // Called when the workspace closes.
    void close();
    // The newest checkpoint whose signature verifies under the workspace key, as an anchor
    // (without the workspace's id and path, which the workspace adds); none before the first.
    Result<std::optional<AuditAnchor>> latestAnchor() const;
    // Whether the trail runs unbroken from one anchor's entry to a later one's: an anchor only
    // moves forward along the trail it anchored, never onto a rewritten one.
    Status extends(const AuditAnchor& from, const AuditAnchor& to) const;

    // The workspace's audit key: created once, under the workspace passphrase.
    Status ensureWorkspaceKey(QByteArrayView passphrase);
    Result<KeyPair> openWorkspaceKey(QByteArrayView passphrase) const;
    // Empty when the workspace has no audit key yet; an error when that cannot be read.
    Result<QString> workspaceKeyId() const;

    // Every public key that ever signs an entry, a checkpoint or a decision is kept here, by its
    // thumbprint, so that what it signed still verifies after the holder's key changes.
    Status recordKey(const KeyPair& key, const QString& holder);
    // The public key `keyId` of this holder; NotFound when it names none.
    Result<KeyPair> publicKey(const QString& keyId, const QString& holder) const;

    struct Verification
    {
        qint64 entries = 0;
        qint64 signedEntries = 0;
        qint64 checkpointedThrough = 0; // the last sequence covered by a valid checkpoint
        qint64 anchoredThrough = 0;     // the last sequence an anchor kept outside confirms
        qint64 anchors = 0;             // how many anchors were checked
        qint64 badSequence = 0;         // the first entry found wrong; 0 when all is well
        // One stable word: altered, deleted, inserted, reordered, bad_signature, bad_checkpoint;
        // against an anchor: truncated, rewritten, key_changed, bad_anchor, other_workspace.
        QString problem;
        QString message; // for a person
        bool intact() const { return badSequence == 0 && problem.isEmpty(); }
    };
    // Walks the whole chain, then checks it against every anchor (the context's and `extra`);
    // progress (0..entries) is reported as it goes.
    Result<Verification> verify(const std::function<void(qint64, qint64)>& progress = {},
                                const QList<AuditAnchor>& extra = {}) const;

    struct Filter
    {
        QString operatorName;
        QString objectType;
        QString objectId;
        QString action;
        qint64 afterSequence = 0;
        int limit = 200;
    };
    Result<QList<AuditEntry>> list(const Filter& filter) const;
    Result<AuditEntry> entry(qint64 sequence) const;
    qint64 headSequence() const;

    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

private:
    // verify() from entry `from` on; before `from` the trail is taken as its checkpoint attests.
    Result<Verification> walk(const std::function<void(qint64, qint64)>& progress,
                              const QList<AuditAnchor>& extra,
                              qint64 from) const;

    Database& m_db;
    Context m_context;
    std::optional<KeyPair> m_signer;
    QString m_signerHolder;
    std::function<std::optional<KeyPair>()> m_loader;
    qint64 m_appended = 0; // in this session, to know whether a checkpoint is due at close
};

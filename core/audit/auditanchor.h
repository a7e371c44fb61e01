// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// A signed checkpoint copied out of the workspace: where the trail stood (sequence and entry
// hash) and the workspace key's signature over it. The chain alone cannot show that its newest
// entries were cut off together with their checkpoints; a copy kept where the workspace's writer
// cannot reach can. Steward keeps one per workspace in the operator's own data folder and moves
// it forward at each checkpoint; `audit anchor` prints one for an auditor to keep elsewhere.
struct AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    static constexpr qsizetype kMaxBytes = 16 * 1024;

    QString workspaceId;
    QString workspacePath; // where the workspace was when the anchor was taken
    QString trustDomain;
    QString keyId;
    qint64 sequence = 0;
    QString entryHash;
    QDateTime at;
    QByteArray signature; // base64, as the checkpoint stores it
    QString origin;       // where it was read from, for messages; not part of the anchor

    QJsonObject toJson() const;
    // Bounded and checked: a file that is not an anchor is an error naming what is wrong, never an
    // anchor with empty fields.
    static Result<AuditAnchor> fromJson(const QByteArray& bytes, const QString& origin);
    static Result<AuditAnchor> readFile(const QString& path);
};

// The operator's own anchors: one file per workspace in a folder only its owner can read.
class AuditAnchorStore final
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchorStore)

public:
    explicit AuditAnchorStore(QString directory)
        : m_directory(std::move(directory))
    {
    }
    // STEWARD_ANCHOR_DIR when set, else the application's local data folder.
    static QString defaultDirectory();
    const QString& directory() const { return m_directory; }

    // Keeps the anchor unless the one on record for its workspace is as new or newer, was signed
    // by another key, or `continues` says the new one is not on the trail the kept one anchored:
    // an anchor only moves forward, along its trail, and never to a substituted key. A damaged
    // anchor on record, or one that is a link, is an error: it is left for a person to look at.
    using Continues = std::function<Status(const AuditAnchor& kept, const AuditAnchor& next)>;
    Status advance(const AuditAnchor& anchor, const Continues& continues = {}) const;
    // Every anchor on record for this workspace, by its id or by its path (an id can be edited in
    // the file; the path it was anchored at still finds it). A damaged anchor file is an error.
    Result<QList<AuditAnchor>> matching(const QString& workspaceId, const QString& workspacePath) const;
    QString fileFor(const QString& workspaceId) const;

private:
    QString m_directory;
};

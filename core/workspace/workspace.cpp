// SPDX-License-Identifier: Apache-2.0
#include "workspace.h"

#include "crypto/digest.h"
#include "model/spiffeid.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

namespace {
const QString kTrustDomainKey = QStringLiteral("trust_domain");
const QString kIdKey = QStringLiteral("workspace_id");

QString newWorkspaceId()
{
    return QString::fromLatin1(Digest::randomBytes(16).toHex());
}
} // namespace

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_owners(*m_db)
    , m_operators(*m_db)
    , m_agents(*m_db)
    , m_credentials(*m_db)
    , m_requests(*m_db)
    , m_events(*m_db)
    , m_connectors(*m_db)
    , m_savedFilters(*m_db)
    , m_audit(*m_db,
              AuditTrail::Context{[this] { return now(); },
                                  [this] { return operatorName(); },
                                  [this] { return trustDomain(); },
                                  [this](const AuditAnchor& taken) { return keepAnchor(taken); },
                                  [this] { return anchorStore().matching(id(), path()); },
                                  [this] { return id(); }})
    , m_operatorName(currentUserName())
    , m_anchorDirectory(AuditAnchorStore::defaultDirectory())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

Workspace::~Workspace()
{
    // The session's last checkpoint, while the database is still open.
    m_audit.close();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(db).value()));
    auto trustDomain = workspace->database().metaOr(kTrustDomainKey, {});
    auto storedId = workspace->database().metaOr(kIdKey, {});
    for (const auto* read : {&trustDomain, &storedId}) {
        if (!*read) {
            return read->error();
        }
    }
    workspace->m_trustDomain = trustDomain.value();
    workspace->m_id = storedId.value();
    if (workspace->m_trustDomain.isEmpty()) {
        return Error{ErrorKind::Storage,
                     tr("The workspace %1 has no trust domain; it was never initialised. "
                        "Run \"steward-cli init --trust-domain DOMAIN\".")
                         .arg(QDir::toNativeSeparators(path))};
    }
    if (workspace->m_id.isEmpty()) {
        // Workspaces made before the identifier existed get one the first time they are opened;
        // a file that cannot be written is named by its path instead.
        const QString id = newWorkspaceId();
        workspace->m_id =
            workspace->database().setMeta(kIdKey, id)
                ? id
                : QString::fromLatin1(
                      Digest::sha256(QFileInfo(path).canonicalFilePath().toUtf8()).toHex().left(32));
    }
    // The first time this operator opens the workspace, its newest checkpoint becomes the anchor
    // (trust on first use); after that the anchor only moves forward. Opening never fails for
    // it: a home folder that cannot be written leaves the check to anchors kept elsewhere.
    if (auto anchor = workspace->auditAnchor(); anchor && anchor.value()) {
        const QString file = workspace->anchorStore().fileFor(workspace->m_id);
        const bool had = QFileInfo::exists(file);
        // A first anchor is only taken from a trail that verifies whole (anchors found by the
        // file's path included): never one for an edited id, or over a known cut.
        bool sound = had;
        if (!had) {
            const auto verified = workspace->m_audit.verify();
            sound = verified && verified->intact();
        }
        if (sound) {
            workspace->m_anchoredAtOpen =
                workspace->keepAnchor(*anchor.value()).ok() && !had && QFileInfo::exists(file);
        }
    }
    return workspace;
}

Status Workspace::keepAnchor(const AuditAnchor& taken) const
{
    AuditAnchor anchor = taken;
    anchor.workspaceId = m_id;
    anchor.workspacePath = QFileInfo(path()).absoluteFilePath();
    return anchorStore().advance(anchor, [this](const AuditAnchor& kept, const AuditAnchor& next) {
        return m_audit.extends(kept, next);
    });
}

Result<std::optional<AuditAnchor>> Workspace::auditAnchor() const
{
    auto anchor = m_audit.latestAnchor();
    if (!anchor || !anchor.value()) {
        return anchor;
    }
    anchor.value()->workspaceId = m_id;
    anchor.value()->workspacePath = QFileInfo(path()).absoluteFilePath();
    return anchor;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const QString& trustDomain)
{
    if (const Status valid = SpiffeId::validateTrustDomain(trustDomain); !valid) {
        return valid.error();
    }
    if (QFileInfo::exists(path)) {
        return Error{
            ErrorKind::Conflict,
            tr("%1 already exists. Choose a new file name; an existing workspace is never overwritten.")
                .arg(QDir::toNativeSeparators(path))};
    }
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(db).value()));
    workspace->m_id = newWorkspaceId();
    workspace->m_trustDomain = trustDomain; // entries name their workspace
    const Status initialised = workspace->database().transaction([&]() -> Status {
        if (const Status s = workspace->database().setMeta(kTrustDomainKey, trustDomain); !s) {
            return s;
        }
        if (const Status s = workspace->database().setMeta(kIdKey, workspace->m_id); !s) {
            return s;
        }
        Operator admin;
        admin.username = workspace->operatorName();
        admin.displayName = admin.username;
        admin.role = OperatorRole::Admin;
        admin.createdAt = workspace->now();
        auto inserted = workspace->operators().insert(admin);
        if (!inserted) {
            return inserted.error();
        }
        return workspace->audit().record(QStringLiteral("workspace.created"),
                                         QStringLiteral("workspace"),
                                         trustDomain,
                                         QJsonObject{{QStringLiteral("workspace_id"), workspace->m_id},
                                                     {QStringLiteral("admin"), admin.username}});
    });
    if (!initialised) {
        workspace.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(path + suffix);
        }
        return initialised.error();
    }
    workspace->m_trustDomain = trustDomain;
    return workspace;
}

QString Workspace::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("STEWARD_WORKSPACE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/workspace.steward");
}

QString Workspace::currentUserName()
{
    for (const char* variable : {"STEWARD_OPERATOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty()) {
            return value;
        }
    }
    return QStringLiteral("operator");
}

// SPDX-License-Identifier: Apache-2.0
#include "auditanchor.h"

#include "crypto/digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject AuditAnchor::toJson() const
{
    return QJsonObject{{QStringLiteral("steward_audit_anchor"), 1},
                       {QStringLiteral("workspace_id"), workspaceId},
                       {QStringLiteral("workspace_path"), workspacePath},
                       {QStringLiteral("trust_domain"), trustDomain},
                       {QStringLiteral("key_id"), keyId},
                       {QStringLiteral("sequence"), sequence},
                       {QStringLiteral("entry_hash"), entryHash},
                       {QStringLiteral("at"), isoTime(at)},
                       {QStringLiteral("signature"), QString::fromLatin1(signature)}};
}

Result<AuditAnchor> AuditAnchor::fromJson(const QByteArray& bytes, const QString& origin)
{
    const auto invalid = [&origin](const QString& why) {
        return Error{ErrorKind::Invalid, tr("%1 is not a Steward audit anchor: %2").arg(origin, why)};
    };
    if (bytes.size() > kMaxBytes) {
        return invalid(tr("it is over %1 bytes.").arg(kMaxBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        return invalid(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : tr("it is not a JSON object."));
    }
    const QJsonObject o = document.object();
    if (o.value(u"steward_audit_anchor").toInt() != 1) {
        return invalid(tr("\"steward_audit_anchor\" is not 1."));
    }
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression keyId(QStringLiteral("^[A-Za-z0-9_:+/=-]{1,128}$"));
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/=]{1,512}$"));
    AuditAnchor anchor;
    anchor.origin = origin;
    anchor.workspaceId = o.value(u"workspace_id").toString();
    anchor.workspacePath = o.value(u"workspace_path").toString();
    anchor.trustDomain = o.value(u"trust_domain").toString();
    anchor.keyId = o.value(u"key_id").toString();
    anchor.sequence = o.value(u"sequence").toInteger();
    anchor.entryHash = o.value(u"entry_hash").toString();
    anchor.at = QDateTime::fromString(o.value(u"at").toString(), Qt::ISODateWithMs);
    anchor.signature = o.value(u"signature").toString().toLatin1();
    if (anchor.workspaceId.isEmpty() || anchor.workspaceId.size() > 64) {
        return invalid(tr("\"workspace_id\" is missing or too long."));
    }
    if (anchor.workspacePath.size() > 4096 || anchor.trustDomain.isEmpty() ||
        anchor.trustDomain.size() > 255) {
        return invalid(tr("\"workspace_path\" or \"trust_domain\" is missing or too long."));
    }
    if (!keyId.match(anchor.keyId).hasMatch()) {
        return invalid(tr("\"key_id\" is not a key id."));
    }
    if (anchor.sequence < 1) {
        return invalid(tr("\"sequence\" is not a positive whole number."));
    }
    if (!hash.match(anchor.entryHash).hasMatch()) {
        return invalid(tr("\"entry_hash\" is not 64 lowercase hex digits."));
    }
    if (!anchor.at.isValid()) {
        return invalid(tr("\"at\" is not an ISO 8601 time."));
    }
    if (!base64.match(QString::fromLatin1(anchor.signature)).hasMatch()) {
        return invalid(tr("\"signature\" is not base64."));
    }
    return anchor;
}

Result<AuditAnchor> AuditAnchor::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{file.exists() ? ErrorKind::Storage : ErrorKind::NotFound,
                     tr("Cannot read the audit anchor %1: %2").arg(path, file.errorString())};
    }
    // One byte over the limit is enough to refuse it without reading a huge file.
    return fromJson(file.read(kMaxBytes + 1), path);
}

QString AuditAnchorStore::defaultDirectory()
{
    const QString configured = qEnvironmentVariable("STEWARD_ANCHOR_DIR");
    if (!configured.isEmpty()) {
        return configured;
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/steward/audit-anchors");
}

QString AuditAnchorStore::fileFor(const QString& workspaceId) const
{
    // Named by a digest: the id comes from the workspace file, which may have been edited to make
    // a name that leaves the folder.
    return m_directory + QLatin1Char('/') +
           QString::fromLatin1(Digest::sha256(workspaceId.toUtf8()).toHex().left(32)) +
           QStringLiteral(".json");
}

Status AuditAnchorStore::advance(const AuditAnchor& anchor, const Continues& continues) const
{
    if (anchor.workspaceId.isEmpty() || anchor.workspaceId.size() > 64) {
        return Error{ErrorKind::Invalid,
                     tr("The workspace's id is empty or longer than 64 characters; it cannot be anchored.")};
    }
    const QString path = fileFor(anchor.workspaceId);
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isFile())) {
        return Error{ErrorKind::Refused,
                     tr("The audit anchor %1 is not a plain file; it is left as it is.").arg(path)};
    }
    if (info.exists()) {
        auto kept = AuditAnchor::readFile(path);
        if (!kept) {
            return kept.error(); // kept for the verification to report, never overwritten
        }
        if (kept->workspaceId == anchor.workspaceId) {
            if (kept->keyId != anchor.keyId) {
                return Error{ErrorKind::Refused,
                             tr("The audit anchor %1 was signed by workspace key %2, not %3; it is kept.")
                                 .arg(path, kept->keyId, anchor.keyId)};
            }
            if (kept->sequence >= anchor.sequence) {
                return {};
            }
            if (continues) {
                if (const Status s = continues(kept.value(), anchor); !s) {
                    return s;
                }
            }
        }
    }
    if (!QDir().mkpath(m_directory)) {
        return Error{ErrorKind::Storage, tr("Cannot create the audit anchor folder %1.").arg(m_directory)};
    }
    QFile::setPermissions(m_directory, kOwnerOnlyFolder);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return Error{ErrorKind::Storage,
                     tr("Cannot write the audit anchor %1: %2").arg(path, out.errorString())};
    }
    out.setPermissions(kOwnerOnlyFile);
    out.write(QJsonDocument(anchor.toJson()).toJson());
    if (!out.commit()) {
        return Error{ErrorKind::Storage,
                     tr("Cannot write the audit anchor %1: %2").arg(path, out.errorString())};
    }
    QFile::setPermissions(path, kOwnerOnlyFile);
    return {};
}

Result<QList<AuditAnchor>> AuditAnchorStore::matching(const QString& workspaceId,
                                                      const QString& workspacePath) const
{
    QList<AuditAnchor> found;
    const QDir dir(m_directory);
    if (!dir.exists()) {
        return found;
    }
    const QString canonicalPath = QFileInfo(workspacePath).canonicalFilePath();
    const QString own = fileFor(workspaceId);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        auto anchor = AuditAnchor::readFile(path);
        if (!anchor) {
            if (path == own) {
                return anchor.error();
            }
            continue; // another workspace's damaged anchor is its own verification's business
        }
        const bool samePath =
            !canonicalPath.isEmpty() && QFileInfo(anchor->workspacePath).canonicalFilePath() == canonicalPath;
        if (anchor->workspaceId == workspaceId || samePath) {
            found.append(std::move(anchor).value());
        }
    }
    return found;
}

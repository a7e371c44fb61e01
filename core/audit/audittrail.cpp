// SPDX-License-Identifier: Apache-2.0
#include "audittrail.h"

#include "crypto/canonicaljson.h"
#include "crypto/digest.h"
#include "store/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kKeyIdMeta = QStringLiteral("audit_key_id");
const QString kEncryptedKeyMeta = QStringLiteral("audit_encrypted_key");
const QString kColumns =
    QStringLiteral("seq, at, operator, action, object_type, object_id, CAST(payload AS BLOB), payload_digest,"
                   " previous_hash, entry_hash, key_id, signature");

QString hexDigest(QByteArrayView data)
{
    return QString::fromLatin1(Digest::sha256(data).toHex());
}

AuditEntry readEntry(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.at = Database::fromStored(query.value(1));
    entry.operatorName = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.objectType = query.value(4).toString();
    entry.objectId = query.value(5).toString();
    entry.payload = query.value(6).toByteArray();
    entry.payloadDigest = query.value(7).toString();
    entry.previousHash = query.value(8).toString();
    entry.entryHash = query.value(9).toString();
    entry.keyId = query.value(10).toString();
    entry.signature = query.value(11).toString().toLatin1();
    return entry;
}

QByteArray checkpointMessage(const QString& trustDomain, qint64 sequence, const QString& entryHash)
{
    return CanonicalJson::serialize(QJsonObject{{QStringLiteral("entry_hash"), entryHash},
                                                {QStringLiteral("sequence"), sequence},
                                                {QStringLiteral("workspace"), trustDomain}});
}

} // namespace

qint64 AuditTrail::headSequence() const
{
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("SELECT MAX(seq) FROM audit_entries")) && query.next()) {
        return query.value(0).toLongLong();
    }
    return 0;
}

Result<qint64> AuditTrail::append(const Record& record)
{
    AuditEntry entry;
    entry.at = m_context.now();
    entry.operatorName = m_context.operatorName();
    entry.action = record.action;
    entry.objectType = record.objectType;
    entry.objectId = record.objectId;
    entry.payload = CanonicalJson::serialize(record.payload);
    if (entry.payload.size() > kMaxPayloadBytes) {
        return Error{ErrorKind::Invalid,
                     tr("The audit details of %1 are larger than %2 KB.")
                         .arg(record.action)
                         .arg(kMaxPayloadBytes / 1024)};
    }
    entry.payloadDigest = hexDigest(entry.payload);

    Result<qint64> appended = Error{};
    const Status done = m_db.transaction([&]() -> Status {
        // Read under the write lock: the head cannot move until this entry is in.
        auto headStatement = m_db.statement(
            QStringLiteral("SELECT seq, entry_hash FROM audit_entries ORDER BY seq DESC LIMIT 1"));
        if (!headStatement) {
            return headStatement.error();
        }
        QSqlQuery* head = headStatement.value();
        if (!head->exec()) {
            return Database::queryError(*head, tr("read the audit trail"));
        }
        const bool any = head->next();
        entry.sequence = any ? head->value(0).toLongLong() + 1 : 1;
        entry.previousHash = any ? head->value(1).toString() : genesisHash();
        head->finish();
        const bool signs = m_signer && m_signerHolder == entry.operatorName;
        if (signs) {
            entry.keyId = m_signer->thumbprint();
        }
        const QByteArray canonical = entry.canonical(m_context.trustDomain());
        entry.entryHash = hexDigest(canonical);
        if (signs) {
            auto signature = m_signer->sign(canonical);
            if (!signature) {
                return signature.error();
            }
            entry.signature = signature->toBase64();
        }
        auto insert = m_db.statement(QStringLiteral(
            "INSERT INTO audit_entries (seq, at, operator, action, object_type, object_id, payload,"
            " payload_digest, previous_hash, entry_hash, key_id, signature)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert) {
            return insert.error();
        }
        QSqlQuery& query = *insert.value();
        query.addBindValue(entry.sequence);
        query.addBindValue(Database::toStored(entry.at));
        query.addBindValue(Database::text(entry.operatorName));
        query.addBindValue(entry.action);
        query.addBindValue(Database::text(entry.objectType));
        query.addBindValue(Database::text(entry.objectId));
        query.addBindValue(QString::fromUtf8(entry.payload));
        query.addBindValue(entry.payloadDigest);
        query.addBindValue(entry.previousHash);
        query.addBindValue(entry.entryHash);
        query.addBindValue(Database::text(entry.keyId));
        query.addBindValue(Database::text(QString::fromLatin1(entry.signature)));
        if (!query.exec()) {
            return Database::queryError(query, tr("append to the audit trail"));
        }
        appended = entry.sequence;
        return {};
    });
    if (!done) {
        return done.error();
    }
    ++m_appended;
    if (entry.sequence % kCheckpointEvery == 0) {
        // A checkpoint that cannot be made now is made at close or by a later session.
        m_db.afterCommit([this] { (void)checkpoint(); });
    }
    return appended;
}

Result<QString> AuditTrail::workspaceKeyId() const
{
    return m_db.metaOr(kKeyIdMeta, {});
}

Status AuditTrail::ensureWorkspaceKey(QByteArrayView passphrase)
{
    // A key id that cannot be read is not a missing key: making a second one would orphan every
    // checkpoint the first one signed.
    auto existing = workspaceKeyId();
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        return {};
    }
    auto key = KeyPair::generate(KeyPair::Algorithm::Ed25519);
    if (!key) {
        return key.error();
    }
    auto encrypted = key->toEncryptedPem(passphrase);
    if (!encrypted) {
        return encrypted.error();
    }
    return m_db.transaction([&]() -> Status {
        if (const Status recorded = recordKey(key.value(), QStringLiteral("workspace")); !recorded) {
            return recorded;
        }
        if (const Status s = m_db.setMeta(kEncryptedKeyMeta, QString::fromLatin1(encrypted.value())); !s) {
            return s;
        }
        if (const Status s = m_db.setMeta(kKeyIdMeta, key->thumbprint()); !s) {
            return s;
        }
        // The chain itself names the key its checkpoints are signed with: a key swapped in later
        // (a new row and a new key id in meta) is then told from it.
        return record(QStringLiteral("audit.key_created"),
                      QStringLiteral("workspace"),
                      m_context.trustDomain(),
                      QJsonObject{{QStringLiteral("key_id"), key->thumbprint()},
                                  {QStringLiteral("public_key"), QString::fromLatin1(key->toPublicPem())}});
    });
}

Status AuditTrail::recordKey(const KeyPair& key, const QString& holder)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO audit_keys (key_id, holder, public_key, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(key.thumbprint());
    query.addBindValue(holder);
    query.addBindValue(QString::fromLatin1(key.toPublicPem()));
    query.addBindValue(Database::toStored(m_context.now()));
    if (!query.exec()) {
        return Database::queryError(query, tr("record the audit key"));
    }
    return {};
}

Result<KeyPair> AuditTrail::publicKey(const QString& keyId, const QString& holder) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT public_key FROM audit_keys WHERE key_id = ? AND holder = ?"));
    query.addBindValue(keyId);
    query.addBindValue(holder);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the audit keys"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("%1 holds no key %2.").arg(holder, keyId)};
    }
    return KeyPair::fromPublicPem(query.value(0).toString().toLatin1());
}

Result<KeyPair> AuditTrail::openWorkspaceKey(QByteArrayView passphrase) const
{
    auto encrypted = m_db.metaOr(kEncryptedKeyMeta, {});
    if (!encrypted) {
        return encrypted.error();
    }
    if (encrypted->isEmpty()) {
        return Error{ErrorKind::NotFound, tr("The workspace has no audit key yet.")};
    }
    return KeyPair::fromEncryptedPem(encrypted->toLatin1(), passphrase);
}

Status AuditTrail::checkpoint()
{
    QSqlQuery head(m_db.connection());
    if (!head.exec(QStringLiteral("SELECT seq, entry_hash FROM audit_entries ORDER BY seq DESC LIMIT 1"))) {
        return Database::queryError(head, tr("read the audit trail"));
    }
    if (!head.next()) {
        return {};
    }
    const qint64 sequence = head.value(0).toLongLong();
    const QString hash = head.value(1).toString();
    head.finish();
    // Only a checkpoint on an entry that is there counts: a row slipped in past the head must not
    // stop the real ones.
    QSqlQuery last(m_db.connection());
    if (!last.exec(
            QStringLiteral("SELECT MAX(c.seq) FROM audit_checkpoints c JOIN audit_entries e ON e.seq = "
                           "c.seq AND e.entry_hash = c.entry_hash")) ||
        !last.next()) {
        return Database::queryError(last, tr("read the audit checkpoints"));
    }
    const qint64 attested = last.value(0).toLongLong();
    last.finish();
    if (attested >= sequence) {
        return {};
    }
    // The key vouches for what it signs: the entries since the last checkpoint are checked first,
    // and a trail that fails gets no checkpoint (and no anchor) over it.
    auto sound = walk({}, {}, attested + 1);
    if (!sound) {
        return sound.error();
    }
    if (!sound->intact()) {
        return Error{ErrorKind::Refused,
                     tr("No checkpoint is signed over a trail that fails (%1 at entry %2: %3). Run \"audit "
                        "verify\".")
                         .arg(sound->problem)
                         .arg(sound->badSequence)
                         .arg(sound->message)};
    }
    std::optional<KeyPair> key = m_loader ? m_loader() : std::nullopt;
    if (!key) {
        return Error{ErrorKind::Refused,
                     tr("The workspace audit key is locked; the checkpoint waits for a session "
                        "that has the passphrase.")};
    }
    auto signature = key->sign(checkpointMessage(m_context.trustDomain(), sequence, hash));
    if (!signature) {
        return signature.error();
    }
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO audit_checkpoints (seq, entry_hash, at, key_id, "
                                  "signature) VALUES (?, ?, ?, ?, "
                                  "?)"));
    insert.addBindValue(sequence);
    insert.addBindValue(hash);
    insert.addBindValue(Database::toStored(m_context.now()));
    insert.addBindValue(key->thumbprint());
    insert.addBindValue(QString::fromLatin1(signature->toBase64()));
    if (!insert.exec()) {
        return Database::queryError(insert, tr("record the audit checkpoint"));
    }
    if (!m_context.checkpointed) {
        return {};
    }
    AuditAnchor anchor;
    anchor.trustDomain = m_context.trustDomain();
    anchor.keyId = key->thumbprint();
    anchor.sequence = sequence;
    anchor.entryHash = hash;
    anchor.at = m_context.now();
    anchor.signature = signature->toBase64();
    return m_context.checkpointed(anchor);
}

Status AuditTrail::extends(const AuditAnchor& from, const AuditAnchor& to) const
{
    // The anchored entry is there as it was, and every entry after it up to `to` is whole and
    // follows the one before: only then does `to` continue the trail `from` saw.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_entries WHERE seq >= ? AND seq <= ? ORDER BY seq")
                      .arg(kColumns));
    query.addBindValue(from.sequence);
    query.addBindValue(to.sequence);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the audit trail"));
    }
    const QString trustDomain = m_context.trustDomain();
    qint64 expected = from.sequence;
    QString previous;
    while (query.next()) {
        const AuditEntry entry = readEntry(query);
        const bool whole = entry.sequence == expected &&
                           hexDigest(entry.canonical(trustDomain)) == entry.entryHash &&
                           hexDigest(entry.payload) == entry.payloadDigest &&
                           (entry.sequence == from.sequence ? entry.entryHash == from.entryHash
                                                            : entry.previousHash == previous);
        if (!whole) {
            break;
        }
        previous = entry.entryHash;
        ++expected;
    }
    if (expected != to.sequence + 1 || previous != to.entryHash) {
        return Error{ErrorKind::Refused,
                     tr("The trail no longer runs from anchored entry %1 to entry %2 unbroken; the anchor "
                        "stays at entry %1. Run \"audit verify\".")
                         .arg(from.sequence)
                         .arg(to.sequence)};
    }
    return {};
}

Result<std::optional<AuditAnchor>> AuditTrail::latestAnchor() const
{
    auto keyId = workspaceKeyId();
    if (!keyId) {
        return keyId.error();
    }
    if (keyId->isEmpty()) {
        return std::optional<AuditAnchor>();
    }
    auto key = publicKey(keyId.value(), QStringLiteral("workspace"));
    if (!key) {
        return key.error();
    }
    // A checkpoint is only worth anchoring when it is the workspace key's and names the entry it
    // sits on; a row slipped into the table is skipped, never copied out as the truth.
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT c.seq, c.entry_hash, c.at, c.signature FROM audit_checkpoints c "
                                 "JOIN audit_entries e ON e.seq = c.seq AND e.entry_hash = c.entry_hash "
                                 "WHERE c.key_id = ? ORDER BY c.seq DESC"));
    query.addBindValue(keyId.value());
    if (!query.exec()) {
        return Database::queryError(query, tr("read the audit checkpoints"));
    }
    const QString trustDomain = m_context.trustDomain();
    while (query.next()) {
        AuditAnchor anchor;
        anchor.trustDomain = trustDomain;
        anchor.keyId = keyId.value();
        anchor.sequence = query.value(0).toLongLong();
        anchor.entryHash = query.value(1).toString();
        anchor.at = Database::fromStored(query.value(2));
        anchor.signature = query.value(3).toString().toLatin1();
        if (key->verify(checkpointMessage(trustDomain, anchor.sequence, anchor.entryHash),
                        QByteArray::fromBase64(anchor.signature))) {
            return std::optional(anchor);
        }
    }
    return std::optional<AuditAnchor>();
}

void AuditTrail::close()
{
    if (m_appended > 0) {
        (void)checkpoint();
        m_appended = 0;
    }
}

Result<QList<AuditEntry>> AuditTrail::list(const Filter& filter) const
{
    QStringList where{QStringLiteral("seq > ?")};
    QVariantList values{filter.afterSequence};
    const std::pair<QString, QString> fields[] = {{QStringLiteral("operator"), filter.operatorName},
                                                  {QStringLiteral("object_type"), filter.objectType},
                                                  {QStringLiteral("object_id"), filter.objectId},
                                                  {QStringLiteral("action"), filter.action}};
    for (const auto& [column, value] : fields) {
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            values << value;
        }
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM audit_entries WHERE %2 ORDER BY seq LIMIT ?")
                      .arg(kColumns, where.join(QStringLiteral(" AND "))));
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    query.addBindValue(qBound(1, filter.limit, 100000));
    if (!query.exec()) {
        return Database::queryError(query, tr("read the audit trail"));
    }
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append(readEntry(query));
    }
    return entries;
}

Result<AuditEntry> AuditTrail::entry(qint64 sequence) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM audit_entries WHERE seq = ?").arg(kColumns));
    query.addBindValue(sequence);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the audit trail"));
    }
    if (!query.next()) {
        return Error{ErrorKind::NotFound, tr("There is no audit entry %1.").arg(sequence)};
    }
    return readEntry(query);
}

Result<AuditTrail::Verification> AuditTrail::verify(const std::function<void(qint64, qint64)>& progress,
                                                    const QList<AuditAnchor>& extra) const
{
    return walk(progress, extra, 1);
}

Result<AuditTrail::Verification> AuditTrail::walk(const std::function<void(qint64, qint64)>& progress,
                                                  const QList<AuditAnchor>& extra,
                                                  qint64 from) const
{
    Verification result;
    // The anchors kept outside: an anchor that cannot be read fails the verification, as an
    // unreadable entry would. A walk over the newest entries only (before a checkpoint) leaves
    // them to the whole walk.
    QList<AuditAnchor> anchors = extra;
    if (m_context.anchors && from == 1) {
        auto kept = m_context.anchors();
        if (!kept) {
            return kept.error();
        }
        anchors += kept.value();
    }
    std::sort(anchors.begin(), anchors.end(), [](const AuditAnchor& a, const AuditAnchor& b) {
        return a.sequence < b.sequence;
    });
    QHash<qint64, QString> walkedAt; // the entry hash at each anchored sequence, as walked
    for (const AuditAnchor& anchor : std::as_const(anchors)) {
        walkedAt.insert(anchor.sequence, QString());
    }
    const QString trustDomain = m_context.trustDomain();
    QSqlDatabase& db = m_db.connection();

    // Every key that ever signed, by id, with whom the file says holds it. The file's word is
    // not enough: a key signs for an operator only if the chain enrolled it for them, and
    // checkpoints only with the workspace key the chain created.
    QHash<QString, KeyPair> keys;
    QHash<QString, QString> holders;
    QSqlQuery keyQuery(db);
    if (!keyQuery.exec(QStringLiteral("SELECT key_id, public_key, holder FROM audit_keys"))) {
        return Database::queryError(keyQuery, tr("read the audit keys"));
    }
    while (keyQuery.next()) {
        if (auto key = KeyPair::fromPublicPem(keyQuery.value(1).toString().toLatin1())) {
            keys.insert(keyQuery.value(0).toString(), key.value());
            holders.insert(keyQuery.value(0).toString(), keyQuery.value(2).toString());
        }
    }

    keyQuery.finish();
    auto metaKey = workspaceKeyId();
    if (!metaKey) {
        return metaKey.error();
    }
    QHash<QString, QString> enrolled; // operator → the key id the chain enrolled for them
    QString workspaceKey;             // the key id the chain created for checkpoints
    qint64 workspaceKeyAt = 0;
    const auto checkpointKey = [&] { return workspaceKey.isEmpty() ? metaKey.value() : workspaceKey; };

    QSqlQuery count(db);
    const qint64 total = count.exec(QStringLiteral("SELECT COUNT(*) FROM audit_entries")) && count.next()
                             ? count.value(0).toLongLong()
                             : 0;
    count.finish();

    // Checkpoints by sequence, checked as the walk reaches them.
    struct Checkpoint
    {
        QString hash;
        QString keyId;
        QByteArray signature;
    };
    QMap<qint64, Checkpoint> checkpoints;
    QSqlQuery checkpointQuery(db);
    if (!checkpointQuery.exec(
            QStringLiteral("SELECT seq, entry_hash, key_id, signature FROM audit_checkpoints"))) {
        return Database::queryError(checkpointQuery, tr("read the audit checkpoints"));
    }
    while (checkpointQuery.next()) {
        checkpoints.insert(checkpointQuery.value(0).toLongLong(),
                           {checkpointQuery.value(1).toString(),
                            checkpointQuery.value(2).toString(),
                            checkpointQuery.value(3).toString().toLatin1()});
    }

    const auto fail = [&](qint64 sequence, const QString& word, const QString& message) {
        result.badSequence = sequence;
        result.problem = word;
        result.message = message;
        return result;
    };

    qint64 expected = from;
    QString previousHash = genesisHash();
    if (from > 1) {
        // What came before is taken as the last checkpoint attests it: its entry's hash, and the
        // keys it enrolled.
        auto before = entry(from - 1);
        if (!before) {
            return before.error();
        }
        previousHash = before->entryHash;
        QSqlQuery enrolments(db);
        enrolments.prepare(
            QStringLiteral("SELECT action, object_id, payload, seq FROM audit_entries WHERE seq < ? "
                           "AND action IN ('operator.key_enrolled', 'audit.key_created') ORDER BY seq"));
        enrolments.addBindValue(from);
        if (!enrolments.exec()) {
            return Database::queryError(enrolments, tr("read the audit trail"));
        }
        while (enrolments.next()) {
            const QString keyId = QJsonDocument::fromJson(enrolments.value(2).toByteArray())
                                      .object()
                                      .value(u"key_id")
                                      .toString();
            if (enrolments.value(0).toString() == u"operator.key_enrolled") {
                enrolled.insert(enrolments.value(1).toString(), keyId);
            } else if (workspaceKey.isEmpty()) {
                workspaceKey = keyId;
                workspaceKeyAt = enrolments.value(3).toLongLong();
            }
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_entries WHERE seq >= ? ORDER BY seq").arg(kColumns));
    query.addBindValue(from);
    if (!query.exec()) {
        return Database::queryError(query, tr("read the audit trail"));
    }
    while (query.next()) {
        AuditEntry entry = readEntry(query);
        if (entry.sequence != expected) {
            return fail(expected,
                        QStringLiteral("deleted"),
                        tr("Entry %1 is missing: entries %1 to %2 were deleted.")
                            .arg(expected)
                            .arg(entry.sequence - 1));
        }
        if (hexDigest(entry.payload) != entry.payloadDigest) {
            return fail(
                entry.sequence,
                QStringLiteral("altered"),
                tr("Entry %1 was altered: its details no longer match their digest.").arg(entry.sequence));
        }
        const QByteArray canonical = entry.canonical(trustDomain);
        if (hexDigest(canonical) != entry.entryHash) {
            // Renumbered by one: an entry was slipped in before it, or one taken out.
            AuditEntry shifted = entry;
            shifted.sequence = entry.sequence - 1;
            if (hexDigest(shifted.canonical(trustDomain)) == entry.entryHash) {
                return fail(entry.sequence - 1,
                            QStringLiteral("inserted"),
                            tr("Entry %1 was inserted: the entries after it were renumbered to make room.")
                                .arg(entry.sequence - 1));
            }
            shifted.sequence = entry.sequence + 1;
            if (hexDigest(shifted.canonical(trustDomain)) == entry.entryHash) {
                // The entry it should follow is still here, further on: the two changed places.
                QSqlQuery predecessor(db);
                predecessor.prepare(QStringLiteral("SELECT seq FROM audit_entries WHERE entry_hash = ?"));
                predecessor.addBindValue(entry.previousHash);
                if (predecessor.exec() && predecessor.next()) {
                    return fail(entry.sequence,
                                QStringLiteral("reordered"),
                                tr("Entry %1 was moved: it belongs after entry %2.")
                                    .arg(entry.sequence)
                                    .arg(predecessor.value(0).toLongLong()));
                }
                return fail(
                    entry.sequence,
                    QStringLiteral("deleted"),
                    tr("An entry before %1 was deleted and the rest renumbered.").arg(entry.sequence));
            }
            return fail(entry.sequence,
                        QStringLiteral("altered"),
                        tr("Entry %1 was altered: it no longer matches its hash.").arg(entry.sequence));
        }
        if (entry.previousHash != previousHash) {
            // The entry is whole but sits after the wrong one.
            QSqlQuery owner(db);
            owner.prepare(QStringLiteral("SELECT seq FROM audit_entries WHERE entry_hash = ?"));
            owner.addBindValue(entry.previousHash);
            const bool elsewhere = owner.exec() && owner.next();
            return fail(entry.sequence,
                        elsewhere ? QStringLiteral("reordered") : QStringLiteral("inserted"),
                        elsewhere
                            ? tr("Entry %1 was moved: it belongs after entry %2.")
                                  .arg(entry.sequence)
                                  .arg(owner.value(0).toLongLong())
                            : tr("Entry %1 does not follow entry %2: something was inserted or rewritten "
                                 "between them.")
                                  .arg(entry.sequence)
                                  .arg(entry.sequence - 1));
        }
        if (entry.sequence == 1 && entry.action == QStringLiteral("workspace.created") &&
            m_context.workspaceId) {
            // Anchors are found by the workspace's id: one edited in the file would hide them.
            const QString recorded =
                QJsonDocument::fromJson(entry.payload).object().value(u"workspace_id").toString();
            if (!recorded.isEmpty() && recorded != m_context.workspaceId()) {
                return fail(1,
                            QStringLiteral("other_workspace"),
                            tr("The workspace's id (%1) is not the one its first entry records (%2): it was "
                               "edited in the file.")
                                .arg(m_context.workspaceId(), recorded));
            }
        }
        if (entry.action == QStringLiteral("operator.key_enrolled") ||
            entry.action == QStringLiteral("audit.key_created")) {
            const bool forOperator = entry.action == QStringLiteral("operator.key_enrolled");
            const QString keyId = QJsonDocument::fromJson(entry.payload).object().value(u"key_id").toString();
            const QString holder = forOperator ? entry.objectId : QStringLiteral("workspace");
            // Steward makes one signing key per operator and one workspace key, ever.
            if ((forOperator && enrolled.contains(holder)) || (!forOperator && !workspaceKey.isEmpty())) {
                return fail(entry.sequence,
                            QStringLiteral("key_changed"),
                            tr("Entry %1 brings a second key for %2; Steward makes one, so a key was "
                               "swapped in behind its back.")
                                .arg(entry.sequence)
                                .arg(holder));
            }
            if (forOperator) {
                enrolled.insert(holder, keyId);
            } else {
                workspaceKey = keyId;
                workspaceKeyAt = entry.sequence;
            }
        }
        if (!entry.keyId.isEmpty()) {
            const auto key = keys.constFind(entry.keyId);
            const QByteArray signature = QByteArray::fromBase64(entry.signature);
            const bool theirs = holders.value(entry.keyId) == entry.operatorName &&
                                enrolled.value(entry.operatorName) == entry.keyId;
            if (key == keys.constEnd() || !theirs || !key->verify(canonical, signature)) {
                return fail(entry.sequence,
                            QStringLiteral("bad_signature"),
                            tr("Entry %1 does not carry a valid signature of %2.")
                                .arg(entry.sequence)
                                .arg(entry.operatorName));
            }
            ++result.signedEntries;
        }
        if (const auto checkpoint = checkpoints.constFind(entry.sequence);
            checkpoint != checkpoints.constEnd()) {
            const auto key = keys.constFind(checkpoint->keyId);
            if (checkpoint->hash != entry.entryHash || key == keys.constEnd() ||
                checkpoint->keyId != checkpointKey() || holders.value(checkpoint->keyId) != u"workspace" ||
                !key->verify(checkpointMessage(trustDomain, entry.sequence, entry.entryHash),
                             QByteArray::fromBase64(checkpoint->signature))) {
                return fail(entry.sequence,
                            QStringLiteral("bad_checkpoint"),
                            tr("The workspace's signed checkpoint at entry %1 does not match the trail.")
                                .arg(entry.sequence));
            }
            result.checkpointedThrough = entry.sequence;
        }
        if (const auto anchored = walkedAt.find(entry.sequence); anchored != walkedAt.end()) {
            *anchored = entry.entryHash;
        }
        previousHash = entry.entryHash;
        ++result.entries;
        ++expected;
        if (progress && result.entries % 10000 == 0) {
            progress(result.entries, total);
        }
    }
    const qint64 lastWalked = expected - 1;
    // Every key the chain enrolled is the one the workspace's operators hold: an enrolment entry
    // added to the file alone, for an operator without a key or for nobody, is a forgery.
    {
        QSqlQuery operators(db);
        if (!operators.exec(QStringLiteral("SELECT username, key_id FROM operators"))) {
            return Database::queryError(operators, tr("read the operators"));
        }
        QHash<QString, QString> held;
        while (operators.next()) {
            held.insert(operators.value(0).toString(), operators.value(1).toString());
        }
        for (auto it = enrolled.cbegin(); it != enrolled.cend(); ++it) {
            if (held.value(it.key()) != it.value()) {
                return fail(
                    lastWalked,
                    QStringLiteral("key_changed"),
                    tr("The trail enrolls key %1 for %2, but the workspace's operators do not hold it: "
                       "the enrolment was forged.")
                        .arg(it.value(), it.key()));
            }
        }
    }
    if (!workspaceKey.isEmpty() && metaKey.value() != workspaceKey) {
        return fail(workspaceKeyAt,
                    QStringLiteral("key_changed"),
                    tr("The workspace key the file names (%1) is not the one entry %2 created (%3): it was "
                       "swapped.")
                        .arg(metaKey.value())
                        .arg(workspaceKeyAt)
                        .arg(workspaceKey));
    }
    // A checkpoint beyond the end means entries were cut off the tail.
    if (!checkpoints.isEmpty() && checkpoints.lastKey() > lastWalked) {
        // Only a checkpoint the workspace key signed says entries existed there; any other row is
        // itself the forgery.
        const Checkpoint& last = checkpoints.last();
        const auto key = keys.constFind(checkpointKey());
        if (key == keys.constEnd() ||
            !key->verify(checkpointMessage(trustDomain, checkpoints.lastKey(), last.hash),
                         QByteArray::fromBase64(last.signature))) {
            return fail(
                checkpoints.lastKey(),
                QStringLiteral("bad_checkpoint"),
                tr("The checkpoint at entry %1, past the trail's end, was not signed by the workspace "
                   "key: it was slipped in.")
                    .arg(checkpoints.lastKey()));
        }
        return fail(lastWalked + 1,
                    QStringLiteral("deleted"),
                    tr("Entries %1 to %2 were deleted: a signed checkpoint covers them.")
                        .arg(lastWalked + 1)
                        .arg(checkpoints.lastKey()));
    }
    // The chain holds together; what was kept of it outside must still be in it.
    for (const AuditAnchor& anchor : std::as_const(anchors)) {
        const QString taken =
            QLocale::c().toString(anchor.at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        const QString remedy =
            tr("If this workspace was restored from an older copy or replaced on purpose, remove the "
               "anchor %1 to accept it.")
                .arg(anchor.origin);
        if (anchor.trustDomain != trustDomain) {
            return fail(0,
                        QStringLiteral("other_workspace"),
                        tr("The anchor %1 is of workspace %2, not %3. %4")
                            .arg(anchor.origin, anchor.trustDomain, trustDomain, remedy));
        }
        const auto key = keys.constFind(anchor.keyId);
        if (key == keys.constEnd() || anchor.keyId != checkpointKey()) {
            return fail(
                anchor.sequence,
                QStringLiteral("key_changed"),
                tr("The workspace no longer holds key %1, which signed the anchor taken on %2 at entry "
                   "%3: its keys were replaced. %4")
                    .arg(anchor.keyId, taken)
                    .arg(anchor.sequence)
                    .arg(remedy));
        }
        if (!key->verify(checkpointMessage(trustDomain, anchor.sequence, anchor.entryHash),
                         QByteArray::fromBase64(anchor.signature))) {
            return fail(anchor.sequence,
                        QStringLiteral("bad_anchor"),
                        tr("The anchor %1 does not carry the workspace key's signature; it was altered.")
                            .arg(anchor.origin));
        }
        if (anchor.sequence > result.entries) {
            return fail(result.entries + 1,
                        QStringLiteral("truncated"),
                        tr("The trail ends at entry %1, but on %2 it reached entry %3 (anchor %4): entries "
                           "%5 to %3 and their checkpoints were deleted. %6")
                            .arg(result.entries)
                            .arg(taken)
                            .arg(anchor.sequence)
                            .arg(anchor.origin)
                            .arg(result.entries + 1)
                            .arg(remedy));
        }
        if (walkedAt.value(anchor.sequence) != anchor.entryHash) {
            return fail(anchor.sequence,
                        QStringLiteral("rewritten"),
                        tr("Entry %1 is not the entry anchored on %2 (anchor %3): the trail was rewritten "
                           "from there on. %4")
                            .arg(anchor.sequence)
                            .arg(taken, anchor.origin, remedy));
        }
        result.anchoredThrough = qMax(result.anchoredThrough, anchor.sequence);
        ++result.anchors;
    }
    if (progress) {
        progress(result.entries, total);
    }
    return result;
}

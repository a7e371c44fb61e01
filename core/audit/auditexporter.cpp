// SPDX-License-Identifier: Apache-2.0
#include "auditexporter.h"

#include "audittrail.h"
#include "crypto/canonicaljson.h"
#include "crypto/digest.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

namespace {

class Writer
{
public:
    explicit Writer(const QString& path)
        : m_file(path)
    {
        m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    }
    bool ok() const { return m_ok && m_file.error() == QFileDevice::NoError; }
    void line(const QByteArray& bytes)
    {
        m_buffer += bytes;
        m_buffer += '\n';
        if (m_buffer.size() > (1 << 20)) {
            flush();
        }
    }
    void flush()
    {
        m_file.write(m_buffer);
        m_buffer.clear();
    }
    QString fileName() const { return m_file.fileName(); }

private:
    QFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

// Key ids name files and signatures are read by a shell, and both come from the workspace being
// audited: anything but a thumbprint's and a signature's own alphabet is refused, so that a
// tampered workspace cannot make the export write outside its folder or the recipe split a field.
bool isKeyId(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(text).hasMatch();
}

bool isBase64(const QByteArray& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9+/]{1,1024}={0,2}$"));
    return pattern.match(QString::fromLatin1(text)).hasMatch();
}

Error altered(const QString& what)
{
    return Error{ErrorKind::Refused,
                 QCoreApplication::translate("AuditExporter",
                                             "%1, so the trail was not exported: the workspace was altered "
                                             "outside Steward. Run \"steward-cli audit verify\".")
                     .arg(what)};
}

} // namespace

QString AuditExporter::recipe()
{
    // POSIX sh and openssl only; run inside the exported folder. Any failure names the entry.
    return QStringLiteral(R"sh(set -eu
tmp=$(mktemp -d)
prev=0000000000000000000000000000000000000000000000000000000000000000
n=0
tab=$(printf '\t')
: > "$tmp/hashes"
paste -d "$tab" signatures.txt payloads.jsonl entries.jsonl |
while IFS="$tab" read -r signature payload entry; do
    n=$((n + 1))
    printf '%s' "$entry" > "$tmp/entry"
    printf '%s' "$payload" > "$tmp/payload"
    case "$entry" in *"\"sequence\":$n,"*) ;; *) echo "entry $n: missing or out of order"; exit 1 ;; esac
    case "$entry" in *"\"previous_hash\":\"$prev\""*) ;; *) echo "entry $n: does not follow the one before"; exit 1 ;; esac
    digest=$(openssl dgst -sha256 -r "$tmp/payload" | cut -c1-64)
    case "$entry" in *"\"payload_digest\":\"$digest\""*) ;; *) echo "entry $n: details altered"; exit 1 ;; esac
    rest=${signature#* }; kid=${rest%% *}; sig=${rest#* }
    if [ "$kid" != "-" ]; then
        printf '%s' "$sig" | openssl base64 -d -A > "$tmp/signature"
        openssl pkeyutl -verify -pubin -inkey "keys/$kid.pem" -rawin -in "$tmp/entry" \
            -sigfile "$tmp/signature" > /dev/null || { echo "entry $n: bad signature"; exit 1; }
    fi
    prev=$(openssl dgst -sha256 -r "$tmp/entry" | cut -c1-64)
    echo "$n $prev" >> "$tmp/hashes"
done
paste -d "$tab" checkpoint-signatures.txt checkpoints.jsonl |
while IFS="$tab" read -r signature checkpoint; do
    seq=${signature%% *}; rest=${signature#* }; kid=${rest%% *}; sig=${rest#* }
    hash=$(printf '%s' "$checkpoint" | sed 's/.*"entry_hash":"\([0-9a-f]*\)".*/\1/')
    grep -qx "$seq $hash" "$tmp/hashes" || { echo "checkpoint $seq: does not match entry $seq"; exit 1; }
    printf '%s' "$checkpoint" > "$tmp/checkpoint"
    printf '%s' "$sig" | openssl base64 -d -A > "$tmp/signature"
    openssl pkeyutl -verify -pubin -inkey "keys/$kid.pem" -rawin -in "$tmp/checkpoint" \
        -sigfile "$tmp/signature" > /dev/null || { echo "checkpoint $seq: bad signature"; exit 1; }
done
echo "verified $(wc -l < entries.jsonl) entries and $(wc -l < checkpoints.jsonl) checkpoints"
rm -rf "$tmp"
)sh");
}

Result<qint64> AuditExporter::exportTo(AuditTrail& trail, const QString& folder)
{
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty()) {
        return Error{ErrorKind::Refused,
                     tr("%1 is not empty; export into a new folder.").arg(QDir::toNativeSeparators(folder))};
    }
    if (!dir.mkpath(QStringLiteral("keys"))) {
        return Error{ErrorKind::Refused, tr("Cannot create %1.").arg(QDir::toNativeSeparators(folder))};
    }
    const QString trustDomain = trail.trustDomain();
    Writer entries(dir.filePath(QStringLiteral("entries.jsonl")));
    Writer payloads(dir.filePath(QStringLiteral("payloads.jsonl")));
    Writer signatures(dir.filePath(QStringLiteral("signatures.txt")));
    Writer checkpoints(dir.filePath(QStringLiteral("checkpoints.jsonl")));
    Writer checkpointSignatures(dir.filePath(QStringLiteral("checkpoint-signatures.txt")));
    for (Writer* writer : {&entries, &payloads, &signatures, &checkpoints, &checkpointSignatures}) {
        if (!writer->ok()) {
            return Error{ErrorKind::Refused,
                         tr("Cannot write %1.").arg(QDir::toNativeSeparators(writer->fileName()))};
        }
    }

    qint64 count = 0;
    AuditTrail::Filter filter;
    filter.limit = 50000;
    for (;;) {
        auto page = trail.list(filter);
        if (!page) {
            return page.error();
        }
        for (const AuditEntry& entry : page.value()) {
            if (!entry.keyId.isEmpty() && (!isKeyId(entry.keyId) || !isBase64(entry.signature))) {
                return altered(tr("Entry %1 names a signing key or a signature that is not well formed")
                                   .arg(entry.sequence));
            }
            entries.line(entry.canonical(trustDomain));
            payloads.line(entry.payload);
            signatures.line(
                QByteArray::number(entry.sequence) + ' ' +
                (entry.keyId.isEmpty() ? QByteArray("- -") : entry.keyId.toLatin1() + ' ' + entry.signature));
            ++count;
            filter.afterSequence = entry.sequence;
        }
        if (page->size() < filter.limit) {
            break;
        }
    }

    QSqlQuery query(trail.database().connection());
    if (!query.exec(QStringLiteral(
            "SELECT seq, entry_hash, key_id, signature FROM audit_checkpoints ORDER BY seq"))) {
        return Database::queryError(query, tr("read the audit checkpoints"));
    }
    while (query.next()) {
        if (!isKeyId(query.value(2).toString()) || !isBase64(query.value(3).toString().toLatin1())) {
            return altered(tr("The checkpoint at entry %1 names a key or a signature that is not well formed")
                               .arg(query.value(0).toLongLong()));
        }
        checkpoints.line(
            CanonicalJson::serialize(QJsonObject{{QStringLiteral("entry_hash"), query.value(1).toString()},
                                                 {QStringLiteral("sequence"), query.value(0).toLongLong()},
                                                 {QStringLiteral("workspace"), trustDomain}}));
        checkpointSignatures.line(query.value(0).toString().toLatin1() + ' ' +
                                  query.value(2).toString().toLatin1() + ' ' +
                                  query.value(3).toString().toLatin1());
    }

    QStringList keyLines;
    if (!query.exec(QStringLiteral(
            "SELECT key_id, holder, public_key FROM audit_keys ORDER BY created_at, key_id"))) {
        return Database::queryError(query, tr("read the audit keys"));
    }
    while (query.next()) {
        const QString keyId = query.value(0).toString();
        if (!isKeyId(keyId)) {
            return altered(tr("A stored audit key's id is not a key thumbprint"));
        }
        QFile key(dir.filePath(QStringLiteral("keys/%1.pem").arg(keyId)));
        if (!key.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return Error{ErrorKind::Refused,
                         tr("Cannot write %1.").arg(QDir::toNativeSeparators(key.fileName()))};
        }
        key.write(query.value(2).toString().toLatin1());
        keyLines << QStringLiteral("| `%1` | %2 |").arg(keyId, query.value(1).toString());
    }
    for (Writer* writer : {&entries, &payloads, &signatures, &checkpoints, &checkpointSignatures}) {
        writer->flush();
        if (!writer->ok()) {
            return Error{ErrorKind::Storage,
                         tr("Cannot write %1.").arg(QDir::toNativeSeparators(writer->fileName()))};
        }
    }

    QFile readme(dir.filePath(QStringLiteral("VERIFY.md")));
    if (!readme.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error{ErrorKind::Refused,
                     tr("Cannot write %1.").arg(QDir::toNativeSeparators(readme.fileName()))};
    }
    // The recipe is for auditors of any language; the explanation around it stays in English
    // like the file formats it describes.
    const QString text =
        QStringLiteral(
            "# Audit trail of %1\n\n"
            "%2 entries, exported %3.\n\n"
            "- `entries.jsonl`: one entry per line, exactly the bytes that were hashed and signed "
            "(RFC 8785 canonical JSON). Each names the SHA-256 of the line before it (`previous_hash`; "
            "64 zeros for the first) and the SHA-256 of its details (`payload_digest`).\n"
            "- `payloads.jsonl`: the details of each entry, line for line.\n"
            "- `signatures.txt`: `sequence key-id base64-signature` (Ed25519 over the entry line), or "
            "`sequence - -` for an entry made while its operator's key was locked.\n"
            "- `checkpoints.jsonl` and `checkpoint-signatures.txt`: the workspace's signature over the "
            "chain's head, every 1,000 entries and when a session ends.\n"
            "- `keys/`: every public key that signed, by key id (its RFC 7638 thumbprint).\n\n"
            "| key id | holder |\n|---|---|\n%4\n\n"
            "Compare the workspace key's id with one recorded outside this workspace (it is printed by "
            "`steward-cli audit verify`); the keys are the trust anchor.\n\n"
            "## Check it with the openssl command and a shell\n\n"
            "Run in this folder:\n\n```sh\n%5```\n")
            .arg(trustDomain)
            .arg(count)
            .arg(trail.now().toUTC().toString(Qt::ISODate), keyLines.join(QLatin1Char('\n')), recipe());
    readme.write(text.toUtf8());
    return count;
}

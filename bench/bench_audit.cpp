// SPDX-License-Identifier: Apache-2.0
// Audit budget (issue 4): `audit verify` over 1,000,000 entries in under 10 s, reported beside
// `openssl dgst -sha256` over the same bytes in the same run. The trail is written through the
// real AuditTrail (a checkpoint every 1,000 entries; one entry in a hundred operator-signed, as
// decisions are) and its append rate is reported beside raw prepared inserts of the same rows.
#include "audit/auditexporter.h"
#include "audit/audittrail.h"
#include "crypto/keypair.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    const QString out = outAt >= 0 ? args.value(outAt + 1) : QString();
    const qsizetype countAt = args.indexOf(QStringLiteral("--entries"));
    const qint64 total = countAt >= 0 ? args.value(countAt + 1).toLongLong() : 1'000'000;

    QTemporaryDir dir;
    qputenv("STEWARD_OPERATOR", "bench");
    auto created =
        Workspace::create(dir.filePath(QStringLiteral("bench.steward")), QStringLiteral("bench.example"));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    Workspace& workspace = *created.value();
    if (!workspace.audit().ensureWorkspaceKey("bench passphrase")) {
        return 1;
    }
    workspace.audit().setCheckpointKey(workspace.audit().openWorkspaceKey("bench passphrase").value());
    const KeyPair operatorKey = KeyPair::generate(KeyPair::Algorithm::Ed25519).value();
    {
        QSqlQuery key(workspace.database().connection());
        key.prepare(QStringLiteral("INSERT INTO audit_keys VALUES (?, 'bench', ?, 0)"));
        key.addBindValue(operatorKey.thumbprint());
        key.addBindValue(QString::fromLatin1(operatorKey.toPublicPem()));
        key.exec();
    }

    // Writing: through AuditTrail, in batches of 10,000 per transaction.
    QElapsedTimer timer;
    timer.start();
    qint64 written = workspace.audit().headSequence();
    while (written < total) {
        const Status batch = workspace.database().transaction([&]() -> Status {
            for (int i = 0; i < 10000 && written < total; ++i) {
                ++written;
                workspace.audit().setSigner(written % 100 == 0 ? std::optional<KeyPair>(operatorKey)
                                                               : std::nullopt);
                const Status s = workspace.audit().record(
                    written % 3 == 0 ? QStringLiteral("token.minted") : QStringLiteral("agent.edited"),
                    QStringLiteral("agent"),
                    QStringLiteral("agent-%1").arg(written % 5000),
                    QJsonObject{{QStringLiteral("audience"), QStringLiteral("payments-api")},
                                {QStringLiteral("scope"), QStringLiteral("read s3://refunds/**")},
                                {QStringLiteral("task"), QStringLiteral("TASK-%1").arg(written)}});
                if (!s) {
                    return s;
                }
            }
            return {};
        });
        if (!batch) {
            std::fprintf(stderr, "%s\n", qPrintable(batch.error().message));
            return 1;
        }
    }
    const double appendS = double(timer.nsecsElapsed()) / 1e9;
    (void)workspace.audit().checkpoint();

    // Raw baseline for writing: the same rows copied with one prepared INSERT, no hashing or signing.
    timer.restart();
    {
        QSqlDatabase& db = workspace.database().connection();
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE raw_copy AS SELECT * FROM audit_entries WHERE 0"));
        QSqlQuery(db).exec(
            QStringLiteral("CREATE INDEX raw_copy_object ON raw_copy(object_type, object_id)"));
        QSqlQuery(db).exec(QStringLiteral("CREATE INDEX raw_copy_operator ON raw_copy(operator)"));
        QSqlQuery(db).exec(QStringLiteral("CREATE INDEX raw_copy_action ON raw_copy(action)"));
        QSqlQuery read(db);
        read.setForwardOnly(true);
        read.exec(QStringLiteral("SELECT * FROM audit_entries"));
        QList<QVariantList> rows;
        rows.reserve(int(total));
        while (read.next()) {
            QVariantList row;
            for (int c = 0; c < 12; ++c) {
                row << read.value(c);
            }
            rows << row;
        }
        timer.restart();
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO raw_copy VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariantList& row : std::as_const(rows)) {
            for (int c = 0; c < 12; ++c) {
                insert.bindValue(c, row[c]);
            }
            insert.exec();
        }
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    }
    const double rawInsertS = double(timer.nsecsElapsed()) / 1e9;
    QSqlQuery(workspace.database().connection()).exec(QStringLiteral("DROP TABLE raw_copy"));

    // Verifying.
    timer.restart();
    auto verified = workspace.audit().verify();
    const double verifyS = double(timer.nsecsElapsed()) / 1e9;
    if (!verified || !verified->intact() || verified->entries != total) {
        std::fprintf(stderr, "the trail did not verify\n");
        return 1;
    }

    // The same bytes through openssl dgst: the exported entry lines, hashed one by one.
    const QString folder = dir.filePath(QStringLiteral("export"));
    timer.restart();
    if (!AuditExporter::exportTo(workspace.audit(), folder)) {
        return 1;
    }
    const double exportS = double(timer.nsecsElapsed()) / 1e9;
    QProcess openssl;
    openssl.setWorkingDirectory(folder);
    timer.restart();
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("entries.jsonl")});
    openssl.waitForFinished(-1);
    const double dgstS = double(timer.nsecsElapsed()) / 1e9;
    const qint64 bytes = QFile(folder + QStringLiteral("/entries.jsonl")).size() +
                         QFile(folder + QStringLiteral("/payloads.jsonl")).size();
    timer.restart();
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("dgst"),
                   QStringLiteral("-sha256"),
                   QStringLiteral("entries.jsonl"),
                   QStringLiteral("payloads.jsonl")});
    openssl.waitForFinished(-1);
    const double dgstBothS = double(timer.nsecsElapsed()) / 1e9;

    // What a signature costs to check, to size a trail where every entry is signed.
    const QByteArray message(300, 'x');
    const QByteArray signature = operatorKey.sign(message).value();
    timer.restart();
    int checked = 0;
    for (int i = 0; i < 20000; ++i) {
        checked += operatorKey.verify(message, signature) ? 1 : 0;
    }
    const double perSignatureUs = double(timer.nsecsElapsed()) / 1e3 / 20000;

    std::printf("append %lld entries through AuditTrail: %.2f s (%.0f/s); raw prepared inserts of the same "
                "rows: %.2f s "
                "(%.0f/s); ratio %.2f\n",
                total,
                appendS,
                double(total) / appendS,
                rawInsertS,
                double(total) / rawInsertS,
                rawInsertS / appendS);
    std::printf(
        "audit verify over %lld entries (%lld signed, checkpointed through %lld): %.2f s (budget 10 s)\n",
        verified->entries,
        verified->signedEntries,
        verified->checkpointedThrough,
        verifyS);
    std::printf("openssl dgst -sha256 over the entry lines (%.1f MB): %.2f s; over entries and details (%.1f "
                "MB): %.2f s\n",
                double(QFile(folder + QStringLiteral("/entries.jsonl")).size()) / 1e6,
                dgstS,
                double(bytes) / 1e6,
                dgstBothS);
    std::printf("export: %.2f s; one Ed25519 signature check: %.1f us (%d checked), so a fully signed trail "
                "adds %.1f s\n",
                exportS,
                perSignatureUs,
                checked,
                perSignatureUs * double(total) / 1e6);

    if (!out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return 1;
        }
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("entries"), total},
                                      {QStringLiteral("signed_entries"), verified->signedEntries},
                                      {QStringLiteral("append_s"), appendS},
                                      {QStringLiteral("raw_insert_s"), rawInsertS},
                                      {QStringLiteral("append_vs_raw_insert"), rawInsertS / appendS},
                                      {QStringLiteral("verify_s"), verifyS},
                                      {QStringLiteral("verify_budget_s"), 10},
                                      {QStringLiteral("openssl_dgst_entries_s"), dgstS},
                                      {QStringLiteral("openssl_dgst_entries_and_payloads_s"), dgstBothS},
                                      {QStringLiteral("export_s"), exportS},
                                      {QStringLiteral("signature_check_us"), perSignatureUs},
                                      {QStringLiteral("within_budget"), verifyS < 10}})
                .toJson());
    }
    return verifyS < 10 ? 0 : 2;
}

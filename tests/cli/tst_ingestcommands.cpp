// SPDX-License-Identifier: Apache-2.0
// The ingest, connector and quarantine commands run in-process through CommandLine::run, as the
// executable runs them: which files a folder gives, what a run that stores nothing says, the
// quarantine's dismissal and purge, and options meant for another verb.
#include "activitysamples.h"
#include "cli/commandline.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QtTest>

#include <zlib.h>

class TestIngestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void folderReadsTheFormatsFilesOnly();
    void globChoosesOtherFiles();
    void everythingQuarantinedIsAFailure();
    void dismissAndPurgeAreAudited();
    void optionsOfAnotherVerbAreRefused_data();
    void optionsOfAnotherVerbAreRefused();
    void followStopsWhenAsked();
    void attributesFilterQueriesAndSavedFilters();
    void quarantineDecisionsNeedARole();
    void actorTypesSettingFromTheCommandLine();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };
    Run cli(const QStringList& args, std::function<bool()> stop = {});
    QString makeTrailFolder();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void writeGzip(const QString& path, const QByteArray& bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    gzFile out = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(out);
    QCOMPARE(gzwrite(out, bytes.constData(), unsigned(bytes.size())), int(bytes.size()));
    gzclose(out);
}

QByteArray trailRecord(int i)
{
    return "{\"eventVersion\":\"1.08\",\"eventID\":\"sel-" + QByteArray::number(i) +
           "\",\"userIdentity\":{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::123456789012:assumed-role/"
           "refund-bot/s1\",\"accountId\":\"123456789012\"},\"eventTime\":\"2026-11-30T10:00:00Z\","
           "\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",\"awsRegion\":\"eu-west-1\","
           "\"requestParameters\":{\"bucketName\":\"reports\",\"key\":\"r.pdf\"}}";
}

} // namespace

void TestIngestCommands::attributesFilterQueriesAndSavedFilters()
{
    const QString file = QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/cloudtrail/aws_cloudtrail.json");
    const Run ingested = cli({QStringLiteral("ingest"),
                              QStringLiteral("--format"),
                              QStringLiteral("cloudtrail"),
                              QStringLiteral("--file"),
                              file});
    QVERIFY2(ingested.code == 0, qPrintable(ingested.err));
    const auto count = [this](const QStringList& filters) {
        const Run run =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("events"), QStringLiteral("count")} +
                filters);
        return run.code == 0 ? run.json().object().value(QStringLiteral("count")).toInt(-1) : -100 - run.code;
    };
    QCOMPARE(count({QStringLiteral("--attr"), QStringLiteral("error_code=TrailNotFoundException")}), 1);
    QCOMPARE(count({QStringLiteral("--attr"),
                    QStringLiteral("user_agent~aws-cli"),
                    QStringLiteral("--attr"),
                    QStringLiteral("region=us-east-2")}),
             count({QStringLiteral("--attr"),
                    QStringLiteral("user_agent~aws-cli"),
                    QStringLiteral("--attr"),
                    QStringLiteral("region~us-east-2")}));
    QVERIFY(count({QStringLiteral("--attr"), QStringLiteral("user_agent~aws-cli")}) >= 3);
    // A malformed filter is the person's typing: usage, and it says what is wrong.
    const Run bad = cli({QStringLiteral("events"),
                         QStringLiteral("query"),
                         QStringLiteral("--attr"),
                         QStringLiteral("x') OR 1=1 --=y")});
    QCOMPARE(bad.code, 1); // usage
    QVERIFY2(bad.err.contains(QStringLiteral("--attr")), qPrintable(bad.err));
    // A saved filter keeps its attributes, and the query through it finds the same events.
    const Run saved = cli({QStringLiteral("events"),
                           QStringLiteral("filter"),
                           QStringLiteral("save"),
                           QStringLiteral("failed-trail"),
                           QStringLiteral("--attr"),
                           QStringLiteral("error_code=TrailNotFoundException")});
    QVERIFY2(saved.code == 0, qPrintable(saved.err));
    QCOMPARE(count({QStringLiteral("--saved"), QStringLiteral("failed-trail")}), 1);
    const Run keys = cli({QStringLiteral("events"), QStringLiteral("attributes")});
    QCOMPARE(keys.code, 0);
    QVERIFY(keys.out.contains(QStringLiteral("user_agent")));
    QVERIFY(keys.out.contains(QStringLiteral("role_ref")));
}

void TestIngestCommands::quarantineDecisionsNeedARole()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad.jsonl"));
    write(bad, "not json\nnor this\n");
    cli({QStringLiteral("ingest"),
         QStringLiteral("--format"),
         QStringLiteral("k8s"),
         QStringLiteral("--file"),
         bad});
    const Run added = cli({QStringLiteral("operator"),
                           QStringLiteral("add"),
                           QStringLiteral("vic"),
                           QStringLiteral("--role"),
                           QStringLiteral("viewer")});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    for (const char* who : {"vic", "nobody"}) {
        qputenv("STEWARD_OPERATOR", who);
        const Run dismissed = cli({QStringLiteral("quarantine"),
                                   QStringLiteral("dismiss"),
                                   QStringLiteral("1"),
                                   QStringLiteral("--reason"),
                                   QStringLiteral("hide me")});
        QCOMPARE(dismissed.code, 3);
        QVERIFY2(dismissed.err.contains(QLatin1String(who)), qPrintable(dismissed.err));
        QCOMPARE(cli({QStringLiteral("quarantine"), QStringLiteral("purge")}).code, 3);
    }
    qputenv("STEWARD_OPERATOR", "tester");
    const Run list = cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("list")});
    QCOMPARE(list.json().array().size(), 2); // both still waiting
    QCOMPARE(cli({QStringLiteral("quarantine"),
                  QStringLiteral("dismiss"),
                  QStringLiteral("1"),
                  QStringLiteral("--reason"),
                  QStringLiteral("noise")})
                 .code,
             0);
    // A saved filter changed in the file to one that matches everything is refused, not widened.
    QCOMPARE(cli({QStringLiteral("events"),
                  QStringLiteral("filter"),
                  QStringLiteral("save"),
                  QStringLiteral("narrow"),
                  QStringLiteral("--attr"),
                  QStringLiteral("error_code=Access")})
                 .code,
             0);
    {
        auto workspace = Workspace::open(m_workspace);
        QVERIFY(workspace);
        QSqlQuery q(workspace.value()->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE saved_filters SET filter = '{\"attributes\":[]}'")));
    }
    const Run widened = cli({QStringLiteral("events"),
                             QStringLiteral("count"),
                             QStringLiteral("--saved"),
                             QStringLiteral("narrow")});
    QVERIFY(widened.code != 0);
    QVERIFY2(widened.err.contains(QStringLiteral("damaged")), qPrintable(widened.err));
}

void TestIngestCommands::actorTypesSettingFromTheCommandLine()
{
    const QString trail = m_dir->filePath(QStringLiteral("trail.json"));
    write(trail, "{\"Records\":[" + trailRecord(1) + "]}");
    // The refund-bot role is a person's, its owners say: recorded, not a shadow agent.
    const Run added = cli({QStringLiteral("connector"),
                           QStringLiteral("add"),
                           QStringLiteral("ct"),
                           QStringLiteral("--format"),
                           QStringLiteral("cloudtrail"),
                           QStringLiteral("--path"),
                           trail,
                           QStringLiteral("--setting"),
                           QStringLiteral("actor_types={\"arn:aws:iam::*:role/refund-*\":\"human\"}")});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const Run ran = cli({QStringLiteral("connector"), QStringLiteral("run"), QStringLiteral("ct")});
    QVERIFY2(ran.code == 0, qPrintable(ran.err));
    const Run shadows = cli({QStringLiteral("--json"),
                             QStringLiteral("agent"),
                             QStringLiteral("list"),
                             QStringLiteral("--status"),
                             QStringLiteral("shadow")});
    QCOMPARE(shadows.json().array().size(), 0);
    const Run humans = cli({QStringLiteral("--json"),
                            QStringLiteral("events"),
                            QStringLiteral("count"),
                            QStringLiteral("--attr"),
                            QStringLiteral("actor_type=human")});
    QCOMPARE(humans.json().object().value(QStringLiteral("count")).toInt(), 1);
    const Run refused = cli({QStringLiteral("connector"),
                             QStringLiteral("edit"),
                             QStringLiteral("ct"),
                             QStringLiteral("--setting"),
                             QStringLiteral("actor_types={\"arn:*\":\"robot\"}")});
    QVERIFY(refused.code != 0);
    QVERIFY2(refused.err.contains(QStringLiteral("actor_types")), qPrintable(refused.err));
    // A misspelt setting would be kept and do nothing; it is refused, naming the ones there are,
    // and the connector's settings stay as they were.
    const QJsonObject before = cli({QStringLiteral("--json"),
                                    QStringLiteral("connector"),
                                    QStringLiteral("show"),
                                    QStringLiteral("ct")})
                                   .json()
                                   .object()
                                   .value(u"settings")
                                   .toObject();
    const Run misspelt = cli({QStringLiteral("connector"),
                              QStringLiteral("edit"),
                              QStringLiteral("ct"),
                              QStringLiteral("--setting"),
                              QStringLiteral("actor_type={\"arn:*\":\"human\"}")});
    QCOMPARE(misspelt.code, 3);
    QVERIFY2(misspelt.err.contains(QStringLiteral("\"actor_type\"")) &&
                 misspelt.err.contains(QStringLiteral("actor_types")),
             qPrintable(misspelt.err));
    QCOMPARE(cli({QStringLiteral("--json"),
                  QStringLiteral("connector"),
                  QStringLiteral("show"),
                  QStringLiteral("ct")})
                 .json()
                 .object()
                 .value(u"settings")
                 .toObject(),
             before);
    const Run unknownAtAdd = cli({QStringLiteral("connector"),
                                  QStringLiteral("add"),
                                  QStringLiteral("ct2"),
                                  QStringLiteral("--format"),
                                  QStringLiteral("k8s"),
                                  QStringLiteral("--setting"),
                                  QStringLiteral("clutser=prod")});
    QCOMPARE(unknownAtAdd.code, 3);
    QVERIFY2(unknownAtAdd.err.contains(QStringLiteral("cluster")), qPrintable(unknownAtAdd.err));
}

TestIngestCommands::Run TestIngestCommands::cli(const QStringList& args, std::function<bool()> stop)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Run run;
    run.code = CommandLine::run(
        QStringList{QStringLiteral("steward-cli"), QStringLiteral("--workspace"), m_workspace} + args,
        outStream,
        errStream,
        std::move(stop));
    outStream.flush();
    errStream.flush();
    run.out = out;
    run.err = err;
    return run;
}

void TestIngestCommands::init()
{
    qputenv("STEWARD_OPERATOR", "tester");
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = m_dir->filePath(QStringLiteral("cli.steward"));
    const Run made =
        cli({QStringLiteral("init"), QStringLiteral("--trust-domain"), QStringLiteral("cli.example")});
    QVERIFY2(made.code == 0, qPrintable(made.err));
}

// A trail's folder as S3 holds it, with what else people keep beside logs.
QString TestIngestCommands::makeTrailFolder()
{
    const QString root = m_dir->filePath(QStringLiteral("AWSLogs"));
    const QString day = root + QStringLiteral("/123456789012/CloudTrail/eu-west-1/2026/11/30/");
    for (int i = 0; i < 3; ++i) {
        writeGzip(day +
                      QStringLiteral("123456789012_CloudTrail_eu-west-1_20261130T10%1Z_abc%1.json.gz").arg(i),
                  "{\"Records\":[" + trailRecord(i) + "]}");
    }
    // Digests are signed hashes of the log files, not activity.
    writeGzip(
        root + QStringLiteral(
                   "/123456789012/CloudTrail-Digest/eu-west-1/2026/11/30/"
                   "123456789012_CloudTrail-Digest_eu-west-1_trail_eu-west-1_20261130T110000Z.json.gz"),
        "{\"awsAccountId\":\"123456789012\",\"digestStartTime\":\"2026-11-30T10:00:00Z\",\"logFiles\":[]}");
    write(root + QStringLiteral("/README.md"), "# Our trail\n\nKept for 7 years.\n");
    write(root + QStringLiteral("/lifecycle.yaml"), "rules:\n  - expire: 2555\n");
    write(root + QStringLiteral("/.sync-state.json"), "{\"last\":\"2026-11-30\"}\n");
    return root;
}

void TestIngestCommands::folderReadsTheFormatsFilesOnly()
{
    const QString root = makeTrailFolder();
    const Run run = cli({QStringLiteral("--json"),
                         QStringLiteral("ingest"),
                         QStringLiteral("--format"),
                         QStringLiteral("cloudtrail"),
                         QStringLiteral("--dir"),
                         root});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject counts = run.json().object();
    QCOMPARE(counts.value(u"read").toInteger(), 3);
    QCOMPARE(counts.value(u"stored").toInteger(), 3);
    QCOMPARE(counts.value(u"quarantined").toInteger(), 0);
}

void TestIngestCommands::globChoosesOtherFiles()
{
    const QString root = m_dir->filePath(QStringLiteral("exports"));
    write(root + QStringLiteral("/audit-2026-11-30.txt"), k8sAuditLines("glob-", 0, 4));
    write(root + QStringLiteral("/notes.md"), "not records\n");
    // By its own naming the k8s format finds nothing here: the run reads nothing and says so.
    const Run plain = cli({QStringLiteral("ingest"),
                           QStringLiteral("--format"),
                           QStringLiteral("k8s"),
                           QStringLiteral("--dir"),
                           root});
    QCOMPARE(plain.code, 0);
    QVERIFY2(plain.out.contains(QStringLiteral("read 0,")), qPrintable(plain.out));
    QVERIFY2(plain.err.contains(QStringLiteral("Passed over 2 file(s)")), qPrintable(plain.err));

    const Run globbed = cli({QStringLiteral("--json"),
                             QStringLiteral("ingest"),
                             QStringLiteral("--format"),
                             QStringLiteral("k8s"),
                             QStringLiteral("--connector"),
                             QStringLiteral("exports"),
                             QStringLiteral("--dir"),
                             root,
                             QStringLiteral("--glob"),
                             QStringLiteral("*.txt")});
    QVERIFY2(globbed.code == 0, qPrintable(globbed.err));
    QCOMPARE(globbed.json().object().value(u"stored").toInteger(), 4);
    // The connector remembers the pattern: connector run reads the same files.
    const Run shown = cli({QStringLiteral("connector"), QStringLiteral("show"), QStringLiteral("exports")});
    QVERIFY2(shown.out.contains(QStringLiteral("\"glob\": \"*.txt\"")), qPrintable(shown.out));
    // --glob belongs to --dir.
    QCOMPARE(cli({QStringLiteral("ingest"),
                  QStringLiteral("--format"),
                  QStringLiteral("k8s"),
                  QStringLiteral("--file"),
                  root + QStringLiteral("/notes.md"),
                  QStringLiteral("--glob"),
                  QStringLiteral("*.md")})
                 .code,
             1);
}

void TestIngestCommands::everythingQuarantinedIsAFailure()
{
    // CloudTrail records given as Kubernetes audit: each line is read and set aside.
    const QString path = m_dir->filePath(QStringLiteral("wrong.jsonl"));
    write(path, trailRecord(1) + '\n' + trailRecord(2) + '\n');
    const Run run = cli({QStringLiteral("ingest"),
                         QStringLiteral("--format"),
                         QStringLiteral("k8s"),
                         QStringLiteral("--file"),
                         path});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.out.contains(QStringLiteral("quarantined 2")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("probably not k8s")), qPrintable(run.err));
    // Nothing is lost: both wait in quarantine.
    const Run listed = cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("list")});
    QCOMPARE(listed.json().array().size(), 2);
}

void TestIngestCommands::dismissAndPurgeAreAudited()
{
    const QString path = m_dir->filePath(QStringLiteral("mixed.jsonl"));
    write(path, k8sAuditLines("ok-", 0, 2) + "not json\n{\"kind\":\"Other\"}\nstill not json\n");
    const Run ingested = cli({QStringLiteral("--json"),
                              QStringLiteral("ingest"),
                              QStringLiteral("--format"),
                              QStringLiteral("k8s"),
                              QStringLiteral("--connector"),
                              QStringLiteral("mixed"),
                              QStringLiteral("--file"),
                              path});
    QVERIFY2(ingested.code == 0, qPrintable(ingested.err));
    QCOMPARE(ingested.json().object().value(u"quarantined").toInteger(), 3);
    const QJsonArray waiting =
        cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("list")}).json().array();
    QCOMPARE(waiting.size(), 3);
    const QString first = QString::number(waiting.at(0).toObject().value(u"id").toInteger());
    const QString second = QString::number(waiting.at(1).toObject().value(u"id").toInteger());

    // A dismissal says why.
    QCOMPARE(cli({QStringLiteral("quarantine"), QStringLiteral("dismiss"), first}).code, 1);
    QCOMPARE(cli({QStringLiteral("quarantine"),
                  QStringLiteral("dismiss"),
                  first,
                  second,
                  QStringLiteral("--reason"),
                  QStringLiteral("   ")})
                 .code,
             1);
    const Run dismissed = cli({QStringLiteral("quarantine"),
                               QStringLiteral("dismiss"),
                               first,
                               second,
                               QStringLiteral("--reason"),
                               QStringLiteral("Test lines from the load generator")});
    QVERIFY2(dismissed.code == 0, qPrintable(dismissed.err));
    // Dismissing again is refused, and changes nothing.
    QCOMPARE(cli({QStringLiteral("quarantine"),
                  QStringLiteral("dismiss"),
                  first,
                  QStringLiteral("--reason"),
                  QStringLiteral("again")})
                 .code,
             3);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("list")})
                 .json()
                 .array()
                 .size(),
             1);
    const QJsonArray all = cli({QStringLiteral("--json"),
                                QStringLiteral("quarantine"),
                                QStringLiteral("list"),
                                QStringLiteral("--all")})
                               .json()
                               .array();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).toObject().value(u"dismissed_by").toString(), QStringLiteral("tester"));
    QCOMPARE(all.at(0).toObject().value(u"dismiss_reason").toString(),
             QStringLiteral("Test lines from the load generator"));

    // Purge deletes the settled records only; the one still waiting stays.
    const Run purged = cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("purge")});
    QVERIFY2(purged.code == 0, qPrintable(purged.err));
    QCOMPARE(purged.json().object().value(u"purged").toInteger(), 2);
    QCOMPARE(cli({QStringLiteral("--json"),
                  QStringLiteral("quarantine"),
                  QStringLiteral("list"),
                  QStringLiteral("--all")})
                 .json()
                 .array()
                 .size(),
             1);

    // Both are in the audit trail, with who and why.
    auto workspace = Workspace::open(m_workspace);
    QVERIFY(workspace);
    QSqlQuery q(workspace.value()->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action, operator, payload, object_id FROM audit_entries WHERE "
                                  "action LIKE 'quarantine.%' ORDER BY seq")));
    // One entry per record, named by the record's id.
    for (const QString& id : {first, second}) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("quarantine.dismissed"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("tester"));
        QVERIFY(q.value(2).toString().contains(QStringLiteral("load generator")));
        QCOMPARE(q.value(3).toString(), id);
    }
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("quarantine.purged"));
    QVERIFY(!q.next());
    auto verified = workspace.value()->audit().verify();
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
}

void TestIngestCommands::optionsOfAnotherVerbAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("connector list --follow")
        << QStringList{QStringLiteral("connector"), QStringLiteral("list"), QStringLiteral("--follow")};
    QTest::newRow("connector show --path") << QStringList{QStringLiteral("connector"),
                                                          QStringLiteral("show"),
                                                          QStringLiteral("x"),
                                                          QStringLiteral("--path"),
                                                          QStringLiteral("/tmp")};
    QTest::newRow("connector run --store") << QStringList{QStringLiteral("connector"),
                                                          QStringLiteral("run"),
                                                          QStringLiteral("x"),
                                                          QStringLiteral("--store"),
                                                          QStringLiteral("workspace")};
    QTest::newRow("connector edit --format") << QStringList{QStringLiteral("connector"),
                                                            QStringLiteral("edit"),
                                                            QStringLiteral("x"),
                                                            QStringLiteral("--format"),
                                                            QStringLiteral("k8s")};
    QTest::newRow("quarantine show --connector") << QStringList{QStringLiteral("quarantine"),
                                                                QStringLiteral("show"),
                                                                QStringLiteral("1"),
                                                                QStringLiteral("--connector"),
                                                                QStringLiteral("x")};
    QTest::newRow("quarantine purge --all")
        << QStringList{QStringLiteral("quarantine"), QStringLiteral("purge"), QStringLiteral("--all")};
    QTest::newRow("quarantine reingest --reason") << QStringList{QStringLiteral("quarantine"),
                                                                 QStringLiteral("reingest"),
                                                                 QStringLiteral("1"),
                                                                 QStringLiteral("--reason"),
                                                                 QStringLiteral("x")};
}

void TestIngestCommands::optionsOfAnotherVerbAreRefused()
{
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Unknown option")), qPrintable(run.err));
}

void TestIngestCommands::followStopsWhenAsked()
{
    const QString path = m_dir->filePath(QStringLiteral("audit.log"));
    write(path, k8sAuditLines("f-", 0, 3));
    // The library installs no signal handler: the caller's stop is asked, and honoured.
    int asked = 0;
    QElapsedTimer timer;
    timer.start();
    const Run run = cli({QStringLiteral("ingest"),
                         QStringLiteral("--format"),
                         QStringLiteral("k8s"),
                         QStringLiteral("--file"),
                         path,
                         QStringLiteral("--follow")},
                        [&asked] { return ++asked > 3; });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(timer.elapsed() < 30000);
    QVERIFY2(run.out.contains(QStringLiteral("stored 3")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Stopped")), qPrintable(run.out));
    QVERIFY(asked > 3);
}

QTEST_GUILESS_MAIN(TestIngestCommands)
#include "tst_ingestcommands.moc"

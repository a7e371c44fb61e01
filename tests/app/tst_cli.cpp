// SPDX-License-Identifier: Apache-2.0
// steward-cli as a real process on a temporary workspace: exit codes, stdout/stderr, JSON shapes.
#include "identity/keyset.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void initCreatesWorkspace();
    void usageErrors_data();
    void usageErrors();
    void inventoryEndToEnd();
    void jsonShapesAreStable();
    void listFiltersAndLimits();
    void refusalsAndNotFound_data();
    void refusalsAndNotFound();
    void corruptWorkspace();
    void environmentChoosesWorkspace();
    void demoIsReproducible();
    void demoWithReviews();
    void ingestSamplesAndQuery();
    void ingestSurvivesSigkill();
    void followsAGrowingAndRotatedLog();
    void mappedConnectorFixAndExport();
    void germanMessages();
    void tokensEndToEnd();
    void tokenRefusals();
    void svidEndToEndWithOpenssl();
    void svidRefusesBadRequests_data();
    void svidRenewalKeepsTheAgentsKey();
    void keychainUnavailableFallsBack();
    void operatorsAndTheAuditTrail();
    void anchorsShowATrailCutShort();
    void requestsAndGrantsFromTheCommandLine();
    void svidRefusesBadRequests();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Run cli(const QStringList& args, const QProcessEnvironment& extra = {}) const;
    void seed();
    // An approved grant, made in-process on the file the CLI uses (the CLI's own request
    // commands are tested on their own).
    void grantFor(const QString& agent, const QString& statements, const QString& task);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

TestCli::Run TestCli::cli(const QStringList& args, const QProcessEnvironment& extra) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("STEWARD_WORKSPACE"));
    environment.insert(QStringLiteral("STEWARD_OPERATOR"), QStringLiteral("cli-tester"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    QStringList full{QStringLiteral("--workspace"), m_workspace};
    full << args;
    // A session of its own, without a controlling terminal: a passphrase prompt must fail, not wait.
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(QStringLiteral(STEWARD_CLI_PATH), full);
    if (!process.waitForFinished(60000)) {
        qWarning("steward-cli timed out");
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(),
               process.readAllStandardError()};
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = m_dir->filePath(QStringLiteral("cli.steward"));
}

void TestCli::seed()
{
    QCOMPARE(
        cli({QStringLiteral("init"), QStringLiteral("--trust-domain"), QStringLiteral("acme.example")}).code,
        0);
    QCOMPARE(cli({QStringLiteral("owner"),
                  QStringLiteral("add"),
                  QStringLiteral("--name"),
                  QStringLiteral("Ann Lee"),
                  QStringLiteral("--email"),
                  QStringLiteral("ann@example.com"),
                  QStringLiteral("--team"),
                  QStringLiteral("Payments")})
                 .code,
             0);
}

void TestCli::grantFor(const QString& agent, const QString& statements, const QString& task)
{
    auto opened = Workspace::open(m_workspace);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    opened.value()->setOperatorName(QStringLiteral("cli-tester"));
    TestWorkspace::grantIn(*opened.value(), agent, statements, 8 * 3600, task);
}

void TestCli::initCreatesWorkspace()
{
    const Run run =
        cli({QStringLiteral("init"), QStringLiteral("--trust-domain"), QStringLiteral("acme.example")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains("acme.example"));
    QCOMPARE(TestWorkspace::unixMode(m_workspace), 0600);
    const Run again =
        cli({QStringLiteral("init"), QStringLiteral("--trust-domain"), QStringLiteral("acme.example")});
    QCOMPARE(again.code, 3);
    QVERIFY(again.err.contains("never overwritten"));
    QVERIFY(run.out.contains("no certificate authority yet"));
    // With a passphrase, init creates the CA and the token signing key as well.
    m_workspace = m_dir->filePath(QStringLiteral("with-ca.steward"));
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("init passphrase"));
    const Run withCa = cli({QStringLiteral("--json"),
                            QStringLiteral("init"),
                            QStringLiteral("--trust-domain"),
                            QStringLiteral("acme.example")},
                           secret);
    QCOMPARE(withCa.code, 0);
    QVERIFY(withCa.json().object().value(QStringLiteral("certificate_authority")).toBool());
    QCOMPARE(cli({QStringLiteral("ca"), QStringLiteral("show")}).code, 0);
    QCOMPARE(KeySet::fromJwks(cli({QStringLiteral("jwks"), QStringLiteral("export")}).out)->size(), 1);
    const Run summary = cli({QStringLiteral("--json"), QStringLiteral("summary")});
    QCOMPARE(summary.code, 0);
    QCOMPARE(summary.json().object().value(QStringLiteral("trust_domain")).toString(),
             QStringLiteral("acme.example"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--colour")};
    QTest::newRow("agent without verb") << QStringList{QStringLiteral("agent")};
    QTest::newRow("unknown agent verb")
        << QStringList{QStringLiteral("agent"), QStringLiteral("delete"), QStringLiteral("x")};
    QTest::newRow("unknown option") << QStringList{
        QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--colour")};
    QTest::newRow("add without owner")
        << QStringList{QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("x")};
    QTest::newRow("show two") << QStringList{
        QStringLiteral("agent"), QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("bad status filter") << QStringList{
        QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("happy")};
    QTest::newRow("init without domain") << QStringList{QStringLiteral("init")};
    QTest::newRow("owner add partial") << QStringList{
        QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")};
    QTest::newRow("demo bad count") << QStringList{
        QStringLiteral("demo"), QStringLiteral("--agents"), QStringLiteral("many")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    seed();
    const Run run = cli(args);
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("steward-cli: "), run.err.constData());
}

void TestCli::inventoryEndToEnd()
{
    seed();
    Run run = cli({QStringLiteral("agent"),
                   QStringLiteral("add"),
                   QStringLiteral("refund-triage"),
                   QStringLiteral("--owner"),
                   QStringLiteral("ann@example.com"),
                   QStringLiteral("--purpose"),
                   QStringLiteral("Proposes refund decisions"),
                   QStringLiteral("--framework"),
                   QStringLiteral("LangGraph"),
                   QStringLiteral("--env"),
                   QStringLiteral("prod"),
                   QStringLiteral("--risk"),
                   QStringLiteral("high"),
                   QStringLiteral("--principal"),
                   QStringLiteral("aws-role=arn:aws:iam::123456789012:role/refunds"),
                   QStringLiteral("--principal"),
                   QStringLiteral("otel-agent-id=asst_77"),
                   QStringLiteral("--tag"),
                   QStringLiteral("pci")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("spiffe://acme.example/agent/refund-triage"));

    run = cli({QStringLiteral("agent"),
               QStringLiteral("edit"),
               QStringLiteral("asst_77"),
               QStringLiteral("--display-name"),
               QStringLiteral("Refund triage"),
               QStringLiteral("--add-tag"),
               QStringLiteral("customer-facing"),
               QStringLiteral("--remove-principal"),
               QStringLiteral("otel-agent-id=asst_77")});
    QCOMPARE(run.code, 0);
    run = cli({QStringLiteral("--json"),
               QStringLiteral("agent"),
               QStringLiteral("show"),
               QStringLiteral("refund-triage")});
    QCOMPARE(run.code, 0);
    QJsonObject agent = run.json().object();
    QCOMPARE(agent.value(QStringLiteral("display_name")).toString(), QStringLiteral("Refund triage"));
    QCOMPARE(agent.value(QStringLiteral("tags")).toArray().size(), 2);
    QCOMPARE(agent.value(QStringLiteral("principals")).toArray().size(), 1);

    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("suspend"),
                  QStringLiteral("refund-triage"),
                  QStringLiteral("--reason"),
                  QStringLiteral("Scope review")})
                 .code,
             0);
    QCOMPARE(
        cli({QStringLiteral("agent"), QStringLiteral("reactivate"), QStringLiteral("refund-triage")}).code,
        0);
    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("retire"),
                  QStringLiteral("refund-triage"),
                  QStringLiteral("--reason"),
                  QStringLiteral("Replaced")})
                 .code,
             0);
    run = cli({QStringLiteral("agent"),
               QStringLiteral("show"),
               QStringLiteral("refund-triage"),
               QStringLiteral("--json")});
    agent = run.json().object();
    QCOMPARE(agent.value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
    const QJsonArray history = agent.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Scope review"));
    QCOMPARE(history.at(3).toObject().value(QStringLiteral("operator")).toString(),
             QStringLiteral("cli-tester"));

    run = cli({QStringLiteral("owner"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.json().array().at(0).toObject().value(QStringLiteral("agents")).toInt(), 1);
    run = cli({QStringLiteral("owner"), QStringLiteral("list")});
    QVERIFY(run.out.contains("ann@example.com"));
}

void TestCli::jsonShapesAreStable()
{
    seed();
    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("add"),
                  QStringLiteral("a1"),
                  QStringLiteral("--owner"),
                  QStringLiteral("1"),
                  QStringLiteral("--purpose"),
                  QStringLiteral("p")})
                 .code,
             0);
    const Run run = cli({QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject agent = document.array().at(0).toObject();
    QStringList keys = agent.keys();
    keys.sort();
    const QStringList expected = {QStringLiteral("created_at"),
                                  QStringLiteral("display_name"),
                                  QStringLiteral("environment"),
                                  QStringLiteral("framework"),
                                  QStringLiteral("last_seen_at"),
                                  QStringLiteral("model"),
                                  QStringLiteral("name"),
                                  QStringLiteral("owner"),
                                  QStringLiteral("principals"),
                                  QStringLiteral("purpose"),
                                  QStringLiteral("risk_tier"),
                                  QStringLiteral("spiffe_id"),
                                  QStringLiteral("status"),
                                  QStringLiteral("tags"),
                                  QStringLiteral("updated_at")};
    QCOMPARE(keys, expected);
    QStringList ownerKeys = agent.value(QStringLiteral("owner")).toObject().keys();
    ownerKeys.sort();
    QCOMPARE(
        ownerKeys,
        (QStringList{
            QStringLiteral("email"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("team")}));
    QVERIFY(agent.value(QStringLiteral("last_seen_at")).isNull());
    QVERIFY(QDateTime::fromString(agent.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs)
                .isValid());
    // An empty inventory is an empty array, not nothing.
    const Run empty = cli({QStringLiteral("agent"),
                           QStringLiteral("list"),
                           QStringLiteral("--json"),
                           QStringLiteral("--status"),
                           QStringLiteral("shadow")});
    QCOMPARE(empty.json().array().size(), 0);
    QVERIFY(empty.json().isArray());
}

void TestCli::listFiltersAndLimits()
{
    QCOMPARE(cli({QStringLiteral("demo"),
                  QStringLiteral("--agents"),
                  QStringLiteral("300"),
                  QStringLiteral("--events"),
                  QStringLiteral("0")})
                 .code,
             0);
    const Run all = cli({QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(all.json().array().size(), 300);
    const Run shadow = cli({QStringLiteral("agent"),
                            QStringLiteral("list"),
                            QStringLiteral("--json"),
                            QStringLiteral("--status"),
                            QStringLiteral("shadow")});
    const QJsonArray shadows = shadow.json().array();
    QVERIFY(!shadows.isEmpty());
    for (const QJsonValue& value : shadows) {
        QCOMPARE(value.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("shadow"));
        QVERIFY(value.toObject().value(QStringLiteral("owner")).isNull());
    }
    const Run limited = cli({QStringLiteral("agent"),
                             QStringLiteral("list"),
                             QStringLiteral("--json"),
                             QStringLiteral("--limit"),
                             QStringLiteral("7"),
                             QStringLiteral("--sort"),
                             QStringLiteral("risk"),
                             QStringLiteral("--desc")});
    QCOMPARE(limited.json().array().size(), 7);
    QCOMPARE(limited.json().array().at(0).toObject().value(QStringLiteral("risk_tier")).toString(),
             QStringLiteral("critical"));
    const Run text = cli({QStringLiteral("agent"),
                          QStringLiteral("list"),
                          QStringLiteral("--owner"),
                          QStringLiteral("amara.okafor@example.com")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.startsWith("NAME"));
    QVERIFY(text.out.contains("amara.okafor@example.com"));
    QVERIFY(!text.out.contains("mei.lin@example.com"));
}

void TestCli::refusalsAndNotFound_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("illegal name") << QStringList{QStringLiteral("agent"),
                                                 QStringLiteral("add"),
                                                 QStringLiteral("Bad Name"),
                                                 QStringLiteral("--owner"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--purpose"),
                                                 QStringLiteral("p")}
                                  << 3 << "not allowed";
    QTest::newRow("missing owner") << QStringList{QStringLiteral("agent"),
                                                  QStringLiteral("add"),
                                                  QStringLiteral("x"),
                                                  QStringLiteral("--owner"),
                                                  QStringLiteral("nobody@example.com"),
                                                  QStringLiteral("--purpose"),
                                                  QStringLiteral("p")}
                                   << 3 << "no owner";
    // The kernel caps one argument at 128 KiB; the 1 MB case runs in-process in tst_inventoryservice.
    QTest::newRow("huge purpose") << QStringList{QStringLiteral("agent"),
                                                 QStringLiteral("add"),
                                                 QStringLiteral("x"),
                                                 QStringLiteral("--owner"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--purpose"),
                                                 QString(100000, QLatin1Char('p'))}
                                  << 3 << "100,000";
    QTest::newRow("bad env") << QStringList{QStringLiteral("agent"),
                                            QStringLiteral("add"),
                                            QStringLiteral("x"),
                                            QStringLiteral("--owner"),
                                            QStringLiteral("1"),
                                            QStringLiteral("--purpose"),
                                            QStringLiteral("p"),
                                            QStringLiteral("--env"),
                                            QStringLiteral("qa")}
                             << 3 << "not an environment";
    QTest::newRow("bad principal") << QStringList{QStringLiteral("agent"),
                                                  QStringLiteral("add"),
                                                  QStringLiteral("x"),
                                                  QStringLiteral("--owner"),
                                                  QStringLiteral("1"),
                                                  QStringLiteral("--purpose"),
                                                  QStringLiteral("p"),
                                                  QStringLiteral("--principal"),
                                                  QStringLiteral("arn:aws:iam::1:role/x")}
                                   << 3 << "KIND=VALUE";
    QTest::newRow("duplicate owner") << QStringList{QStringLiteral("owner"),
                                                    QStringLiteral("add"),
                                                    QStringLiteral("--name"),
                                                    QStringLiteral("A"),
                                                    QStringLiteral("--email"),
                                                    QStringLiteral("ann@example.com"),
                                                    QStringLiteral("--team"),
                                                    QStringLiteral("T")}
                                     << 3 << "already exists";
    QTest::newRow("show missing") << QStringList{QStringLiteral("agent"),
                                                 QStringLiteral("show"),
                                                 QStringLiteral("ghost")}
                                  << 2 << "no agent ghost";
    QTest::newRow("suspend missing") << QStringList{QStringLiteral("agent"),
                                                    QStringLiteral("suspend"),
                                                    QStringLiteral("ghost")}
                                     << 2 << "no agent ghost";
    QTest::newRow("list unknown owner") << QStringList{QStringLiteral("agent"),
                                                       QStringLiteral("list"),
                                                       QStringLiteral("--owner"),
                                                       QStringLiteral("ghost@example.com")}
                                        << 2 << "no owner";
    QTest::newRow("reactivate active")
        << QStringList{QStringLiteral("agent"), QStringLiteral("reactivate"), QStringLiteral("kept")} << 3
        << "already active";
    QTest::newRow("activate active") << QStringList{QStringLiteral("agent"),
                                                    QStringLiteral("activate"),
                                                    QStringLiteral("kept")}
                                     << 3 << "already active";
}

void TestCli::refusalsAndNotFound()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    seed();
    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("add"),
                  QStringLiteral("kept"),
                  QStringLiteral("--owner"),
                  QStringLiteral("1"),
                  QStringLiteral("--purpose"),
                  QStringLiteral("p")})
                 .code,
             0);
    const QString before = TestWorkspace::snapshotFile(m_workspace);
    const Run run = cli(args);
    QCOMPARE(run.code, code);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(TestWorkspace::snapshotFile(m_workspace), before);
}

void TestCli::corruptWorkspace()
{
    QFile file(m_workspace);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x7f'));
    file.close();
    const Run run = cli({QStringLiteral("agent"), QStringLiteral("list")});
    QCOMPARE(run.code, 4);
    QVERIFY(run.err.contains("not a Steward workspace"));
    QVERIFY(run.out.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, '\x7f'));

    m_workspace = m_dir->filePath(QStringLiteral("missing.steward"));
    const Run missing = cli({QStringLiteral("summary")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains("steward-cli init"));
    QVERIFY(!QFile::exists(m_workspace));
}

void TestCli::environmentChoosesWorkspace()
{
    const QString other = m_dir->filePath(QStringLiteral("from-env.steward"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("STEWARD_WORKSPACE"), other);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STEWARD_CLI_PATH),
                  {QStringLiteral("init"), QStringLiteral("--trust-domain"), QStringLiteral("env.example")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(other));
    // --workspace after the command works too, and wins over the environment.
    process.start(QStringLiteral(STEWARD_CLI_PATH),
                  {QStringLiteral("summary"), QStringLiteral("--workspace"), m_workspace});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 2);
}

void TestCli::demoIsReproducible()
{
    QCOMPARE(cli({QStringLiteral("demo"),
                  QStringLiteral("--agents"),
                  QStringLiteral("40"),
                  QStringLiteral("--seed"),
                  QStringLiteral("5"),
                  QStringLiteral("--events"),
                  QStringLiteral("2000")})
                 .code,
             0);
    const Run first = cli({QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--json")});
    const QString firstWorkspace = m_workspace;
    m_workspace = m_dir->filePath(QStringLiteral("second.steward"));
    QCOMPARE(cli({QStringLiteral("demo"),
                  QStringLiteral("--agents"),
                  QStringLiteral("40"),
                  QStringLiteral("--seed"),
                  QStringLiteral("5"),
                  QStringLiteral("--events"),
                  QStringLiteral("2000")})
                 .code,
             0);
    const Run second = cli({QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--json")});
    const auto strip = [](const QJsonArray& agents) {
        QStringList rows;
        for (const QJsonValue& value : agents) {
            QJsonObject object = value.toObject();
            rows << object.value(QStringLiteral("name")).toString() +
                        object.value(QStringLiteral("status")).toString() +
                        QString::fromUtf8(
                            QJsonDocument(object.value(QStringLiteral("principals")).toArray()).toJson());
        }
        return rows;
    };
    QCOMPARE(strip(first.json().array()), strip(second.json().array()));
    const Run again = cli({QStringLiteral("demo")});
    QCOMPARE(again.code, 3);
    QVERIFY(firstWorkspace != m_workspace);
}

void TestCli::ingestSamplesAndQuery()
{
    seed();
    // The cluster's replicaset controller is the platform at work, never a shadow agent; here an
    // operator has registered it, so its events have an agent to be filtered by.
    const Run registered =
        cli({QStringLiteral("agent"),
             QStringLiteral("add"),
             QStringLiteral("replicaset-controller"),
             QStringLiteral("--owner"),
             QStringLiteral("ann@example.com"),
             QStringLiteral("--purpose"),
             QStringLiteral("Keeps replica sets at their size"),
             QStringLiteral("--principal"),
             QStringLiteral("k8s-sa=system:serviceaccount:kube-system:replicaset-controller")});
    QVERIFY2(registered.code == 0, registered.err.constData());
    const QString data = QStringLiteral(STEWARD_TEST_DATA_DIR "/activity");
    const Run k8s = cli({QStringLiteral("--json"),
                         QStringLiteral("ingest"),
                         QStringLiteral("--format"),
                         QStringLiteral("k8s"),
                         QStringLiteral("--dir"),
                         data + QStringLiteral("/k8s")});
    QCOMPARE(k8s.code, 0);
    const QJsonObject counts = k8s.json().object();
    QCOMPARE(counts.value(QStringLiteral("read")).toInt(),
             counts.value(QStringLiteral("stored")).toInt() +
                 counts.value(QStringLiteral("duplicates")).toInt() +
                 counts.value(QStringLiteral("quarantined")).toInt());
    QVERIFY(counts.value(QStringLiteral("stored")).toInt() >= 24);

    const Run broken = cli({QStringLiteral("ingest"),
                            QStringLiteral("--format"),
                            QStringLiteral("cloudtrail"),
                            QStringLiteral("--file"),
                            data + QStringLiteral("/cloudtrail/SerializerTestFileBadJsonFormat.json")});
    // A broken file is quarantined and counted; that nothing at all could be used fails the command.
    QCOMPARE(broken.code, 3);
    QVERIFY(broken.out.contains("read 1, stored 0, duplicates 0, quarantined 1"));
    QVERIFY(broken.err.contains("probably not cloudtrail"));

    // The broken file waits in quarantine with its reason and its bytes.
    const Run kept = cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("list")});
    QCOMPARE(kept.code, 0);
    const QJsonArray quarantined = kept.json().array();
    // The broken CloudTrail file, and the Kubernetes sample that reuses another's auditID with
    // another user (every other Kubernetes sample maps).
    QCOMPARE(quarantined.size(), 2);
    QVERIFY(quarantined.first().toObject().value(u"reason").toString().contains(QStringLiteral("Same id")));
    const QJsonObject broken0 = quarantined.last().toObject();
    QVERIFY(broken0.value(QStringLiteral("reason")).toString().contains(QStringLiteral("not JSON")));
    const QString id = QString::number(broken0.value(QStringLiteral("id")).toInteger());
    const Run shown = cli({QStringLiteral("quarantine"), QStringLiteral("show"), id});
    QVERIFY(QJsonDocument::fromJson(shown.out)
                .object()
                .value(QStringLiteral("raw"))
                .toString()
                .contains(QStringLiteral("Records")));
    // Re-ingesting it unchanged stores nothing and leaves it where it is.
    const Run again =
        cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("reingest"), id});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.json().object().value(QStringLiteral("still_quarantined")).toInt(), 1);
    // Once the record reads (here corrected in place), re-ingesting stores it and marks it done.
    {
        auto opened = Workspace::open(m_workspace);
        QVERIFY(opened);
        QSqlQuery fix(opened.value()->database().connection());
        QFile good(data + QStringLiteral("/cloudtrail/ocsf-api-activity.json"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        fix.prepare(QStringLiteral("UPDATE quarantine SET raw = ?, raw_size = ? WHERE id = ?"));
        fix.addBindValue(bytes);
        fix.addBindValue(bytes.size());
        fix.addBindValue(id.toLongLong());
        QVERIFY(fix.exec());
    }
    const Run fixed =
        cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("reingest"), id});
    QCOMPARE(fixed.json().object().value(QStringLiteral("reingested")).toInt(), 1);
    QCOMPARE(fixed.json().object().value(QStringLiteral("stored")).toInt(), 1);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("quarantine"), QStringLiteral("list")})
                 .json()
                 .array()
                 .size(),
             1); // the Kubernetes conflict waits for a person
    QCOMPARE(cli({QStringLiteral("--json"),
                  QStringLiteral("quarantine"),
                  QStringLiteral("list"),
                  QStringLiteral("--all")})
                 .json()
                 .array()
                 .size(),
             2); // and the one reingested, kept as settled

    const Run execs = cli({QStringLiteral("--json"),
                           QStringLiteral("events"),
                           QStringLiteral("query"),
                           QStringLiteral("--action"),
                           QStringLiteral("execute")});
    QCOMPARE(execs.code, 0);
    QCOMPARE(execs.json().array().size(), 2); // exec and attach
    QCOMPARE(execs.json().array().at(0).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("k8s"));
    const Run shadowEvents = cli({QStringLiteral("events"),
                                  QStringLiteral("count"),
                                  QStringLiteral("--agent"),
                                  QStringLiteral("replicaset-controller")});
    QCOMPARE(shadowEvents.code, 0);
    QCOMPARE(shadowEvents.out.trimmed(), QByteArray("5"));
    QCOMPARE(cli({QStringLiteral("events"),
                  QStringLiteral("count"),
                  QStringLiteral("--outcome"),
                  QStringLiteral("maybe")})
                 .code,
             1);

    // Saved filters: saved here, seen by the console, narrowed by further options.
    const auto args = [](const char* line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); };
    QCOMPARE(cli(args("events filter save controller --agent replicaset-controller --last 366d")).code, 0);
    QCOMPARE(cli(args("events count --saved controller")).out.trimmed(), QByteArray("0")); // samples are old
    QCOMPARE(cli(args("events filter save controller --agent replicaset-controller")).code, 0); // replaced
    QCOMPARE(cli(args("events count --saved controller")).out.trimmed(), QByteArray("5"));
    QCOMPARE(cli(args("events count --saved controller --action create")).out.trimmed(),
             cli(args("events count --agent replicaset-controller --action create")).out.trimmed());
    const Run saved = cli(args("--json events filter list"));
    QCOMPARE(saved.json().array().size(), 1);
    QCOMPARE(saved.json().array().at(0).toObject().value(QStringLiteral("filter")).toObject(),
             QJsonObject({{QStringLiteral("agent"), QStringLiteral("replicaset-controller")}}));
    {
        auto opened = Workspace::open(m_workspace);
        QVERIFY(opened);
        QCOMPARE(opened.value()->savedFilters().byName(QStringLiteral("controller"))->filter.agent,
                 QStringLiteral("replicaset-controller"));
    }
    QCOMPARE(cli(args("events filter save empty")).code, 1);                // nothing to save
    QCOMPARE(cli(args("events filter save ghost --agent nobody")).code, 2); // checked before saving
    QCOMPARE(cli(args("events count --saved ghost")).code, 2);
    QCOMPARE(cli(args("events count --last 7d --since 2026-01-01T00:00:00Z")).code, 1);
    QCOMPARE(cli(args("events count --last forever")).code, 1);
    QCOMPARE(cli(args("events count --owner nobody@example.com")).code, 2);
    QCOMPARE(cli(args("events filter delete controller")).code, 0);
    QCOMPARE(cli(args("events filter delete controller")).code, 2);
    QCOMPARE(cli(args("--json events filter list")).json().array().size(), 0);
    QCOMPARE(cli({QStringLiteral("ingest"),
                  QStringLiteral("--format"),
                  QStringLiteral("syslog"),
                  QStringLiteral("--file"),
                  data})
                 .code,
             1);
    const Run connectors =
        cli({QStringLiteral("--json"), QStringLiteral("connector"), QStringLiteral("list")});
    QCOMPARE(connectors.json().array().size(), 2);
}

void TestCli::ingestSurvivesSigkill()
{
    seed();
    // Sixty thousand distinct audit events from a real one, ingested in small batches.
    QFile sample(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/k8s/exec_pod.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray line = sample.readAll().trimmed();
    const int total = 60000;
    const QString path = m_dir->filePath(QStringLiteral("audit.log"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < total; ++i) {
            QByteArray copy = line;
            file.write(copy.replace("ca1ed9f4-7bf4-4c85-81a8-1b11253d1ba6",
                                    QByteArray("kill-" + QByteArray::number(i))) +
                       '\n');
        }
    }
    const QStringList args{QStringLiteral("--workspace"),
                           m_workspace,
                           QStringLiteral("ingest"),
                           QStringLiteral("--format"),
                           QStringLiteral("k8s"),
                           QStringLiteral("--file"),
                           path,
                           QStringLiteral("--batch"),
                           QStringLiteral("7"),
                           QStringLiteral("--connector"),
                           QStringLiteral("audit")};
    QProcess child;
    child.setProgram(QStringLiteral(STEWARD_CLI_PATH));
    child.setArguments(args);
    child.setReadChannel(QProcess::StandardError); // the progress is on stderr
    child.start();
    QVERIFY(child.waitForStarted());
    // Killed without warning once some batches are in, in the middle of the next.
    QByteArray progress;
    while (!progress.contains("Read 2002") && child.state() == QProcess::Running) {
        child.waitForReadyRead(5000);
        progress += child.readAllStandardError();
    }
    QVERIFY2(child.state() == QProcess::Running, "the ingest finished before it could be killed");
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const Run partial = cli({QStringLiteral("events"), QStringLiteral("count")});
    const int before = partial.out.trimmed().toInt();
    QVERIFY2(before >= 2002 && before < total, partial.out.constData());
    QCOMPARE(before % 7, 0); // whole batches only

    const Run resumed = cli({QStringLiteral("--json"),
                             QStringLiteral("ingest"),
                             QStringLiteral("--format"),
                             QStringLiteral("k8s"),
                             QStringLiteral("--file"),
                             path,
                             QStringLiteral("--connector"),
                             QStringLiteral("audit")});
    QCOMPARE(resumed.code, 0);
    QCOMPARE(resumed.json().object().value(QStringLiteral("read")).toInt(), total - before);
    QCOMPARE(resumed.json().object().value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(cli({QStringLiteral("events"), QStringLiteral("count")}).out.trimmed().toInt(), total);
    const Run shown = cli({QStringLiteral("connector"), QStringLiteral("show"), QStringLiteral("audit")});
    const QJsonObject connector = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(connector.value(QStringLiteral("counts")).toObject().value(QStringLiteral("stored")).toInt(),
             total);
    QCOMPARE(connector.value(QStringLiteral("counts")).toObject().value(QStringLiteral("read")).toInt(),
             total);
}

void TestCli::followsAGrowingAndRotatedLog()
{
    seed();
    QFile sample(QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/k8s/exec_pod.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray line = sample.readAll().trimmed();
    const auto lines = [&line](const char* prefix, int from, int to) {
        QByteArray out;
        for (int i = from; i < to; ++i) {
            QByteArray copy = line;
            out += copy.replace("ca1ed9f4-7bf4-4c85-81a8-1b11253d1ba6",
                                QByteArray(QByteArray(prefix) + QByteArray::number(i))) +
                   '\n';
        }
        return out;
    };
    const QString logs = m_dir->filePath(QStringLiteral("logs"));
    QVERIFY(QDir().mkpath(logs));
    const QString path = logs + QStringLiteral("/audit.log");
    const auto append = [&path](const QByteArray& bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write(bytes), bytes.size());
    };
    append(lines("a-", 0, 5));
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("STEWARD_OPERATOR"), QStringLiteral("cli-tester"));
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(STEWARD_CLI_PATH),
                {QStringLiteral("--workspace"),
                 m_workspace,
                 QStringLiteral("--json"),
                 QStringLiteral("ingest"),
                 QStringLiteral("--format"),
                 QStringLiteral("k8s"),
                 QStringLiteral("--file"),
                 path,
                 QStringLiteral("--connector"),
                 QStringLiteral("live"),
                 QStringLiteral("--follow")});
    QVERIFY(child.waitForStarted());
    const auto stored = [this] {
        return cli({QStringLiteral("events"), QStringLiteral("count")}).out.trimmed().toInt();
    };
    QTRY_COMPARE_WITH_TIMEOUT(stored(), 5, 20000);
    // Lines arrive while it follows; then three more, and the log rotates before they are read.
    append(lines("a-", 5, 8));
    QTRY_COMPARE_WITH_TIMEOUT(stored(), 8, 20000);
    QVERIFY(child.state() == QProcess::Running);
    append(lines("a-", 8, 11));
    QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
    append(lines("b-", 0, 4));
    QTRY_COMPARE_WITH_TIMEOUT(stored(), 15, 20000);
    // Interrupted as Ctrl+C would: it ends after the batch in hand and reports what it did.
    ::kill(static_cast<pid_t>(child.processId()), SIGINT);
    QVERIFY(child.waitForFinished(20000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    const QJsonObject counts = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    QCOMPARE(counts.value(QStringLiteral("read")).toInt(), 15);
    QCOMPARE(counts.value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("stopped")).toBool(), true);
}

void TestCli::mappedConnectorFixAndExport()
{
    seed();
    const QString okta = QStringLiteral(STEWARD_TEST_DATA_DIR "/activity/jsonl/okta-system-log.jsonl");
    // jsonl needs its mapping first.
    QCOMPARE(cli({QStringLiteral("ingest"),
                  QStringLiteral("--format"),
                  QStringLiteral("jsonl"),
                  QStringLiteral("--file"),
                  okta})
                 .code,
             1);
    QCOMPARE(cli({QStringLiteral("connector"),
                  QStringLiteral("add"),
                  QStringLiteral("bad"),
                  QStringLiteral("--format"),
                  QStringLiteral("jsonl"),
                  QStringLiteral("--map"),
                  QStringLiteral("time=published")})
                 .code,
             3);
    // A mapping with a typo: every record is quarantined, with the reason.
    const Run added = cli({QStringLiteral("connector"),
                           QStringLiteral("add"),
                           QStringLiteral("okta"),
                           QStringLiteral("--format"),
                           QStringLiteral("jsonl"),
                           QStringLiteral("--path"),
                           okta,
                           QStringLiteral("--map"),
                           QStringLiteral("time=/publishd"),
                           QStringLiteral("--map"),
                           QStringLiteral("principal=/actor/alternateId"),
                           QStringLiteral("--map"),
                           QStringLiteral("native_action=/eventType"),
                           QStringLiteral("--map"),
                           QStringLiteral("outcome=/outcome/result")});
    QCOMPARE(added.code, 0);
    const Run first = cli({QStringLiteral("--json"),
                           QStringLiteral("connector"),
                           QStringLiteral("run"),
                           QStringLiteral("okta")});
    QCOMPARE(first.code, 3); // every record quarantined: the mapping is probably wrong
    QCOMPARE(first.json().object().value(QStringLiteral("quarantined")).toInt(), 6);
    QVERIFY(cli({QStringLiteral("quarantine"), QStringLiteral("list")}).out.contains("No time at /publishd"));
    // The mapping fixed, the quarantine is read again with it: nothing lost.
    QCOMPARE(cli({QStringLiteral("connector"),
                  QStringLiteral("edit"),
                  QStringLiteral("okta"),
                  QStringLiteral("--map"),
                  QStringLiteral("time=/published")})
                 .code,
             0);
    const Run again = cli({QStringLiteral("--json"),
                           QStringLiteral("quarantine"),
                           QStringLiteral("reingest"),
                           QStringLiteral("--connector"),
                           QStringLiteral("okta")});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.json().object().value(QStringLiteral("stored")).toInt(), 6);
    QCOMPARE(again.json().object().value(QStringLiteral("still_quarantined")).toInt(), 0);
    // Exported as OCSF to an owner-only file.
    const QString out = m_dir->filePath(QStringLiteral("okta.ocsf.jsonl"));
    const Run exported = cli({QStringLiteral("events"),
                              QStringLiteral("export"),
                              QStringLiteral("--format"),
                              QStringLiteral("ocsf"),
                              QStringLiteral("--source"),
                              QStringLiteral("jsonl"),
                              QStringLiteral("--out"),
                              out});
    QCOMPARE(exported.code, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("class_uid")).toInt(),
             6003);
    QCOMPARE(TestWorkspace::unixMode(out), 0600);
    // To standard output, as CSV.
    const Run csv = cli({QStringLiteral("events"),
                         QStringLiteral("export"),
                         QStringLiteral("--format"),
                         QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    QVERIFY(csv.out.startsWith("time,agent,principal,"));
    QCOMPARE(csv.out.count('\n'), 7);
    QCOMPARE(cli({QStringLiteral("events"),
                  QStringLiteral("export"),
                  QStringLiteral("--format"),
                  QStringLiteral("xml")})
                 .code,
             1);
}

void TestCli::demoWithReviews()
{
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("demo passphrase"));
    const Run demo = cli({QStringLiteral("demo"),
                          QStringLiteral("--agents"),
                          QStringLiteral("120"),
                          QStringLiteral("--events"),
                          QStringLiteral("0")},
                         secret);
    QCOMPARE(demo.code, 0);
    QVERIFY(demo.out.contains("decided requests"));

    const Run requests = cli({QStringLiteral("request"),
                              QStringLiteral("list"),
                              QStringLiteral("--state"),
                              QStringLiteral("all"),
                              QStringLiteral("--json")});
    QCOMPARE(requests.code, 0);
    QSet<QString> states;
    for (const QJsonValue& request : requests.json().array()) {
        states.insert(request.toObject().value(QStringLiteral("state")).toString());
    }
    for (const char* state : {"pending", "approved", "denied", "expired"}) {
        QVERIFY2(states.contains(QString::fromLatin1(state)), state);
    }
    const Run tokens = cli({QStringLiteral("credential"),
                            QStringLiteral("list"),
                            QStringLiteral("--status"),
                            QStringLiteral("active"),
                            QStringLiteral("--json")});
    QCOMPARE(tokens.code, 0);
    QVERIFY(!tokens.json().array().isEmpty());

    // The demo ends under a checkpoint signed with the workspace key.
    const Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(verify.code, 0);
    const QJsonObject result = verify.json().object();
    QVERIFY(result.value(QStringLiteral("intact")).toBool());
    QCOMPARE(result.value(QStringLiteral("checkpointed_through")).toInteger(),
             result.value(QStringLiteral("entries")).toInteger());

    // Without a passphrase the demo still fills the inventory, and says what it left out.
    m_workspace = m_dir->filePath(QStringLiteral("plain.steward"));
    const Run plain = cli({QStringLiteral("demo"),
                           QStringLiteral("--agents"),
                           QStringLiteral("20"),
                           QStringLiteral("--events"),
                           QStringLiteral("3000")});
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.out.contains("STEWARD_PASSPHRASE"));
    // And a month of activity, read through the four connectors with nothing set aside.
    QVERIFY2(plain.out.contains("read through four connectors") && plain.out.contains("quarantined 0."),
             plain.out.constData());
    QCOMPARE(cli({QStringLiteral("connector"), QStringLiteral("list")}).out.count('\n'), 4);
}

void TestCli::germanMessages()
{
    seed();
    const Run run = cli({QStringLiteral("--lang"),
                         QStringLiteral("de"),
                         QStringLiteral("agent"),
                         QStringLiteral("show"),
                         QStringLiteral("ghost")});
    QCOMPARE(run.code, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("Es gibt keinen Agenten ghost")),
             run.err.constData());
}

void TestCli::tokensEndToEnd()
{
    seed();
    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("add"),
                  QStringLiteral("refund-triage"),
                  QStringLiteral("--owner"),
                  QStringLiteral("1"),
                  QStringLiteral("--purpose"),
                  QStringLiteral("p")})
                 .code,
             0);
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("correct horse battery"));
    QCOMPARE(cli({QStringLiteral("jwks"), QStringLiteral("rotate")}, secret).code, 0);
    // The key is stored encrypted: the passphrase does not appear in the file, the PKCS#8 header does.
    QFile file(m_workspace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll() + [this] {
        QFile wal(m_workspace + QStringLiteral("-wal"));
        return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    }();
    QVERIFY(!bytes.contains("correct horse battery"));
    QVERIFY(bytes.contains("BEGIN ENCRYPTED PRIVATE KEY"));
    grantFor(QStringLiteral("refund-triage"), QStringLiteral("read s3://refunds/**"), QStringLiteral("T-7"));

    const Run minted = cli({QStringLiteral("token"),
                            QStringLiteral("mint"),
                            QStringLiteral("--agent"),
                            QStringLiteral("refund-triage"),
                            QStringLiteral("--aud"),
                            QStringLiteral("payments-api"),
                            QStringLiteral("--scope"),
                            QStringLiteral("read s3://refunds/**"),
                            QStringLiteral("--task"),
                            QStringLiteral("T-7"),
                            QStringLiteral("--json")},
                           secret);
    QCOMPARE(minted.code, 0);
    const QJsonObject mintedJson = minted.json().object();
    const QString token = mintedJson.value(QStringLiteral("token")).toString();
    const QString jti = mintedJson.value(QStringLiteral("jti")).toString();
    QVERIFY(token.count(QLatin1Char('.')) == 2);
    const QString tokenFile = m_dir->filePath(QStringLiteral("token.jws"));
    QFile out(tokenFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(token.toLatin1());
    out.close();

    Run verified = cli({QStringLiteral("token"),
                        QStringLiteral("verify"),
                        tokenFile,
                        QStringLiteral("--aud"),
                        QStringLiteral("payments-api")});
    QCOMPARE(verified.code, 0);
    QVERIFY(verified.out.startsWith("accepted spiffe://acme.example/agent/refund-triage"));

    // PyJWT, with the exported JWKS, accepts the same token.
    const Run jwks = cli({QStringLiteral("jwks"), QStringLiteral("export")});
    QCOMPARE(jwks.code, 0);
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json,sys,jwt\nt,ks=sys.argv[1],json.loads(sys.argv[2])['keys']\n"
                                 "k=[k for k in ks if k['kid']==jwt.get_unverified_header(t)['kid']][0]\n"
                                 "print(jwt.decode(t,jwt.PyJWK(k).key,algorithms=[k['alg']],audience='"
                                 "payments-api',issuer='acme.example')['task'])"),
                  token,
                  QString::fromUtf8(jwks.out)});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray("T-7"));

    QCOMPARE(cli({QStringLiteral("token"),
                  QStringLiteral("revoke"),
                  jti,
                  QStringLiteral("--reason"),
                  QStringLiteral("leaked")})
                 .code,
             0);
    verified = cli({QStringLiteral("token"),
                    QStringLiteral("verify"),
                    tokenFile,
                    QStringLiteral("--aud"),
                    QStringLiteral("payments-api"),
                    QStringLiteral("--json")});
    QCOMPARE(verified.code, 3);
    QCOMPARE(verified.json().object().value(QStringLiteral("reason")).toString(), QStringLiteral("revoked"));
    // Without a reason: refused, and the message says what is missing.
    const Run unexplained = cli({QStringLiteral("token"), QStringLiteral("revoke"), jti});
    QCOMPARE(unexplained.code, 3);
    QVERIFY2(unexplained.err.contains("reason"), unexplained.err.constData());
    QCOMPARE(cli({QStringLiteral("token"),
                  QStringLiteral("revoke"),
                  jti,
                  QStringLiteral("--reason"),
                  QStringLiteral("again")})
                 .code,
             3);

    // Suspending the agent revokes its live tokens, and no new one is minted.
    const Run second = cli({QStringLiteral("token"),
                            QStringLiteral("mint"),
                            QStringLiteral("--agent"),
                            QStringLiteral("refund-triage"),
                            QStringLiteral("--aud"),
                            QStringLiteral("payments-api"),
                            QStringLiteral("--ttl"),
                            QStringLiteral("5m"),
                            QStringLiteral("--scope"),
                            QStringLiteral("read s3://refunds/2026/**")},
                           secret);
    QVERIFY2(second.code == 0, second.err.constData());
    QCOMPARE(cli({QStringLiteral("agent"), QStringLiteral("suspend"), QStringLiteral("refund-triage")}).code,
             0);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(second.out.trimmed());
    out.close();
    verified = cli({QStringLiteral("token"),
                    QStringLiteral("verify"),
                    tokenFile,
                    QStringLiteral("--aud"),
                    QStringLiteral("payments-api")});
    QCOMPARE(verified.code, 3);
    QCOMPARE(verified.out.trimmed(), QByteArray("refused revoked"));
    const Run refused = cli({QStringLiteral("token"),
                             QStringLiteral("mint"),
                             QStringLiteral("--agent"),
                             QStringLiteral("refund-triage"),
                             QStringLiteral("--aud"),
                             QStringLiteral("payments-api")},
                            secret);
    QCOMPARE(refused.code, 3);
    QVERIFY(refused.err.contains("only active agents"));
}

void TestCli::tokenRefusals()
{
    seed();
    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("add"),
                  QStringLiteral("a1"),
                  QStringLiteral("--owner"),
                  QStringLiteral("1"),
                  QStringLiteral("--purpose"),
                  QStringLiteral("p")})
                 .code,
             0);
    // Without a passphrase and without a terminal, nothing is created.
    Run run = cli({QStringLiteral("jwks"), QStringLiteral("rotate")});
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains("STEWARD_PASSPHRASE"));
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("pw"));
    run = cli({QStringLiteral("token"),
               QStringLiteral("mint"),
               QStringLiteral("--agent"),
               QStringLiteral("a1"),
               QStringLiteral("--aud"),
               QStringLiteral("x")},
              secret);
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains("no signing key"));
    QCOMPARE(cli({QStringLiteral("jwks"),
                  QStringLiteral("rotate"),
                  QStringLiteral("--algorithm"),
                  QStringLiteral("es256")},
                 secret)
                 .code,
             0);
    // A token needs a scope, and an approved grant that covers it.
    const QStringList mintA1{QStringLiteral("token"),
                             QStringLiteral("mint"),
                             QStringLiteral("--agent"),
                             QStringLiteral("a1"),
                             QStringLiteral("--aud"),
                             QStringLiteral("x")};
    run = cli(mintA1, secret);
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("permission statements"), run.err.constData());
    const QStringList scoped =
        mintA1 + QStringList{QStringLiteral("--scope"),
                             QStringLiteral("read s3://x/reports/** classification<=internal")};
    run = cli(scoped, secret);
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("no active grant"), run.err.constData());
    grantFor(QStringLiteral("a1"),
             QStringLiteral("read s3://x/** classification<=internal"),
             QStringLiteral("TASK-1"));
    run = cli(mintA1 + QStringList{QStringLiteral("--scope"),
                                   QStringLiteral("write s3://x/reports/a classification<=internal")},
              secret);
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("covers"), run.err.constData());
    run = cli(scoped + QStringList{QStringLiteral("--task"), QStringLiteral("OTHER")}, secret);
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("task OTHER"), run.err.constData());
    run = cli(scoped + QStringList{QStringLiteral("--scope"), QStringLiteral("read s3://x/** for")}, secret);
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("Column"), run.err.constData());
    run = cli(scoped + QStringList{QStringLiteral("--json")}, secret);
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(run.json().object().value(QStringLiteral("task")).toString(), QStringLiteral("TASK-1"));

    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("not it"));
    run = cli({QStringLiteral("token"),
               QStringLiteral("mint"),
               QStringLiteral("--agent"),
               QStringLiteral("a1"),
               QStringLiteral("--aud"),
               QStringLiteral("x")},
              wrong);
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains("passphrase is wrong"));
    run = cli(scoped + QStringList{QStringLiteral("--ttl"), QStringLiteral("2h")}, secret);
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains("1 to 900 seconds"));
    QCOMPARE(cli({QStringLiteral("token"),
                  QStringLiteral("mint"),
                  QStringLiteral("--agent"),
                  QStringLiteral("ghost"),
                  QStringLiteral("--aud"),
                  QStringLiteral("x")},
                 secret)
                 .code,
             2);
    QCOMPARE(cli({QStringLiteral("token"),
                  QStringLiteral("mint"),
                  QStringLiteral("--agent"),
                  QStringLiteral("a1")},
                 secret)
                 .code,
             1);

    const QString garbage = m_dir->filePath(QStringLiteral("garbage"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(20000, 'A'));
    file.close();
    run = cli({QStringLiteral("token"),
               QStringLiteral("verify"),
               garbage,
               QStringLiteral("--aud"),
               QStringLiteral("x")});
    QCOMPARE(run.code, 3);
    QCOMPARE(run.out.trimmed(), QByteArray("refused too_large"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
    file.close();
    run = cli({QStringLiteral("token"),
               QStringLiteral("verify"),
               garbage,
               QStringLiteral("--aud"),
               QStringLiteral("x")});
    QCOMPARE(run.out.trimmed(), QByteArray("refused alg_not_allowed"));
    QCOMPARE(cli({QStringLiteral("token"),
                  QStringLiteral("verify"),
                  m_dir->filePath(QStringLiteral("nothing")),
                  QStringLiteral("--aud"),
                  QStringLiteral("x")})
                 .code,
             2);
}

namespace {

int openssl(const QStringList& args, const QString& workingDirectory, QByteArray* output = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), args);
    process.waitForFinished(30000);
    if (output) {
        *output = process.readAll();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// The agent's side: its own key and a CSR naming the given SANs, made by the openssl command.
QString makeCsr(const QString& dir, const QString& name, const QStringList& keyArgs, const QString& sans)
{
    const QString key = dir + QLatin1Char('/') + name + QStringLiteral(".key");
    const QString csr = dir + QLatin1Char('/') + name + QStringLiteral(".csr");
    openssl(QStringList{QStringLiteral("genpkey")} + keyArgs + QStringList{QStringLiteral("-out"), key}, dir);
    QStringList args{QStringLiteral("req"),
                     QStringLiteral("-new"),
                     QStringLiteral("-key"),
                     key,
                     QStringLiteral("-subj"),
                     QStringLiteral("/CN=") + name,
                     QStringLiteral("-out"),
                     csr};
    if (!sans.isEmpty()) {
        args << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + sans;
    }
    openssl(args, dir);
    return csr;
}

} // namespace

void TestCli::svidEndToEndWithOpenssl()
{
    seed();
    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("add"),
                  QStringLiteral("refund-bot"),
                  QStringLiteral("--owner"),
                  QStringLiteral("1"),
                  QStringLiteral("--purpose"),
                  QStringLiteral("p")})
                 .code,
             0);
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("ca passphrase"));
    QCOMPARE(cli({QStringLiteral("ca"), QStringLiteral("init")}, secret).code, 0);
    QCOMPARE(cli({QStringLiteral("ca"), QStringLiteral("init")}, secret).code, 3);
    const QString dir = m_dir->path();
    const Run chain = cli({QStringLiteral("ca"), QStringLiteral("show"), QStringLiteral("--pem")});
    QCOMPARE(chain.code, 0);
    const qsizetype split = chain.out.indexOf("-----BEGIN CERTIFICATE-----", 10);
    QFile intermediate(dir + QStringLiteral("/intermediate.pem"));
    QFile root(dir + QStringLiteral("/root.pem"));
    QVERIFY(intermediate.open(QIODevice::WriteOnly) && root.open(QIODevice::WriteOnly));
    intermediate.write(chain.out.left(split));
    root.write(chain.out.mid(split));
    intermediate.close();
    root.close();

    const QString csr = makeCsr(dir,
                                QStringLiteral("refund-bot"),
                                {QStringLiteral("-algorithm"), QStringLiteral("ed25519")},
                                QStringLiteral("URI:spiffe://acme.example/agent/refund-bot"));
    Run issued = cli({QStringLiteral("svid"),
                      QStringLiteral("issue"),
                      QStringLiteral("--agent"),
                      QStringLiteral("refund-bot"),
                      QStringLiteral("--csr"),
                      csr,
                      QStringLiteral("--ttl"),
                      QStringLiteral("30m"),
                      QStringLiteral("--out"),
                      dir + QStringLiteral("/svid.pem")},
                     secret);
    QVERIFY2(issued.code == 0, issued.err.constData());
    QByteArray text;
    QCOMPARE(openssl({QStringLiteral("x509"),
                      QStringLiteral("-in"),
                      QStringLiteral("svid.pem"),
                      QStringLiteral("-noout"),
                      QStringLiteral("-text")},
                     dir,
                     &text),
             0);
    QVERIFY(text.contains("URI:spiffe://acme.example/agent/refund-bot"));
    QVERIFY(text.contains("TLS Web Client Authentication"));
    QVERIFY(text.contains("CA:FALSE"));
    QVERIFY(!text.contains("DNS:"));
    const QStringList verify{QStringLiteral("verify"),
                             QStringLiteral("-CAfile"),
                             QStringLiteral("root.pem"),
                             QStringLiteral("-untrusted"),
                             QStringLiteral("intermediate.pem")};
    QCOMPARE(openssl(verify + QStringList{QStringLiteral("svid.pem")}, dir), 0);
    QCOMPARE(cli({QStringLiteral("crl"),
                  QStringLiteral("export"),
                  QStringLiteral("--out"),
                  dir + QStringLiteral("/crl.pem")},
                 secret)
                 .code,
             0);
    const QStringList withCrl = verify + QStringList{QStringLiteral("-crl_check"),
                                                     QStringLiteral("-CRLfile"),
                                                     QStringLiteral("crl.pem"),
                                                     QStringLiteral("svid.pem")};
    QCOMPARE(openssl(withCrl, dir), 0);

    // Revoked by the serial openssl reads from the file, as an operator holding only the file would.
    const auto revokeFile = [&](const QString& file, const QString& reason) {
        QByteArray serial;
        openssl({QStringLiteral("x509"),
                 QStringLiteral("-in"),
                 file,
                 QStringLiteral("-noout"),
                 QStringLiteral("-serial")},
                dir,
                &serial);
        serial = serial.trimmed().mid(serial.indexOf('=') + 1);
        return cli({QStringLiteral("svid"),
                    QStringLiteral("revoke"),
                    QString::fromLatin1(serial),
                    QStringLiteral("--reason"),
                    reason})
            .code;
    };
    QCOMPARE(revokeFile(QStringLiteral("svid.pem"), QStringLiteral("key leaked")), 0);
    QCOMPARE(cli({QStringLiteral("crl"),
                  QStringLiteral("export"),
                  QStringLiteral("--out"),
                  dir + QStringLiteral("/crl.pem")},
                 secret)
                 .code,
             0);
    QByteArray refused;
    QVERIFY(openssl(withCrl, dir, &refused) != 0);
    QVERIFY2(refused.contains("certificate revoked"), refused.constData());
    // DER export is the same CRL.
    QCOMPARE(cli({QStringLiteral("crl"),
                  QStringLiteral("export"),
                  QStringLiteral("--der"),
                  QStringLiteral("--out"),
                  dir + QStringLiteral("/crl.der")},
                 secret)
                 .code,
             0);
    QCOMPARE(openssl({QStringLiteral("crl"),
                      QStringLiteral("-inform"),
                      QStringLiteral("DER"),
                      QStringLiteral("-in"),
                      QStringLiteral("crl.der"),
                      QStringLiteral("-noout")},
                     dir),
             0);

    // A key Steward generates leaves once, in an encrypted PKCS#12 that openssl opens.
    QProcessEnvironment bundle = secret;
    bundle.insert(QStringLiteral("STEWARD_BUNDLE_PASSPHRASE"), QStringLiteral("bundle passphrase"));
    const QString p12 = dir + QStringLiteral("/agent.p12");
    Run generated = cli({QStringLiteral("svid"),
                         QStringLiteral("issue"),
                         QStringLiteral("--agent"),
                         QStringLiteral("refund-bot"),
                         QStringLiteral("--generate-key"),
                         QStringLiteral("--out"),
                         p12},
                        bundle);
    QVERIFY2(generated.code == 0, generated.err.constData());
    QCOMPARE(TestWorkspace::unixMode(p12), 0600);
    QByteArray unpacked;
    QCOMPARE(openssl({QStringLiteral("pkcs12"),
                      QStringLiteral("-in"),
                      QStringLiteral("agent.p12"),
                      QStringLiteral("-passin"),
                      QStringLiteral("pass:bundle passphrase"),
                      QStringLiteral("-nodes"),
                      QStringLiteral("-out"),
                      QStringLiteral("unpacked.pem")},
                     dir,
                     &unpacked),
             0);
    QFile unpackedFile(dir + QStringLiteral("/unpacked.pem"));
    QVERIFY(unpackedFile.open(QIODevice::ReadOnly));
    const QByteArray pem = unpackedFile.readAll();
    QVERIFY(pem.contains("BEGIN PRIVATE KEY"));
    QCOMPARE(pem.count("BEGIN CERTIFICATE"), 3);
    QVERIFY(openssl({QStringLiteral("pkcs12"),
                     QStringLiteral("-in"),
                     QStringLiteral("agent.p12"),
                     QStringLiteral("-passin"),
                     QStringLiteral("pass:wrong"),
                     QStringLiteral("-noout")},
                    dir) != 0);
    // Never written over an existing file.
    QCOMPARE(cli({QStringLiteral("svid"),
                  QStringLiteral("issue"),
                  QStringLiteral("--agent"),
                  QStringLiteral("refund-bot"),
                  QStringLiteral("--generate-key"),
                  QStringLiteral("--out"),
                  p12},
                 bundle)
                 .code,
             3);

    // After rotation the old SVID still chains to the root through the old intermediate file,
    // and new SVIDs come from the new intermediate.
    issued = cli({QStringLiteral("svid"),
                  QStringLiteral("issue"),
                  QStringLiteral("--agent"),
                  QStringLiteral("refund-bot"),
                  QStringLiteral("--csr"),
                  csr,
                  QStringLiteral("--out"),
                  dir + QStringLiteral("/before-rotation.pem")},
                 secret);
    QVERIFY2(issued.code == 0, issued.err.constData());
    QCOMPARE(cli({QStringLiteral("ca"), QStringLiteral("rotate")}, secret).code, 0);
    // The PEM export now carries the old intermediate's CRL too, which a relying party checking
    // an SVID it issued cannot do without (openssl says "unable to get certificate CRL").
    const QStringList crlExport{QStringLiteral("crl"),
                                QStringLiteral("export"),
                                QStringLiteral("--out"),
                                dir + QStringLiteral("/crl2.pem")};
    QCOMPARE(cli(crlExport, secret).code, 0);
    QFile crls(dir + QStringLiteral("/crl2.pem"));
    QVERIFY(crls.open(QIODevice::ReadOnly));
    QCOMPARE(crls.readAll().count("-----BEGIN X509 CRL-----"), 2);
    crls.close();
    const QStringList oldSvidWithCrls = verify + QStringList{QStringLiteral("-crl_check"),
                                                             QStringLiteral("-CRLfile"),
                                                             QStringLiteral("crl2.pem"),
                                                             QStringLiteral("before-rotation.pem")};
    QByteArray checked;
    QVERIFY2(openssl(oldSvidWithCrls, dir, &checked) == 0, checked.constData());
    // Revoked after the rotation, it is on the old intermediate's CRL.
    QCOMPARE(revokeFile(QStringLiteral("before-rotation.pem"), QStringLiteral("host retired")), 0);
    QCOMPARE(cli(crlExport, secret).code, 0);
    QVERIFY(openssl(oldSvidWithCrls, dir, &checked) != 0);
    QVERIFY2(checked.contains("certificate revoked"), checked.constData());
    const Run rotated = cli({QStringLiteral("--json"), QStringLiteral("ca"), QStringLiteral("show")});
    QVERIFY(!chain.out.contains(rotated.json()
                                    .object()
                                    .value(QStringLiteral("intermediate"))
                                    .toObject()
                                    .value(QStringLiteral("serial"))
                                    .toString()
                                    .toLatin1()));
    QCOMPARE(cli({QStringLiteral("agent"), QStringLiteral("suspend"), QStringLiteral("refund-bot")}).code, 0);
    issued = cli({QStringLiteral("svid"),
                  QStringLiteral("issue"),
                  QStringLiteral("--agent"),
                  QStringLiteral("refund-bot"),
                  QStringLiteral("--csr"),
                  csr},
                 secret);
    QCOMPARE(issued.code, 3);
    QVERIFY(issued.err.contains("only active agents"));
}

void TestCli::svidRenewalKeepsTheAgentsKey()
{
    seed();
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("ca passphrase"));
    QCOMPARE(cli({QStringLiteral("ca"), QStringLiteral("init")}, secret).code, 0);
    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("add"),
                  QStringLiteral("ledger-bot"),
                  QStringLiteral("--owner"),
                  QStringLiteral("1"),
                  QStringLiteral("--purpose"),
                  QStringLiteral("p")})
                 .code,
             0);
    const QString dir = m_dir->path();
    const Run chain = cli({QStringLiteral("ca"), QStringLiteral("show"), QStringLiteral("--pem")});
    QFile chainFile(dir + QStringLiteral("/chain.pem"));
    QVERIFY(chainFile.open(QIODevice::WriteOnly));
    chainFile.write(chain.out);
    chainFile.close();
    const QString csr = makeCsr(dir,
                                QStringLiteral("ledger-bot"),
                                {QStringLiteral("-algorithm"), QStringLiteral("ed25519")},
                                QStringLiteral("URI:spiffe://acme.example/agent/ledger-bot"));
    const Run issued = cli({QStringLiteral("--json"),
                            QStringLiteral("svid"),
                            QStringLiteral("issue"),
                            QStringLiteral("--agent"),
                            QStringLiteral("ledger-bot"),
                            QStringLiteral("--csr"),
                            csr,
                            QStringLiteral("--server-auth"),
                            QStringLiteral("--ttl"),
                            QStringLiteral("10m")},
                           secret);
    QVERIFY2(issued.code == 0, issued.err.constData());
    const QString serial = issued.json().object().value(QStringLiteral("serial")).toString();
    QVERIFY(!serial.isEmpty());

    // The serial is not case-sensitive, as people copy it from different tools.
    const Run renewed = cli({QStringLiteral("--json"),
                             QStringLiteral("svid"),
                             QStringLiteral("renew"),
                             serial.toLower(),
                             QStringLiteral("--ttl"),
                             QStringLiteral("2h")},
                            secret);
    QVERIFY2(renewed.code == 0, renewed.err.constData());
    const QJsonObject renewal = renewed.json().object();
    QCOMPARE(renewal.value(QStringLiteral("renews")).toString(), serial);
    QVERIFY(renewal.value(QStringLiteral("serial")).toString() != serial);
    QFile first(dir + QStringLiteral("/first.pem"));
    QFile second(dir + QStringLiteral("/second.pem"));
    QVERIFY(first.open(QIODevice::WriteOnly) && second.open(QIODevice::WriteOnly));
    first.write(issued.json().object().value(QStringLiteral("pem")).toString().toLatin1());
    second.write(renewal.value(QStringLiteral("pem")).toString().toLatin1());
    first.close();
    second.close();

    // openssl sees the same key and SPIFFE ID, serverAuth kept, the new lifetime, a valid chain.
    QByteArray firstKey;
    QByteArray secondKey;
    QByteArray text;
    const QStringList pubkey{
        QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-pubkey"), QStringLiteral("-in")};
    QCOMPARE(openssl(pubkey + QStringList{QStringLiteral("first.pem")}, dir, &firstKey), 0);
    QCOMPARE(openssl(pubkey + QStringList{QStringLiteral("second.pem")}, dir, &secondKey), 0);
    QCOMPARE(secondKey, firstKey);
    QCOMPARE(openssl({QStringLiteral("x509"),
                      QStringLiteral("-in"),
                      QStringLiteral("second.pem"),
                      QStringLiteral("-noout"),
                      QStringLiteral("-text")},
                     dir,
                     &text),
             0);
    QVERIFY(text.contains("URI:spiffe://acme.example/agent/ledger-bot"));
    QVERIFY(text.contains("TLS Web Server Authentication"));
    QVERIFY(text.contains("TLS Web Client Authentication"));
    QCOMPARE(openssl({QStringLiteral("verify"),
                      QStringLiteral("-CAfile"),
                      QStringLiteral("chain.pem"),
                      QStringLiteral("first.pem"),
                      QStringLiteral("second.pem")},
                     dir),
             0);
    const Run listed = cli({QStringLiteral("--json"),
                            QStringLiteral("credential"),
                            QStringLiteral("list"),
                            QStringLiteral("--kind"),
                            QStringLiteral("x509-svid")});
    QCOMPARE(listed.json().array().size(), 2);

    // Refusals: an unknown serial, a lifetime over a day, a revoked SVID, an agent no longer active.
    QCOMPARE(cli({QStringLiteral("svid"), QStringLiteral("renew"), QStringLiteral("ABCDEF")}, secret).code,
             2);
    QCOMPARE(cli({QStringLiteral("svid"),
                  QStringLiteral("renew"),
                  serial,
                  QStringLiteral("--ttl"),
                  QStringLiteral("25h")},
                 secret)
                 .code,
             3);
    QCOMPARE(cli({QStringLiteral("svid"), QStringLiteral("renew")}, secret).code, 1);
    QCOMPARE(cli({QStringLiteral("svid"), QStringLiteral("revoke"), serial}).code, 3); // no reason
    QCOMPARE(cli({QStringLiteral("svid"),
                  QStringLiteral("revoke"),
                  serial,
                  QStringLiteral("--reason"),
                  QStringLiteral("host rebuilt")})
                 .code,
             0);
    Run refused = cli({QStringLiteral("svid"), QStringLiteral("renew"), serial}, secret);
    QCOMPARE(refused.code, 3);
    QVERIFY(refused.err.contains("revoked"));
    const QString secondSerial = renewal.value(QStringLiteral("serial")).toString();
    // Suspending the agent revoked its live SVIDs, so the renewed one cannot be renewed again.
    QCOMPARE(cli({QStringLiteral("agent"), QStringLiteral("suspend"), QStringLiteral("ledger-bot")}).code, 0);
    refused = cli({QStringLiteral("svid"), QStringLiteral("renew"), secondSerial}, secret);
    QCOMPARE(refused.code, 3);
    QVERIFY(refused.err.contains("revoked"));
    QCOMPARE(cli({QStringLiteral("--json"),
                  QStringLiteral("credential"),
                  QStringLiteral("list"),
                  QStringLiteral("--kind"),
                  QStringLiteral("x509-svid")})
                 .json()
                 .array()
                 .size(),
             2);
}

void TestCli::keychainUnavailableFallsBack()
{
    seed();
    QProcessEnvironment noBus;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=") + m_dir->filePath(QStringLiteral("no-bus")));
    noBus.insert(QStringLiteral("DISPLAY"), QString());
    const Run status =
        cli({QStringLiteral("--json"), QStringLiteral("keychain"), QStringLiteral("status")}, noBus);
    QCOMPARE(status.code, 0);
    QVERIFY(!status.json().object().value(QStringLiteral("available")).toBool());
    QVERIFY(!status.json().object().value(QStringLiteral("remembered")).toBool());

    // Nothing to check a passphrase against yet.
    QProcessEnvironment secret = noBus;
    secret.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("ca passphrase"));
    Run remember = cli({QStringLiteral("keychain"), QStringLiteral("remember")}, secret);
    QCOMPARE(remember.code, 3);
    QVERIFY(remember.err.contains("ca init"));
    QCOMPARE(cli({QStringLiteral("ca"), QStringLiteral("init")}, secret).code, 0);
    remember = cli({QStringLiteral("keychain"), QStringLiteral("remember")}, secret);
    QCOMPARE(remember.code, 3);
    QVERIFY2(remember.err.contains("keychain"), remember.err.constData());

    // Turned off, the keychain is not even asked.
    QProcessEnvironment off;
    off.insert(QStringLiteral("STEWARD_NO_KEYCHAIN"), QStringLiteral("1"));
    const Run offStatus = cli({QStringLiteral("keychain"), QStringLiteral("status")}, off);
    QCOMPARE(offStatus.code, 0);
    QVERIFY(offStatus.out.contains("STEWARD_NO_KEYCHAIN"));

    // The passphrase still comes from the environment, and without it the command says how.
    QCOMPARE(cli({QStringLiteral("crl"), QStringLiteral("export")}, secret).code, 0);
    const Run missing = cli({QStringLiteral("crl"), QStringLiteral("export")}, noBus);
    QCOMPARE(missing.code, 3);
    QVERIFY(missing.err.contains("STEWARD_PASSPHRASE"));
}

void TestCli::operatorsAndTheAuditTrail()
{
    seed();
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("ca passphrase"));
    secret.insert(QStringLiteral("STEWARD_NO_KEYCHAIN"), QStringLiteral("1"));
    QCOMPARE(cli({QStringLiteral("ca"), QStringLiteral("init")}, secret).code, 0);

    // The admin (the operator who ran init) enrolls and adds an approver; the approver cannot add anyone.
    QProcessEnvironment admin = secret;
    admin.insert(QStringLiteral("STEWARD_OPERATOR_PASSPHRASE"), QStringLiteral("admin signing passphrase"));
    QCOMPARE(cli({QStringLiteral("operator"), QStringLiteral("enroll")}, admin).code, 0);
    QCOMPARE(cli({QStringLiteral("operator"), QStringLiteral("enroll")}, admin).code, 3);
    QCOMPARE(cli({QStringLiteral("operator"),
                  QStringLiteral("add"),
                  QStringLiteral("bob"),
                  QStringLiteral("--role"),
                  QStringLiteral("approver"),
                  QStringLiteral("--email"),
                  QStringLiteral("bob@example.com")},
                 admin)
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("eve")}).code, 1);
    QProcessEnvironment bob;
    bob.insert(QStringLiteral("STEWARD_OPERATOR"), QStringLiteral("bob"));
    const Run refused = cli({QStringLiteral("operator"),
                             QStringLiteral("add"),
                             QStringLiteral("eve"),
                             QStringLiteral("--role"),
                             QStringLiteral("admin")},
                            bob);
    QCOMPARE(refused.code, 3);
    QVERIFY(refused.err.contains("admin role"));
    const Run operators = cli({QStringLiteral("--json"), QStringLiteral("operator"), QStringLiteral("list")});
    QCOMPARE(operators.json().array().size(), 2);
    QVERIFY(!operators.json().array().at(1).toObject().value(QStringLiteral("key_id")).toString().isEmpty());

    const Run verified = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verified.code, 0);
    const QJsonObject report = verified.json().object();
    QVERIFY(report.value(QStringLiteral("intact")).toBool());
    QVERIFY(report.value(QStringLiteral("entries")).toInt() >= 6);
    QCOMPARE(report.value(QStringLiteral("checkpointed_through")).toInt(),
             report.value(QStringLiteral("entries")).toInt());
    QVERIFY(report.value(QStringLiteral("signed_entries")).toInt() >= 2);

    const Run listed = cli({QStringLiteral("--json"),
                            QStringLiteral("audit"),
                            QStringLiteral("list"),
                            QStringLiteral("--object"),
                            QStringLiteral("operator:bob")});
    QCOMPARE(listed.json().array().size(), 1);
    QCOMPARE(listed.json().array().at(0).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("operator.added"));
    QVERIFY(listed.json().array().at(0).toObject().value(QStringLiteral("signed")).toBool());

    // The approval rules: shown to anyone, changed by an admin only, refused out of range with
    // nothing changed, and every change audited with the old and new values.
    const Run rules = cli({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("rules")});
    QCOMPARE(rules.code, 0);
    QCOMPARE(rules.json().object().value(QStringLiteral("sensitive_quorum")).toInt(), 2);
    QCOMPARE(cli({QStringLiteral("request"),
                  QStringLiteral("rules"),
                  QStringLiteral("--grant-days"),
                  QStringLiteral("14")},
                 bob)
                 .code,
             3);
    QCOMPARE(cli({QStringLiteral("request"),
                  QStringLiteral("rules"),
                  QStringLiteral("--sensitive-quorum"),
                  QStringLiteral("1")},
                 admin)
                 .code,
             3);
    QCOMPARE(cli({QStringLiteral("request"),
                  QStringLiteral("rules"),
                  QStringLiteral("--quorum"),
                  QStringLiteral("two")},
                 admin)
                 .code,
             1);
    const Run changed = cli({QStringLiteral("--json"),
                             QStringLiteral("request"),
                             QStringLiteral("rules"),
                             QStringLiteral("--grant-days"),
                             QStringLiteral("14"),
                             QStringLiteral("--quorum"),
                             QStringLiteral("2")},
                            admin);
    QCOMPARE(changed.code, 0);
    QCOMPARE(changed.json().object().value(QStringLiteral("grant_max_days")).toInt(), 14);
    QCOMPARE(changed.json().object().value(QStringLiteral("default_quorum")).toInt(), 2);
    QCOMPARE(changed.json().object().value(QStringLiteral("sensitive_quorum")).toInt(), 2);
    const Run settingsTrail = cli({QStringLiteral("--json"),
                                   QStringLiteral("audit"),
                                   QStringLiteral("list"),
                                   QStringLiteral("--action"),
                                   QStringLiteral("settings.changed")});
    QCOMPARE(settingsTrail.json().array().size(), 1);

    const QString folder = m_dir->filePath(QStringLiteral("audit-export"));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("export"), folder}).code, 0);
    QVERIFY(QFile::exists(folder + QStringLiteral("/VERIFY.md")));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("export"), folder}).code, 3);

    // One edit with raw SQL, and verify names it with a stable word and exit code 3.
    {
        auto opened = Workspace::open(m_workspace);
        QVERIFY(opened);
        QSqlQuery edit(opened.value()->database().connection());
        QVERIFY(edit.exec(QStringLiteral("UPDATE audit_entries SET operator = 'mallory' WHERE seq = 2")));
    }
    const Run tampered = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(tampered.code, 3);
    QCOMPARE(tampered.json().object().value(QStringLiteral("problem")).toString(), QStringLiteral("altered"));
    QCOMPARE(tampered.json().object().value(QStringLiteral("entry")).toInt(), 2);
}

void TestCli::anchorsShowATrailCutShort()
{
    seed();
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("ca passphrase"));
    secret.insert(QStringLiteral("STEWARD_NO_KEYCHAIN"), QStringLiteral("1"));
    const QString anchors = m_dir->filePath(QStringLiteral("anchors-of-this-machine"));
    secret.insert(QStringLiteral("STEWARD_ANCHOR_DIR"), anchors);
    QProcessEnvironment here;
    here.insert(QStringLiteral("STEWARD_ANCHOR_DIR"), anchors);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("anchor")}, here).code, 2); // no checkpoint yet
    QCOMPARE(cli({QStringLiteral("ca"), QStringLiteral("init")}, secret).code, 0);
    QVERIFY(!QDir(anchors).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());

    // The auditor takes an anchor away.
    const QString kept = m_dir->filePath(QStringLiteral("auditor-anchor.json"));
    const Run anchored =
        cli({QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--out"), kept}, here);
    QVERIFY2(anchored.code == 0, anchored.err.constData());
    const Run intact = cli({QStringLiteral("--json"),
                            QStringLiteral("audit"),
                            QStringLiteral("verify"),
                            QStringLiteral("--anchor"),
                            kept},
                           here);
    QCOMPARE(intact.code, 0);
    const qint64 entries = intact.json().object().value(u"entries").toInteger();
    QCOMPARE(intact.json().object().value(u"anchored_through").toInteger(), entries);
    QCOMPARE(intact.json().object().value(u"anchors").toInteger(), 2); // this machine's and the auditor's

    // A machine that first sees the workspace says that it trusted the file as it found it,
    // rather than that an anchor confirms it.
    QProcessEnvironment firstSight;
    firstSight.insert(QStringLiteral("STEWARD_ANCHOR_DIR"), m_dir->filePath(QStringLiteral("first-sight")));
    const Run trusting = cli({QStringLiteral("audit"), QStringLiteral("verify")}, firstSight);
    QCOMPARE(trusting.code, 0);
    QVERIFY2(trusting.out.contains("kept no anchor of this workspace until now"), trusting.out.constData());
    QVERIFY(!trusting.out.contains("confirm it"));
    // Where no anchor can be kept at all, verify says what that leaves unseen.
    QProcessEnvironment nowhere;
    nowhere.insert(QStringLiteral("STEWARD_ANCHOR_DIR"), m_workspace + QStringLiteral("/not-a-folder"));
    const Run unanchored = cli({QStringLiteral("audit"), QStringLiteral("verify")}, nowhere);
    QCOMPARE(unanchored.code, 0);
    QVERIFY2(unanchored.out.contains("No anchor of this workspace is kept outside it"),
             unanchored.out.constData());

    // Someone with the file and Python's sqlite3 module cuts off the CA's entries and every
    // checkpoint: what is left is a whole chain.
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); "
                        "db.execute('DELETE FROM audit_entries WHERE seq > ?', (int(sys.argv[2]),)); "
                        "db.execute('DELETE FROM audit_checkpoints'); db.commit()"),
         m_workspace,
         QString::number(entries - 2)});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

    // This machine's anchor shows it...
    const Run cut = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}, here);
    QCOMPARE(cut.code, 3);
    QCOMPARE(cut.json().object().value(u"problem").toString(), QStringLiteral("truncated"));
    QCOMPARE(cut.json().object().value(u"entry").toInteger(), entries - 1);
    // ...and where this machine has none (another operator's, which trusts what it first sees),
    // the auditor's anchor does.
    QProcessEnvironment elsewhere;
    elsewhere.insert(QStringLiteral("STEWARD_ANCHOR_DIR"),
                     m_dir->filePath(QStringLiteral("another-machine")));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}, elsewhere).code, 0);
    const Run caught =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), kept}, elsewhere);
    QCOMPARE(caught.code, 3);
    QVERIFY2(caught.out.startsWith("truncated at entry"), caught.out.constData());

    // An anchor file that is not one is refused, naming the file.
    const QString junk = m_dir->filePath(QStringLiteral("junk.json"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(20000, '{'));
    }
    const Run refused =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), junk}, elsewhere);
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains("junk.json"), refused.err.constData());
}

void TestCli::requestsAndGrantsFromTheCommandLine()
{
    seed();
    QProcessEnvironment admin;
    admin.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("ws passphrase"));
    admin.insert(QStringLiteral("STEWARD_NO_KEYCHAIN"), QStringLiteral("1"));
    admin.insert(QStringLiteral("STEWARD_OPERATOR_PASSPHRASE"), QStringLiteral("admin passphrase"));
    QCOMPARE(cli({QStringLiteral("ca"), QStringLiteral("init")}, admin).code, 0);
    QCOMPARE(cli({QStringLiteral("jwks"), QStringLiteral("rotate")}, admin).code, 0);
    QCOMPARE(cli({QStringLiteral("operator"), QStringLiteral("enroll")}, admin).code, 0);
    QHash<QString, QProcessEnvironment> as;
    for (const QString& name : {QStringLiteral("ann"), QStringLiteral("bob")}) {
        QCOMPARE(cli({QStringLiteral("operator"),
                      QStringLiteral("add"),
                      name,
                      QStringLiteral("--role"),
                      QStringLiteral("approver")},
                     admin)
                     .code,
                 0);
        QProcessEnvironment env = admin;
        env.insert(QStringLiteral("STEWARD_OPERATOR"), name);
        env.insert(QStringLiteral("STEWARD_OPERATOR_PASSPHRASE"), name + QStringLiteral(" passphrase"));
        QCOMPARE(cli({QStringLiteral("operator"), QStringLiteral("enroll")}, env).code, 0);
        as.insert(name, env);
    }
    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("add"),
                  QStringLiteral("refund-bot"),
                  QStringLiteral("--owner"),
                  QStringLiteral("1"),
                  QStringLiteral("--purpose"),
                  QStringLiteral("p")})
                 .code,
             0);
    const QStringList create{QStringLiteral("--json"),
                             QStringLiteral("request"),
                             QStringLiteral("create"),
                             QStringLiteral("--agent"),
                             QStringLiteral("refund-bot"),
                             QStringLiteral("--statement"),
                             QStringLiteral("read,list  s3://refunds/**"),
                             QStringLiteral("--justification"),
                             QStringLiteral("Quarter-end refunds"),
                             QStringLiteral("--task"),
                             QStringLiteral("FIN-7"),
                             QStringLiteral("--duration"),
                             QStringLiteral("8h")};
    const Run filed = cli(create, admin);
    QVERIFY2(filed.code == 0, filed.err.constData());
    const QJsonObject request = filed.json().object();
    const QString id = QString::number(request.value(QStringLiteral("id")).toInt());
    QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(request.value(QStringLiteral("statements")).toArray().at(0).toString(),
             QStringLiteral("read,list s3://refunds/**"));
    QVERIFY(!request.value(QStringLiteral("risk_reasons")).toArray().isEmpty());

    const auto approve = [&](const QProcessEnvironment& env) {
        return cli({QStringLiteral("--json"),
                    QStringLiteral("request"),
                    QStringLiteral("approve"),
                    id,
                    QStringLiteral("--reason"),
                    QStringLiteral("ok")},
                   env);
    };
    Run run = approve(admin);
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains("never approves"));
    run = approve(as.value(QStringLiteral("ann")));
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(run.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(run.json().object().value(QStringLiteral("required_approvals")).toInt(), 2);
    QCOMPARE(approve(as.value(QStringLiteral("ann"))).code, 3);
    run = approve(as.value(QStringLiteral("bob")));
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(run.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    const QJsonObject grant = run.json().object().value(QStringLiteral("grant")).toObject();
    QCOMPARE(grant.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(grant.value(QStringLiteral("approvers")).toArray().size(), 2);

    const Run shown = cli({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("show"), id});
    QCOMPARE(shown.json().object().value(QStringLiteral("decisions")).toArray().size(), 2);
    QVERIFY(shown.json().object().value(QStringLiteral("invalid_decisions")).toArray().isEmpty());
    QCOMPARE(cli({QStringLiteral("--json"),
                  QStringLiteral("grant"),
                  QStringLiteral("list"),
                  QStringLiteral("--state"),
                  QStringLiteral("active")})
                 .json()
                 .array()
                 .size(),
             1);

    // The token carries exactly the grant's scope and task.
    const QStringList mint{QStringLiteral("--json"),
                           QStringLiteral("token"),
                           QStringLiteral("mint"),
                           QStringLiteral("--agent"),
                           QStringLiteral("refund-bot"),
                           QStringLiteral("--aud"),
                           QStringLiteral("payments-api"),
                           QStringLiteral("--scope"),
                           QStringLiteral("read,list s3://refunds/**")};
    run = cli(mint, admin);
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(run.json().object().value(QStringLiteral("task")).toString(), QStringLiteral("FIN-7"));
    QCOMPARE(run.json().object().value(QStringLiteral("scope")).toArray(),
             QJsonArray{QStringLiteral("read,list s3://refunds/**")});
    QCOMPARE(run.json().object().value(QStringLiteral("grant")).toInt(),
             grant.value(QStringLiteral("id")).toInt());

    // Revoked, the grant mints nothing more.
    QCOMPARE(cli({QStringLiteral("grant"),
                  QStringLiteral("revoke"),
                  QString::number(grant.value(QStringLiteral("id")).toInt()),
                  QStringLiteral("--reason"),
                  QStringLiteral("task done")},
                 as.value(QStringLiteral("ann")))
                 .code,
             0);
    run = cli(mint, admin);
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains("no active grant"));

    // A deny ends a request; the requester withdraws another.
    QString second = QString::number(cli(create, admin).json().object().value(QStringLiteral("id")).toInt());
    run = cli({QStringLiteral("request"),
               QStringLiteral("deny"),
               second,
               QStringLiteral("--reason"),
               QStringLiteral("too broad")},
              as.value(QStringLiteral("bob")));
    QCOMPARE(run.code, 0);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("show"), second})
                 .json()
                 .object()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("denied"));
    second = QString::number(cli(create, admin).json().object().value(QStringLiteral("id")).toInt());
    QCOMPARE(
        cli({QStringLiteral("request"), QStringLiteral("withdraw"), second}, as.value(QStringLiteral("ann")))
            .code,
        3);
    QCOMPARE(cli({QStringLiteral("request"), QStringLiteral("withdraw"), second}, admin).code, 0);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("list")})
                 .json()
                 .array()
                 .size(),
             0);
    QCOMPARE(cli({QStringLiteral("--json"),
                  QStringLiteral("request"),
                  QStringLiteral("list"),
                  QStringLiteral("--state"),
                  QStringLiteral("all")})
                 .json()
                 .array()
                 .size(),
             3);

    // Bad input is refused with where it went wrong.
    run = cli({QStringLiteral("request"),
               QStringLiteral("create"),
               QStringLiteral("--agent"),
               QStringLiteral("refund-bot"),
               QStringLiteral("--statement"),
               QStringLiteral("read s3://a classification<=secret"),
               QStringLiteral("--justification"),
               QStringLiteral("j"),
               QStringLiteral("--duration"),
               QStringLiteral("1h")},
              admin);
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("Line 1, column 13"), run.err.constData());
    QCOMPARE(cli({QStringLiteral("request"), QStringLiteral("approve"), QStringLiteral("x")}, admin).code, 1);
    QCOMPARE(cli({QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("999")}).code, 2);

    // And all of it is in the audit trail, intact.
    const Run verified = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verified.code, 0);
    QVERIFY(verified.json().object().value(QStringLiteral("intact")).toBool());
}

void TestCli::svidRefusesBadRequests_data()
{
    QTest::addColumn<QStringList>("keyArgs");
    QTest::addColumn<QString>("sans");
    QTest::addColumn<QString>("message");
    const QStringList ed{QStringLiteral("-algorithm"), QStringLiteral("ed25519")};
    QTest::newRow("names another agent")
        << ed << QStringLiteral("URI:spiffe://acme.example/agent/payout-bot") << "does not name";
    QTest::newRow("extra DNS SAN") << ed
                                   << QStringLiteral(
                                          "URI:spiffe://acme.example/agent/refund-bot,DNS:evil.example")
                                   << "DNS:evil.example";
    QTest::newRow("no SAN") << ed << QString() << "does not name";
    QTest::newRow("RSA key") << QStringList{QStringLiteral("-algorithm"),
                                            QStringLiteral("RSA"),
                                            QStringLiteral("-pkeyopt"),
                                            QStringLiteral("rsa_keygen_bits:1024")}
                             << QStringLiteral("URI:spiffe://acme.example/agent/refund-bot")
                             << "not accepted";
    QTest::newRow("P-384 key") << QStringList{QStringLiteral("-algorithm"),
                                              QStringLiteral("EC"),
                                              QStringLiteral("-pkeyopt"),
                                              QStringLiteral("ec_paramgen_curve:P-384")}
                               << QStringLiteral("URI:spiffe://acme.example/agent/refund-bot") << "P-256";
}

void TestCli::svidRefusesBadRequests()
{
    QFETCH(QStringList, keyArgs);
    QFETCH(QString, sans);
    QFETCH(QString, message);
    seed();
    QCOMPARE(cli({QStringLiteral("agent"),
                  QStringLiteral("add"),
                  QStringLiteral("refund-bot"),
                  QStringLiteral("--owner"),
                  QStringLiteral("1"),
                  QStringLiteral("--purpose"),
                  QStringLiteral("p")})
                 .code,
             0);
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("STEWARD_PASSPHRASE"), QStringLiteral("pw"));
    QCOMPARE(cli({QStringLiteral("ca"), QStringLiteral("init")}, secret).code, 0);
    const QString before = TestWorkspace::snapshotFile(m_workspace);
    const QString csr = makeCsr(m_dir->path(), QStringLiteral("request"), keyArgs, sans);
    const Run run = cli({QStringLiteral("svid"),
                         QStringLiteral("issue"),
                         QStringLiteral("--agent"),
                         QStringLiteral("refund-bot"),
                         QStringLiteral("--csr"),
                         csr},
                        secret);
    QCOMPARE(run.code, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(TestWorkspace::snapshotFile(m_workspace), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

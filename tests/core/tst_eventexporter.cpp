// SPDX-License-Identifier: Apache-2.0
#include "activity/connectorservice.h"
#include "activity/eventexporter.h"
#include "activity/filesource.h"
#include "activity/recordparser.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestEventExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ocsfMatchesTheProjectsOwnRendering();
    void ocsfFollowsTheSchema();
    void csvReadsBackInPython();
    void jsonLinesAndLimits();
    void stopsBetweenPages();

private:
    void ingest(const QString& format, const QString& path);
    QByteArray exportAll(EventExporter::Format format, const EventQuery& query = {});
    std::unique_ptr<TestWorkspace> m_test;
};

namespace {
const QString kData = QStringLiteral(STEWARD_TEST_DATA_DIR);

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing %s", qPrintable(path));
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonValue at(const QJsonObject& object, const QString& dotted)
{
    QJsonValue value = object;
    for (const QString& part : dotted.split(QLatin1Char('.'))) {
        value = value.toObject().value(part);
    }
    return value;
}
} // namespace

void TestEventExporter::init()
{
    m_test = std::make_unique<TestWorkspace>();
}

void TestEventExporter::ingest(const QString& format, const QString& path)
{
    auto connector = ConnectorService(m_test->workspace()).ensure(format + path, format, {});
    QVERIFY(connector);
    auto parser = RecordParser::forConnector(format, {});
    QVERIFY(parser);
    FileSource source(m_test->workspace(), connector.value(), *parser.value(), {});
    QVERIFY(source.ingest(path));
}

QByteArray TestEventExporter::exportAll(EventExporter::Format format, const EventQuery& query)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = EventExporter(m_test->workspace().events(), m_test->workspace().agents(), format)
                       .write(query, buffer, {});
    if (!written) {
        qFatal("%s", qPrintable(written.error().message));
    }
    return buffer.data();
}

void TestEventExporter::ocsfMatchesTheProjectsOwnRendering()
{
    // A CloudTrail record that the OCSF project rendered as API Activity itself.
    ingest(QStringLiteral("cloudtrail"), kData + QStringLiteral("/ocsf/cloudtrail-api-activity.raw.json"));
    const QByteArray out = exportAll(EventExporter::Format::Ocsf);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject ours = QJsonDocument::fromJson(lines.first()).object();
    const QJsonObject theirs = readJson(kData + QStringLiteral("/ocsf/cloudtrail-api-activity.ocsf.json"));
    for (const QString& field : {QStringLiteral("class_uid"),
                                 QStringLiteral("class_name"),
                                 QStringLiteral("category_uid"),
                                 QStringLiteral("category_name"),
                                 QStringLiteral("activity_id"),
                                 QStringLiteral("activity_name"),
                                 QStringLiteral("type_uid"),
                                 QStringLiteral("type_name"),
                                 QStringLiteral("time"),
                                 QStringLiteral("severity_id"),
                                 QStringLiteral("status"),
                                 QStringLiteral("metadata.uid"),
                                 QStringLiteral("api.operation"),
                                 QStringLiteral("actor.user.uid")}) {
        QVERIFY2(
            at(ours, field) == at(theirs, field),
            qPrintable(QStringLiteral("%1: ours %2, OCSF's %3")
                           .arg(field,
                                QString::fromUtf8(QJsonDocument(QJsonArray{at(ours, field)}).toJson()),
                                QString::fromUtf8(QJsonDocument(QJsonArray{at(theirs, field)}).toJson()))));
    }
    // The service is named by the API's prefix; OCSF's rendering uses CloudTrail's host name for it.
    QCOMPARE(at(ours, QStringLiteral("api.service.name")).toString(), QStringLiteral("directconnect"));
    QVERIFY(at(theirs, QStringLiteral("api.service.name"))
                .toString()
                .startsWith(QStringLiteral("directconnect.")));
}

void TestEventExporter::ocsfFollowsTheSchema()
{
    // Every source, every outcome, traces and not: each event holds what the 1.5.0 schema requires.
    ingest(QStringLiteral("k8s"), kData + QStringLiteral("/activity/k8s"));
    ingest(QStringLiteral("mcp"), kData + QStringLiteral("/activity/mcp/gateway.jsonl"));
    ingest(QStringLiteral("otlp"), kData + QStringLiteral("/activity/otel/otlp-trace.json"));
    ingest(QStringLiteral("cloudtrail"), kData + QStringLiteral("/activity/cloudtrail/aws_cloudtrail.json"));
    const QJsonObject base = readJson(kData + QStringLiteral("/ocsf/base_event.json"));
    const QJsonObject apiActivity = readJson(kData + QStringLiteral("/ocsf/api_activity.json"));
    const QJsonObject dictionary = readJson(kData + QStringLiteral("/ocsf/dictionary-enums.json"));
    QStringList required;
    for (const QJsonObject& definition : {base, apiActivity}) {
        const QJsonObject attributes = definition.value(u"attributes").toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (it.value().toObject().value(u"requirement").toString() == QStringLiteral("required")) {
                required << it.key();
            }
        }
    }
    QVERIFY(required.contains(QStringLiteral("src_endpoint")));
    QVERIFY(required.contains(QStringLiteral("metadata")));
    const int classUid = 6000 + apiActivity.value(u"uid").toInt(); // category 6, class 3
    const QStringList activities = apiActivity.value(u"attributes")
                                       .toObject()
                                       .value(u"activity_id")
                                       .toObject()
                                       .value(u"enum")
                                       .toObject()
                                       .keys() +
                                   dictionary.value(u"attributes")
                                       .toObject()
                                       .value(u"activity_id")
                                       .toObject()
                                       .value(u"enum")
                                       .toObject()
                                       .keys();
    const auto enumOf = [&dictionary](const char* name) {
        return dictionary.value(u"attributes")
            .toObject()
            .value(QLatin1String(name))
            .toObject()
            .value(u"enum")
            .toObject()
            .keys();
    };
    const QStringList statuses = enumOf("status_id");
    const QStringList severities = enumOf("severity_id");

    const QList<QByteArray> lines = exportAll(EventExporter::Format::Ocsf).trimmed().split('\n');
    QVERIFY(lines.size() > 40);
    QSet<int> seenStatus;
    for (const QByteArray& line : lines) {
        QJsonParseError error{};
        const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const QString& name : std::as_const(required)) {
            QVERIFY2(event.contains(name),
                     qPrintable(name + QStringLiteral(" missing in ") + QString::fromUtf8(line)));
        }
        QCOMPARE(event.value(u"class_uid").toInt(), classUid);
        QCOMPARE(event.value(u"category_uid").toInt(), 6);
        const int activity = event.value(u"activity_id").toInt();
        QVERIFY2(activities.contains(QString::number(activity)), qPrintable(QString::number(activity)));
        QCOMPARE(event.value(u"type_uid").toInt(), classUid * 100 + activity);
        QVERIFY(statuses.contains(QString::number(event.value(u"status_id").toInt())));
        QVERIFY(severities.contains(QString::number(event.value(u"severity_id").toInt())));
        QVERIFY(!at(event, QStringLiteral("api.operation")).toString().isEmpty());
        QVERIFY(!at(event, QStringLiteral("metadata.version")).toString().isEmpty());
        QVERIFY(!at(event, QStringLiteral("metadata.product.vendor_name")).toString().isEmpty());
        seenStatus.insert(event.value(u"status_id").toInt());
        if (event.contains(u"trace")) {
            QVERIFY(!at(event, QStringLiteral("trace.uid")).toString().isEmpty());
            QVERIFY(event.value(u"metadata")
                        .toObject()
                        .value(u"profiles")
                        .toArray()
                        .contains(QStringLiteral("trace")));
        }
    }
    QCOMPARE(seenStatus, (QSet<int>{0, 1, 2}));
}

void TestEventExporter::csvReadsBackInPython()
{
    ingest(QStringLiteral("mcp"), kData + QStringLiteral("/activity/mcp/gateway.jsonl"));
    // A principal crafted to run as a spreadsheet formula, and one with a quote, a comma and a line break.
    const QString jsonl = m_test->dir() + QStringLiteral("/crafted.jsonl");
    QFile crafted(jsonl);
    QVERIFY(crafted.open(QIODevice::WriteOnly));
    crafted.write(R"x({"t":"2026-11-20T09:00:00Z","p":"=HYPERLINK(\"http://evil\")","a":"GetObject"})x"
                  "\n"
                  R"x({"t":"2026-11-20T09:00:01Z","p":"a \"b\", c\nd","a":"GetObject"})x"
                  "\n");
    crafted.close();
    const QJsonObject mapping{{QStringLiteral("mapping"),
                               QJsonObject{{QStringLiteral("time"), QStringLiteral("/t")},
                                           {QStringLiteral("principal"), QStringLiteral("/p")},
                                           {QStringLiteral("native_action"), QStringLiteral("/a")}}}};
    auto connector = ConnectorService(m_test->workspace())
                         .ensure(QStringLiteral("crafted"), QStringLiteral("jsonl"), mapping);
    QVERIFY(connector);
    auto parser = RecordParser::forConnector(QStringLiteral("jsonl"), mapping);
    QVERIFY(parser);
    QVERIFY(FileSource(m_test->workspace(), connector.value(), *parser.value(), {}).ingest(jsonl));

    const QString path = m_test->dir() + QStringLiteral("/out.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(exportAll(EventExporter::Format::Csv)) > 0);
    file.close();
    // Python's csv module, an independent reader, sees the same table.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral(
                      "import csv, json, sys\n"
                      "print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"),
                  path});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), 1 + 13 + 2); // the header, the gateway's 13 events, the crafted two
    const QJsonArray header = rows.at(0).toArray();
    QCOMPARE(header.at(0).toString(), QStringLiteral("time"));
    QCOMPARE(header.size(), 18);
    QStringList principals;
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).toArray().size(), 18);
        principals << rows.at(i).toArray().at(2).toString();
    }
    QVERIFY(principals.contains(QStringLiteral("'=HYPERLINK(\"http://evil\")"))); // defused
    QVERIFY(principals.contains(QStringLiteral("a \"b\", c\nd")));                // intact
}

void TestEventExporter::jsonLinesAndLimits()
{
    ingest(QStringLiteral("k8s"), kData + QStringLiteral("/activity/k8s"));
    const qint64 total = m_test->workspace().events().count({}).value();
    const QList<QByteArray> lines = exportAll(EventExporter::Format::JsonLines).trimmed().split('\n');
    QCOMPARE(lines.size(), total);
    QSet<qint64> ids;
    for (const QByteArray& line : lines) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QCOMPARE(event.value(u"source").toString(), QStringLiteral("k8s"));
        QVERIFY(event.value(u"time").toString().endsWith(QLatin1Char('Z')));
        ids.insert(event.value(u"id").toInteger());
    }
    QCOMPARE(ids.size(), total);
    // A filter and a limit.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EventQuery denied;
    denied.outcome = EventOutcome::Denied;
    EventExporter::Options options;
    options.limit = 2;
    auto written = EventExporter(m_test->workspace().events(),
                                 m_test->workspace().agents(),
                                 EventExporter::Format::JsonLines)
                       .write(denied, buffer, options);
    QVERIFY(written);
    QCOMPARE(written.value(), qMin<qint64>(2, m_test->workspace().events().count(denied).value()));
}

void TestEventExporter::stopsBetweenPages()
{
    // 4,500 events: three pages of 2,000. Stopping after the first page writes exactly one page.
    const QString path = m_test->dir() + QStringLiteral("/many.jsonl");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 4500; ++i) {
        file.write(QStringLiteral(R"({"t":%1,"a":"GetObject"})").arg(1763632900 + i).toUtf8() + '\n');
    }
    file.close();
    const QJsonObject mapping{{QStringLiteral("mapping"),
                               QJsonObject{{QStringLiteral("time"), QStringLiteral("/t")},
                                           {QStringLiteral("native_action"), QStringLiteral("/a")}}}};
    auto connector = ConnectorService(m_test->workspace())
                         .ensure(QStringLiteral("many"), QStringLiteral("jsonl"), mapping);
    auto parser = RecordParser::forConnector(QStringLiteral("jsonl"), mapping);
    QVERIFY(FileSource(m_test->workspace(), connector.value(), *parser.value(), {}).ingest(path));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<qint64> progress;
    EventExporter::Options options;
    options.progress = [&progress](qint64 written) { progress << written; };
    auto all =
        EventExporter(m_test->workspace().events(), m_test->workspace().agents(), EventExporter::Format::Csv)
            .write({}, buffer, options);
    QCOMPARE(all.value(), 4500);
    QCOMPARE(progress, (QList<qint64>{2000, 4000, 4500}));
    QBuffer stopped;
    stopped.open(QIODevice::WriteOnly);
    options.stop = [] { return true; };
    auto some =
        EventExporter(m_test->workspace().events(), m_test->workspace().agents(), EventExporter::Format::Csv)
            .write({}, stopped, options);
    QCOMPARE(some.value(), 2000);
    QCOMPARE(stopped.data().count('\n'), 2001); // header and one page
}

QTEST_MAIN(TestEventExporter)
#include "tst_eventexporter.moc"

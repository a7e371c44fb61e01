// SPDX-License-Identifier: Apache-2.0
#include "ingestcommand.h"

#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "activity/httppoller.h"
#include "activity/httppollsettings.h"
#include "activity/recordparser.h"
#include "clicontext.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

QString IngestCommand::countsText(const IngestCounts& c)
{
    // Answers (an MCP call's response) settle an event stored before: shown apart from new events,
    // and only by the formats that have them.
    if (c.answers > 0) {
        return tr("read %1, stored %2, answers %3, duplicates %4, quarantined %5")
            .arg(c.read)
            .arg(c.stored)
            .arg(c.answers)
            .arg(c.duplicates)
            .arg(c.quarantined);
    }
    return tr("read %1, stored %2, duplicates %3, quarantined %4")
        .arg(c.read)
        .arg(c.stored)
        .arg(c.duplicates)
        .arg(c.quarantined);
}

QJsonObject IngestCommand::countsJson(const IngestCounts& c)
{
    return QJsonObject{{QStringLiteral("read"), c.read},
                       {QStringLiteral("stored"), c.stored},
                       {QStringLiteral("answers"), c.answers},
                       {QStringLiteral("duplicates"), c.duplicates},
                       {QStringLiteral("quarantined"), c.quarantined}};
}

int IngestCommand::run(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "steward-cli ingest: read activity files into the workspace. Each file resumes where the last run "
        "stopped; the same record read twice is stored once. Prints what was read, stored, found duplicate "
        "and quarantined."));
    parser.addOptions({
        {QStringLiteral("format"),
         tr("The files' format: %1.").arg(RecordParser::formats().join(QStringLiteral(", "))),
         tr("format")},
        {QStringLiteral("file"), tr("One file (JSON lines, a JSON document, or gzip)."), tr("path")},
        {QStringLiteral("dir"),
         tr("Every file below this folder named as the format names its files, in name order."),
         tr("path")},
        {QStringLiteral("glob"),
         tr("With --dir: read the files whose names match this pattern instead (such as '*.txt'); may be "
            "given more than once."),
         tr("pattern")},
        {QStringLiteral("connector"),
         tr("The connector to record progress under (default: format and path); an existing connector "
            "brings its own format and settings."),
         tr("name")},
        {QStringLiteral("batch"),
         tr("Records per transaction (default 1000)."),
         tr("n"),
         QStringLiteral("1000")},
        {QStringLiteral("follow"), tr("Keep reading as the files grow and rotate, until interrupted.")},
    });
    int exitCode = 0;
    if (!context.parse(parser, args, QStringLiteral("ingest"), &exitCode)) {
        return exitCode;
    }
    QString format = parser.value(QStringLiteral("format"));
    const QString file = parser.value(QStringLiteral("file"));
    const QString dir = parser.value(QStringLiteral("dir"));
    bool batchOk = false;
    const int batch = parser.value(QStringLiteral("batch")).toInt(&batchOk);
    if ((format.isEmpty() && !parser.isSet(QStringLiteral("connector"))) || file.isEmpty() == dir.isEmpty() ||
        !batchOk || batch < 1 || !parser.positionalArguments().isEmpty() ||
        (parser.isSet(QStringLiteral("glob")) && dir.isEmpty())) {
        return context.usage(
            tr("ingest needs --format (or an existing --connector) and exactly one of --file or "
               "--dir; --glob goes with --dir."),
            context.helpText(parser));
    }
    if (!format.isEmpty() && !RecordParser::formats().contains(format)) {
        return context.usage(tr("\"%1\" is not a format; use one of %2.")
                                 .arg(format, RecordParser::formats().join(QStringLiteral(", "))),
                             context.helpText(parser));
    }
    const QString path = QFileInfo(file.isEmpty() ? dir : file).absoluteFilePath();
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    const QString name = parser.isSet(QStringLiteral("connector"))
                             ? parser.value(QStringLiteral("connector"))
                             : QStringLiteral("%1:%2").arg(format, path);
    auto existing = workspace.connectors().byName(name);
    if (!existing && existing.error().kind != ErrorKind::NotFound) {
        return context.fail(existing.error());
    }
    if (!existing && format.isEmpty()) {
        return context.fail(existing.error());
    }
    if (!existing && format == QStringLiteral("jsonl")) {
        return context.usage(tr("jsonl needs a mapping: create the connector first, with connector add NAME "
                                "--format jsonl --map time=/ts ..., then ingest --connector NAME."));
    }
    // A connector made here remembers its files' names, so that connector run reads the same ones.
    QJsonObject newSettings{{QStringLiteral("path"), path}};
    if (parser.isSet(QStringLiteral("glob"))) {
        newSettings.insert(QStringLiteral("glob"),
                           parser.values(QStringLiteral("glob")).join(QLatin1Char(' ')));
    }
    auto connector = existing ? existing : ConnectorService(workspace).ensure(name, format, newSettings);
    if (!connector) {
        return context.fail(connector.error());
    }
    if (!format.isEmpty() && connector->kind != format) {
        return context.fail(
            Error{ErrorKind::Conflict,
                  tr("Connector %1 reads %2, not %3.").arg(connector->name, connector->kind, format)});
    }
    return ingestWith(context,
                      workspace,
                      connector.value(),
                      path,
                      batch,
                      parser.isSet(QStringLiteral("follow")),
                      1000,
                      parser.values(QStringLiteral("glob")));
}

int IngestCommand::ingestWith(CliContext& context,
                              Workspace& workspace,
                              const Connector& connector,
                              const QString& path,
                              int batch,
                              bool follow,
                              int intervalMs,
                              const QStringList& fileNames)
{
    auto recordParser = RecordParser::forConnector(connector.kind, connector.settings);
    if (!recordParser) {
        return context.fail(recordParser.error());
    }
    // Ctrl+C stops after the batch being written, so the cursor stays exact.
    FileSource::Options options;
    options.batchRecords = batch;
    options.stop = [&context] { return context.stopping(); };
    options.fileNames = fileNames;
    if (!context.json) {
        options.progress = [&context](const IngestCounts& total) {
            context.err << '\r' << tr("Read %1 records").arg(total.read);
            context.err.flush();
        };
    }
    FileSource source(workspace, connector, *recordParser.value(), options);
    if (follow && !context.json) {
        context.err << tr("Following %1; Ctrl+C stops.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    }
    auto counts = follow ? source.follow(path, intervalMs) : source.ingest(path);
    if (!context.json) {
        context.err << Qt::endl;
        if (source.skippedFiles() > 0) {
            context.err << tr("Passed over %n file(s) not named as %1 files are; --glob reads others.",
                              nullptr,
                              int(qMin<qint64>(source.skippedFiles(), INT_MAX)))
                               .arg(recordParser.value()->format())
                        << Qt::endl;
        }
    }
    return reportCounts(context, workspace, connector, counts);
}

int IngestCommand::pollWith(CliContext& context,
                            Workspace& workspace,
                            const Connector& connector,
                            bool follow)
{
    auto recordParser = RecordParser::forConnector(connector.kind, connector.settings);
    if (!recordParser) {
        return context.fail(recordParser.error());
    }
    auto secret = ConnectorSecret::read(workspace, connector, [&] { return context.passphrase(workspace); });
    if (!secret) {
        return context.fail(secret.error());
    }
    HttpPoller::Options options;
    options.stop = [&context] { return context.stopping(); };
    if (!context.json) {
        options.progress = [&context](const IngestCounts& total) {
            context.err << '\r' << tr("Read %1 records").arg(total.read);
            context.err.flush();
        };
        options.transientFailure = [&context](const QString& message) {
            context.err << Qt::endl << message << Qt::endl;
        };
    }
    HttpPoller poller(workspace, connector, *recordParser.value(), std::move(secret).value(), options);
    const int interval = HttpPollSettings::fromJson(connector.settings)->intervalSeconds;
    if (follow && !context.json) {
        context.err << tr("Polling every %1 s; Ctrl+C stops.").arg(interval) << Qt::endl;
    }
    auto counts = follow ? poller.follow(interval * 1000) : poller.poll();
    if (!context.json) {
        context.err << Qt::endl;
    }
    return reportCounts(context, workspace, connector, counts);
}

int IngestCommand::reportCounts(CliContext& context,
                                Workspace& workspace,
                                const Connector& connector,
                                const Result<IngestCounts>& counts)
{
    if (!counts) {
        // Kept for `connector show`; if even that fails, the ingest error below is what matters.
        const Status kept =
            workspace.connectors().setLastError(connector.id, counts.error().message, workspace.now());
        Q_UNUSED(kept)
        return context.fail(counts.error());
    }
    if (context.json) {
        QJsonObject result = countsJson(counts.value());
        result.insert(QStringLiteral("connector"), connector.name);
        result.insert(QStringLiteral("stopped"), context.stopping());
        context.printJson(result);
    } else {
        context.out << countsText(counts.value()) << Qt::endl;
        if (context.stopping()) {
            context.out << tr("Stopped; the next run continues from here.") << Qt::endl;
        }
    }
    // Nothing usable at all is almost always the wrong format or the wrong folder: a script must
    // not take it for success.
    if (counts->read > 0 && counts->quarantined == counts->read) {
        return context.fail(
            Error{ErrorKind::Invalid,
                  tr("Every one of the %1 records read was quarantined: the input is probably "
                     "not %2. Check the format, or see why with steward-cli quarantine list "
                     "--connector %3.")
                      .arg(counts->read)
                      .arg(connector.kind, connector.name)});
    }
    return 0;
}

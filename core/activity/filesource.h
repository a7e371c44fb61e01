// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingestpipeline.h"
#include "model/connector.h"
#include "result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

class RecordParser;
class Workspace;

// Reads activity files for a connector: JSON lines one line at a time, a document of records
// ({"Records": [...]}) one record at a time, or another JSON document whole (plain or gzip), from
// where the connector left each file. Its progress in each file (a row of its own) records
// its inode, the byte offset after the last line stored and, inside a document, how many of its
// records are stored; a replaced or truncated file starts again from the top. A rotated file (renamed
// in its folder, a new one in its place) is finished under its new name before the new one is read.
class FileSource final
{
    Q_DECLARE_TR_FUNCTIONS(FileSource)

public:
    struct Options
    {
        qint64 maxLineBytes = 16 * 1024 * 1024;
        qint64 maxDocumentBytes = 256 * 1024 * 1024;
        int batchRecords = 1000;
        std::function<bool()> stop;                              // checked between batches
        std::function<void(const IngestCounts& total)> progress; // after each batch
        // Which files of a folder to read, by name (wildcards); empty: the connector's "glob"
        // setting, else the format's own naming (RecordParser::fileNamePatterns).
        QStringList fileNames;
    };

    // The parser is used, not kept: it must outlive the source.
    FileSource(Workspace& workspace, const Connector& connector, const RecordParser& parser, Options options);

    // One file, or every file below a directory named as the format names its files (in name
    // order, as CloudTrail lays them out); hidden files and folders are passed over.
    Result<IngestCounts> ingest(const QString& path);
    // Files below the last folder read that were passed over for their names.
    qint64 skippedFiles() const { return m_skipped; }

    // Reads the path again and again, every interval, until stop() says so: new lines as they are
    // written, new files as they appear, rotations as they happen.
    Result<IngestCounts> follow(const QString& path, int intervalMs = 1000);

    // What the first records of a path (the first file of a folder) would give, stored nowhere: for
    // testing a connector's settings before it runs.
    static Result<ParsedRecord> sample(const QString& path,
                                       const RecordParser& parser,
                                       int maxRecords = 50,
                                       const QStringList& fileNames = {});

    // The files below a folder that a source reads, in name order, and how many it passes over.
    static QStringList filesBelow(const QString& folder,
                                  const RecordParser& parser,
                                  const QStringList& fileNames,
                                  qint64* skipped = nullptr);

    // One JSON document's bytes to a parsed record: invalid UTF-8 and JSON errors become a reason.
    static ParsedRecord parseBytes(const RecordParser& parser, const QByteArray& bytes);

private:
    // `adopted`: the progress of a file that was rotated to this name.
    Result<IngestCounts> ingestFile(const QString& path, const std::optional<QJsonObject>& adopted);
    QString findByInode(const QString& near, qint64 inode) const;
    Result<IngestCounts> ingestLines(const QString& path, QJsonObject state);
    Result<IngestCounts> ingestDocument(const QString& path, QJsonObject state);
    // A {"Records": [...]} document, one record at a time, in memory bounded by the largest record.
    Result<IngestCounts> ingestRecords(const QString& path, QJsonObject state);
    Result<IngestCounts>
    commit(QList<IngestPipeline::Unit>& units, const QString& path, const QJsonObject& state);
    bool stopping() const { return m_options.stop && m_options.stop(); }

    Workspace& m_workspace;
    const RecordParser& m_parser;
    Options m_options;
    IngestPipeline m_pipeline;
    QJsonObject m_cursor; // the connector's own; each file's progress is a row of its own
    IngestCounts m_total;
    bool m_following = false; // a file may still be being written
    // A followed file's last line seen without its newline, by path: where the file ended then,
    // and since when. Found the same kUnterminatedWaitMs later, the writer is done with it, and
    // it is read as it is.
    static constexpr qint64 kUnterminatedWaitMs = 2000;
    QHash<QString, std::pair<qint64, QElapsedTimer>> m_unterminated;
    qint64 m_skipped = 0;
};

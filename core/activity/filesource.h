// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connector.h"
#include "ingestpipeline.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class RecordParser;
class Workspace;

// Reads activity files for a connector: JSON lines one line at a time, a document of records
// ({"Records": [...]}) one record at a time, or another JSON document whole (plain or gzip), from
// where the connector's cursor left each file. The cursor records, per file,
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
    };

    // The parser is used, not kept: it must outlive the source.
    FileSource(Workspace& workspace, const Connector& connector, const RecordParser& parser, Options options);

    // One file, or every file below a directory (in name order, as CloudTrail lays them out).
    Result<IngestCounts> ingest(const QString& path);

    // Reads the path again and again, every interval, until stop() says so: new lines as they are
    // written, new files as they appear, rotations as they happen.
    Result<IngestCounts> follow(const QString& path, int intervalMs = 1000);

    // What the first records of a path (the first file of a folder) would give, stored nowhere: for
    // testing a connector's settings before it runs.
    static Result<ParsedRecord> sample(const QString& path, const RecordParser& parser, int maxRecords = 50);

    // One JSON document's bytes to a parsed record: invalid UTF-8 and JSON errors become a reason.
    static ParsedRecord parseBytes(const RecordParser& parser, const QByteArray& bytes);

private:
    Result<IngestCounts> ingestFile(const QString& path);
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
    QJsonObject m_cursor; // {"files": {path: state}}
    IngestCounts m_total;
    bool m_following = false; // a file may still be being written
};

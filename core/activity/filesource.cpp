// SPDX-License-Identifier: Apache-2.0
#include "filesource.h"

#include "jsonreader.h"
#include "recordparser.h"
#include "recordsscanner.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <future>

#include <sys/stat.h>
#include <zlib.h>

namespace {

constexpr qint64 kChunk = 1024 * 1024;

qint64 inodeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? static_cast<qint64>(info.st_ino) : 0;
}

bool isGzip(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(2) == QByteArray("\x1f\x8b", 2);
}

// Inflates a gzip file, refusing to go past the limit (a small file can expand enormously).
Result<QByteArray> gunzip(const QString& path, qint64 limit)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        return Error{ErrorKind::Storage, FileSource::tr("Cannot open %1.").arg(path)};
    }
    QByteArray out;
    char buffer[65536];
    int read = 0;
    while ((read = gzread(file, buffer, sizeof buffer)) > 0) {
        if (out.size() + read > limit) {
            gzclose(file);
            return Error{ErrorKind::Invalid,
                         FileSource::tr("%1 expands to more than %2 bytes.").arg(path).arg(limit)};
        }
        out.append(buffer, read);
    }
    // A truncated or corrupt stream can end in a plain EOF; gzerror tells the two apart.
    int code = Z_OK;
    const QString message = QString::fromLatin1(gzerror(file, &code));
    gzclose(file);
    if (read < 0 || (code != Z_OK && code != Z_STREAM_END)) {
        return Error{ErrorKind::Invalid, FileSource::tr("%1 is not valid gzip: %2.").arg(path, message)};
    }
    return out;
}

// Whether a line on its own is a JSON value: then the file is JSON lines.
bool isJsonLine(const QByteArray& line)
{
    auto document = JsonReader::parse(line);
    return document && (document->is_object() || document->is_array());
}

// Where the file's first line ends (just past its newline), when another non-blank line follows
// it; -1 when the file is one line, however long. Read in chunks, so a 200 MiB line costs one
// sequential read and no memory.
qint64 secondLineAt(QFile& file)
{
    file.seek(0);
    qint64 position = 0;
    qint64 firstEnd = -1;
    QByteArray chunk;
    while (!(chunk = file.read(kChunk)).isEmpty()) {
        qsizetype i = 0;
        if (firstEnd < 0) {
            const qsizetype newline = chunk.indexOf('\n');
            if (newline < 0) {
                position += chunk.size();
                continue;
            }
            firstEnd = position + newline + 1;
            i = newline + 1;
        }
        for (; i < chunk.size(); ++i) {
            const char c = chunk[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return firstEnd;
            }
        }
        position += chunk.size();
    }
    return -1;
}

// Why what follows a document's records array (from `at` to the end) is more than the rest of
// that document; empty when it only closes it.
QString trailingDamage(QFile& file, qint64 at)
{
    constexpr qint64 kMaxTail = 1024 * 1024;
    const qint64 size = file.size() - at;
    if (size > kMaxTail) {
        return FileSource::tr("%1 bytes follow the records array; at most %2 may close the document.")
            .arg(size)
            .arg(kMaxTail);
    }
    file.seek(at);
    QJsonParseError error;
    const QJsonDocument rest = QJsonDocument::fromJson("{\"_\":0" + file.read(size), &error);
    if (!rest.isObject()) {
        return FileSource::tr(
                   "What follows the records array is not the rest of the document (%1); it is set "
                   "aside unread.")
            .arg(error.errorString());
    }
    return QString();
}

ParsedRecord::Rejected cut(const QString& reason, const QByteArray& raw, qint64 size)
{
    return {reason, raw.left(QuarantinedRecord::kMaxRawBytes), size};
}

// One line or record of a file, with where it was read; `preset` when it was decided without
// parsing (a line over the limit).
struct Piece
{
    QByteArray bytes;
    QString location;
    std::optional<ParsedRecord> preset;
};

// Parsing and storing overlap: while one batch is written (the SQLite connection belongs to the
// reading thread), the next is parsed on another thread. A batch is stored with the offset after
// its last piece, so the cursor never runs ahead of what is stored.
class OverlappedBatches final
{
public:
    using Parse = std::function<ParsedRecord(const QByteArray&)>;
    using Store = std::function<Status(QList<IngestPipeline::Unit>&, qint64 end)>;

    OverlappedBatches(Parse parse, Store store, qint64 start)
        : m_parse(std::move(parse))
        , m_store(std::move(store))
        , m_end(start)
        , m_inFlightEnd(start)
    {
    }
    ~OverlappedBatches()
    {
        if (m_inFlight.valid()) {
            m_inFlight.wait();
        }
    }

    void add(Piece piece, qint64 end)
    {
        m_batch.append(std::move(piece));
        m_end = end;
    }
    // Where the pieces added so far end, even when they were all blank.
    void moveTo(qint64 end) { m_end = end; }
    qsizetype size() const { return m_batch.size(); }
    bool moved(qint64 from) const { return m_end != from; }
    bool inFlight() const { return m_inFlight.valid(); }

    // The batch starts parsing; the one before it is stored meanwhile.
    Status submit()
    {
        std::future<QList<IngestPipeline::Unit>> previous = std::move(m_inFlight);
        const qint64 previousEnd = m_inFlightEnd;
        m_inFlightEnd = m_end;
        m_inFlight = std::async(
            std::launch::async,
            [parse = m_parse](QList<Piece> pieces) {
                QList<IngestPipeline::Unit> units;
                units.reserve(pieces.size());
                for (Piece& piece : pieces) {
                    units.append(
                        {piece.preset ? std::move(*piece.preset) : parse(piece.bytes), piece.location});
                }
                return units;
            },
            std::exchange(m_batch, {}));
        if (!previous.valid()) {
            return {};
        }
        QList<IngestPipeline::Unit> units = previous.get();
        return m_store(units, previousEnd);
    }
    // Stores what is being parsed, and nothing after it.
    Status storeInFlight()
    {
        if (!m_inFlight.valid()) {
            return {};
        }
        QList<IngestPipeline::Unit> units = m_inFlight.get();
        return m_store(units, m_inFlightEnd);
    }

private:
    Parse m_parse;
    Store m_store;
    QList<Piece> m_batch;
    qint64 m_end;
    std::future<QList<IngestPipeline::Unit>> m_inFlight;
    qint64 m_inFlightEnd;
};

// What a stored progress may hold, checked before it is trusted: a value that could not have been
// written (a "done" lines file that may still grow, an offset inside a line, an unknown framing)
// is damage, and damage stops the read rather than skip records or read them again.
QString progressDamage(const QJsonObject& state, const QString& path)
{
    const auto whole = [](const QJsonValue& value) {
        return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(value.toInteger());
    };
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        const QString& key = it.key();
        const QJsonValue value = it.value();
        const bool ok = (key == QStringLiteral("inode") || key == QStringLiteral("offset") ||
                         key == QStringLiteral("item"))
                            ? whole(value)
                        : key == QStringLiteral("done") || key == QStringLiteral("after_record") ||
                                key == QStringLiteral("partial_line")
                            ? value.isBool()
                        : key == QStringLiteral("framing")
                            ? (value == QStringLiteral("lines") || value == QStringLiteral("document") ||
                               value == QStringLiteral("records"))
                            : false;
        if (!ok) {
            return FileSource::tr("\"%1\" cannot be %2")
                .arg(key,
                     QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1));
        }
    }
    const QString framing = state.value(QStringLiteral("framing")).toString();
    if (state.value(QStringLiteral("done")).toBool() && framing != QStringLiteral("document") &&
        framing != QStringLiteral("records")) {
        return FileSource::tr("a file read by lines is never done: it may grow");
    }
    const qint64 offset = state.value(QStringLiteral("offset")).toInteger();
    // A finished document is not read again, wherever its last part was set aside.
    if (offset <= 0 || state.value(QStringLiteral("done")).toBool() ||
        (framing != QStringLiteral("lines") && framing != QStringLiteral("records"))) {
        return QString();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || offset > file.size()) {
        return QString(); // gone or cut short: judged where the file is read
    }
    // Progress is only ever recorded after a whole line, or after a whole record of the array.
    const qint64 back = qMin<qint64>(offset, 4096);
    if (!file.seek(offset - back)) {
        return QString();
    }
    const QByteArray around = file.read(back + 1);
    const QByteArray before = around.left(back);
    if (framing == QStringLiteral("lines")) {
        // After a newline; or at the end of a last line stored without one (at the end of the
        // file, or just before the newline that completed it later).
        // A last line read without its newline (partial_line) may have been completed since: what
        // follows it is then read as a line of its own.
        const bool atLineEnd = before.endsWith('\n') || around.size() == back || around.at(back) == '\n' ||
                               around.at(back) == '\r' ||
                               state.value(QStringLiteral("partial_line")).toBool();
        return atLineEnd ? QString() : FileSource::tr("its offset %1 is inside a line").arg(offset);
    }
    qsizetype i = before.size() - 1;
    while (i >= 0 &&
           (before.at(i) == ' ' || before.at(i) == '\n' || before.at(i) == '\r' || before.at(i) == '\t')) {
        --i;
    }
    const char last = i >= 0 ? before.at(i) : '\0';
    return last == '[' || last == ',' || last == '}' || last == ']'
               ? QString()
               : FileSource::tr("its offset %1 is inside a record").arg(offset);
}

} // namespace

FileSource::FileSource(Workspace& workspace,
                       const Connector& connector,
                       const RecordParser& parser,
                       Options options)
    : m_workspace(workspace)
    , m_parser(parser)
    , m_options(std::move(options))
    , m_pipeline(workspace, connector.id)
    , m_cursor(connector.cursor)
{
    if (m_options.fileNames.isEmpty()) {
        const QString glob = connector.settings.value(QStringLiteral("glob")).toString().trimmed();
        if (!glob.isEmpty()) {
            m_options.fileNames = glob.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
}

ParsedRecord FileSource::parseBytes(const RecordParser& parser, const QByteArray& bytes)
{
    return parser.parse(bytes);
}

QStringList FileSource::filesBelow(const QString& folder,
                                   const RecordParser& parser,
                                   const QStringList& fileNames,
                                   qint64* skipped)
{
    const auto compile = [](const QStringList& patterns) {
        QList<QRegularExpression> out;
        for (const QString& pattern : patterns) {
            out.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern)));
        }
        return out;
    };
    const QList<QRegularExpression> wanted =
        compile(fileNames.isEmpty() ? parser.fileNamePatterns() : fileNames);
    const QList<QRegularExpression> excluded = compile(parser.excludedNamePatterns());
    const auto matchesAny = [](const QList<QRegularExpression>& patterns, const QString& name) {
        return std::any_of(patterns.cbegin(), patterns.cend(), [&name](const QRegularExpression& pattern) {
            return pattern.match(name).hasMatch();
        });
    };
    const QDir root(folder);
    QStringList files;
    qint64 passed = 0;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QFileInfo(it.next()).absoluteFilePath();
        const QStringList parts = root.relativeFilePath(file).split(QLatin1Char('/'));
        const bool hidden = std::any_of(parts.cbegin(), parts.cend(), [](const QString& part) {
            return part.startsWith(QLatin1Char('.'));
        });
        const bool excludedPart = std::any_of(
            parts.cbegin(), parts.cend(), [&](const QString& part) { return matchesAny(excluded, part); });
        // An explicit choice of names (--glob) reads what it names, digests included.
        if (hidden || (fileNames.isEmpty() && excludedPart) || !matchesAny(wanted, parts.constLast())) {
            ++passed;
            continue;
        }
        files << file;
    }
    files.sort();
    if (skipped) {
        *skipped = passed;
    }
    return files;
}

Result<ParsedRecord> FileSource::sample(const QString& path,
                                        const RecordParser& parser,
                                        int maxRecords,
                                        const QStringList& fileNames)
{
    QString file = path;
    if (QFileInfo(path).isDir()) {
        const QStringList files = filesBelow(path, parser, fileNames);
        if (files.isEmpty()) {
            return Error{ErrorKind::NotFound,
                         tr("There is no %1 file in %2 (files named %3).")
                             .arg(parser.format(),
                                  path,
                                  (fileNames.isEmpty() ? parser.fileNamePatterns() : fileNames)
                                      .join(QStringLiteral(", ")))};
        }
        file = files.first();
    }
    if (!QFileInfo(file).isFile()) {
        return Error{ErrorKind::NotFound, tr("%1 does not exist.").arg(path)};
    }
    constexpr qint64 kSampleLimit = 64 * 1024 * 1024;
    ParsedRecord out;
    const auto take = [&out, maxRecords](ParsedRecord parsed) {
        for (Event& event : parsed.events) {
            if (out.events.size() + out.completions.size() + out.rejected.size() < maxRecords) {
                out.events.append(std::move(event));
            }
        }
        for (ParsedRecord::Completion& completion : parsed.completions) {
            if (out.events.size() + out.completions.size() + out.rejected.size() < maxRecords) {
                out.completions.append(std::move(completion));
            }
        }
        for (ParsedRecord::Rejected& rejected : parsed.rejected) {
            if (out.events.size() + out.completions.size() + out.rejected.size() < maxRecords) {
                out.rejected.append(std::move(rejected));
            }
        }
    };
    if (isGzip(file)) {
        auto bytes = gunzip(file, kSampleLimit);
        if (!bytes) {
            return bytes.error();
        }
        take(parser.parse(bytes.value()));
        return out;
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Storage, tr("Cannot read %1: %2").arg(file, input.errorString())};
    }
    const QByteArray first = input.readLine(4 * kChunk).trimmed();
    if ((first.startsWith('{') || first.startsWith('[')) && !isJsonLine(first)) {
        if (input.size() > kSampleLimit) {
            return Error{ErrorKind::Invalid,
                         tr("%1 is one JSON document of more than %2 bytes.").arg(file).arg(kSampleLimit)};
        }
        input.seek(0);
        take(parser.parse(input.readAll()));
        return out;
    }
    QByteArray line = first;
    int lines = 0;
    while (lines < maxRecords) {
        if (!line.isEmpty()) {
            take(parser.parse(line));
            ++lines;
        }
        if (input.atEnd()) {
            break;
        }
        line = input.readLine(4 * kChunk).trimmed();
    }
    return out;
}

Result<IngestCounts> FileSource::ingest(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorKind::NotFound, tr("%1 does not exist.").arg(path)};
    }
    if (!info.isDir()) {
        return ingestFile(info.absoluteFilePath(), std::nullopt);
    }
    const QStringList files = filesBelow(path, m_parser, m_options.fileNames, &m_skipped);
    for (const QString& file : std::as_const(files)) {
        if (stopping()) {
            break;
        }
        if (auto done = ingestFile(file, std::nullopt); !done) {
            return done.error();
        }
    }
    return m_total;
}

// The file in the same folder that now has this inode: where a rotated file went.
QString FileSource::findByInode(const QString& near, qint64 inode) const
{
    if (inode == 0) {
        return QString();
    }
    const QFileInfo info(near);
    const QStringList siblings = info.dir().entryList(QDir::Files | QDir::Readable);
    for (const QString& name : siblings) {
        const QString candidate = info.dir().absoluteFilePath(name);
        if (candidate != info.absoluteFilePath() && inodeOf(candidate) == inode) {
            return candidate;
        }
    }
    return QString();
}

Result<IngestCounts> FileSource::follow(const QString& path, int intervalMs)
{
    m_following = true;
    while (!stopping()) {
        if (auto done = ingest(path); !done) {
            return done.error();
        }
        // Sleep in short steps, so a stop is noticed at once.
        for (int waited = 0; waited < intervalMs && !stopping(); waited += 50) {
            QThread::msleep(50);
        }
    }
    return m_total;
}

Result<IngestCounts> FileSource::ingestFile(const QString& path, const std::optional<QJsonObject>& adopted)
{
    ConnectorRepository& connectors = m_workspace.connectors();
    const qint64 connectorId = m_pipeline.connectorId();
    auto known = adopted ? Result<QJsonObject>(*adopted) : connectors.fileState(connectorId, path);
    if (!known && known.error().kind != ErrorKind::NotFound) {
        return known.error();
    }
    QJsonObject state = known ? known.value() : QJsonObject();
    if (const QString damage = progressDamage(state, path); !damage.isEmpty()) {
        return Error{
            ErrorKind::Storage,
            tr("The progress recorded for %1 is damaged: %2. Nothing was read; remove the connector's "
               "progress for the file to read it again from the start (its records are then counted "
               "as duplicates).")
                .arg(path, damage)};
    }
    const qint64 inode = inodeOf(path);
    const qint64 recorded = state.value(QStringLiteral("inode")).toInteger();
    if (recorded != 0 && recorded != inode && !state.value(QStringLiteral("done")).toBool()) {
        // The file being read was rotated away (renamed, with a new one in its place): finish the
        // old one where it went first, from where it stopped, so its last lines are not lost.
        const QString moved = findByInode(path, recorded);
        if (!moved.isEmpty()) {
            auto there = connectors.fileState(connectorId, moved);
            if (!there && there.error().kind != ErrorKind::NotFound) {
                return there.error();
            }
            if (!there || there->value(QStringLiteral("inode")).toInteger() != recorded) {
                if (auto done = ingestFile(moved, state); !done) {
                    return done.error();
                }
            }
        }
    }
    const qint64 size = QFileInfo(path).size();
    // Another file under the same name (rotated or replaced), or one cut short: from the top, unless
    // it is a file already read under another name (a rotated one, found in a folder).
    if (state.value(QStringLiteral("inode")).toInteger() != inode ||
        state.value(QStringLiteral("offset")).toInteger() > size) {
        state = QJsonObject{{QStringLiteral("inode"), inode}};
        auto same = connectors.filesWithInode(connectorId, inode);
        if (!same) {
            return same.error();
        }
        for (const auto& [other, otherState] : std::as_const(same.value())) {
            if (other != path && inodeOf(other) != inode &&
                otherState.value(QStringLiteral("offset")).toInteger() <= size) {
                state = otherState;
                break;
            }
        }
    }
    if (state.value(QStringLiteral("done")).toBool()) {
        return m_total;
    }
    QString framing = state.value(QStringLiteral("framing")).toString();
    if (framing.isEmpty() && !m_parser.recordsKey().empty() && !isGzip(path)) {
        // A document whose records sit in one array ({"Records": [...]}) on one line, as CloudTrail
        // writes a whole log file, or one over the document limit, is read record by record.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{ErrorKind::Storage, tr("Cannot read %1: %2").arg(path, file.errorString())};
        }
        const QByteArray head = file.read(64 * 1024);
        const QByteArrayView key(m_parser.recordsKey().data(), qsizetype(m_parser.recordsKey().size()));
        const auto start = RecordsScanner::arrayStart(head, key);
        // One document on one line is read record by record. Several lines whose first is a whole
        // document (or longer than a pretty-printed document's first line can be) are JSON lines,
        // each line its own {"Records": [...]}: read as lines, so that no line after the first is
        // skipped. A pretty-printed document within the document limit is still parsed whole, so
        // that a broken one waits in quarantine as one record that can be corrected and read again.
        const qint64 second = start ? secondLineAt(file) : -1;
        const bool oneLine = second < 0;
        const bool jsonLines = !oneLine && (second > head.size() || isJsonLine(head.left(second).trimmed()));
        if (jsonLines) {
            framing = QStringLiteral("lines");
            state.insert(QStringLiteral("framing"), framing);
        } else if (start && (oneLine || file.size() > m_options.maxDocumentBytes)) {
            framing = QStringLiteral("records");
            state.insert(QStringLiteral("framing"), framing);
            state.insert(QStringLiteral("offset"), qint64(*start));
        }
    }
    if (framing.isEmpty()) {
        if (isGzip(path)) {
            framing = QStringLiteral("document");
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error{ErrorKind::Storage, tr("Cannot read %1: %2").arg(path, file.errorString())};
            }
            // A first line that is a JSON value on its own means JSON lines; a complete first line that
            // opens one but does not close it (a lone "{") means one pretty-printed document; a first
            // line that is not JSON at all is a bad line among lines. A first line longer than the
            // look-ahead is read as a line, where its length is bounded.
            const QByteArray first = file.readLine(qMin<qint64>(m_options.maxLineBytes, 4 * kChunk));
            const QByteArray head = first.trimmed();
            const bool opens = head.startsWith('{') || head.startsWith('[');
            const bool document = first.endsWith('\n') && opens && !isJsonLine(head);
            framing = document ? QStringLiteral("document") : QStringLiteral("lines");
        }
        state.insert(QStringLiteral("framing"), framing);
    }
    if (framing == QStringLiteral("records")) {
        return ingestRecords(path, state);
    }
    return framing == QStringLiteral("document") ? ingestDocument(path, state) : ingestLines(path, state);
}

Result<IngestCounts>
FileSource::commit(QList<IngestPipeline::Unit>& units, const QString& path, const QJsonObject& state)
{
    // Only this file's row changes: a commit costs the same with one file read or a hundred thousand.
    auto counts = m_pipeline.commit(units, m_cursor, [&] {
        return m_workspace.connectors().setFileState(
            m_pipeline.connectorId(), path, state.value(QStringLiteral("inode")).toInteger(), state);
    });
    units.clear();
    if (!counts) {
        return counts.error();
    }
    m_total += counts.value();
    if (m_options.progress) {
        m_options.progress(m_total);
    }
    return m_total;
}

Result<IngestCounts> FileSource::ingestLines(const QString& path, QJsonObject state)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Storage, tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    const qint64 offset = state.value(QStringLiteral("offset")).toInteger();
    if (!file.seek(offset)) {
        return Error{ErrorKind::Storage, tr("Cannot seek in %1: %2").arg(path, file.errorString())};
    }
    const RecordParser& parser = m_parser;
    qint64 unterminatedEnd = -1; // where a last line read without its newline ends
    OverlappedBatches batches([&parser](const QByteArray& bytes) { return parser.parse(bytes); },
                              [&](QList<IngestPipeline::Unit>& units, qint64 end) -> Status {
                                  state.insert(QStringLiteral("offset"), end);
                                  if (end == unterminatedEnd) {
                                      state.insert(QStringLiteral("partial_line"), true);
                                  } else {
                                      state.remove(QStringLiteral("partial_line"));
                                  }
                                  auto done = commit(units, path, state);
                                  return done ? Status() : Status(done.error());
                              },
                              offset);

    QByteArray pending;     // the line being read, up to maxLineBytes
    qint64 pendingSize = 0; // its full size, which may exceed what is kept
    qint64 lineStart = offset;
    qint64 position = offset;
    const auto flushLine = [&](qint64 end) {
        const QString location = QStringLiteral("%1:%2").arg(path).arg(lineStart);
        if (pendingSize > m_options.maxLineBytes) {
            ParsedRecord parsed;
            parsed.rejected.append(cut(tr("The line is %1 bytes long; at most %2 are read.")
                                           .arg(pendingSize)
                                           .arg(m_options.maxLineBytes),
                                       pending,
                                       pendingSize));
            batches.add({QByteArray(), location, std::move(parsed)}, end);
        } else if (!pending.trimmed().isEmpty()) {
            batches.add({pending.endsWith('\r') ? pending.chopped(1) : pending, location, std::nullopt}, end);
        } else {
            batches.moveTo(end);
        }
        pending.clear();
        pendingSize = 0;
        lineStart = end;
    };
    bool stopped = false;
    while (!stopped) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty()) {
            break;
        }
        qsizetype from = 0;
        while (from < chunk.size()) {
            const qsizetype newline = chunk.indexOf('\n', from);
            const qsizetype end = newline < 0 ? chunk.size() : newline;
            const qsizetype take = end - from;
            if (pending.size() <= m_options.maxLineBytes) {
                pending.append(chunk.constData() + from,
                               qMin<qint64>(take, m_options.maxLineBytes + 1 - pending.size()));
            }
            pendingSize += take;
            position += take;
            if (newline < 0) {
                break;
            }
            position += 1;
            from = newline + 1;
            flushLine(position);
            if (batches.size() >= m_options.batchRecords) {
                if (const Status s = batches.submit(); !s) {
                    return s.error();
                }
                if (stopping()) {
                    stopped = true;
                    break;
                }
            }
        }
    }
    if (stopped) {
        // What was read ahead is parsed already; store it too, then stop.
        if (const Status s = batches.storeInFlight(); !s) {
            return s.error();
        }
        return m_total;
    }
    // A last line without its newline is complete when the file is read in one go. A followed file
    // may be in the middle of writing it: it waits for its newline, or for a pass that finds the
    // file as it was, and is then read from its start.
    if (pendingSize > 0) {
        const auto seen = m_unterminated.constFind(path);
        const bool unchanged = seen != m_unterminated.cend() && seen->first == position;
        if (!m_following || (unchanged && seen->second.elapsed() >= kUnterminatedWaitMs)) {
            unterminatedEnd = position;
            flushLine(position);
            m_unterminated.remove(path);
        } else if (!unchanged) {
            QElapsedTimer since;
            since.start();
            m_unterminated.insert(path, {position, since});
        }
    }
    // The last lines, or only blank ones that still move the cursor.
    if (batches.size() > 0 || (batches.moved(offset) && !batches.inFlight())) {
        if (const Status s = batches.submit(); !s) {
            return s.error();
        }
    }
    if (const Status s = batches.storeInFlight(); !s) {
        return s.error();
    }
    return m_total;
}

Result<IngestCounts> FileSource::ingestRecords(const QString& path, QJsonObject state)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Storage, tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    const qint64 offset = state.value(QStringLiteral("offset")).toInteger();
    if (!file.seek(offset)) {
        return Error{ErrorKind::Storage, tr("Cannot seek in %1: %2").arg(path, file.errorString())};
    }
    const RecordParser& parser = m_parser;
    bool finished = false;
    OverlappedBatches batches([&parser](const QByteArray& bytes) { return parser.parseElement(bytes); },
                              [&](QList<IngestPipeline::Unit>& units, qint64 end) -> Status {
                                  state.insert(QStringLiteral("offset"), end);
                                  state.insert(QStringLiteral("after_record"), true);
                                  if (finished && end == file.size()) {
                                      state.insert(QStringLiteral("done"), true);
                                  }
                                  auto done = commit(units, path, state);
                                  return done ? Status() : Status(done.error());
                              },
                              offset);

    RecordsScanner scanner(state.value(QStringLiteral("after_record")).toBool());
    QByteArray pending;     // the record being read, up to maxLineBytes
    qint64 pendingSize = 0; // its full size, which may exceed what is kept
    qint64 recordStart = offset;
    qint64 position = offset; // of the chunk's first byte
    const auto keep = [&](const char* data, qsizetype size) {
        if (pending.size() <= m_options.maxLineBytes) {
            pending.append(data, qMin<qint64>(size, m_options.maxLineBytes + 1 - pending.size()));
        }
        pendingSize += size;
    };
    const auto flushRecord = [&](qint64 end) {
        const QString location = QStringLiteral("%1:%2").arg(path).arg(recordStart);
        if (pendingSize > m_options.maxLineBytes) {
            ParsedRecord parsed;
            parsed.rejected.append(cut(tr("The record is %1 bytes long; at most %2 are read.")
                                           .arg(pendingSize)
                                           .arg(m_options.maxLineBytes),
                                       pending,
                                       pendingSize));
            batches.add({QByteArray(), location, std::move(parsed)}, end);
        } else {
            batches.add({pending, location, std::nullopt}, end);
        }
        pending.clear();
        pendingSize = 0;
    };
    // What cannot be read as records from `at` on is quarantined once, and the file is done.
    const auto rejectRest = [&](qint64 at, const QString& reason) {
        file.seek(at);
        ParsedRecord parsed;
        parsed.rejected.append(cut(reason, file.read(QuarantinedRecord::kMaxRawBytes), file.size() - at));
        batches.add({QByteArray(), QStringLiteral("%1:%2").arg(path).arg(at), std::move(parsed)},
                    file.size());
        finished = true;
    };
    bool stopped = false;
    while (!stopped && !finished) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty()) {
            break;
        }
        qsizetype from = 0;
        while (from < chunk.size() && !finished) {
            const RecordsScanner::Step step = scanner.scan(chunk.constData(), from, chunk.size());
            switch (step.found) {
            case RecordsScanner::Found::NeedMore:
                // Between records the cursor stays after the last one: a resumed scan reads the
                // comma that follows it again.
                if (scanner.inRecord()) {
                    keep(chunk.constData() + from, chunk.size() - from);
                }
                from = chunk.size();
                break;
            case RecordsScanner::Found::RecordStarts:
                recordStart = position + step.index;
                from = step.index;
                break;
            case RecordsScanner::Found::RecordEnds:
                keep(chunk.constData() + from, step.index - from);
                from = step.index;
                flushRecord(position + step.index);
                break;
            case RecordsScanner::Found::ArrayEnds:
                // What follows the array closes the document, perhaps after more of its members
                // (kubectl writes "kind" and "metadata" after "items"). Anything else, such as a
                // second document on the same line, is set aside and counted, never skipped.
                if (const QString why = trailingDamage(file, position + step.index); why.isEmpty()) {
                    batches.moveTo(file.size());
                    finished = true;
                } else {
                    rejectRest(position + step.index, why);
                }
                break;
            case RecordsScanner::Found::Malformed:
                rejectRest(position + step.index,
                           tr("The \"%1\" array is not well formed at byte %2; the rest of the file is set "
                              "aside.")
                               .arg(QString::fromLatin1(parser.recordsKey().data(),
                                                        qsizetype(parser.recordsKey().size())))
                               .arg(position + step.index));
                break;
            }
            if (batches.size() >= m_options.batchRecords) {
                if (const Status s = batches.submit(); !s) {
                    return s.error();
                }
                if (stopping()) {
                    stopped = true;
                    break;
                }
            }
        }
        position += chunk.size();
    }
    if (stopped) {
        if (const Status s = batches.storeInFlight(); !s) {
            return s.error();
        }
        return m_total;
    }
    if (!finished && !m_following) {
        // Read in one go, a document that ends before its array does was cut short: its last
        // record is set aside with the reason. A followed file may still be being written.
        const qint64 at = scanner.inRecord() ? recordStart : position;
        rejectRest(
            at,
            tr("The file ends inside its \"%1\" array; it was cut short.")
                .arg(QString::fromLatin1(parser.recordsKey().data(), qsizetype(parser.recordsKey().size()))));
    }
    if (batches.size() > 0 || (batches.moved(offset) && !batches.inFlight()) || finished) {
        if (const Status s = batches.submit(); !s) {
            return s.error();
        }
    }
    if (const Status s = batches.storeInFlight(); !s) {
        return s.error();
    }
    return m_total;
}

Result<IngestCounts> FileSource::ingestDocument(const QString& path, QJsonObject state)
{
    const qint64 size = QFileInfo(path).size();
    QByteArray bytes;
    QList<IngestPipeline::Unit> units;
    const QString location = path;
    if (isGzip(path)) {
        auto inflated = gunzip(path, m_options.maxDocumentBytes);
        if (!inflated) {
            ParsedRecord parsed;
            parsed.rejected.append({inflated.error().message, QByteArray(), size});
            units.append({std::move(parsed), location});
        } else {
            bytes = std::move(inflated).value();
        }
    } else if (size > m_options.maxDocumentBytes) {
        QFile file(path);
        ParsedRecord parsed;
        parsed.rejected.append(
            cut(tr("The file is %1 bytes; a JSON document is read up to %2.")
                    .arg(size)
                    .arg(m_options.maxDocumentBytes),
                file.open(QIODevice::ReadOnly) ? file.read(QuarantinedRecord::kMaxRawBytes) : QByteArray(),
                size));
        units.append({std::move(parsed), location});
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{ErrorKind::Storage, tr("Cannot read %1: %2").arg(path, file.errorString())};
        }
        bytes = file.readAll();
    }
    if (units.isEmpty()) {
        units.append({parseBytes(m_parser, bytes), location});
    }
    // The document's outputs go in slices; the cursor counts how many are stored, so a restart
    // skips exactly those.
    ParsedRecord all = std::move(units.first().parsed);
    units.clear();
    const qint64 skip = state.value(QStringLiteral("item")).toInteger();
    qint64 item = 0;
    ParsedRecord slice;
    const auto flush = [&](bool last) -> Status {
        if (!last &&
            slice.events.size() + slice.completions.size() + slice.rejected.size() < m_options.batchRecords) {
            return {};
        }
        state.insert(QStringLiteral("item"), item);
        if (last) {
            state.insert(QStringLiteral("offset"), size);
            state.insert(QStringLiteral("done"), true);
        }
        units.append({std::move(slice), location});
        slice = ParsedRecord();
        auto done = commit(units, path, state);
        return done ? Status() : Status(done.error());
    };
    for (Event& event : all.events) {
        if (item++ < skip) {
            continue;
        }
        slice.events.append(std::move(event));
        if (const Status s = flush(false); !s) {
            return s.error();
        }
        if (stopping() && slice.events.isEmpty()) {
            return m_total;
        }
    }
    for (ParsedRecord::Completion& completion : all.completions) {
        if (item++ < skip) {
            continue;
        }
        slice.completions.append(std::move(completion));
        if (const Status s = flush(false); !s) {
            return s.error();
        }
    }
    for (ParsedRecord::Rejected& rejected : all.rejected) {
        if (item++ < skip) {
            continue;
        }
        slice.rejected.append(std::move(rejected));
        if (const Status s = flush(false); !s) {
            return s.error();
        }
    }
    if (const Status s = flush(true); !s) {
        return s.error();
    }
    return m_total;
}

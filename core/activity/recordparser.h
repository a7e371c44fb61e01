// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/connector.h"
#include "model/event.h"
#include "model/isotime.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <string_view>

// What one input record (a JSON document: a line, a file, a request body) yields: events, and the
// parts of it that could not be used, each with its reason and its own bytes.
struct ParsedRecord
{
    struct Rejected
    {
        QString reason;
        QByteArray raw;  // at most QuarantinedRecord::kMaxRawBytes are kept
        qint64 size = 0; // the record's full size when raw holds only its start
    };
    // The answer to a call recorded earlier (an MCP response to its request): it settles that
    // event's outcome rather than being an event of its own.
    struct Completion
    {
        QString source;
        QString nativeId; // the call's, as its request recorded it
        EventOutcome outcome = EventOutcome::Unknown;
        QByteArray raw;       // the answer as received, kept beside the call's own record
        QString unmatchedWhy; // the quarantine's reason when no such call is stored
        // An answer that does not end the call (it asks for input, or the call runs on as a task):
        // kept with the call, whose outcome stays open.
        bool interim = false;
    };
    QList<Event> events;
    QList<Completion> completions;
    QList<Rejected> rejected;

    // The whole record set aside: its start kept (up to the quarantine's limit), its size noted.
    void rejectWhole(const QString& reason, const QByteArray& bytes)
    {
        rejected.append({reason, bytes.left(QuarantinedRecord::kMaxRawBytes), bytes.size()});
    }
};

// Turns one backend's records into events. Pure and stateless, so that one parser serves any
// number of files and threads, and a fuzzer can drive it.
class RecordParser
{
    Q_DECLARE_TR_FUNCTIONS(RecordParser)

public:
    virtual ~RecordParser() = default;
    virtual QString format() const = 0;
    // One record's bytes; anything that is not valid JSON comes back rejected with its reason.
    virtual ParsedRecord parse(const QByteArray& bytes) const = 0;

    // The key of the one array that holds a document's records ("Records" for CloudTrail), when
    // the format writes documents so: a file source then reads such a document record by record,
    // in bounded memory, whatever its size or layout. Empty: documents are parsed whole.
    virtual std::string_view recordsKey() const { return {}; }
    // One element of that array.
    virtual ParsedRecord parseElement(const QByteArray& bytes) const { return parse(bytes); }

    // Which files of a folder are this format's, by name (wildcards: *.json.gz), and which to pass
    // over even so (matched against each folder and the file's name: CloudTrail's digests). A
    // README or a YAML file beside the logs is not read as records.
    virtual QStringList fileNamePatterns() const;
    virtual QStringList excludedNamePatterns() const { return {}; }

    // cloudtrail, k8s, otlp, ...; nullptr for an unknown name, or for jsonl, which needs a mapping.
    static std::unique_ptr<RecordParser> forFormat(const QString& format);
    // The parser a connector's settings describe: the Kubernetes cluster's name, the JSON lines
    // mapping, an HTTP poller's record format. The error says what is wrong with the settings.
    static Result<std::unique_ptr<RecordParser>> forConnector(const QString& kind,
                                                              const QJsonObject& settings);
    static QStringList formats();
    // What a connector can be: a format read from files, or an HTTP poller of records in one.
    static QStringList connectorKinds();

    static constexpr qint64 kLastSecond = IsoTime::kLastSecond;
    // RFC 3339 with a zone, to nanoseconds; 0 when it is not one, or not before 2262 (IsoTime's).
    static qint64 nanosFromIso(const QString& text);
};

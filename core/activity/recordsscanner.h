// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>

#include <optional>

// Finds the records of a document shaped {"KEY": [record, record, ...]} in its bytes as they are
// read, a chunk at a time. CloudTrail writes a log file as one such document, often on one line
// and tens of megabytes long: scanned this way it is read in memory bounded by its largest record,
// and a cursor can stop and resume between any two records by byte offset.
//
// The scanner only finds where each record starts and ends (strings, escapes and nesting
// respected); each record is then parsed, and so validated, on its own.
class RecordsScanner final
{
public:
    // Just past the `[` that opens the array, when the head of a document is an object whose
    // member KEY is an array, after any other members (any JSON whitespace between); nothing when
    // it is not, or when the head is too short to tell.
    static std::optional<qsizetype> arrayStart(QByteArrayView head, QByteArrayView key);

    // Scanning starts just after the `[`, or, resuming, just after a record.
    explicit RecordsScanner(bool afterRecord = false)
        : m_sawRecord(afterRecord)
    {
    }

    enum class Found
    {
        NeedMore,     // the chunk ended: feed the next one
        RecordStarts, // `index` is the record's first byte
        RecordEnds,   // `index` is just past the record's last byte
        ArrayEnds,    // `index` is just past the closing `]`
        Malformed,    // `index` is the byte that cannot be here
    };
    struct Step
    {
        Found found = Found::NeedMore;
        qsizetype index = 0;
    };

    // Scans data[from, size) from where the last call stopped; call again from `index` after a
    // step that found something. Starts between records, as just after the `[` or a record.
    Step scan(const char* data, qsizetype from, qsizetype size);

    bool inRecord() const { return m_state == State::InRecord; }

private:
    enum class State
    {
        Between, // before a record, or after one and before its comma
        AfterComma,
        InRecord,
        Done,
    };
    State m_state = State::Between;
    bool m_sawRecord = false; // a comma needs a record before it
    int m_depth = 0;          // of objects and arrays inside the record
    bool m_inString = false;
    bool m_escaped = false;
    bool m_scalar = false; // the record is a number, literal or string, not an object or array
};

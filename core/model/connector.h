// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What became of the records a connector read. Always read = stored + duplicates + quarantined:
// nothing is dropped without a trace.
struct IngestCounts
{
    qint64 read = 0;
    qint64 stored = 0;  // new events
    qint64 answers = 0; // answers to calls stored before (MCP responses), kept with their call
    qint64 duplicates = 0;
    qint64 quarantined = 0;

    IngestCounts& operator+=(const IngestCounts& other)
    {
        read += other.read;
        stored += other.stored;
        answers += other.answers;
        duplicates += other.duplicates;
        quarantined += other.quarantined;
        return *this;
    }
    bool balanced() const { return read == stored + answers + duplicates + quarantined; }
};

// A configured backend source: its format, settings, where it got to, and what it has done.
struct Connector
{
    qint64 id = 0;
    QString name;
    QString kind; // the format: cloudtrail, k8s, otlp, ...
    QJsonObject settings;
    bool enabled = true;
    QJsonObject cursor; // where the next read starts: file, inode and offset; or an HTTP cursor
    IngestCounts counts;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A record that could not be parsed or mapped, kept with its reason (and at most kMaxRawBytes of
// it) until a fixed mapping ingests it again.
struct QuarantinedRecord
{
    static constexpr qsizetype kMaxRawBytes = 256 * 1024;

    qint64 id = 0;
    qint64 connectorId = 0;
    QDateTime receivedAt;
    QString location; // file and byte offset, or the request that carried it
    QString reason;
    QByteArray raw;
    qint64 rawSize = 0; // the record's full size, when raw was cut
    QDateTime reingestedAt;
    QDateTime dismissedAt; // set aside for good by someone, with their reason
    QString dismissedBy;
    QString dismissReason;

    bool pending() const { return !reingestedAt.isValid() && !dismissedAt.isValid(); }
};

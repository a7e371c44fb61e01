// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inventory/agentnames.h"
#include "model/event.h"
#include "model/eventquery.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

class AgentRepository;
class EventRepository;
class QIODevice;

// Writes the events a query selects, newest first, as CSV, as JSON lines, or as OCSF API Activity
// (class 6003) events one per line, for SIEMs and data lakes that speak OCSF. The store is read a
// page at a time, so an export of millions of events holds one page in memory.
class EventExporter final
{
    Q_DECLARE_TR_FUNCTIONS(EventExporter)

public:
    enum class Format
    {
        Csv,
        JsonLines,
        Ocsf
    };
    static std::optional<Format> formatFromName(const QString& name); // csv, jsonl, ocsf
    static QStringList formatNames();
    static QString fileSuffix(Format format);

    struct Options
    {
        qint64 limit = 0;                             // 0: every event the query selects
        std::function<bool()> stop;                   // checked between pages
        std::function<void(qint64 written)> progress; // after each page
    };

    // Reads events page by page and names their agents; nothing else of the workspace.
    EventExporter(const EventRepository& events, const AgentRepository& agents, Format format);

    // How many events were written. The device is left open; a stop ends after a whole page.
    Result<qint64> write(const EventQuery& query, QIODevice& out, const Options& options);

    // One event in each format (the agent's name is given, as the store keeps only its id).
    static QJsonObject json(const Event& event, const QString& agentName);
    static QJsonObject ocsf(const Event& event, const QString& agentName);
    static QByteArray csvHeader();
    static QByteArray csvRow(const Event& event, const QString& agentName);
    // RFC 3339 in UTC with all nine digits of the nanoseconds (IsoTime's).
    static QString isoNanos(qint64 ns);

private:
    const EventRepository& m_events;
    Format m_format;
    AgentNames m_agentNames;
};

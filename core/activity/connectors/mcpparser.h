// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/jsonreader.h"
#include "activity/recordparser.h"

// MCP traffic as a gateway or proxy logs it: one JSON-RPC message per line, inside an envelope that
// says when it passed, between which client and which server, and in which session:
//   {"time": "...", "session": "...", "client": {"id": "..."}, "server": "weather",
//    "direction": "client_to_server", "message": {"jsonrpc": "2.0", ...}}
// (common spellings of each field are accepted, and a message may carry them at its own top level).
// A request becomes an event whose outcome is unknown until its response arrives; the response,
// paired by session, direction and id, settles it, even in a later file or run, because the pairing
// happens in the store and needs no state kept between lines.
class McpParser final : public RecordParser
{
    Q_DECLARE_TR_FUNCTIONS(McpParser)

public:
    QString format() const override { return QStringLiteral("mcp"); }
    ParsedRecord parse(const QByteArray& bytes) const override;

private:
    // A notification other than a cancellation, as an event (direction: as recorded, if it was).
    Event notification(JsonReader::Object envelope,
                       JsonReader::Object message,
                       std::string_view method,
                       const QString& server,
                       const QString& session,
                       qint64 time,
                       std::optional<int> recordedDirection,
                       const QByteArray& raw) const;
    void parseMessage(JsonReader::Object envelope,
                      JsonReader::Element message,
                      const QByteArray& raw,
                      ParsedRecord& out) const;
};

// SPDX-License-Identifier: Apache-2.0
#include "mcpparser.h"

#include <QCryptographicHash>
#include <QUrl>

namespace {

enum class Direction
{
    ToServer,
    ToClient
};

// The first of several spellings present as a string, or an object's id (or name).
QString firstText(JsonReader::Object object, std::initializer_list<std::string_view> keys)
{
    for (std::string_view key : keys) {
        JsonReader::Element value;
        if (object[key].get(value) != simdjson::SUCCESS) {
            continue;
        }
        std::string_view text;
        if (value.get(text) == simdjson::SUCCESS && !text.empty()) {
            return JsonReader::string(text);
        }
        JsonReader::Object inner;
        if (value.get(inner) == simdjson::SUCCESS) {
            for (std::string_view field : {"spiffe_id", "spiffeId", "id", "sub", "name"}) {
                if (const QString found = JsonReader::text(inner, field); !found.isEmpty()) {
                    return found;
                }
            }
        }
    }
    return QString();
}

qint64 timeOf(JsonReader::Object envelope)
{
    for (std::string_view key : {"time", "timestamp", "ts", "@timestamp"}) {
        JsonReader::Element value;
        if (envelope[key].get(value) == simdjson::SUCCESS) {
            return JsonReader::timeNanos(value);
        }
    }
    return 0;
}

std::optional<Direction> directionOf(JsonReader::Object envelope)
{
    const QString text = firstText(envelope, {"direction", "dir", "flow"}).toLower();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    static const QStringList toServer = {QStringLiteral("c2s"),
                                         QStringLiteral("client_to_server"),
                                         QStringLiteral("client->server"),
                                         QStringLiteral("to_server"),
                                         QStringLiteral("inbound"),
                                         QStringLiteral("request")};
    static const QStringList toClient = {QStringLiteral("s2c"),
                                         QStringLiteral("server_to_client"),
                                         QStringLiteral("server->client"),
                                         QStringLiteral("to_client"),
                                         QStringLiteral("outbound"),
                                         QStringLiteral("response")};
    if (toServer.contains(text)) {
        return Direction::ToServer;
    }
    if (toClient.contains(text)) {
        return Direction::ToClient;
    }
    return std::nullopt;
}

// Requests a server sends to its client; everything else a client sends.
bool serverAsks(std::string_view method)
{
    return method == "sampling/createMessage" || method == "elicitation/create" || method == "roots/list";
}

QString actionFor(std::string_view method)
{
    if (method == "tools/call") {
        return QStringLiteral("execute");
    }
    if (method == "resources/read" || method == "prompts/get" || method == "completion/complete" ||
        method == "tasks/get" || method == "tasks/result") {
        return QStringLiteral("read");
    }
    if (method.size() > 5 && method.substr(method.size() - 5) == "/list") {
        return QStringLiteral("list");
    }
    if (method == "initialize" || method == "ping") {
        return QStringLiteral("connect");
    }
    if (method == "resources/subscribe" || method == "resources/unsubscribe") {
        return QStringLiteral("subscribe");
    }
    if (method == "logging/setLevel") {
        return QStringLiteral("admin");
    }
    if (method == "sampling/createMessage") {
        return QStringLiteral("sample");
    }
    if (method == "elicitation/create") {
        return QStringLiteral("elicit");
    }
    // Methods of newer revisions, and ones no revision has yet, by what their names say: a verb,
    // never the raw method (which stays the native action).
    const auto endsWith = [method](std::string_view suffix) {
        return method.size() >= suffix.size() && method.substr(method.size() - suffix.size()) == suffix;
    };
    if (endsWith("/discover")) {
        return QStringLiteral("list");
    }
    if (endsWith("/listen") || endsWith("/subscribe") || endsWith("/unsubscribe")) {
        return QStringLiteral("subscribe");
    }
    if (endsWith("/get") || endsWith("/read") || endsWith("/result")) {
        return QStringLiteral("read");
    }
    if (endsWith("/create")) {
        return QStringLiteral("create");
    }
    if (endsWith("/delete") || endsWith("/cancel")) {
        return QStringLiteral("delete");
    }
    if (endsWith("/update") || endsWith("/set") || endsWith("/setLevel")) {
        return QStringLiteral("write");
    }
    return QStringLiteral("execute");
}

// A JSON-RPC id, typed, so that "1" and 1 stay different ids.
QString idText(JsonReader::Element id)
{
    std::string_view text;
    if (id.get(text) == simdjson::SUCCESS) {
        return QStringLiteral("s:") + JsonReader::string(text);
    }
    int64_t number = 0;
    if (id.get(number) == simdjson::SUCCESS) {
        return QStringLiteral("n:") + QString::number(number);
    }
    return QString();
}

QString callId(const QString& server, const QString& session, Direction asked, const QString& id)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(server, session, asked == Direction::ToServer ? QStringLiteral("c") : QStringLiteral("s"), id);
}

// Who speaks first in a notification with no direction recorded: the client announces that it is
// ready and that its roots changed; everything else comes from the server.
bool clientNotifies(std::string_view method)
{
    return method == "notifications/initialized" || method == "notifications/roots/list_changed";
}

// The client a request names in its params: clientInfo on initialize, or the _meta entry of
// newer revisions, which carry it on every request.
QString clientFromParams(const std::optional<JsonReader::Object>& params)
{
    if (!params) {
        return QString();
    }
    if (const auto meta = JsonReader::object(*params, "_meta")) {
        for (std::string_view key : {"io.modelcontextprotocol/clientInfo", "clientInfo"}) {
            if (const auto info = JsonReader::object(*meta, key)) {
                if (const QString name = JsonReader::text(*info, "name"); !name.isEmpty()) {
                    return name;
                }
            }
        }
    }
    if (const auto info = JsonReader::object(*params, "clientInfo")) {
        return JsonReader::text(*info, "name");
    }
    return QString();
}

// Who sent a message: the client the envelope or the params name (an MCP client that calls tools
// is an agent, so an unknown one becomes a shadow agent), or the server.
void attribute(Event& event,
               JsonReader::Object envelope,
               const std::optional<JsonReader::Object>& params,
               Direction from,
               const QString& server)
{
    if (from == Direction::ToClient) {
        event.principal = QStringLiteral("mcp-server:") + server;
        return;
    }
    event.principal =
        firstText(envelope, {"client", "client_id", "clientId", "principal", "agent_id", "agent", "user"});
    if (event.principal.isEmpty()) {
        event.principal = clientFromParams(params);
    }
    if (event.principal.isEmpty()) {
        event.principal = McpParser::tr("unidentified MCP client");
        return;
    }
    event.principalKind = PrincipalKind::OtelAgentId;
    event.principalValue = event.principal;
    event.actorType = ActorType::Agent;
}

// What an error says about why a call failed: a refusal by policy is "denied", anything else failed.
EventOutcome errorOutcome(JsonReader::Object error)
{
    const QString message = JsonReader::text(error, "message").toLower();
    for (const char* word : {"denied", "forbidden", "not authorized", "unauthorized", "not permitted"}) {
        if (message.contains(QLatin1String(word))) {
            return EventOutcome::Denied;
        }
    }
    return EventOutcome::Failure;
}

} // namespace

ParsedRecord McpParser::parse(const QByteArray& bytes) const
{
    ParsedRecord parsed;
    auto document = JsonReader::parse(bytes);
    if (!document) {
        parsed.rejectWhole(document.error().message, bytes);
        return parsed;
    }
    JsonReader::Object envelope;
    if (document->get(envelope) != simdjson::SUCCESS) {
        parsed.rejectWhole(tr("An MCP traffic record is a JSON object."), bytes);
        return parsed;
    }
    // The message inside its envelope, or the record itself when the gateway merged the two.
    JsonReader::Element message;
    bool found = false;
    for (std::string_view key : {"message", "payload", "body", "msg"}) {
        if (envelope[key].get(message) == simdjson::SUCCESS) {
            found = true;
            break;
        }
    }
    if (!found && envelope["jsonrpc"].error() == simdjson::SUCCESS) {
        message = document.value();
        found = true;
    }
    if (!found) {
        parsed.rejectWhole(tr("No JSON-RPC message in the record (looked for message, payload and body)."),
                           bytes);
        return parsed;
    }
    // A message logged as a string of JSON.
    std::string_view text;
    if (message.get(text) == simdjson::SUCCESS) {
        auto inner = JsonReader::parse(text, 1);
        if (!inner) {
            parsed.rejectWhole(tr("The message is a string but not JSON: %1").arg(inner.error().message),
                               bytes);
            return parsed;
        }
        message = inner.value();
    }
    JsonReader::Array batch;
    if (message.get(batch) == simdjson::SUCCESS) {
        for (JsonReader::Element each : batch) {
            parseMessage(envelope, each, bytes, parsed);
        }
        return parsed;
    }
    parseMessage(envelope, message, bytes, parsed);
    return parsed;
}

Event McpParser::notification(JsonReader::Object envelope,
                              JsonReader::Object message,
                              std::string_view method,
                              const QString& server,
                              const QString& session,
                              qint64 time,
                              std::optional<int> recordedDirection,
                              const QByteArray& raw) const
{
    const auto params = JsonReader::object(message, "params");
    const Direction from = recordedDirection
                               ? static_cast<Direction>(*recordedDirection)
                               : (clientNotifies(method) ? Direction::ToServer : Direction::ToClient);
    Event event;
    event.source = format();
    event.timeNs = time;
    // A notification has no id: its own bytes name it, so the same line read twice is one event.
    event.nativeId = callId(
        server,
        session,
        from,
        QStringLiteral("h:") +
            QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex().left(32)));
    event.action = QStringLiteral("notify");
    event.nativeAction = JsonReader::string(method);
    event.task = session;
    const QString uri = params ? JsonReader::text(*params, "uri") : QString();
    event.resource = method == "notifications/resources/updated" && !uri.isEmpty()
                         ? QStringLiteral("mcp://%1/resources/%2")
                               .arg(server, QString::fromLatin1(QUrl::toPercentEncoding(uri, "/:")))
                         : QStringLiteral("mcp://%1/%2").arg(server, event.nativeAction);
    attribute(event, envelope, params, from, server);
    event.bytes = raw.size();
    event.raw = raw;
    return event;
}

void McpParser::parseMessage(JsonReader::Object envelope,
                             JsonReader::Element element,
                             const QByteArray& raw,
                             ParsedRecord& out) const
{
    JsonReader::Object message;
    if (element.get(message) != simdjson::SUCCESS || JsonReader::view(message, "jsonrpc") != "2.0") {
        out.rejectWhole(tr("Not a JSON-RPC 2.0 message (it needs \"jsonrpc\": \"2.0\")."), raw);
        return;
    }
    const qint64 time = timeOf(envelope);
    if (!time) {
        out.rejectWhole(tr("The record has no time (time or timestamp, RFC 3339 or a number since 1970)."),
                        raw);
        return;
    }
    QString server = firstText(envelope, {"server", "server_name", "serverName", "upstream", "target"});
    if (server.isEmpty()) {
        server = QStringLiteral("mcp");
    }
    const QString session =
        firstText(envelope, {"session", "session_id", "sessionId", "mcp_session_id", "mcp-session-id"});
    const std::string_view method = JsonReader::view(message, "method");
    JsonReader::Element id;
    const bool hasId = message["id"].get(id) == simdjson::SUCCESS && !id.is_null();
    const std::optional<Direction> direction = directionOf(envelope);

    if (!method.empty()) {
        const auto params = JsonReader::object(message, "params");
        if (!hasId) {
            // A cancellation ends the call it names.
            JsonReader::Element cancelled;
            if (method == "notifications/cancelled" && params &&
                (*params)["requestId"].get(cancelled) == simdjson::SUCCESS) {
                const Direction from = direction.value_or(Direction::ToServer);
                out.completions.append(
                    {format(),
                     callId(server, session, from, idText(cancelled)),
                     EventOutcome::Failure,
                     raw,
                     tr("A cancellation of request %1, which was not seen.").arg(idText(cancelled).mid(2))});
                return;
            }
            // Any other notification (a log message, progress, a resource updated, a list changed)
            // is something that happened in the session: an event of its own, so that every line
            // read lands somewhere.
            out.events.append(
                notification(envelope,
                             message,
                             method,
                             server,
                             session,
                             time,
                             direction ? std::optional<int>(static_cast<int>(*direction)) : std::nullopt,
                             raw));
            return;
        }
        const Direction asked =
            direction.value_or(serverAsks(method) ? Direction::ToClient : Direction::ToServer);
        Event event;
        event.source = format();
        event.timeNs = time;
        event.nativeId = callId(server, session, asked, idText(id));
        event.action = actionFor(method);
        event.nativeAction = JsonReader::string(method);
        event.task = session;
        const QString tool = params ? JsonReader::text(*params, "name") : QString();
        const QString uri = params ? JsonReader::text(*params, "uri") : QString();
        if (method == "tools/call") {
            if (tool.isEmpty()) {
                out.rejectWhole(tr("A tools/call request without params.name."), raw);
                return;
            }
            event.resource = QStringLiteral("mcp://%1/%2").arg(server, tool);
        } else if (method == "resources/read" || method == "resources/subscribe") {
            event.resource = QStringLiteral("mcp://%1/resources/%2")
                                 .arg(server, QString::fromLatin1(QUrl::toPercentEncoding(uri, "/:")));
        } else if (method == "prompts/get") {
            event.resource = QStringLiteral("mcp://%1/prompts/%2").arg(server, tool);
        } else {
            event.resource = QStringLiteral("mcp://%1/%2").arg(server, event.nativeAction);
        }
        attribute(event, envelope, params, asked, server);
        event.bytes = raw.size();
        event.raw = raw;
        out.events.append(std::move(event));
        return;
    }

    if (!hasId) {
        out.rejectWhole(tr("A JSON-RPC message with neither method nor id."), raw);
        return;
    }
    // A response answers a request that travelled the other way.
    const Direction answered = direction.value_or(Direction::ToClient) == Direction::ToClient
                                   ? Direction::ToServer
                                   : Direction::ToClient;
    ParsedRecord::Completion completion;
    completion.source = format();
    completion.nativeId = callId(server, session, answered, idText(id));
    completion.raw = raw;
    completion.unmatchedWhy =
        tr("The response to request %1 in session \"%2\", whose request was not seen; a "
           "response alone does not say what was called.")
            .arg(idText(id).mid(2), session);
    if (const auto error = JsonReader::object(message, "error")) {
        completion.outcome = errorOutcome(*error);
    } else if (const auto result = JsonReader::object(message, "result")) {
        const std::string_view kind = JsonReader::view(*result, "resultType");
        if (!kind.empty() && kind != "complete") {
            // The call goes on (it needs input, or runs as a task): kept with it, not settled.
            completion.interim = true;
            completion.unmatchedWhy = tr("An interim answer (%1) to request %2 in session \"%3\", whose "
                                         "request was not seen.")
                                          .arg(JsonReader::string(kind), idText(id).mid(2), session);
            out.completions.append(std::move(completion));
            return;
        }
        bool isError = false;
        completion.outcome = (*result)["isError"].get(isError) == simdjson::SUCCESS && isError
                                 ? EventOutcome::Failure
                                 : EventOutcome::Success;
    } else {
        out.rejectWhole(tr("A JSON-RPC response needs a result or an error object."), raw);
        return;
    }
    out.completions.append(std::move(completion));
}

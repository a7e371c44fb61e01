// SPDX-License-Identifier: Apache-2.0
#include "agentjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace AgentJson {

QString timestamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {

QJsonValue nullableTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(timestamp(time)) : QJsonValue(QJsonValue::Null);
}

void appendEscaped(QByteArray& out, unsigned char byte)
{
    static const char hex[] = "0123456789abcdef";
    switch (byte) {
    case '"':
        out.append("\\\"", 2);
        break;
    case '\\':
        out.append("\\\\", 2);
        break;
    case '\n':
        out.append("\\n", 2);
        break;
    case '\r':
        out.append("\\r", 2);
        break;
    case '\t':
        out.append("\\t", 2);
        break;
    default: {
        const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
        out.append(escaped, sizeof escaped);
    }
    }
}

bool needsEscape(unsigned char byte)
{
    return byte < 0x20 || byte == '"' || byte == '\\';
}

// RFC 8259 string: quotes, backslashes and control characters escaped; the rest as UTF-8.
// Most values are ASCII and are written without an intermediate UTF-8 copy.
void appendString(QByteArray& out, const QString& value)
{
    out.append('"');
    const qsizetype start = out.size();
    bool ascii = true;
    for (const QChar c : value) {
        const char16_t unit = c.unicode();
        if (unit >= 0x80) {
            ascii = false;
            break;
        }
        const auto byte = static_cast<unsigned char>(unit);
        if (needsEscape(byte)) {
            appendEscaped(out, byte);
        } else {
            out.append(static_cast<char>(byte));
        }
    }
    if (!ascii) {
        out.truncate(start);
        const QByteArray utf8 = value.toUtf8();
        for (const char c : utf8) {
            const auto byte = static_cast<unsigned char>(c);
            if (needsEscape(byte)) {
                appendEscaped(out, byte);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendKey(QByteArray& out, const char* key, bool first = false)
{
    if (!first) {
        out.append(',');
    }
    out.append('"').append(key).append("\":");
}

// The same text as timestamp(), without QDateTime's general-purpose formatter.
void appendTime(QByteArray& out, const QDateTime& time)
{
    if (!time.isValid()) {
        out.append("null");
        return;
    }
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    char text[40];
    const int length = std::snprintf(text,
                                     sizeof text,
                                     "\"%04d-%02d-%02dT%02d:%02d:%02d.%03dZ\"",
                                     date.year(),
                                     date.month(),
                                     date.day(),
                                     clock.hour(),
                                     clock.minute(),
                                     clock.second(),
                                     clock.msec());
    out.append(text, length);
}

} // namespace

QJsonObject owner(const Owner& owner)
{
    return QJsonObject{
        {QStringLiteral("id"), owner.id},
        {QStringLiteral("name"), owner.name},
        {QStringLiteral("email"), owner.email},
        {QStringLiteral("team"), owner.team},
        {QStringLiteral("created_at"), nullableTime(owner.createdAt)},
    };
}

void appendAgent(QByteArray& out, const Agent& agent)
{
    out.append('{');
    appendKey(out, "name", true);
    appendString(out, agent.name);
    appendKey(out, "spiffe_id");
    appendString(out, agent.spiffeId);
    appendKey(out, "display_name");
    appendString(out, agent.displayName);
    appendKey(out, "purpose");
    appendString(out, agent.purpose);
    appendKey(out, "owner");
    if (agent.ownerId != 0) {
        out.append("{\"id\":").append(QByteArray::number(agent.ownerId));
        appendKey(out, "name");
        appendString(out, agent.ownerName);
        appendKey(out, "email");
        appendString(out, agent.ownerEmail);
        appendKey(out, "team");
        appendString(out, agent.ownerTeam);
        out.append('}');
    } else {
        out.append("null");
    }
    appendKey(out, "framework");
    appendString(out, agent.framework);
    appendKey(out, "model");
    appendString(out, agent.model);
    appendKey(out, "environment");
    appendString(out, AgentTypes::key(agent.environment));
    appendKey(out, "risk_tier");
    appendString(out, AgentTypes::key(agent.riskTier));
    appendKey(out, "status");
    appendString(out, AgentTypes::key(agent.status));
    appendKey(out, "principals");
    out.append('[');
    for (qsizetype i = 0; i < agent.principals.size(); ++i) {
        out.append(i == 0 ? "{\"kind\":" : ",{\"kind\":");
        appendString(out, AgentTypes::key(agent.principals.at(i).kind));
        appendKey(out, "value");
        appendString(out, agent.principals.at(i).value);
        out.append('}');
    }
    out.append(']');
    appendKey(out, "tags");
    out.append('[');
    for (qsizetype i = 0; i < agent.tags.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        appendString(out, agent.tags.at(i));
    }
    out.append(']');
    appendKey(out, "created_at");
    appendTime(out, agent.createdAt);
    appendKey(out, "updated_at");
    appendTime(out, agent.updatedAt);
    appendKey(out, "last_seen_at");
    appendTime(out, agent.lastSeenAt);
    out.append('}');
}

QJsonObject agent(const Agent& agent)
{
    QByteArray json;
    appendAgent(json, agent);
    return QJsonDocument::fromJson(json).object();
}

QJsonObject statusChange(const StatusChange& change)
{
    return QJsonObject{
        {QStringLiteral("from"),
         change.from ? QJsonValue(AgentTypes::key(*change.from)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("to"), AgentTypes::key(change.to)},
        {QStringLiteral("reason"), change.reason},
        {QStringLiteral("operator"), change.operatorName},
        {QStringLiteral("changed_at"), nullableTime(change.changedAt)},
        // A discovery names the connector whose records revealed the agent.
        {QStringLiteral("connector"),
         change.connectorName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(change.connectorName)},
    };
}

} // namespace AgentJson

// SPDX-License-Identifier: Apache-2.0
#include "jsonlparser.h"

#include "crypto/digest.h"

namespace {

constexpr const char* kNames[] = {"time",
                                  "id",
                                  "principal",
                                  "action",
                                  "native_action",
                                  "resource",
                                  "outcome",
                                  "trace_id",
                                  "span_id",
                                  "parent_span_id",
                                  "task",
                                  "token_id",
                                  "credential_kind",
                                  "classification",
                                  "bytes"};
static_assert(std::size(kNames) == JsonlParser::FieldCount);

constexpr qsizetype kMaxPointer = 1024;

bool startsWithWord(const QString& lower, std::initializer_list<const char*> words)
{
    for (const char* word : words) {
        if (lower.startsWith(QLatin1String(word))) {
            return true;
        }
    }
    return false;
}

} // namespace

bool JsonlParser::isPointer(const QString& pointer)
{
    if (pointer.isEmpty()) {
        return true;
    }
    if (!pointer.startsWith(QLatin1Char('/')) || pointer.size() > kMaxPointer) {
        return false;
    }
    for (qsizetype i = 0; i < pointer.size(); ++i) {
        if (pointer.at(i) == u'~' &&
            (i + 1 >= pointer.size() || (pointer.at(i + 1) != u'0' && pointer.at(i + 1) != u'1'))) {
            return false;
        }
    }
    return true;
}

QString JsonlParser::fieldName(Field field)
{
    return QString::fromLatin1(kNames[field]);
}

QStringList JsonlParser::fieldNames()
{
    QStringList names;
    for (const char* name : kNames) {
        names << QString::fromLatin1(name);
    }
    return names;
}

Result<std::unique_ptr<JsonlParser>> JsonlParser::fromSettings(const QJsonObject& settings)
{
    std::unique_ptr<JsonlParser> parser(new JsonlParser);
    const QJsonObject mapping = settings.value(QStringLiteral("mapping")).toObject();
    const QStringList names = fieldNames();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        const qsizetype field = names.indexOf(it.key());
        if (field < 0) {
            return Error{ErrorKind::Invalid,
                         tr("\"%1\" is not an event field; map any of %2.")
                             .arg(it.key(), names.join(QStringLiteral(", ")))};
        }
        const QString pointer = it.value().toString();
        if (!it.value().isString() || !isPointer(pointer)) {
            return Error{ErrorKind::Invalid,
                         tr("The mapping of %1 is not a JSON pointer: write it as /field/inner (RFC 6901), "
                            "with ~1 for a slash and ~0 for a tilde inside a name.")
                             .arg(it.key())};
        }
        parser->m_pointers[field] = pointer.toStdString();
        parser->m_mapped[field] = true;
    }
    if (!parser->m_mapped[Time]) {
        return Error{ErrorKind::Invalid,
                     tr("The mapping needs a pointer for time, the one field every event has.")};
    }
    const QString kind = settings.value(QStringLiteral("principal_kind")).toString();
    if (kind == QStringLiteral("agent-id")) {
        parser->m_principalKind = PrincipalKind::OtelAgentId;
    } else if (kind == QStringLiteral("aws-role")) {
        parser->m_principalKind = PrincipalKind::AwsRole;
    } else if (kind == QStringLiteral("k8s-service-account")) {
        parser->m_principalKind = PrincipalKind::KubernetesServiceAccount;
    } else if (!kind.isEmpty()) {
        return Error{
            ErrorKind::Invalid,
            tr("\"%1\" is not a principal kind; use agent-id, aws-role or k8s-service-account.").arg(kind)};
    }
    return parser;
}

QString JsonlParser::verbFor(const QString& nativeAction)
{
    // The operation's own name: after a service prefix (s3:GetObject), a path (tools/call) or a
    // dotted namespace (org.create).
    const QString name = nativeAction.section(QLatin1Char(':'), -1)
                             .section(QLatin1Char('/'), -1)
                             .section(QLatin1Char('.'), -1);
    const QString lower = name.toLower();
    if (startsWithWord(lower,
                       {"get", "read", "describe", "fetch", "download", "view", "head", "select", "query"})) {
        return QStringLiteral("read");
    }
    if (startsWithWord(lower, {"list", "search", "scan", "watch"})) {
        return QStringLiteral("list");
    }
    if (startsWithWord(lower, {"create", "add", "post", "insert", "upload", "new"})) {
        return QStringLiteral("create");
    }
    if (startsWithWord(
            lower,
            {"put", "update", "patch", "write", "set", "modify", "edit", "attach", "push", "commit"})) {
        return QStringLiteral("write");
    }
    if (startsWithWord(lower, {"delete", "remove", "destroy", "drop", "purge", "detach"})) {
        return QStringLiteral("delete");
    }
    if (startsWithWord(lower, {"invoke", "execute", "exec", "call", "run", "start", "send"})) {
        return QStringLiteral("execute");
    }
    if (startsWithWord(lower, {"login", "authenticate", "assume", "sign"})) {
        return QStringLiteral("authenticate");
    }
    return lower;
}

EventOutcome JsonlParser::outcomeFor(const QString& value)
{
    const QString lower = value.trimmed().toLower();
    if (lower.isEmpty()) {
        return EventOutcome::Unknown;
    }
    bool numeric = false;
    const int code = lower.toInt(&numeric);
    if (numeric) {
        if (code == 401 || code == 403) {
            return EventOutcome::Denied;
        }
        if (code >= 100 && code < 400) {
            return EventOutcome::Success;
        }
        return code >= 400 ? EventOutcome::Failure : EventOutcome::Unknown;
    }
    if (startsWithWord(lower, {"success", "succeeded", "ok", "allow", "true", "pass", "complete", "done"})) {
        return EventOutcome::Success;
    }
    if (startsWithWord(
            lower,
            {"denied", "deny", "forbidden", "unauthori", "refused", "blocked", "reject", "not authori"})) {
        return EventOutcome::Denied;
    }
    if (startsWithWord(lower, {"fail", "error", "false", "timeout", "timed out", "abort", "cancel"})) {
        return EventOutcome::Failure;
    }
    return EventOutcome::Unknown;
}

Result<Event> JsonlParser::map(JsonReader::Element record, const QByteArray& raw) const
{
    if (!record.is_object()) {
        return Error{ErrorKind::Invalid, tr("A JSON lines record is a JSON object.")};
    }
    std::array<QString, FieldCount> text;
    std::optional<JsonReader::Element> timeValue;
    for (int field = 0; field < FieldCount; ++field) {
        if (!m_mapped[field]) {
            continue;
        }
        JsonReader::Element value;
        if (record.at_pointer(m_pointers[field]).get(value) != simdjson::SUCCESS) {
            continue; // absent: only the time is required
        }
        if (field == Time) {
            timeValue = value;
        } else {
            text[field] = JsonReader::scalarText(value);
        }
    }
    Event event;
    event.source = format();
    event.timeNs = timeValue ? JsonReader::timeNanos(*timeValue) : 0;
    if (!event.timeNs) {
        return Error{ErrorKind::Invalid,
                     tr("No time at %1: it must be RFC 3339 with a zone, or a number since 1970.")
                         .arg(QString::fromStdString(m_pointers[Time]))};
    }
    event.nativeId = text[Id];
    if (event.nativeId.isEmpty()) {
        // No id of its own: the record's content is its identity.
        event.nativeId = QString::fromLatin1(Digest::sha256(raw).toHex());
    }
    event.principal = text[Principal];
    if (m_principalKind && !event.principal.isEmpty()) {
        event.principalKind = m_principalKind;
        event.principalValue = event.principal;
        event.actorType = ActorType::Agent;
    }
    event.nativeAction = text[NativeAction];
    event.action = !text[Action].isEmpty() ? text[Action].toLower() : verbFor(event.nativeAction);
    if (event.nativeAction.isEmpty()) {
        event.nativeAction = text[Action];
    }
    event.resource = text[Resource];
    event.outcome = outcomeFor(text[Outcome]);
    event.traceId = text[TraceId];
    event.spanId = text[SpanId];
    event.parentSpanId = text[ParentSpanId];
    event.task = text[Task];
    event.tokenId = text[TokenId];
    event.credentialKind = text[CredentialKind];
    event.classification = text[Classification];
    bool sized = false;
    const qint64 bytes = text[Bytes].toLongLong(&sized);
    event.bytes = sized && bytes >= 0 ? bytes : -1;
    event.raw = raw;
    return event;
}

ParsedRecord JsonlParser::parse(const QByteArray& bytes) const
{
    ParsedRecord parsed;
    auto document = JsonReader::parse(bytes);
    if (!document) {
        parsed.rejectWhole(document.error().message, bytes);
        return parsed;
    }
    auto event = map(document.value(), bytes);
    if (event) {
        parsed.events.append(std::move(event).value());
    } else {
        parsed.rejectWhole(event.error().message, bytes);
    }
    return parsed;
}

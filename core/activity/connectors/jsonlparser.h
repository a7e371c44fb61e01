// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/jsonreader.h"
#include "activity/recordparser.h"
#include "result.h"

#include <QJsonObject>

#include <array>
#include <string>

// Any JSON lines log, read through a mapping its connector keeps: for each event field, a JSON
// pointer (RFC 6901) into the record. Only the time is required. Without an id, a record's identity
// is its content, so the same line read twice is still stored once. The verb is taken from the
// action field when it is mapped, otherwise guessed from the native action (GetObject: read); the
// outcome is read from words and HTTP status codes.
//   {"mapping": {"time": "/ts", "principal": "/actor/id", "native_action": "/op", ...},
//    "principal_kind": "agent-id" | "aws-role" | "k8s-service-account"}
class JsonlParser final : public RecordParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonlParser)

public:
    enum Field
    {
        Time,
        Id,
        Principal,
        Action,
        NativeAction,
        Resource,
        Outcome,
        TraceId,
        SpanId,
        ParentSpanId,
        Task,
        TokenId,
        CredentialKind,
        Classification,
        Bytes,
        FieldCount
    };
    // The names used in a mapping: time, id, principal, action, native_action, resource, ...
    static QString fieldName(Field field);
    static QStringList fieldNames();

    // Checks every pointer and name; the error says which one is wrong and why.
    static Result<std::unique_ptr<JsonlParser>> fromSettings(const QJsonObject& settings);

    QString format() const override { return QStringLiteral("jsonl"); }
    ParsedRecord parse(const QByteArray& bytes) const override;

    // The normalized verb for a native action: "s3:GetObject" and "read_file" are read, and so on.
    static QString verbFor(const QString& nativeAction);
    static EventOutcome outcomeFor(const QString& value);
    // RFC 6901: empty (the whole record) or "/"-separated tokens where "~" is only "~0" or "~1".
    static bool isPointer(const QString& pointer);

private:
    JsonlParser() = default;
    Result<Event> map(JsonReader::Element record, const QByteArray& raw) const;

    std::array<std::string, FieldCount> m_pointers;
    std::array<bool, FieldCount> m_mapped{};
    std::optional<PrincipalKind> m_principalKind;
};

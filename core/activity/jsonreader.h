// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <simdjson.h>

#include <optional>
#include <string_view>

// simdjson behind a small face for the connectors. Ingest parses every record it reads, so it uses
// a parser that validates UTF-8 and nesting depth while it builds the document at gigabytes a second
// (QJsonDocument was measured at a third of the budget); errors come back as sentences.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    using Element = simdjson::dom::element;
    using Object = simdjson::dom::object;
    using Array = simdjson::dom::array;

    static constexpr std::size_t kMaxDepth = 256;

    // One parser per thread and slot; the element stays valid until the next parse in that slot
    // (slot 1 is for documents inside documents, such as lookup-events' CloudTrailEvent).
    static Result<Element> parse(const QByteArray& bytes, int slot = 0);
    static Result<Element> parse(std::string_view bytes, int slot = 0);

    static QString string(std::string_view text)
    {
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
    static std::string_view view(Object object, std::string_view key);
    static QString text(Object object, std::string_view key) { return string(view(object, key)); }
    static bool isString(Object object, std::string_view key);
    static std::optional<Object> object(Object object, std::string_view key);
    static std::optional<Array> array(Object object, std::string_view key);
    static std::optional<qint64> integer(Object object, std::string_view key);
    // A value as text: strings as they are, numbers and booleans printed, null empty, anything else
    // as compact JSON. Attributes of every kind are kept this way.
    static QString scalarText(Element value);
    // An object of such values, as attributes are written by the SDK dumps and Langfuse.
    static QHash<QString, QString> flat(std::optional<Object> object);
    // A time: RFC 3339 text with a zone, or a whole number of seconds, milliseconds, microseconds or
    // nanoseconds since 1970 (told apart by size, for dates from 1973 to 2286), or fractional
    // seconds. In nanoseconds; 0 when it is none of these.
    static qint64 timeNanos(Element value);
    // The element as compact JSON, for the raw record kept with an event.
    static QByteArray compact(Element element);
    static QByteArray compact(Object object);
};

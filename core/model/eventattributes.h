// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

// Named facts of an event that are not among its columns but that an investigation searches on:
// where a call came from and with which tool (source_ip, user_agent), why it failed (error_code),
// where it ran (region, account), who it was on behalf of, and the security-relevant parts of what
// was created (a pod's image, privileged, host_path). A value that holds several items keeps them
// apart with ", ", and a filter on the key matches any of them.
class EventAttributes final
{
    Q_DECLARE_TR_FUNCTIONS(EventAttributes)

public:
    // Sets a value, cut to kMaxValueLength with line breaks made spaces; an empty value removes it.
    void set(const QString& key, const QString& value);
    // Adds an item to a value that lists several, once.
    void add(const QString& key, const QString& item);
    QString value(const QString& key) const { return m_values.value(key); }
    bool contains(const QString& key) const { return m_values.contains(key); }
    bool isEmpty() const { return m_values.isEmpty(); }
    const QMap<QString, QString>& values() const { return m_values; }

    // A compact JSON object, keys sorted: "{}" when there are none. Written as QJsonDocument
    // writes it (a test holds the two together), without building one for every stored event.
    QByteArray toJson() const;
    // toJson() with one more value set, without copying the attributes to set it.
    QByteArray toJsonWith(const QString& key, const QString& value) const;
    // What toJson() wrote; anything else (a damaged row) gives no attributes, never an error that
    // would hide the event itself.
    static EventAttributes fromJson(const QByteArray& json);

    // Lower-case letters, digits and underscores, starting with a letter.
    static bool isValidKey(QStringView key);
    // The keys the connectors write, with what each one holds, for help texts and the console.
    static QStringList knownKeys();
    static QString describe(const QString& key);
    // How a text appears inside toJson()'s output (quotes and backslashes escaped).
    static QString jsonEscaped(const QString& text);

    static constexpr qsizetype kMaxValueLength = 512;
    static constexpr qsizetype kMaxKeyLength = 40;
    static constexpr int kMaxAttributes = 48;
    static inline const QString kItemSeparator = QStringLiteral(", ");

    friend bool operator==(const EventAttributes&, const EventAttributes&) = default;

private:
    QMap<QString, QString> m_values;
};

// A filter on one attribute: "key=value" matches the value or one of its items exactly,
// "key~text" matches a value that contains the text.
struct AttributeMatch
{
    Q_DECLARE_TR_FUNCTIONS(AttributeMatch)

public:
    QString key;
    QString value;
    bool contains = false;

    static Result<AttributeMatch> parse(const QString& text);
    QString toString() const;
    friend bool operator==(const AttributeMatch&, const AttributeMatch&) = default;
};

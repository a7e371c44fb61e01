// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "eventquery.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

// What a person filters the timeline on, in their own terms: agents and owners by name, a time
// range that may be relative to now. It is what a saved filter keeps, so that "denied, last 24
// hours" still means the last 24 hours next week; EventFilterResolver (activity/) turns it
// into an EventQuery.
struct EventFilter
{
    Q_DECLARE_TR_FUNCTIONS(EventFilter)

public:
    QString agent; // name, SPIFFE ID or principal
    QString owner; // e-mail
    QString action;
    QString resourcePrefix;
    std::optional<EventOutcome> outcome;
    QString source;
    QString text;
    QList<AttributeMatch> attributes; // user_agent~sqlmap, role_ref=cluster-admin: every one
    qint64 lastSeconds = 0;           // the most recent period; wins over from and to
    qint64 fromNs = 0;
    qint64 toNs = 0;

    bool isEmpty() const;

    // The console's one search field: "user_agent~sqlmap; region=eu-west-1" is attribute filters
    // when every part names a known attribute, anything else is text. search() writes it back.
    void setSearch(const QString& typed);
    QString search() const;
    friend bool operator==(const EventFilter&, const EventFilter&) = default;

    QJsonObject toJson() const;
    // Refuses unknown keys, wrong types and absurd values, so a hand-edited filter fails clearly.
    static Result<EventFilter> fromJson(const QJsonObject& object);

    static constexpr qsizetype kMaxFieldLength = 1024;
    static constexpr qsizetype kMaxAttributes = 16;
};

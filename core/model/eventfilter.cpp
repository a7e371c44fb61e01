// SPDX-License-Identifier: Apache-2.0
#include "eventfilter.h"

#include "isotime.h"

#include <QJsonArray>
#include <QJsonValue>

namespace {

// Ten years: longer is not a recent period but a typo.
constexpr qint64 kMaxLastSeconds = 10LL * 366 * 24 * 3600;

const QStringList kTextKeys = {QStringLiteral("agent"),
                               QStringLiteral("owner"),
                               QStringLiteral("action"),
                               QStringLiteral("resource"),
                               QStringLiteral("source"),
                               QStringLiteral("text")};

} // namespace

bool EventFilter::isEmpty() const
{
    return *this == EventFilter();
}

void EventFilter::setSearch(const QString& typed)
{
    text = typed.trimmed();
    attributes.clear();
    QList<AttributeMatch> matches;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        auto match = AttributeMatch::parse(part.trimmed());
        if (!match || !EventAttributes::knownKeys().contains(match->key) ||
            matches.size() >= kMaxAttributes) {
            return;
        }
        matches.append(std::move(match).value());
    }
    if (!matches.isEmpty()) {
        attributes = matches;
        text.clear();
    }
}

QString EventFilter::search() const
{
    QStringList parts;
    for (const AttributeMatch& match : attributes) {
        parts << match.toString();
    }
    if (!text.isEmpty()) {
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject EventFilter::toJson() const
{
    QJsonObject object;
    const QString* texts[] = {&agent, &owner, &action, &resourcePrefix, &source, &text};
    for (int i = 0; i < kTextKeys.size(); ++i) {
        if (!texts[i]->isEmpty()) {
            object.insert(kTextKeys[i], *texts[i]);
        }
    }
    if (outcome) {
        object.insert(QStringLiteral("outcome"), EventOutcomes::key(*outcome));
    }
    if (!attributes.isEmpty()) {
        QJsonArray list;
        for (const AttributeMatch& match : attributes) {
            list.append(match.toString());
        }
        object.insert(QStringLiteral("attributes"), list);
    }
    if (lastSeconds > 0) {
        object.insert(QStringLiteral("last_seconds"), lastSeconds);
    } else {
        if (fromNs) {
            object.insert(QStringLiteral("since"), IsoTime::fromNanos(fromNs));
        }
        if (toNs) {
            object.insert(QStringLiteral("until"), IsoTime::fromNanos(toNs));
        }
    }
    return object;
}

Result<EventFilter> EventFilter::fromJson(const QJsonObject& object)
{
    EventFilter filter;
    QString* texts[] = {
        &filter.agent, &filter.owner, &filter.action, &filter.resourcePrefix, &filter.source, &filter.text};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue value = it.value();
        if (const qsizetype index = kTextKeys.indexOf(key); index >= 0 || key == QStringLiteral("outcome") ||
                                                            key == QStringLiteral("since") ||
                                                            key == QStringLiteral("until")) {
            if (!value.isString() || value.toString().size() > kMaxFieldLength) {
                return Error{ErrorKind::Invalid,
                             tr("The filter's \"%1\" must be text of at most %2 characters.")
                                 .arg(key)
                                 .arg(kMaxFieldLength)};
            }
            const QString text = value.toString();
            if (index >= 0) {
                *texts[index] = text;
            } else if (key == QStringLiteral("outcome")) {
                filter.outcome = EventOutcomes::fromKey(text);
                if (!filter.outcome) {
                    return Error{ErrorKind::Invalid,
                                 tr("The filter's outcome \"%1\" is not success, failure, denied or unknown.")
                                     .arg(text)};
                }
            } else {
                qint64& target = key == QStringLiteral("since") ? filter.fromNs : filter.toNs;
                target = IsoTime::toNanos(text);
                if (target == 0) {
                    return Error{
                        ErrorKind::Invalid,
                        tr("The filter's \"%1\" is not a time such as 2026-11-26T09:00:00Z.").arg(key)};
                }
            }
        } else if (key == QStringLiteral("attributes")) {
            const QJsonArray list = value.toArray();
            if (!value.isArray() || list.size() > kMaxAttributes) {
                return Error{ErrorKind::Invalid,
                             tr("The filter's \"attributes\" must be a list of at most %1 texts such as "
                                "user_agent~sqlmap.")
                                 .arg(kMaxAttributes)};
            }
            for (const QJsonValue& item : list) {
                auto match = AttributeMatch::parse(item.toString());
                if (!item.isString() || !match) {
                    return Error{
                        ErrorKind::Invalid,
                        tr("The filter's attribute \"%1\": %2")
                            .arg(item.toString().left(64), match ? tr("not text") : match.error().message)};
                }
                filter.attributes.append(std::move(match).value());
            }
        } else if (key == QStringLiteral("last_seconds")) {
            const double seconds = value.toDouble(-1);
            if (!value.isDouble() || seconds < 1 || seconds > double(kMaxLastSeconds) ||
                seconds != double(qint64(seconds))) {
                return Error{ErrorKind::Invalid,
                             tr("The filter's \"last_seconds\" must be a whole number of seconds up to ten "
                                "years.")};
            }
            filter.lastSeconds = qint64(seconds);
        } else {
            return Error{ErrorKind::Invalid, tr("A filter has no \"%1\".").arg(key)};
        }
    }
    if (filter.fromNs && filter.toNs && filter.fromNs >= filter.toNs) {
        return Error{ErrorKind::Invalid, tr("The filter's \"since\" must come before its \"until\".")};
    }
    return filter;
}

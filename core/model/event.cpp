// SPDX-License-Identifier: Apache-2.0
#include "event.h"

#include "crypto/digest.h"

bool Event::isSpan() const
{
    return !traceId.isEmpty() && !spanId.isEmpty() && nativeId.size() == traceId.size() + 1 + spanId.size() &&
           nativeId.startsWith(traceId) && nativeId.endsWith(spanId) && nativeId.at(traceId.size()) == u':';
}

QByteArray Event::key() const
{
    // A span is one span whichever connector delivered it (an SDK's dump, the OTLP receiver, a
    // Langfuse export): its trace and span id are its identity, keyed as OTLP always keyed them.
    // The NUL cannot occur in either part, so no two (source, id) pairs hash the same input.
    const QString space = isSpan() ? QStringLiteral("otlp") : source;
    return Digest::sha256(QByteArray(space.toUtf8() + '\0' + nativeId.toUtf8())).left(16);
}

namespace ActorTypes {

QString key(ActorType type)
{
    switch (type) {
    case ActorType::Unknown:
        return QString();
    case ActorType::Agent:
        return QStringLiteral("agent");
    case ActorType::Human:
        return QStringLiteral("human");
    case ActorType::Service:
        return QStringLiteral("service");
    case ActorType::System:
        return QStringLiteral("system");
    }
    Q_UNREACHABLE();
}

std::optional<ActorType> fromKey(const QString& key)
{
    for (ActorType type : {ActorType::Agent, ActorType::Human, ActorType::Service, ActorType::System}) {
        if (ActorTypes::key(type) == key) {
            return type;
        }
    }
    return std::nullopt;
}

QString label(ActorType type)
{
    switch (type) {
    case ActorType::Unknown:
        return QCoreApplication::translate("ActorTypes", "Unknown");
    case ActorType::Agent:
        return QCoreApplication::translate("ActorTypes", "Agent");
    case ActorType::Human:
        return QCoreApplication::translate("ActorTypes", "Person");
    case ActorType::Service:
        return QCoreApplication::translate("ActorTypes", "Cloud service");
    case ActorType::System:
        return QCoreApplication::translate("ActorTypes", "Platform component");
    }
    Q_UNREACHABLE();
}

} // namespace ActorTypes

namespace EventOutcomes {

QString key(EventOutcome outcome)
{
    switch (outcome) {
    case EventOutcome::Unknown:
        return QStringLiteral("unknown");
    case EventOutcome::Success:
        return QStringLiteral("success");
    case EventOutcome::Failure:
        return QStringLiteral("failure");
    case EventOutcome::Denied:
        return QStringLiteral("denied");
    }
    Q_UNREACHABLE();
}

std::optional<EventOutcome> fromKey(const QString& key)
{
    for (EventOutcome outcome :
         {EventOutcome::Unknown, EventOutcome::Success, EventOutcome::Failure, EventOutcome::Denied}) {
        if (EventOutcomes::key(outcome) == key) {
            return outcome;
        }
    }
    return std::nullopt;
}

QString label(EventOutcome outcome)
{
    switch (outcome) {
    case EventOutcome::Unknown:
        return QCoreApplication::translate("EventOutcomes", "Unknown");
    case EventOutcome::Success:
        return QCoreApplication::translate("EventOutcomes", "Success");
    case EventOutcome::Failure:
        return QCoreApplication::translate("EventOutcomes", "Failure");
    case EventOutcome::Denied:
        return QCoreApplication::translate("EventOutcomes", "Denied");
    }
    Q_UNREACHABLE();
}

} // namespace EventOutcomes

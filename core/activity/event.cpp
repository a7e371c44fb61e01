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

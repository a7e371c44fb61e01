// SPDX-License-Identifier: Apache-2.0
#include "eventsummary.h"

qint64 EventSummary::bucketWidth(qint64 spanNs, int buckets)
{
    constexpr qint64 second = 1'000'000'000;
    constexpr qint64 minute = 60 * second;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    // Steps a person reads at a glance on a time axis.
    static constexpr qint64 steps[] = {second,
                                       5 * second,
                                       15 * second,
                                       30 * second,
                                       minute,
                                       5 * minute,
                                       15 * minute,
                                       30 * minute,
                                       hour,
                                       3 * hour,
                                       6 * hour,
                                       12 * hour,
                                       day,
                                       7 * day,
                                       30 * day,
                                       365 * day};
    const qint64 wanted = spanNs / qMax(1, buckets) + (spanNs % qMax(1, buckets) ? 1 : 0);
    for (qint64 step : steps) {
        if (step >= wanted) {
            return step;
        }
    }
    // Centuries of events: whole years, as many as it takes.
    return (wanted + 365 * day - 1) / (365 * day) * (365 * day);
}

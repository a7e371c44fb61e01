// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Event times are nanoseconds since the epoch in UTC; this is how they are written and read as
// RFC 3339 text (exports, saved filters, records).
class IsoTime final
{
public:
    // The last whole second whose nanoseconds fit in 64 bits (2262-04-11T23:47:16Z).
    static constexpr qint64 kLastSecond = 9'223'372'035LL;

    // RFC 3339 in UTC with all nine digits of the nanoseconds.
    static QString fromNanos(qint64 ns);
    // RFC 3339 with a zone, to nanoseconds; 0 when it is not one, or not before 2262.
    static qint64 toNanos(const QString& text);
};

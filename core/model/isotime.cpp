// SPDX-License-Identifier: Apache-2.0
#include "isotime.h"

#include <QDateTime>

QString IsoTime::fromNanos(qint64 ns)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
           QStringLiteral("%1Z").arg(ns % 1000000000, 9, 10, QLatin1Char('0'));
}

qint64 IsoTime::toNanos(const QString& text)
{
    if (text.size() < 19 || text.size() > 64) {
        return 0;
    }
    QString base = text;
    base[10] = u'T'; // lookup-events writes a space between date and time
    // Split off the fraction, which may carry up to nine digits (Kubernetes writes six).
    qint64 fraction = 0;
    const qsizetype dot = base.indexOf(u'.', 19);
    if (dot == 19) {
        qsizetype end = dot + 1;
        int digits = 0;
        while (end < base.size() && base.at(end).isDigit()) {
            if (digits < 9) {
                fraction = fraction * 10 + base.at(end).digitValue();
                ++digits;
            }
            ++end;
        }
        for (; digits < 9; ++digits) {
            fraction *= 10;
        }
        base.remove(dot, end - dot);
    }
    const QDateTime time = QDateTime::fromString(base, Qt::ISODate);
    if (!time.isValid() || base.size() == 19) {
        // Without a zone the time would be read as local time: refuse rather than guess.
        return 0;
    }
    const qint64 seconds = time.toSecsSinceEpoch();
    // Nanoseconds in 64 bits end in April 2262; a later time is refused, not wrapped.
    if (seconds <= 0 || seconds > kLastSecond) {
        return 0;
    }
    return seconds * 1000000000LL + fraction;
}

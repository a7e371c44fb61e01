// SPDX-License-Identifier: Apache-2.0
#include "permissionsentence.h"

#include <QLocale>

QString PermissionSentence::duration(qint64 seconds)
{
    // Singular and plural spelled out: the catalogue is German only, so English has no plural forms.
    if (seconds % 86400 == 0) {
        const qint64 n = seconds / 86400;
        return n == 1 ? tr("1 day") : tr("%1 days").arg(n);
    }
    if (seconds % 3600 == 0) {
        const qint64 n = seconds / 3600;
        return n == 1 ? tr("1 hour") : tr("%1 hours").arg(n);
    }
    if (seconds % 60 == 0) {
        const qint64 n = seconds / 60;
        return n == 1 ? tr("1 minute") : tr("%1 minutes").arg(n);
    }
    return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
}

QString PermissionSentence::describe(const PermissionStatement& s)
{
    QStringList actions;
    for (const QString& action : s.actions) {
        actions << (action == QLatin1String("*") ? tr("do anything") : action);
    }
    QString what;
    const qsizetype multi = s.resource.indexOf(QStringLiteral("**"));
    if (multi >= 0 && multi + 2 == s.resource.size()) {
        what = tr("everything under %1").arg(s.resource.left(multi));
    } else if (s.resource.contains(QLatin1Char('*'))) {
        what = tr("whatever matches %1").arg(s.resource);
    } else {
        what = s.resource;
    }
    QStringList parts{tr("May %1 %2").arg(QLocale().createSeparatedList(actions), what)};
    if (s.classificationCeiling) {
        parts << tr("data up to %1").arg(Classifications::key(*s.classificationCeiling));
    } else {
        parts << tr("data of any classification, restricted included");
    }
    if (s.durationSeconds > 0) {
        parts << tr("for %1").arg(duration(s.durationSeconds));
    }
    if (s.notBefore.isValid()) {
        parts << tr("not before %1").arg(QLocale().toString(s.notBefore.toLocalTime(), QLocale::ShortFormat));
    }
    if (s.notAfter.isValid()) {
        parts << tr("not after %1").arg(QLocale().toString(s.notAfter.toLocalTime(), QLocale::ShortFormat));
    }
    if (s.ratePerMinute > 0) {
        parts << (s.ratePerMinute == 1 ? tr("at most once a minute")
                                       : tr("at most %1 times a minute").arg(s.ratePerMinute));
    }
    if (s.sensitive) {
        parts << tr("each use with a freshly minted token");
    }
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

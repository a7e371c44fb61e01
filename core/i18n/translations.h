// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// Steward's own catalogues are compiled into the binary (:/i18n); Qt's come from the system.
class Translations final
{
public:
    // "--lang de" / "--lang=de" on the command line wins; else the system's UI languages.
    static QLocale chooseLocale(const QStringList& arguments);
    // Installs the catalogues for the locale; returns whether Steward's own one was found
    // (English needs none).
    static bool install(QCoreApplication& app, const QLocale& locale);
    static QStringList available();
};

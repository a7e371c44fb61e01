// SPDX-License-Identifier: Apache-2.0
// steward-cli: parse, hand off to core, return its exit code.
#include "cli/commandline.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Steward"));
    QCoreApplication::setApplicationName(QStringLiteral("Steward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    Translations::install(app, Translations::chooseLocale(QCoreApplication::arguments()));

    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stderrFile.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QTextStream out(&stdoutFile);
    QTextStream err(&stderrFile);
    const int code = CommandLine::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}

// SPDX-License-Identifier: Apache-2.0
// steward-cli: parse, hand off to core, return its exit code.
#include "cli/commandline.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void requestStop(int)
{
    g_stop = 1;
}

} // namespace

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
    // Ctrl+C and a service manager's TERM stop a long command after the batch it is writing, so
    // that what is stored and the cursor agree; the library itself installs no handler.
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    const int code = CommandLine::run(QCoreApplication::arguments(), out, err, [] { return g_stop != 0; });
    out.flush();
    err.flush();
    return code;
}

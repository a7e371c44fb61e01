// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class QCommandLineParser;

// ca init | show | rotate, svid issue | renew | revoke, crl export
class CaCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CaCommand)

public:
    static int runCa(CliContext& context, const QStringList& args);
    static int runSvid(CliContext& context, const QStringList& args);
    static int runCrl(CliContext& context, const QStringList& args);

private:
    static int renewSvid(CliContext& context, const QCommandLineParser& parser);
    // Writes to --out FILE (owner-only) or standard output.
    static int writeOutput(CliContext& context, const QString& outFile, const QByteArray& data);
};

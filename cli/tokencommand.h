// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class CliContext;

// token mint | verify | revoke, and jwks export | rotate
class TokenCommand final
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)

public:
    static int run(CliContext& context, const QStringList& args);
    static int runJwks(CliContext& context, const QStringList& args);
    // "900", "900s", "15m", "1h": seconds, or nothing when the text is not a duration.
    static std::optional<int> parseDuration(const QString& text);
    // The same, with days as well (7d): for requests and grants.
    static std::optional<qint64> parseLongDuration(const QString& text);

private:
    static int mint(CliContext& context, const QStringList& args);
    static int verify(CliContext& context, const QStringList& args);
    static int revoke(CliContext& context, const QStringList& args);
};

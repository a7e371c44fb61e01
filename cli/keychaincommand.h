// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// keychain remember | forget | status: the workspace passphrase in the system keychain.
class KeychainCommand final
{
    Q_DECLARE_TR_FUNCTIONS(KeychainCommand)

public:
    static int run(CliContext& context, const QStringList& args);
};

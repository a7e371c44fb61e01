// SPDX-License-Identifier: Apache-2.0
#include "keychaincommand.h"

#include "clicontext.h"
#include "identity/identityservice.h"
#include "identity/passphrasekeychain.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {
bool hasKeys(Workspace& workspace)
{
    return workspace.credentials().currentSigningKey() ||
           workspace.credentials().currentAuthority(QStringLiteral("intermediate"));
}
} // namespace

int KeychainCommand::run(CliContext& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList verbs{QStringLiteral("remember"), QStringLiteral("forget"), QStringLiteral("status")};
    if (!verbs.contains(verb)) {
        return context.usage(tr("keychain needs a command: remember, forget or status."));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        verb == QStringLiteral("remember")
            ? tr("steward-cli keychain remember: keep the workspace passphrase in the system keychain, "
                 "after checking that it opens the workspace keys.")
        : verb == QStringLiteral("forget")
            ? tr("steward-cli keychain forget: remove the workspace passphrase from the system keychain.")
            : tr("steward-cli keychain status: whether a passphrase is remembered and still opens the "
                 "keys."));
    int exitCode = 0;
    if (!context.parse(parser, args.mid(1), QStringLiteral("keychain ") + verb, &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usage(tr("keychain %1 takes no arguments.").arg(verb), context.helpText(parser));
    }
    auto opened = context.openWorkspace();
    if (!opened) {
        return context.fail(opened.error());
    }
    Workspace& workspace = *opened.value();
    const QString entry = PassphraseKeychain::entryKey(workspace.id());

    if (verb == QStringLiteral("remember")) {
        if (!hasKeys(workspace)) {
            return context.fail(
                Error{ErrorKind::Refused,
                      tr("The workspace has no keys yet, so the passphrase cannot be checked; "
                         "run \"steward-cli ca init\" first.")});
        }
        auto passphrase = context.enteredPassphrase();
        if (!passphrase) {
            return context.fail(passphrase.error());
        }
        // A wrong passphrase is never remembered: it would only fail later, far from here.
        IdentityService identity(workspace);
        if (const Status opens = identity.unlock(passphrase.value()); !opens) {
            return context.fail(opens.error());
        }
        identity.lock();
        if (const Status stored = PassphraseKeychain::write(workspace.id(), passphrase.value()); !stored) {
            return context.fail(stored.error());
        }
        context.out << tr("The passphrase of %1 is in the system keychain as \"%2\" under %3; commands no "
                          "longer ask for it.")
                           .arg(workspace.trustDomain(), entry, PassphraseKeychain::service())
                    << Qt::endl;
        return CliContext::code(ExitCode::Ok);
    }
    if (verb == QStringLiteral("forget")) {
        if (const Status forgotten = PassphraseKeychain::forget(workspace.id()); !forgotten) {
            return context.fail(forgotten.error());
        }
        context.out
            << tr("The system keychain no longer holds the passphrase of %1.").arg(workspace.trustDomain())
            << Qt::endl;
        return CliContext::code(ExitCode::Ok);
    }

    auto remembered = PassphraseKeychain::read(workspace.id());
    const bool available = remembered || remembered.error().kind == ErrorKind::NotFound;
    bool opens = false;
    if (remembered) {
        IdentityService identity(workspace);
        opens = hasKeys(workspace) && identity.unlock(remembered.value()).ok();
    }
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("available"), available},
                                      {QStringLiteral("remembered"), remembered.ok()},
                                      {QStringLiteral("opens_keys"), opens},
                                      {QStringLiteral("service"), PassphraseKeychain::service()},
                                      {QStringLiteral("entry"), entry}});
    } else if (!available) {
        context.out << remembered.error().message << Qt::endl;
    } else if (!remembered) {
        context.out << tr("No passphrase is remembered for %1.").arg(workspace.trustDomain()) << Qt::endl;
    } else {
        context.out
            << (opens ? tr("The remembered passphrase opens the keys of %1.").arg(workspace.trustDomain())
                      : tr("The remembered passphrase does not open the keys of %1; run \"steward-cli "
                           "keychain forget\", then remember the current one.")
                            .arg(workspace.trustDomain()))
            << Qt::endl;
    }
    return CliContext::code(ExitCode::Ok);
}

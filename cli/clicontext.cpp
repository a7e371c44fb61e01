// SPDX-License-Identifier: Apache-2.0
#include "clicontext.h"

#include "crypto/digest.h"
#include "identity/passphrasekeychain.h"
#include "identity/unattendedpassphrase.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

Result<std::unique_ptr<Workspace>> CliContext::openWorkspace() const
{
    auto opened = Workspace::open(workspacePath);
    if (!opened) {
        return opened;
    }
    Workspace* workspace = opened.value().get();
    // The checkpoint at close needs the workspace key: only from where no one is asked.
    UnattendedPassphrase::installCheckpointLoader(*workspace);
    // With the operator's own passphrase at hand, every change this command makes is signed.
    SecretBytes operatorPassphrase(qgetenv("STEWARD_OPERATOR_PASSPHRASE"));
    if (!operatorPassphrase.isEmpty()) {
        if (auto op = workspace->operators().byUsername(workspace->operatorName());
            op && !op->keyId.isEmpty()) {
            if (auto key = KeyPair::fromEncryptedPem(op->encryptedKey, operatorPassphrase)) {
                workspace->audit().setSigner(key.value());
            }
        }
    }
    return opened;
}

ExitCode CliContext::exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::NotFound:
        return ExitCode::NotFound;
    case ErrorKind::Invalid:
    case ErrorKind::Refused:
    case ErrorKind::Conflict:
        return ExitCode::Refused;
    case ErrorKind::Storage:
    case ErrorKind::Incompatible:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

int CliContext::fail(const Error& error)
{
    err << tr("steward-cli: %1").arg(error.message) << Qt::endl;
    return code(exitCodeFor(error));
}

int CliContext::usage(const QString& message, const QString& help)
{
    err << tr("steward-cli: %1").arg(message) << Qt::endl;
    if (!help.isEmpty()) {
        err << Qt::endl << help;
    }
    err.flush();
    return code(ExitCode::Usage);
}

bool CliContext::parse(QCommandLineParser& parser,
                       const QStringList& args,
                       const QString& command,
                       int* exitCode)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON instead of text.")));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), tr("The workspace file."), tr("file"));
    parser.addOption(workspaceOption);
    m_command = command;
    QStringList argv = args;
    argv.prepend(QStringLiteral("steward-cli ") + command);
    if (!parser.parse(argv)) {
        *exitCode = usage(parser.errorText(), helpText(parser));
        return false;
    }
    if (parser.isSet(helpOption)) {
        out << helpText(parser);
        out.flush();
        *exitCode = code(ExitCode::Ok);
        return false;
    }
    json = json || parser.isSet(QStringLiteral("json"));
    if (parser.isSet(workspaceOption)) {
        workspacePath = parser.value(workspaceOption);
    }
    return true;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

void CliContext::writeUtf8(const QByteArray& utf8)
{
    if (QIODevice* device = out.device()) {
        out.flush();
        device->write(utf8);
    } else {
        out << QString::fromUtf8(utf8);
    }
}

QString CliContext::helpText(const QCommandLineParser& parser) const
{
    // Qt names the executable by its full path; a person typed "steward-cli <command>".
    QString text = parser.helpText();
    const QString executable = QCoreApplication::arguments().value(0);
    const qsizetype at = executable.isEmpty() ? -1 : text.indexOf(executable);
    if (at >= 0) {
        text.replace(at, executable.size(), QStringLiteral("steward-cli ") + m_command);
    }
    return text;
}

Result<SecretBytes> CliContext::passphrase(const Workspace& workspace) const
{
    return secret("STEWARD_PASSPHRASE",
                  tr("Workspace passphrase: "),
                  tr("The workspace passphrase is needed: set STEWARD_PASSPHRASE, remember it with "
                     "\"steward-cli keychain remember\", or run the command in a terminal."),
                  &workspace);
}

Result<SecretBytes> CliContext::enteredPassphrase() const
{
    return secret("STEWARD_PASSPHRASE",
                  tr("Workspace passphrase: "),
                  tr("The workspace passphrase is needed: set STEWARD_PASSPHRASE or run the command in a "
                     "terminal."));
}

Result<SecretBytes> CliContext::operatorPassphrase() const
{
    return secret(
        "STEWARD_OPERATOR_PASSPHRASE",
        tr("Your signing passphrase: "),
        tr("Your signing passphrase is needed: set STEWARD_OPERATOR_PASSPHRASE or run the command in a "
           "terminal."));
}

Result<SecretBytes> CliContext::connectorSecret() const
{
    return secret("STEWARD_CONNECTOR_SECRET",
                  tr("The connector's token or client secret: "),
                  tr("The connector's secret is needed: set STEWARD_CONNECTOR_SECRET, give --secret-file, or "
                     "run the command in a terminal."));
}

Result<SecretBytes> CliContext::bundlePassphrase() const
{
    return secret("STEWARD_BUNDLE_PASSPHRASE",
                  tr("Passphrase for the agent's PKCS#12 bundle: "),
                  tr("The bundle needs its own passphrase: set STEWARD_BUNDLE_PASSPHRASE or run the command "
                     "in a terminal."));
}

Result<SecretBytes> CliContext::secret(const char* variable,
                                       const QString& prompt,
                                       const QString& missing,
                                       const Workspace* workspace) const
{
    QByteArray fromEnvironment = qgetenv(variable);
    if (!fromEnvironment.isEmpty()) {
        return SecretBytes(std::move(fromEnvironment));
    }
    if (workspace && PassphraseKeychain::isEnabled()) {
        // Anything but a remembered passphrase (none stored, no keychain) falls through to the prompt.
        if (auto remembered = PassphraseKeychain::read(workspace->id())) {
            return remembered;
        }
    }
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        return Error{ErrorKind::Refused, missing};
    }
    std::fputs(qPrintable(prompt), tty);
    std::fflush(tty);
    termios saved{};
    const int fd = ::fileno(tty);
    const bool canHide = ::tcgetattr(fd, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    QByteArray line(1024, '\0');
    const bool read = std::fgets(line.data(), static_cast<int>(line.size()), tty) != nullptr;
    if (canHide) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    }
    std::fputs("\n", tty);
    std::fclose(tty);
    QByteArray secret =
        read ? QByteArray(line.constData(), static_cast<qsizetype>(qstrlen(line.constData()))) : QByteArray();
    Digest::scrub(line);
    while (secret.endsWith('\n') || secret.endsWith('\r')) {
        secret.chop(1);
    }
    if (secret.isEmpty()) {
        return Error{ErrorKind::Refused, tr("No passphrase was entered.")};
    }
    return SecretBytes(std::move(secret));
}

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/secretbytes.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QCommandLineParser;
class Workspace;

// The exit codes are part of the CLI's interface for scripts.
enum class ExitCode : int
{
    Ok = 0,
    Usage = 1,    // the command line is wrong
    NotFound = 2, // the agent, owner or workspace named does not exist
    Refused = 3,  // the request was understood and refused (invalid value, forbidden transition, duplicate)
    Failure = 4,  // the workspace could not be read or written
};

// What every command needs: where to write, which workspace, and whether to print JSON.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream& out, QTextStream& err)
        : out(out)
        , err(err)
    {
    }

    QTextStream& out;
    QTextStream& err;
    QString workspacePath;
    bool json = false;
    // Whether the person asked to stop (Ctrl+C): set by the executable, which owns the signals.
    std::function<bool()> stopRequested;
    bool stopping() const { return stopRequested && stopRequested(); }

    Result<std::unique_ptr<Workspace>> openWorkspace() const;

    static ExitCode exitCodeFor(const Error& error);
    int fail(const Error& error);
    int usage(const QString& message, const QString& help = QString());
    // Parses a command's own options; on failure prints the reason and the command's help.
    bool parse(QCommandLineParser& parser, const QStringList& args, const QString& command, int* exitCode);
    void printJson(const QJsonValue& value);
    // The workspace passphrase: STEWARD_PASSPHRASE, else the one remembered in the system keychain
    // for this workspace, else a prompt on the terminal with echo off.
    Result<SecretBytes> passphrase(const Workspace& workspace) const;
    // STEWARD_PASSPHRASE or the prompt, never the keychain: for checking what a person typed.
    Result<SecretBytes> enteredPassphrase() const;
    // The acting operator's own passphrase, for their signing key: STEWARD_OPERATOR_PASSPHRASE or asked.
    Result<SecretBytes> operatorPassphrase() const;
    // The passphrase for a PKCS#12 bundle handed to an agent: STEWARD_BUNDLE_PASSPHRASE, else asked for.
    Result<SecretBytes> bundlePassphrase() const;
    // An HTTP poller's token or client secret: STEWARD_CONNECTOR_SECRET, else asked for.
    Result<SecretBytes> connectorSecret() const;
    // The command's help, with the usage line naming "steward-cli <command>".
    QString helpText(const QCommandLineParser& parser) const;
    // Bytes that are already UTF-8 go to the output device as they are, skipping the text codec.
    void writeUtf8(const QByteArray& utf8);
    static int code(ExitCode code) { return static_cast<int>(code); }

private:
    Result<SecretBytes> secret(const char* variable,
                               const QString& prompt,
                               const QString& missing,
                               const Workspace* workspace = nullptr) const;
    QString m_command;
};

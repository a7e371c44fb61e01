// SPDX-License-Identifier: Apache-2.0
#include "passphrasekeychain.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {
// Long enough for a person to answer the keychain's own unlock prompt.
constexpr int kTimeoutMs = 60'000;

// Runs a job to completion; false when the keychain did not answer in time.
bool runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    if (!finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return finished;
}
} // namespace

bool PassphraseKeychain::isEnabled()
{
    return qEnvironmentVariableIntValue("STEWARD_NO_KEYCHAIN") == 0;
}

QString PassphraseKeychain::service()
{
    return QStringLiteral("Steward");
}

QString PassphraseKeychain::entryKey(const QString& workspaceId)
{
    return QStringLiteral("workspace-passphrase:") + workspaceId;
}

Result<SecretBytes> PassphraseKeychain::read(const QString& workspaceId)
{
    if (!isEnabled()) {
        return Error{ErrorKind::Refused, tr("The system keychain is turned off (STEWARD_NO_KEYCHAIN).")};
    }
    QKeychain::ReadPasswordJob job(service());
    job.setKey(entryKey(workspaceId));
    if (!runJob(job)) {
        return Error{ErrorKind::Refused, tr("The system keychain did not answer within a minute.")};
    }
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error{ErrorKind::NotFound, tr("No passphrase is remembered for this workspace.")};
    default:
        return Error{ErrorKind::Refused,
                     tr("The system keychain is not available: %1").arg(job.errorString())};
    }
    QByteArray stored = job.binaryData();
    if (stored.isEmpty()) {
        return Error{ErrorKind::NotFound, tr("No passphrase is remembered for this workspace.")};
    }
    return SecretBytes(std::move(stored));
}

Status PassphraseKeychain::write(const QString& workspaceId, QByteArrayView passphrase)
{
    if (!isEnabled()) {
        return Error{ErrorKind::Refused, tr("The system keychain is turned off (STEWARD_NO_KEYCHAIN).")};
    }
    if (passphrase.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("An empty passphrase is not remembered.")};
    }
    const QString text = QString::fromUtf8(passphrase.data(), passphrase.size());
    if (text.toUtf8() != passphrase) {
        return Error{
            ErrorKind::Invalid,
            tr("The passphrase is not valid UTF-8 text, so the keychain cannot hold it faithfully.")};
    }
    QKeychain::WritePasswordJob job(service());
    job.setKey(entryKey(workspaceId));
    // Text rather than binary so that the entry reads back the same in other Secret Service
    // tools (QtKeychain base64-encodes binary data).
    job.setTextData(text);
    if (!runJob(job)) {
        return Error{ErrorKind::Refused, tr("The system keychain did not answer within a minute.")};
    }
    if (job.error() != QKeychain::NoError) {
        return Error{ErrorKind::Refused,
                     tr("The system keychain refused to store the passphrase: %1").arg(job.errorString())};
    }
    return {};
}

Status PassphraseKeychain::forget(const QString& workspaceId)
{
    if (!isEnabled()) {
        return Error{ErrorKind::Refused, tr("The system keychain is turned off (STEWARD_NO_KEYCHAIN).")};
    }
    QKeychain::DeletePasswordJob job(service());
    job.setKey(entryKey(workspaceId));
    if (!runJob(job)) {
        return Error{ErrorKind::Refused, tr("The system keychain did not answer within a minute.")};
    }
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return Error{ErrorKind::Refused,
                     tr("The system keychain could not forget the passphrase: %1").arg(job.errorString())};
    }
    return {};
}

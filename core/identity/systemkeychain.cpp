// SPDX-License-Identifier: Apache-2.0
#include "systemkeychain.h"

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

Error turnedOff()
{
    return Error{ErrorKind::Refused,
                 SystemKeychain::tr("The system keychain is turned off (STEWARD_NO_KEYCHAIN).")};
}

Error noAnswer()
{
    return Error{ErrorKind::Refused,
                 SystemKeychain::tr("The system keychain did not answer within a minute.")};
}
} // namespace

bool SystemKeychain::isEnabled()
{
    return qEnvironmentVariableIntValue("STEWARD_NO_KEYCHAIN") == 0;
}

QString SystemKeychain::service()
{
    return QStringLiteral("Steward");
}

Result<SecretBytes> SystemKeychain::read(const QString& key)
{
    if (!isEnabled()) {
        return turnedOff();
    }
    QKeychain::ReadPasswordJob job(service());
    job.setKey(key);
    if (!runJob(job)) {
        return noAnswer();
    }
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error{ErrorKind::NotFound, tr("The system keychain holds nothing under %1.").arg(key)};
    default:
        return Error{ErrorKind::Refused,
                     tr("The system keychain is not available: %1").arg(job.errorString())};
    }
    QByteArray stored = job.binaryData();
    if (stored.isEmpty()) {
        return Error{ErrorKind::NotFound, tr("The system keychain holds nothing under %1.").arg(key)};
    }
    return SecretBytes(std::move(stored));
}

Status SystemKeychain::write(const QString& key, QByteArrayView secret)
{
    if (!isEnabled()) {
        return turnedOff();
    }
    if (secret.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("An empty secret is not stored.")};
    }
    const QString text = QString::fromUtf8(secret.data(), secret.size());
    if (text.toUtf8() != secret) {
        return Error{ErrorKind::Invalid,
                     tr("The secret is not valid UTF-8 text, so the keychain cannot hold it faithfully.")};
    }
    QKeychain::WritePasswordJob job(service());
    job.setKey(key);
    job.setTextData(text);
    if (!runJob(job)) {
        return noAnswer();
    }
    if (job.error() != QKeychain::NoError) {
        return Error{ErrorKind::Refused,
                     tr("The system keychain refused to store the secret: %1").arg(job.errorString())};
    }
    return {};
}

Status SystemKeychain::forget(const QString& key)
{
    if (!isEnabled()) {
        return turnedOff();
    }
    QKeychain::DeletePasswordJob job(service());
    job.setKey(key);
    if (!runJob(job)) {
        return noAnswer();
    }
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return Error{ErrorKind::Refused,
                     tr("The system keychain could not forget the secret: %1").arg(job.errorString())};
    }
    return {};
}

// SPDX-License-Identifier: Apache-2.0
#include "passphrasekeychain.h"

#include "systemkeychain.h"

bool PassphraseKeychain::isEnabled()
{
    return SystemKeychain::isEnabled();
}

QString PassphraseKeychain::service()
{
    return SystemKeychain::service();
}

QString PassphraseKeychain::entryKey(const QString& workspaceId)
{
    return QStringLiteral("workspace-passphrase:") + workspaceId;
}

Result<SecretBytes> PassphraseKeychain::read(const QString& workspaceId)
{
    auto read = SystemKeychain::read(entryKey(workspaceId));
    if (!read && read.error().kind == ErrorKind::NotFound) {
        return Error{ErrorKind::NotFound, tr("No passphrase is remembered for this workspace.")};
    }
    return read;
}

Status PassphraseKeychain::write(const QString& workspaceId, QByteArrayView passphrase)
{
    if (passphrase.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("An empty passphrase is not remembered.")};
    }
    return SystemKeychain::write(entryKey(workspaceId), passphrase);
}

Status PassphraseKeychain::forget(const QString& workspaceId)
{
    return SystemKeychain::forget(entryKey(workspaceId));
}

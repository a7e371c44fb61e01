// SPDX-License-Identifier: Apache-2.0
#include "connectorsecret.h"

#include "crypto/sealedbox.h"
#include "identity/systemkeychain.h"
#include "workspace/workspace.h"

namespace {
const QString kSetting = QStringLiteral("secret_store");

// Binds a sealed secret to its workspace and connector: copied to another row, it does not open.
QByteArray associatedData(const Workspace& workspace, qint64 connectorId)
{
    return QStringLiteral("steward connector secret:%1:%2").arg(workspace.id()).arg(connectorId).toUtf8();
}
} // namespace

QString ConnectorSecret::storeName(Store store)
{
    return store == Store::Keychain ? QStringLiteral("keychain") : QStringLiteral("workspace");
}

std::optional<ConnectorSecret::Store> ConnectorSecret::storeFromName(const QString& name)
{
    if (name == QStringLiteral("keychain")) {
        return Store::Keychain;
    }
    if (name == QStringLiteral("workspace")) {
        return Store::Workspace;
    }
    return std::nullopt;
}

std::optional<ConnectorSecret::Store> ConnectorSecret::storeOf(const Connector& connector)
{
    return storeFromName(connector.settings.value(kSetting).toString());
}

QString ConnectorSecret::keychainKey(const QString& workspaceId, qint64 connectorId)
{
    return QStringLiteral("connector-secret:%1:%2").arg(workspaceId).arg(connectorId);
}

Status ConnectorSecret::keep(Workspace& workspace,
                             const Connector& connector,
                             QByteArrayView secret,
                             Store store,
                             QByteArrayView passphrase)
{
    if (secret.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("The connector's secret is empty.")};
    }
    if (store == Store::Keychain) {
        if (const Status written = SystemKeychain::write(keychainKey(workspace.id(), connector.id), secret);
            !written) {
            return written;
        }
        // A copy sealed earlier would otherwise outlive the move to the keychain.
        return workspace.connectors().removeSealedSecret(connector.id);
    }
    auto sealed = SealedBox::seal(secret, passphrase, associatedData(workspace, connector.id));
    if (!sealed) {
        return sealed.error();
    }
    if (const Status kept =
            workspace.connectors().setSealedSecret(connector.id, sealed.value(), workspace.now());
        !kept) {
        return kept;
    }
    if (storeOf(connector) == Store::Keychain && SystemKeychain::isEnabled()) {
        const Status forgotten = SystemKeychain::forget(keychainKey(workspace.id(), connector.id));
        Q_UNUSED(forgotten) // the sealed copy is what counts now; a stale keychain entry is never read
    }
    return {};
}

Result<SecretBytes>
ConnectorSecret::read(Workspace& workspace, const Connector& connector, const PassphraseSource& passphrase)
{
    const auto store = storeOf(connector);
    if (!store) {
        return Error{
            ErrorKind::NotFound,
            tr("Connector %1 has no secret yet: set its token or client secret.").arg(connector.name)};
    }
    if (*store == Store::Keychain) {
        auto read = SystemKeychain::read(keychainKey(workspace.id(), connector.id));
        if (!read) {
            return Error{read.error().kind,
                         tr("The secret of connector %1 is kept in the system keychain, which did not give "
                            "it: %2")
                             .arg(connector.name, read.error().message)};
        }
        return read;
    }
    auto sealed = workspace.connectors().sealedSecret(connector.id);
    if (!sealed) {
        return sealed.error();
    }
    auto key = passphrase ? passphrase()
                          : Result<SecretBytes>(Error{ErrorKind::Refused, tr("No passphrase was given.")});
    if (!key) {
        return Error{ErrorKind::Refused,
                     tr("The secret of connector %1 is sealed with the workspace passphrase, which is "
                        "needed to run it: %2")
                         .arg(connector.name, key.error().message)};
    }
    return SealedBox::open(sealed.value(), key.value(), associatedData(workspace, connector.id));
}

Status ConnectorSecret::forget(Workspace& workspace, const Connector& connector)
{
    if (storeOf(connector) == Store::Keychain) {
        if (const Status forgotten = SystemKeychain::forget(keychainKey(workspace.id(), connector.id));
            !forgotten) {
            return forgotten;
        }
    }
    return workspace.connectors().removeSealedSecret(connector.id);
}

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/secretbytes.h"
#include "model/connector.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class Workspace;

// Where a connector's secret lives (an HTTP poller's bearer token or OAuth client secret): in the
// system keychain, or sealed in the workspace under the workspace passphrase. Never in the
// connector's settings, never in plain text. The settings say which ("secret_store"), so a reader
// knows where to look without trying both.
class ConnectorSecret final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorSecret)

public:
    enum class Store
    {
        Keychain,
        Workspace
    };
    static QString storeName(Store store);
    static std::optional<Store> storeFromName(const QString& name);
    // What the connector's settings name; nullopt when it has no secret yet.
    static std::optional<Store> storeOf(const Connector& connector);

    using PassphraseSource = std::function<Result<SecretBytes>()>;

    // The passphrase is used only for the workspace store; the caller has checked it.
    static Status keep(Workspace& workspace,
                       const Connector& connector,
                       QByteArrayView secret,
                       Store store,
                       QByteArrayView passphrase);
    // The passphrase source is asked only when the secret is sealed in the workspace.
    static Result<SecretBytes>
    read(Workspace& workspace, const Connector& connector, const PassphraseSource& passphrase);
    static Status forget(Workspace& workspace, const Connector& connector);

    static QString keychainKey(const QString& workspaceId, qint64 connectorId);
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectorsecret.h"
#include "model/connector.h"
#include "result.h"

#include <QCoreApplication>

class Workspace;

// Configuring connectors: each change is a setting of the workspace, so it is validated and
// lands in the audit trail with the change itself.
class ConnectorService final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorService)

public:
    explicit ConnectorService(Workspace& workspace)
        : m_workspace(workspace)
    {
    }

    Result<Connector> add(const QString& name, const QString& kind, const QJsonObject& settings);
    // The connector of this name, created with these settings when there is none yet.
    Result<Connector> ensure(const QString& name, const QString& kind, const QJsonObject& settings);
    Status setEnabled(const QString& name, bool enabled);
    // New settings (a corrected mapping, another path), checked as add() checks them. The receiver's
    // token digest is kept unless the new settings name one.
    Result<Connector> updateSettings(const QString& name, const QJsonObject& settings);
    struct Reingested
    {
        IngestCounts counts;
        int reingested = 0;       // records now stored (or found already stored)
        int stillQuarantined = 0; // records that still do not map; they stay where they are
        QStringList notes;        // why some could not even be tried (kept only in part)
    };
    // Reads quarantined records again through their connector's settings as they are now (after a
    // mapping was corrected, say). What maps is stored and marked re-ingested; the rest stays.
    Result<Reingested> reingest(const QList<QuarantinedRecord>& records);
    // Sets waiting records aside for good, with a reason: they leave the waiting list, stay readable
    // until purged, and the audit trail names who dismissed which and why. All or none.
    Status dismiss(const QList<qint64>& ids, const QString& reason);
    // Deletes the settled records (re-ingested or dismissed) of one connector, or of all when the
    // name is empty; waiting records stay. Audited with how many went.
    Result<qint64> purge(const QString& connectorName);

    // Replaces a receiver's bearer token: only its SHA-256 is stored. Returns the new token, to be
    // shown once.
    Result<QString> rotateToken(const QString& name);
    // Keeps an HTTP poller's token or client secret where the store says. For the workspace store
    // the passphrase must open the workspace's keys, so that a typo never seals the secret.
    Status setSecret(const QString& name,
                     QByteArrayView secret,
                     ConnectorSecret::Store store,
                     QByteArrayView passphrase = {});

    // The setting names a connector of this kind reads. A name outside them is refused when
    // settings are given, so a misspelt `pth` or `actor_type` fails at once instead of being kept
    // and silently doing nothing.
    static QStringList settingNames(const QString& kind);

private:
    Workspace& m_workspace;
};

// SPDX-License-Identifier: Apache-2.0
#include "connectorservice.h"

#include <QJsonArray>

#include "identity/identityservice.h"
#include "ingestpipeline.h"
#include "inventory/inventoryrules.h"
#include "otlpreceiver.h"
#include "recordparser.h"
#include "workflow/operatorservice.h"
#include "workspace/workspace.h"

namespace {

Status checkSettingNames(const QString& kind, const QJsonObject& settings)
{
    const QStringList known = ConnectorService::settingNames(kind);
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return Error{ErrorKind::Invalid,
                         ConnectorService::tr("A %1 connector has no setting \"%2\". Its settings are: %3.")
                             .arg(kind, it.key().left(64), known.join(QStringLiteral(", ")))};
        }
    }
    return {};
}

} // namespace

QStringList ConnectorService::settingNames(const QString& kind)
{
    // Where the records come from (a path and its glob, or the receiver's address, port and TLS
    // files), what the service keeps itself, and how actors are told apart: every kind has these.
    QStringList names = {QStringLiteral("path"),
                         QStringLiteral("glob"),
                         QStringLiteral("receiver"),
                         QStringLiteral("address"),
                         QStringLiteral("port"),
                         QStringLiteral("tls_cert"),
                         QStringLiteral("tls_key"),
                         QStringLiteral("token_sha256"),
                         QStringLiteral("secret_store"),
                         QStringLiteral("actor_types")};
    if (kind == QStringLiteral("k8s") || kind == QStringLiteral("http")) {
        names << QStringLiteral("cluster");
    }
    if (kind == QStringLiteral("jsonl") || kind == QStringLiteral("http")) {
        names << QStringLiteral("mapping") << QStringLiteral("principal_kind");
    }
    if (kind == QStringLiteral("http")) {
        names << QStringLiteral("url") << QStringLiteral("record_format") << QStringLiteral("records")
              << QStringLiteral("next") << QStringLiteral("cursor_param") << QStringLiteral("auth")
              << QStringLiteral("token_url") << QStringLiteral("client_id") << QStringLiteral("scope")
              << QStringLiteral("ca_file") << QStringLiteral("interval");
    }
    return names;
}

Result<Connector> ConnectorService::add(const QString& name, const QString& kind, const QJsonObject& settings)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200) {
        return Error{ErrorKind::Invalid, tr("A connector needs a name of 1 to 200 characters.")};
    }
    if (!RecordParser::connectorKinds().contains(kind)) {
        return Error{ErrorKind::Invalid,
                     tr("\"%1\" is not a connector format; use one of %2.")
                         .arg(kind, RecordParser::connectorKinds().join(QStringLiteral(", ")))};
    }
    if (m_workspace.connectors().byName(trimmed)) {
        return Error{ErrorKind::Conflict, tr("There is already a connector named %1.").arg(trimmed)};
    }
    if (const Status names = checkSettingNames(kind, settings); !names) {
        return names.error();
    }
    if (auto parser = RecordParser::forConnector(kind, settings); !parser) {
        return parser.error();
    }
    Connector connector;
    connector.name = trimmed;
    connector.kind = kind;
    connector.settings = settings;
    connector.createdAt = m_workspace.now();
    Result<Connector> added = Error{};
    const Status done = m_workspace.database().transaction([&]() -> Status {
        auto id = m_workspace.connectors().insert(connector);
        if (!id) {
            return id.error();
        }
        connector.id = id.value();
        added = connector;
        return m_workspace.audit().record(
            QStringLiteral("connector.added"),
            QStringLiteral("connector"),
            trimmed,
            QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("settings"), settings}});
    });
    if (!done) {
        return done.error();
    }
    return m_workspace.connectors().byId(connector.id);
}

Result<Connector>
ConnectorService::ensure(const QString& name, const QString& kind, const QJsonObject& settings)
{
    auto existing = m_workspace.connectors().byName(name.trimmed());
    if (existing) {
        if (existing->kind != kind) {
            return Error{ErrorKind::Conflict,
                         tr("Connector %1 reads %2, not %3.").arg(existing->name, existing->kind, kind)};
        }
        return existing;
    }
    if (existing.error().kind != ErrorKind::NotFound) {
        return existing.error();
    }
    return add(name, kind, settings);
}

Result<Connector> ConnectorService::updateSettings(const QString& name, const QJsonObject& settings)
{
    auto connector = m_workspace.connectors().byName(name);
    if (!connector) {
        return connector.error();
    }
    QJsonObject next = settings;
    // What the service itself keeps in the settings survives an edit that does not mention it.
    for (const QString& kept : {QStringLiteral("token_sha256"), QStringLiteral("secret_store")}) {
        if (!next.contains(kept) && connector->settings.contains(kept)) {
            next.insert(kept, connector->settings.value(kept));
        }
    }
    if (const Status names = checkSettingNames(connector->kind, next); !names) {
        return names.error();
    }
    if (auto parser = RecordParser::forConnector(connector->kind, next); !parser) {
        return parser.error();
    }
    const Status done = m_workspace.database().transaction([&]() -> Status {
        if (const Status s = m_workspace.connectors().setSettings(connector->id, next, m_workspace.now());
            !s) {
            return s;
        }
        return m_workspace.audit().record(
            QStringLiteral("connector.settings_changed"),
            QStringLiteral("connector"),
            connector->name,
            QJsonObject{{QStringLiteral("before"), connector->settings}, {QStringLiteral("after"), next}});
    });
    if (!done) {
        return done.error();
    }
    return m_workspace.connectors().byId(connector->id);
}

Status ConnectorService::setEnabled(const QString& name, bool enabled)
{
    auto connector = m_workspace.connectors().byName(name);
    if (!connector) {
        return connector.error();
    }
    return m_workspace.database().transaction([&]() -> Status {
        if (const Status s = m_workspace.connectors().setEnabled(connector->id, enabled, m_workspace.now());
            !s) {
            return s;
        }
        return m_workspace.audit().record(enabled ? QStringLiteral("connector.enabled")
                                                  : QStringLiteral("connector.disabled"),
                                          QStringLiteral("connector"),
                                          connector->name,
                                          QJsonObject{});
    });
}

Result<QString> ConnectorService::rotateToken(const QString& name)
{
    auto connector = m_workspace.connectors().byName(name);
    if (!connector) {
        return connector.error();
    }
    const QString token = OtlpReceiver::newToken();
    QJsonObject settings = connector->settings;
    settings.insert(QStringLiteral("token_sha256"), OtlpReceiver::tokenDigest(token));
    const Status done = m_workspace.database().transaction([&]() -> Status {
        if (const Status s = m_workspace.connectors().setSettings(connector->id, settings, m_workspace.now());
            !s) {
            return s;
        }
        // The digest identifies the token in the trail without revealing it.
        return m_workspace.audit().record(
            QStringLiteral("connector.token_rotated"),
            QStringLiteral("connector"),
            connector->name,
            QJsonObject{{QStringLiteral("token_sha256"), settings.value(QStringLiteral("token_sha256"))}});
    });
    if (!done) {
        return done.error();
    }
    return token;
}

Status ConnectorService::setSecret(const QString& name,
                                   QByteArrayView secret,
                                   ConnectorSecret::Store store,
                                   QByteArrayView passphrase)
{
    auto connector = m_workspace.connectors().byName(name);
    if (!connector) {
        return connector.error();
    }
    if (connector->kind != QStringLiteral("http")) {
        return Error{
            ErrorKind::Invalid,
            tr("Connector %1 reads files or listens; only an HTTP poller keeps a secret.").arg(name)};
    }
    if (store == ConnectorSecret::Store::Workspace) {
        IdentityService identity(m_workspace);
        const Status opened = identity.unlock(passphrase);
        identity.lock();
        if (!opened || passphrase.isEmpty()) {
            return Error{ErrorKind::Refused,
                         tr("The workspace passphrase is wrong, so the secret was not sealed with it.")};
        }
    }
    QJsonObject settings = connector->settings;
    settings.insert(QStringLiteral("secret_store"), ConnectorSecret::storeName(store));
    return m_workspace.database().transaction([&]() -> Status {
        if (const Status kept =
                ConnectorSecret::keep(m_workspace, connector.value(), secret, store, passphrase);
            !kept) {
            return kept;
        }
        if (const Status s = m_workspace.connectors().setSettings(connector->id, settings, m_workspace.now());
            !s) {
            return s;
        }
        // Where it is kept, never the secret nor a digest of it (a weak secret could be guessed from one).
        return m_workspace.audit().record(
            QStringLiteral("connector.secret_set"),
            QStringLiteral("connector"),
            connector->name,
            QJsonObject{{QStringLiteral("store"), ConnectorSecret::storeName(store)}});
    });
}

Status ConnectorService::dismiss(const QList<qint64>& ids, const QString& reason)
{
    // Setting evidence aside is a decision about the record, and deleting it more so: a viewer, or
    // someone who is no operator at all, may do neither.
    if (const Status allowed = OperatorService(m_workspace).require(OperatorRole::Approver); !allowed) {
        return allowed;
    }
    const QString why = reason.trimmed();
    if (InventoryRules::isBlank(why) || why.size() > 1000) {
        return Error{
            ErrorKind::Invalid,
            tr("Say why the records are dismissed (up to 1,000 characters): the audit trail keeps it.")};
    }
    if (ids.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("Name at least one quarantined record to dismiss.")};
    }
    // One entry per record, named by its id, so that the trail answers "who set record 42 aside,
    // and why" by its object, as it does for agents and requests.
    // The same id named twice is dismissed once.
    QList<qint64> unique;
    for (const qint64 id : ids) {
        if (!unique.contains(id)) {
            unique.append(id);
        }
    }
    return m_workspace.database().transaction([&]() -> Status {
        for (const qint64 id : std::as_const(unique)) {
            auto record = m_workspace.connectors().quarantinedById(id);
            if (!record) {
                return record.error();
            }
            if (const Status s = m_workspace.connectors().markDismissed(
                    id, m_workspace.operatorName(), why, m_workspace.now());
                !s) {
                return s;
            }
            if (const Status s = m_workspace.audit().record(
                    QStringLiteral("quarantine.dismissed"),
                    QStringLiteral("quarantine"),
                    QString::number(id),
                    QJsonObject{{QStringLiteral("why"), why},
                                {QStringLiteral("connector_id"), record->connectorId},
                                {QStringLiteral("location"), record->location},
                                {QStringLiteral("reason"), record->reason}});
                !s) {
                return s;
            }
        }
        return Status{};
    });
}

Result<qint64> ConnectorService::purge(const QString& connectorName)
{
    if (const Status allowed = OperatorService(m_workspace).require(OperatorRole::Admin); !allowed) {
        return allowed.error();
    }
    qint64 connectorId = 0;
    if (!connectorName.isEmpty()) {
        auto connector = m_workspace.connectors().byName(connectorName);
        if (!connector) {
            return connector.error();
        }
        connectorId = connector->id;
    }
    qint64 purged = 0;
    const Status done = m_workspace.database().transaction([&]() -> Status {
        auto removed = m_workspace.connectors().purgeSettled(connectorId);
        if (!removed) {
            return removed.error();
        }
        purged = removed.value();
        return m_workspace.audit().record(QStringLiteral("quarantine.purged"),
                                          QStringLiteral("quarantine"),
                                          connectorName.isEmpty() ? QStringLiteral("*") : connectorName,
                                          QJsonObject{{QStringLiteral("records"), purged}});
    });
    if (!done) {
        return done.error();
    }
    return purged;
}

Result<ConnectorService::Reingested> ConnectorService::reingest(const QList<QuarantinedRecord>& records)
{
    Reingested result;
    for (const QuarantinedRecord& record : records) {
        if (!record.pending()) {
            continue;
        }
        if (record.rawSize > record.raw.size()) {
            result.notes << tr("Record %1 was kept only in part (%2 of %3 bytes); it cannot be read again.")
                                .arg(record.id)
                                .arg(record.raw.size())
                                .arg(record.rawSize);
            ++result.stillQuarantined;
            continue;
        }
        auto connector = m_workspace.connectors().byId(record.connectorId);
        if (!connector) {
            return connector.error();
        }
        // The connector's settings as they are now: a corrected mapping reads the record anew.
        const auto parser = RecordParser::forConnector(connector->kind, connector->settings);
        if (!parser) {
            return parser.error();
        }
        QList<IngestPipeline::Unit> units{{parser.value()->parse(record.raw), record.location}};
        if (!units.first().parsed.rejected.isEmpty()) {
            ++result.stillQuarantined; // nothing counted again
            continue;
        }
        bool stillUnusable = false;
        IngestCounts counts;
        const Status done = m_workspace.database().transaction([&]() -> Status {
            // The cursor as it stands inside the transaction: a connector running meanwhile keeps its place.
            auto current = m_workspace.connectors().byId(record.connectorId);
            if (!current) {
                return current.error();
            }
            IngestPipeline pipeline(m_workspace, current->id);
            auto stored = pipeline.commit(units, current->cursor);
            if (!stored) {
                return stored.error();
            }
            if (stored->quarantined > 0) {
                // Parsed, but still not storable (an answer whose call is not stored): undo, keep it.
                stillUnusable = true;
                return Error{ErrorKind::Refused, QString()};
            }
            counts = stored.value();
            return m_workspace.connectors().markReingested(record.id, m_workspace.now());
        });
        if (stillUnusable) {
            ++result.stillQuarantined;
            continue;
        }
        if (!done) {
            return done.error();
        }
        result.counts += counts;
        ++result.reingested;
    }
    return result;
}

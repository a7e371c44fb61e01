// SPDX-License-Identifier: Apache-2.0
#include "credentialtablemodel.h"

#include "theme.h"

#include <QGuiApplication>
#include <QLocale>

namespace {

QString kindLabel(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::X509Svid:
        return CredentialTableModel::tr("X.509-SVID");
    case CredentialKind::Jwt:
        return CredentialTableModel::tr("Token");
    case CredentialKind::StaticApiKey:
        return CredentialTableModel::tr("Static API key");
    case CredentialKind::OAuthClient:
        return CredentialTableModel::tr("OAuth client");
    }
    Q_UNREACHABLE();
}

QString relative(const QDateTime& when, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(when);
    const qint64 minutes = qAbs(seconds) / 60;
    const QString span = minutes < 1      ? CredentialTableModel::tr("%1 s").arg(qAbs(seconds))
                         : minutes < 120  ? CredentialTableModel::tr("%1 min").arg(minutes)
                         : minutes < 2880 ? CredentialTableModel::tr("%1 h").arg(minutes / 60)
                                          : CredentialTableModel::tr("%1 days").arg(minutes / 1440);
    return seconds >= 0 ? CredentialTableModel::tr("in %1").arg(span)
                        : CredentialTableModel::tr("%1 ago").arg(span);
}

} // namespace

CredentialTableModel::CredentialTableModel(CredentialRepository& credentials, QObject* parent)
    : QAbstractTableModel(parent)
    , m_credentials(credentials)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

int CredentialTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CredentialTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CredentialTableModel::statusKey(const Credential& credential, const QDateTime& now)
{
    if (credential.isRevoked()) {
        return QStringLiteral("revoked");
    }
    return credential.isExpired(now) ? QStringLiteral("expired") : QStringLiteral("active");
}

void CredentialTableModel::setFilter(const CredentialRepository::Filter& filter)
{
    m_filter = filter;
    reload();
}

void CredentialTableModel::reload()
{
    CredentialRepository::Filter filter = m_filter;
    filter.now = m_clock();
    auto rows = m_credentials.list(filter);
    beginResetModel();
    m_rows = rows ? rows.value() : QList<Credential>();
    endResetModel();
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message);
    }
}

void CredentialTableModel::refreshTimes()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, ExpiresColumn), index(rowCount() - 1, StatusColumn));
    }
}

const Credential* CredentialTableModel::credentialAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant CredentialTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Credential& c = m_rows.at(index.row());
    const QDateTime now = m_clock();
    const QString status = statusKey(c, now);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindLabel(c.kind);
        case AgentColumn:
            return c.agentName.isEmpty() ? tr("none") : c.agentName;
        case IdentifierColumn:
            return c.identifier;
        case IssuedColumn:
            return locale.toString(c.issuedAt.toLocalTime(), QLocale::ShortFormat);
        case ExpiresColumn:
            return c.expiresAt.isValid() ? relative(c.expiresAt, now) : tr("never");
        case StatusColumn:
            return status == QStringLiteral("revoked")   ? tr("Revoked")
                   : status == QStringLiteral("expired") ? tr("Expired")
                                                         : tr("Active");
        case AudienceColumn:
            return c.audience;
        case TaskColumn:
            return c.task;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ExpiresColumn && c.expiresAt.isValid()) {
            return locale.toString(c.expiresAt.toLocalTime(), QLocale::LongFormat);
        }
        if (index.column() == StatusColumn && c.isRevoked()) {
            return tr("Revoked %1: %2")
                .arg(locale.toString(c.revokedAt.toLocalTime(), QLocale::ShortFormat), c.revocationReason);
        }
        if (index.column() == IdentifierColumn) {
            return c.fingerprint;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            const QPalette palette = QGuiApplication::palette();
            return status == QStringLiteral("active")    ? Theme::statusColor(AgentStatus::Active, palette)
                   : status == QStringLiteral("revoked") ? Theme::statusColor(AgentStatus::Shadow, palette)
                                                         : palette.color(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case CredentialIdRole:
        return c.id;
    case StatusKeyRole:
        return status;
    default:
        return {};
    }
}

QVariant CredentialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case AgentColumn:
        return tr("Agent");
    case IdentifierColumn:
        return tr("Serial or ID");
    case IssuedColumn:
        return tr("Issued");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    case AudienceColumn:
        return tr("Audience");
    case TaskColumn:
        return tr("Task");
    default:
        return {};
    }
}

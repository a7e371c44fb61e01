// SPDX-License-Identifier: Apache-2.0
#include "audittablemodel.h"

#include <QLocale>

AuditTableModel::AuditTableModel(const AuditTrail& audit, QObject* parent)
    : QAbstractTableModel(parent)
    , m_audit(audit)
{
}

void AuditTableModel::setFilter(const AuditTrail::Filter& filter)
{
    m_filter = filter;
    reload();
}

void AuditTableModel::reload()
{
    // Views (and the model tester) may ask for more while the reset is being announced, or while
    // rows are being inserted; they get it afterwards, never inside, or a page would come twice.
    m_resetting = true;
    beginResetModel();
    AuditTrail::Filter page = m_filter;
    page.afterSequence = 0;
    page.limit = kPageSize;
    auto rows = m_audit.list(page);
    m_rows = rows ? rows.value() : QList<AuditEntry>();
    m_more = m_rows.size() == kPageSize;
    endResetModel();
    m_resetting = false;
}

std::optional<AuditEntry> AuditTableModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? std::optional<AuditEntry>(m_rows[row]) : std::nullopt;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_resetting && !m_fetching;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty()) {
        return;
    }
    AuditTrail::Filter page = m_filter;
    page.afterSequence = m_rows.constLast().sequence;
    page.limit = kPageSize;
    auto rows = m_audit.list(page);
    if (!rows || rows->isEmpty()) {
        m_more = false;
        return;
    }
    m_more = rows->size() == kPageSize;
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(rows.value());
    endInsertRows();
    m_fetching = false;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole) {
        return {};
    }
    const AuditEntry& e = m_rows[index.row()];
    switch (index.column()) {
    case SequenceColumn:
        return e.sequence;
    case TimeColumn:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case OperatorColumn:
        return e.operatorName;
    case ActionColumn:
        return e.action;
    case ObjectColumn:
        return QString(e.objectType + QLatin1Char(':') + e.objectId);
    case SignedColumn:
        return e.keyId.isEmpty() ? tr("no") : tr("yes");
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case SignedColumn:
        return tr("Signed");
    }
    return {};
}

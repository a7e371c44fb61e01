// SPDX-License-Identifier: Apache-2.0
#include "requesttablemodel.h"

#include "policy/permissionsentence.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <QGuiApplication>
#include <QLocale>

RequestTableModel::RequestTableModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_filter.state = RequestState::Pending;
}

void RequestTableModel::setFilter(const RequestRepository::Filter& filter)
{
    m_filter = filter;
    reload();
}

void RequestTableModel::reload()
{
    // As in the other paged models: no fetch while a reset or an insertion is being announced.
    m_resetting = true;
    beginResetModel();
    m_now = m_workspace.now();
    RequestRepository::Filter page = m_filter;
    page.offset = 0;
    page.limit = kPageSize;
    auto rows = m_workspace.requests().list(page);
    auto total = m_workspace.requests().count(m_filter);
    m_rows = rows ? rows.value() : QList<Request>();
    m_total = total ? total.value() : m_rows.size();
    endResetModel();
    m_resetting = false;
}

std::optional<Request> RequestTableModel::request(int row) const
{
    return row >= 0 && row < m_rows.size() ? std::optional<Request>(m_rows[row]) : std::nullopt;
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequestTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total && !m_resetting && !m_fetching;
}

void RequestTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    RequestRepository::Filter page = m_filter;
    page.offset = int(m_rows.size());
    page.limit = kPageSize;
    auto rows = m_workspace.requests().list(page);
    if (!rows || rows->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(rows.value());
    endInsertRows();
    m_fetching = false;
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Request& r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RiskColumn:
            return AgentTypes::label(r.risk);
        case IdColumn:
            return tr("#%1 %2").arg(r.id).arg(RequestKinds::key(r.kind));
        case AgentColumn:
            return r.agentName;
        case RequesterColumn:
            return r.requester;
        case StatementsColumn:
            return r.statements.isEmpty() ? tr("(new agent)")
                   : r.statements.size() == 1
                       ? r.statements.constFirst()
                       : tr("%1 (+%2 more)").arg(r.statements.constFirst()).arg(r.statements.size() - 1);
        case AgeColumn: {
            const qint64 hours = r.createdAt.secsTo(m_now) / 3600;
            return hours < 1    ? tr("under an hour")
                   : hours < 48 ? PermissionSentence::duration(hours * 3600)
                                : PermissionSentence::duration(hours / 24 * 86400);
        }
        case StateColumn:
            return RequestKinds::key(r.state);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatementsColumn) {
        return r.statements.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && index.column() == RiskColumn) {
        return Theme::riskColor(r.risk, QGuiApplication::palette());
    }
    if (role == Qt::AccessibleTextRole && index.column() == RiskColumn) {
        return tr("Risk %1").arg(AgentTypes::label(r.risk));
    }
    return {};
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RiskColumn:
        return tr("Risk");
    case IdColumn:
        return tr("Request");
    case AgentColumn:
        return tr("Agent");
    case RequesterColumn:
        return tr("Requester");
    case StatementsColumn:
        return tr("Asks for");
    case AgeColumn:
        return tr("Waiting");
    case StateColumn:
        return tr("State");
    }
    return {};
}

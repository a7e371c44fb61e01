// SPDX-License-Identifier: Apache-2.0
#include "agenttablemodel.h"

#include "store/agentrepository.h"
#include "theme.h"

#include <QGuiApplication>
#include <QLocale>

AgentTableModel::AgentTableModel(AgentRepository& agents, QObject* parent)
    : QAbstractTableModel(parent)
    , m_agents(agents)
{
    refresh();
}

int AgentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AgentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AgentTableModel::setQuery(const AgentQuery& query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    refresh();
}

void AgentTableModel::refresh()
{
    beginResetModel();
    m_loadFailed = false;
    m_pages.clear();
    m_recentPages.clear();
    auto count = m_agents.count(m_query);
    auto total = m_query.isFiltered() ? m_agents.count(AgentQuery{}) : count;
    // A table view addresses rows with int; an inventory beyond that is far outside any budget.
    m_rowCount = count ? static_cast<int>(qMin<qint64>(count.value(), std::numeric_limits<int>::max())) : 0;
    m_total = total ? total.value() : 0;
    endResetModel();
    if (!count) {
        Q_EMIT loadFailed(count.error().message);
    }
}

const Agent* AgentTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount) {
        return nullptr;
    }
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto loaded = m_agents.page(
            m_query, static_cast<qint64>(page) * kPageSize, kPageSize, AgentRepository::Details::Without);
        if (!loaded) {
            // data() runs inside painting: the failure is reported once, after the paint, and
            // the view shows empty cells rather than stale ones until the next refresh().
            if (!m_loadFailed) {
                m_loadFailed = true;
                auto* self = const_cast<AgentTableModel*>(this);
                QMetaObject::invokeMethod(
                    self,
                    [self, message = loaded.error().message] { Q_EMIT self->loadFailed(message); },
                    Qt::QueuedConnection);
            }
            return nullptr;
        }
        if (m_pages.size() >= kMaxCachedPages && !m_recentPages.isEmpty()) {
            m_pages.remove(m_recentPages.takeFirst());
        }
        it = m_pages.insert(page, std::move(loaded).value());
    } else {
        m_recentPages.removeOne(page);
    }
    m_recentPages.append(page);
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

std::optional<Agent> AgentTableModel::agentAt(int row) const
{
    if (const Agent* agent = rowAt(row)) {
        return *agent;
    }
    return std::nullopt;
}

int AgentTableModel::cachedRowOf(qint64 agentId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == agentId) {
                return it.key() * kPageSize + static_cast<int>(i);
            }
        }
    }
    return -1;
}

QString AgentTableModel::lastSeenText(const QDateTime& time) const
{
    if (!time.isValid()) {
        return tr("never");
    }
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QVariant AgentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Agent* agent = rowAt(index.row());
    if (!agent) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return agent->name;
        case DisplayNameColumn:
            return agent->displayName;
        case OwnerColumn:
            return agent->ownerId ? agent->ownerName : tr("No owner");
        case StatusColumn:
            return AgentTypes::label(agent->status);
        case EnvironmentColumn:
            return AgentTypes::label(agent->environment);
        case RiskColumn:
            return AgentTypes::label(agent->riskTier);
        case FrameworkColumn:
            return agent->framework;
        case LastSeenColumn:
            return lastSeenText(agent->lastSeenAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return agent->spiffeId;
        case OwnerColumn:
            return agent->ownerId ? QStringLiteral("%1 <%2>\n%3")
                                        .arg(agent->ownerName, agent->ownerEmail, agent->ownerTeam)
                                  : tr("Nobody is accountable for this agent yet.");
        default:
            return {};
        }
    case Qt::ForegroundRole: {
        const QPalette palette = QGuiApplication::palette();
        if (index.column() == StatusColumn) {
            return Theme::statusColor(agent->status, palette);
        }
        if (index.column() == RiskColumn) {
            return Theme::riskColor(agent->riskTier, palette);
        }
        if (agent->status == AgentStatus::Retired) {
            return palette.color(QPalette::Disabled, QPalette::Text);
        }
        return {};
    }
    case AgentIdRole:
        return agent->id;
    case StatusKeyRole:
        return AgentTypes::key(agent->status);
    default:
        return {};
    }
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DisplayNameColumn:
        return tr("Display name");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case EnvironmentColumn:
        return tr("Environment");
    case RiskColumn:
        return tr("Risk");
    case FrameworkColumn:
        return tr("Framework");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

void AgentTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, AgentQuery::SortKey> keys = {
        {NameColumn, AgentQuery::SortKey::Name},
        {DisplayNameColumn, AgentQuery::SortKey::DisplayName},
        {OwnerColumn, AgentQuery::SortKey::Owner},
        {StatusColumn, AgentQuery::SortKey::Status},
        {EnvironmentColumn, AgentQuery::SortKey::Environment},
        {RiskColumn, AgentQuery::SortKey::RiskTier},
        {FrameworkColumn, AgentQuery::SortKey::Framework},
        {LastSeenColumn, AgentQuery::SortKey::LastSeen},
    };
    if (!keys.contains(column)) {
        return;
    }
    AgentQuery query = m_query;
    query.sortKey = keys.value(column);
    query.descending = order == Qt::DescendingOrder;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_query = query;
    m_pages.clear();
    m_recentPages.clear();
    // Persistent indexes cannot follow rows that are not in memory; they are dropped.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

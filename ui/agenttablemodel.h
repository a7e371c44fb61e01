// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"
#include "model/agentquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

class AgentRepository;

// The agent table over the store. The store filters, sorts and counts; this model holds only
// the pages the view has asked for (a bounded cache), so 100,000 agents cost a few hundred rows
// of memory and a first page costs one COUNT and one LIMIT query.
class AgentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DisplayNameColumn,
        OwnerColumn,
        StatusColumn,
        EnvironmentColumn,
        RiskColumn,
        FrameworkColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role
    {
        AgentIdRole = Qt::UserRole + 1,
        StatusKeyRole
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 40;

    explicit AgentTableModel(AgentRepository& agents, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const AgentQuery& query() const { return m_query; }
    void setQuery(const AgentQuery& query);
    // Re-reads counts and drops the cache after a change; the filter and order stay.
    void refresh();

    std::optional<Agent> agentAt(int row) const;
    // The row of an agent if it is among the pages already read, else -1.
    int cachedRowOf(qint64 agentId) const;
    qint64 totalAgents() const { return m_total; }

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    const Agent* rowAt(int row) const;
    QString lastSeenText(const QDateTime& time) const;

    AgentRepository& m_agents;
    AgentQuery m_query;
    int m_rowCount = 0;
    qint64 m_total = 0;
    mutable QHash<int, QList<Agent>> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
    mutable bool m_loadFailed = false;
};

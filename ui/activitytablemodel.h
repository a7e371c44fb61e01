// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/eventquery.h"

#include <QAbstractTableModel>
#include <QHash>

class Workspace;

// Agent activity, newest first, read from the store a page at a time as the view scrolls. Pages
// continue from the last event shown (keyset), so scrolling through millions of events costs the
// same per page at any depth.
class ActivityTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        AgentColumn,
        ActionColumn,
        ResourceColumn,
        OutcomeColumn,
        SourceColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit ActivityTableModel(Workspace& workspace, QObject* parent = nullptr);

    void setQuery(const EventQuery& query);
    const EventQuery& query() const { return m_query; }
    void reload();
    std::optional<Event> event(int row) const;
    QString agentName(qint64 agentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString timeText(qint64 ns);

private:
    Workspace& m_workspace;
    EventQuery m_query;
    QList<Event> m_rows;
    bool m_more = false;
    bool m_resetting = false;
    bool m_fetching = false;
    mutable QHash<qint64, QString> m_agentNames;
};

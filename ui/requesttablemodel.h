// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/requestrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>

class Workspace;

// The request queue as a table, riskiest and oldest first. It reads one page of 200 from the
// store and fetches more as the view scrolls, so a queue of 10,000 opens with one page.
class RequestTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RiskColumn,
        IdColumn,
        AgentColumn,
        RequesterColumn,
        StatementsColumn,
        AgeColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit RequestTableModel(Workspace& workspace, QObject* parent = nullptr);

    void setFilter(const RequestRepository::Filter& filter);
    void reload();
    qint64 total() const { return m_total; }
    std::optional<Request> request(int row) const;
    qint64 idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    Workspace& m_workspace;
    RequestRepository::Filter m_filter;
    QList<Request> m_rows;
    qint64 m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false;
    QDateTime m_now;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inventory/agentnames.h"
#include "model/eventquery.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>

class EventReader;
class Workspace;

// Agent activity, newest first, read from the store a page at a time as the view scrolls. Pages
// continue from the last event shown (keyset), so scrolling through millions of events costs the
// same per page at any depth. Pages are read on another thread: the rows arrive when they are
// found, and a filter that scans the whole store never stops the window from answering.
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
    ~ActivityTableModel() override;

    void setQuery(const EventQuery& query);
    const EventQuery& query() const { return m_query; }
    // Empties the model and reads the first page; loaded() tells when it is there.
    void reload();
    bool loading() const;
    // Live: events newer than the newest shown go on top. Returns how many; when very many arrived
    // at once, the model is read afresh instead (and returns -1).
    int fetchNewer();
    QString lastError() const { return m_error; }
    std::optional<Event> event(int row) const;
    QString agentName(qint64 agentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString timeText(qint64 ns);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page arrived (the first after reload, or one more); error is empty when it was read.
    void loaded(const QString& error);

private:
    void firstPageRead(Result<QList<Event>> rows);
    void nextPageRead(Result<QList<Event>> rows);

    Workspace& m_workspace;
    EventReader* m_reader;
    EventQuery m_query;
    QString m_error;
    QList<Event> m_rows;
    bool m_more = false;
    bool m_resetting = false;
    bool m_fetching = false;
    mutable AgentNames m_agentNames;
};

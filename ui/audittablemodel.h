// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/audittrail.h"

#include <QAbstractTableModel>

// The audit trail as a table, oldest first, read a page at a time as the view scrolls.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SequenceColumn,
        TimeColumn,
        OperatorColumn,
        ActionColumn,
        ObjectColumn,
        SignedColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 500;

    explicit AuditTableModel(const AuditTrail& audit, QObject* parent = nullptr);

    void setFilter(const AuditTrail::Filter& filter);
    void reload();
    std::optional<AuditEntry> entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const AuditTrail& m_audit;
    AuditTrail::Filter m_filter;
    QList<AuditEntry> m_rows;
    bool m_more = false;
    bool m_resetting = false;
    bool m_fetching = false;
};

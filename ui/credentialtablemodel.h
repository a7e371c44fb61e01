// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/credential.h"
#include "store/credentialrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The credential inventory: certificates and tokens issued, static keys observed. Rows are read
// by filter from the store (at most the repository's limit); the time-relative columns follow
// the clock through refreshTimes().
class CredentialTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        AgentColumn,
        IdentifierColumn,
        IssuedColumn,
        ExpiresColumn,
        StatusColumn,
        AudienceColumn,
        TaskColumn,
        ColumnCount
    };
    enum Role
    {
        CredentialIdRole = Qt::UserRole + 1,
        StatusKeyRole
    };

    explicit CredentialTableModel(CredentialRepository& credentials, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const CredentialRepository::Filter& filter);
    const CredentialRepository::Filter& filter() const { return m_filter; }
    void reload();
    // Re-evaluates "expires in" and the active/expired status against the current time.
    void refreshTimes();
    const Credential* credentialAt(int row) const;
    static QString statusKey(const Credential& credential, const QDateTime& now);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    CredentialRepository& m_credentials;
    CredentialRepository::Filter m_filter;
    QList<Credential> m_rows;
    std::function<QDateTime()> m_clock;
};

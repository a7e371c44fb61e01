// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class CredentialTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class Workspace;

// Every credential the workspace issued or observed, with the filters an owner uses to find
// what is live, what expires soon and what was revoked; revocation with a reason.
class CredentialsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsPage(Workspace& workspace, QWidget* parent = nullptr);

    CredentialTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void reload();
    void revokeSelected();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void applyFilter();
    void updateActions();

    Workspace& m_workspace;
    CredentialTableModel* m_model;
    QComboBox* m_kind;
    QComboBox* m_status;
    QCheckBox* m_expiringOnly;
    QSpinBox* m_expiringMinutes;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_revoke;
    QTimer* m_clock;
};

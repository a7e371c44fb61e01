// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class AuditTableModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class Workspace;

// The audit trail: every entry with filters by operator, object and action, the selected
// entry's signed bytes and details, and a verification of the whole chain that runs off the UI
// thread with its own connection and reports its progress.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Workspace& workspace, QWidget* parent = nullptr);
    ~AuditPage() override;

    QTableView* table() const { return m_table; }
    AuditTableModel* model() const { return m_model; }
    void reload();
    void verify();
    bool isVerifying() const { return m_worker != nullptr; }

Q_SIGNALS:
    void verified(bool intact);

private:
    void applyFilter();
    void showSelected();
    void finished(bool ok, bool intact, const QString& text);

    Workspace& m_workspace;
    AuditTableModel* m_model;
    QLineEdit* m_operator;
    QLineEdit* m_object;
    QLineEdit* m_action;
    QTableView* m_table;
    QPlainTextEdit* m_detail;
    QPushButton* m_verify;
    QProgressBar* m_progress;
    QLabel* m_status;
    QThread* m_worker = nullptr;
};

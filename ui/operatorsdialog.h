// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Workspace;

// Who may use the workspace and the rules their decisions follow. Everyone sees both; only an
// admin adds operators or changes a rule, and each change lands in the audit trail.
class OperatorsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OperatorsDialog(Workspace& workspace, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    void reload();
    void addOperator();
    void saveRules();

    Workspace& m_workspace;
    QTableWidget* m_table;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_email;
    QComboBox* m_role;
    QPushButton* m_add;
    QLabel* m_addError;
    QSpinBox* m_quorum;
    QSpinBox* m_sensitiveQuorum;
    QSpinBox* m_requestDays;
    QSpinBox* m_grantDays;
    QSpinBox* m_sensitiveHours;
    QPushButton* m_save;
    QLabel* m_rulesError;
    QLabel* m_rulesSaved;
};

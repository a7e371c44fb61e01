// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/request.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class Workspace;

// Files a permission request: the agent, the statements (checked as they are typed, with the line
// and column of any mistake), why, for which task and for how long.
class RequestDialog final : public QDialog
{
    Q_OBJECT

public:
    RequestDialog(Workspace& workspace, const QString& agent, QWidget* parent = nullptr);

    std::optional<Request> filed() const { return m_filed; }
    void accept() override;

private:
    void validate();
    qint64 durationSeconds() const;

    Workspace& m_workspace;
    QLineEdit* m_agent;
    QPlainTextEdit* m_statements;
    QLabel* m_statementsError;
    QPlainTextEdit* m_justification;
    QLineEdit* m_task;
    QSpinBox* m_duration;
    QComboBox* m_unit;
    QCheckBox* m_standing;
    QLabel* m_error;
    QPushButton* m_file;
    std::optional<Request> m_filed;
};

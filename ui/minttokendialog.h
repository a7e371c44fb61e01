// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inventory/agent.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class Workspace;

// Mints a short-lived token for the agent and shows it once, to be copied to where it is used.
class MintTokenDialog final : public QDialog
{
    Q_OBJECT

public:
    MintTokenDialog(Workspace& workspace, const Agent& agent, QWidget* parent = nullptr);

    QString token() const;
    void mint();

private:
    void validate();

    Workspace& m_workspace;
    Agent m_agent;
    QLineEdit* m_audience;
    QLineEdit* m_task;
    QPlainTextEdit* m_scope;
    QSpinBox* m_ttl;
    QPlainTextEdit* m_output;
    QLabel* m_error;
    QPushButton* m_mint;
    QPushButton* m_copy;
};

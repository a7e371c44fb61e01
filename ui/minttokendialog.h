// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"
#include "model/request.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class Workspace;

// Mints a short-lived token for the agent against one of its live grants (the grant fills in the
// task and the statements, which may be narrowed) and shows it once, to be copied where it is used.
class MintTokenDialog final : public QDialog
{
    Q_OBJECT

public:
    MintTokenDialog(Workspace& workspace, const Agent& agent, QWidget* parent = nullptr);

    QString token() const;
    void mint();

private:
    void validate();
    void grantChosen();

    Workspace& m_workspace;
    Agent m_agent;
    QComboBox* m_grant;
    QLineEdit* m_audience;
    QLineEdit* m_task;
    QPlainTextEdit* m_scope;
    QSpinBox* m_ttl;
    QPlainTextEdit* m_output;
    QLabel* m_error;
    QPushButton* m_mint;
    QPushButton* m_copy;
    QList<Grant> m_grants;
};

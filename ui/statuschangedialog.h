// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

// Confirms a suspend, retire or (re)activate, and asks why: the reason goes into the history.
class StatusChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(const Agent& agent, AgentStatus to, QWidget* parent = nullptr);

    QString reason() const;
    static QString actionLabel(AgentStatus from, AgentStatus to);

private:
    void validate();

    QPlainTextEdit* m_reason;
    QLabel* m_reasonError;
    QPushButton* m_confirm;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Asks why before an action that goes on the record (approving, denying or withdrawing a
// request). The reason may take several lines, so Enter adds one and Ctrl+Enter confirms; the
// confirming button is named after the action.
class ReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    // `action` labels the confirming button ("&Approve"); a required reason keeps it disabled
    // until something is typed.
    ReasonDialog(const QString& title,
                 const QString& prompt,
                 const QString& action,
                 bool required,
                 QWidget* parent = nullptr);

    QString reason() const;
    QPushButton* confirmButton() const { return m_confirm; }

private:
    void validate();

    QPlainTextEdit* m_reason;
    QPushButton* m_confirm;
    bool m_required;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks for the name something is kept under (a saved filter). One line, so Enter confirms; the
// confirming button is named after the action and stays disabled while the name is blank, so a
// nameless entry is never made.
class NameDialog final : public QDialog
{
    Q_OBJECT

public:
    NameDialog(const QString& title, const QString& prompt, const QString& action, QWidget* parent = nullptr);

    QString name() const;
    QPushButton* confirmButton() const { return m_confirm; }

private:
    void validate();

    QLineEdit* m_name;
    QPushButton* m_confirm;
};

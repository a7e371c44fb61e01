// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/owner.h"

#include <QDialog>

class InventoryService;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Records a new accountable owner.
class OwnerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OwnerDialog(InventoryService& service, QWidget* parent = nullptr);

    const Owner& owner() const { return m_owner; }
    void accept() override;

private:
    void validate();

    InventoryService& m_service;
    Owner m_owner;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_team;
    QLabel* m_nameError;
    QLabel* m_emailError;
    QLabel* m_teamError;
    QLabel* m_saveError;
    QDialogButtonBox* m_buttons;
};

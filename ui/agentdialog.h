// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"
#include "result.h"

#include <QDialog>

#include <optional>

class InventoryService;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Adds an agent, or edits one. Each field is checked as it is typed, with the same rules the
// store enforces; Save stays disabled until everything is valid.
class AgentDialog final : public QDialog
{
    Q_OBJECT

public:
    // With an agent: edit it. Without: register a new one.
    AgentDialog(InventoryService& service, std::optional<Agent> agent, QWidget* parent = nullptr);

    const Agent& agent() const { return m_result; }
    void accept() override;

private:
    void reloadOwners(qint64 selectId);
    void addOwner();
    void validate();
    Agent draft() const;
    QList<Principal> principals(Status* status) const;
    QStringList tags() const;

    InventoryService& m_service;
    std::optional<Agent> m_editing;
    Agent m_result;

    QLineEdit* m_name;
    QLabel* m_spiffePreview;
    QLineEdit* m_displayName;
    QPlainTextEdit* m_purpose;
    QComboBox* m_owner;
    QComboBox* m_framework;
    QLineEdit* m_model;
    QComboBox* m_environment;
    QComboBox* m_risk;
    QPlainTextEdit* m_principals;
    QLineEdit* m_tags;

    QLabel* m_nameError;
    QLabel* m_displayNameError;
    QLabel* m_purposeError;
    QLabel* m_ownerError;
    QLabel* m_detailsError;
    QLabel* m_principalsError;
    QLabel* m_tagsError;
    QLabel* m_saveError;
    QDialogButtonBox* m_buttons;
};

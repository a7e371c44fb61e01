// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include "workspace/workspace.h"

#include <memory>

class QLabel;
class QLineEdit;

// Shown when the console starts without a workspace, and for File > New workspace:
// create one for a trust domain, or open an existing file.
class WorkspaceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceDialog(const QString& suggestedPath, QWidget* parent = nullptr);

    std::unique_ptr<Workspace> takeWorkspace();
    // A file dialog for an existing workspace; shows the error and returns null if it cannot be opened.
    static std::unique_ptr<Workspace> openExisting(QWidget* parent);

private:
    void create();
    void open();
    void validate();
    void choosePath();

    std::unique_ptr<Workspace> m_workspace;
    QLineEdit* m_path;
    QLineEdit* m_trustDomain;
    QLabel* m_error;
    QPushButton* m_create;
};

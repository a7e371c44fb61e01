// SPDX-License-Identifier: Apache-2.0
#include "workspacedialog.h"

#include "inlineerror.h"
#include "model/spiffeid.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

WorkspaceDialog::WorkspaceDialog(const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_trustDomain(new QLineEdit(this))
    , m_error(InlineError::create(this, QStringLiteral("workspaceError")))
    , m_create(nullptr)
{
    setObjectName(QStringLiteral("workspaceDialog"));
    setWindowTitle(tr("Steward workspace"));
    m_path->setObjectName(QStringLiteral("workspacePathEdit"));
    m_trustDomain->setObjectName(QStringLiteral("trustDomainEdit"));
    m_trustDomain->setPlaceholderText(tr("acme.example"));

    auto* intro =
        new QLabel(tr("A workspace holds one trust domain: its agents, owners and history, in one file "
                      "that only you can read. Create one, or open an existing workspace."),
                   this);
    intro->setWordWrap(true);

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Trust domain:"), m_trustDomain);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createWorkspaceButton"));
    auto* openButton = buttons->addButton(tr("&Open existing…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &WorkspaceDialog::choosePath);
    connect(m_create, &QPushButton::clicked, this, &WorkspaceDialog::create);
    connect(openButton, &QPushButton::clicked, this, &WorkspaceDialog::open);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkspaceDialog::reject);
    connect(m_trustDomain, &QLineEdit::textChanged, this, &WorkspaceDialog::validate);
    connect(m_path, &QLineEdit::textChanged, this, &WorkspaceDialog::validate);
    validate();
}

std::unique_ptr<Workspace> WorkspaceDialog::takeWorkspace()
{
    return std::move(m_workspace);
}

void WorkspaceDialog::validate()
{
    const QString domain = m_trustDomain->text();
    const bool valid =
        InlineError::show(m_error, domain.isEmpty() ? Status() : SpiffeId::validateTrustDomain(domain));
    m_create->setEnabled(valid && !domain.isEmpty() && !m_path->text().isEmpty());
}

void WorkspaceDialog::choosePath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New workspace"), m_path->text(), tr("Steward workspaces (*.steward)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void WorkspaceDialog::create()
{
    auto workspace = Workspace::create(m_path->text(), m_trustDomain->text());
    if (!workspace) {
        InlineError::show(m_error, workspace.error());
        return;
    }
    m_workspace = std::move(workspace).value();
    accept();
}

void WorkspaceDialog::open()
{
    if (auto workspace = openExisting(this)) {
        m_workspace = std::move(workspace);
        accept();
    }
}

std::unique_ptr<Workspace> WorkspaceDialog::openExisting(QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Open workspace"), QString(), tr("Steward workspaces (*.steward);;All files (*)"));
    if (path.isEmpty()) {
        return nullptr;
    }
    auto workspace = Workspace::open(path);
    if (!workspace) {
        QMessageBox::critical(parent, tr("Cannot open the workspace"), workspace.error().message);
        return nullptr;
    }
    return std::move(workspace).value();
}

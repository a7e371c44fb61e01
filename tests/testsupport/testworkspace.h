// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inventory/inventoryservice.h"
#include "model/request.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>

#include <memory>

// A real workspace file in a temporary folder, with a clock the test controls.
class TestWorkspace
{
public:
    explicit TestWorkspace(const QString& trustDomain = QStringLiteral("test.example"));

    Workspace& workspace() { return *m_workspace; }
    InventoryService& service() { return *m_service; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString anchorDirectory() const { return m_dir.filePath(QStringLiteral("anchors")); }

    QDateTime now() const { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

    Owner addOwner(const QString& email = QStringLiteral("ann@example.com"),
                   const QString& team = QStringLiteral("Payments"));
    Agent addAgent(const QString& name, qint64 ownerId);
    // A live grant for the agent, the way the console makes one: a permission request filed by the
    // acting operator and approved by as many reviewers (operators "reviewer1", "reviewer2",
    // added and enrolled on first use) as the rules need.
    Grant grant(const QString& agent,
                const QString& statements,
                qint64 seconds = 8 * 3600,
                const QString& task = QStringLiteral("TASK-1"))
    {
        return grantIn(*m_workspace, agent, statements, seconds, task);
    }
    // The same on any open workspace (the CLI tests open the file the CLI writes).
    static Grant grantIn(Workspace& workspace,
                         const QString& agent,
                         const QString& statements,
                         qint64 seconds = 8 * 3600,
                         const QString& task = QStringLiteral("TASK-1"));
    static constexpr const char* kReviewerPassphrase = "reviewer passphrase";
    // Closes and reopens the file, as a new session would.
    void reopen();

    // Every row of every table, in a stable order: equal snapshots mean nothing changed.
    static QString snapshot(Workspace& workspace);
    static QString snapshotFile(const QString& path);
    // The file's mode bits (0600 for owner-only), as the operating system reports them.
    static int unixMode(const QString& path);

private:
    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<InventoryService> m_service;
};

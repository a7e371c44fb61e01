// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class ConnectorManager;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class Workspace;

// The backends Steward reads: each connector's state (running, stopped, failed and why), what it
// has read, stored, found twice and set aside, and where it reads from; adding and changing them;
// and the records each one quarantined, which can be read again once a mapping is fixed.
class ConnectorsPage final : public QWidget
{
    Q_OBJECT

public:
    ConnectorsPage(Workspace& workspace, ConnectorManager& manager, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QTableWidget* quarantine() const { return m_quarantine; }
    void reload();
    void addConnector();
    void editSelected();
    void toggleSelected();
    void reingestSelected();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    qint64 selectedId() const;
    void showQuarantine();
    void showRaw();
    void newToken();

    Workspace& m_workspace;
    ConnectorManager& m_manager;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_toggle;
    QPushButton* m_restart;
    QPushButton* m_token;
    QTableWidget* m_quarantine;
    QPlainTextEdit* m_raw;
    QPushButton* m_reingest;
    QLabel* m_quarantineTitle;
    QTimer* m_refresh;
};

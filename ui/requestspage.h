// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/keypair.h"
#include "model/request.h"
#include "store/requestrepository.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class RequestTableModel;
class Workspace;

// The review queue: requests riskiest and oldest first, the selected one rendered for a person
// (each statement as a sentence, the risk reasons, what is new against the agent's current
// grants, prior decisions), and Approve (A) and Deny (D), each with a required reason, signed
// with the reviewer's own key.
class RequestsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        MyQueue,
        AllPending,
        Decided,
        FiledByMe
    };

    explicit RequestsPage(Workspace& workspace, QWidget* parent = nullptr);

    // What a view lists for the operator. The sidebar counts My queue with this same filter, so
    // its number is the queue's length.
    static RequestRepository::Filter filterFor(View view, const QString& operatorName);

    QTableView* table() const { return m_table; }
    RequestTableModel* model() const { return m_model; }
    // Opens the view at its first request.
    void setView(View view);
    // Reads the view again and keeps the selected request, or else the nearest one that was shown.
    void reload();
    std::optional<Request> selected() const;

    // Each asks for what it needs (a reason, the signing passphrase) unless given it.
    void newRequest(const QString& agent = QString());
    void approveSelected(const QString& reason = QString());
    void denySelected(const QString& reason = QString());
    void withdrawSelected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void requestsChanged();
    void statusMessage(const QString& message);

private:
    void applyView(View view);
    // The ids of the requests shown below the selected one, nearest first, then of those above it.
    QList<qint64> neighboursOfSelected() const;
    // Reloads and selects the first of `candidates` still in the view, or none.
    void reloadSelecting(const QList<qint64>& candidates);
    void showSelected();
    void decide(bool approve, const QString& reason);
    std::optional<KeyPair> signingKey();

    Workspace& m_workspace;
    RequestTableModel* m_model;
    QComboBox* m_view;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QPushButton* m_approve;
    QPushButton* m_deny;
    QPushButton* m_withdraw;
    QLabel* m_count;
    std::optional<KeyPair> m_key; // the reviewer's key, unlocked once per session
};

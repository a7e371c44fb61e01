// SPDX-License-Identifier: Apache-2.0
#include "requestspage.h"

#include "crypto/digest.h"
#include "policy/permissionsentence.h"
#include "reasondialog.h"
#include "requestdialog.h"
#include "requesttablemodel.h"
#include "signingkeydialog.h"
#include "submitshortcut.h"
#include "workflow/operatorservice.h"
#include "workflow/requestservice.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

RequestsPage::RequestsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RequestTableModel(workspace, this))
    , m_view(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_approve(new QPushButton(tr("&Approve…"), this))
    , m_deny(new QPushButton(tr("&Deny…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw…"), this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_view->setObjectName(QStringLiteral("requestViewCombo"));
    m_view->setAccessibleName(tr("Which requests"));
    m_view->addItem(tr("My queue"), int(View::MyQueue));
    m_view->addItem(tr("All pending"), int(View::AllPending));
    m_view->addItem(tr("Decided"), int(View::Decided));
    m_view->addItem(tr("Filed by me"), int(View::FiledByMe));
    auto* newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New request…"), this);
    newButton->setObjectName(QStringLiteral("newRequestButton"));
    m_count->setObjectName(QStringLiteral("requestCountLabel"));

    m_table->setObjectName(QStringLiteral("requestTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Every column as wide as its content; what the request asks for takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequestTableModel::StatementsColumn,
                                                      QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    m_detail->setOpenLinks(false);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_deny->setObjectName(QStringLiteral("denyButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_view);
    top->addWidget(m_count, 1);
    top->addWidget(newButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_deny);
    buttons->addStretch(1);
    buttons->addWidget(m_withdraw);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    // A and D decide the selected request from the table, as reviewers work through a queue.
    m_table->installEventFilter(this);
    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_deny, &QPushButton::clicked, this, [this] { denySelected(); });
    connect(m_withdraw, &QPushButton::clicked, this, &RequestsPage::withdrawSelected);
    connect(newButton, &QPushButton::clicked, this, [this] { newRequest(); });
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        setView(View(m_view->currentData().toInt()));
    });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RequestsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsPage::showSelected);
    setView(View::MyQueue);
}

bool RequestsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_A || key->key() == Qt::Key_D)) {
            decide(key->key() == Qt::Key_A, QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

RequestRepository::Filter RequestsPage::filterFor(View view, const QString& operatorName)
{
    RequestRepository::Filter filter;
    switch (view) {
    case View::MyQueue:
        // Separation of duties: nobody decides what they filed, and one person counts once.
        filter.state = RequestState::Pending;
        filter.notRequester = operatorName;
        filter.notDecidedBy = operatorName;
        break;
    case View::AllPending:
        filter.state = RequestState::Pending;
        break;
    case View::Decided:
        filter.decided = true;
        break;
    case View::FiledByMe:
        filter.requester = operatorName;
        break;
    }
    return filter;
}

void RequestsPage::setView(View view)
{
    const int index = m_view->findData(int(view));
    if (index != m_view->currentIndex()) {
        m_view->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    applyView(view);
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, RequestTableModel::IdColumn));
    }
}

void RequestsPage::applyView(View view)
{
    (void)RequestService(m_workspace).expire();
    m_model->setFilter(filterFor(view, m_workspace.operatorName()));
    m_count->setText(m_model->total() == 1 ? tr("1 request")
                                           : tr("%1 requests").arg(QLocale().toString(m_model->total())));
}

void RequestsPage::reload()
{
    QList<qint64> candidates;
    if (const auto request = selected()) {
        candidates << request->id;
    }
    reloadSelecting(candidates + neighboursOfSelected());
}

QList<qint64> RequestsPage::neighboursOfSelected() const
{
    QList<qint64> ids;
    const int row = m_table->selectionModel()->currentIndex().row();
    if (row < 0) {
        return ids;
    }
    for (int below = row + 1; below < m_model->rowCount(); ++below) {
        ids << m_model->idAt(below);
    }
    for (int above = row - 1; above >= 0; --above) {
        ids << m_model->idAt(above);
    }
    return ids;
}

void RequestsPage::reloadSelecting(const QList<qint64>& candidates)
{
    // Only what the reviewer had in front of them may be selected next: never the top of the
    // queue by default, where A would decide a request nobody has read.
    const int shown = m_model->rowCount();
    applyView(View(m_view->currentData().toInt()));
    while (m_model->rowCount() < shown && m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    QHash<qint64, int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        rows.insert(m_model->idAt(row), row);
    }
    for (const qint64 id : candidates) {
        if (const auto it = rows.constFind(id); it != rows.cend()) {
            m_table->setCurrentIndex(m_model->index(*it, RequestTableModel::IdColumn));
            return;
        }
    }
    m_table->setCurrentIndex({});
}

std::optional<Request> RequestsPage::selected() const
{
    return m_model->request(m_table->selectionModel()->currentIndex().row());
}

void RequestsPage::showSelected()
{
    const auto request = selected();
    const bool pending = request && request->state == RequestState::Pending;
    m_approve->setEnabled(pending && request->requester != m_workspace.operatorName());
    m_deny->setEnabled(m_approve->isEnabled());
    m_withdraw->setEnabled(pending);
    if (!request) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No request selected.").toHtmlEscaped()));
        return;
    }
    const QLocale locale;
    RequestService service(m_workspace);
    auto review = service.review(*request);
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("Request %1 · %2 for %3")
                                .arg(request->id)
                                .arg(RequestKinds::key(request->kind), request->agentName)
                                .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Filed by %1 on %2 for task %3; %4 risk; %5.")
                         .arg(request->requester,
                              locale.toString(request->createdAt.toLocalTime(), QLocale::ShortFormat),
                              request->task.isEmpty() ? tr("(none)") : request->task,
                              AgentTypes::label(request->risk).toLower(),
                              RequestKinds::key(request->state))
                         .toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>").arg(request->justification.toHtmlEscaped());

    // What it asks for, as sentences, marked new or already granted.
    QList<PermissionStatement> current;
    if (auto grants = m_workspace.requests().grants(request->agentId, true, m_workspace.now())) {
        for (const Grant& grant : grants.value()) {
            for (const QString& line : grant.statements) {
                if (auto statement = PermissionStatement::parse(line)) {
                    current << statement.value();
                }
            }
        }
    }
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Asks for").toHtmlEscaped());
    for (const QString& line : request->statements) {
        auto statement = PermissionStatement::parse(line);
        if (!statement) {
            continue;
        }
        const bool held = std::any_of(current.cbegin(), current.cend(), [&](const PermissionStatement& g) {
            return g.covers(statement.value());
        });
        html += QStringLiteral("<li>%1<br><code>%2</code> — <b>%3</b></li>")
                    .arg(PermissionSentence::describe(statement.value()).toHtmlEscaped(),
                         line.toHtmlEscaped(),
                         (held ? tr("already granted") : tr("new")).toHtmlEscaped());
    }
    if (request->statements.isEmpty()) {
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("A new agent's identity; no permissions yet.").toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg((request->standing ? tr("For %1, as a standing grant.") : tr("For %1."))
                         .arg(PermissionSentence::duration(request->durationSeconds))
                         .toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><ul>")
                .arg(tr("Why it is %1 risk").arg(AgentTypes::label(request->risk).toLower()).toHtmlEscaped());
    for (const QString& reason : request->riskReasons) {
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    if (review) {
        // One person counts once: whoever decided has nothing more to press.
        const bool decided =
            std::any_of(review->decisions.cbegin(), review->decisions.cend(), [this](const Decision& d) {
                return d.operatorName == m_workspace.operatorName();
            });
        m_approve->setEnabled(m_approve->isEnabled() && !decided);
        m_deny->setEnabled(m_approve->isEnabled());
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Decisions").toHtmlEscaped());
        for (const Decision& d : review->decisions) {
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1 %2 on %3: %4")
                                 .arg(d.operatorName,
                                      d.approve ? tr("approved") : tr("denied"),
                                      locale.toString(d.decidedAt.toLocalTime(), QLocale::ShortFormat),
                                      d.reason)
                                 .toHtmlEscaped());
        }
        for (const QString& invalid : review->invalid) {
            html += QStringLiteral("<li><b>%1</b></li>")
                        .arg(tr("Does not count: %1").arg(invalid).toHtmlEscaped());
        }
        if (review->decisions.isEmpty()) {
            html += QStringLiteral("<li>%1</li>").arg(tr("None yet.").toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        if (pending) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("%1 of %2 approvals; waiting for %3.")
                                 .arg(review->tally.approvals)
                                 .arg(review->tally.required)
                                 .arg(review->tally.waitingFor)
                                 .toHtmlEscaped());
        }
    }
    m_detail->setHtml(html);
}

std::optional<KeyPair> RequestsPage::signingKey()
{
    if (m_key) {
        return m_key;
    }
    OperatorService operators(m_workspace);
    auto me = operators.current();
    if (!me) {
        QMessageBox::warning(this, tr("Steward"), me.error().message);
        return std::nullopt;
    }
    if (!me->canDecide()) {
        QMessageBox::warning(
            this, tr("Steward"), tr("%1 is a viewer; an admin can make you an approver.").arg(me->username));
        return std::nullopt;
    }
    if (me->keyId.isEmpty()) {
        // The first decision: the person creates their own key here rather than on the command line.
        SigningKeyDialog dialog(m_workspace, this);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        m_key = dialog.takeKey();
        return m_key;
    }
    QInputDialog prompt(this);
    prompt.setObjectName(QStringLiteral("signingPassphraseDialog"));
    prompt.setWindowTitle(tr("Your signing key"));
    prompt.setLabelText(tr("Your own passphrase, which signs your decisions:"));
    prompt.setTextEchoMode(QLineEdit::Password);
    prompt.setOkButtonText(tr("&Sign"));
    SubmitShortcut::install(&prompt);
    if (prompt.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    QByteArray bytes = prompt.textValue().toUtf8();
    auto key = operators.unlock(bytes);
    Digest::scrub(bytes);
    if (!key) {
        QMessageBox::warning(this, tr("Steward"), key.error().message);
        return std::nullopt;
    }
    m_key = key.value();
    return m_key;
}

void RequestsPage::approveSelected(const QString& reason)
{
    decide(true, reason);
}

void RequestsPage::denySelected(const QString& reason)
{
    decide(false, reason);
}

void RequestsPage::decide(bool approve, const QString& givenReason)
{
    const auto request = selected();
    if (!request || request->state != RequestState::Pending) {
        return;
    }
    QString reason = givenReason;
    if (reason.isEmpty()) {
        ReasonDialog dialog(
            approve ? tr("Approve request %1").arg(request->id) : tr("Deny request %1").arg(request->id),
            (approve ? tr("Approve what request %1 asks for %2? Your reason is signed with your decision:")
                     : tr("Deny request %1 for %2? Your reason is signed with your decision:"))
                .arg(request->id)
                .arg(request->agentName),
            approve ? tr("&Approve") : tr("&Deny"),
            true,
            this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        reason = dialog.reason();
    }
    if (reason.trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Steward"), tr("Give a reason: it is signed with your decision."));
        return;
    }
    const auto key = signingKey();
    if (!key) {
        return;
    }
    // Taken before the view changes: the reviewer moves on to what was shown after this one.
    const QList<qint64> next = neighboursOfSelected();
    auto outcome = RequestService(m_workspace).decide(request->id, approve, reason, *key);
    if (!outcome) {
        QMessageBox::warning(this, tr("Steward"), outcome.error().message);
        return;
    }
    if (outcome->grant) {
        Q_EMIT statusMessage(
            tr("Request %1 approved: grant %2 is active until %3.")
                .arg(request->id)
                .arg(outcome->grant->id)
                .arg(QLocale().toString(outcome->grant->validUntil.toLocalTime(), QLocale::ShortFormat)));
    } else if (outcome->request.state == RequestState::Pending) {
        Q_EMIT statusMessage(
            tr("Recorded. Request %1 waits for %2.").arg(request->id).arg(outcome->tally.waitingFor));
    } else {
        Q_EMIT statusMessage(
            tr("Request %1 is %2.").arg(request->id).arg(RequestKinds::key(outcome->request.state)));
    }
    reloadSelecting(next);
    Q_EMIT requestsChanged();
}

void RequestsPage::withdrawSelected()
{
    const auto request = selected();
    if (!request) {
        return;
    }
    ReasonDialog dialog(tr("Withdraw request %1").arg(request->id),
                        tr("Withdraw request %1? Reason, for the record:").arg(request->id),
                        tr("&Withdraw"),
                        false,
                        this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QList<qint64> next = neighboursOfSelected();
    auto withdrawn = RequestService(m_workspace).withdraw(request->id, dialog.reason());
    if (!withdrawn) {
        QMessageBox::warning(this, tr("Steward"), withdrawn.error().message);
        return;
    }
    reloadSelecting(next);
    Q_EMIT requestsChanged();
}

void RequestsPage::newRequest(const QString& agent)
{
    RequestDialog dialog(m_workspace, agent, this);
    if (dialog.exec() == QDialog::Accepted && dialog.filed()) {
        Q_EMIT statusMessage(tr("Filed request %1 (%2 risk).")
                                 .arg(dialog.filed()->id)
                                 .arg(AgentTypes::label(dialog.filed()->risk).toLower()));
        reload();
        Q_EMIT requestsChanged();
    }
}

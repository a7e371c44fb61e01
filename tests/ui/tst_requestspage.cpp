// SPDX-License-Identifier: Apache-2.0
// The Requests page driven offscreen, the way the "done when" reads: an owner files a
// permission request, two approvers approve it with A, the grant appears with its expiry, a
// token carries exactly its scope, the grant expires on time, and the audit trail verifies, and
// stops verifying after one edit of the database. Denying with D ends another request.
#include "dialogdriver.h"
#include "identity/identityservice.h"
#include "requestdialog.h"
#include "requestspage.h"
#include "requesttablemodel.h"
#include "testworkspace.h"
#include "workflow/operatorservice.h"
#include "workflow/requestservice.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

class TestRequestsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fileApproveMintExpireAudit();
    void denyWithD();
    void requesterCannotDecideOwnRequest();
    void firstDecisionCreatesSigningKey();
    void decisionSelectsTheNextRequestShown();
    void decidedRequestThatStaysIsPassedOver();
    void reasonAndPassphraseSubmitWithCtrlEnter();
    void withdrawSubmitsWithCtrlEnter();

private:
    void addReviewer(const QString& name);
    void fileThroughDialog(const QString& statements);
    // Filed by the acting operator without the dialog; returns its id.
    qint64 file(const QString& statements, const QString& task);
    static QList<qint64> shownIds(RequestsPage& page);
    static qint64 selectedId(RequestsPage& page);
    // Presses the key on the table and answers the reason prompt (and the passphrase prompt the
    // first time this page signs).
    void decideWithKey(RequestsPage& page, Qt::Key key, const QString& reason, bool askPassphrase);

    std::unique_ptr<TestWorkspace> m_test;
};

namespace {
const char* kPassphrase = "reviewer signing passphrase";
}

void TestRequestsPage::init()
{
    m_test = std::make_unique<TestWorkspace>();
    const Owner owner = m_test->addOwner(QStringLiteral("tester@example.com"));
    m_test->addAgent(QStringLiteral("refund-bot"), owner.id);
    addReviewer(QStringLiteral("ann"));
    addReviewer(QStringLiteral("bob"));
}

void TestRequestsPage::addReviewer(const QString& name)
{
    Workspace& ws = m_test->workspace();
    OperatorService operators(ws);
    QVERIFY(operators.add(name, name, name + QStringLiteral("@example.com"), OperatorRole::Approver));
    ws.setOperatorName(name);
    QVERIFY(operators.enroll(kPassphrase));
    ws.audit().setSigner(std::nullopt);
    ws.setOperatorName(QStringLiteral("tester"));
}

void TestRequestsPage::fileThroughDialog(const QString& statements)
{
    RequestsPage page(m_test->workspace());
    bool filed = false;
    onNextDialog([&filed, statements](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("requestDialog"));
        auto* file = dialog->findChild<QPushButton*>(QStringLiteral("fileRequestButton"));
        auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("statementsEdit"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("statementsError"));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("agentEdit"))->text(),
                 QStringLiteral("refund-bot"));
        // A mistake is pointed at as it is typed, and nothing can be filed.
        edit->setPlainText(QStringLiteral("read s3://refunds/**\nreed s3://x"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("Line 2, column 1")), qPrintable(error->text()));
        QVERIFY(!file->isEnabled());
        edit->setPlainText(statements);
        QVERIFY(error->isHidden());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("justificationEdit")),
                         QStringLiteral("Quarter-end refunds"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("taskEdit")), QStringLiteral("FIN-7"));
        QVERIFY(file->isEnabled());
        QTest::mouseClick(file, Qt::LeftButton);
        filed = dialog->result() == QDialog::Accepted;
    });
    page.newRequest(QStringLiteral("refund-bot"));
    QVERIFY(filed);
}

void TestRequestsPage::decideWithKey(RequestsPage& page,
                                     Qt::Key key,
                                     const QString& reason,
                                     bool askPassphrase)
{
    bool reasoned = false;
    bool prompted = false;
    onNextDialog([&reasoned, &prompted, reason, askPassphrase](QDialog* dialog) {
        const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
        prompted = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
            return label->text().contains(QStringLiteral("signed with your decision"));
        });
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(), reason);
        if (askPassphrase) {
            onNextDialog([](QDialog* password) {
                auto* edit = password->findChild<QLineEdit*>();
                QCOMPARE(edit->echoMode(), QLineEdit::Password);
                QTest::keyClicks(edit, QString::fromLatin1(kPassphrase));
                password->accept();
            });
        }
        reasoned = true;
        dialog->accept();
    });
    page.table()->setFocus();
    QTest::keyClick(page.table(), key);
    QVERIFY(reasoned);
    QVERIFY(prompted);
}

void TestRequestsPage::fileApproveMintExpireAudit()
{
    Workspace& ws = m_test->workspace();
    fileThroughDialog(QStringLiteral("read,list s3://refunds/**"));

    // ann: her queue holds the request; A approves it, and it waits for a second approver.
    ws.setOperatorName(QStringLiteral("ann"));
    {
        RequestsPage page(ws);
        page.resize(1100, 600);
        page.show();
        QCOMPARE(page.model()->rowCount(), 1);
        const QString detail = page.findChild<QTextBrowser*>(QStringLiteral("requestDetail"))->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("everything under s3://refunds/")) &&
                     detail.contains(QStringLiteral("For 8 hours.")),
                 qPrintable(detail));
        decideWithKey(page, Qt::Key_A, QStringLiteral("Scoped to refunds"), true);
        QCOMPARE(page.model()->rowCount(), 0); // decided by ann: out of her queue
        page.setView(RequestsPage::View::AllPending);
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.findChild<QTextBrowser*>(QStringLiteral("requestDetail"))
                    ->toPlainText()
                    .contains(QStringLiteral("1 of 2 approvals")));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
        if (const QString shots = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(50);
            page.grab().save(shots + QStringLiteral("/requests-page.png"));
        }
    }
    // bob: the second approval makes the grant.
    ws.setOperatorName(QStringLiteral("bob"));
    {
        RequestsPage page(ws);
        page.show();
        decideWithKey(page, Qt::Key_A, QStringLiteral("Agreed"), true);
        QCOMPARE(page.model()->rowCount(), 0);
    }
    ws.setOperatorName(QStringLiteral("tester"));
    const Agent agent = ws.agents().byName(QStringLiteral("refund-bot")).value();
    const QList<Grant> grants = ws.requests().grants(agent.id, true, m_test->now()).value();
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants[0].validUntil, m_test->now().addSecs(8 * 3600));
    QCOMPARE(grants[0].approvers, (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));

    // A token against it carries exactly its scope.
    IdentityService identity(ws);
    QVERIFY(identity.ensureSigningKey("ws passphrase"));
    IdentityService::MintRequest mint;
    mint.agent = agent.name;
    mint.audience = QStringLiteral("payments-api");
    mint.scope = grants[0].statements;
    auto token = identity.mintToken(mint, "ws passphrase");
    QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
    const auto outcome = identity.verifyToken(token->compact, QStringLiteral("payments-api"));
    QVERIFY(outcome.accepted);
    QCOMPARE(outcome.claims.value(QStringLiteral("scope")).toArray(),
             QJsonArray::fromStringList(grants[0].statements));
    QCOMPARE(outcome.claims.value(QStringLiteral("task")).toString(), QStringLiteral("FIN-7"));

    // On time: live one second before its end, expired at it.
    RequestService requests(ws);
    m_test->advance(8 * 3600 - 1);
    QCOMPARE(requests.expire()->second, 0);
    m_test->advance(1);
    QCOMPARE(requests.expire()->second, 1);
    QCOMPARE(ws.requests().grant(grants[0].id)->state, GrantState::Expired);

    // The trail of all of it verifies, and one edit anywhere breaks it.
    QVERIFY2(ws.audit().verify()->intact(), qPrintable(ws.audit().verify()->message));
    QSqlQuery edit(ws.database().connection());
    QVERIFY(edit.exec(
        QStringLiteral("UPDATE audit_entries SET operator = 'mallory' WHERE action = 'request.approval'")));
    QVERIFY(!ws.audit().verify()->intact());
}

void TestRequestsPage::denyWithD()
{
    Workspace& ws = m_test->workspace();
    fileThroughDialog(QStringLiteral("delete k8s://prod/**"));
    ws.setOperatorName(QStringLiteral("bob"));
    RequestsPage page(ws);
    page.show();
    QCOMPARE(page.model()->rowCount(), 1);
    decideWithKey(page, Qt::Key_D, QStringLiteral("Far too broad"), true);
    QCOMPARE(page.model()->rowCount(), 0);
    page.setView(RequestsPage::View::Decided);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->request(0)->state, RequestState::Denied);
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
    ws.setOperatorName(QStringLiteral("tester"));
}

void TestRequestsPage::requesterCannotDecideOwnRequest()
{
    fileThroughDialog(QStringLiteral("read s3://refunds/2026/** classification<=internal"));
    RequestsPage page(m_test->workspace());
    page.show();
    QCOMPARE(page.model()->rowCount(), 0); // not in the requester's own queue
    page.setView(RequestsPage::View::FiledByMe);
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("withdrawButton"))->isEnabled());
}

void TestRequestsPage::firstDecisionCreatesSigningKey()
{
    Workspace& ws = m_test->workspace();
    QVERIFY(OperatorService(ws).add(QStringLiteral("cat"),
                                    QStringLiteral("Cat"),
                                    QStringLiteral("cat@example.com"),
                                    OperatorRole::Approver));
    fileThroughDialog(QStringLiteral("delete k8s://staging/**"));
    ws.setOperatorName(QStringLiteral("cat"));
    RequestsPage page(ws);
    page.show();
    QCOMPARE(page.model()->rowCount(), 1);

    bool created = false;
    onNextDialog([&created](QDialog* reasonDialog) {
        QTest::keyClicks(reasonDialog->findChild<QPlainTextEdit*>(), QStringLiteral("Not in staging"));
        onNextDialog([&created](QDialog* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("signingKeyDialog"));
            auto* passphrase = dialog->findChild<QLineEdit*>(QStringLiteral("signingPassphraseEdit"));
            auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("signingRepeatEdit"));
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("signingKeyError"));
            QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
            // Too short, then two that differ: each said inline, and the dialog stays.
            QTest::keyClicks(passphrase, QStringLiteral("short"));
            QTest::keyClicks(repeat, QStringLiteral("short"));
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QVERIFY(!error->isHidden());
            passphrase->clear();
            repeat->clear();
            QTest::keyClicks(passphrase, QStringLiteral("cat's own passphrase"));
            QTest::keyClicks(repeat, QStringLiteral("cat's own passphrasf"));
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QVERIFY(error->text().contains(QStringLiteral("differ")));
            QTest::keyClicks(repeat, QStringLiteral("cat's own passphrase"));
            dialog->accept();
            created = dialog->result() == QDialog::Accepted;
        });
        reasonDialog->accept();
    });
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_D);
    QVERIFY(created);

    // The key exists, signed the denial, and opens with what was typed.
    auto cat = ws.operators().byUsername(QStringLiteral("cat"));
    QVERIFY(cat && !cat->keyId.isEmpty());
    QVERIFY(KeyPair::fromEncryptedPem(cat->encryptedKey, "cat's own passphrase"));
    QCOMPARE(page.model()->rowCount(), 0);
    auto decisions = ws.requests().decisions(1);
    QVERIFY(decisions);
    QCOMPARE(decisions->size(), 1);
    QCOMPARE(decisions->first().keyId, cat->keyId);
    QVERIFY(!decisions->first().approve);
    ws.audit().setSigner(std::nullopt);
    ws.setOperatorName(QStringLiteral("tester"));
}

qint64 TestRequestsPage::file(const QString& statements, const QString& task)
{
    RequestService::Draft draft;
    draft.agent = QStringLiteral("refund-bot");
    draft.justification = QStringLiteral("Needed for ") + task;
    draft.task = task;
    draft.statements = statements;
    draft.durationSeconds = 3600;
    auto filed = RequestService(m_test->workspace()).file(draft);
    if (!filed) {
        qWarning("%s", qPrintable(filed.error().message));
        return 0;
    }
    // One second apart, so that requests of one risk keep the order they were filed in.
    m_test->advance(1);
    return filed->id;
}

QList<qint64> TestRequestsPage::shownIds(RequestsPage& page)
{
    QList<qint64> ids;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        ids << page.model()->request(row)->id;
    }
    return ids;
}

qint64 TestRequestsPage::selectedId(RequestsPage& page)
{
    const auto request = page.selected();
    return request ? request->id : 0;
}

void TestRequestsPage::decisionSelectsTheNextRequestShown()
{
    // After a decision the reviewer is on the request shown below the decided one (above it when
    // it was the last), never back at the top of the queue, where A would approve a request nobody
    // has read.
    Workspace& ws = m_test->workspace();
    for (const QString& task : {QStringLiteral("FIN-1"),
                                QStringLiteral("FIN-2"),
                                QStringLiteral("FIN-3"),
                                QStringLiteral("FIN-4")}) {
        QVERIFY(file(QStringLiteral("read s3://refunds/") + task + QStringLiteral("/**"), task));
    }
    ws.setOperatorName(QStringLiteral("ann"));
    RequestsPage page(ws);
    page.resize(1100, 600);
    page.show();
    const QList<qint64> shown = shownIds(page);
    QCOMPARE(shown.size(), 4);
    QCOMPARE(selectedId(page), shown[0]);

    page.table()->setCurrentIndex(page.model()->index(1, RequestTableModel::IdColumn));
    QCOMPARE(selectedId(page), shown[1]);
    decideWithKey(page, Qt::Key_A, QStringLiteral("Scoped to one folder"), true);
    QCOMPARE(shownIds(page), (QList<qint64>{shown[0], shown[2], shown[3]}));
    QCOMPARE(selectedId(page), shown[2]);

    page.table()->setCurrentIndex(page.model()->index(2, RequestTableModel::IdColumn));
    QCOMPARE(selectedId(page), shown[3]);
    decideWithKey(page, Qt::Key_D, QStringLiteral("Not this quarter"), false);
    QCOMPARE(selectedId(page), shown[2]); // the last one went: the one above it

    decideWithKey(page, Qt::Key_D, QStringLiteral("Not this quarter"), false);
    QCOMPARE(selectedId(page), shown[0]);
    decideWithKey(page, Qt::Key_A, QStringLiteral("Fine"), false);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.selected());
    QVERIFY(page.findChild<QTextBrowser*>(QStringLiteral("requestDetail"))
                ->toPlainText()
                .contains(QStringLiteral("No request selected.")));
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
    ws.audit().setSigner(std::nullopt);
    ws.setOperatorName(QStringLiteral("tester"));
}

void TestRequestsPage::decidedRequestThatStaysIsPassedOver()
{
    // In All pending a request approved once stays (it waits for a second approver); the reviewer
    // still moves on to the next one.
    Workspace& ws = m_test->workspace();
    QVERIFY(file(QStringLiteral("read s3://refunds/a/**"), QStringLiteral("FIN-1")));
    QVERIFY(file(QStringLiteral("read s3://refunds/b/**"), QStringLiteral("FIN-2")));
    ws.setOperatorName(QStringLiteral("ann"));
    RequestsPage page(ws);
    page.show();
    page.setView(RequestsPage::View::AllPending);
    const QList<qint64> shown = shownIds(page);
    QCOMPARE(shown.size(), 2);
    QCOMPARE(selectedId(page), shown[0]);
    decideWithKey(page, Qt::Key_A, QStringLiteral("Scoped to one folder"), true);
    QCOMPARE(shownIds(page), shown);
    QCOMPARE(selectedId(page), shown[1]);
    ws.audit().setSigner(std::nullopt);
    ws.setOperatorName(QStringLiteral("tester"));
}

namespace {
// The button that accepts the dialog, as its button box has it.
QPushButton* acceptButton(QDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    if (!box) {
        return nullptr;
    }
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            return qobject_cast<QPushButton*>(button);
        }
    }
    return nullptr;
}

// Presses Ctrl+Enter in `field`; a dialog that stays open is closed, so that the test fails
// instead of waiting for it.
bool submitWithCtrlEnter(QDialog* dialog, QWidget* field, Qt::Key key)
{
    QTest::keyClick(field, key, Qt::ControlModifier);
    if (dialog->isVisible()) {
        dialog->reject();
        return false;
    }
    return dialog->result() == QDialog::Accepted;
}
} // namespace

void TestRequestsPage::reasonAndPassphraseSubmitWithCtrlEnter()
{
    Workspace& ws = m_test->workspace();
    const qint64 first = file(QStringLiteral("read s3://refunds/a/**"), QStringLiteral("FIN-1"));
    const qint64 second = file(QStringLiteral("read s3://refunds/b/**"), QStringLiteral("FIN-2"));
    QVERIFY(first && second);
    ws.setOperatorName(QStringLiteral("ann"));
    RequestsPage page(ws);
    page.show();
    QCOMPARE(selectedId(page), first);

    // A: the reason is typed (Enter adds a line), Ctrl+Return approves, Ctrl+Enter signs.
    QString approveLabel;
    QString signLabel;
    bool reasonSubmitted = false;
    bool passphraseSubmitted = false;
    onNextDialog([&](QDialog* dialog) {
        QPushButton* accept = acceptButton(dialog);
        QVERIFY(accept);
        approveLabel = accept->text();
        auto* edit = dialog->findChild<QPlainTextEdit*>();
        QTest::keyClicks(edit, QStringLiteral("Scoped to refunds"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("for the quarter"));
        QVERIFY(dialog->isVisible());
        reasonSubmitted = submitWithCtrlEnter(dialog, edit, Qt::Key_Return);
        if (!reasonSubmitted) {
            return;
        }
        onNextDialog([&](QDialog* password) {
            QPushButton* sign = acceptButton(password);
            QVERIFY(sign);
            signLabel = sign->text();
            auto* passphrase = password->findChild<QLineEdit*>();
            QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
            QTest::keyClicks(passphrase, QString::fromLatin1(kPassphrase));
            passphraseSubmitted = submitWithCtrlEnter(password, passphrase, Qt::Key_Enter);
        });
    });
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_A);
    QVERIFY(reasonSubmitted);
    QVERIFY(passphraseSubmitted);
    QCOMPARE(approveLabel, QStringLiteral("&Approve"));
    QCOMPARE(signLabel, QStringLiteral("&Sign"));
    auto decisions = ws.requests().decisions(first);
    QVERIFY(decisions);
    QCOMPARE(decisions->size(), 1);
    QVERIFY(decisions->first().approve);
    QCOMPARE(decisions->first().reason, QStringLiteral("Scoped to refunds\nfor the quarter"));

    // D: the key is unlocked now; only the reason, with Ctrl+Enter (the keypad's Enter).
    QCOMPARE(selectedId(page), second);
    QString denyLabel;
    onNextDialog([&](QDialog* dialog) {
        QPushButton* accept = acceptButton(dialog);
        QVERIFY(accept);
        denyLabel = accept->text();
        QVERIFY(!accept->isEnabled()); // no reason yet
        auto* edit = dialog->findChild<QPlainTextEdit*>();
        QTest::keyClicks(edit, QStringLiteral("Too broad"));
        reasonSubmitted = submitWithCtrlEnter(dialog, edit, Qt::Key_Enter);
    });
    reasonSubmitted = false;
    QTest::keyClick(page.table(), Qt::Key_D);
    QVERIFY(reasonSubmitted);
    QCOMPARE(denyLabel, QStringLiteral("&Deny"));
    QCOMPARE(ws.requests().byId(second)->state, RequestState::Denied);
    ws.audit().setSigner(std::nullopt);
    ws.setOperatorName(QStringLiteral("tester"));
}

void TestRequestsPage::withdrawSubmitsWithCtrlEnter()
{
    const qint64 id = file(QStringLiteral("read s3://refunds/a/**"), QStringLiteral("FIN-1"));
    QVERIFY(id);
    RequestsPage page(m_test->workspace());
    page.show();
    page.setView(RequestsPage::View::FiledByMe);
    QCOMPARE(selectedId(page), id);
    QString label;
    bool submitted = false;
    onNextDialog([&](QDialog* dialog) {
        QPushButton* accept = acceptButton(dialog);
        QVERIFY(accept);
        label = accept->text();
        auto* field = dialog->findChild<QPlainTextEdit*>();
        if (!field) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(field, QStringLiteral("Filed against the wrong agent"));
        submitted = submitWithCtrlEnter(dialog, field, Qt::Key_Return);
    });
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("withdrawButton")), Qt::LeftButton);
    QVERIFY(submitted);
    QCOMPARE(label, QStringLiteral("&Withdraw"));
    QCOMPARE(m_test->workspace().requests().byId(id)->state, RequestState::Withdrawn);
}

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"

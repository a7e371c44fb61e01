// SPDX-License-Identifier: Apache-2.0
// Drives the real Agents page offscreen: add through the dialog, filter, suspend, and watch
// the table and the details follow.
#include "activity/connectorservice.h"
#include "activity/filesource.h"
#include "activity/recordparser.h"
#include "activitysamples.h"
#include "agentdetailspanel.h"
#include "agentidentitypanel.h"
#include "agentspage.h"
#include "agenttablemodel.h"
#include "dialogdriver.h"
#include "identity/identityservice.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

class TestAgentsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsAgentThroughDialog();
    void dialogValidatesInline();
    void addsOwnerFromAgentDialog();
    void filtersByTextAndCombos();
    void suspendsWithConfirmation();
    void statusChangeSubmitsWithCtrlEnter();
    void cancelChangesNothing();
    void retiredAgentOffersNoActions();
    void discoveredAgentNamesItsConnector();
    void keyboardOnly();
    void identityTabIssuesAndRevokes();

private:
    int rowOf(const QString& name) const;
    void selectRow(int row);
    QString statusAt(int row) const;

    std::unique_ptr<TestWorkspace> m_test;
    std::unique_ptr<AgentsPage> m_page;
    Owner m_owner;
};

void TestAgentsPage::init()
{
    m_test = std::make_unique<TestWorkspace>();
    m_owner = m_test->addOwner(QStringLiteral("ann@example.com"), QStringLiteral("Payments"));
    const Owner bob = m_test->addOwner(QStringLiteral("bob@example.com"), QStringLiteral("Security"));
    m_test->addAgent(QStringLiteral("invoice-reconciler"), m_owner.id);
    m_test->addAgent(QStringLiteral("refund-triage"), m_owner.id);
    m_test->addAgent(QStringLiteral("alert-triage"), bob.id);
    m_page = std::make_unique<AgentsPage>(m_test->service());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAgentsPage::cleanup()
{
    m_page.reset();
    m_test.reset();
}

int TestAgentsPage::rowOf(const QString& name) const
{
    const AgentTableModel* model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AgentTableModel::NameColumn).data().toString() == name) {
            return row;
        }
    }
    return -1;
}

void TestAgentsPage::selectRow(int row)
{
    QTableView* table = m_page->table();
    const QRect rect = table->visualRect(table->model()->index(row, AgentTableModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

QString TestAgentsPage::statusAt(int row) const
{
    return m_page->model()->index(row, AgentTableModel::StatusColumn).data().toString();
}

void TestAgentsPage::addsAgentThroughDialog()
{
    bool driven = false;
    onNextDialog([&driven](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                         QStringLiteral("kb-writer"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("displayNameEdit")),
                         QStringLiteral("Knowledge-base writer"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("purposeEdit")),
                         QStringLiteral("Drafts help articles"));
        auto* owner = dialog->findChild<QComboBox*>(QStringLiteral("ownerCombo"));
        owner->setCurrentIndex(owner->findData(QVariant::fromValue<qint64>(1)));
        auto* env = dialog->findChild<QComboBox*>(QStringLiteral("environmentCombo"));
        env->setCurrentIndex(env->findData(QStringLiteral("prod")));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("principalsEdit")),
                         QStringLiteral("k8s-sa=system:serviceaccount:support:kb-writer"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("tagsEdit")),
                         QStringLiteral("docs, customer-facing"));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("spiffePreviewLabel"))->text(),
                 QStringLiteral("spiffe://test.example/agent/kb-writer"));
        QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        driven = true;
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("newAgentButton")), Qt::LeftButton);
    QVERIFY(driven);
    QCOMPARE(m_page->model()->rowCount(), 4);
    const int row = rowOf(QStringLiteral("kb-writer"));
    QVERIFY(row >= 0);
    QCOMPARE(m_page->table()->selectionModel()->currentIndex().row(), row);
    auto* details = m_page->findChild<AgentDetailsPanel*>();
    QVERIFY(details->agent());
    QCOMPARE(details->agent()->name, QStringLiteral("kb-writer"));
    QCOMPARE(details->findChild<QLabel*>(QStringLiteral("detailsSpiffeId"))->text(),
             QStringLiteral("spiffe://test.example/agent/kb-writer"));
    auto stored = m_test->workspace().agents().byName(QStringLiteral("kb-writer"));
    QVERIFY(stored);
    QCOMPARE(stored->environment, Environment::Prod);
    QCOMPARE(stored->tags, (QStringList{QStringLiteral("customer-facing"), QStringLiteral("docs")}));
    QCOMPARE(stored->principals.size(), 1);
}

void TestAgentsPage::dialogValidatesInline()
{
    const QString before = TestWorkspace::snapshot(m_test->workspace());
    bool driven = false;
    onNextDialog([&driven](QDialog* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        auto* nameError = dialog->findChild<QLabel*>(QStringLiteral("nameError"));
        auto* purposeEdit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("purposeEdit"));
        auto* owner = dialog->findChild<QComboBox*>(QStringLiteral("ownerCombo"));
        QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        QVERIFY(nameError->isHidden());
        QTest::keyClicks(name, QStringLiteral("Bad Name"));
        QVERIFY(nameError->isVisible());
        QVERIFY(nameError->text().contains(QStringLiteral("not allowed")));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("refund-triage")); // taken: caught when saving
        QVERIFY(nameError->isHidden());
        QTest::keyClicks(purposeEdit, QStringLiteral("Duplicate"));
        owner->setCurrentIndex(0);
        auto* principals = dialog->findChild<QPlainTextEdit*>(QStringLiteral("principalsEdit"));
        QTest::keyClicks(principals, QStringLiteral("aws-role=arn:aws:iam::1:user/x"));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("principalsError"))->isVisible());
        QVERIFY(!save->isEnabled());
        principals->clear();
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        // Refused by the service: the dialog stays open and says why.
        auto* saveError = dialog->findChild<QLabel*>(QStringLiteral("saveError"));
        QVERIFY(dialog->isVisible());
        QVERIFY(saveError->text().contains(QStringLiteral("already exists")));
        // For reviewing the look: STEWARD_SCREENSHOT_DIR=/tmp ctest -R tst_agentspage
        if (const QString shots = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog->grab().save(shots + QStringLiteral("/agent-dialog.png"));
        }
        dialog->reject();
        driven = true;
    });
    m_page->newAgent();
    QVERIFY(driven);
    QCOMPARE(TestWorkspace::snapshot(m_test->workspace()), before);
}

void TestAgentsPage::addsOwnerFromAgentDialog()
{
    bool driven = false;
    onNextDialog([&driven](QDialog* agentDialog) {
        onNextDialog([](QDialog* ownerDialog) {
            QCOMPARE(ownerDialog->objectName(), QStringLiteral("ownerDialog"));
            QTest::keyClicks(ownerDialog->findChild<QLineEdit*>(QStringLiteral("ownerNameEdit")),
                             QStringLiteral("Priya Raman"));
            QTest::keyClicks(ownerDialog->findChild<QLineEdit*>(QStringLiteral("ownerEmailEdit")),
                             QStringLiteral("priya@"));
            QVERIFY(ownerDialog->findChild<QLabel*>(QStringLiteral("ownerEmailError"))->isVisible());
            QTest::keyClicks(ownerDialog->findChild<QLineEdit*>(QStringLiteral("ownerEmailEdit")),
                             QStringLiteral("example.com"));
            QTest::keyClicks(ownerDialog->findChild<QLineEdit*>(QStringLiteral("ownerTeamEdit")),
                             QStringLiteral("Support"));
            QTest::mouseClick(ownerDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
        });
        QTest::mouseClick(agentDialog->findChild<QPushButton*>(QStringLiteral("newOwnerButton")),
                          Qt::LeftButton);
        auto* owner = agentDialog->findChild<QComboBox*>(QStringLiteral("ownerCombo"));
        QVERIFY(owner->currentText().contains(QStringLiteral("Priya Raman")));
        agentDialog->reject();
        driven = true;
    });
    m_page->newAgent();
    QVERIFY(driven);
    QVERIFY(m_test->workspace().owners().byEmail(QStringLiteral("priya@example.com")));
    // The owner filter offers the new owner at once.
    auto* filter = m_page->findChild<QComboBox*>(QStringLiteral("ownerFilterCombo"));
    QVERIFY(filter->findText(QStringLiteral("Priya Raman (Support)")) >= 0);
}

void TestAgentsPage::filtersByTextAndCombos()
{
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("agentSearchEdit"));
    QTest::keyClicks(search, QStringLiteral("triage"));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    QTRY_VERIFY(m_page->findChild<QLabel*>(QStringLiteral("agentCountLabel"))
                    ->text()
                    .contains(QStringLiteral("2 of 3")));
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("security")); // the owner's team
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(m_page->model()->rowCount(), 3);

    auto* owner = m_page->findChild<QComboBox*>(QStringLiteral("ownerFilterCombo"));
    owner->setCurrentIndex(owner->findData(QVariant::fromValue<qint64>(m_owner.id)));
    QCOMPARE(m_page->model()->rowCount(), 2);
    auto* status = m_page->findChild<QComboBox*>(QStringLiteral("statusFilterCombo"));
    status->setCurrentIndex(status->findData(QStringLiteral("suspended")));
    QCOMPARE(m_page->model()->rowCount(), 0);
    status->setCurrentIndex(0);
    owner->setCurrentIndex(0);
    auto* env = m_page->findChild<QComboBox*>(QStringLiteral("environmentFilterCombo"));
    env->setCurrentIndex(env->findData(QStringLiteral("prod")));
    QCOMPARE(m_page->model()->rowCount(), 0);
    env->setCurrentIndex(env->findData(QStringLiteral("dev")));
    QCOMPARE(m_page->model()->rowCount(), 3);
}

void TestAgentsPage::suspendsWithConfirmation()
{
    const int row = rowOf(QStringLiteral("refund-triage"));
    selectRow(row);
    auto* details = m_page->findChild<AgentDetailsPanel*>();
    QCOMPARE(details->agent()->name, QStringLiteral("refund-triage"));
    auto* suspend = details->findChild<QPushButton*>(QStringLiteral("suspendAgentButton"));
    QVERIFY(suspend->isVisible());
    bool driven = false;
    onNextDialog([&driven](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("statusChangeDialog"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")),
                         QStringLiteral("Wrote outside its scope"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        driven = true;
    });
    QTest::mouseClick(suspend, Qt::LeftButton);
    QVERIFY(driven);
    const int after = rowOf(QStringLiteral("refund-triage"));
    QCOMPARE(statusAt(after), QStringLiteral("Suspended"));
    QCOMPARE(details->agent()->status, AgentStatus::Suspended);
    QCOMPARE(details->findChild<QLabel*>(QStringLiteral("detailsStatus"))->text(),
             QStringLiteral("Suspended"));
    auto* history = details->findChild<QTreeWidget*>(QStringLiteral("historyList"));
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("Wrote outside its scope"));
    QVERIFY(!suspend->isVisible());
    QVERIFY(details->findChild<QPushButton*>(QStringLiteral("activateAgentButton"))->isVisible());
    QCOMPARE(m_test->workspace().agents().byName(QStringLiteral("refund-triage"))->status,
             AgentStatus::Suspended);
}

void TestAgentsPage::statusChangeSubmitsWithCtrlEnter()
{
    // The reason takes several lines (Enter adds one), so Ctrl+Enter is the keyboard's way to
    // confirm.
    selectRow(rowOf(QStringLiteral("refund-triage")));
    auto* details = m_page->findChild<AgentDetailsPanel*>();
    QString label;
    bool submitted = false;
    onNextDialog([&](QDialog* dialog) {
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        label = confirm->text();
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        QTest::keyClicks(reason, QStringLiteral("Wrote outside its scope"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTest::keyClicks(reason, QStringLiteral("twice"));
        QVERIFY(dialog->isVisible());
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        submitted = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    QTest::mouseClick(details->findChild<QPushButton*>(QStringLiteral("suspendAgentButton")), Qt::LeftButton);
    QCOMPARE(label, QStringLiteral("&Suspend"));
    QVERIFY(submitted);
    QCOMPARE(m_test->workspace().agents().byName(QStringLiteral("refund-triage"))->status,
             AgentStatus::Suspended);
    auto* history = details->findChild<QTreeWidget*>(QStringLiteral("historyList"));
    QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("Wrote outside its scope\ntwice"));
}

void TestAgentsPage::cancelChangesNothing()
{
    selectRow(rowOf(QStringLiteral("alert-triage")));
    const QString before = TestWorkspace::snapshot(m_test->workspace());
    onNextDialog([](QDialog* dialog) { dialog->reject(); });
    m_page->changeSelectedStatus(AgentStatus::Retired);
    onNextDialog([](QDialog* dialog) { dialog->reject(); });
    m_page->editSelected();
    QCOMPARE(TestWorkspace::snapshot(m_test->workspace()), before);
}

void TestAgentsPage::retiredAgentOffersNoActions()
{
    const Agent agent = m_test->workspace().agents().byName(QStringLiteral("alert-triage")).value();
    QVERIFY(m_test->service().changeStatus(agent.id, AgentStatus::Retired, QStringLiteral("Done")));
    m_page->model()->refresh();
    selectRow(rowOf(QStringLiteral("alert-triage")));
    auto* details = m_page->findChild<AgentDetailsPanel*>();
    QCOMPARE(details->agent()->status, AgentStatus::Retired);
    for (const char* name : {"suspendAgentButton", "retireAgentButton", "activateAgentButton"}) {
        QVERIFY2(details->findChild<QPushButton*>(QString::fromLatin1(name))->isHidden(), name);
    }
    QVERIFY(!details->findChild<QPushButton*>(QStringLiteral("editAgentButton"))->isEnabled());
}

void TestAgentsPage::discoveredAgentNamesItsConnector()
{
    // Nobody registered it: the history says which connector's records brought it in.
    const QString log = m_test->dir() + QStringLiteral("/audit.log");
    QVERIFY(appendToFile(log,
                         k8sAuditLines("discovery-", 0, 1)
                             .replace("\"username\":\"minikube-user\"",
                                      "\"username\":\"system:serviceaccount:payments:payout-bot\"")));
    auto cluster = ConnectorService(m_test->workspace())
                       .ensure(QStringLiteral("cluster-audit"), QStringLiteral("k8s"), {});
    QVERIFY(cluster);
    const auto parser = RecordParser::forFormat(cluster->kind);
    auto counts = FileSource(m_test->workspace(), cluster.value(), *parser, {}).ingest(log);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    m_page->model()->refresh();
    selectRow(rowOf(QStringLiteral("payout-bot")));
    auto* details = m_page->findChild<AgentDetailsPanel*>();
    QCOMPARE(details->agent()->name, QStringLiteral("payout-bot"));
    QCOMPARE(details->agent()->status, AgentStatus::Shadow);
    auto* history = details->findChild<QTreeWidget*>(QStringLiteral("historyList"));
    QCOMPARE(history->topLevelItemCount(), 1);
    QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("Discovered by connector cluster-audit"));
}

void TestAgentsPage::keyboardOnly()
{
    m_page->focusSearch();
    QVERIFY(m_page->findChild<QLineEdit*>(QStringLiteral("agentSearchEdit"))->hasFocus());
    m_page->table()->setFocus();
    m_page->table()->selectRow(0);
    QTest::keyClick(m_page->table(), Qt::Key_Down);
    QCOMPARE(m_page->table()->selectionModel()->currentIndex().row(), 1);
    auto* details = m_page->findChild<AgentDetailsPanel*>();
    QVERIFY(details->agent());
    // Enter opens the selected agent for editing.
    bool opened = false;
    onNextDialog([&opened](QDialog* dialog) {
        opened = dialog->objectName() == QStringLiteral("agentDialog");
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(m_page->table(), Qt::Key_Return);
    QVERIFY(opened);
}

void TestAgentsPage::identityTabIssuesAndRevokes()
{
    IdentityService identity(m_test->workspace());
    QVERIFY(identity.initCertificateAuthority("gui passphrase"));
    qputenv("STEWARD_PASSPHRASE", "gui passphrase");
    const QString csr = m_test->dir() + QStringLiteral("/agent.csr");
    QProcess openssl;
    openssl.setWorkingDirectory(m_test->dir());
    openssl.start(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral(
                       "openssl genpkey -algorithm ed25519 -out agent.key && openssl req -new -key agent.key "
                       "-subj /CN=refund-triage -addext "
                       "subjectAltName=URI:spiffe://test.example/agent/refund-triage -out agent.csr")});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);

    selectRow(rowOf(QStringLiteral("refund-triage")));
    auto* panel = m_page->identityPanel();
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("svidSerialLabel"))->text(),
             QStringLiteral("No SVID issued yet"));
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("revokeSvidButton"))->isEnabled());
    // Issuing offers to save the certificate with its chain for the agent.
    const QString saved = m_test->dir() + QStringLiteral("/refund-triage-svid.pem");
    QString offered;
    onNextDialog([&offered, saved](QDialog* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        QVERIFY(files);
        offered = files->selectedFiles().value(0);
        files->selectFile(saved);
        dialog->accept();
    });
    panel->issueSvid(csr);
    QVERIFY(offered.endsWith(QStringLiteral("refund-triage-svid.pem")));
    QFile root(m_test->dir() + QStringLiteral("/root.pem"));
    QVERIFY(root.open(QIODevice::WriteOnly));
    root.write(identity.chain()->root.toPem());
    root.close();
    QProcess verify;
    verify.setWorkingDirectory(m_test->dir());
    verify.start(QStringLiteral("openssl"),
                 {QStringLiteral("verify"),
                  QStringLiteral("-attime"),
                  QString::number(m_test->now().toSecsSinceEpoch()),
                  QStringLiteral("-CAfile"),
                  QStringLiteral("root.pem"),
                  QStringLiteral("-untrusted"),
                  saved,
                  saved});
    QVERIFY(verify.waitForFinished(30000));
    QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    const QString firstSerial = panel->findChild<QLabel*>(QStringLiteral("svidSerialLabel"))->text();

    // Renewal: confirm, then decline to save; the tab shows the new SVID.
    auto* renew = panel->findChild<QPushButton*>(QStringLiteral("renewSvidButton"));
    QVERIFY(renew->isEnabled());
    bool confirmed = false;
    onNextDialog([&confirmed](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        confirmed = box->text().contains(QStringLiteral("same key"));
        onNextDialog([](QDialog* save) { save->reject(); });
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(renew, Qt::LeftButton);
    QVERIFY(confirmed);
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("svidSerialLabel"))->text() != firstSerial);
    QCOMPARE(m_test->workspace()
                 .credentials()
                 .find(CredentialKind::X509Svid,
                       panel->findChild<QLabel*>(QStringLiteral("svidSerialLabel"))->text())
                 ->agentName,
             QStringLiteral("refund-triage"));
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("svidSanLabel"))->text(),
             QStringLiteral("spiffe://test.example/agent/refund-triage"));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("svidValidityLabel"))
                ->text()
                .contains(QStringLiteral("expires in 60 min")));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("svidChainLabel"))
                ->text()
                .contains(QStringLiteral("current intermediate")));
    if (const QString shots = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"); !shots.isEmpty()) {
        m_page->findChild<QTabWidget*>(QStringLiteral("agentDetailTabs"))->setCurrentWidget(panel);
        QTest::qWait(50); // let the layouts take the new label texts
        m_page->grab().save(shots + QStringLiteral("/identity-tab.png"));
    }
    auto* revoke = panel->findChild<QPushButton*>(QStringLiteral("revokeSvidButton"));
    QVERIFY(revoke->isEnabled());
    QString revokeLabel;
    bool revokeEnabledWithoutReason = true;
    onNextDialog([&](QDialog* dialog) {
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        if (!reason || !confirm) {
            dialog->reject();
            return;
        }
        revokeLabel = confirm->text();
        revokeEnabledWithoutReason = confirm->isEnabled();
        QTest::keyClicks(reason, QStringLiteral("key exposed"));
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    QTest::mouseClick(revoke, Qt::LeftButton);
    QCOMPARE(revokeLabel, QStringLiteral("&Revoke"));
    QVERIFY(!revokeEnabledWithoutReason);
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("svidValidityLabel"))
                ->text()
                .contains(QStringLiteral("key exposed")));
    QVERIFY(!revoke->isEnabled());
    // A token minted from the console, checked by the verifier, counted in the tab.
    QVERIFY(identity.ensureSigningKey("gui passphrase"));
    m_test->grant(
        QStringLiteral("refund-triage"),
        QStringLiteral(
            "read s3://refunds/** classification<=internal\nlist s3://refunds classification<=internal"),
        3600,
        QStringLiteral("T-9"));
    QString minted;
    onNextDialog([&minted](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("mintTokenDialog"));
        auto* mint = dialog->findChild<QPushButton*>(QStringLiteral("mintButton"));
        QVERIFY(!mint->isEnabled());
        // The grant fills in the task and its statements; narrow them to one.
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("taskEdit"))->text(), QStringLiteral("T-9"));
        auto* scope = dialog->findChild<QPlainTextEdit*>(QStringLiteral("scopeEdit"));
        QVERIFY(scope->toPlainText().contains(QStringLiteral("list s3://refunds")));
        scope->setPlainText(QStringLiteral("read s3://refunds/2026/** classification<=internal"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("audienceEdit")),
                         QStringLiteral("payments-api"));
        QTest::mouseClick(mint, Qt::LeftButton);
        minted = dialog->findChild<QPlainTextEdit*>(QStringLiteral("tokenOutput"))->toPlainText();
        dialog->reject();
    });
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("mintTokenButton")), Qt::LeftButton);
    QVERIFY(!minted.isEmpty());
    const auto outcome = identity.verifyToken(minted.toLatin1(), QStringLiteral("payments-api"));
    QVERIFY2(outcome.accepted, qPrintable(outcome.reason));
    QCOMPARE(outcome.claims.value(QStringLiteral("task")).toString(), QStringLiteral("T-9"));
    QCOMPARE(outcome.claims.value(QStringLiteral("scope")).toArray().size(), 1);
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("tokenSummaryLabel"))
                ->text()
                .startsWith(QStringLiteral("1 issued")));
    // A suspended agent gets no identity.
    const Agent agent = m_test->workspace().agents().byName(QStringLiteral("refund-triage")).value();
    QVERIFY(m_test->service().changeStatus(agent.id, AgentStatus::Suspended, QString()));
    m_page->model()->refresh();
    selectRow(rowOf(QStringLiteral("refund-triage")));
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("issueSvidButton"))->isEnabled());
    qunsetenv("STEWARD_PASSPHRASE");
}

QTEST_MAIN(TestAgentsPage)
#include "tst_agentspage.moc"

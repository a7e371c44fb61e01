// SPDX-License-Identifier: Apache-2.0
#include "credentialspage.h"
#include "credentialtablemodel.h"
#include "dialogdriver.h"
#include "identity/identityservice.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

class TestCredentialsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsAndFilters();
    void revokesThroughTheDialog();
    void suspensionShowsAsRevoked();

private:
    int rowWithStatus(const QString& status) const;

    std::unique_ptr<TestWorkspace> m_test;
    std::unique_ptr<CredentialsPage> m_page;
    Agent m_agent;
};

void TestCredentialsPage::init()
{
    m_test = std::make_unique<TestWorkspace>();
    m_agent = m_test->addAgent(QStringLiteral("refund-bot"), m_test->addOwner().id);
    IdentityService identity(m_test->workspace());
    QVERIFY(identity.ensureSigningKey("pw"));
    const QString statement = QStringLiteral("read s3://refunds/** classification<=internal");
    m_test->grant(m_agent.name, statement, 8 * 3600, QStringLiteral("T-300"));
    m_test->grant(m_agent.name, statement, 8 * 3600, QStringLiteral("T-900"));
    for (const int ttl : {300, 900, 900}) {
        IdentityService::MintRequest request;
        request.agent = m_agent.name;
        request.audience = QStringLiteral("payments-api");
        request.scope = {statement};
        request.task = QStringLiteral("T-%1").arg(ttl);
        request.ttlSeconds = ttl;
        QVERIFY(identity.mintToken(request, "pw"));
    }
    auto tokens = m_test->workspace().credentials().list({});
    QVERIFY(identity.revokeToken(tokens->constFirst().identifier, QStringLiteral("leaked")));
    m_page = std::make_unique<CredentialsPage>(m_test->workspace());
    m_page->resize(1100, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCredentialsPage::cleanup()
{
    m_page.reset();
    m_test.reset();
}

int TestCredentialsPage::rowWithStatus(const QString& status) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->index(row, 0).data(CredentialTableModel::StatusKeyRole).toString() == status) {
            return row;
        }
    }
    return -1;
}

void TestCredentialsPage::listsAndFilters()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->model()->rowCount(), 3);
    QCOMPARE(m_page->model()->index(0, CredentialTableModel::KindColumn).data().toString(),
             QStringLiteral("Token"));
    QCOMPARE(m_page->model()->index(0, CredentialTableModel::AgentColumn).data().toString(),
             QStringLiteral("refund-bot"));
    auto* status = m_page->findChild<QComboBox*>(QStringLiteral("credentialStatusCombo"));
    status->setCurrentIndex(3); // revoked
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, CredentialTableModel::StatusColumn).data().toString(),
             QStringLiteral("Revoked"));
    status->setCurrentIndex(1); // active
    QCOMPARE(m_page->model()->rowCount(), 2);
    auto* expiring = m_page->findChild<QCheckBox*>(QStringLiteral("expiringOnlyCheck"));
    auto* minutes = m_page->findChild<QSpinBox*>(QStringLiteral("expiringMinutesSpin"));
    minutes->setValue(10);
    expiring->setChecked(true);
    QCOMPARE(m_page->model()->rowCount(), 1); // of the two active tokens, only the 5-minute one
    minutes->setValue(20);
    QCOMPARE(m_page->model()->rowCount(), 2);
    // Time passes: the active tokens expire and the page says so.
    m_test->advance(1000);
    expiring->setChecked(false);
    status->setCurrentIndex(2); // expired
    QCOMPARE(m_page->model()->rowCount(), 2);
    auto* kind = m_page->findChild<QComboBox*>(QStringLiteral("credentialKindCombo"));
    kind->setCurrentIndex(1); // SVIDs
    QCOMPARE(m_page->model()->rowCount(), 0);
}

void TestCredentialsPage::revokesThroughTheDialog()
{
    const int row = rowWithStatus(QStringLiteral("active"));
    QVERIFY(row >= 0);
    const QString jti = m_page->model()->credentialAt(row)->identifier;
    m_page->table()->selectRow(row);
    auto* revoke = m_page->findChild<QPushButton*>(QStringLiteral("revokeCredentialButton"));
    QVERIFY(revoke->isEnabled());
    // The reason goes on the record and may take several lines: the button names the action, is
    // disabled until a reason is typed, and Ctrl+Enter presses it.
    QString label;
    bool enabledWithoutReason = true;
    bool submitted = false;
    onNextDialog([&](QDialog* dialog) {
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        if (!reason || !confirm) {
            dialog->reject();
            return;
        }
        label = confirm->text();
        enabledWithoutReason = confirm->isEnabled();
        QTest::keyClicks(reason, QStringLiteral("task finished early"));
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        submitted = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    QTest::mouseClick(revoke, Qt::LeftButton);
    QCOMPARE(label, QStringLiteral("&Revoke"));
    QVERIFY(!enabledWithoutReason);
    QVERIFY(submitted);
    auto stored = m_test->workspace().credentials().find(CredentialKind::Jwt, jti);
    QVERIFY(stored->isRevoked());
    QCOMPARE(stored->revocationReason, QStringLiteral("task finished early"));
    // Cancelling changes nothing.
    const QString before = TestWorkspace::snapshot(m_test->workspace());
    m_page->table()->selectRow(rowWithStatus(QStringLiteral("active")));
    onNextDialog([](QDialog* dialog) { dialog->reject(); });
    m_page->revokeSelected();
    QCOMPARE(TestWorkspace::snapshot(m_test->workspace()), before);
}

void TestCredentialsPage::suspensionShowsAsRevoked()
{
    QVERIFY(m_test->service().changeStatus(m_agent.id, AgentStatus::Suspended, QStringLiteral("scope")));
    m_page->reload();
    QCOMPARE(rowWithStatus(QStringLiteral("active")), -1);
    IdentityService identity(m_test->workspace());
    IdentityService::MintRequest request;
    request.agent = m_agent.name;
    request.audience = QStringLiteral("x");
    QVERIFY(!identity.mintToken(request, "pw"));
}

QTEST_MAIN(TestCredentialsPage)
#include "tst_credentialspage.moc"

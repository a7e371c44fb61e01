// SPDX-License-Identifier: Apache-2.0
// The Audit page offscreen: entries with their signed bytes, filters, and a verification that
// runs on its own thread and names the entry an edit broke.
#include "auditpage.h"
#include "audittablemodel.h"
#include "identity/identityservice.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

class TestAuditPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndFilters();
    void verifiesOffTheUiThread();
    void aTrailCutShortIsShown();
    void modelPagesUnderTheTester();
};

void TestAuditPage::showsAndFilters()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    test.addAgent(QStringLiteral("alpha"), owner.id);
    test.addAgent(QStringLiteral("beta"), owner.id);
    AuditPage page(test.workspace());
    page.resize(1100, 600);
    page.show();
    QCOMPARE(page.model()->rowCount(), 4); // workspace, owner, two agents
    page.table()->setCurrentIndex(page.model()->index(2, 0));
    const QString detail = page.findChild<QPlainTextEdit*>(QStringLiteral("auditDetail"))->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("\"action\":\"agent.registered\"")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("Entry hash: ")));
    if (const QString shots = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(50);
        page.grab().save(shots + QStringLiteral("/audit-page.png"));
    }
    auto* action = page.findChild<QLineEdit*>(QStringLiteral("auditActionEdit"));
    action->setText(QStringLiteral("agent.registered"));
    Q_EMIT action->editingFinished();
    QCOMPARE(page.model()->rowCount(), 2);
    auto* object = page.findChild<QLineEdit*>(QStringLiteral("auditObjectEdit"));
    object->setText(QStringLiteral("agent:beta"));
    Q_EMIT object->editingFinished();
    QCOMPARE(page.model()->rowCount(), 1);
}

void TestAuditPage::verifiesOffTheUiThread()
{
    TestWorkspace test;
    const Owner owner = test.addOwner();
    for (int i = 0; i < 30; ++i) {
        test.addAgent(QStringLiteral("agent-%1").arg(i), owner.id);
    }
    AuditPage page(test.workspace());
    page.show();
    auto* status = page.findChild<QLabel*>(QStringLiteral("verifyStatus"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QVERIFY(page.isVerifying() || status->text().startsWith(QStringLiteral("Intact")));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying(), 30000);
    QVERIFY2(status->text().startsWith(QStringLiteral("Intact: 32 entries")), qPrintable(status->text()));

    QSqlQuery edit(test.workspace().database().connection());
    QVERIFY(edit.exec(QStringLiteral("UPDATE audit_entries SET operator = 'mallory' WHERE seq = 17")));
    page.verify();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying(), 30000);
    QVERIFY2(status->text().startsWith(QStringLiteral("altered at entry 17")), qPrintable(status->text()));
}

void TestAuditPage::aTrailCutShortIsShown()
{
    // A checkpoint also anchors the trail outside the file; cutting the tail off with its
    // checkpoint is then shown in the page, with what to do if it was meant.
    TestWorkspace test;
    const QByteArray passphrase = "audit page passphrase";
    IdentityService identity(test.workspace());
    QVERIFY(identity.initCertificateAuthority(passphrase));
    const Owner owner = test.addOwner();
    for (int i = 0; i < 5; ++i) {
        test.addAgent(QStringLiteral("agent-%1").arg(i), owner.id);
    }
    test.workspace().audit().setCheckpointKey(test.workspace().audit().openWorkspaceKey(passphrase).value());
    QVERIFY(test.workspace().audit().checkpoint());
    const qint64 head = test.workspace().audit().headSequence();

    AuditPage page(test.workspace());
    page.show();
    auto* status = page.findChild<QLabel*>(QStringLiteral("verifyStatus"));
    page.verify();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying(), 30000);
    QVERIFY2(status->text().contains(
                 QStringLiteral("anchors kept outside the file confirm it through entry %1").arg(head)),
             qPrintable(status->text()));

    QSqlQuery cut(test.workspace().database().connection());
    QVERIFY(cut.exec(QStringLiteral("DELETE FROM audit_entries WHERE seq > %1").arg(head - 3)));
    QVERIFY(cut.exec(QStringLiteral("DELETE FROM audit_checkpoints")));
    page.verify();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying(), 30000);
    QVERIFY2(status->text().startsWith(QStringLiteral("truncated at entry %1").arg(head - 2)),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("remove the anchor")));
    if (const QString shots = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"); !shots.isEmpty()) {
        page.resize(1100, 700);
        QTest::qWait(50);
        page.grab().save(shots + QStringLiteral("/audit-page-truncated.png"));
    }
}

void TestAuditPage::modelPagesUnderTheTester()
{
    TestWorkspace test;
    for (int i = 0; i < 1200; ++i) {
        test.addOwner(QStringLiteral("owner%1@example.com").arg(i));
    }
    AuditTableModel model(test.workspace().audit());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    // Every entry once, in order, across pages.
    QCOMPARE(model.rowCount(), test.workspace().audit().headSequence());
    for (int row = 1; row < model.rowCount(); ++row) {
        QCOMPARE(model.entry(row)->sequence, model.entry(row - 1)->sequence + 1);
    }
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"

// SPDX-License-Identifier: Apache-2.0
#include "operatorsdialog.h"
#include "testworkspace.h"
#include "workflow/operatorservice.h"
#include "workflow/requestservice.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

class TestOperatorsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adminAddsAnOperator();
    void adminChangesTheRules();
    void othersOnlyLook();
};

namespace {
template<typename T>
T* child(QDialog& dialog, const char* name)
{
    auto* widget = dialog.findChild<T*>(QString::fromLatin1(name));
    if (!widget) {
        qFatal("no %s in the dialog", name);
    }
    return widget;
}
} // namespace

void TestOperatorsDialog::adminAddsAnOperator()
{
    TestWorkspace test;
    OperatorsDialog dialog(test.workspace());
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 1); // the workspace's creator
    auto* username = child<QLineEdit>(dialog, "usernameEdit");
    auto* error = child<QLabel>(dialog, "addOperatorError");

    // A name that is no login name is refused where it was typed, and nothing is added.
    QTest::keyClicks(username, QStringLiteral("Ann Lee"));
    QTest::keyClick(username, Qt::Key_Return);
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QStringLiteral("login name")));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QTest::keyClick(username, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(username, QStringLiteral("ann.lee"));
    QVERIFY(error->isHidden());
    QTest::keyClicks(child<QLineEdit>(dialog, "displayNameEdit"), QStringLiteral("Ann Lee"));
    QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("ann@example.com"));
    child<QComboBox>(dialog, "roleCombo")->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(dialog, "addOperatorButton"), Qt::LeftButton);
    QVERIFY2(error->isHidden(), qPrintable(error->text()));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(username->text().isEmpty());

    auto ann = test.workspace().operators().byUsername(QStringLiteral("ann.lee"));
    QVERIFY(ann);
    QCOMPARE(ann->role, OperatorRole::Admin);
    QCOMPARE(ann->email, QStringLiteral("ann@example.com"));
    QVERIFY(ann->keyId.isEmpty()); // she creates her own key on her first decision

    // The same name twice is a conflict, said inline.
    QTest::keyClicks(username, QStringLiteral("ann.lee"));
    QTest::mouseClick(child<QPushButton>(dialog, "addOperatorButton"), Qt::LeftButton);
    QVERIFY(error->text().contains(QStringLiteral("already")));
    QCOMPARE(dialog.table()->rowCount(), 2);
}

void TestOperatorsDialog::adminChangesTheRules()
{
    TestWorkspace test;
    OperatorsDialog dialog(test.workspace());
    dialog.show();
    auto* grantDays = child<QSpinBox>(dialog, "grantDaysSpin");
    auto* sensitiveQuorum = child<QSpinBox>(dialog, "sensitiveQuorumSpin");
    QCOMPARE(grantDays->value(), 30);
    QCOMPARE(sensitiveQuorum->minimum(), 2); // the two-person rule cannot be lowered from here
    grantDays->setFocus();
    QTest::keyClick(grantDays, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(grantDays, QStringLiteral("14"));
    sensitiveQuorum->setValue(3);
    const qint64 before = test.workspace().audit().headSequence();
    QTest::mouseClick(child<QPushButton>(dialog, "saveRulesButton"), Qt::LeftButton);
    QVERIFY(!child<QLabel>(dialog, "rulesSaved")->isHidden());
    QVERIFY(child<QLabel>(dialog, "rulesError")->isHidden());

    const ApprovalSettings rules = RequestService(test.workspace()).settings().value();
    QCOMPARE(rules.maxGrantDays, 14);
    QCOMPARE(rules.sensitiveQuorum, 3);
    auto entry = test.workspace().audit().entry(before + 1);
    QVERIFY(entry);
    QCOMPARE(entry->action, QStringLiteral("settings.changed"));

    // Changing a value again takes the "saved" note away until it is saved.
    grantDays->setValue(20);
    QVERIFY(child<QLabel>(dialog, "rulesSaved")->isHidden());
}

void TestOperatorsDialog::othersOnlyLook()
{
    TestWorkspace test;
    QVERIFY(OperatorService(test.workspace())
                .add(QStringLiteral("bob"), QStringLiteral("Bob"), QString(), OperatorRole::Approver));
    test.workspace().setOperatorName(QStringLiteral("bob"));
    OperatorsDialog dialog(test.workspace());
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(!child<QPushButton>(dialog, "addOperatorButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "saveRulesButton")->isEnabled());
    QVERIFY(!child<QSpinBox>(dialog, "quorumSpin")->isEnabled());
    test.workspace().setOperatorName(QStringLiteral("tester"));
}

QTEST_MAIN(TestOperatorsDialog)
#include "tst_operatorsdialog.moc"

// SPDX-License-Identifier: Apache-2.0
// The console's passphrase prompt, driven offscreen inside tests/with-secret-service.sh so that
// "remember" talks to a real (private) gnome-keyring.
#include "dialogdriver.h"
#include "identity/identityservice.h"
#include "identity/passphrasekeychain.h"
#include "passphrasedialog.h"
#include "testworkspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestPassphraseDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPassphraseKeepsTheDialogOpen();
    void rememberedPassphraseSkipsTheDialog();
    void stalePassphraseAsksAgain();
    void cancelGivesNothing();
    void ctrlEnterUnlocks();

private:
    std::unique_ptr<TestWorkspace> m_test;
};

namespace {
const QByteArray kPassphrase = "dialog passphrase";
}

void TestPassphraseDialog::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run this test through tests/with-secret-service.sh");
    qunsetenv("STEWARD_PASSPHRASE");
    qunsetenv("STEWARD_NO_KEYCHAIN");
    m_test = std::make_unique<TestWorkspace>();
    IdentityService identity(m_test->workspace());
    QVERIFY(identity.initCertificateAuthority(kPassphrase));
}

void TestPassphraseDialog::wrongPassphraseKeepsTheDialogOpen()
{
    PassphraseDialog dialog(m_test->workspace());
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("passphraseError"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QTest::keyClicks(edit, QStringLiteral("not it"));
    QVERIFY(!error->isVisible());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("passphrase")));
    QCOMPARE(dialog.result(), 0);
}

void TestPassphraseDialog::rememberedPassphraseSkipsTheDialog()
{
    bool shown = false;
    onNextDialog([&shown](QDialog* dialog) {
        shown = true;
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                         QString::fromUtf8(kPassphrase));
        auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheck"));
        QVERIFY(!remember->isHidden());
        remember->setChecked(true);
        QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), Qt::Key_Return);
    });
    SecretBytes first = PassphraseDialog::obtain(m_test->workspace(), nullptr);
    QVERIFY(shown);
    QCOMPARE(first.view(), QByteArrayView(kPassphrase));
    QCOMPARE(PassphraseKeychain::read(m_test->workspace().id())->view(), QByteArrayView(kPassphrase));

    // Now no dialog: a dialog would fail this by being answered with a wrong passphrase.
    shown = false;
    onNextDialog(
        [&shown](QDialog* dialog) {
            shown = true;
            dialog->reject();
        },
        3);
    SecretBytes second = PassphraseDialog::obtain(m_test->workspace(), nullptr);
    QCOMPARE(second.view(), QByteArrayView(kPassphrase));
    QTest::qWait(200); // past the watcher's last attempt, so it cannot answer a later dialog
    QVERIFY(!shown);
}

void TestPassphraseDialog::stalePassphraseAsksAgain()
{
    QVERIFY(PassphraseKeychain::write(m_test->workspace().id(), "an old passphrase"));
    bool shown = false;
    onNextDialog([&shown](QDialog* dialog) {
        shown = true;
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                         QString::fromUtf8(kPassphrase));
        QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), Qt::Key_Return);
    });
    SecretBytes passphrase = PassphraseDialog::obtain(m_test->workspace(), nullptr);
    QVERIFY(shown);
    QCOMPARE(passphrase.view(), QByteArrayView(kPassphrase));
    // Not asked to remember: the keychain keeps what it had.
    QCOMPARE(PassphraseKeychain::read(m_test->workspace().id())->view(), QByteArrayView("an old passphrase"));
    QVERIFY(PassphraseKeychain::forget(m_test->workspace().id()));
}

void TestPassphraseDialog::cancelGivesNothing()
{
    onNextDialog([](QDialog* dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QVERIFY(PassphraseDialog::obtain(m_test->workspace(), nullptr).isEmpty());
}

void TestPassphraseDialog::ctrlEnterUnlocks()
{
    // The button says what it does, and Ctrl+Enter presses it as it does in the reason dialogs.
    PassphraseDialog dialog(m_test->workspace());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    QTest::keyClicks(edit, QStringLiteral("not it"));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    // Checked as a click is: a wrong passphrase keeps the dialog open and says so.
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("passphraseError"))->isVisible());
    edit->clear();
    QTest::keyClicks(edit, QString::fromUtf8(kPassphrase));
    QTest::keyClick(edit, Qt::Key_Enter, Qt::ControlModifier);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.takePassphrase().view(), QByteArrayView(kPassphrase));
    QCOMPARE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text(),
             QStringLiteral("&Unlock"));
}

QTEST_MAIN(TestPassphraseDialog)
#include "tst_passphrasedialog.moc"

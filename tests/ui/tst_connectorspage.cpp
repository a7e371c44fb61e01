// SPDX-License-Identifier: Apache-2.0
#include "activity/connectormanager.h"
#include "activity/connectorsecret.h"
#include "activity/connectorservice.h"
#include "activitypage.h"
#include "activitysamples.h"
#include "activitytablemodel.h"
#include "connectordialog.h"
#include "connectorspage.h"
#include "dialogdriver.h"
#include "identity/identityservice.h"
#include "mainwindow.h"
#include "testworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QToolButton>

class TestConnectorsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addAConnectorAndWatchItLive();
    void fixAMappingAndReingest();
    void addAnHttpPollerWithASealedSecret();
    void testingASilentEndpointLeavesTheDialogFree();
    void aTlsReceiverWithAMissingCertificateSaysWhy();

private:
    std::unique_ptr<MainWindow> openWindow(TestWorkspace& test);
};

namespace {
const QString kData = QStringLiteral(STEWARD_TEST_DATA_DIR "/activity");

QByteArray k8sLines(const QByteArray& prefix, int from, int to)
{
    return k8sAuditLines(prefix, from, to);
}

void append(const QString& path, const QByteArray& bytes)
{
    QVERIFY(appendToFile(path, bytes));
}

// Fills the connector dialog the page opens next, modally.
template<typename Fill>
void whenDialogOpens(Fill fill)
{
    onNextDialog([fill](QDialog* opened) {
        auto* dialog = qobject_cast<ConnectorDialog*>(opened);
        QVERIFY(dialog);
        fill(dialog);
    });
}

int rowOf(QTableWidget* table, const QString& name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name) {
            return row;
        }
    }
    return -1;
}
} // namespace

void TestConnectorsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectorspage"));
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestConnectorsPage::openWindow(TestWorkspace& test)
{
    auto workspace = Workspace::open(test.path());
    if (!workspace) {
        qFatal("%s", qPrintable(workspace.error().message));
    }
    auto window = std::make_unique<MainWindow>(std::move(workspace).value());
    window->resize(1300, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qFatal("window not exposed");
    }
    return window;
}

void TestConnectorsPage::addAConnectorAndWatchItLive()
{
    TestWorkspace test;
    const QString logs = test.dir() + QStringLiteral("/audit");
    QVERIFY(QDir().mkpath(logs));
    const QString path = logs + QStringLiteral("/audit.log");
    append(path, k8sLines("a-", 0, 5));
    auto window = openWindow(test);
    window->showPage(QStringLiteral("connectors"));
    ConnectorsPage* page = window->connectorsPage();
    QVERIFY(page->isVisible());

    // Added from the console: the dialog tests the settings on the file before saving them.
    QString tested;
    whenDialogOpens([&](ConnectorDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("connectorName"))
            ->setText(QStringLiteral("cluster audit"));
        auto* format = dialog->findChild<QComboBox*>(QStringLiteral("connectorFormat"));
        format->setCurrentIndex(format->findData(QStringLiteral("k8s")));
        dialog->findChild<QLineEdit*>(QStringLiteral("connectorPath"))->setText(logs);
        dialog->findChild<QLineEdit*>(QStringLiteral("connectorCluster"))->setText(QStringLiteral("prod"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("connectorTest")), Qt::LeftButton);
        tested = dialog->findChild<QLabel*>(QStringLiteral("connectorTestResult"))->text();
        dialog->accept();
    });
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addConnector")), Qt::LeftButton);
    QVERIFY2(tested.contains(QStringLiteral("events 5,")), qPrintable(tested));
    QVERIFY2(tested.contains(QStringLiteral("k8s://prod/")), qPrintable(tested));

    // It runs at once, in the background, and says so.
    QTableWidget* table = page->table();
    const int row = rowOf(table, QStringLiteral("cluster audit"));
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        table->item(rowOf(table, QStringLiteral("cluster audit")), 4)->text(), QStringLiteral("5"), 10000);
    QCOMPARE(table->item(rowOf(table, QStringLiteral("cluster audit")), 2)->text(),
             QStringLiteral("Running"));

    // The activity arrives live on the Activity page, on top, while it is open.
    window->showPage(QStringLiteral("activity"));
    ActivityPage* activity = window->activityPage();
    QTRY_VERIFY(!activity->model()->loading());
    QCOMPARE(activity->model()->rowCount(), 5);
    QVERIFY(activity->liveButton()->isChecked());
    append(path, k8sLines("b-", 0, 3));
    QTRY_COMPARE_WITH_TIMEOUT(activity->model()->rowCount(), 8, 10000);
    QVERIFY(activity->model()->event(0)->nativeId.startsWith(QStringLiteral("b-")));
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel*>(QStringLiteral("liveStatusLabel"))
                                 ->text()
                                 .contains(QStringLiteral("connectors running: 1")),
                             5000);

    // Disabled, it stops; nothing more is read.
    window->showPage(QStringLiteral("connectors"));
    table->selectRow(rowOf(table, QStringLiteral("cluster audit")));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("toggleConnector")), Qt::LeftButton);
    QCOMPARE(table->item(rowOf(table, QStringLiteral("cluster audit")), 2)->text(),
             QStringLiteral("Disabled"));
    append(path, k8sLines("c-", 0, 2));
    QTest::qWait(1500);
    QCOMPARE(test.workspace().events().count({}).value(), 8);
}

void TestConnectorsPage::fixAMappingAndReingest()
{
    TestWorkspace test;
    auto window = openWindow(test);
    window->showPage(QStringLiteral("connectors"));
    ConnectorsPage* page = window->connectorsPage();
    // A JSON lines connector whose time pointer has a typo.
    whenDialogOpens([](ConnectorDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("connectorName"))->setText(QStringLiteral("okta"));
        auto* format = dialog->findChild<QComboBox*>(QStringLiteral("connectorFormat"));
        format->setCurrentIndex(format->findData(QStringLiteral("jsonl")));
        dialog->findChild<QLineEdit*>(QStringLiteral("connectorPath"))
            ->setText(kData + QStringLiteral("/jsonl/okta-system-log.jsonl"));
        dialog->findChild<QLineEdit*>(QStringLiteral("pointer_time"))->setText(QStringLiteral("/publishd"));
        dialog->findChild<QLineEdit*>(QStringLiteral("pointer_native_action"))
            ->setText(QStringLiteral("/eventType"));
        dialog->accept();
    });
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addConnector")), Qt::LeftButton);
    QTableWidget* table = page->table();
    QTRY_COMPARE_WITH_TIMEOUT(
        table->item(rowOf(table, QStringLiteral("okta")), 7)->text(), QStringLiteral("6"), 10000);
    table->selectRow(rowOf(table, QStringLiteral("okta")));
    // The quarantine browser shows why, and the record itself.
    QTableWidget* quarantine = page->quarantine();
    QCOMPARE(quarantine->rowCount(), 6);
    QVERIFY(quarantine->item(0, 2)->text().contains(QStringLiteral("No time at /publishd")));
    quarantine->selectRow(0);
    QVERIFY(page->findChild<QPlainTextEdit*>(QStringLiteral("quarantineRaw"))
                ->toPlainText()
                .contains(QStringLiteral("published")));

    // The mapping fixed in the dialog, the records are read again and stored.
    whenDialogOpens([](ConnectorDialog* dialog) {
        QLineEdit* time = dialog->findChild<QLineEdit*>(QStringLiteral("pointer_time"));
        QCOMPARE(time->text(), QStringLiteral("/publishd"));
        time->setText(QStringLiteral("/published"));
        dialog->accept();
    });
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("editConnector")), Qt::LeftButton);
    table->selectRow(rowOf(table, QStringLiteral("okta")));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("reingest")), Qt::LeftButton);
    QCOMPARE(quarantine->rowCount(), 0);
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("quarantineTitle"))
                ->text()
                .contains(QStringLiteral("nothing in quarantine")));
    EventQuery okta;
    okta.source = QStringLiteral("jsonl");
    QCOMPARE(test.workspace().events().count(okta).value(), 6);
}

void TestConnectorsPage::addAnHttpPollerWithASealedSecret()
{
    TestWorkspace test;
    QVERIFY(IdentityService(test.workspace()).ensureSigningKey("workspace passphrase"));
    qputenv("STEWARD_PASSPHRASE", "workspace passphrase");
    qputenv("STEWARD_NO_KEYCHAIN", "1");
    auto window = openWindow(test);
    window->showPage(QStringLiteral("connectors"));
    ConnectorsPage* page = window->connectorsPage();
    QString refused;
    whenDialogOpens([&](ConnectorDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("connectorName"))->setText(QStringLiteral("audit api"));
        auto* format = dialog->findChild<QComboBox*>(QStringLiteral("connectorFormat"));
        format->setCurrentIndex(format->findData(QStringLiteral("http")));
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("connectorPath"))->isVisible());
        auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("httpUrl"));
        QVERIFY(url->isVisible());
        // Plain HTTP is refused with its reason, and the dialog stays open.
        url->setText(QStringLiteral("http://127.0.0.1:9/api"));
        dialog->findChild<QLineEdit*>(QStringLiteral("httpRecords"))->setText(QStringLiteral("/items"));
        dialog->findChild<QLineEdit*>(QStringLiteral("httpNext"))->setText(QStringLiteral("/next"));
        dialog->findChild<QLineEdit*>(QStringLiteral("httpCursorParam"))->setText(QStringLiteral("cursor"));
        dialog->findChild<QLineEdit*>(QStringLiteral("httpSecret"))->setText(QStringLiteral("tok-123"));
        auto* store = dialog->findChild<QComboBox*>(QStringLiteral("httpStore"));
        QCOMPARE(store->currentData().toString(), QStringLiteral("workspace")); // no keychain here
        dialog->accept();
        refused = dialog->findChild<QLabel*>(QStringLiteral("connectorError"))->text();
        QVERIFY(dialog->isVisible());
        url->setText(QStringLiteral("https://127.0.0.1:9/api"));
        dialog->findChild<QSpinBox*>(QStringLiteral("httpInterval"))->setValue(5);
        // STEWARD_SCREENSHOTS=DIR keeps a picture of the form, to look at as a user would.
        if (const QString shots = qEnvironmentVariable("STEWARD_SCREENSHOTS"); !shots.isEmpty()) {
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/http-connector-dialog.png")));
        }
        dialog->accept();
    });
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addConnector")), Qt::LeftButton);
    QVERIFY2(refused.contains(QStringLiteral("must use https")), qPrintable(refused));
    auto connector = test.workspace().connectors().byName(QStringLiteral("audit api"));
    QVERIFY(connector);
    QCOMPARE(connector->kind, QStringLiteral("http"));
    QCOMPARE(connector->settings.value(u"interval").toInt(), 5);
    QCOMPARE(connector->settings.value(u"secret_store").toString(), QStringLiteral("workspace"));
    auto secret = ConnectorSecret::read(test.workspace(), connector.value(), [] {
        return Result<SecretBytes>(SecretBytes("workspace passphrase"));
    });
    QVERIFY(secret);
    QCOMPARE(secret->view(), QByteArrayView("tok-123"));
    // Nothing listens on port 9: the poller keeps running and says why nothing arrives.
    QTableWidget* table = page->table();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, QStringLiteral("audit api")) >= 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(test.workspace()
                                 .connectors()
                                 .byName(QStringLiteral("audit api"))
                                 ->lastError.contains(QStringLiteral("could not be reached")),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        table->item(rowOf(table, QStringLiteral("audit api")), 2)
            ->text()
            .startsWith(QStringLiteral("Retrying: https://127.0.0.1:9/api could not be reached")),
        10000);
    QCOMPARE(table->item(rowOf(table, QStringLiteral("audit api")), 8)->text(),
             QStringLiteral("https://127.0.0.1:9/api"));
    window.reset();
    qunsetenv("STEWARD_PASSPHRASE");
    qunsetenv("STEWARD_NO_KEYCHAIN");
}

void TestConnectorsPage::testingASilentEndpointLeavesTheDialogFree()
{
    // An endpoint that accepts the connection and then says nothing, not even its TLS hello.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection()) {
            held << socket;
        }
    });
    const QString url = QStringLiteral("https://127.0.0.1:%1/api").arg(silent.serverPort());

    TestWorkspace test;
    auto dialog = std::make_unique<ConnectorDialog>(test.workspace(), std::nullopt);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto* format = dialog->findChild<QComboBox*>(QStringLiteral("connectorFormat"));
    format->setCurrentIndex(format->findData(QStringLiteral("http")));
    dialog->findChild<QLineEdit*>(QStringLiteral("httpUrl"))->setText(url);
    dialog->findChild<QLineEdit*>(QStringLiteral("httpRecords"))->setText(QStringLiteral("/items"));
    dialog->findChild<QLineEdit*>(QStringLiteral("httpSecret"))->setText(QStringLiteral("tok-123"));
    auto* testButton = dialog->findChild<QPushButton*>(QStringLiteral("connectorTest"));
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("connectorTestResult"));

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY2(clock.elapsed() < 1000, "the Test button waited for the endpoint");
    QVERIFY(dialog->testing());
    QVERIFY2(result->text().contains(url), qPrintable(result->text()));
    QCOMPARE(testButton->text(), QStringLiteral("S&top test"));
    QTRY_COMPARE(held.size(), 1);
    if (const QString shots = qEnvironmentVariable("STEWARD_SCREENSHOTS"); !shots.isEmpty()) {
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/http-connector-testing.png")));
    }

    // While the endpoint is silent, the form still takes typing.
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("connectorName"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("audit api"));
    QCOMPARE(name->text(), QStringLiteral("audit api"));
    QVERIFY(dialog->testing());

    // Alt+T, the key that started the test, stops it, well before the endpoint's 30 s time-out.
    QString finished;
    connect(
        dialog.get(), &ConnectorDialog::testFinished, this, [&](const QString& text) { finished = text; });
    clock.restart();
    QTest::keyClick(dialog.get(), Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->testing(), 3000);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(finished.contains(QStringLiteral("stopped before")), qPrintable(finished));
    QCOMPARE(result->text(), finished);
    QCOMPARE(testButton->text(), QStringLiteral("&Test"));
    QCOMPARE(test.workspace().events().count({}).value(), 0);

    // A test still waiting when the dialog closes ends with it.
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(dialog->testing());
    QTRY_COMPARE(held.size(), 2);
    clock.restart();
    dialog->reject();
    dialog.reset();
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    qDeleteAll(held);
}

void TestConnectorsPage::aTlsReceiverWithAMissingCertificateSaysWhy()
{
    TestWorkspace test;
    ConnectorService connectors(test.workspace());
    QVERIFY(connectors.ensure(
        QStringLiteral("otlp-receiver"),
        QStringLiteral("otlp"),
        QJsonObject{{QStringLiteral("receiver"), true},
                    {QStringLiteral("port"), 0},
                    {QStringLiteral("tls_cert"), QString(test.dir() + QStringLiteral("/gone.pem"))},
                    {QStringLiteral("tls_key"), QString(test.dir() + QStringLiteral("/gone.key"))}}));
    auto window = openWindow(test);
    window->showPage(QStringLiteral("connectors"));
    QTableWidget* table = window->connectorsPage()->table();
    const int row = rowOf(table, QStringLiteral("otlp-receiver"));
    QVERIFY(row >= 0);
    QVERIFY2(table->item(row, 8)->text().startsWith(QStringLiteral("OTLP/HTTPS on 127.0.0.1:0")),
             qPrintable(table->item(row, 8)->text()));
    QTRY_VERIFY_WITH_TIMEOUT(table->item(rowOf(table, QStringLiteral("otlp-receiver")), 2)
                                 ->text()
                                 .contains(QStringLiteral("gone.pem")),
                             10000);
    QVERIFY(table->item(rowOf(table, QStringLiteral("otlp-receiver")), 2)
                ->text()
                .startsWith(QStringLiteral("Failed")));
}

QTEST_MAIN(TestConnectorsPage)
#include "tst_connectorspage.moc"

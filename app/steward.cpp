// SPDX-License-Identifier: Apache-2.0
// steward: the desktop console. Parses its options, opens the workspace and shows the window.
#include "agentspage.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "theme.h"
#include "workspace/workspace.h"
#include "workspacedialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Steward"));
    QApplication::setApplicationName(QStringLiteral("Steward"));
    QApplication::setApplicationDisplayName(QStringLiteral("Steward"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.steward.Steward"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));
    Translations::install(app, Translations::chooseLocale(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Steward: the governance console for AI agents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QApplication::translate("main", "The workspace file to open."),
                                             QApplication::translate("main", "file"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "The language, such as de (default: the system's)."),
        QApplication::translate("main", "language"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QApplication::translate("main", "system (default), light or dark."),
                                         QApplication::translate("main", "theme"),
                                         QStringLiteral("system"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to a PNG file and quit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main",
                                "The page to open: agents (default), requests, credentials, audit, activity, "
                                "charts (the activity charts) or connectors."),
        QApplication::translate("main", "page"),
        QStringLiteral("agents"));
    parser.addOptions({workspaceOption, langOption, themeOption, screenshotOption, pageOption});
    parser.process(app);
    Theme::apply(app, Theme::modeFromName(parser.value(themeOption)));

    const QString path =
        parser.isSet(workspaceOption) ? parser.value(workspaceOption) : Workspace::defaultPath();
    std::unique_ptr<Workspace> workspace;
    if (QFileInfo::exists(path)) {
        auto opened = Workspace::open(path);
        if (!opened) {
            QMessageBox::critical(nullptr,
                                  QApplication::translate("main", "Cannot open the workspace"),
                                  opened.error().message);
        } else {
            workspace = std::move(opened).value();
        }
    }
    if (!workspace) {
        WorkspaceDialog dialog(path);
        if (dialog.exec() != QDialog::Accepted) {
            return 0;
        }
        workspace = dialog.takeWorkspace();
    }

    MainWindow window(std::move(workspace));
    window.showPage(parser.value(pageOption));
    window.show();
    if (parser.isSet(screenshotOption)) {
        // For the README and for reviewing the look: render, save, quit.
        const QString file = parser.value(screenshotOption);
        window.resize(1440, 860);
        QTimer::singleShot(400, &window, [&window, file] {
            window.agentsPage()->table()->selectRow(2);
            QTimer::singleShot(200, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }
    return QApplication::exec();
}

// SPDX-License-Identifier: Apache-2.0
#include "testworkspace.h"

#include "workflow/operatorservice.h"
#include "workflow/requestservice.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <sys/stat.h>

TestWorkspace::TestWorkspace(const QString& trustDomain)
    : m_path(m_dir.filePath(QStringLiteral("test.steward")))
    , m_now(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC))
{
    qputenv("STEWARD_OPERATOR", "tester");
    // Audit anchors go with the test's files, not into the home folder of whoever runs it.
    qputenv("STEWARD_ANCHOR_DIR", QFile::encodeName(anchorDirectory()));
    auto created = Workspace::create(m_path, trustDomain);
    if (!created) {
        qFatal("cannot create the test workspace: %s", qPrintable(created.error().message));
    }
    m_workspace = std::move(created).value();
    m_workspace->setClock([this] { return m_now; });
    m_service = std::make_unique<InventoryService>(*m_workspace);
}

void TestWorkspace::reopen()
{
    m_service.reset();
    m_workspace.reset();
    qputenv("STEWARD_ANCHOR_DIR", QFile::encodeName(anchorDirectory()));
    auto opened = Workspace::open(m_path);
    if (!opened) {
        qFatal("cannot reopen the test workspace: %s", qPrintable(opened.error().message));
    }
    m_workspace = std::move(opened).value();
    m_workspace->setClock([this] { return m_now; });
    m_service = std::make_unique<InventoryService>(*m_workspace);
}

Grant TestWorkspace::grantIn(
    Workspace& ws, const QString& agent, const QString& statements, qint64 seconds, const QString& task)
{
    const QString actor = ws.operatorName();
    OperatorService operators(ws);
    QList<KeyPair> reviewers;
    for (const QString& name : {QStringLiteral("reviewer1"), QStringLiteral("reviewer2")}) {
        if (!ws.operators().byUsername(name)) {
            auto added = operators.add(
                name, name, name + QStringLiteral("@reviewers.example"), OperatorRole::Approver);
            ws.setOperatorName(name);
            auto enrolled = operators.enroll(kReviewerPassphrase);
            ws.audit().setSigner(std::nullopt); // the reviewer's key signs only the reviewer's entries
            ws.setOperatorName(actor);
            if (!added || !enrolled) {
                qFatal("cannot add reviewer %s", qPrintable(name));
            }
        }
        ws.setOperatorName(name);
        reviewers << operators.unlock(kReviewerPassphrase).value();
        ws.audit().setSigner(std::nullopt);
        ws.setOperatorName(actor);
    }
    ws.audit().setSigner(std::nullopt);
    RequestService requests(ws);
    RequestService::Draft draft;
    draft.agent = agent;
    draft.justification = QStringLiteral("Needed for the test");
    draft.task = task;
    draft.statements = statements;
    draft.durationSeconds = seconds;
    auto filed = requests.file(draft);
    if (!filed) {
        qFatal("cannot file a request: %s", qPrintable(filed.error().message));
    }
    std::optional<Grant> granted;
    for (int i = 0; i < reviewers.size() && !granted; ++i) {
        ws.setOperatorName(i == 0 ? QStringLiteral("reviewer1") : QStringLiteral("reviewer2"));
        ws.audit().setSigner(reviewers[i]);
        auto outcome = requests.decide(filed->id, true, QStringLiteral("Looks right"), reviewers[i]);
        ws.audit().setSigner(std::nullopt);
        ws.setOperatorName(actor);
        if (!outcome) {
            qFatal("cannot approve: %s", qPrintable(outcome.error().message));
        }
        granted = outcome->grant;
    }
    if (!granted) {
        qFatal("two approvals did not make a grant");
    }
    return *granted;
}

Owner TestWorkspace::addOwner(const QString& email, const QString& team)
{
    auto owner = m_service->addOwner(email.section(QLatin1Char('@'), 0, 0), email, team);
    if (!owner) {
        qFatal("cannot add owner: %s", qPrintable(owner.error().message));
    }
    return owner.value();
}

Agent TestWorkspace::addAgent(const QString& name, qint64 ownerId)
{
    Agent draft;
    draft.name = name;
    draft.purpose = QStringLiteral("Test agent %1").arg(name);
    draft.ownerId = ownerId;
    auto agent = m_service->addAgent(draft);
    if (!agent) {
        qFatal("cannot add agent: %s", qPrintable(agent.error().message));
    }
    return agent.value();
}

QString TestWorkspace::snapshot(Workspace& workspace)
{
    QStringList lines;
    QSqlQuery tables(workspace.database().connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
    }
    for (const QString& table : std::as_const(names)) {
        QSqlQuery rows(workspace.database().connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
        while (rows.next()) {
            QStringList values{table};
            for (int i = 0; i < rows.record().count(); ++i) {
                values << rows.value(i).toString();
            }
            lines << values.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString TestWorkspace::snapshotFile(const QString& path)
{
    auto workspace = Workspace::open(path);
    if (!workspace) {
        return QStringLiteral("<cannot open: %1>").arg(workspace.error().message);
    }
    return snapshot(*workspace.value());
}

int TestWorkspace::unixMode(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return static_cast<int>(info.st_mode & 07777);
}

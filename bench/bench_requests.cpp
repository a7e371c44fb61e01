// SPDX-License-Identifier: Apache-2.0
// Request queue budget (issue 4): the Requests page opens on 10,000 pending requests, first
// paint included, in under 300 ms. The requests are filed through RequestService, as people
// file them; filing is reported beside raw prepared inserts of the same rows.
#include "inventory/inventoryservice.h"
#include "requestspage.h"
#include "requesttablemodel.h"
#include "workflow/operatorservice.h"
#include "workflow/requestservice.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    const QString out = outAt >= 0 ? args.value(outAt + 1) : QString();
    constexpr int kRequests = 10'000;

    QTemporaryDir dir;
    qputenv("STEWARD_OPERATOR", "owner");
    auto created =
        Workspace::create(dir.filePath(QStringLiteral("bench.steward")), QStringLiteral("bench.example"));
    if (!created) {
        return 1;
    }
    Workspace& ws = *created.value();
    InventoryService inventory(ws);
    const Owner owner =
        inventory
            .addOwner(QStringLiteral("Owner"), QStringLiteral("owner@example.com"), QStringLiteral("Ops"))
            .value();
    QStringList agents;
    for (int i = 0; i < 200; ++i) {
        Agent agent;
        agent.name = QStringLiteral("agent-%1").arg(i);
        agent.purpose = QStringLiteral("bench");
        agent.ownerId = owner.id;
        agent.riskTier = RiskTier(i % 4);
        if (!inventory.addAgent(agent)) {
            return 1;
        }
        agents << agent.name;
    }
    (void)OperatorService(ws).add(
        QStringLiteral("reviewer"), QStringLiteral("Reviewer"), QString(), OperatorRole::Approver);

    const QStringList statements{
        QStringLiteral("read,list s3://refunds-%1/** classification<=confidential"),
        QStringLiteral("execute mcp://github/create_pull_request classification<=internal sensitive"),
        QStringLiteral("get k8s://prod/payments-%1/secrets/*"),
        QStringLiteral("write s3://exports/%1/out.csv classification<=internal")};
    RequestService requests(ws);
    QElapsedTimer timer;
    timer.start();
    const Status filed = ws.database().transaction([&]() -> Status {
        for (int i = 0; i < kRequests; ++i) {
            RequestService::Draft draft;
            draft.agent = agents[i % agents.size()];
            draft.justification = QStringLiteral("Ticket %1").arg(i);
            draft.task = QStringLiteral("T-%1").arg(i);
            const QString& statement = statements[i % statements.size()];
            draft.statements = statement.contains(QLatin1String("%1")) ? statement.arg(i) : statement;
            draft.durationSeconds = 3600 * (1 + i % 20);
            if (auto r = requests.file(draft); !r) {
                return r.error();
            }
        }
        return {};
    });
    const double fileS = double(timer.nsecsElapsed()) / 1e9;
    if (!filed) {
        std::fprintf(stderr, "%s\n", qPrintable(filed.error().message));
        return 1;
    }

    // Raw baseline: the same request rows copied with one prepared INSERT.
    timer.restart();
    {
        QSqlDatabase& db = ws.database().connection();
        QSqlQuery(db).exec(
            QStringLiteral("CREATE TEMP TABLE raw_requests AS SELECT * FROM requests WHERE 0"));
        QSqlQuery read(db);
        read.exec(QStringLiteral("SELECT * FROM requests"));
        QList<QVariantList> rows;
        while (read.next()) {
            QVariantList row;
            for (int c = 0; c < 17; ++c) {
                row << read.value(c);
            }
            rows << row;
        }
        timer.restart();
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO raw_requests VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariantList& row : std::as_const(rows)) {
            for (int c = 0; c < 17; ++c) {
                insert.bindValue(c, row[c]);
            }
            insert.exec();
        }
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    }
    const double rawS = double(timer.nsecsElapsed()) / 1e9;

    // The page, as the reviewer opens it: constructed, shown, painted once.
    ws.setOperatorName(QStringLiteral("reviewer"));
    QList<double> opens;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        RequestsPage page(ws);
        page.resize(1280, 800);
        page.show();
        (void)page.grab();
        opens << double(timer.nsecsElapsed()) / 1e6;
        if (page.model()->total() != kRequests) {
            std::fprintf(stderr, "the queue shows %lld requests\n", page.model()->total());
            return 1;
        }
    }
    std::sort(opens.begin(), opens.end());
    const double median = opens[opens.size() / 2];
    std::printf("file %d requests through RequestService: %.2f s (%.0f/s); raw prepared inserts of the rows: "
                "%.3f s\n",
                kRequests,
                fileS,
                kRequests / fileS,
                rawS);
    std::printf("open the Requests page on %d pending, first paint included: median %.1f ms, worst %.1f ms "
                "(budget 300 ms)\n",
                kRequests,
                median,
                opens.last());
    if (!out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return 1;
        }
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("pending_requests"), kRequests},
                                             {QStringLiteral("file_s"), fileS},
                                             {QStringLiteral("raw_insert_s"), rawS},
                                             {QStringLiteral("open_median_ms"), median},
                                             {QStringLiteral("open_worst_ms"), opens.last()},
                                             {QStringLiteral("open_budget_ms"), 300},
                                             {QStringLiteral("within_budget"), opens.last() < 300}})
                       .toJson());
    }
    return opens.last() < 300 ? 0 : 2;
}

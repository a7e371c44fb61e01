// SPDX-License-Identifier: Apache-2.0
// Policy budgets (issue 4): parse 100,000 permission statements in under 1 s. Beside it, the
// raw cost of only splitting the same lines on spaces, to show what the grammar itself costs.
#include "policy/permissionstatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    const QString out = outAt >= 0 ? args.value(outAt + 1) : QString();
    constexpr int kStatements = 100'000;

    // Realistic lines: the shapes in DESIGN.md with varied names, constraints and wildcards.
    const QStringList templates{
        QStringLiteral("read,list s3://finance-reports-%1/2026/** classification<=confidential for 8h"),
        QStringLiteral("execute mcp://github-%1/create_pull_request sensitive"),
        QStringLiteral("read k8s://prod/payments-%1/secrets/* not-after 2026-12-01T00:00Z"),
        QStringLiteral("s3:Get*,s3:List* s3://analytics-%1/raw/*/part-*.parquet classification<=restricted "
                       "rate<=600/min"),
        QStringLiteral(
            "write,create https://api.example.com/v1/tenants/%1/** for 30m not-before 2026-11-26T09:00Z"),
    };
    QRandomGenerator random(4);
    QStringList lines;
    lines.reserve(kStatements);
    for (int i = 0; i < kStatements; ++i) {
        lines << templates[i % templates.size()].arg(random.bounded(100000));
    }

    QElapsedTimer timer;
    timer.start();
    qsizetype tokens = 0;
    for (const QString& line : std::as_const(lines)) {
        tokens += QStringView(line).split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    }
    const qint64 rawNs = timer.nsecsElapsed();

    timer.restart();
    int parsed = 0;
    for (const QString& line : std::as_const(lines)) {
        parsed += PermissionStatement::parse(line).ok() ? 1 : 0;
    }
    const qint64 parseNs = timer.nsecsElapsed();

    timer.restart();
    qsizetype printed = 0;
    for (const QString& line : std::as_const(lines)) {
        printed += PermissionStatement::parse(line)->toString().size();
    }
    const qint64 roundTripNs = timer.nsecsElapsed();

    if (parsed != kStatements || tokens == 0 || printed == 0) {
        std::fprintf(stderr, "only %d of %d statements parsed\n", parsed, kStatements);
        return 1;
    }
    const double parseMs = double(parseNs) / 1e6;
    std::printf("parse %d statements: %.1f ms (budget 1000 ms) — %.0f statements/s\n",
                kStatements,
                parseMs,
                kStatements / (double(parseNs) / 1e9));
    std::printf("raw split on spaces:  %.1f ms (%.1fx of parsing is the grammar)\n",
                double(rawNs) / 1e6,
                double(parseNs) / double(rawNs));
    std::printf("parse + print:        %.1f ms\n", double(roundTripNs) / 1e6);

    if (!out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return 1;
        }
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("statements"), kStatements},
                                      {QStringLiteral("parse_ms"), parseMs},
                                      {QStringLiteral("parse_budget_ms"), 1000},
                                      {QStringLiteral("raw_split_ms"), double(rawNs) / 1e6},
                                      {QStringLiteral("parse_and_print_ms"), double(roundTripNs) / 1e6},
                                      {QStringLiteral("within_budget"), parseMs < 1000}})
                .toJson());
    }
    return parseMs < 1000 ? 0 : 2;
}

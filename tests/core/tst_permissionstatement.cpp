// SPDX-License-Identifier: Apache-2.0
// The permission grammar: a corpus that round-trips byte for byte, every malformed form refused
// at its column, the wildcards, containment (a token's scope within its grant) and breadth.
#include "policy/globpattern.h"
#include "policy/permissionstatement.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

class TestPermissionStatement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusRoundTrips();
    void malformedIsRefusedAtItsColumn_data();
    void malformedIsRefusedAtItsColumn();
    void normalizesToCanonical_data();
    void normalizesToCanonical();
    void randomStatementsRoundTrip();
    void boundsUntrustedInput();
    void parsesLines();
    void globs_data();
    void globs();
    void coversPatterns_data();
    void coversPatterns();
    void coversStatements_data();
    void coversStatements();
    void allowsActions();
    void breadth();
};

namespace {
QStringList corpus(const QString& name)
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/policy/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", qPrintable(name));
    }
    QStringList lines;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('#')) && !(line.isEmpty())) {
            lines << line;
        }
    }
    return lines;
}

PermissionStatement statement(const QString& text)
{
    auto parsed = PermissionStatement::parse(text);
    if (!parsed) {
        qFatal("%s: %s", qPrintable(text), qPrintable(parsed.error().message));
    }
    return parsed.value();
}
} // namespace

void TestPermissionStatement::corpusRoundTrips()
{
    const QStringList lines = corpus(QStringLiteral("valid.txt"));
    QVERIFY(lines.size() >= 15);
    for (const QString& line : lines) {
        auto parsed = PermissionStatement::parse(line);
        QVERIFY2(parsed,
                 qPrintable(line + QStringLiteral(": ") + (parsed ? QString() : parsed.error().message)));
        QCOMPARE(parsed->toString(), line);
        QCOMPARE(PermissionStatement::parse(parsed->toString()).value(), parsed.value());
    }
}

void TestPermissionStatement::malformedIsRefusedAtItsColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("word");
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/policy/invalid.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int row = 0;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty()) {
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 3);
        QTest::addRow("%d: %s", ++row, qPrintable(fields[0])) << fields[0] << fields[1].toInt() << fields[2];
    }
    QVERIFY(row >= 20);
}

void TestPermissionStatement::malformedIsRefusedAtItsColumn()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, word);
    auto parsed = PermissionStatement::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
    QCOMPARE(parsed.error().column, column);
    QVERIFY2(parsed.error().message.contains(word), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.startsWith(QStringLiteral("Column %1: ").arg(column)));
    QCOMPARE(parsed.error().message.count(QStringLiteral("Column")), 1);
}

void TestPermissionStatement::normalizesToCanonical_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("spacing") << QStringLiteral("  read,list \t s3://x/**   for 8h  ")
                             << QStringLiteral("read,list s3://x/** for 8h");
    QTest::newRow("constraint order")
        << QStringLiteral("read s3://x sensitive rate<=5/min for 1h classification<=public")
        << QStringLiteral("read s3://x classification<=public for 1h rate<=5/min sensitive");
    QTest::newRow("verb case") << QStringLiteral("READ,List s3://x") << QStringLiteral("read,list s3://x");
    QTest::newRow("scheme case") << QStringLiteral("read S3://Bucket/Key")
                                 << QStringLiteral("read s3://Bucket/Key");
    QTest::newRow("largest unit") << QStringLiteral("read s3://x for 120m")
                                  << QStringLiteral("read s3://x for 2h");
    QTest::newRow("seconds kept") << QStringLiteral("read s3://x not-after 2026-12-01T10:00:00Z")
                                  << QStringLiteral("read s3://x not-after 2026-12-01T10:00Z");
}

void TestPermissionStatement::normalizesToCanonical()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    auto parsed = PermissionStatement::parse(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->toString(), canonical);
}

void TestPermissionStatement::randomStatementsRoundTrip()
{
    // Statements built from the grammar's parts, printed, parsed and printed again.
    QRandomGenerator random(20261126);
    const QStringList actions{QStringLiteral("read"),
                              QStringLiteral("list"),
                              QStringLiteral("write"),
                              QStringLiteral("s3:Get*"),
                              QStringLiteral("tools/call"),
                              QStringLiteral("*")};
    const QStringList resources{QStringLiteral("s3://b/*/x"),
                                QStringLiteral("k8s://prod/ns/pods/**"),
                                QStringLiteral("mcp://github/*"),
                                QStringLiteral("https://api.example.com/v1/**")};
    for (int i = 0; i < 2000; ++i) {
        PermissionStatement s;
        for (const QString& action : actions) {
            if (random.bounded(3) == 0) {
                s.actions << action;
            }
        }
        if (s.actions.isEmpty()) {
            s.actions << QStringLiteral("read");
        }
        s.resource = resources[random.bounded(int(resources.size()))];
        if (random.bounded(2)) {
            s.classificationCeiling = Classification(random.bounded(4));
        }
        if (random.bounded(2)) {
            s.durationSeconds = 60 * (1 + random.bounded(10000));
        }
        if (random.bounded(3) == 0) {
            s.notBefore =
                QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(random.bounded(86400) * 60);
        }
        if (random.bounded(3) == 0) {
            s.notAfter = QDateTime(QDate(2027, 12, 1), QTime(0, 0), Qt::UTC).addSecs(random.bounded(86400));
        }
        s.ratePerMinute = random.bounded(2) ? 1 + random.bounded(1000) : 0;
        s.sensitive = random.bounded(2);
        auto parsed = PermissionStatement::parse(s.toString());
        QVERIFY2(parsed, qPrintable(s.toString()));
        QCOMPARE(parsed.value(), s);
        QCOMPARE(parsed->toString(), s.toString());
    }
}

void TestPermissionStatement::boundsUntrustedInput()
{
    const QString huge = QStringLiteral("read s3://x/") + QString(5000, QLatin1Char('a'));
    auto parsed = PermissionStatement::parse(huge);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().column, int(PermissionStatement::kMaxLength) + 1);
    QString many = QStringLiteral("read s3://");
    for (int i = 0; i < 17; ++i) {
        many += QStringLiteral("*/");
    }
    QVERIFY(!PermissionStatement::parse(many));
    auto control = PermissionStatement::parse(QStringLiteral("read s3://x\x01y"));
    QVERIFY(!control);
    QCOMPARE(control.error().column, 12);
    auto lineBreak = PermissionStatement::parse(QStringLiteral("read s3://x\nwrite s3://y"));
    QCOMPARE(lineBreak.error().column, 12);
    // Pathological wildcards stay fast: the matcher remembers what failed.
    const QString stars = QStringLiteral("s3://") + QStringLiteral("**a").repeated(15) + QStringLiteral("b");
    const QString text = QStringLiteral("s3://") + QString(2000, QLatin1Char('a'));
    QVERIFY(!GlobPattern::matches(stars, text));
}

void TestPermissionStatement::parsesLines()
{
    auto lines = PermissionStatement::parseLines(
        QStringLiteral("read s3://a/**\r\n\n  \nexecute mcp://github/create_pull_request sensitive\n"));
    QVERIFY(lines);
    QCOMPARE(lines->size(), 2);
    auto bad = PermissionStatement::parseLines(QStringLiteral("read s3://a\nread s3://b for ever\n"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().column, 17);
    QVERIFY2(bad.error().message.startsWith(QStringLiteral("Line 2, column 17")),
             qPrintable(bad.error().message));
    QVERIFY(!PermissionStatement::parseLines(QStringLiteral("\n \n")));
}

void TestPermissionStatement::globs_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("literal") << "s3://a/b"
                             << "s3://a/b" << true;
    QTest::newRow("literal differs") << "s3://a/b"
                                     << "s3://a/c" << false;
    QTest::newRow("star in segment") << "s3://a/*.csv"
                                     << "s3://a/x.csv" << true;
    QTest::newRow("star stops at slash") << "s3://a/*"
                                         << "s3://a/b/c" << false;
    QTest::newRow("star matches empty") << "s3://a/*"
                                        << "s3://a/" << true;
    QTest::newRow("double star crosses") << "s3://a/**"
                                         << "s3://a/b/c/d" << true;
    QTest::newRow("double star in middle") << "s3://a/**/z"
                                           << "s3://a/b/c/z" << true;
    QTest::newRow("double star middle miss") << "s3://a/**/z"
                                             << "s3://a/b/c/y" << false;
    QTest::newRow("mixed") << "k8s://prod/*/secrets/*"
                           << "k8s://prod/payments/secrets/db" << true;
    QTest::newRow("mixed too deep") << "k8s://prod/*/secrets/*"
                                    << "k8s://prod/payments/x/secrets/db" << false;
    QTest::newRow("prefix only") << "s3://a"
                                 << "s3://a/b" << false;
}

void TestPermissionStatement::globs()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(GlobPattern::matches(pattern, text), matches);
}

void TestPermissionStatement::coversPatterns_data()
{
    QTest::addColumn<QString>("broad");
    QTest::addColumn<QString>("narrow");
    QTest::addColumn<bool>("covers");
    QTest::newRow("same") << "s3://a/*"
                          << "s3://a/*" << true;
    QTest::newRow("double covers single") << "s3://a/**"
                                          << "s3://a/*" << true;
    QTest::newRow("single does not cover double") << "s3://a/*"
                                                  << "s3://a/**" << false;
    QTest::newRow("double covers deeper") << "s3://a/**"
                                          << "s3://a/b/**" << true;
    QTest::newRow("narrower literal") << "s3://a/*"
                                      << "s3://a/report.csv" << true;
    QTest::newRow("sibling") << "s3://a/**"
                             << "s3://b/**" << false;
    QTest::newRow("literal never covers a wildcard") << "s3://a/x"
                                                     << "s3://a/*" << false;
    QTest::newRow("star covers starred suffix") << "s3://a/*"
                                                << "s3://a/*.csv" << true;
}

void TestPermissionStatement::coversPatterns()
{
    QFETCH(QString, broad);
    QFETCH(QString, narrow);
    QFETCH(bool, covers);
    QCOMPARE(GlobPattern::covers(broad, narrow), covers);
}

void TestPermissionStatement::coversStatements_data()
{
    QTest::addColumn<QString>("grant");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("covers");
    QTest::newRow("same") << "read s3://a/**"
                          << "read s3://a/**" << true;
    QTest::newRow("fewer actions") << "read,list s3://a/**"
                                   << "list s3://a/x" << true;
    QTest::newRow("extra action") << "read s3://a/**"
                                  << "read,write s3://a/x" << false;
    QTest::newRow("native glob") << "s3:Get* s3://a/**"
                                 << "s3:GetObject s3://a/x" << true;
    QTest::newRow("any action") << "* tool://**"
                                << "execute,admin tool://python/run" << true;
    QTest::newRow("lower ceiling") << "read s3://a/** classification<=confidential"
                                   << "read s3://a/** classification<=internal" << true;
    QTest::newRow("no ceiling under a ceiling") << "read s3://a/** classification<=confidential"
                                                << "read s3://a/**" << false;
    QTest::newRow("higher ceiling") << "read s3://a/** classification<=internal"
                                    << "read s3://a/** classification<=restricted" << false;
    QTest::newRow("rate kept") << "read s3://a/** rate<=60/min"
                               << "read s3://a/** rate<=10/min" << true;
    QTest::newRow("rate dropped") << "read s3://a/** rate<=60/min"
                                  << "read s3://a/**" << false;
    QTest::newRow("sensitive kept") << "execute mcp://s/t sensitive"
                                    << "execute mcp://s/t sensitive" << true;
    QTest::newRow("sensitive dropped") << "execute mcp://s/t sensitive"
                                       << "execute mcp://s/t" << false;
    QTest::newRow("window inside") << "read s3://a not-before 2026-11-01T00:00Z not-after 2026-12-01T00:00Z"
                                   << "read s3://a not-before 2026-11-02T00:00Z not-after 2026-11-03T00:00Z"
                                   << true;
    QTest::newRow("window outside") << "read s3://a not-after 2026-12-01T00:00Z"
                                    << "read s3://a not-after 2026-12-02T00:00Z" << false;
    QTest::newRow("shorter duration") << "read s3://a for 8h"
                                      << "read s3://a for 15m" << true;
    QTest::newRow("longer duration") << "read s3://a for 8h"
                                     << "read s3://a for 9h" << false;
}

void TestPermissionStatement::coversStatements()
{
    QFETCH(QString, grant);
    QFETCH(QString, scope);
    QFETCH(bool, covers);
    QCOMPARE(statement(grant).covers(statement(scope)), covers);
}

void TestPermissionStatement::allowsActions()
{
    const PermissionStatement s = statement(QStringLiteral("read,s3:Get*,tools/* s3://a/**"));
    QVERIFY(s.allowsAction(u"read"));
    QVERIFY(!s.allowsAction(u"write"));
    QVERIFY(s.allowsAction(u"s3:GetObject"));
    QVERIFY(!s.allowsAction(u"s3:PutObject"));
    QVERIFY(s.allowsAction(u"tools/call"));
    QVERIFY(s.matchesResource(u"s3://a/b/c"));
    QVERIFY(!s.matchesResource(u"s3://b/c"));
}

void TestPermissionStatement::breadth()
{
    const auto narrow =
        statement(QStringLiteral("read s3://a/report.csv classification<=internal")).breadth();
    QCOMPARE(narrow.singleWildcards + narrow.multiWildcards, 0);
    QVERIFY(!narrow.anyAction && !narrow.adminVerb && !narrow.writeVerb && !narrow.restrictedData);

    const auto wide = statement(QStringLiteral("*,delete s3://**/*")).breadth();
    QCOMPARE(wide.singleWildcards, 1);
    QCOMPARE(wide.multiWildcards, 1);
    QVERIFY(wide.anyAction && wide.adminVerb);
    QVERIFY(wide.restrictedData); // no ceiling reaches restricted data
    QVERIFY(statement(QStringLiteral("iam:PassRole arn+aws://iam/role/x")).breadth().adminVerb);
    QVERIFY(statement(QStringLiteral("execute mcp://s/t classification<=restricted sensitive"))
                .breadth()
                .restrictedData);
    QVERIFY(statement(QStringLiteral("execute mcp://s/t classification<=public")).breadth().writeVerb);
}

QTEST_GUILESS_MAIN(TestPermissionStatement)
#include "tst_permissionstatement.moc"

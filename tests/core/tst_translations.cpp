// SPDX-License-Identifier: Apache-2.0
#include "i18n/translations.h"
#include "model/agenttypes.h"
#include "model/spiffeid.h"

#include <QFile>
#include <QTest>

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsCompiledIn();
    void langOptionChoosesLocale();
    void germanTranslatesCore();
    void everySourceStringIsTranslated();
};

void TestTranslations::germanIsCompiledIn()
{
    QVERIFY(Translations::available().contains(QStringLiteral("de")));
}

void TestTranslations::langOptionChoosesLocale()
{
    QCOMPARE(Translations::chooseLocale(
                 {QStringLiteral("steward"), QStringLiteral("--lang"), QStringLiteral("de")})
                 .language(),
             QLocale::German);
    QCOMPARE(
        Translations::chooseLocale({QStringLiteral("steward"), QStringLiteral("--lang=de_AT")}).territory(),
        QLocale::Austria);
    QCOMPARE(Translations::chooseLocale({QStringLiteral("steward")}), QLocale::system());
}

void TestTranslations::germanTranslatesCore()
{
    QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::German)));
    QCOMPARE(AgentTypes::label(AgentStatus::Suspended), QStringLiteral("Gesperrt"));
    QVERIFY(SpiffeId::validateAgentName(QString()).error().message !=
            QStringLiteral("The agent name is empty."));
}

void TestTranslations::everySourceStringIsTranslated()
{
    // The .ts is the source of truth that lupdate refreshes; a string without a finished German
    // translation would show up in English in a German console.
    QFile file(QStringLiteral(STEWARD_SOURCE_DIR "/translations/steward_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("<context>")));
    QStringList unfinished;
    qsizetype at = 0;
    while ((at = text.indexOf(QStringLiteral("<translation type=\"unfinished\""), at)) >= 0) {
        const qsizetype source = text.lastIndexOf(QStringLiteral("<source>"), at);
        unfinished << text.mid(source, qMin<qsizetype>(120, at - source));
        ++at;
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.mid(0, 5).join(QStringLiteral("\n"))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

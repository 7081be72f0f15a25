#include <catch2/catch.hpp>

#include "app/Startup.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

// The Chinese translation must be complete: a clerk on a Chinese system sees no English.
TEST_CASE("The zh_CN translation has no unfinished entries", "[translation]")
{
    QFile file(QStringLiteral(GA_TS_FILE));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool isUnfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (isUnfinished || text.trimmed().isEmpty())
                unfinished << context + QStringLiteral(": ") + source;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 500);
    INFO(unfinished.mid(0, 20).join(QLatin1Char('\n')).toStdString());
    CHECK(unfinished.isEmpty());
}

TEST_CASE("The compiled Chinese translation is embedded and used", "[translation]")
{
    const QString lang = ga::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    CHECK(lang == QStringLiteral("zh_CN"));
    const QString dashboard = QCoreApplication::translate("ga::MainWindow", "Dashboard");
    CHECK(dashboard != QStringLiteral("Dashboard"));
    CHECK_FALSE(dashboard.isEmpty());
    // Qt's own dialog buttons come from qtbase's translation.
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") != QStringLiteral("Cancel"));
}

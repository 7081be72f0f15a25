#include "app/AppOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace ga {

bool AppOptions::parse(const QStringList &arguments, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions", "GovAssets: public assets of a government-affairs administration bureau.\n"
                      "Sub-commands: generate, import (run `govassets generate --help`)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"),
        QCoreApplication::translate("AppOptions", "Open the database at <path>."), QStringLiteral("path"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
        QCoreApplication::translate("AppOptions", "Open a freshly generated demo database."));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
        QCoreApplication::translate("AppOptions", "Interface language: zh_CN or en."), QStringLiteral("language"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"),
        QCoreApplication::translate("AppOptions", "Log at debug level."));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
        QCoreApplication::translate("AppOptions", "Render <page> offscreen to the --out PNG and exit."),
        QStringLiteral("page"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
        QCoreApplication::translate("AppOptions", "Output file of --screenshot."), QStringLiteral("file"));
    const QCommandLineOption userOpt(QStringLiteral("user"),
        QCoreApplication::translate("AppOptions", "Log in as <name>; the password is read from standard input."),
        QStringLiteral("name"));
    parser.addOptions({dbOpt, demoOpt, langOpt, verboseOpt, shotOpt, outOpt, userOpt});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(parser.errorText()), qPrintable(parser.helpText()));
        exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("govassets %s\n", qPrintable(QCoreApplication::applicationVersion()));
        exitCode = 0;
        return false;
    }
    dbPath = parser.value(dbOpt);
    demo = parser.isSet(demoOpt);
    language = parser.value(langOpt);
    verbose = parser.isSet(verboseOpt);
    screenshotPage = parser.value(shotOpt);
    screenshotOut = parser.value(outOpt);
    user = parser.value(userOpt);
    passwordFromStdin = !user.isEmpty();
    if (!language.isEmpty() && language != QLatin1String("zh_CN") && language != QLatin1String("en")) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
            "AppOptions", "Unknown language \"%1\": use zh_CN or en.").arg(language)));
        exitCode = 2;
        return false;
    }
    if (!screenshotPage.isEmpty() && screenshotOut.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
            "AppOptions", "--screenshot needs --out FILE.png.")));
        exitCode = 2;
        return false;
    }
    return true;
}

QString AppOptions::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("govassets.sqlite"));
}

QString AppOptions::logDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

} // namespace ga

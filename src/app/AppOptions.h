#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ga {

// The program's command-line options (GUI mode). Sub-commands (`generate`, `import`) are
// parsed by the CLI.
struct AppOptions
{
    QString dbPath;          // --db PATH; empty: the default under AppDataLocation
    bool demo = false;       // --demo: a fresh generated demo database in a temporary folder
    QString language;        // --lang zh_CN|en; empty: from the system locale
    bool verbose = false;    // --verbose: debug logging
    QString screenshotPage;  // --screenshot PAGE[/TAB]
    QString screenshotOut;   // --out FILE.png
    QString user;            // --user NAME (with --password-stdin: log in without the dialog)
    bool passwordFromStdin = false;

    // Parses the arguments; on a usage error prints the message and help to stderr and returns
    // false with `exitCode` set.
    bool parse(const QStringList &arguments, int &exitCode);

    static QString defaultDatabasePath();
    static QString logDirectory();
};

} // namespace ga

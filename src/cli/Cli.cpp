#include "cli/Cli.h"

#include "cli/BackupCommand.h"
#include "cli/GenerateCommand.h"
#include "cli/ImportCommand.h"
#include "cli/MigrateCommand.h"
#include "core/Logging.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace ga::cli {

QList<Command> commands()
{
    QList<Command> list;
    list << generateCommand();
    list << importCommand();
    list << backupCommand();
    list << migrateCommand();
    return list;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  QTextStream &out, QTextStream &err)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser, parser.errorText(), err);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::flush;
        return 0;
    }
    return std::nullopt;
}

int usageError(const QCommandLineParser &parser, const QString &message, QTextStream &err)
{
    err << message << Qt::endl << Qt::endl << parser.helpText() << Qt::flush;
    return 2;
}

bool isCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return true;
    return false;
}

void setupApplication(QCoreApplication &app)
{
    app.setApplicationName(QStringLiteral("GovAssets"));
    app.setOrganizationName(QStringLiteral("GovAssets"));
    app.setApplicationVersion(QStringLiteral(GOVASSETS_VERSION));
    const QString logDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("logs"));
    setupLogging(logDir, qEnvironmentVariableIsSet("GOVASSETS_VERBOSE"));
}

int run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    for (const Command &c : commands())
        if (c.name == name)
            return c.run(arguments.mid(1));
    std::fprintf(stderr, "Unknown command \"%s\"\n", qPrintable(name));
    return 2;
}

} // namespace ga::cli

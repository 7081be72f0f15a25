#include "cli/Cli.h"

#include "cli/BackupCommand.h"
#include "cli/GenerateCommand.h"
#include "cli/ImportCommand.h"
#include "core/Logging.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace ga::cli {

QList<Command> commands()
{
    QList<Command> list;
    list << generateCommand();
    list << importCommand();
    list << backupCommand();
    return list;
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

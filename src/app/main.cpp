#include "app/AppOptions.h"
#include "app/Startup.h"
#include "cli/Cli.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    // Sub-commands (generate, import) run headless, without a display.
    if (argc > 1 && ga::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        ga::cli::setupApplication(app);
        return ga::cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GovAssets"));
    QApplication::setOrganizationName(QStringLiteral("GovAssets"));
    QApplication::setApplicationVersion(QStringLiteral(GOVASSETS_VERSION));

    ga::AppOptions options;
    int exitCode = 0;
    const QStringList args = app.arguments();
    // Translations first, so --help and errors appear in the chosen language.
    QString lang;
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args.at(i) == QLatin1String("--lang"))
            lang = args.at(i + 1);
    // Without --lang, the language chosen under Settings (this computer's QSettings).
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("ui/language")).toString();
    ga::installTranslations(app, lang);
    if (!options.parse(args, exitCode))
        return exitCode;
    return ga::runGui(app, options);
}

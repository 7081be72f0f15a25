#include "app/Startup.h"

#include "app/AppOptions.h"
#include "app/MainWindow.h"
#include "app/Services.h"
#include "core/Error.h"
#include "core/Logging.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>

namespace ga {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                : QStringLiteral("en");
    if (lang == QLatin1String("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
        auto *own = new QTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/govassets_zh_CN.qm")))
            app.installTranslator(own);
        else
            spdlog::warn("The Chinese translation is missing from the program");
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    return lang;
}

bool saveScreenshot(QWidget *widget, const QString &file)
{
    const QPixmap pixmap = widget->grab();
    return pixmap.save(file, "PNG");
}

int runGui(QApplication &app, const AppOptions &options)
{
    setupLogging(AppOptions::logDirectory(), options.verbose);

    std::unique_ptr<QTemporaryDir> demoDir;
    QString dbPath = options.dbPath.isEmpty() ? AppOptions::defaultDatabasePath() : options.dbPath;
    if (options.demo) {
        demoDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/govassets-demo-XXXXXX"));
        dbPath = demoDir->filePath(QStringLiteral("demo.sqlite"));
    }

    std::unique_ptr<Services> services;
    try {
        services = std::make_unique<Services>(dbPath);
    } catch (const Error &e) {
        spdlog::error("Could not open {}: {}", dbPath.toStdString(), e.message().toStdString());
        if (!options.screenshotPage.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        } else {
            QMessageBox::critical(nullptr, QCoreApplication::translate("Startup", "GovAssets"),
                                  e.message());
        }
        return 1;
    }

    services->session().setUser(UserContext::system());

    MainWindow window(*services);
    window.setDemoMode(options.demo);

    if (!options.screenshotPage.isEmpty()) {
        window.resize(1400, 860);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        if (!window.showPage(options.screenshotPage)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("Startup", "Unknown page \"%1\". Pages: %2")
                                        .arg(options.screenshotPage, window.pageKeys().join(QStringLiteral(", ")))));
            return 2;
        }
        for (int i = 0; i < 5; ++i)
            app.processEvents();
        if (!saveScreenshot(&window, options.screenshotOut)) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
                                             "Startup", "Could not write %1").arg(options.screenshotOut)));
            return 1;
        }
        return 0;
    }

    window.show();
    return app.exec();
}

} // namespace ga

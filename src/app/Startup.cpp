#include "app/Startup.h"

#include "app/AppOptions.h"
#include "app/DemoData.h"
#include "app/MainWindow.h"
#include "app/Services.h"
#include "core/Error.h"
#include "core/Logging.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "org/BackupService.h"
#include "org/SettingsService.h"
#include "org/UserService.h"
#include "widgets/admin/LoginDialog.h"
#include "widgets/admin/SetupDialog.h"
#include "widgets/admin/StoreDialog.h"
#include "widgets/common/WindowActivation.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonObject>
#include <QLineEdit>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

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

namespace {

enum class LoginResult { LoggedIn, Cancelled, Failed };

// First-start setup, --user with the password on standard input, or the login dialog.
// A screenshot of a database without users runs as the system user, without a dialog.
LoginResult logIn(Services &services, const AppOptions &options)
{
    UserService &users = services.users();
    const bool headless = !options.screenshotPage.isEmpty();
    if (!users.hasUsers()) {
        if (headless) {
            services.session().setUser(UserContext::system());
            return LoginResult::LoggedIn;
        }
        SetupDialog dialog(users);
        return dialog.exec() == QDialog::Accepted ? LoginResult::LoggedIn : LoginResult::Cancelled;
    }
    if (!options.user.isEmpty()) {
        std::string line;
        std::getline(std::cin, line);
        QString password = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
        if (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        try {
            users.login(options.user, password);
            return LoginResult::LoggedIn;
        } catch (const Error &e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return LoginResult::Failed;
        }
    }
    if (headless) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "Startup", "This database has users: give --user NAME and the password "
                                    "on standard input.")));
        return LoginResult::Failed;
    }
    const QString lastUserKey = QStringLiteral("login/lastUser");
    LoginDialog dialog(users, services.settings().value(QString::fromLatin1(SettingsService::BureauName)));
    dialog.setUsername(QSettings().value(lastUserKey).toString());
    if (dialog.exec() != QDialog::Accepted)
        return LoginResult::Cancelled;
    QSettings().setValue(lastUserKey, dialog.username());
    return LoginResult::LoggedIn;
}

// --demo: generates the small dataset into the (temporary) database, with a cancellable
// progress dialog unless headless, and logs the demo manager in. False when cancelled.
bool generateDemo(Services &services, const AppOptions &options)
{
    demo::GenerateOptions generateOptions;
    generateOptions.scale = demo::Scale::Small;
    generateOptions.referenceDate = services.clock().today();
    generateOptions.referenceTime = services.clock().now().toLocalTime().time();
    demo::GenerateReport report;
    if (!options.screenshotPage.isEmpty()) {
        report = demo::generate(services, generateOptions);
    } else {
        QProgressDialog dialog(QCoreApplication::translate("Startup", "Generating demo data…"),
                               QCoreApplication::translate("Startup", "Cancel"), 0, 100);
        dialog.setWindowTitle(QCoreApplication::translate("Startup", "GovAssets demo"));
        dialog.setWindowModality(Qt::ApplicationModal);
        dialog.setMinimumDuration(0);
        dialog.setAutoReset(false);
        dialog.setValue(0);
        report = demo::generate(services, generateOptions,
                                [&dialog](const QString &stage, int percent) {
                                    dialog.setLabelText(stage);
                                    dialog.setValue(percent);
                                    QCoreApplication::processEvents();
                                    return !dialog.wasCanceled();
                                });
    }
    if (report.cancelled)
        return false;
    services.session().setUser(
        demo::userContext(services, QString::fromLatin1(demo::kManagerUser)));
    return true;
}

} // namespace

namespace {

// The first start of a day backs the store up into its backups folder; a failure is shown and
// the program goes on.
void dailyBackup(Services &services, const AppOptions &options)
{
    try {
        // A large store takes a while to copy: a progress dialog shows after half a second.
        QProgressDialog progress(
            QCoreApplication::translate("Startup", "Writing today's automatic backup…"), QString(),
            0, 100);
        progress.setWindowTitle(QCoreApplication::translate("Startup", "GovAssets"));
        progress.setMinimumDuration(500);
        const auto step = [&](int percent) {
            progress.setValue(percent);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        };
        if (const auto info = services.backups().dailyBackupIfDue(services.clock().today(), step))
            spdlog::info("Daily backup written to {}", info->path.toStdString());
    } catch (const Error &e) {
        spdlog::error("The daily backup failed: {}", e.message().toStdString());
        const QString message
            = QCoreApplication::translate("Startup",
                                          "Today's automatic backup could not be written: %1\n\n"
                                          "GovAssets goes on; back up with File → Back up… "
                                          "when the problem is solved.")
                  .arg(e.message());
        if (options.screenshotPage.isEmpty())
            QMessageBox::warning(nullptr, QCoreApplication::translate("Startup", "GovAssets"),
                                 message);
        else
            std::fprintf(stderr, "%s\n", qPrintable(message));
    }
}

// After File → Restore…: the store is closed, replaced by the backup (the current one kept
// beside it), the restore audited in the restored store, and the program started again on it.
int restoreAndRestart(QApplication &app, std::unique_ptr<Services> services,
                      const QString &from)
{
    const QString dbPath = services->database().path();
    const UserContext user = services->session().user();
    const int keep = services->backups().keep();
    services.reset(); // closes the store
    try {
        const QString kept = Backup::restore(from, dbPath, keep);
        Services restored(dbPath);
        restored.session().setUser(user);
        Transaction tx(restored.database());
        restored.audit().record(QStringLiteral("restored"), QStringLiteral("database"), 0, {},
                                QJsonObject {{QStringLiteral("from"), from},
                                             {QStringLiteral("previous_kept_as"), kept}});
        tx.commit();
    } catch (const Error &e) {
        spdlog::error("Restore from {} failed: {}", from.toStdString(), e.message().toStdString());
        QMessageBox::critical(nullptr, QCoreApplication::translate("Startup", "GovAssets"),
                              e.message());
    }
    QStringList arguments = app.arguments();
    const QString program = arguments.takeFirst();
    return QProcess::startDetached(program, arguments) ? 0 : 1;
}

// This computer's choice of store (File → Data store…, or the first start's question).
const QString kStoreKey = QStringLiteral("store/location");

// The store to open: --db, else the one chosen before on this computer, else — on the very first
// start — the one the user chooses (the default file offered); nullopt when they cancel.
std::optional<QString> chooseStore(const AppOptions &options)
{
    if (!options.dbPath.isEmpty())
        return options.dbPath;
    const QString remembered = QSettings().value(kStoreKey).toString();
    if (!remembered.isEmpty())
        return remembered;
    const QString defaultFile = AppOptions::defaultDatabasePath();
    if (QFileInfo::exists(defaultFile) || !options.screenshotPage.isEmpty())
        return defaultFile;
    StoreDialog dialog(defaultFile);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QSettings().setValue(kStoreKey, dialog.location());
    return dialog.location();
}

// After File → Data store…: remembered for this computer, and the program started again on it
// (an explicit --db of this run gives way to it).
int restartOn(QApplication &app, const QString &location)
{
    QSettings().setValue(kStoreKey, location);
    QStringList arguments = app.arguments();
    const QString program = arguments.takeFirst();
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            ++i; // and its value
            continue;
        }
        if (a.startsWith(QLatin1String("--db=")) || a == QLatin1String("--demo"))
            continue;
        kept << a;
    }
    return QProcess::startDetached(program, kept) ? 0 : 1;
}

} // namespace

bool saveScreenshot(QWidget *widget, const QString &file)
{
    const QPixmap pixmap = widget->grab();
    return pixmap.save(file, "PNG");
}

int runGui(QApplication &app, const AppOptions &options)
{
    setupLogging(AppOptions::logDirectory(), options.verbose);

    std::unique_ptr<QTemporaryDir> demoDir;
    QString dbPath;
    if (!options.demo) {
        const std::optional<QString> chosen = chooseStore(options);
        if (!chosen)
            return 0;
        dbPath = *chosen;
    } else {
        demoDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/govassets-demo-XXXXXX"));
        dbPath = demoDir->filePath(QStringLiteral("demo.sqlite"));
    }

    std::unique_ptr<Services> services;
    try {
        // A PostgreSQL server that wants a password the password file (~/.pgpass) lacks: asked
        // here, kept only by the connection, never logged.
        const auto askPassword = [](const QString &location) -> std::optional<QString> {
            bool ok = false;
            const QString password = QInputDialog::getText(
                nullptr, QCoreApplication::translate("Startup", "GovAssets"),
                QCoreApplication::translate("Startup", "Password for %1:").arg(location),
                QLineEdit::Password, QString(), &ok);
            return ok ? std::optional<QString>(password) : std::nullopt;
        };
        services = std::make_unique<Services>(dbPath, nullptr,
                                              options.screenshotPage.isEmpty()
                                                  ? Database::PasswordPrompt(askPassword)
                                                  : Database::PasswordPrompt());
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

    if (!options.demo && options.screenshotPage.isEmpty())
        dailyBackup(*services, options);

    if (options.demo) {
        // The demo database's users are generated with it; the demo manager is logged in.
        services->session().setUser(UserContext::system());
        try {
            if (!generateDemo(*services, options))
                return 0;
        } catch (const Error &e) {
            spdlog::error("Could not generate the demo data: {}", e.message().toStdString());
            if (!options.screenshotPage.isEmpty())
                std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            else
                QMessageBox::critical(nullptr, QCoreApplication::translate("Startup", "GovAssets"),
                                      e.message());
            return 1;
        }
    } else {
        switch (logIn(*services, options)) {
        case LoginResult::LoggedIn: break;
        case LoginResult::Cancelled: return 0;
        case LoginResult::Failed: return 1;
        }
    }

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

    WindowActivation::install();
    window.show();
    // Take the keyboard, as a window manager gives it to a new window (none may be running).
    WindowActivation::activate(&window);
    const int code = app.exec();
    if (!window.pendingStore().isEmpty()) {
        const QString location = window.pendingStore();
        services.reset();
        return restartOn(app, location);
    }
    const QString restoreFrom = window.pendingRestore();
    if (restoreFrom.isEmpty())
        return code;
    return restoreAndRestart(app, std::move(services), restoreFrom);
}

} // namespace ga

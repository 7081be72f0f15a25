#include <catch2/catch.hpp>

#include "app/DemoData.h"
#include "app/MainWindow.h"
#include "support/TempDatabase.h"
#include "widgets/common/Page.h"
#include "widgets/dashboard/DashboardPage.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QListWidget>
#include <QStringList>
#include <QTemporaryDir>

using namespace ga;

namespace {

// Collects Qt warnings while alive, so a test can require that showing pages produced none.
class WarningCollector
{
public:
    WarningCollector() { s_warnings.clear(); m_previous = qInstallMessageHandler(&handler); }
    ~WarningCollector() { qInstallMessageHandler(m_previous); }
    QStringList warnings() const { return s_warnings; }

private:
    static void handler(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        // The offscreen platform plugin's note about window size hints is not about our code.
        if (type >= QtWarningMsg && !message.contains(QLatin1String("propagateSizeHints")))
            s_warnings << message;
    }
    static inline QStringList s_warnings;
    QtMessageHandler m_previous = nullptr;
};

void fillDemo(test::TempDatabase &t)
{
    demo::GenerateOptions options;
    options.referenceDate = QDate(2026, 11, 27);
    demo::generate(t.services(), options);
    t.session().setUser(demo::userContext(t.services(), QString::fromLatin1(demo::kManagerUser)));
}

} // namespace

TEST_CASE("The main window shows every page and tab of a demo database without warnings", "[app][gui]")
{
    test::TempDatabase t;
    fillDemo(t);
    WarningCollector warnings;
    MainWindow window(t.services());
    window.resize(1280, 800);
    window.show();
    const QStringList keys = window.pageKeys();
    REQUIRE(keys == QStringList({QStringLiteral("dashboard"), QStringLiteral("vehicles"),
                                 QStringLiteral("offices"), QStringLiteral("housing"),
                                 QStringLiteral("energy"), QStringLiteral("reports"),
                                 QStringLiteral("organisation"), QStringLiteral("audit"),
                                 QStringLiteral("settings")}));
    int shown = 0;
    for (const QString &key : keys) {
        REQUIRE(window.showPage(key));
        QApplication::processEvents();
        ++shown;
        for (const QString &tab : window.page(key)->subPageKeys()) {
            const QString target = key + QLatin1Char('/') + tab;
            REQUIRE(window.showPage(target));
            QApplication::processEvents();
            CHECK(window.currentPageKey() == target);
            ++shown;
        }
    }
    CHECK(shown >= 9 + 6 + 4);
    CHECK(warnings.warnings().isEmpty());
    INFO(warnings.warnings().join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("An unknown page or tab is refused", "[app][gui]")
{
    test::TempDatabase t;
    MainWindow window(t.services());
    CHECK_FALSE(window.showPage(QStringLiteral("garage")));
    CHECK_FALSE(window.showPage(QStringLiteral("vehicles/garage")));
    CHECK(window.showPage(QStringLiteral("vehicles/board")));
}

TEST_CASE("The dashboard shows the demo data's figures", "[app][gui]")
{
    test::TempDatabase t;
    fillDemo(t);
    MainWindow window(t.services());
    window.show();
    REQUIRE(window.showPage(QStringLiteral("dashboard")));
    auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
    REQUIRE(dashboard);
    const int staff = t.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE status = 'active'")).toInt();
    CHECK(staff > 0);
    CHECK(dashboard->cardValue(QStringLiteral("staff")) == QLocale().toString(staff));
    const int fleet = t.scalar(QStringLiteral("SELECT count(*) FROM vehicles WHERE status <> 'retired'")).toInt();
    CHECK(dashboard->cardValue(QStringLiteral("fleet")) == QLocale().toString(fleet));
}

TEST_CASE("A dashboard figure opens the page behind it", "[app][gui]")
{
    test::TempDatabase t;
    fillDemo(t);
    MainWindow window(t.services());
    window.show();
    REQUIRE(window.showPage(QStringLiteral("dashboard")));
    auto *dashboard = window.page(QStringLiteral("dashboard"));
    auto *card = dashboard->findChild<QWidget *>(QStringLiteral("staffCard"));
    REQUIRE(card);
    card->setFocus();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(card, &press);
    CHECK(window.currentPageKey() == QStringLiteral("organisation/staff"));
}

TEST_CASE("The title bar marks a demo database", "[app][gui]")
{
    test::TempDatabase t;
    MainWindow window(t.services());
    window.setDemoMode(true);
    CHECK(window.windowTitle().contains(QStringLiteral("DEMO")));
}

TEST_CASE("The status bar names the user, the role and the database", "[app][gui]")
{
    test::TempDatabase t;
    t.loginAs(Role::Clerk, {Module::Vehicles});
    MainWindow window(t.services());
    const QStringList texts = [&] {
        QStringList list;
        for (auto *label : window.statusBar()->findChildren<QLabel *>())
            list << label->text();
        return list;
    }();
    const QString all = texts.join(QLatin1Char(' '));
    CHECK(all.contains(t.session().user().displayName));
    CHECK(all.contains(roleDisplayName(Role::Clerk)));
    CHECK(all.contains(t.path()));
}

TEST_CASE("Ctrl+2 opens the dispatch board with the focus in its pending list", "[app][gui]")
{
    test::TempDatabase t;
    fillDemo(t);
    MainWindow window(t.services());
    window.show();
    window.activateWindow();
    REQUIRE(window.showPage(QStringLiteral("dashboard")));
    QAction *goVehicles = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2))
            goVehicles = a;
    REQUIRE(goVehicles);
    goVehicles->trigger();
    QApplication::processEvents();
    CHECK(window.currentPageKey() == QStringLiteral("vehicles/board"));
    auto *list = window.page(QStringLiteral("vehicles"))->findChild<QListWidget *>();
    REQUIRE(list);
    CHECK(list->hasFocus());
    CHECK(list->currentRow() == 0);
}

TEST_CASE("File offers Back up and Restore to the region's administrator only", "[app][backup]")
{
    test::TempDatabase t;
    t.loginAs(Role::Admin);
    {
        MainWindow window(t.services());
        auto *backup = window.findChild<QAction *>(QStringLiteral("backupAction"));
        auto *restore = window.findChild<QAction *>(QStringLiteral("restoreAction"));
        REQUIRE(backup);
        REQUIRE(restore);
        CHECK(backup->isEnabled());
        CHECK(restore->isEnabled());
        const QString target = t.dir() + QStringLiteral("/from-menu.db");
        window.backUp(target);
        CHECK(QFileInfo::exists(target));
    }
    t.loginAs(Role::Clerk, {Module::Vehicles});
    MainWindow window(t.services());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("backupAction"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("restoreAction"))->isEnabled());
}

#include <catch2/catch.hpp>

#include "app/DemoData.h"
#include "app/MainWindow.h"
#include "app/Startup.h"
#include "support/TempDatabase.h"
#include "widgets/common/Page.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMultiMap>
#include <QStackedWidget>
#include <QTabBar>
#include <QTranslator>

using namespace ga;

// Alt+letter reaches every visible button, labelled input, tab and menu of the window at once:
// on each page (and each tab of a page) no two may share a letter, or Alt+letter only moves
// the focus between them instead of acting. Checked in English and in Chinese.

namespace {

// The mnemonics (Alt+…) live in the window while `page` is shown, each with the texts using it.
QMultiMap<QKeySequence, QString> liveMnemonics(QMainWindow &window)
{
    QMultiMap<QKeySequence, QString> keys;
    auto add = [&](const QString &text) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            keys.insert(key, text);
    };
    for (QAction *a : window.menuBar()->actions())
        add(a->text());
    for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
        if (b->isVisible())
            add(b->text());
    for (QLabel *l : window.findChildren<QLabel *>())
        if (l->isVisible() && l->buddy())
            add(l->text());
    for (QGroupBox *g : window.findChildren<QGroupBox *>())
        if (g->isVisible())
            add(g->title());
    for (QTabBar *bar : window.findChildren<QTabBar *>())
        if (bar->isVisible())
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i));
    return keys;
}

// Shows every page and tab of a demo store's main window and checks its mnemonics.
void checkEveryPage()
{
    test::TempDatabase t;
    demo::GenerateOptions options;
    options.referenceDate = QDate(2026, 11, 28);
    demo::generate(t.services(), options);
    t.session().setUser(demo::userContext(t.services(), QString::fromLatin1(demo::kManagerUser)));
    MainWindow window(t.services());
    window.resize(1400, 860);
    window.show();
    int pages = 0;
    for (const QString &key : window.pageKeys()) {
        REQUIRE(window.showPage(key));
        auto *page = window.findChild<Page *>(key + QStringLiteral("Page"));
        REQUIRE(page != nullptr);
        QStringList targets = {key};
        for (const QString &sub : page->subPageKeys())
            targets << key + QLatin1Char('/') + sub;
        for (const QString &target : targets) {
            REQUIRE(window.showPage(target));
            QApplication::processEvents();
            ++pages;
            const auto keys = liveMnemonics(window);
            for (const QKeySequence &k : keys.uniqueKeys()) {
                INFO(target.toStdString()
                     << ": " << k.toString().toStdString() << " used by "
                     << QStringList(keys.values(k)).join(QStringLiteral(" | ")).toStdString());
                CHECK(keys.count(k) == 1);
            }
        }
    }
    CHECK(pages > 10);
}

} // namespace

TEST_CASE("Mnemonics are unique on every page and tab of the main window", "[app][gui]")
{
    checkEveryPage();
}

TEST_CASE("In Chinese mnemonics are unique on every page and tab of the main window",
          "[app][gui][translation]")
{
    REQUIRE(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"))
            == QStringLiteral("zh_CN"));
    checkEveryPage();
    for (QTranslator *tr : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(tr);
        delete tr;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

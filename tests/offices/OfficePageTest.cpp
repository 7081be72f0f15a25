// The Offices page driven offscreen: the register and its tree, the allocation dialog, the
// assistant and the floor view by keyboard.

#include "OfficeFixture.h"

#include "widgets/dashboard/DashboardPage.h"
#include "widgets/offices/AssistantDialog.h"
#include "widgets/offices/FloorView.h"
#include "widgets/offices/OfficeDialogs.h"
#include "widgets/offices/OfficeTableModels.h"
#include "widgets/offices/OfficeTabs.h"
#include "widgets/offices/OfficesPage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace ga;
using namespace ga::offices;
using ga::test::OfficeFixture;

namespace {

struct PageFixture : OfficeFixture
{
    qint64 office301 = 0;
    qint64 office302 = 0;
    qint64 meeting = 0;
    qint64 office501 = 0;
    qint64 wang = 0;

    PageFixture()
    {
        office301 = room(QStringLiteral("301"), 900, 3);
        office302 = room(QStringLiteral("302"), 1200, 3);
        meeting = room(QStringLiteral("303"), 4000, 3, UseType::Service);
        office501 = room(QStringLiteral("501"), 1800, 5);
        wang = addStaffNamed(QStringLiteral("S100"), QStringLiteral("王芳"));
        allocate(office302, wang, {}, QStringLiteral("临时"));  // 12 m² > 9: a case
    }
    qint64 addStaffNamed(const QString &no, const QString &name)
    {
        return ga::test::addStaff(t, no, name, org.office);
    }
};

} // namespace

TEST_CASE("The register lists rooms with occupants and filters them", "[offices][gui]")
{
    PageFixture f;
    OfficesPage page(f.offices(), f.orgService());
    page.resize(1300, 800);
    page.show();
    page.showSubPage(QStringLiteral("register"));
    page.activate();
    RoomListTab *list = page.registerTab()->list();
    CHECK(list->model()->rowCount() == 4);
    CHECK(list->countLabel()->text().contains(QStringLiteral("4")));
    const int row = list->model()->rowOfId(f.office302);
    REQUIRE(row >= 0);
    CHECK(list->model()->index(row, RoomTableModel::Occupants).data().toString()
          == QStringLiteral("王芳"));

    auto *over = list->findChild<QCheckBox *>(QStringLiteral("overStandardOnly"));
    REQUIRE(over);
    over->setChecked(true);
    CHECK(list->model()->rowCount() == 1);
    CHECK(list->model()->idAt(0) == f.office302);
    over->setChecked(false);

    auto *use = list->findChild<QComboBox *>(QStringLiteral("roomUseType"));
    REQUIRE(use);
    use->setCurrentIndex(use->findData(key(UseType::Service)));
    emit use->activated(use->currentIndex());
    CHECK(list->model()->rowCount() == 1);
    CHECK(list->model()->idAt(0) == f.meeting);
}

TEST_CASE("The building tree chooses a floor and a room of the list", "[offices][gui]")
{
    PageFixture f;
    OfficesPage page(f.offices(), f.orgService());
    page.resize(1300, 800);
    page.show();
    page.activate();
    QTreeWidget *tree = page.registerTab()->tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem *building = tree->topLevelItem(0);
    REQUIRE(building->childCount() == 2); // floors 3 and 5
    QTreeWidgetItem *floor5 = building->child(1);
    tree->setCurrentItem(floor5);
    RoomListTab *list = page.registerTab()->list();
    CHECK(list->model()->rowCount() == 1);
    CHECK(list->model()->idAt(0) == f.office501);
    QTreeWidgetItem *floor3 = building->child(0);
    floor3->setExpanded(true);
    REQUIRE(floor3->childCount() == 3);
    tree->setCurrentItem(floor3->child(1));
    CHECK(list->model()->rowCount() == 3);
    CHECK(list->currentId() == f.office302);
}

TEST_CASE("The allocation dialog shows the shares and allocates by keyboard", "[offices][gui]")
{
    PageFixture f;
    const qint64 li = f.addStaffNamed(QStringLiteral("S200"), QStringLiteral("李强"));
    RoomFilter all;
    RoomRow row;
    for (const RoomRow &r : f.offices().roomsPageAfter(all, {}, 50))
        if (r.room.id == f.office302)
            row = r;
    AllocationDialog dialog(f.offices(), f.orgService(), row);
    dialog.show();
    CHECK_FALSE(dialog.okButton()->isEnabled());
    auto *staffNo = dialog.findChild<QLineEdit *>(QStringLiteral("staffNo"));
    REQUIRE(staffNo);
    staffNo->setFocus();
    QTest::keyClicks(staffNo, QStringLiteral("S200"));
    CHECK(dialog.okButton()->isEnabled());
    auto *shares = dialog.findChild<QLabel *>(QStringLiteral("shares"));
    REQUIRE(shares);
    // 12 m² ÷ 2 = 6 m² each: within for both.
    CHECK(shares->text().contains(QStringLiteral("李强")));
    CHECK(shares->text().contains(QStringLiteral("王芳")));
    CHECK_FALSE(shares->text().contains(QStringLiteral("over")));
    dialog.setSaver([&] { f.offices().allocate(dialog.request()); });
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.offices().shareOfStaff(li)->share == 600);
    CHECK(f.openCases() == 0); // 王芳 is within now too
}

TEST_CASE("The assistant lists offices for a person and is driven by keyboard", "[offices][gui]")
{
    PageFixture f;
    f.addStaffNamed(QStringLiteral("S300"), QStringLiteral("赵敏"));
    AssistantDialog dialog(f.offices(), f.orgService());
    dialog.show();
    auto *staffNo = dialog.findChild<QLineEdit *>(QStringLiteral("staffNo"));
    REQUIRE(staffNo);
    staffNo->setFocus();
    QTest::keyClicks(staffNo, QStringLiteral("S300"));
    QTest::keyClick(staffNo, Qt::Key_Return);
    QTableWidget *table = dialog.suggestions();
    // 302 with 王芳 (12 ÷ 2 = 6), 301 (9), 501 (18 ÷ 1 > 9: not offered).
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 2)->text() == QStringLiteral("301"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("302"));
    CHECK(dialog.chosenRoom() == f.office301);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(dialog.chosenRoom() == f.office302);
    CHECK(dialog.okButton()->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.staffNumber() == QStringLiteral("S300"));
}

TEST_CASE("The floor view draws the floor's rooms; arrows and Enter open one", "[offices][gui]")
{
    PageFixture f;
    // The tab alone: on the page, Enter opens the room's dialog.
    FloorTab floorTab(f.offices());
    floorTab.resize(1200, 700);
    floorTab.show();
    floorTab.activate();
    FloorTab *tab = &floorTab;
    FloorView *view = tab->view();
    REQUIRE(view->rooms().size() == 3); // floor 3
    const QList<QRectF> tiles = view->layoutTiles(QRectF(0, 0, 1000, 500));
    REQUIRE(tiles.size() == 3);
    // The 40 m² meeting room is drawn larger than the 9 m² office.
    const auto area = [](const QRectF &r) { return r.width() * r.height(); };
    CHECK(area(tiles.at(2)) > area(tiles.at(0)));
    QImage image(1000, 500, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        view->render(p, QRectF(0, 0, 1000, 500));
    }
    CHECK(image.pixel(int(tiles.at(0).center().x()), int(tiles.at(0).center().y()))
          != qRgb(255, 255, 255));

    QSignalSpy opened(view, &FloorView::roomActivated);
    view->setFocus();
    CHECK(view->currentIndex() == 0);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toLongLong() == f.office302);
    QSignalSpy tabOpened(tab, &FloorTab::roomOpened);
    QTest::mouseClick(view, Qt::LeftButton, {},
                      view->layoutTiles(QRectF(view->rect()).adjusted(8, 4, -8, -4))
                          .at(2)
                          .center()
                          .toPoint());
    REQUIRE(tabOpened.size() == 1);
    CHECK(tabOpened.first().first().toLongLong() == f.meeting);

    tab->showFloor(f.tower, 5);
    CHECK(view->rooms().size() == 1);
    CHECK(view->rooms().first().room.id == f.office501);
}

TEST_CASE("Read-only users see the register without its editing commands", "[offices][gui]")
{
    PageFixture f;
    f.t.loginAs(Role::Staff);
    OfficesPage page(f.offices(), f.orgService());
    page.show();
    page.activate();
    RoomListTab *list = page.registerTab()->list();
    CHECK(list->model()->rowCount() == 4);
    CHECK_FALSE(list->newAction()->isVisible());
    CHECK_FALSE(list->allocateAction()->isVisible());
    CHECK_FALSE(list->disposeAction()->isVisible());
    CHECK(list->historyAction()->isVisible());
}

TEST_CASE("The dashboard counts the open over-standard cases and the overdue ones",
          "[offices][gui]")
{
    PageFixture f; // one open case (王芳, 12 m² alone)
    DashboardPage page(f.t.services());
    page.activate();
    CHECK(page.cardValue(QStringLiteral("officeCases")) == QStringLiteral("1"));
}

#include "DispatchFixture.h"

#include "org/SettingsService.h"
#include "widgets/vehicles/AssignDialog.h"
#include "widgets/vehicles/BoardTimeline.h"
#include "widgets/vehicles/DispatchBoard.h"
#include "widgets/vehicles/TripsTab.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

using namespace ga;
using namespace ga::vehicles;
using ga::test::DispatchFixture;

namespace {

void saveShot(QWidget *w, const char *name)
{
    if (qEnvironmentVariableIsEmpty("GA_SCREENSHOT_DIR"))
        return;
    w->grab().save(qEnvironmentVariable("GA_SCREENSHOT_DIR") + QLatin1Char('/')
                   + QString::fromLatin1(name));
}

} // namespace

TEST_CASE("The board shows a bar for each trip of the day", "[dispatch][gui]")
{
    DispatchFixture f;
    const qint64 v1 = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 v2 = f.addVehicle(QStringLiteral("宁A·10002"));
    const qint64 d1 = f.addDriver(QStringLiteral("张师傅"));
    const qint64 d2 = f.addDriver(QStringLiteral("李师傅"));
    const QList<qint64> trips = {f.assigned(10, 12, v1, d1), f.departed(13, 15, v1, d1),
                                 f.assigned(11, 14, v2, d2)};
    f.requested(16, 18, true);

    auto &s = f.temp().services();
    DispatchBoard board(s.dispatch(), s.settings(), s.clock());
    board.resize(1400, 800);
    board.show();
    board.activate();
    QApplication::processEvents();
    CHECK(board.timeline()->board().vehicles.size() == 2);
    CHECK(board.timeline()->visibleBarCount() == 3);
    for (qint64 id : trips)
        CHECK_FALSE(board.timeline()->tripRect(id).isEmpty());
    CHECK(board.pendingList()->count() == 1);
    CHECK(board.pendingList()->item(0)->text().contains(QStringLiteral("EMERGENCY")));
    saveShot(&board, "board-test.png");

    board.setWeekView(true);
    QApplication::processEvents();
    CHECK(board.timeline()->visibleBarCount() == 3);
    board.showDay(QDate(2026, 12, 10));
    CHECK(board.timeline()->visibleBarCount() == 0);
}

TEST_CASE("A pending request is assigned with the keyboard alone", "[dispatch][gui]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    f.approved(10, 12);
    const qint64 target = f.approved(13, 15);

    auto &s = f.temp().services();
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    DispatchBoard board(s.dispatch(), s.settings(), s.clock());
    board.resize(1400, 800);
    board.show();
    QApplication::setActiveWindow(&board);
    REQUIRE(QTest::qWaitForWindowActive(&board));
    board.activate();
    REQUIRE(board.pendingList()->count() == 2);

    QTest::keyClick(&board, Qt::Key_L, Qt::ControlModifier);   // focus the pending list
    REQUIRE(board.pendingList()->hasFocus());
    QTest::keyClick(board.pendingList(), Qt::Key_Down);
    QTest::keyClick(board.pendingList(), Qt::Key_Return);
    auto *dialog = board.findChild<AssignDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    CHECK(QTest::qWaitForWindowActive(dialog));
    CHECK(dialog->focusWidget() == dialog->findChild<QWidget *>(QStringLiteral("vehicleList")));
    CHECK(dialog->vehicleId() == v);
    CHECK(dialog->driverId() == d);
    saveShot(dialog, "assign-dialog-test.png");
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);

    const Trip t = f.dispatch().trip(target);
    CHECK(t.status == TripStatus::Assigned);
    CHECK(t.vehicleId == v);
    CHECK(t.driverId == d);
    QApplication::processEvents();
    CHECK(board.pendingList()->count() == 1);
    CHECK_FALSE(board.timeline()->tripRect(target).isEmpty());
}

TEST_CASE("The assign dialog shows a refusal and the override field for a manager",
          "[dispatch][gui]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec small;
    small.seats = 2;
    const qint64 v = f.addVehicle(small);
    f.addDriver(QStringLiteral("张师傅"));
    const qint64 trip = f.approved(10, 12);   // 3 passengers

    auto &s = f.temp().services();
    f.temp().loginAs(Role::Manager);
    AssignDialog dialog(s.dispatch(), s.dispatch().trip(trip));
    dialog.show();
    REQUIRE(dialog.vehicleCount() == 1);   // offered, with its problem
    auto *reason = dialog.findChild<QWidget *>(QStringLiteral("overrideReason"));
    REQUIRE(reason != nullptr);
    CHECK(reason->isVisible());
    dialog.accept();   // no reason given: refused, stays open
    CHECK(dialog.isVisible());
    CHECK(f.status(trip) == QStringLiteral("approved"));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    CHECK(label->text().contains(QStringLiteral("reason")));
    saveShot(&dialog, "assign-dialog-override-test.png");
    static_cast<QLineEdit *>(reason)->setText(QStringLiteral("short trip, two go by bus"));
    dialog.accept();
    CHECK(f.status(trip) == QStringLiteral("assigned"));
    CHECK(f.dispatch().trip(trip).vehicleId == v);
}

TEST_CASE("The trips tab lists and filters trips", "[dispatch][gui]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    f.assigned(10, 11, v, d);
    f.requested(12, 13);
    f.requested(14, 15);
    auto &s = f.temp().services();
    TripsTab tab(s.dispatch(), s.settings(), s.clock());
    tab.resize(1400, 700);
    tab.show();
    tab.activate();
    CHECK(tab.model()->rowCount() == 3);
    auto *text = tab.findChild<QLineEdit *>(QStringLiteral("tripsText"));
    text->setText(QStringLiteral("10001"));
    tab.applyFilter();
    CHECK(tab.model()->rowCount() == 1);
    saveShot(&tab, "trips-test.png");
}

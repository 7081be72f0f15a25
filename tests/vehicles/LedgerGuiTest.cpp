#include <catch2/catch.hpp>

#include "LedgerFixture.h"
#include "app/Startup.h"
#include "widgets/vehicles/AlertsTab.h"
#include "widgets/vehicles/LedgerTab.h"
#include "widgets/vehicles/StatisticsTab.h"
#include "widgets/vehicles/VehicleFileDialog.h"
#include "widgets/vehicles/VehiclesPage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace ga;
using namespace ga::vehicles;
using ga::test::LedgerFixture;

namespace {

void addFleet(LedgerFixture &f)
{
    Vehicle a = LedgerFixture::vehicleSpec(QStringLiteral("宁A·11111"));
    a.departmentId = f.department();
    f.addVehicle(a);
    Vehicle b = LedgerFixture::vehicleSpec(QStringLiteral("宁A·D22222"));
    b.brand = QStringLiteral("比亚迪");
    b.energyType = EnergyType::BatteryElectric;
    b.departmentId = f.otherDepartment();
    f.addVehicle(b);
    Vehicle c = LedgerFixture::vehicleSpec(QStringLiteral("宁B·33333"));
    c.category = Category::LawEnforcement;
    f.addVehicle(c);
}

} // namespace

TEST_CASE("The ledger tab lists the vehicles and its filter narrows the list", "[ledger][gui]")
{
    LedgerFixture f;
    addFleet(f);
    auto &s = f.temp().services();
    LedgerTab tab(s.vehicles(), s.drivers(), s.session(), s.clock());
    tab.activate();
    CHECK(tab.model()->rowCount() == 3);
    CHECK(tab.model()->data(tab.model()->index(0, VehicleListModel::Plate)).toString()
          == QStringLiteral("宁A·11111"));

    tab.searchEdit()->setText(QStringLiteral("比亚迪"));
    emit tab.searchEdit()->returnPressed();
    REQUIRE(tab.model()->rowCount() == 1);
    CHECK(tab.model()->data(tab.model()->index(0, VehicleListModel::Plate)).toString()
          == QStringLiteral("宁A·D22222"));

    tab.searchEdit()->setText(QStringLiteral("宁A"));
    emit tab.searchEdit()->returnPressed();
    CHECK(tab.model()->rowCount() == 2);
}

TEST_CASE("The ledger sorts by a clicked column in SQL", "[ledger][gui]")
{
    LedgerFixture f;
    addFleet(f);
    auto &s = f.temp().services();
    LedgerTab tab(s.vehicles(), s.drivers(), s.session(), s.clock());
    tab.activate();
    tab.view()->sortByColumn(VehicleListModel::Plate, Qt::DescendingOrder);
    CHECK(tab.model()->data(tab.model()->index(0, VehicleListModel::Plate)).toString()
          == QStringLiteral("宁B·33333"));
}

TEST_CASE("Ledger commands follow the user's permission", "[ledger][gui]")
{
    LedgerFixture f;
    addFleet(f);
    f.temp().loginAs(Role::Staff);
    auto &s = f.temp().services();
    LedgerTab tab(s.vehicles(), s.drivers(), s.session(), s.clock());
    tab.activate();
    CHECK_FALSE(tab.newAction()->isEnabled());
    CHECK_FALSE(tab.retireAction()->isEnabled());
    CHECK(tab.openFileAction()->isEnabled());
}

TEST_CASE("The vehicle file opens with its records and trips", "[ledger][gui][file]")
{
    LedgerFixture f;
    Vehicle v = LedgerFixture::vehicleSpec(QStringLiteral("宁A·12345"));
    v.fuelCardNo = QStringLiteral("9100001");
    const qint64 id = f.addVehicle(v);
    const qint64 driver = f.addDriver(QStringLiteral("王师傅"));
    MaintenanceRecord m;
    m.vehicleId = id;
    m.date = QDate(2026, 10, 1);
    m.cost = Money::fromYuan(600);
    f.vehicles().saveMaintenance(m);
    m.kind = MaintenanceKind::Repair;
    m.date = QDate(2026, 11, 1);
    f.vehicles().saveMaintenance(m);
    InspectionRecord i;
    i.vehicleId = id;
    i.date = QDate(2026, 3, 1);
    i.expiry = QDate(2027, 3, 1);
    f.vehicles().saveInspection(i);
    Violation x;
    x.vehicleId = id;
    x.driverId = driver;
    x.date = QDate(2026, 9, 9);
    f.vehicles().saveViolation(x);
    f.addTrip({.vehicleId = id, .driverId = driver});
    f.addTrip({.vehicleId = id, .driverId = driver, .day = QDate(2026, 11, 3)});

    auto &s = f.temp().services();
    VehicleFileDialog dialog(s.vehicles(), s.drivers(), s.session(), s.clock(), id);
    REQUIRE(dialog.isLoaded());
    CHECK(dialog.windowTitle().contains(QStringLiteral("宁A·12345")));
    CHECK(dialog.list(QStringLiteral("maintenance"))->rowCount() == 2);
    CHECK(dialog.list(QStringLiteral("inspections"))->rowCount() == 1);
    CHECK(dialog.list(QStringLiteral("insurance"))->rowCount() == 0);
    REQUIRE(dialog.list(QStringLiteral("violations"))->rowCount() == 1);
    CHECK(dialog.list(QStringLiteral("violations"))->view()->model()->index(0, 1).data().toString()
          == QStringLiteral("王师傅"));
    CHECK(dialog.tripsModel()->rowCount() == 2);
    CHECK(dialog.tabs()->count() == 8);
    CHECK(dialog.tabs()->tabText(7).contains(QStringLiteral("2")));
}

TEST_CASE("The alerts tab lists alerts and filters them by kind", "[ledger][gui][alerts]")
{
    LedgerFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·12345"));
    InspectionRecord i;
    i.vehicleId = v;
    i.date = QDate(2025, 11, 1);
    i.expiry = QDate(2026, 11, 27);
    f.vehicles().saveInspection(i);
    f.addDriver(QStringLiteral("王师傅"), QDate(2026, 12, 1));
    AlertsTab tab(f.temp().services().vehicleAlerts(), {});
    tab.activate();
    const int all = tab.table()->rowCount();
    CHECK(all >= 2);
    tab.kindFilter()->setCurrentIndex(tab.kindFilter()->findData(int(AlertKind::Licence)));
    REQUIRE(tab.table()->rowCount() == 1);
    CHECK(tab.table()->item(0, 2)->text() == QStringLiteral("王师傅"));
}

TEST_CASE("The statistics tab fills its tables for a period", "[ledger][gui][statistics]")
{
    LedgerFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·12345"));
    const qint64 d = f.addDriver(QStringLiteral("王师傅"));
    f.addTrip({.vehicleId = v, .driverId = d, .hours = 3, .km = 42});
    auto &s = f.temp().services();
    StatisticsTab tab(s.vehicleStatistics(), s.clock());
    tab.activate();
    tab.setPeriod(DateRange::month(2026, 11));
    REQUIRE(tab.vehicleTable()->rowCount() == 1);
    CHECK(tab.vehicleTable()->item(0, 0)->text() == QStringLiteral("宁A·12345"));
    CHECK(tab.vehicleTable()->item(0, 3)->data(Qt::UserRole).toDouble() == Approx(42.0));
    REQUIRE(tab.driverTable()->rowCount() == 1);
    CHECK(tab.driverTable()->item(0, 1)->data(Qt::UserRole).toInt() == 1);
}

TEST_CASE("The vehicles page holds the ledger's tabs", "[ledger][gui]")
{
    LedgerFixture f;
    VehiclesPage page(f.temp().services());
    const QStringList keys = page.subPageKeys();
    for (const char *key : {"ledger", "drivers", "alerts", "statistics"})
        CHECK(keys.contains(QLatin1String(key)));
    page.showSubPage(QStringLiteral("ledger"));
    CHECK(page.currentSubPage() == QStringLiteral("ledger"));
}

TEST_CASE("The vehicle file's lists load by key, a page at a time", "[ledger][gui][keyset]")
{
    LedgerFixture f;
    const qint64 id = f.addVehicle(QStringLiteral("宁A·12345"));
    for (int i = 0; i < 250; ++i) {
        MaintenanceRecord m;
        m.vehicleId = id;
        m.date = QDate(2026, 1, 1).addDays(i);
        m.garage = QStringLiteral("修理厂%1").arg(i);
        f.vehicles().saveMaintenance(m);
    }
    auto &s = f.temp().services();
    VehicleFileDialog dialog(s.vehicles(), s.drivers(), s.session(), s.clock(), id);
    REQUIRE(dialog.isLoaded());
    FileRecordTab *list = dialog.list(QStringLiteral("maintenance"));
    CHECK(list->rowCount() == 100); // the first page only
    QAbstractItemModel *model = list->view()->model();
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("2026-09-07")); // newest first
    while (model->canFetchMore({}))
        model->fetchMore({});
    CHECK(list->rowCount() == 250);
    CHECK(model->index(249, 0).data().toString() == QStringLiteral("2026-01-01"));
    CHECK(dialog.tabs()->tabText(0).contains(QStringLiteral("250")));
    CHECK(list->countLabel()->text().contains(QStringLiteral("250")));
}

TEST_CASE("A user who may not edit vehicles opens file records to view and cannot add",
          "[ledger][gui][permissions]")
{
    LedgerFixture f;
    const qint64 id = f.addVehicle(QStringLiteral("宁A·12345"));
    MaintenanceRecord m;
    m.vehicleId = id;
    m.date = QDate(2026, 10, 1);
    f.vehicles().saveMaintenance(m);
    f.temp().loginAs(Role::Staff);
    auto &s = f.temp().services();
    VehicleFileDialog dialog(s.vehicles(), s.drivers(), s.session(), s.clock(), id);
    REQUIRE(dialog.isLoaded());
    FileRecordTab *list = dialog.list(QStringLiteral("maintenance"));
    list->view()->setCurrentIndex(list->view()->model()->index(0, 0));
    CHECK_FALSE(list->newAction()->isVisible());
    CHECK(list->editAction()->isVisible());
    CHECK(list->editAction()->isEnabled());
    CHECK(list->editAction()->text() == QStringLiteral("&View…"));
    CHECK(dialog.list(QStringLiteral("trips"))->newAction() == nullptr);
}

// Not part of the suite (hidden tag): renders a vehicle file in Chinese to
// $GA_SHOTS/vehicle-file-zh.png (with GA_SHOTS_LANG=en: vehicle-file.png), for docs/images/:
//     GA_SHOTS=/tmp/shots build/tests/vehicles/test_vehicles_ledger "[.shots]"
TEST_CASE("Render a vehicle file to a PNG file", "[.shots]")
{
    const QString dir = qEnvironmentVariable("GA_SHOTS");
    REQUIRE(!dir.isEmpty());
    // GA_SHOTS_LANG=en for the English one (docs/images/vehicle-file.png).
    const QString lang = qEnvironmentVariable("GA_SHOTS_LANG", QStringLiteral("zh_CN"));
    REQUIRE(installTranslations(*QCoreApplication::instance(), lang) == lang);
    LedgerFixture f;
    Vehicle v = LedgerFixture::vehicleSpec(QStringLiteral("宁A·12345"));
    v.fuelCardNo = QStringLiteral("9100001");
    const qint64 id = f.addVehicle(v);
    for (int i = 0; i < 30; ++i) {
        MaintenanceRecord m;
        m.vehicleId = id;
        m.kind = i % 4 == 0 ? MaintenanceKind::Repair : MaintenanceKind::Service;
        m.date = QDate(2024, 1, 10).addDays(i * 23);
        m.garage
            = i % 2 ? QStringLiteral("银川市金凤区汽车维修中心") : QStringLiteral("宁夏顺达4S店");
        m.items = i % 4 == 0 ? QStringLiteral("更换刹车片、检查制动系统")
                             : QStringLiteral("更换机油、机滤，常规保养");
        m.cost = Money::fromYuan(380 + (i * 37) % 900);
        m.odometerKm = 12000 + i * 1100;
        f.vehicles().saveMaintenance(m);
    }
    auto &s = f.temp().services();
    VehicleFileDialog dialog(s.vehicles(), s.drivers(), s.session(), s.clock(), id);
    dialog.show();
    dialog.grab().save(dir
                       + (lang == QLatin1String("en") ? QStringLiteral("/vehicle-file.png")
                                                      : QStringLiteral("/vehicle-file-zh.png")));
}

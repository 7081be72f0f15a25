#include <catch2/catch.hpp>

#include "LedgerFixture.h"
#include "core/Error.h"
#include "vehicles/VehicleStatisticsService.h"

using namespace ga;
using namespace ga::vehicles;
using ga::test::LedgerFixture;

namespace {

// November 2026: 30 days, starting on a Sunday; 21 working days, so 168 available hours.
const DateRange kNovember = DateRange::month(2026, 11);

// A small hand-made fleet:
//   A 宁A·10001 petrol, retained, department 办公厅, bought 2022-06-01
//   B 宁A·D10002 battery electric, leased at 3,000.00 a month, 办公厅, bought 2026-11-20
//   C 宁B·10003 petrol law enforcement, retained, 财政厅, bought 2016-05-01
//   E 宁A·10005 petrol, bought 2026-11-03 and retired, no activity
struct Fleet
{
    LedgerFixture f;
    qint64 a = 0, b = 0, c = 0, e = 0, d1 = 0, d2 = 0;

    Fleet()
    {
        Vehicle va = LedgerFixture::vehicleSpec(QStringLiteral("宁A·10001"));
        va.departmentId = f.department();
        va.purchaseDate = QDate(2022, 6, 1);
        va.fuelCardNo = QStringLiteral("C-A");
        a = f.addVehicle(va);
        Vehicle vb = LedgerFixture::vehicleSpec(QStringLiteral("宁A·D10002"));
        vb.departmentId = f.department();
        vb.energyType = EnergyType::BatteryElectric;
        vb.ownership = Ownership::Leased;
        vb.lessor = QStringLiteral("租赁公司");
        vb.leaseCostMonthly = Money::fromYuan(3000);
        vb.purchaseDate = QDate(2026, 11, 20);
        vb.fuelCardNo = QStringLiteral("C-B");
        b = f.addVehicle(vb);
        Vehicle vc = LedgerFixture::vehicleSpec(QStringLiteral("宁B·10003"));
        vc.departmentId = f.otherDepartment();
        vc.category = Category::LawEnforcement;
        vc.purchaseDate = QDate(2016, 5, 1);
        c = f.addVehicle(vc);
        Vehicle ve = LedgerFixture::vehicleSpec(QStringLiteral("宁A·10005"));
        ve.purchaseDate = QDate(2026, 11, 3);
        e = f.addVehicle(ve);
        f.vehicles().retireVehicle(e);

        d1 = f.addDriver(QStringLiteral("王师傅"));
        d2 = f.addDriver(QStringLiteral("李师傅"));

        // Trips: A 4 h / 100 km (tolls 20, parking 10) and 2 h / 50 km; B 8 h / 200 km;
        // a cancelled one and an October one that do not count.
        f.addTrip({.vehicleId = a, .driverId = d1, .status = QStringLiteral("closed"),
                   .day = QDate(2026, 11, 2), .startHour = 9, .hours = 4, .odometerOut = 1000,
                   .km = 100, .tolls = 2000, .parking = 1000});
        f.addTrip({.vehicleId = a, .driverId = d2, .status = QStringLiteral("returned"),
                   .day = QDate(2026, 11, 3), .startHour = 10, .hours = 2, .odometerOut = 1100,
                   .km = 50});
        f.addTrip({.vehicleId = b, .driverId = d1, .departmentId = f.otherDepartment(),
                   .status = QStringLiteral("closed"), .day = QDate(2026, 11, 5), .startHour = 8,
                   .hours = 8, .odometerOut = 0, .km = 200});
        f.addTrip({.vehicleId = a, .driverId = d1, .status = QStringLiteral("cancelled"),
                   .day = QDate(2026, 11, 6)});
        f.addTrip({.vehicleId = a, .driverId = d1, .status = QStringLiteral("closed"),
                   .day = QDate(2026, 10, 30), .km = 999});

        // Fuel: A 40 L for 300.00 in November (and 10 L in October); B 50 kWh for 60.00.
        fuel(a, QDate(2026, 11, 10), FuelKind::Petrol, 40000, 30000);
        fuel(a, QDate(2026, 10, 10), FuelKind::Petrol, 10000, 8000);
        fuel(b, QDate(2026, 11, 21), FuelKind::Electricity, 50000, 6000);

        // Maintenance: A repair 500.00 in November, service 200.00 in October; C inspection
        // fee 150.00 in November. Insurance: A 3,000.00 starting November 1; B starting in October.
        MaintenanceRecord m;
        m.vehicleId = a;
        m.kind = MaintenanceKind::Repair;
        m.date = QDate(2026, 11, 15);
        m.cost = Money::fromYuan(500);
        f.vehicles().saveMaintenance(m);
        m.kind = MaintenanceKind::Service;
        m.date = QDate(2026, 10, 15);
        m.cost = Money::fromYuan(200);
        f.vehicles().saveMaintenance(m);
        InspectionRecord i;
        i.vehicleId = c;
        i.date = QDate(2026, 11, 20);
        i.expiry = QDate(2027, 11, 20);
        i.cost = Money::fromYuan(150);
        f.vehicles().saveInspection(i);
        InsurancePolicy p;
        p.vehicleId = a;
        p.insurer = QStringLiteral("人保财险");
        p.startDate = QDate(2026, 11, 1);
        p.expiry = QDate(2027, 10, 31);
        p.premium = Money::fromYuan(3000);
        f.vehicles().saveInsurance(p);
        p.vehicleId = b;
        p.startDate = QDate(2026, 10, 1);
        p.expiry = QDate(2027, 9, 30);
        f.vehicles().saveInsurance(p);
    }

    void fuel(qint64 vehicle, const QDate &day, FuelKind kind, qint64 milli, qint64 fen)
    {
        FuelTransaction t;
        t.vehicleId = vehicle;
        t.at = LedgerFixture::at(day, 10);
        t.fuelKind = kind;
        t.quantityMilli = milli;
        t.amount = Money(fen);
        f.vehicles().saveFuel(t);
    }

    VehicleStatisticsService &stats() { return f.temp().services().vehicleStatistics(); }
};

template<typename T>
const T *byId(const QList<T> &list, qint64 id, qint64 T::*member)
{
    for (const T &x : list)
        if (x.*member == id)
            return &x;
    return nullptr;
}

} // namespace

TEST_CASE("Working days and months of a period", "[statistics]")
{
    CHECK(VehicleStatisticsService::workingDays(kNovember) == 21);
    CHECK(VehicleStatisticsService::availableHours(kNovember) == Approx(168.0));
    CHECK(VehicleStatisticsService::workingDays({QDate(2026, 11, 28), QDate(2026, 11, 29)}) == 0);
    CHECK(VehicleStatisticsService::workingDays(DateRange::year(2026)) == 261);
    CHECK(VehicleStatisticsService::months(kNovember) == Approx(1.0));
    CHECK(VehicleStatisticsService::months(DateRange::year(2026)) == Approx(12.0));
    CHECK(VehicleStatisticsService::months({QDate(2026, 11, 16), QDate(2026, 12, 15)})
          == Approx(15.0 / 30 + 15.0 / 31));
}

TEST_CASE("Per-vehicle use and running costs of a month", "[statistics]")
{
    Fleet fleet;
    const auto rows = fleet.stats().perVehicle(kNovember);
    CHECK(rows.size() == 3); // the retired vehicle without activity is left out
    const VehicleUsage *a = byId(rows, fleet.a, &VehicleUsage::vehicleId);
    REQUIRE(a);
    CHECK(a->trips == 2);
    CHECK(a->km == 150);
    CHECK(a->hours == Approx(6.0));
    CHECK(a->utilisation == Approx(6.0 / 168.0));
    CHECK(a->fuelMilli == 40000);
    REQUIRE(a->fuelPer100Km);
    CHECK(*a->fuelPer100Km == Approx(40.0 / 150.0 * 100.0));
    CHECK(a->costs.fuel == Money::fromYuan(300));
    CHECK(a->costs.maintenance == Money::fromYuan(500));
    CHECK(a->costs.insurance == Money::fromYuan(3000));
    CHECK(a->costs.tolls == Money::fromYuan(20));
    CHECK(a->costs.parking == Money::fromYuan(10));
    CHECK(a->costs.leasing == Money());
    CHECK(a->costs.total() == Money::fromYuan(3830));

    const VehicleUsage *b = byId(rows, fleet.b, &VehicleUsage::vehicleId);
    REQUIRE(b);
    CHECK(b->trips == 1);
    CHECK(b->km == 200);
    CHECK(b->hours == Approx(8.0));
    CHECK(b->electricityMilli == 50000);
    CHECK(b->fuelMilli == 0);
    CHECK_FALSE(b->fuelPer100Km);
    CHECK(b->costs.fuel == Money::fromYuan(60));
    CHECK(b->costs.insurance == Money());
    CHECK(b->costs.leasing == Money::fromYuan(3000));

    const VehicleUsage *c = byId(rows, fleet.c, &VehicleUsage::vehicleId);
    REQUIRE(c);
    CHECK(c->trips == 0);
    CHECK(c->costs.maintenance == Money::fromYuan(150)); // the inspection fee
    CHECK(c->costs.total() == Money::fromYuan(150));
}

TEST_CASE("Per-department figures group the vehicles of each department", "[statistics]")
{
    Fleet fleet;
    const auto rows = fleet.stats().perDepartment(kNovember);
    REQUIRE(rows.size() == 2);
    const DepartmentUsage *office
        = byId(rows, fleet.f.department(), &DepartmentUsage::departmentId);
    REQUIRE(office);
    CHECK(office->departmentName == QStringLiteral("办公厅"));
    CHECK(office->vehicles == 2);
    CHECK(office->trips == 3);
    CHECK(office->km == 350);
    CHECK(office->hours == Approx(14.0));
    CHECK(office->utilisation == Approx(14.0 / (2 * 168.0)));
    CHECK(office->costs.fuel == Money::fromYuan(360));
    CHECK(office->costs.leasing == Money::fromYuan(3000));
    CHECK(office->costs.total() == Money::fromYuan(3830 + 60 + 3000));
    const DepartmentUsage *finance
        = byId(rows, fleet.f.otherDepartment(), &DepartmentUsage::departmentId);
    REQUIRE(finance);
    CHECK(finance->vehicles == 1);
    CHECK(finance->trips == 0);
    CHECK(finance->costs.total() == Money::fromYuan(150));
}

TEST_CASE("Cost totals by kind over the fleet", "[statistics]")
{
    Fleet fleet;
    const RunningCosts total = fleet.stats().costTotals(kNovember);
    CHECK(total.fuel == Money::fromYuan(360));
    CHECK(total.maintenance == Money::fromYuan(650));
    CHECK(total.insurance == Money::fromYuan(3000));
    CHECK(total.tolls == Money::fromYuan(20));
    CHECK(total.parking == Money::fromYuan(10));
    CHECK(total.leasing == Money::fromYuan(3000));
    CHECK(total.total() == Money::fromYuan(7040));
}

TEST_CASE("Leasing of a partial month is prorated by days", "[statistics]")
{
    Fleet fleet;
    const auto rows = fleet.stats().perVehicle({QDate(2026, 11, 1), QDate(2026, 11, 15)});
    const VehicleUsage *b = byId(rows, fleet.b, &VehicleUsage::vehicleId);
    REQUIRE(b);
    CHECK(b->costs.leasing == Money::fromYuan(1500));
}

TEST_CASE("Per-driver trips, hours and km", "[statistics]")
{
    Fleet fleet;
    const auto rows = fleet.stats().perDriver(kNovember);
    REQUIRE(rows.size() == 2);
    const DriverUsage *wang = byId(rows, fleet.d1, &DriverUsage::driverId);
    REQUIRE(wang);
    CHECK(wang->trips == 2);
    CHECK(wang->hours == Approx(12.0));
    CHECK(wang->km == 300);
    const DriverUsage *li = byId(rows, fleet.d2, &DriverUsage::driverId);
    REQUIRE(li);
    CHECK(li->trips == 1);
    CHECK(li->hours == Approx(2.0));
    CHECK(li->km == 50);
}

TEST_CASE("Fleet composition and new-energy shares", "[statistics]")
{
    Fleet fleet;
    const FleetComposition f = fleet.stats().fleetComposition(kNovember);
    CHECK(f.total == 3);
    REQUIRE(f.byCategory.size() == 2);
    CHECK(f.byCategory.at(0).key == QStringLiteral("law_enforcement"));
    CHECK(f.byCategory.at(0).count == 1);
    CHECK(f.byCategory.at(1).key == QStringLiteral("general"));
    CHECK(f.byCategory.at(1).share == Approx(2.0 / 3.0));
    REQUIRE(f.byEnergyType.size() == 2);
    CHECK(f.newEnergy == 1);
    CHECK(f.newEnergyShare == Approx(1.0 / 3.0));
    CHECK(f.purchasedInPeriod == 2);          // B and the retired E
    CHECK(f.newEnergyPurchasedInPeriod == 1);
    CHECK(f.newEnergyPurchaseShare == Approx(0.5));
    REQUIRE(f.byAgeBand.size() == 3);
    CHECK(f.byAgeBand.at(0).key == QStringLiteral("lt3"));
    CHECK(f.byAgeBand.at(1).key == QStringLiteral("3to5"));
    CHECK(f.byAgeBand.at(2).key == QStringLiteral("ge8"));
    REQUIRE(f.byOwnership.size() == 2);
    CHECK(f.byOwnership.at(0).count == 2);
    CHECK(f.byOwnership.at(1).key == QStringLiteral("leased"));
    CHECK(f.byOwnership.at(1).share == Approx(1.0 / 3.0));
}

TEST_CASE("Statistics refuse a period that ends before it starts", "[statistics]")
{
    Fleet fleet;
    CHECK_THROWS_AS(fleet.stats().perVehicle({QDate(2026, 11, 30), QDate(2026, 11, 1)}),
                    ValidationError);
}

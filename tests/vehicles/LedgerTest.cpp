#include <catch2/catch.hpp>

#include "LedgerFixture.h"
#include "core/Error.h"

using namespace ga;
using namespace ga::vehicles;
using ga::test::LedgerFixture;

TEST_CASE("A new vehicle is stored with its plate normalised and as available", "[ledger]")
{
    LedgerFixture f;
    Vehicle v = LedgerFixture::vehicleSpec(QStringLiteral("宁a 12345"));
    v.fleetNo = QStringLiteral("GW-001");
    v.fuelCardNo = QStringLiteral("9100001");
    v.departmentId = f.department();
    const qint64 id = f.vehicles().createVehicle(v);
    const VehicleRow row = f.vehicles().vehicle(id);
    CHECK(row.vehicle.plate == QStringLiteral("宁A·12345"));
    CHECK(row.vehicle.status == VehicleStatus::Available);
    CHECK(row.vehicle.fleetNo == QStringLiteral("GW-001"));
    CHECK(row.departmentName == QStringLiteral("办公厅"));
    CHECK(row.vehicle.createdAt == f.temp().clock().nowSecs());
}

TEST_CASE("A malformed plate is refused", "[ledger]")
{
    LedgerFixture f;
    CHECK_THROWS_AS(f.addVehicle(QStringLiteral("宁A·1234")), ValidationError);
    CHECK_THROWS_AS(f.addVehicle(QStringLiteral("宁I·12345")), ValidationError);
    CHECK(f.temp().count(QStringLiteral("vehicles")) == 0);
}

TEST_CASE("A plate already in the ledger is refused in any input form", "[ledger]")
{
    LedgerFixture f;
    f.addVehicle(QStringLiteral("宁A·12345"));
    CHECK_THROWS_AS(f.addVehicle(QStringLiteral("宁A12345")), ConflictError);
    CHECK_THROWS_AS(f.addVehicle(QStringLiteral("宁a 12345")), ConflictError);
    CHECK(f.temp().count(QStringLiteral("vehicles")) == 1);
}

TEST_CASE("A fleet number already in use is refused", "[ledger]")
{
    LedgerFixture f;
    Vehicle a = LedgerFixture::vehicleSpec(QStringLiteral("宁A·11111"));
    a.fleetNo = QStringLiteral("GW-001");
    f.addVehicle(a);
    Vehicle b = LedgerFixture::vehicleSpec(QStringLiteral("宁A·22222"));
    b.fleetNo = QStringLiteral("GW-001");
    CHECK_THROWS_AS(f.addVehicle(b), ConflictError);
    b.fleetNo = QStringLiteral("GW-002");
    CHECK_NOTHROW(f.addVehicle(b));
}

TEST_CASE("A fuel card already held by another vehicle is refused", "[ledger]")
{
    LedgerFixture f;
    Vehicle a = LedgerFixture::vehicleSpec(QStringLiteral("宁A·11111"));
    a.fuelCardNo = QStringLiteral("9100001");
    f.addVehicle(a);
    Vehicle b = LedgerFixture::vehicleSpec(QStringLiteral("宁A·22222"));
    b.fuelCardNo = QStringLiteral("9100001");
    CHECK_THROWS_AS(f.addVehicle(b), ConflictError);
    const qint64 id = f.addVehicle(QStringLiteral("宁A·22222"));
    Vehicle edited = f.vehicles().vehicle(id).vehicle;
    edited.fuelCardNo = QStringLiteral("9100001");
    CHECK_THROWS_AS(f.vehicles().updateVehicle(edited), ConflictError);
}

TEST_CASE("Seats must be above zero", "[ledger]")
{
    LedgerFixture f;
    Vehicle v = LedgerFixture::vehicleSpec(QStringLiteral("宁A·12345"));
    v.seats = 0;
    CHECK_THROWS_AS(f.addVehicle(v), ValidationError);
}

TEST_CASE("A leased vehicle needs its lessor", "[ledger]")
{
    LedgerFixture f;
    Vehicle v = LedgerFixture::vehicleSpec(QStringLiteral("宁A·12345"));
    v.ownership = Ownership::Leased;
    CHECK_THROWS_AS(f.addVehicle(v), ValidationError);
    v.lessor = QStringLiteral("宁夏公务用车租赁公司");
    v.leaseCostMonthly = Money::fromYuan(3000);
    const qint64 id = f.addVehicle(v);
    CHECK(f.vehicles().vehicle(id).vehicle.lessor == QStringLiteral("宁夏公务用车租赁公司"));
}

TEST_CASE("A purchase date in the future is refused", "[ledger]")
{
    LedgerFixture f;
    Vehicle v = LedgerFixture::vehicleSpec(QStringLiteral("宁A·12345"));
    v.purchaseDate = QDate(2026, 11, 29);
    CHECK_THROWS_AS(f.addVehicle(v), ValidationError);
    v.purchaseDate = QDate(2026, 11, 28);
    CHECK_NOTHROW(f.addVehicle(v));
}

TEST_CASE("Editing a vehicle keeps its status", "[ledger]")
{
    LedgerFixture f;
    const qint64 id = f.addVehicle(QStringLiteral("宁A·12345"));
    f.vehicles().setInMaintenance(id, true);
    Vehicle v = f.vehicles().vehicle(id).vehicle;
    v.brand = QStringLiteral("比亚迪");
    v.status = VehicleStatus::Available;
    f.vehicles().updateVehicle(v);
    const Vehicle stored = f.vehicles().vehicle(id).vehicle;
    CHECK(stored.brand == QStringLiteral("比亚迪"));
    CHECK(stored.status == VehicleStatus::Maintenance);
}

TEST_CASE("A vehicle is retired, never deleted", "[ledger][retire]")
{
    LedgerFixture f;
    const qint64 id = f.addVehicle(QStringLiteral("宁A·12345"));
    f.vehicles().retireVehicle(id);
    CHECK(f.vehicles().vehicle(id).vehicle.status == VehicleStatus::Retired);
    CHECK(f.temp().count(QStringLiteral("vehicles")) == 1);
    CHECK_THROWS_AS(f.vehicles().retireVehicle(id), ValidationError);
}

TEST_CASE("A vehicle assigned to a trip cannot be retired", "[ledger][retire]")
{
    LedgerFixture f;
    const qint64 id = f.addVehicle(QStringLiteral("宁A·12345"));
    f.addTrip({.vehicleId = id, .status = QStringLiteral("assigned")});
    CHECK_THROWS_AS(f.vehicles().retireVehicle(id), ConflictError);
    CHECK(f.vehicles().vehicle(id).vehicle.status == VehicleStatus::Available);
}

TEST_CASE("A vehicle out on a trip cannot be retired or sent to maintenance", "[ledger][retire]")
{
    LedgerFixture f;
    const qint64 id = f.addVehicle(QStringLiteral("宁A·12345"));
    f.addTrip({.vehicleId = id, .status = QStringLiteral("departed")});
    CHECK_THROWS_AS(f.vehicles().retireVehicle(id), ConflictError);
    CHECK_THROWS_AS(f.vehicles().setInMaintenance(id, true), ConflictError);
}

TEST_CASE("A vehicle with only finished trips can be retired", "[ledger][retire]")
{
    LedgerFixture f;
    const qint64 id = f.addVehicle(QStringLiteral("宁A·12345"));
    f.addTrip({.vehicleId = id, .status = QStringLiteral("closed")});
    f.addTrip({.vehicleId = id, .status = QStringLiteral("cancelled")});
    CHECK_NOTHROW(f.vehicles().retireVehicle(id));
}

TEST_CASE("Maintenance goes on and off; a retired vehicle cannot enter it", "[ledger]")
{
    LedgerFixture f;
    const qint64 id = f.addVehicle(QStringLiteral("宁A·12345"));
    CHECK_THROWS_AS(f.vehicles().setInMaintenance(id, false), ValidationError);
    f.vehicles().setInMaintenance(id, true);
    CHECK(f.vehicles().vehicle(id).vehicle.status == VehicleStatus::Maintenance);
    f.vehicles().setInMaintenance(id, false);
    CHECK(f.vehicles().vehicle(id).vehicle.status == VehicleStatus::Available);
    f.vehicles().retireVehicle(id);
    CHECK_THROWS_AS(f.vehicles().setInMaintenance(id, true), ValidationError);
}

TEST_CASE("An overlapping long-term assignment of the same vehicle is refused",
          "[ledger][assignment]")
{
    LedgerFixture f;
    const qint64 id = f.addVehicle(QStringLiteral("宁A·12345"));
    LongTermAssignment a;
    a.vehicleId = id;
    a.departmentId = f.department();
    a.startDate = QDate(2026, 1, 1);
    a.endDate = QDate(2026, 6, 30);
    f.vehicles().saveAssignment(a);

    LongTermAssignment b = a;
    b.departmentId = f.otherDepartment();
    b.startDate = QDate(2026, 6, 30); // shares the last day
    b.endDate = QDate();
    CHECK_THROWS_AS(f.vehicles().saveAssignment(b), ConflictError);
    b.startDate = QDate(2026, 7, 1);
    const qint64 open = f.vehicles().saveAssignment(b);
    CHECK(open > 0);

    LongTermAssignment c = a;
    c.startDate = QDate(2027, 1, 1);
    c.endDate = QDate(2027, 2, 1);
    CHECK_THROWS_AS(f.vehicles().saveAssignment(c), ConflictError); // inside the open-ended one
    CHECK(f.temp().count(QStringLiteral("vehicle_assignments")) == 2);
}

TEST_CASE("Assignments of different vehicles may overlap; editing one does not clash with itself",
          "[ledger][assignment]")
{
    LedgerFixture f;
    const qint64 v1 = f.addVehicle(QStringLiteral("宁A·11111"));
    const qint64 v2 = f.addVehicle(QStringLiteral("宁A·22222"));
    LongTermAssignment a;
    a.vehicleId = v1;
    a.departmentId = f.department();
    a.startDate = QDate(2026, 1, 1);
    a.id = f.vehicles().saveAssignment(a);
    LongTermAssignment b = a;
    b.id = 0;
    b.vehicleId = v2;
    CHECK_NOTHROW(f.vehicles().saveAssignment(b));
    a.endDate = QDate(2026, 12, 31);
    CHECK_NOTHROW(f.vehicles().saveAssignment(a));
    CHECK(f.vehicles().filePage<LongTermAssignment>(v1, {}, 10).first().endDate
          == QDate(2026, 12, 31));
}

TEST_CASE("An assignment ending before it starts is refused", "[ledger][assignment]")
{
    LedgerFixture f;
    LongTermAssignment a;
    a.vehicleId = f.addVehicle(QStringLiteral("宁A·12345"));
    a.departmentId = f.department();
    a.startDate = QDate(2026, 5, 1);
    a.endDate = QDate(2026, 4, 30);
    CHECK_THROWS_AS(f.vehicles().saveAssignment(a), ValidationError);
}

TEST_CASE("The vehicle file holds every kind of record", "[ledger][file]")
{
    LedgerFixture f;
    Vehicle v = LedgerFixture::vehicleSpec(QStringLiteral("宁A·12345"));
    v.fuelCardNo = QStringLiteral("9100001");
    const qint64 id = f.addVehicle(v);
    const qint64 driver = f.addDriver(QStringLiteral("王师傅"));

    MaintenanceRecord m;
    m.vehicleId = id;
    m.kind = MaintenanceKind::Repair;
    m.date = QDate(2026, 10, 1);
    m.cost = Money::fromYuan(800);
    m.odometerKm = 15000;
    f.vehicles().saveMaintenance(m);
    InspectionRecord i;
    i.vehicleId = id;
    i.date = QDate(2026, 3, 1);
    i.expiry = QDate(2027, 3, 1);
    f.vehicles().saveInspection(i);
    InsurancePolicy p;
    p.vehicleId = id;
    p.insurer = QStringLiteral("人保财险");
    p.startDate = QDate(2026, 1, 1);
    p.expiry = QDate(2026, 12, 31);
    p.premium = Money::fromYuan(4200);
    f.vehicles().saveInsurance(p);
    Violation x;
    x.vehicleId = id;
    x.driverId = driver;
    x.date = QDate(2026, 9, 9);
    x.fine = Money::fromYuan(200);
    x.points = 3;
    f.vehicles().saveViolation(x);
    Accident a;
    a.vehicleId = id;
    a.driverId = driver;
    a.date = QDate(2026, 8, 8);
    a.description = QStringLiteral("倒车剐蹭");
    f.vehicles().saveAccident(a);
    FuelTransaction t;
    t.vehicleId = id;
    t.at = LedgerFixture::at(QDate(2026, 11, 20), 10);
    t.quantityMilli = 40000;
    t.amount = Money::fromYuan(300);
    t.odometerKm = 15500;
    f.vehicles().saveFuel(t);
    f.addTrip({.vehicleId = id, .driverId = driver});

    const VehicleFile file = f.vehicles().vehicleFile(id);
    CHECK(file.maintenanceCount == 1);
    CHECK(file.inspectionCount == 1);
    CHECK(file.insuranceCount == 1);
    CHECK(file.violationCount == 1);
    CHECK(file.accidentCount == 1);
    CHECK(file.fuelCount == 1);
    CHECK(file.tripCount == 1);
    const auto violations = f.vehicles().filePage<Violation>(id, {}, 10);
    REQUIRE(violations.size() == 1);
    CHECK(violations.first().driverName == QStringLiteral("王师傅"));
    const auto fuel = f.vehicles().filePage<FuelTransaction>(id, {}, 10);
    REQUIRE(fuel.size() == 1);
    CHECK(fuel.first().cardNo == QStringLiteral("9100001")); // 一车一卡: the vehicle's card
    CHECK(file.vehicle.vehicle.odometerKm == 15500);               // raised by the readings
    const auto trips = f.vehicles().vehicleTripsAfter(id, {}, 50);
    REQUIRE(trips.size() == 1);
    CHECK(trips.first().km == 100);
    CHECK(trips.first().driverName == QStringLiteral("王师傅"));
}

TEST_CASE("A fuel transaction on another vehicle's card is refused", "[ledger][fuel]")
{
    LedgerFixture f;
    Vehicle a = LedgerFixture::vehicleSpec(QStringLiteral("宁A·11111"));
    a.fuelCardNo = QStringLiteral("9100001");
    f.addVehicle(a);
    const qint64 b = f.addVehicle(QStringLiteral("宁A·22222"));
    FuelTransaction t;
    t.vehicleId = b;
    t.cardNo = QStringLiteral("9100001");
    t.at = LedgerFixture::at(QDate(2026, 11, 20), 10);
    t.quantityMilli = 40000;
    t.amount = Money::fromYuan(300);
    CHECK_THROWS_AS(f.vehicles().saveFuel(t), ConflictError);
    t.cardNo.clear(); // and the vehicle has no card of its own
    CHECK_THROWS_AS(f.vehicles().saveFuel(t), ValidationError);
}

TEST_CASE("A record dated in the future is refused", "[ledger][file]")
{
    LedgerFixture f;
    MaintenanceRecord m;
    m.vehicleId = f.addVehicle(QStringLiteral("宁A·12345"));
    m.date = QDate(2026, 11, 29);
    CHECK_THROWS_AS(f.vehicles().saveMaintenance(m), ValidationError);
}

TEST_CASE("The ledger list filters and sorts in SQL", "[ledger][list]")
{
    LedgerFixture f;
    Vehicle a = LedgerFixture::vehicleSpec(QStringLiteral("宁A·11111"));
    a.brand = QStringLiteral("红旗");
    a.departmentId = f.department();
    f.addVehicle(a);
    Vehicle b = LedgerFixture::vehicleSpec(QStringLiteral("宁A·D22222"));
    b.brand = QStringLiteral("比亚迪");
    b.energyType = EnergyType::BatteryElectric;
    b.departmentId = f.otherDepartment();
    f.addVehicle(b);
    Vehicle c = LedgerFixture::vehicleSpec(QStringLiteral("宁B·33333"));
    c.category = Category::LawEnforcement;
    c.departmentId = f.department();
    f.vehicles().retireVehicle(f.addVehicle(c));

    CHECK(f.vehicles().countVehicles({}) == 3);
    VehicleFilter byText;
    byText.text = QStringLiteral("比亚迪");
    CHECK(f.vehicles().countVehicles(byText) == 1);
    byText.text = QStringLiteral("宁A1111"); // typed without the separator
    CHECK(f.vehicles().countVehicles(byText) == 1);
    VehicleFilter byDept;
    byDept.departmentId = f.department();
    CHECK(f.vehicles().countVehicles(byDept) == 2);
    VehicleFilter byEnergy;
    byEnergy.energyType = EnergyType::BatteryElectric;
    CHECK(f.vehicles().countVehicles(byEnergy) == 1);
    VehicleFilter byStatus;
    byStatus.status = VehicleStatus::Retired;
    CHECK(f.vehicles().countVehicles(byStatus) == 1);
    VehicleFilter byCategory;
    byCategory.category = Category::LawEnforcement;
    CHECK(f.vehicles().countVehicles(byCategory) == 1);

    const auto desc = f.vehicles().listVehicles({}, VehicleSort::Plate, Qt::DescendingOrder, 0, 2);
    REQUIRE(desc.size() == 2);
    CHECK(desc.at(0).vehicle.plate == QStringLiteral("宁B·33333"));
    CHECK(f.vehicles().listVehicles({}, VehicleSort::Plate, Qt::DescendingOrder, 2, 2).size() == 1);
}

TEST_CASE("Drivers need a name, a known licence class and its expiry", "[drivers]")
{
    LedgerFixture f;
    Driver d = LedgerFixture::driverSpec(QString());
    CHECK_THROWS_AS(f.drivers().createDriver(d), ValidationError);
    d.name = QStringLiteral("李师傅");
    d.licenceClass = QStringLiteral("Z9");
    CHECK_THROWS_AS(f.drivers().createDriver(d), ValidationError);
    d.licenceClass = QStringLiteral("c1");
    d.licenceExpiry = QDate();
    CHECK_THROWS_AS(f.drivers().createDriver(d), ValidationError);
    d.licenceExpiry = QDate(2029, 5, 1);
    const qint64 id = f.drivers().createDriver(d);
    CHECK(f.drivers().driver(id).licenceClass == QStringLiteral("C1"));
}

TEST_CASE("A driver on a trip cannot be retired; a free one can", "[drivers][retire]")
{
    LedgerFixture f;
    const qint64 busy = f.addDriver(QStringLiteral("王师傅"));
    const qint64 free = f.addDriver(QStringLiteral("李师傅"));
    f.addTrip({.vehicleId = f.addVehicle(QStringLiteral("宁A·12345")), .driverId = busy,
               .status = QStringLiteral("assigned")});
    CHECK_THROWS_AS(f.drivers().retireDriver(busy), ConflictError);
    f.drivers().retireDriver(free);
    CHECK(f.drivers().driver(free).status == DriverStatus::Retired);
    DriverFilter active;
    active.includeRetired = false;
    CHECK(f.drivers().listDrivers(active).size() == 1);
}

TEST_CASE("A driver is linked to the staff register by staff number", "[drivers]")
{
    LedgerFixture f;
    CHECK_THROWS_AS(f.drivers().staffIdByNumber(QStringLiteral("S0001")), NotFoundError);
    f.temp().scalar(
        QStringLiteral("INSERT INTO staff (staff_no, name, department_id, rank_id, created_at) "
                       "VALUES ('S0001', '王五', 1, 1, 0)"));
    Driver d = LedgerFixture::driverSpec(QStringLiteral("王五"));
    d.staffId = f.drivers().staffIdByNumber(QStringLiteral("S0001"));
    const qint64 id = f.drivers().createDriver(d);
    CHECK(f.drivers().listDrivers({}).first().staffNo == QStringLiteral("S0001"));
    CHECK(f.drivers().driver(id).staffId == d.staffId);
}

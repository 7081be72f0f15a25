#include <catch2/catch.hpp>

#include "LedgerFixture.h"
#include "core/Error.h"

#include <functional>

using namespace ga;
using namespace ga::vehicles;
using ga::test::LedgerFixture;

namespace {

// A store with one vehicle (with a fuel card), one driver and one record of each kind, made
// by the system user, so each write below has something to act on.
struct Seeded
{
    LedgerFixture f;
    qint64 vehicle = 0;
    qint64 driver = 0;
    qint64 maintenance = 0, inspection = 0, insurance = 0, violation = 0, accident = 0, fuel = 0,
           assignment = 0;

    Seeded()
    {
        Vehicle v = LedgerFixture::vehicleSpec(QStringLiteral("宁A·12345"));
        v.fuelCardNo = QStringLiteral("9100001");
        vehicle = f.addVehicle(v);
        driver = f.addDriver(QStringLiteral("王师傅"));
        maintenance = f.vehicles().saveMaintenance(maintenanceRecord());
        inspection = f.vehicles().saveInspection(inspectionRecord());
        insurance = f.vehicles().saveInsurance(insurancePolicy());
        violation = f.vehicles().saveViolation(violationRecord());
        accident = f.vehicles().saveAccident(accidentRecord());
        fuel = f.vehicles().saveFuel(fuelRecord(10));
        assignment
            = f.vehicles().saveAssignment(assignmentRecord(QDate(2025, 1, 1), QDate(2025, 12, 31)));
    }
    MaintenanceRecord maintenanceRecord() const
    {
        MaintenanceRecord r;
        r.vehicleId = vehicle;
        r.date = QDate(2026, 10, 1);
        r.cost = Money::fromYuan(100);
        return r;
    }
    InspectionRecord inspectionRecord() const
    {
        InspectionRecord r;
        r.vehicleId = vehicle;
        r.date = QDate(2026, 3, 1);
        r.expiry = QDate(2027, 3, 1);
        return r;
    }
    InsurancePolicy insurancePolicy() const
    {
        InsurancePolicy r;
        r.vehicleId = vehicle;
        r.insurer = QStringLiteral("人保财险");
        r.startDate = QDate(2026, 1, 1);
        r.expiry = QDate(2026, 12, 31);
        return r;
    }
    Violation violationRecord() const
    {
        Violation r;
        r.vehicleId = vehicle;
        r.driverId = driver;
        r.date = QDate(2026, 9, 1);
        return r;
    }
    Accident accidentRecord() const
    {
        Accident r;
        r.vehicleId = vehicle;
        r.date = QDate(2026, 9, 2);
        r.description = QStringLiteral("剐蹭");
        return r;
    }
    FuelTransaction fuelRecord(int hour) const
    {
        FuelTransaction r;
        r.vehicleId = vehicle;
        r.at = LedgerFixture::at(QDate(2026, 11, 20), hour);
        r.quantityMilli = 30000;
        r.amount = Money::fromYuan(220);
        return r;
    }
    LongTermAssignment assignmentRecord(const QDate &from, const QDate &to) const
    {
        LongTermAssignment r;
        r.vehicleId = vehicle;
        r.departmentId = f.department();
        r.startDate = from;
        r.endDate = to;
        return r;
    }
};

struct Write
{
    const char *name;
    std::function<void(Seeded &)> run;
};

QList<Write> ledgerWrites()
{
    return {
        {"create vehicle", [](Seeded &s) { s.f.addVehicle(QStringLiteral("宁A·54321")); }},
        {"update vehicle",
         [](Seeded &s) {
             Vehicle v = s.f.vehicles().vehicle(s.vehicle).vehicle;
             v.notes = QStringLiteral("x");
             s.f.vehicles().updateVehicle(v);
         }},
        {"retire vehicle", [](Seeded &s) { s.f.vehicles().retireVehicle(s.vehicle); }},
        {"maintenance on", [](Seeded &s) { s.f.vehicles().setInMaintenance(s.vehicle, true); }},
        {"add maintenance",
         [](Seeded &s) { s.f.vehicles().saveMaintenance(s.maintenanceRecord()); }},
        {"edit maintenance",
         [](Seeded &s) {
             auto r = s.maintenanceRecord();
             r.id = s.maintenance;
             s.f.vehicles().saveMaintenance(r);
         }},
        {"add inspection", [](Seeded &s) { s.f.vehicles().saveInspection(s.inspectionRecord()); }},
        {"edit inspection",
         [](Seeded &s) {
             auto r = s.inspectionRecord();
             r.id = s.inspection;
             s.f.vehicles().saveInspection(r);
         }},
        {"add insurance", [](Seeded &s) { s.f.vehicles().saveInsurance(s.insurancePolicy()); }},
        {"edit insurance",
         [](Seeded &s) {
             auto r = s.insurancePolicy();
             r.id = s.insurance;
             s.f.vehicles().saveInsurance(r);
         }},
        {"add violation", [](Seeded &s) { s.f.vehicles().saveViolation(s.violationRecord()); }},
        {"edit violation",
         [](Seeded &s) {
             auto r = s.violationRecord();
             r.id = s.violation;
             r.settled = true;
             s.f.vehicles().saveViolation(r);
         }},
        {"add accident", [](Seeded &s) { s.f.vehicles().saveAccident(s.accidentRecord()); }},
        {"edit accident",
         [](Seeded &s) {
             auto r = s.accidentRecord();
             r.id = s.accident;
             s.f.vehicles().saveAccident(r);
         }},
        {"add fuel", [](Seeded &s) { s.f.vehicles().saveFuel(s.fuelRecord(11)); }},
        {"edit fuel",
         [](Seeded &s) {
             auto r = s.fuelRecord(12);
             r.id = s.fuel;
             s.f.vehicles().saveFuel(r);
         }},
        {"add assignment",
         [](Seeded &s) {
             s.f.vehicles().saveAssignment(s.assignmentRecord(QDate(2026, 1, 1), QDate()));
         }},
        {"edit assignment",
         [](Seeded &s) {
             auto r = s.assignmentRecord(QDate(2025, 1, 1), QDate(2025, 6, 30));
             r.id = s.assignment;
             s.f.vehicles().saveAssignment(r);
         }},
        {"create driver", [](Seeded &s) { s.f.addDriver(QStringLiteral("李师傅")); }},
        {"update driver",
         [](Seeded &s) {
             Driver d = s.f.drivers().driver(s.driver);
             d.phone = QStringLiteral("13900000000");
             s.f.drivers().updateDriver(d);
         }},
        {"retire driver", [](Seeded &s) { s.f.drivers().retireDriver(s.driver); }},
    };
}

void checkEveryWrite(Role role, const QSet<Module> &modules, bool allowed)
{
    for (const Write &w : ledgerWrites()) {
        INFO(w.name);
        Seeded s;
        s.f.temp().loginAs(role, modules);
        const int auditBefore = s.f.temp().count(QStringLiteral("audit_log"));
        if (allowed) {
            CHECK_NOTHROW(w.run(s));
            CHECK(s.f.temp().count(QStringLiteral("audit_log")) > auditBefore);
        } else {
            CHECK_THROWS_AS(w.run(s), PermissionError);
            CHECK(s.f.temp().count(QStringLiteral("audit_log")) == auditBefore);
        }
    }
}

} // namespace

TEST_CASE("An admin may make every ledger write", "[ledger][permissions]")
{
    checkEveryWrite(Role::Admin, {}, true);
}

TEST_CASE("A clerk assigned to vehicles may make every ledger write", "[ledger][permissions]")
{
    checkEveryWrite(Role::Clerk, {Module::Vehicles}, true);
}

TEST_CASE("A clerk not assigned to vehicles may make no ledger write", "[ledger][permissions]")
{
    checkEveryWrite(Role::Clerk, {Module::Organisation, Module::Offices}, false);
}

TEST_CASE("A manager may make no ledger write", "[ledger][permissions]")
{
    checkEveryWrite(Role::Manager, {Module::Vehicles}, false);
}

TEST_CASE("Staff may make no ledger write", "[ledger][permissions]")
{
    checkEveryWrite(Role::Staff, {Module::Vehicles}, false);
}

TEST_CASE("Every role may read the ledger", "[ledger][permissions]")
{
    for (Role role : allRoles()) {
        Seeded s;
        s.f.temp().loginAs(role);
        CHECK(s.f.vehicles().countVehicles({}) == 1);
        CHECK(s.f.vehicles().vehicleFile(s.vehicle).maintenanceCount == 1);
        CHECK(s.f.vehicles().filePage<MaintenanceRecord>(s.vehicle, {}, 10).size() == 1);
        CHECK(s.f.drivers().listDrivers({}).size() == 1);
    }
}

TEST_CASE("Creating a vehicle appends an audit row with its data", "[ledger][audit]")
{
    LedgerFixture f;
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    const qint64 id = f.addVehicle(QStringLiteral("宁A12345"));
    auto &t = f.temp();
    CHECK(t.scalar(
               QStringLiteral(
                   "SELECT count(*) FROM audit_log WHERE entity = 'vehicle' AND action = 'create' "
                   "AND entity_id = %1")
                   .arg(id))
              .toInt()
          == 1);
    CHECK(t.scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE entity = 'vehicle' ORDER "
                                  "BY id DESC LIMIT 1"))
              .toString()
              .contains(QStringLiteral("宁A·12345")));
    CHECK(t.scalar(QStringLiteral("SELECT username FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString()
          == t.session().user().username);
}

TEST_CASE("Updating and retiring a vehicle audit before and after", "[ledger][audit]")
{
    LedgerFixture f;
    const qint64 id = f.addVehicle(QStringLiteral("宁A·12345"));
    Vehicle v = f.vehicles().vehicle(id).vehicle;
    v.brand = QStringLiteral("比亚迪");
    f.vehicles().updateVehicle(v);
    auto &t = f.temp();
    CHECK(
        t
            .scalar(QStringLiteral(
                "SELECT before_json FROM audit_log WHERE action = 'update' AND entity = 'vehicle'"))
            .toString()
            .contains(QStringLiteral("红旗")));
    CHECK(
        t
            .scalar(QStringLiteral(
                "SELECT after_json FROM audit_log WHERE action = 'update' AND entity = 'vehicle'"))
            .toString()
            .contains(QStringLiteral("比亚迪")));
    f.vehicles().retireVehicle(id);
    CHECK(t.scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'retire'"))
              .toString().contains(QStringLiteral("\"retired\"")));
}

TEST_CASE("File records and drivers are audited under their own entity", "[ledger][audit]")
{
    Seeded s;
    auto &t = s.f.temp();
    for (const char *entity : {"vehicle_maintenance", "vehicle_inspection", "vehicle_insurance",
                               "vehicle_violation", "vehicle_accident", "fuel_transaction",
                               "vehicle_assignment", "driver"}) {
        INFO(entity);
        CHECK(
            t.scalar(QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = '%1'")
                         .arg(QLatin1String(entity)))
                .toInt()
            == 1);
    }
}

TEST_CASE("A refused write leaves no audit row and no data", "[ledger][audit]")
{
    LedgerFixture f;
    f.addVehicle(QStringLiteral("宁A·12345"));
    const int before = f.temp().count(QStringLiteral("audit_log"));
    CHECK_THROWS_AS(f.addVehicle(QStringLiteral("宁A·12345")), ConflictError);
    CHECK(f.temp().count(QStringLiteral("audit_log")) == before);
}

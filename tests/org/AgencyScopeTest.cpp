// The agency scope: a user of one agency sees and changes only that agency's records (and the
// dispatch platform's vehicles and drivers, which serve every agency); the bureau sees the
// region. Reads are filtered in SQL; writes outside the scope are refused and audited.

#include "core/Error.h"
#include "org/AuditQueryService.h"
#include "org/OrgService.h"
#include "org/UserService.h"
#include "storage/csv/CsvReader.h"
#include "support/TempDatabase.h"
#include "vehicles/AlertService.h"
#include "vehicles/DispatchService.h"
#include "vehicles/DriverService.h"
#include "vehicles/FuelImporter.h"
#include "vehicles/VehicleService.h"
#include "vehicles/VehicleStatisticsService.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

using namespace ga;
using namespace ga::vehicles;
using ga::test::TempDatabase;

namespace {

// Bureau (with its vehicle service centre) and two agencies, A (with a division) and B, each
// with a staff member, a building, an own vehicle, a driver and a request; plus a platform
// vehicle and a platform driver. Built as the system user.
class ScopeFixture
{
public:
    ScopeFixture()
    {
        bureau = insert("INSERT INTO departments (code, name, kind, created_at) "
                        "VALUES ('B', '机关事务管理局', 'bureau', 0)");
        centre = insert(QStringLiteral("INSERT INTO departments (parent_id, code, name, kind, "
                                       "created_at) VALUES (%1, 'BC', '公务用车服务中心', "
                                       "'division', 0)")
                            .arg(bureau));
        agencyA = insert("INSERT INTO departments (code, name, kind, created_at) "
                         "VALUES ('A', '财政局', 'agency', 0)");
        divisionA = insert(QStringLiteral("INSERT INTO departments (parent_id, code, name, kind, "
                                          "created_at) VALUES (%1, 'A1', '预算科', 'division', 0)")
                               .arg(agencyA));
        agencyB = insert("INSERT INTO departments (code, name, kind, created_at) "
                         "VALUES ('Bx', '教育局', 'agency', 0)");
        staffA = insert(staffSql("S-A", "张三", divisionA));
        staffB = insert(staffSql("S-B", "李四", agencyB));
        buildingA = insert(buildingSql("BA", "财政大楼", agencyA));
        buildingB = insert(buildingSql("BB", "教育大楼", agencyB));
        vehicleA = insert(vehicleSql("宁A·A0001", "law_enforcement", divisionA));
        vehicleB = insert(vehicleSql("宁A·B0001", "law_enforcement", agencyB));
        platformVehicle = insert(vehicleSql("宁A·P0001", "general", centre));
        insert(QStringLiteral("INSERT INTO vehicle_inspections (vehicle_id, date, expiry, result, "
                              "created_at) VALUES (%1, '2026-06-01', '2027-06-01', 'passed', 0)")
                   .arg(platformVehicle));
        insert(QStringLiteral("INSERT INTO vehicle_insurance (vehicle_id, insurer, start_date, "
                              "expiry, created_at) VALUES (%1, '人保', '2026-06-01', "
                              "'2027-06-01', 0)")
                   .arg(platformVehicle));
        driverA = insert(driverSql("甲司机", agencyA));
        driverB = insert(driverSql("乙司机", agencyB));
        platformDriver = insert(driverSql("平台司机", centre));
        tripA = request(divisionA, "A单位调研");
        tripB = request(agencyB, "B单位调研");
    }

    TempDatabase temp;
    qint64 bureau = 0, centre = 0, agencyA = 0, divisionA = 0, agencyB = 0;
    qint64 staffA = 0, staffB = 0, buildingA = 0, buildingB = 0;
    qint64 vehicleA = 0, vehicleB = 0, platformVehicle = 0;
    qint64 driverA = 0, driverB = 0, platformDriver = 0;
    qint64 tripA = 0, tripB = 0;

    Services &s() { return temp.services(); }

    // A clerk of agency A (org and vehicles), a manager of agency A, a bureau clerk.
    void asAgencyAClerk()
    {
        temp.loginAs(Role::Clerk, {Module::Organisation, Module::Vehicles}, divisionA, agencyA);
    }
    void asAgencyAManager() { temp.loginAs(Role::Manager, {}, 0, agencyA); }
    void asBureauClerk() { temp.loginAs(Role::Clerk, {Module::Organisation, Module::Vehicles}); }

    // Reads as the system user (the record to change is loaded outside the user's scope).
    template<typename F> auto asSystem(F &&read)
    {
        const UserContext saved = temp.session().user();
        temp.session().setUser(UserContext::system());
        auto result = read();
        temp.session().setUser(saved);
        return result;
    }

    int refusals() { return temp.count(QStringLiteral("audit_log WHERE action = 'refused'")); }

    qint64 request(qint64 department, const char *purpose)
    {
        const UserContext saved = temp.session().user();
        temp.session().setUser(UserContext::system());
        TripRequest r;
        r.departmentId = department;
        r.liaison = QStringLiteral("联络员");
        r.liaisonPhone = QStringLiteral("0951-1234567");
        r.purpose = QString::fromUtf8(purpose);
        r.destination = QStringLiteral("兴庆区");
        r.passengers = 2;
        r.planned = {at(10), at(12)};
        const qint64 id = s().dispatch().createRequest(r);
        s().dispatch().approve(id);
        temp.session().setUser(saved);
        return id;
    }

    static qint64 at(int hour)
    {
        return QDateTime(QDate(2026, 11, 28), QTime(hour, 0)).toSecsSinceEpoch();
    }

private:
    qint64 insert(const QString &sql)
    {
        QSqlQuery q(temp.db().connection());
        if (!q.exec(sql))
            FAIL("fixture insert failed: " << sql.toStdString());
        return q.lastInsertId().toLongLong();
    }
    qint64 insert(const char *sql) { return insert(QString::fromUtf8(sql)); }

    static QString staffSql(const char *no, const char *name, qint64 dept)
    {
        return QStringLiteral("INSERT INTO staff (staff_no, name, department_id, rank_id, "
                              "created_at) VALUES ('%1', '%2', %3, 1, 0)")
            .arg(QString::fromUtf8(no), QString::fromUtf8(name))
            .arg(dept);
    }
    static QString buildingSql(const char *code, const char *name, qint64 dept)
    {
        return QStringLiteral("INSERT INTO buildings (code, name, department_id, created_at) "
                              "VALUES ('%1', '%2', %3, 0)")
            .arg(QString::fromUtf8(code), QString::fromUtf8(name))
            .arg(dept);
    }
    static QString vehicleSql(const char *plate, const char *category, qint64 dept)
    {
        return QStringLiteral(
                   "INSERT INTO vehicles (plate, brand, category, energy_type, seats, ownership, "
                   "department_id, purchase_date, created_at) VALUES ('%1', '红旗', '%2', "
                   "'petrol', 5, 'retained', %3, '2010-01-01', 0)")
            .arg(QString::fromUtf8(plate), QString::fromUtf8(category))
            .arg(dept);
    }
    static QString driverSql(const char *name, qint64 dept)
    {
        return QStringLiteral("INSERT INTO drivers (name, employment, licence_class, "
                              "licence_expiry, department_id, created_at) VALUES ('%1', "
                              "'established', 'C1', '2026-12-10', %2, 0)")
            .arg(QString::fromUtf8(name))
            .arg(dept);
    }
};

template<typename Row, typename F> QList<qint64> idsOf(const QList<Row> &rows, F id)
{
    QList<qint64> out;
    for (const Row &r : rows)
        out << id(r);
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Runs a write as the current user and tells whether it was refused with a PermissionError
// (another error, e.g. a validation, is not a refusal).
bool refused(const std::function<void()> &write)
{
    try {
        write();
    } catch (const PermissionError &) {
        return true;
    } catch (const Error &) {
        return false;
    }
    return false;
}

} // namespace

// --- reads: another agency's rows never come back ------------------------------------------

TEST_CASE("Scope: the staff list of an agency holds its own staff only", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    const auto rows = f.s().org().listStaff({}, 0, 100);
    CHECK(idsOf(rows, [](const StaffRow &r) { return r.staff.id; }) == QList<qint64> {f.staffA});
    CHECK(f.s().org().countStaff({}) == 1);
}

TEST_CASE("Scope: the bureau's staff list holds the whole region", "[scope]")
{
    ScopeFixture f;
    f.asBureauClerk();
    CHECK(f.s().org().countStaff({}) == 2);
}

TEST_CASE("Scope: a filter set by the caller cannot widen the scope", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    StaffFilter filter;
    filter.scopeRoot = 0; // a widget asking for the region
    filter.departmentId = f.agencyB; // and for another agency
    CHECK(f.s().org().listStaff(filter, 0, 100).isEmpty());
}

TEST_CASE("Scope: the buildings list of an agency holds its own buildings only", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    const auto rows = f.s().org().listBuildings({}, 0, 100);
    CHECK(idsOf(rows, [](const BuildingRow &r) { return r.building.id; })
          == QList<qint64> {f.buildingA});
    CHECK(f.s().org().countBuildings({}) == 1);
}

TEST_CASE("Scope: the staff pages the list view reads hold the agency's own staff only",
          "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    StaffFilter filter;
    filter.scopeRoot = 0; // what a widget would leave
    const auto rows = f.s().org().staffPageAfter(filter, KeysetCursor {}, 100);
    CHECK(idsOf(rows, [](const StaffRow &r) { return r.staff.id; }) == QList<qint64> {f.staffA});
}

TEST_CASE("Scope: the building pages the list view reads hold the agency's own buildings only",
          "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    const auto rows = f.s().org().buildingsPageAfter({}, KeysetCursor {}, 100);
    CHECK(idsOf(rows, [](const BuildingRow &r) { return r.building.id; })
          == QList<qint64> {f.buildingA});
}

TEST_CASE("Scope: the department tree of an agency is its own subtree", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    const auto tree = f.s().org().departmentTree();
    CHECK(idsOf(tree, [](const DepartmentEntry &e) { return e.department.id; })
          == sorted({f.agencyA, f.divisionA}));
    REQUIRE(!tree.isEmpty());
    CHECK(tree.first().depth == 0); // the agency is the root its users see
}

TEST_CASE("Scope: a single record of another agency is not read", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    CHECK_NOTHROW(f.s().org().staff(f.staffA));
    CHECK_THROWS_AS(f.s().org().staff(f.staffB), PermissionError);
    CHECK_THROWS_AS(f.s().org().building(f.buildingB), PermissionError);
    CHECK_THROWS_AS(f.s().vehicles().vehicle(f.vehicleB), PermissionError);
    CHECK_THROWS_AS(f.s().dispatch().trip(f.tripB), PermissionError);
    CHECK_NOTHROW(f.s().vehicles().vehicle(f.platformVehicle));
}

TEST_CASE("Scope: the vehicle ledger of an agency holds its own and the platform's vehicles",
          "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    const auto rows
        = f.s().vehicles().listVehicles({}, VehicleSort::Plate, Qt::AscendingOrder, 0, 100);
    CHECK(idsOf(rows, [](const VehicleRow &r) { return r.vehicle.id; })
          == sorted({f.vehicleA, f.platformVehicle}));
    CHECK(f.s().vehicles().countVehicles({}) == 2);
}

TEST_CASE("Scope: the ledger pages the list view reads hold the agency's own and the "
          "platform's vehicles",
          "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    const auto rows = f.s().vehicles().vehiclesPageAfter({}, VehicleSort::Plate, Qt::AscendingOrder,
                                                         KeysetCursor {}, 100);
    CHECK(idsOf(rows, [](const VehicleRow &r) { return r.vehicle.id; })
          == sorted({f.vehicleA, f.platformVehicle}));
}

TEST_CASE("Scope: the drivers of an agency are its own and the platform's", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    const auto rows = f.s().drivers().listDrivers();
    CHECK(idsOf(rows, [](const DriverRow &r) { return r.driver.id; })
          == sorted({f.driverA, f.platformDriver}));
    CHECK(idsOf(f.s().drivers().driverChoices(), [](const NamedId &n) { return n.id; })
          == sorted({f.driverA, f.platformDriver}));
}

TEST_CASE("Scope: the trips list of an agency holds its own requests only", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    const auto rows = f.s().dispatch().tripsPage({}, 0, 100);
    CHECK(idsOf(rows, [](const TripRow &r) { return r.id; }) == QList<qint64> {f.tripA});
    CHECK(f.s().dispatch().tripsCount({}) == 1);
    const auto after = f.s().dispatch().tripsPageAfter({}, TripCursor {}, 100);
    CHECK(idsOf(after, [](const TripRow &r) { return r.id; }) == QList<qint64> {f.tripA});
}

TEST_CASE("Scope: the dispatch liaisons and request history of an agency are its own", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    const QList<Liaison> all = f.s().dispatch().allLiaisons();
    REQUIRE(all.size() == 1);
    CHECK(all.first().departmentId == f.divisionA);
    CHECK(f.s().dispatch().liaisons(f.agencyB).isEmpty());
    CHECK(f.s().dispatch().requestHistory(f.agencyB).purposes.isEmpty());
    CHECK(f.s().dispatch().requestHistory(f.divisionA).purposes
          == QStringList {QStringLiteral("A单位调研")});
}

TEST_CASE("Scope: the dispatch board of an agency shows its vehicles, its requests, and another "
          "agency's trip on a platform vehicle only as busy time",
          "[scope]")
{
    ScopeFixture f;
    // B's request goes out on the platform vehicle.
    f.temp.session().setUser(UserContext::system());
    f.s().dispatch().assign(f.tripB, f.platformVehicle, f.platformDriver);
    f.asAgencyAClerk();
    const DispatchBoardData board = f.s().dispatch().board(QDate(2026, 11, 28));
    CHECK(idsOf(board.vehicles, [](const BoardVehicle &v) { return v.id; })
          == sorted({f.vehicleA, f.platformVehicle}));
    CHECK(idsOf(board.pending, [](const Trip &t) { return t.id; }) == QList<qint64> {f.tripA});
    REQUIRE(board.trips.size() == 1);
    const BoardTrip &busy = board.trips.first();
    CHECK(busy.otherAgency);
    CHECK(busy.destination.isEmpty());
    CHECK(busy.departmentName.isEmpty());
    CHECK(busy.requestNo.isEmpty());
}

TEST_CASE("Scope: the assignment candidates of an agency are its own and the platform's", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    const TimeSpan window {ScopeFixture::at(14), ScopeFixture::at(15)};
    const auto vehicles = f.s().dispatch().freeVehicles(window, 2);
    CHECK(idsOf(vehicles, [](const VehicleCandidate &v) { return v.id; })
          == sorted({f.vehicleA, f.platformVehicle}));
    const auto drivers = f.s().dispatch().freeDrivers(window);
    CHECK(idsOf(drivers, [](const DriverCandidate &d) { return d.id; })
          == sorted({f.driverA, f.platformDriver}));
}

TEST_CASE("Scope: the alerts of an agency are its own vehicles' and drivers'", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    for (const VehicleAlert &a : f.s().vehicleAlerts().alerts()) {
        CHECK(a.vehicleId != f.vehicleB);
        CHECK(a.vehicleId != f.platformVehicle);
        CHECK(a.driverId != f.driverB);
    }
    // A's own renewal (bought 2010) and licence (expiring) alerts are there.
    const auto alerts = f.s().vehicleAlerts().alerts();
    CHECK(std::any_of(alerts.cbegin(), alerts.cend(),
                      [&](const VehicleAlert &a) { return a.vehicleId == f.vehicleA; }));
    CHECK(std::any_of(alerts.cbegin(), alerts.cend(),
                      [&](const VehicleAlert &a) { return a.driverId == f.driverA; }));
}

TEST_CASE("Scope: the statistics of an agency count its own vehicles and drivers", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAManager();
    const DateRange year {QDate(2026, 1, 1), QDate(2026, 12, 31)};
    const auto perVehicle = f.s().vehicleStatistics().perVehicle(year);
    CHECK(idsOf(perVehicle, [](const VehicleUsage &u) { return u.vehicleId; })
          == QList<qint64> {f.vehicleA});
    const auto perDriver = f.s().vehicleStatistics().perDriver(year);
    CHECK(idsOf(perDriver, [](const DriverUsage &u) { return u.driverId; })
          == QList<qint64> {f.driverA});
    for (const DepartmentUsage &d : f.s().vehicleStatistics().perDepartment(year))
        CHECK((d.departmentId == f.divisionA || d.departmentId == f.agencyA));
}

TEST_CASE("Scope: the audit log of an agency shows what its own users did", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAManager();
    const qint64 me = f.temp.session().user().id;
    // The fixture's writes were the system's, not this agency's users'.
    for (const AuditEntry &e : f.s().auditQuery().list({}, 0, 1000))
        CHECK(e.userId == me);
    CHECK(f.s().auditQuery().count({}) == 0);
}

TEST_CASE("Scope: an agency's administrator lists the users of that agency only", "[scope]")
{
    ScopeFixture f;
    f.temp.loginAs(Role::Admin, {}, 0, f.agencyB); // a user of B
    f.temp.loginAs(Role::Admin, {}, 0, f.agencyA);
    const qint64 me = f.temp.session().user().id;
    const auto users = f.s().users().listUsers();
    CHECK(idsOf(users, [](const User &u) { return u.id; }) == QList<qint64> {me});
    CHECK(idsOf(f.s().users().scopeChoices(), [](const DepartmentChoice &d) { return d.id; })
          == QList<qint64> {f.agencyA});
}

// --- writes: the scope × write matrix --------------------------------------------------------

namespace {

struct Write
{
    const char *name;
    // Performs the write on a record of agency A (own = true) or of agency B.
    std::function<void(ScopeFixture &, bool own)> run;
};

QList<Write> writes()
{
    return {
        {"update a department",
         [](ScopeFixture &f, bool own) {
             Department d = f.asSystem(
                 [&] { return f.s().org().department(own ? f.divisionA : f.agencyB); });
             d.phone = QStringLiteral("0951-7654321");
             f.s().org().updateDepartment(d);
         }},
        {"create a department",
         [](ScopeFixture &f, bool own) {
             Department d;
             d.code = QStringLiteral("NEW");
             d.name = QStringLiteral("新科室");
             d.kind = DepartmentKind::Division;
             d.parentId = own ? f.agencyA : f.agencyB;
             f.s().org().createDepartment(d);
         }},
        {"create a staff member",
         [](ScopeFixture &f, bool own) {
             Staff s;
             s.staffNo = QStringLiteral("S-NEW");
             s.name = QStringLiteral("王五");
             s.departmentId = own ? f.divisionA : f.agencyB;
             s.rankId = 1;
             f.s().org().createStaff(s);
         }},
        {"retire a staff member",
         [](ScopeFixture &f, bool own) { f.s().org().retireStaff(own ? f.staffA : f.staffB); }},
        {"move a staff member into the agency",
         [](ScopeFixture &f, bool own) {
             // Own: from A's division to A itself; other: B's staff member into A.
             Staff s = f.asSystem([&] { return f.s().org().staff(own ? f.staffA : f.staffB); });
             s.departmentId = f.agencyA;
             f.s().org().updateStaff(s);
         }},
        {"retire a building",
         [](ScopeFixture &f, bool own) {
             f.s().org().retireBuilding(own ? f.buildingA : f.buildingB);
         }},
        {"put a vehicle in maintenance",
         [](ScopeFixture &f, bool own) {
             f.s().vehicles().setInMaintenance(own ? f.vehicleA : f.vehicleB, true);
         }},
        {"record a service in a vehicle's file",
         [](ScopeFixture &f, bool own) {
             MaintenanceRecord r;
             r.vehicleId = own ? f.vehicleA : f.vehicleB;
             r.kind = MaintenanceKind::Service;
             r.date = QDate(2026, 11, 20);
             r.garage = QStringLiteral("修理厂");
             r.cost = Money::fromYuan(300);
             f.s().vehicles().saveMaintenance(r);
         }},
        {"retire a driver",
         [](ScopeFixture &f, bool own) {
             f.s().drivers().retireDriver(own ? f.driverA : f.driverB);
         }},
        {"file a vehicle request",
         [](ScopeFixture &f, bool own) {
             TripRequest r;
             r.departmentId = own ? f.divisionA : f.agencyB;
             r.liaison = QStringLiteral("联络员");
             r.liaisonPhone = QStringLiteral("0951-1234567");
             r.purpose = QStringLiteral("会议");
             r.destination = QStringLiteral("金凤区");
             r.passengers = 1;
             r.planned = {ScopeFixture::at(14), ScopeFixture::at(15)};
             f.s().dispatch().createRequest(r);
         }},
        {"assign a request to the platform's vehicle and driver",
         [](ScopeFixture &f, bool own) {
             f.s().dispatch().assign(own ? f.tripA : f.tripB, f.platformVehicle, f.platformDriver);
         }},
        {"cancel a request",
         [](ScopeFixture &f, bool own) {
             f.s().dispatch().cancel(own ? f.tripA : f.tripB, QStringLiteral("会议取消"));
         }},
        {"register a dispatch liaison",
         [](ScopeFixture &f, bool own) {
             Liaison l;
             l.departmentId = own ? f.divisionA : f.agencyB;
             l.name = QStringLiteral("新联络员");
             l.phone = QStringLiteral("0951-7777777");
             f.s().dispatch().saveLiaison(l);
         }},
        {"retire a dispatch liaison",
         [](ScopeFixture &f, bool own) {
             // The liaisons registered with the fixture's requests.
             Liaison l = f.asSystem([&] {
                 return f.s().dispatch().allLiaisons(own ? f.divisionA : f.agencyB).first();
             });
             l.active = false;
             f.s().dispatch().saveLiaison(l);
         }},
    };
}

} // namespace

TEST_CASE("Scope matrix: an agency's clerk may write their own agency's records", "[scope]")
{
    for (const Write &w : writes()) {
        ScopeFixture f;
        f.asAgencyAClerk();
        INFO(w.name);
        CHECK_NOTHROW(w.run(f, true));
        CHECK(f.refusals() == 0);
    }
}

TEST_CASE("Scope matrix: an agency's clerk is refused another agency's records, and the refusal "
          "is audited",
          "[scope]")
{
    for (const Write &w : writes()) {
        ScopeFixture f;
        f.asAgencyAClerk();
        INFO(w.name);
        const int before = f.temp.count(QStringLiteral("audit_log"));
        CHECK(refused([&] { w.run(f, false); }));
        CHECK(f.refusals() == 1);
        // Only the refusal row was added: nothing of the write itself.
        CHECK(f.temp.count(QStringLiteral("audit_log")) == before + 1);
    }
}

TEST_CASE("Scope matrix: the bureau's clerk may write every agency's records", "[scope]")
{
    for (const Write &w : writes()) {
        ScopeFixture f;
        f.asBureauClerk();
        INFO(w.name);
        CHECK_NOTHROW(w.run(f, false));
        CHECK(f.refusals() == 0);
    }
}

TEST_CASE("Scope: the refusal message names the record's agency and the user's", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    try {
        f.s().org().retireBuilding(f.buildingB);
        FAIL("another agency's building was retired");
    } catch (const PermissionError &e) {
        CHECK(e.message().contains(QStringLiteral("教育局")));
        CHECK(e.message().contains(QStringLiteral("财政局")));
    }
    CHECK(f.temp
              .scalar(QStringLiteral("SELECT entity || ':' || entity_id FROM audit_log WHERE "
                                     "action = 'refused'"))
              .toString()
          == QStringLiteral("building:%1").arg(f.buildingB));
}

TEST_CASE("Scope: an agency may not dispatch another agency's own vehicle", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    CHECK_THROWS_AS(f.s().dispatch().assign(f.tripA, f.vehicleB, f.platformDriver),
                    PermissionError);
    CHECK_THROWS_AS(f.s().dispatch().assign(f.tripA, f.platformVehicle, f.driverB),
                    PermissionError);
    CHECK(f.refusals() == 2);
    CHECK(f.s().dispatch().trip(f.tripA).vehicleId == 0);
}

TEST_CASE("Scope: the platform's vehicle is the bureau's to edit, not an agency's", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    CHECK_THROWS_AS(f.s().vehicles().setInMaintenance(f.platformVehicle, true), PermissionError);
    f.asBureauClerk();
    CHECK_NOTHROW(f.s().vehicles().setInMaintenance(f.platformVehicle, true));
}

TEST_CASE("Scope: an edit cannot reach another agency's file record by naming an own vehicle",
          "[scope]")
{
    ScopeFixture f;
    f.asBureauClerk();
    MaintenanceRecord m;
    m.vehicleId = f.vehicleB;
    m.date = QDate(2026, 10, 1);
    m.garage = QStringLiteral("原修理厂");
    m.id = f.s().vehicles().saveMaintenance(m);

    f.asAgencyAClerk();
    m.vehicleId = f.vehicleA; // the clerk's own vehicle, the record still B's
    m.garage = QStringLiteral("改写");
    CHECK_THROWS_AS(f.s().vehicles().saveMaintenance(m), PermissionError);
    CHECK(f.refusals() == 1);
    f.asBureauClerk();
    const auto stored = f.s().vehicles().filePage<MaintenanceRecord>(f.vehicleB, {}, 10);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().garage == QStringLiteral("原修理厂"));
}

TEST_CASE("Scope: another agency's vehicle file records are not read", "[scope]")
{
    ScopeFixture f;
    f.asAgencyAClerk();
    CHECK_THROWS_AS(f.s().vehicles().filePage<MaintenanceRecord>(f.vehicleB, {}, 10),
                    PermissionError);
    CHECK_THROWS_AS(f.s().vehicles().filePage<FuelTransaction>(f.vehicleB, {}, 10),
                    PermissionError);
    CHECK_NOTHROW(f.s().vehicles().filePage<MaintenanceRecord>(f.vehicleA, {}, 10));
}

TEST_CASE("Scope: a user's scope is the region or one active agency", "[scope]")
{
    ScopeFixture f;
    f.temp.session().setUser(UserContext::system());
    User u;
    u.username = QStringLiteral("clerk_a");
    u.displayName = QStringLiteral("财政局录入员");
    u.role = Role::Clerk;
    u.scopeDepartmentId = f.divisionA; // a division is not an agency
    CHECK_THROWS_AS(f.s().users().createUser(u, QStringLiteral("secret123")), ValidationError);
    u.scopeDepartmentId = f.agencyA;
    u.departmentId = f.agencyB; // their own department outside their scope
    CHECK_THROWS_AS(f.s().users().createUser(u, QStringLiteral("secret123")), ValidationError);
    u.departmentId = f.divisionA;
    const qint64 id = f.s().users().createUser(u, QStringLiteral("secret123"));
    CHECK(f.s().users().user(id).scopeDepartmentId == f.agencyA);
}

TEST_CASE("Scope: an agency's administrator cannot create a region user or another agency's",
          "[scope]")
{
    ScopeFixture f;
    f.temp.loginAs(Role::Admin, {}, 0, f.agencyA);
    User u;
    u.username = QStringLiteral("wide");
    u.displayName = QStringLiteral("越权用户");
    u.role = Role::Manager;
    u.scopeDepartmentId = 0;
    CHECK_THROWS_AS(f.s().users().createUser(u, QStringLiteral("secret123")), PermissionError);
    u.scopeDepartmentId = f.agencyB;
    CHECK_THROWS_AS(f.s().users().createUser(u, QStringLiteral("secret123")), PermissionError);
    u.scopeDepartmentId = f.agencyA;
    CHECK_NOTHROW(f.s().users().createUser(u, QStringLiteral("secret123")));
    CHECK(f.refusals() == 2);
}

TEST_CASE("Scope: the scope is read from the users table at login", "[scope]")
{
    ScopeFixture f;
    f.temp.session().setUser(UserContext::system());
    User u;
    u.username = QStringLiteral("clerk_a");
    u.displayName = QStringLiteral("财政局录入员");
    u.role = Role::Clerk;
    u.modules = {Module::Vehicles};
    u.scopeDepartmentId = f.agencyA;
    f.s().users().createUser(u, QStringLiteral("secret123"));
    const UserContext ctx
        = f.s().users().login(QStringLiteral("clerk_a"), QStringLiteral("secret123"));
    CHECK(ctx.scopeDepartmentId == f.agencyA);
    CHECK(f.s().vehicles().countVehicles({}) == 2);
}

TEST_CASE("Scope: a fuel statement's rows for another agency's vehicle are refused with the "
          "reason",
          "[scope][import]")
{
    ScopeFixture f;
    f.temp.scalar(QStringLiteral("UPDATE vehicles SET fuel_card_no = '900' || id"));
    f.asAgencyAClerk();
    const QString csv
        = QStringLiteral("车牌号,卡号,交易时间,油品,数量,单价,金额\n"
                         "宁A·A0001,900%1,2026-11-20 08:30,92#汽油,40.00,7.50,300.00\n"
                         "宁A·B0001,900%2,2026-11-20 09:30,92#汽油,40.00,7.50,300.00\n")
              .arg(f.vehicleA)
              .arg(f.vehicleB);
    const CsvDocument doc = CsvDocument::fromBytes(csv.toUtf8(), {}, {}, QStringLiteral("f.csv"));
    auto &importer = f.s().fuelImporter();
    ImportOptions options;
    options.mapping = ColumnMapping::guess(importer.fields(), doc.headers());
    const ImportResult result = importer.importDocument(doc, options);
    for (const ImportIssue &i : result.rejected)
        UNSCOPED_INFO(i.reason.toStdString());
    CHECK(result.accepted == 1);
    REQUIRE(result.rejected.size() == 1);
    CHECK(result.rejected.first().reason.contains(QStringLiteral("宁A·B0001")));
    CHECK(f.temp.count(QStringLiteral("fuel_transactions WHERE vehicle_id = %1").arg(f.vehicleB))
          == 0);
}

TEST_CASE("Scope: the fuel ledger of an agency holds its own vehicles' fuel only", "[scope]")
{
    ScopeFixture f;
    for (qint64 v : {f.vehicleA, f.vehicleB, f.platformVehicle})
        f.temp.scalar(QStringLiteral("INSERT INTO fuel_transactions (vehicle_id, card_no, at, "
                                     "fuel_kind, quantity_milli, amount, created_at) VALUES "
                                     "(%1, 'c%1', 1000, 'petrol', 40000, 30000, 0)")
                          .arg(v));
    f.asAgencyAClerk();
    const auto rows = f.s().vehicles().fuelPageAfter({}, KeysetCursor {}, 100);
    CHECK(idsOf(rows, [](const FuelTransaction &t) { return t.vehicleId; })
          == QList<qint64> {f.vehicleA});
    CHECK(f.s().vehicles().fuelCount({}) == 1);
}

TEST_CASE("Scope: a platform vehicle's trips, seen from an agency, are that agency's only",
          "[scope]")
{
    ScopeFixture f;
    f.temp.session().setUser(UserContext::system());
    f.s().dispatch().assign(f.tripB, f.platformVehicle, f.platformDriver);
    f.asAgencyAClerk();
    CHECK(f.s().vehicles().vehicleTripsAfter(f.platformVehicle, KeysetCursor {}, 100).isEmpty());
    f.asBureauClerk();
    CHECK(f.s().vehicles().vehicleTripsAfter(f.platformVehicle, KeysetCursor {}, 100).size() == 1);
}

TEST_CASE("Scope: the audit log's user names of an agency are its own users'", "[scope]")
{
    ScopeFixture f;
    f.temp.loginAs(Role::Manager, {}, 0, f.agencyB);
    const QString other = f.temp.session().user().username;
    f.asAgencyAManager();
    const QString me = f.temp.session().user().username;
    const QStringList names = f.s().auditQuery().usernames();
    CHECK(names.contains(me));
    CHECK_FALSE(names.contains(other));
    CHECK_FALSE(names.contains(QStringLiteral("system")));
}

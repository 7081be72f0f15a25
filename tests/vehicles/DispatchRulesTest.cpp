#include "DispatchFixture.h"

#include "core/Error.h"

#include <catch2/catch.hpp>

using namespace ga;
using namespace ga::vehicles;
using ga::test::DispatchFixture;

namespace {

QString refusal(const std::function<void()> &f)
{
    try {
        f();
    } catch (const ga::Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("A vehicle with an overlapping trip is refused, naming that trip", "[dispatch][rules]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 first = f.assigned(10, 12, v, f.addDriver(QStringLiteral("张师傅")));
    const QString firstNo = f.dispatch().trip(first).requestNo;
    const qint64 second = f.approved(11, 13);
    const qint64 d2 = f.addDriver(QStringLiteral("李师傅"));

    CHECK_THROWS_AS(f.dispatch().assign(second, v, d2), ConflictError);
    const QString msg = refusal([&] { f.dispatch().assign(second, v, d2); });
    CHECK(msg.contains(firstNo));
    CHECK(msg.contains(QStringLiteral("办公厅")));
    CHECK(msg.contains(QStringLiteral("11:00")) == false);   // names the other trip's window
    CHECK(msg.contains(QStringLiteral("10:00")));
    CHECK(f.status(second) == QStringLiteral("approved"));
}

TEST_CASE("A driver with an overlapping trip is refused, naming that trip", "[dispatch][rules]")
{
    DispatchFixture f;
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    const qint64 first = f.assigned(10, 12, f.addVehicle(QStringLiteral("宁A·10001")), d);
    const qint64 second = f.approved(11, 13);
    const qint64 v2 = f.addVehicle(QStringLiteral("宁A·10002"));

    const AssignmentCheck c = f.dispatch().check(f.dispatch().trip(second).planned, 3, v2, d);
    REQUIRE(c.has(AssignmentRule::DriverOverlap));
    CHECK(c.problems.first().conflictingTripId == first);
    CHECK_THROWS_AS(f.dispatch().assign(second, v2, d), ConflictError);
    CHECK(refusal([&] { f.dispatch().assign(second, v2, d); })
              .contains(f.dispatch().trip(first).requestNo));
}

TEST_CASE("Touching trips do not overlap", "[dispatch][rules]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    f.assigned(10, 12, v, d);
    const qint64 next = f.approved(12, 14);
    CHECK_NOTHROW(f.dispatch().assign(next, v, d));
    CHECK(f.status(next) == QStringLiteral("assigned"));
}

TEST_CASE("A departed trip still blocks its vehicle", "[dispatch][rules]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    f.departed(10, 12, v, f.addDriver(QStringLiteral("张师傅")));
    const qint64 other = f.approved(11, 12);
    CHECK_THROWS_AS(f.dispatch().assign(other, v, f.addDriver(QStringLiteral("李师傅"))),
                    ConflictError);
}

TEST_CASE("A vehicle in maintenance is refused for a clerk", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.status = QStringLiteral("maintenance");
    const qint64 v = f.addVehicle(s);
    const qint64 trip = f.approved(10, 12);
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    CHECK_THROWS_AS(f.dispatch().assign(trip, v, f.addDriver(QStringLiteral("张师傅"))),
                    ValidationError);
    CHECK(refusal([&] { f.dispatch().assign(trip, v, f.addDriver(QStringLiteral("李"))); })
              .contains(QStringLiteral("maintenance")));
}

TEST_CASE("A retired vehicle is refused even with an override reason", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.status = QStringLiteral("retired");
    const qint64 v = f.addVehicle(s);
    const qint64 trip = f.approved(10, 12);
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    CHECK_THROWS_AS(f.dispatch().assign(trip, v, d, QStringLiteral("leader's order")),
                    ValidationError);
    CHECK(f.status(trip) == QStringLiteral("approved"));
}

TEST_CASE("A lapsed annual inspection is refused", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.inspectionExpiry = QDate(2026, 11, 27);
    const qint64 v = f.addVehicle(s);
    const qint64 trip = f.approved(10, 12);
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    const QString msg = refusal(
        [&] { f.dispatch().assign(trip, v, f.addDriver(QStringLiteral("张师傅"))); });
    CHECK(msg.contains(QStringLiteral("inspection")));
    CHECK(msg.contains(QStringLiteral("2026-11-27")));
}

TEST_CASE("A vehicle without any inspection on record counts as lapsed", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.inspectionExpiry = QDate();
    const qint64 v = f.addVehicle(s);
    const auto c = f.dispatch().check({f.at(10), f.at(12)}, 3, v,
                                      f.addDriver(QStringLiteral("张师傅")));
    CHECK(c.has(AssignmentRule::InspectionLapsed));
    CHECK_FALSE(c.hasHard());
}

TEST_CASE("A lapsed insurance is refused", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.insuranceExpiry = QDate(2026, 11, 1);
    const qint64 v = f.addVehicle(s);
    const qint64 trip = f.approved(10, 12);
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    CHECK_THROWS_AS(f.dispatch().assign(trip, v, f.addDriver(QStringLiteral("张师傅"))),
                    ValidationError);
    const auto c = f.dispatch().check({f.at(10), f.at(12)}, 3, v,
                                      f.addDriver(QStringLiteral("李师傅")));
    CHECK(c.has(AssignmentRule::InsuranceLapsed));
}

TEST_CASE("Insurance expiring on the trip's last day is still valid", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.insuranceExpiry = QDate(2026, 11, 28);
    s.inspectionExpiry = QDate(2026, 11, 28);
    const qint64 v = f.addVehicle(s);
    const auto c = f.dispatch().check({f.at(10), f.at(12)}, 3, v,
                                      f.addDriver(QStringLiteral("张师傅")));
    CHECK(c.ok());
}

TEST_CASE("A driver whose licence lapses before the trip ends is refused", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::DriverSpec d;
    d.licenceExpiry = QDate(2026, 11, 27);
    const qint64 driver = f.addDriver(d);
    const qint64 trip = f.approved(10, 12);
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    CHECK_THROWS_AS(f.dispatch().assign(trip, v, driver, QStringLiteral("override")),
                    ValidationError);
    CHECK(refusal([&] { f.dispatch().assign(trip, v, driver); }).contains(QStringLiteral("licence")));
}

TEST_CASE("A licence class that does not cover the vehicle is refused", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec bus;
    bus.plate = QStringLiteral("宁A·20001");
    bus.seats = 45;
    bus.licenceClass = QStringLiteral("A1");
    const qint64 v = f.addVehicle(bus);
    const qint64 driver = f.addDriver(QStringLiteral("张师傅"));   // C1
    const qint64 trip = f.approved(10, 12);
    const auto c = f.dispatch().check(f.dispatch().trip(trip).planned, 3, v, driver);
    CHECK(c.has(AssignmentRule::LicenceClass));
    CHECK(c.hasHard());
    CHECK_THROWS_AS(f.dispatch().assign(trip, v, driver, QStringLiteral("override")),
                    ValidationError);

    DispatchFixture::DriverSpec a1;
    a1.name = QStringLiteral("赵师傅");
    a1.licenceClass = QStringLiteral("A1");
    CHECK_NOTHROW(f.dispatch().assign(trip, v, f.addDriver(a1)));
}

TEST_CASE("A driver on leave or retired is refused", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::DriverSpec d;
    d.status = QStringLiteral("on_leave");
    const qint64 onLeave = f.addDriver(d);
    d.name = QStringLiteral("退休师傅");
    d.status = QStringLiteral("retired");
    const qint64 retired = f.addDriver(d);
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const TimeSpan w{f.at(10), f.at(12)};
    CHECK(f.dispatch().check(w, 3, v, onLeave).has(AssignmentRule::DriverOnLeave));
    CHECK(f.dispatch().check(w, 3, v, retired).has(AssignmentRule::DriverRetired));
    const qint64 trip = f.approved(10, 12);
    CHECK_THROWS_AS(f.dispatch().assign(trip, v, onLeave, QStringLiteral("x")), ValidationError);
}

TEST_CASE("Fewer seats than passengers is refused for a clerk", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.seats = 2;
    const qint64 v = f.addVehicle(s);
    const qint64 trip = f.approved(10, 12);   // 3 passengers
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    const QString msg = refusal(
        [&] { f.dispatch().assign(trip, v, f.addDriver(QStringLiteral("张师傅"))); });
    CHECK(msg.contains(QStringLiteral("2 seats")));
    CHECK(f.status(trip) == QStringLiteral("approved"));
}

TEST_CASE("A manager overrides a soft rule with a recorded reason", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.seats = 2;
    s.status = QStringLiteral("maintenance");
    const qint64 v = f.addVehicle(s);
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    const qint64 trip = f.approved(10, 12);
    f.temp().loginAs(Role::Manager);
    CHECK_THROWS_AS(f.dispatch().assign(trip, v, d), ValidationError);   // no reason
    f.dispatch().assign(trip, v, d, QStringLiteral("only car left; short trip"));
    CHECK(f.status(trip) == QStringLiteral("assigned"));
    CHECK(f.dispatch().trip(trip).overrideReason == QStringLiteral("only car left; short trip"));
    const QString after = f.temp()
                              .scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE "
                                                     "action = 'assign' AND entity_id = %1")
                                          .arg(trip))
                              .toString();
    CHECK(after.contains(QStringLiteral("only car left")));
    CHECK(after.contains(QStringLiteral("seats")));
    CHECK(after.contains(QStringLiteral("vehicle_maintenance")));
}

TEST_CASE("A clerk cannot override a soft rule even with a reason", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.seats = 2;
    const qint64 v = f.addVehicle(s);
    const qint64 trip = f.approved(10, 12);
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    CHECK_THROWS_AS(f.dispatch().assign(trip, v, f.addDriver(QStringLiteral("张师傅")),
                                        QStringLiteral("please")),
                    ValidationError);
    CHECK(f.status(trip) == QStringLiteral("approved"));
}

TEST_CASE("Overlaps are never overridden, not even by an admin", "[dispatch][rules]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    f.assigned(10, 12, v, f.addDriver(QStringLiteral("张师傅")));
    const qint64 trip = f.approved(10, 11);
    f.temp().loginAs(Role::Admin);
    CHECK_THROWS_AS(f.dispatch().assign(trip, v, f.addDriver(QStringLiteral("李师傅")),
                                        QStringLiteral("admin says so")),
                    ConflictError);
}

TEST_CASE("check() lists every problem without writing", "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.seats = 2;
    s.status = QStringLiteral("maintenance");
    s.insuranceExpiry = QDate(2026, 1, 1);
    const qint64 v = f.addVehicle(s);
    DispatchFixture::DriverSpec d;
    d.licenceExpiry = QDate(2026, 1, 1);
    const qint64 driver = f.addDriver(d);
    const int auditBefore = f.temp().count(QStringLiteral("audit_log"));
    const auto c = f.dispatch().check({f.at(10), f.at(12)}, 3, v, driver);
    CHECK(c.has(AssignmentRule::Seats));
    CHECK(c.has(AssignmentRule::VehicleMaintenance));
    CHECK(c.has(AssignmentRule::InsuranceLapsed));
    CHECK(c.has(AssignmentRule::LicenceLapsed));
    CHECK(c.problems.first().hard);   // hard problems come first
    CHECK(f.temp().count(QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("Free vehicles come first, soft-problem ones after, hard-blocked ones not at all",
          "[dispatch][rules]")
{
    DispatchFixture f;
    DispatchFixture::VehicleSpec s;
    s.plate = QStringLiteral("宁A·00001");
    s.status = QStringLiteral("maintenance");
    const qint64 soft = f.addVehicle(s);
    const qint64 free = f.addVehicle(QStringLiteral("宁A·00002"));
    const qint64 busy = f.addVehicle(QStringLiteral("宁A·00003"));
    s.plate = QStringLiteral("宁A·00004");
    s.status = QStringLiteral("retired");
    f.addVehicle(s);
    f.assigned(10, 12, busy, f.addDriver(QStringLiteral("张师傅")));

    const auto list = f.dispatch().freeVehicles({f.at(11), f.at(13)}, 3);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).id == free);
    CHECK(list.at(0).problems.isEmpty());
    CHECK(list.at(1).id == soft);
    CHECK(list.at(1).problems.size() == 1);
}

TEST_CASE("Free drivers leave out busy, on-leave and unqualified drivers", "[dispatch][rules]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 busy = f.addDriver(QStringLiteral("甲"));
    f.assigned(10, 12, f.addVehicle(QStringLiteral("宁A·10002")), busy);
    DispatchFixture::DriverSpec d;
    d.name = QStringLiteral("乙");
    d.status = QStringLiteral("on_leave");
    f.addDriver(d);
    d.name = QStringLiteral("丙");
    d.status = QStringLiteral("active");
    d.licenceClass = QStringLiteral("C2");
    f.addDriver(d);
    const qint64 ok = f.addDriver(QStringLiteral("丁"));
    const auto list = f.dispatch().freeDrivers({f.at(11), f.at(13)}, v);
    REQUIRE(list.size() == 1);
    CHECK(list.first().id == ok);
}

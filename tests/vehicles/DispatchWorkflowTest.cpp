#include "DispatchFixture.h"

#include "core/Error.h"

#include <catch2/catch.hpp>

using namespace ga;
using namespace ga::vehicles;
using ga::test::DispatchFixture;

TEST_CASE("Requests are numbered PC + date + a daily sequence", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 a = f.requested(10, 12);
    const qint64 b = f.requested(13, 14);
    CHECK(f.dispatch().trip(a).requestNo == QStringLiteral("PC202611280001"));
    CHECK(f.dispatch().trip(b).requestNo == QStringLiteral("PC202611280002"));
    CHECK(f.status(a) == QStringLiteral("requested"));
}

TEST_CASE("A request is validated", "[dispatch][workflow]")
{
    DispatchFixture f;
    auto r = f.request(10, 12);
    r.passengers = 0;
    CHECK_THROWS_AS(f.dispatch().createRequest(r), ValidationError);
    r = f.request(12, 10);
    CHECK_THROWS_AS(f.dispatch().createRequest(r), ValidationError);
    r = f.request(10, 12);
    r.destination.clear();
    CHECK_THROWS_AS(f.dispatch().createRequest(r), ValidationError);
    r = f.request(10, 12);
    r.liaison.clear();
    CHECK_THROWS_AS(f.dispatch().createRequest(r), ValidationError);
    CHECK(f.temp().count(QStringLiteral("trips")) == 0);
}

TEST_CASE("A request may not start in the past unless it is an emergency", "[dispatch][workflow]")
{
    DispatchFixture f;
    auto r = f.request(7, 12);   // the clock says 09:00
    CHECK_THROWS_AS(f.dispatch().createRequest(r), ValidationError);
    r.emergency = true;
    CHECK(f.dispatch().createRequest(r) > 0);
}

TEST_CASE("Staff may request only for their own department", "[dispatch][workflow]")
{
    DispatchFixture f;
    f.temp().loginAs(Role::Staff, {}, f.department());
    auto r = f.request(10, 12);
    CHECK(f.dispatch().createRequest(r) > 0);
    r.departmentId = f.otherDepartment();
    CHECK_THROWS_AS(f.dispatch().createRequest(r), PermissionError);
}

TEST_CASE("An emergency trip is assigned and departs before approval, flagged",
          "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    const qint64 trip = f.requested(10, 12, true);
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    f.dispatch().assign(trip, v, d);
    Trip t = f.dispatch().trip(trip);
    CHECK(t.status == TripStatus::Assigned);
    CHECK(t.dispatchedBeforeApproval);
    CHECK_FALSE(t.isApproved());
    f.dispatch().depart(trip, 10000, f.at(10));
    f.dispatch().recordReturn(trip, 10050, f.at(12), Money(), Money(), Money());
    CHECK_THROWS_AS(f.dispatch().close(trip), ConflictError);   // approve first

    f.temp().loginAs(Role::Manager);
    f.dispatch().approve(trip);
    t = f.dispatch().trip(trip);
    CHECK(t.isApproved());
    CHECK(t.status == TripStatus::Returned);
    CHECK(f.temp()
              .scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'approve' "
                                     "AND entity_id = %1")
                          .arg(trip))
              .toString()
              .contains(QStringLiteral("approved_after_dispatch")));
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    CHECK_NOTHROW(f.dispatch().close(trip));
}

TEST_CASE("A non-emergency request cannot be assigned before approval", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12);
    CHECK_THROWS_AS(f.dispatch().assign(trip, f.addVehicle(QStringLiteral("宁A·10001")),
                                        f.addDriver(QStringLiteral("张师傅"))),
                    ConflictError);
}

TEST_CASE("Out-of-region trips need the higher approval level", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12, false, true);
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    CHECK_THROWS_AS(f.dispatch().approve(trip), PermissionError);
    CHECK(f.status(trip) == QStringLiteral("requested"));
    f.temp().loginAs(Role::Manager);
    f.dispatch().approve(trip);
    CHECK(f.status(trip) == QStringLiteral("approved"));
}

TEST_CASE("A local trip may be approved by the dispatch clerk", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12);
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    f.dispatch().approve(trip, QStringLiteral("ok"));
    CHECK(f.status(trip) == QStringLiteral("approved"));
    CHECK(f.dispatch().trip(trip).approvalNote == QStringLiteral("ok"));
}

TEST_CASE("Illegal transitions are refused with the current status", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    const qint64 requested = f.requested(10, 11);
    CHECK_THROWS_AS(f.dispatch().depart(requested, 10000), ConflictError);
    try {
        f.dispatch().depart(requested, 10000);
    } catch (const ConflictError &e) {
        CHECK(e.message().contains(QStringLiteral("requested")));
    }
    const qint64 departed = f.departed(12, 13, v, d);
    CHECK_THROWS_AS(f.dispatch().cancel(departed, QStringLiteral("no longer needed")),
                    ConflictError);
    CHECK_THROWS_AS(f.dispatch().close(departed), ConflictError);
    CHECK_THROWS_AS(f.dispatch().approve(departed), ConflictError);
    const qint64 assigned = f.assigned(14, 15, v, d);
    CHECK_THROWS_AS(f.dispatch().recordReturn(assigned, 10100, f.at(15), Money(), Money(), Money()),
                    ConflictError);
    CHECK_THROWS_AS(f.dispatch().reject(assigned, QStringLiteral("no")), ConflictError);
}

TEST_CASE("Reject and cancel need a reason", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12);
    CHECK_THROWS_AS(f.dispatch().reject(trip, QStringLiteral("  ")), ValidationError);
    CHECK_THROWS_AS(f.dispatch().cancel(trip, QString()), ValidationError);
    f.dispatch().reject(trip, QStringLiteral("no vehicles that day"));
    CHECK(f.status(trip) == QStringLiteral("rejected"));
    CHECK(f.dispatch().trip(trip).reason == QStringLiteral("no vehicles that day"));
}

TEST_CASE("A cancelled assignment frees the vehicle", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    const qint64 first = f.assigned(10, 12, v, d);
    f.dispatch().cancel(first, QStringLiteral("meeting moved"));
    const qint64 second = f.approved(10, 12);
    CHECK_NOTHROW(f.dispatch().assign(second, v, d));
}

TEST_CASE("Departure needs an odometer reading not below the vehicle's", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));   // 10,000 km
    const qint64 trip = f.assigned(10, 12, v, f.addDriver(QStringLiteral("张师傅")));
    CHECK_THROWS_AS(f.dispatch().depart(trip, 9999), ValidationError);
    f.dispatch().depart(trip, 10000);
    CHECK(f.status(trip) == QStringLiteral("departed"));
    CHECK(f.temp().scalar(QStringLiteral("SELECT status FROM vehicles WHERE id = %1").arg(v))
              == QStringLiteral("dispatched"));
}

TEST_CASE("Odometer in below odometer out is refused", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 trip = f.departed(10, 12, v, f.addDriver(QStringLiteral("张师傅")), 10010);
    CHECK_THROWS_AS(f.dispatch().recordReturn(trip, 10005, f.at(12), Money(), Money(), Money()),
                    ValidationError);
    CHECK(f.status(trip) == QStringLiteral("departed"));
}

TEST_CASE("Odometer in below the vehicle's last reading is refused", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 trip = f.departed(10, 12, v, f.addDriver(QStringLiteral("张师傅")), 10000);
    // A fuel stop recorded a later reading meanwhile.
    f.temp().scalar(QStringLiteral("UPDATE vehicles SET odometer_km = 10200 WHERE id = %1").arg(v));
    CHECK_THROWS_AS(f.dispatch().recordReturn(trip, 10100, f.at(12), Money(), Money(), Money()),
                    ValidationError);
}

TEST_CASE("A return advances the odometer and frees the vehicle", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 trip = f.departed(10, 12, v, f.addDriver(QStringLiteral("张师傅")), 10000);
    f.dispatch().recordReturn(trip, 10123, f.at(12), Money::fromYuan(80), Money::fromYuan(15),
                              Money::fromYuan(10));
    CHECK(f.temp().scalar(QStringLiteral("SELECT odometer_km FROM vehicles WHERE id = %1").arg(v))
              .toInt()
          == 10123);
    CHECK(f.temp().scalar(QStringLiteral("SELECT status FROM vehicles WHERE id = %1").arg(v))
              == QStringLiteral("available"));
    const Trip t = f.dispatch().trip(trip);
    CHECK(t.km() == 123);
    CHECK(t.cost() == Money::fromYuan(105));
    f.dispatch().close(trip);
    CHECK(f.status(trip) == QStringLiteral("closed"));
}

TEST_CASE("Every transition appends one audit row", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    const qint64 trip = f.returned(10, 12, v, d);
    f.dispatch().close(trip);
    for (const char *action : {"request", "approve", "assign", "depart", "return", "close"})
        CHECK(f.auditCount(QString::fromLatin1(action), trip) == 1);
    const qint64 other = f.requested(13, 14);
    f.dispatch().reject(other, QStringLiteral("duplicate"));
    CHECK(f.auditCount(QStringLiteral("reject"), other) == 1);
    const qint64 third = f.requested(15, 16);
    f.dispatch().cancel(third, QStringLiteral("not needed"));
    CHECK(f.auditCount(QStringLiteral("cancel"), third) == 1);
}

TEST_CASE("A refused transition writes nothing", "[dispatch][workflow]")
{
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12);
    const int before = f.temp().count(QStringLiteral("audit_log"));
    CHECK_THROWS(f.dispatch().depart(trip, 1));
    CHECK(f.temp().count(QStringLiteral("audit_log")) == before);
}

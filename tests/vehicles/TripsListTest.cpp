#include "DispatchFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace ga;
using namespace ga::vehicles;
using ga::test::DispatchFixture;

namespace {

// 300 closed trips over 30 days before today, alternating departments and vehicles.
void insertHistory(DispatchFixture &f, qint64 v1, qint64 v2)
{
    QSqlQuery q(f.temp().db().connection());
    q.exec(QStringLiteral("BEGIN"));
    q.prepare(QStringLiteral(
        "INSERT INTO trips (request_no, department_id, purpose, destination, passengers, "
        "planned_start, planned_end, status, vehicle_id, driver_id, odometer_out, odometer_in, "
        "fuel_cost, created_at) VALUES (?, ?, 'meeting', 'city', 2, ?, ?, ?, ?, NULL, 1000, 1042, "
        "5000, 0)"));
    for (int i = 0; i < 300; ++i) {
        const QDate day = QDate(2026, 11, 27).addDays(-(i / 10));
        const qint64 start = DispatchFixture::at(8 + i % 10, 0, day);
        q.addBindValue(QStringLiteral("PC%1%2").arg(day.toString(QStringLiteral("yyyyMMdd")))
                           .arg(i % 10 + 1, 4, 10, QLatin1Char('0')));
        q.addBindValue(i % 2 ? f.department() : f.otherDepartment());
        q.addBindValue(start);
        q.addBindValue(start + 3600);
        q.addBindValue(i % 3 == 0 ? QStringLiteral("cancelled") : QStringLiteral("closed"));
        q.addBindValue(i % 2 ? v1 : v2);
        REQUIRE(q.exec());
    }
    q.exec(QStringLiteral("COMMIT"));
}

} // namespace

TEST_CASE("The trips list pages through all trips, newest first", "[dispatch][trips]")
{
    DispatchFixture f;
    insertHistory(f, f.addVehicle(QStringLiteral("宁A·10001")),
                  f.addVehicle(QStringLiteral("宁A·20002")));
    TripFilter filter;
    CHECK(f.dispatch().tripsCount(filter) == 300);
    const auto first = f.dispatch().tripsPage(filter, 0, 100);
    REQUIRE(first.size() == 100);
    CHECK(first.first().planned.start >= first.last().planned.start);
    const auto last = f.dispatch().tripsPage(filter, 250, 100);
    CHECK(last.size() == 50);
    CHECK(first.first().km == 42);
    CHECK(first.first().cost == Money::fromYuan(50));
}

TEST_CASE("The trips list filters by plate, request number, department, status and dates",
          "[dispatch][trips]")
{
    DispatchFixture f;
    insertHistory(f, f.addVehicle(QStringLiteral("宁A·10001")),
                  f.addVehicle(QStringLiteral("宁A·20002")));
    TripFilter filter;
    filter.text = QStringLiteral("20002");
    CHECK(f.dispatch().tripsCount(filter) == 150);
    for (const auto &row : f.dispatch().tripsPage(filter, 0, 200))
        CHECK(row.plate == QStringLiteral("宁A·20002"));

    filter = {};
    filter.text = QStringLiteral("pc20261127");
    CHECK(f.dispatch().tripsCount(filter) == 10);

    filter = {};
    filter.departmentId = f.department();
    filter.status = TripStatus::Closed;
    const int n = f.dispatch().tripsCount(filter);
    CHECK(n == 100);   // odd rows, two in three closed
    filter.range = DateRange{QDate(2026, 11, 27), QDate(2026, 11, 27)};
    CHECK(f.dispatch().tripsCount(filter) == 3);
    CHECK(f.dispatch().tripsPage(filter, 0, 50).size() == 3);
}

TEST_CASE("The trips list sorts in SQL", "[dispatch][trips]")
{
    DispatchFixture f;
    insertHistory(f, f.addVehicle(QStringLiteral("宁A·10001")),
                  f.addVehicle(QStringLiteral("宁A·20002")));
    TripFilter filter;
    filter.sort = TripSort::RequestNo;
    filter.descending = false;
    const auto rows = f.dispatch().tripsPage(filter, 0, 300);
    REQUIRE(rows.size() == 300);
    for (int i = 1; i < rows.size(); ++i)
        CHECK(rows.at(i - 1).requestNo < rows.at(i).requestNo);
}

TEST_CASE("The board holds the day's trips per vehicle and the pending requests",
          "[dispatch][board]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    f.addVehicle(QStringLiteral("宁A·10002"));
    DispatchFixture::VehicleSpec retired;
    retired.plate = QStringLiteral("宁A·10003");
    retired.status = QStringLiteral("retired");
    f.addVehicle(retired);
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    const qint64 a = f.assigned(10, 12, v, d);
    f.assigned(13, 15, v, d);
    const qint64 pending = f.requested(16, 17);
    const auto board = f.dispatch().board(QDate(2026, 11, 28));
    CHECK(board.vehicles.size() == 2);
    REQUIRE(board.trips.size() == 2);
    CHECK(board.trips.first().id == a);
    CHECK(board.trips.first().driverName == QStringLiteral("张师傅"));
    REQUIRE(board.pending.size() == 1);
    CHECK(board.pending.first().id == pending);
    CHECK(f.dispatch().board(QDate(2026, 11, 29)).trips.isEmpty());
    CHECK(f.dispatch().board(DateRange{QDate(2026, 11, 23), QDate(2026, 11, 29)}).trips.size() == 2);
}

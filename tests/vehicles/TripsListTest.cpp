#include "DispatchFixture.h"

#include "widgets/vehicles/TripsTab.h"

#include <catch2/catch.hpp>

#include <QSet>
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

// 120 trips on only 6 distinct starts (20 trips each), over both departments and vehicles and
// three statuses, inserted in an order unrelated to their start, so pages split runs of ties.
void insertTies(DispatchFixture &f, qint64 v1, qint64 v2)
{
    static const QStringList statuses = {QStringLiteral("closed"), QStringLiteral("cancelled"),
                                         QStringLiteral("rejected")};
    QSqlQuery q(f.temp().db().connection());
    q.exec(QStringLiteral("BEGIN"));
    q.prepare(QStringLiteral(
        "INSERT INTO trips (request_no, department_id, purpose, destination, passengers, "
        "planned_start, planned_end, status, vehicle_id, driver_id, created_at) "
        "VALUES (?, ?, 'meeting', 'city', 2, ?, ?, ?, ?, NULL, 0)"));
    for (int i = 0; i < 120; ++i) {
        const int slot = (i * 7) % 6;   // 0, 1, 2, … revisited every 6 rows
        const QDate day = QDate(2026, 11, 20).addDays(slot / 3);
        const qint64 start = DispatchFixture::at(9 + slot % 3, 0, day);
        // Request numbers in an order of their own (not the order of id or start), after those
        // of insertHistory() on the same days.
        q.addBindValue(QStringLiteral("PC%1%2").arg(day.toString(QStringLiteral("yyyyMMdd")))
                           .arg((i * 37) % 120 + 101, 4, 10, QLatin1Char('0')));
        q.addBindValue(i % 4 < 2 ? f.department() : f.otherDepartment());
        q.addBindValue(start);
        q.addBindValue(start + 3600);
        q.addBindValue(statuses.at((i / 5) % 3));
        q.addBindValue(i % 3 ? v1 : v2);
        REQUIRE(q.exec());
    }
    q.exec(QStringLiteral("COMMIT"));
}

QList<qint64> idsOf(const QList<TripRow> &rows)
{
    QList<qint64> ids;
    for (const TripRow &r : rows)
        ids.append(r.id);
    return ids;
}

// The whole list, page after page by key.
QList<TripRow> allByKey(DispatchFixture &f, const TripFilter &filter, int pageSize)
{
    QList<TripRow> all;
    TripCursor after;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto page = f.dispatch().tripsPageAfter(filter, after, pageSize);
        all += page;
        if (page.size() < pageSize)
            break;
        after = page.last().key;
    }
    return all;
}

// The whole list, page after page by offset.
QList<TripRow> allByOffset(DispatchFixture &f, const TripFilter &filter, int pageSize)
{
    QList<TripRow> all;
    for (int offset = 0;; offset += pageSize) {
        const auto page = f.dispatch().tripsPage(filter, offset, pageSize);
        all += page;
        if (page.size() < pageSize)
            break;
    }
    return all;
}

// The filters the keyset test runs, each sorted every way.
QList<std::pair<QString, TripFilter>> filtersOf(const DispatchFixture &f)
{
    QList<std::pair<QString, TripFilter>> filters;
    filters.append({QStringLiteral("none"), TripFilter {}});
    TripFilter plate;
    plate.text = QStringLiteral("20002");
    filters.append({QStringLiteral("plate"), plate});
    TripFilter requestNo;
    requestNo.text = QStringLiteral("PC202611");
    filters.append({QStringLiteral("request no"), requestNo});
    TripFilter department;
    department.departmentId = f.department();
    filters.append({QStringLiteral("department"), department});
    TripFilter status;
    status.status = TripStatus::Cancelled;
    filters.append({QStringLiteral("status"), status});
    TripFilter range;
    range.range = DateRange {QDate(2026, 11, 20), QDate(2026, 11, 25)};
    filters.append({QStringLiteral("dates"), range});
    TripFilter all;
    all.text = QStringLiteral("10001");
    all.departmentId = f.otherDepartment();
    all.status = TripStatus::Closed;
    all.range = DateRange {QDate(2026, 11, 1), QDate(2026, 11, 27)};
    filters.append({QStringLiteral("plate + department + status + dates"), all});
    return filters;
}

} // namespace

TEST_CASE("Keyset pages of the trips list equal its offset pages, in every order and filter",
          "[dispatch][trips]")
{
    DispatchFixture f;
    const qint64 v1 = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 v2 = f.addVehicle(QStringLiteral("宁A·20002"));
    insertHistory(f, v1, v2);
    insertTies(f, v1, v2);
    for (const auto &[name, base] : filtersOf(f)) {
        for (const TripSort sort : {TripSort::Start, TripSort::RequestNo, TripSort::Status}) {
            for (const bool descending : {true, false}) {
                TripFilter filter = base;
                filter.sort = sort;
                filter.descending = descending;
                INFO("filter " << name.toStdString() << ", sort " << int(sort)
                               << (descending ? " descending" : " ascending"));
                const int total = f.dispatch().tripsCount(filter);
                CHECK(total > 0);
                const auto byOffset = allByOffset(f, filter, 7);
                CHECK(byOffset.size() == total);
                for (const int pageSize : {7, 20, 1000}) {
                    INFO("page size " << pageSize);
                    const auto byKey = allByKey(f, filter, pageSize);
                    CHECK(idsOf(byKey) == idsOf(byOffset));
                }
            }
        }
    }
}

TEST_CASE("Keyset paging neither skips nor repeats trips that share a start",
          "[dispatch][trips]")
{
    DispatchFixture f;
    insertTies(f, f.addVehicle(QStringLiteral("宁A·10001")),
               f.addVehicle(QStringLiteral("宁A·20002")));
    for (const TripSort sort : {TripSort::Start, TripSort::Status}) {
        for (const bool descending : {true, false}) {
            TripFilter filter;
            filter.sort = sort;
            filter.descending = descending;
            INFO("sort " << int(sort) << (descending ? " descending" : " ascending"));
            // Pages of 3 end inside runs of 20 trips with the same start (and status).
            const auto rows = allByKey(f, filter, 3);
            REQUIRE(rows.size() == 120);
            QSet<qint64> seen;
            for (const TripRow &r : rows)
                seen.insert(r.id);
            CHECK(seen.size() == 120);
            // Within a run of ties the id decides, in the list's direction.
            for (int i = 1; i < rows.size(); ++i) {
                const TripRow &a = rows.at(i - 1);
                const TripRow &b = rows.at(i);
                if (a.status == b.status && a.planned.start == b.planned.start)
                    CHECK((descending ? a.id > b.id : a.id < b.id));
            }
        }
    }
}

TEST_CASE("The trips model fetches further pages by key on fetchMore", "[dispatch][trips]")
{
    DispatchFixture f;
    const qint64 v1 = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 v2 = f.addVehicle(QStringLiteral("宁A·20002"));
    insertHistory(f, v1, v2);
    insertTies(f, v1, v2);
    TripsModel model(f.dispatch());
    REQUIRE(model.pageSize() == 200);
    for (const auto &[column, order] :
         {std::pair {int(TripsModel::Start), Qt::DescendingOrder},
          std::pair {int(TripsModel::Status), Qt::AscendingOrder},
          std::pair {int(TripsModel::RequestNo), Qt::DescendingOrder}}) {
        INFO("column " << column << " order " << int(order));
        model.sort(column, order);
        CHECK(model.rowCount() == 200);
        REQUIRE(model.canFetchMore({}));
        model.fetchMore({});
        CHECK(model.rowCount() == 400);
        REQUIRE(model.canFetchMore({}));
        model.fetchMore({});
        CHECK(model.rowCount() == 420);
        CHECK_FALSE(model.canFetchMore({}));
        const auto expected = f.dispatch().tripsPage(model.filter(), 0, 1000);
        REQUIRE(expected.size() == 420);
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.tripId(row));
        CHECK(ids == idsOf(expected));
    }
    // A filter starts over from its first page.
    TripFilter department;
    department.departmentId = f.department();
    model.setFilter(department);
    CHECK(model.rowCount() == 200);
    model.fetchMore({});
    CHECK(model.rowCount() == f.dispatch().tripsCount(model.filter()));
}

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

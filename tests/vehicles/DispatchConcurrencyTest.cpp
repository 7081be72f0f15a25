#include <catch2/catch.hpp>

#include "DispatchFixture.h"
#include "core/Error.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <future>
#include <thread>

using namespace ga;
using namespace ga::test;

// Several desks on one PostgreSQL server: the database itself refuses a double booking, and the
// desk that loses is told which trip won (schema 7's exclusion constraints).

namespace {

QString assignSql(qint64 tripId, qint64 vehicleId, qint64 driverId)
{
    return QStringLiteral("UPDATE trips SET status = 'assigned', vehicle_id = %2, driver_id = %3 "
                          "WHERE id = %1")
        .arg(tripId)
        .arg(vehicleId)
        .arg(driverId);
}

} // namespace

TEST_CASE("The server refuses an overlapping assignment that bypasses the service",
          "[dispatch][concurrency][postgres]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    f.assigned(10, 12, v, f.addDriver(QStringLiteral("张师傅")));
    const qint64 second = f.approved(11, 13);
    const qint64 otherDriver = f.addDriver(QStringLiteral("李师傅"));
    QSqlQuery q(f.temp().db().connection());
    CHECK_FALSE(q.exec(assignSql(second, v, otherDriver)));
    CHECK(q.lastError().nativeErrorCode() == QLatin1String("23P01"));
    CHECK(q.lastError().text().contains(QLatin1String("trips_vehicle_no_overlap")));
}

TEST_CASE("The server refuses a driver on two overlapping trips",
          "[dispatch][concurrency][postgres]")
{
    DispatchFixture f;
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    f.assigned(10, 12, f.addVehicle(QStringLiteral("宁A·10001")), d);
    const qint64 second = f.approved(11, 13);
    QSqlQuery q(f.temp().db().connection());
    CHECK_FALSE(q.exec(assignSql(second, f.addVehicle(QStringLiteral("宁A·10002")), d)));
    CHECK(q.lastError().text().contains(QLatin1String("trips_driver_no_overlap")));
}

TEST_CASE(
    "Of two desks assigning one vehicle at once, the second is refused naming the first's trip",
    "[dispatch][concurrency][postgres]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 mine = f.approved(10, 12);
    const qint64 theirs = f.approved(11, 13);
    const QString theirNo = f.dispatch().trip(theirs).requestNo;
    const qint64 myDriver = f.addDriver(QStringLiteral("张师傅"));
    const qint64 theirDriver = f.addDriver(QStringLiteral("李师傅"));

    // The other desk: its own connection, its assignment written but not yet committed when
    // this desk checks; it commits while this desk's write waits on the constraint.
    std::promise<void> written;
    const QString location = f.temp().path();
    std::thread other([&] {
        Database db(location);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("BEGIN"));
        q.exec(assignSql(theirs, v, theirDriver));
        written.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(600));
        q.exec(QStringLiteral("COMMIT"));
    });
    written.get_future().wait();
    QString refusal;
    try {
        f.dispatch().assign(mine, v, myDriver);
    } catch (const ConflictError &e) {
        refusal = e.message();
    }
    other.join();
    CHECK(refusal.contains(theirNo));
    CHECK_FALSE(refusal.contains(QLatin1String("no_overlap"))); // the service's words, not SQL
    CHECK(f.status(mine) == QLatin1String("approved"));
    CHECK(f.status(theirs) == QLatin1String("assigned"));
    CHECK(f.auditCount(QStringLiteral("assign"), mine) == 0);
}

#include <catch2/catch.hpp>

#include "support/TempDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <memory>
#include <vector>

using namespace ga;
using namespace ga::test;

// Eight desks, each its own process with its own connection, dispatching (and now and then
// importing a fuel statement) against one PostgreSQL server for a bounded time. Afterwards: no
// vehicle or driver is on two overlapping trips, no trip is lost, every assignment a desk was
// told succeeded has its audit row (and no other assignment has one), and every fuel row a desk
// was told was stored is there, each import with its audit row.

namespace {

constexpr int kClients = 8;
constexpr int kMillis = 6000;

qint64 count(TempDatabase &t, const QString &sql)
{
    return t.scalar(sql).toLongLong();
}

void insertData(TempDatabase &t, int vehicles, int drivers, int trips)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO departments (code, name, kind, created_at) "
                                  "VALUES ('D01', '办公厅', 'agency', 0)")));
    for (int i = 0; i < vehicles; ++i) {
        REQUIRE(q.exec(
            QStringLiteral(
                "INSERT INTO vehicles (plate, brand, category, energy_type, seats, ownership, "
                "department_id, fuel_card_no, created_at) VALUES ('宁A·2%1', '红旗', "
                "'general', 'petrol', 7, 'retained', 1, '9%1', 0)")
                .arg(i, 4, 10, QLatin1Char('0'))));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO vehicle_inspections (vehicle_id, date, expiry, "
                                      "created_at) VALUES (%1, '2026-01-01', '2027-12-31', 0)")
                           .arg(i + 1)));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO vehicle_insurance (vehicle_id, insurer, "
                                      "start_date, expiry, created_at) VALUES (%1, '人保', "
                                      "'2026-01-01', '2027-12-31', 0)")
                           .arg(i + 1)));
    }
    for (int i = 0; i < drivers; ++i)
        REQUIRE(q.exec(QStringLiteral("INSERT INTO drivers (name, employment, licence_class, "
                                      "licence_expiry, created_at) VALUES ('司机%1', "
                                      "'established', 'C1', '2030-01-01', 0)")
                           .arg(i)));
    // Trips of one to four hours over three days from 2026-11-28 08:00 (local, fixed clock's
    // day): many overlap, so desks collide on vehicles and drivers all the time.
    const qint64 day0
        = QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::LocalTime).toSecsSinceEpoch();
    for (int i = 0; i < trips; ++i) {
        const qint64 start = day0 + (i * 7919 % (3 * 24 * 4)) * 900;
        const qint64 end = start + (1 + i % 4) * 3600;
        REQUIRE(q.exec(
            QStringLiteral(
                "INSERT INTO trips (request_no, department_id, purpose, destination, passengers, "
                "planned_start, planned_end, status, approved_at, created_at) VALUES "
                "('PC2026112%1', 1, '公务', '市政府', 2, %2, %3, 'approved', 0, 0)")
                .arg(i, 5, 10, QLatin1Char('0'))
                .arg(start)
                .arg(end)));
    }
}

} // namespace

TEST_CASE("Eight desks dispatching and importing at once leave no double booking, no lost row "
          "and an audit row per write",
          "[concurrency][postgres]")
{
    TempDatabase t;
    insertData(t, 12, 12, 300);
    const qint64 tripsBefore = t.count(QStringLiteral("trips"));

    std::vector<std::unique_ptr<QProcess>> clients;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < kClients; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(GA_DISPATCH_CLIENT),
                 {t.path(), QString::number(kMillis), QString::number(1000 + i)});
        REQUIRE(p->waitForStarted(10000));
        clients.push_back(std::move(p));
    }
    qint64 assigned = 0;
    qint64 refused = 0;
    qint64 busy = 0;
    qint64 imports = 0;
    qint64 fuel = 0;
    static const QRegularExpression line(QStringLiteral(
        R"(assigned (\d+) refused (\d+) busy (\d+) imports (\d+) fuel (\d+))"));
    for (auto &p : clients) {
        REQUIRE(p->waitForFinished(kMillis + 60000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        INFO(out.toStdString() << QString::fromUtf8(p->readAllStandardError()).toStdString());
        REQUIRE(p->exitCode() == 0);
        const auto m = line.match(out);
        REQUIRE(m.hasMatch());
        assigned += m.captured(1).toLongLong();
        refused += m.captured(2).toLongLong();
        busy += m.captured(3).toLongLong();
        imports += m.captured(4).toLongLong();
        fuel += m.captured(5).toLongLong();
    }
    const double seconds = wall.elapsed() / 1000.0;
    WARN(QStringLiteral("%1 clients, %2 s: %3 assignments (%4/s), %5 refused, %6 busy; %7 fuel "
                        "imports, %8 rows")
             .arg(kClients)
             .arg(seconds, 0, 'f', 1)
             .arg(assigned)
             .arg(assigned / seconds, 0, 'f', 0)
             .arg(refused)
             .arg(busy)
             .arg(imports)
             .arg(fuel)
             .toStdString());
    CHECK(assigned > 0);
    CHECK(refused > 0); // the desks did collide
    CHECK(busy == 0);
    CHECK(imports > 0);

    // No double booking of a vehicle or a driver.
    for (const char *column : {"vehicle_id", "driver_id"}) {
        INFO(column);
        CHECK(count(t,
                    QStringLiteral("SELECT count(*) FROM trips a JOIN trips b ON a.id < b.id "
                                   "AND a.%1 = b.%1 AND a.planned_start < b.planned_end AND "
                                   "b.planned_start < a.planned_end WHERE a.status IN "
                                   "('assigned', 'departed') AND b.status IN ('assigned', "
                                   "'departed')")
                        .arg(QLatin1String(column)))
              == 0);
    }
    // No trip lost, and every assignment a desk counted has its audit row, no more and no less.
    CHECK(t.count(QStringLiteral("trips")) == tripsBefore);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'assign'"))
          == assigned);
    CHECK(count(t,
                QStringLiteral("SELECT count(*) FROM trips t WHERE status = 'assigned' AND NOT "
                               "EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'assign' "
                               "AND a.entity = 'trip' AND a.entity_id = t.id)"))
          == 0);
    // Every fuel row a desk was told was stored, each import with its audit row.
    CHECK(t.count(QStringLiteral("fuel_transactions")) == fuel);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                                  "entity = 'fuel_transactions'"))
          == imports);
    // The last assignment's audit row of each trip names the vehicle the trip has.
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM trips t WHERE status = 'assigned'"))
          == count(t,
                   QStringLiteral("SELECT count(DISTINCT entity_id) FROM audit_log WHERE "
                                  "action = 'assign'")));
}

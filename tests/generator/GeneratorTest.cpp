#include <catch2/catch.hpp>

#include "app/DemoData.h"
#include "cli/GenerateCommand.h"
#include "core/Error.h"
#include "org/PasswordHasher.h"
#include "org/SettingsService.h"
#include "support/TempDatabase.h"
#include "vehicles/Plate.h"

#include <QSqlQuery>
#include <QTextStream>

using namespace ga;

namespace {

// A Thursday, so "today" has dispatch work (the test clock's own date is a Saturday).
const QDate kReference(2026, 11, 26);

demo::GenerateReport generateSmall(test::TempDatabase &t, quint64 seed = 20261128,
                                   const demo::GenerateProgress &progress = {})
{
    demo::GenerateOptions options;
    options.scale = demo::Scale::Small;
    options.seed = seed;
    options.referenceDate = kReference;
    return demo::generate(t.services(), options, progress);
}

QStringList column(test::TempDatabase &t, const QString &sql)
{
    QStringList out;
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(sql));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// A fingerprint of the generated data: counts and a sample of names, plates and trips.
QStringList fingerprint(test::TempDatabase &t)
{
    QStringList f;
    for (const char *table : {"departments", "staff", "buildings", "vehicles", "drivers", "trips",
                              "fuel_transactions", "vehicle_maintenance", "vehicle_inspections",
                              "vehicle_insurance", "vehicle_violations", "vehicle_accidents",
                              "vehicle_assignments"})
        f << QStringLiteral("%1=%2").arg(QString::fromLatin1(table)).arg(t.count(QString::fromLatin1(table)));
    f << column(t, QStringLiteral("SELECT name FROM staff ORDER BY id LIMIT 3"));
    f << column(t, QStringLiteral("SELECT name FROM staff ORDER BY id DESC LIMIT 3"));
    f << column(t, QStringLiteral("SELECT plate FROM vehicles ORDER BY id"));
    f << column(t, QStringLiteral("SELECT request_no || destination || planned_start || "
                                  "coalesce(CAST(vehicle_id AS TEXT), '-') FROM trips ORDER BY id DESC LIMIT 50"));
    f << column(t, QStringLiteral("SELECT amount FROM fuel_transactions ORDER BY id DESC LIMIT 20"));
    return f;
}

} // namespace

TEST_CASE("The same seed and date generate the same data", "[generator]")
{
    test::TempDatabase a;
    test::TempDatabase b;
    generateSmall(a);
    generateSmall(b);
    const QStringList fa = fingerprint(a);
    CHECK(fa == fingerprint(b));
    CHECK(fa.size() > 70);
}

TEST_CASE("A different seed generates different data", "[generator]")
{
    test::TempDatabase a;
    test::TempDatabase b;
    generateSmall(a, 1);
    generateSmall(b, 2);
    CHECK(column(a, QStringLiteral("SELECT name FROM staff ORDER BY id LIMIT 20"))
          != column(b, QStringLiteral("SELECT name FROM staff ORDER BY id LIMIT 20")));
    CHECK(column(a, QStringLiteral("SELECT plate FROM vehicles ORDER BY id"))
          != column(b, QStringLiteral("SELECT plate FROM vehicles ORDER BY id")));
}

TEST_CASE("The small scale has the sizes of a city bureau", "[generator]")
{
    test::TempDatabase t;
    const demo::GenerateReport r = generateSmall(t);
    CHECK_FALSE(r.cancelled);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM departments WHERE kind = 'bureau'")).toInt() == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM departments WHERE kind = 'agency'")).toInt() == 20);
    CHECK(t.count(QStringLiteral("staff")) == 600);
    CHECK(t.count(QStringLiteral("buildings")) == 30);
    CHECK(t.count(QStringLiteral("vehicles")) == 60);
    CHECK(t.count(QStringLiteral("drivers")) == 50);
    const int trips = t.count(QStringLiteral("trips"));
    CHECK(trips >= 10000);
    CHECK(trips <= 30000);
    const int fuel = t.count(QStringLiteral("fuel_transactions"));
    CHECK(fuel >= trips / 4);
    CHECK(fuel <= trips);
    CHECK(t.count(QStringLiteral("vehicle_maintenance")) > 100);
    CHECK(t.count(QStringLiteral("vehicle_inspections")) >= 60);
    CHECK(t.count(QStringLiteral("vehicle_insurance")) >= 60);
    CHECK(t.count(QStringLiteral("vehicle_assignments")) >= 1);
    CHECK(r.trips == trips);
    CHECK(r.staff == 600);
    CHECK(t.services().settings().value(QStringLiteral("bureau.name")) == QStringLiteral("银川市机关事务管理局"));
}

TEST_CASE("No vehicle has overlapping trips", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t);
    CHECK(t.scalar(QStringLiteral(
                       "SELECT count(*) FROM trips a JOIN trips b ON a.vehicle_id = b.vehicle_id "
                       "AND a.id < b.id AND a.planned_start < b.planned_end "
                       "AND b.planned_start < a.planned_end"))
              .toInt()
          == 0);
    // Actual times too: departure to return (or to the plan's end while still out).
    CHECK(t.scalar(QStringLiteral(
                       "SELECT count(*) FROM trips a JOIN trips b ON a.vehicle_id = b.vehicle_id "
                       "AND a.id < b.id AND a.departed_at IS NOT NULL AND b.departed_at IS NOT NULL "
                       "AND a.departed_at < coalesce(b.returned_at, b.planned_end) "
                       "AND b.departed_at < coalesce(a.returned_at, a.planned_end)"))
              .toInt()
          == 0);
}

TEST_CASE("No driver has overlapping trips", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t);
    CHECK(t.scalar(QStringLiteral(
                       "SELECT count(*) FROM trips a JOIN trips b ON a.driver_id = b.driver_id "
                       "AND a.id < b.id AND a.planned_start < b.planned_end "
                       "AND b.planned_start < a.planned_end"))
              .toInt()
          == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE vehicle_id IS NOT NULL "
                                  "AND driver_id IS NULL"))
              .toInt()
          == 0);
}

TEST_CASE("Odometers only go up along each vehicle's trips", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE odometer_in <= odometer_out")).toInt() == 0);
    // Each trip leaves at the odometer the previous trip of the vehicle came back with.
    CHECK(t.scalar(QStringLiteral(
                       "SELECT count(*) FROM (SELECT odometer_out, lag(odometer_in) OVER "
                       "(PARTITION BY vehicle_id ORDER BY departed_at) AS previous FROM trips "
                       "WHERE departed_at IS NOT NULL) x WHERE previous IS NOT NULL "
                       "AND odometer_out <> previous"))
              .toInt()
          == 0);
    // The ledger's odometer is where the last trip ended.
    CHECK(t.scalar(QStringLiteral(
                       "SELECT count(*) FROM vehicles v WHERE v.odometer_km < (SELECT "
                       "coalesce(max(odometer_in), 0) FROM trips WHERE vehicle_id = v.id)"))
              .toInt()
          == 0);
    CHECK(t.scalar(QStringLiteral(
                       "SELECT count(*) FROM vehicles v WHERE EXISTS (SELECT 1 FROM trips WHERE "
                       "vehicle_id = v.id AND odometer_in IS NOT NULL) AND v.odometer_km <> (SELECT "
                       "max(odometer_in) FROM trips WHERE vehicle_id = v.id)"))
              .toInt()
          == 0);
}

TEST_CASE("Fuel transactions are unique per card, time and amount", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT card_no, at, amount FROM "
                                  "fuel_transactions) x"))
              .toInt()
          == t.count(QStringLiteral("fuel_transactions")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM fuel_transactions f JOIN vehicles v ON "
                                  "v.id = f.vehicle_id WHERE f.card_no <> v.fuel_card_no"))
              .toInt()
          == 0);
    // Winter months see more fill-ups than summer ones.
    const QString month = t.sqlLocalMonth(QStringLiteral("at"));
    const int winter = t.scalar(QStringLiteral("SELECT count(*) FROM fuel_transactions WHERE ")
                                + month + QStringLiteral(" IN ('12', '01')"))
                           .toInt();
    const int summer = t.scalar(QStringLiteral("SELECT count(*) FROM fuel_transactions WHERE ")
                                + month + QStringLiteral(" IN ('06', '07')"))
                           .toInt();
    CHECK(winter > summer);
}

TEST_CASE("Plates are valid and recent purchases are largely new-energy", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t);
    for (const QString &plate : column(t, QStringLiteral("SELECT plate FROM vehicles"))) {
        INFO(plate.toStdString());
        CHECK(vehicles::isValidPlate(plate));
    }
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM vehicles WHERE energy_type IN ('bev', 'phev') "
                                  "AND substr(plate, 4, 1) NOT IN ('D', 'F')"))
              .toInt()
          == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM vehicles WHERE purchase_date < '2018-11-26'"))
              .toInt()
          > 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM vehicles WHERE ownership = 'leased'")).toInt() > 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM vehicles WHERE status = 'retired'")).toInt() > 0);
}

TEST_CASE("Today has dispatch work and pending requests wait without a vehicle", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t);
    const qint64 dayStart = QDateTime(kReference, QTime(0, 0), Qt::LocalTime).toSecsSinceEpoch();
    const QString today = QStringLiteral(" AND planned_start >= %1 AND planned_start < %2")
                              .arg(dayStart)
                              .arg(dayStart + 86400);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE status IN ('assigned', 'departed', 'returned')") + today).toInt() > 5);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE status IN ('requested', 'approved')")).toInt() > 10);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE status IN ('requested', 'approved') "
                                  "AND vehicle_id IS NOT NULL"))
              .toInt()
          == 0);
    // History before yesterday is settled: closed, rejected or cancelled.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE planned_end < %1 AND status NOT IN "
                                  "('closed', 'rejected', 'cancelled', 'returned')")
                       .arg(dayStart))
              .toInt()
          == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE planned_end < %1 - 3 * 86400 AND status = 'returned'")
                       .arg(dayStart))
              .toInt()
          == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE status = 'rejected'")).toInt() > 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE emergency = 1 AND dispatched_before_approval = 1")).toInt() > 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE out_of_region = 1")).toInt() > 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM trips WHERE status = 'closed' AND closed_at IS NULL")).toInt() == 0);
}

TEST_CASE("Staff ranks match the agency's level", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t);
    // The small scale is 银川市: every rank is of the city level.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM staff s JOIN ranks r ON r.id = s.rank_id "
                                  "WHERE r.level <> 'city'"))
              .toInt()
          == 0);
    const int below = t.scalar(QStringLiteral("SELECT count(*) FROM staff s JOIN ranks r ON "
                                              "r.id = s.rank_id WHERE r.code = 'city.below_bureau'")).toInt();
    const int principals = t.scalar(QStringLiteral("SELECT count(*) FROM staff s JOIN ranks r ON "
                                                   "r.id = s.rank_id WHERE r.code = 'city.principal'")).toInt();
    CHECK(principals >= 1);
    CHECK(principals <= 2);
    CHECK(below > 400);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE transferred = 1")).toInt() > 5);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM departments WHERE approved_area > 0")).toInt() > 40);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM buildings WHERE usable_area * 100 < gross_area * 59 "
                                  "OR usable_area * 100 > gross_area * 71"))
              .toInt()
          == 0);
}

TEST_CASE("A database that holds organisation data is refused", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t);
    const int trips = t.count(QStringLiteral("trips"));
    CHECK_THROWS_AS(generateSmall(t), ValidationError);
    CHECK(t.count(QStringLiteral("trips")) == trips);
}

TEST_CASE("Cancelling through the progress callback leaves the database empty", "[generator]")
{
    test::TempDatabase t;
    int calls = 0;
    const demo::GenerateReport r = generateSmall(t, 7, [&calls](const QString &stage, int percent) {
        CHECK_FALSE(stage.isEmpty());
        ++calls;
        return percent < 60;
    });
    CHECK(r.cancelled);
    CHECK(calls > 3);
    for (const char *table : {"departments", "staff", "buildings", "users", "vehicles", "drivers",
                              "trips", "fuel_transactions", "vehicle_maintenance", "audit_log"})
        CHECK(t.count(QString::fromLatin1(table)) == 0);
    CHECK(t.services().settings().value(QStringLiteral("bureau.name")).isEmpty());
}

TEST_CASE("The demo users can log in with the demo password", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT username, password_hash, role FROM users ORDER BY id")));
    QStringList seen;
    while (q.next()) {
        seen << q.value(0).toString() + QLatin1Char(':') + q.value(2).toString();
        CHECK(verifyPassword(q.value(1).toString(), QString::fromLatin1(demo::kPassword)));
        CHECK_FALSE(verifyPassword(q.value(1).toString(), QStringLiteral("wrong-password")));
    }
    CHECK(seen == QStringList{QStringLiteral("admin:admin"), QStringLiteral("manager:manager"),
                              QStringLiteral("clerk:clerk"), QStringLiteral("staff:staff"),
                              QStringLiteral("agency:clerk")});
    const UserContext manager = demo::userContext(t.services(), QStringLiteral("manager"));
    CHECK(manager.role == Role::Manager);
    CHECK(manager.can(Permission::ApproveDispatch));
    const UserContext clerk = demo::userContext(t.services(), QStringLiteral("clerk"));
    CHECK(clerk.modules == QSet<Module>{Module::Organisation, Module::Vehicles, Module::Housing});
    CHECK(demo::userContext(t.services(), QStringLiteral("staff")).departmentId > 0);
    const UserContext agency = demo::userContext(t.services(), QStringLiteral("agency"));
    CHECK(agency.scopeDepartmentId > 0);
    CHECK(agency.scopeDepartmentId == agency.departmentId);
    CHECK_THROWS_AS(demo::userContext(t.services(), QStringLiteral("nobody")), NotFoundError);
}

TEST_CASE("Generation writes one audit row with the counts", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t);
    CHECK(t.count(QStringLiteral("audit_log")) == 1);
    CHECK(t.scalar(QStringLiteral("SELECT action FROM audit_log")).toString() == QStringLiteral("generate"));
    CHECK(t.scalar(QStringLiteral("SELECT ") + t.sqlJsonField(QStringLiteral("after_json"), QStringLiteral("trips")) + QStringLiteral(" FROM audit_log")).toInt()
          == t.count(QStringLiteral("trips")));
}

TEST_CASE("The generate command refuses bad arguments and a non-empty database", "[generator][cli]")
{
    test::TempDatabase t;
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const QString program = QStringLiteral("govassets");
    const QString dbPath = t.dir() + QStringLiteral("/cli.sqlite");

    CHECK(cli::GenerateCommand::run({program, QStringLiteral("--scale"), QStringLiteral("small")}, out, err) == 2);
    CHECK(errText.contains(QStringLiteral("--db")));
    CHECK(cli::GenerateCommand::run({program, QStringLiteral("--db"), dbPath, QStringLiteral("--scale"),
                                     QStringLiteral("huge")},
                                    out, err)
          == 2);
    CHECK(errText.contains(QStringLiteral("huge")));
    CHECK(cli::GenerateCommand::run({program, QStringLiteral("--db"), dbPath, QStringLiteral("--date"),
                                     QStringLiteral("28.11.2026")},
                                    out, err)
          == 2);

    generateSmall(t);
    errText.clear();
    CHECK(cli::GenerateCommand::run({program, QStringLiteral("--db"), t.path(), QStringLiteral("--scale"),
                                     QStringLiteral("small")},
                                    out, err)
          == 1);
    CHECK(errText.contains(QStringLiteral("already holds")));
}

TEST_CASE("The generate command fills a new database and reports the counts", "[generator][cli]")
{
    test::TempDatabase t;
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const QString dbPath = t.dir() + QStringLiteral("/cli.sqlite");
    CHECK(cli::GenerateCommand::run({QStringLiteral("govassets"), QStringLiteral("--db"), dbPath,
                                     QStringLiteral("--scale"), QStringLiteral("small"),
                                     QStringLiteral("--seed"), QStringLiteral("5"),
                                     QStringLiteral("--date"), QStringLiteral("2026-11-26")},
                                    out, err)
          == 0);
    out.flush();
    err.flush();
    CHECK(outText.contains(QStringLiteral("Trips")));
    CHECK(outText.contains(QStringLiteral("2026-11-26")));
    CHECK(errText.contains(QStringLiteral("100%")));
    Services services(dbPath);
    QSqlQuery q(services.database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM vehicles")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 60);
}

#include <catch2/catch.hpp>

#include "ImportTestSupport.h"

#include "core/Error.h"
#include "vehicles/FuelImporter.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace ga;
using ga::test::TempDatabase;

namespace {

ImportResult importFuel(TempDatabase &t, const QString &csv, ColumnMapping *mapping = nullptr,
                        ImportProgress progress = {}, bool strict = false)
{
    const CsvDocument doc = CsvDocument::fromBytes(csv.toUtf8(), {}, {}, QStringLiteral("fuel.csv"));
    auto &importer = t.services().fuelImporter();
    ImportOptions options;
    options.mapping = mapping ? *mapping : ColumnMapping::guess(importer.fields(), doc.headers());
    if (mapping && mapping->mappedFields().isEmpty()) {
        ColumnMapping guessed = ColumnMapping::guess(importer.fields(), doc.headers());
        guessed.units = mapping->units;
        guessed.vehicleKey = mapping->vehicleKey;
        guessed.dateFormat = mapping->dateFormat;
        options.mapping = guessed;
    }
    options.progress = std::move(progress);
    options.strict = strict;
    return importer.importDocument(doc, options);
}

qint64 localSecs(int y, int m, int d, int h, int mi)
{
    return QDateTime(QDate(y, m, d), QTime(h, mi), Qt::LocalTime).toSecsSinceEpoch();
}

const QString kHeader = QStringLiteral("车牌号,卡号,交易时间,油品,数量,单价,金额,加油站,里程\n");

// A trigger that refuses the amount 42.42 yuan: a storage failure at a chosen row.
void injectFailureOn4242(TempDatabase &t)
{
    QSqlQuery q(t.db().connection());
    if (t.isPostgres()) {
        REQUIRE(q.exec(QStringLiteral("CREATE FUNCTION fail_on_4242() RETURNS trigger LANGUAGE "
                                      "plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; "
                                      "END $$")));
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER fail_on_4242 BEFORE INSERT ON "
                                      "fuel_transactions FOR EACH ROW WHEN (NEW.amount = 4242) "
                                      "EXECUTE FUNCTION fail_on_4242()")));
        return;
    }
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER fail_on_4242 BEFORE INSERT ON fuel_transactions "
                                  "WHEN NEW.amount = 4242 BEGIN SELECT RAISE(ABORT, 'injected "
                                  "failure'); END")));
}

} // namespace

TEST_CASE("Fuel rows keyed by plate are stored in fen, thousandths and UTC seconds",
          "[import][fuel]")
{
    TempDatabase t;
    const qint64 car = test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const ImportResult r = importFuel(
        t, kHeader + QStringLiteral("宁A12345,,2026-11-01 08:30,92#汽油,40.25,7.50,301.88,石化一站,12345\n"));
    REQUIRE(r.accepted == 1);
    QSqlQuery q(t.db().connection());
    q.exec(QStringLiteral("SELECT vehicle_id, card_no, at, fuel_kind, quantity_milli, amount, "
                          "station, odometer_km FROM fuel_transactions"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == car);
    CHECK(q.value(1).toString() == QLatin1String("9001")); // the vehicle's card
    CHECK(q.value(2).toLongLong() == localSecs(2026, 11, 1, 8, 30));
    CHECK(q.value(3).toString() == QLatin1String("petrol"));
    CHECK(q.value(4).toLongLong() == 40250);
    CHECK(q.value(5).toLongLong() == 30188);
    CHECK(q.value(6).toString() == QStringLiteral("石化一站"));
    CHECK(q.value(7).toLongLong() == 12345);
}

TEST_CASE("Fuel rows can be keyed by fleet number", "[import][fuel]")
{
    TempDatabase t;
    const qint64 car = test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("GW-07"),
                                        QStringLiteral("9001"), QStringLiteral("diesel"));
    ColumnMapping m;
    m.vehicleKey = QStringLiteral("fleetNo");
    const ImportResult r = importFuel(t,
                                      QStringLiteral("自编号,时间,升数,金额\n"
                                                     "gw-07,2026/11/2 9:00,50,380\n"
                                                     "GW-99,2026/11/2 9:00,50,380\n"),
                                      &m);
    CHECK(r.accepted == 1);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].reason.contains(QLatin1String("GW-99")));
    CHECK(t.scalar(QStringLiteral("SELECT vehicle_id || fuel_kind FROM fuel_transactions")).toString()
          == QString::number(car) + QLatin1String("diesel")); // from the vehicle's energy type
}

TEST_CASE("Fuel rows can be keyed by card, resolved through the vehicles' fuel cards",
          "[import][fuel]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·11111"), {}, QStringLiteral("1000113200001"));
    const qint64 b = test::addVehicle(t, QStringLiteral("宁A·22222"), {}, QStringLiteral("1000113200002"));
    const ImportResult r = importFuel(t,
                                      QStringLiteral("卡号,交易时间,油品,加油量,金额\n"
                                                     "'1000113200002,2026-11-03 10:00,0#柴油,30,225\n"
                                                     "1000113200009,2026-11-03 10:00,0#柴油,30,225\n"
                                                     "1.00011E+12,2026-11-03 11:00,0#柴油,30,225\n"));
    CHECK(r.accepted == 1);
    REQUIRE(r.rejected.size() == 2);
    CHECK(r.rejected[0].reason.contains(QLatin1String("1000113200009")));
    CHECK(r.rejected[1].reason.contains(QLatin1String("scientific notation")));
    CHECK(t.scalar(QStringLiteral("SELECT vehicle_id FROM fuel_transactions")).toLongLong() == b);
}

TEST_CASE("Quantities in US gallons are converted to litres", "[import][fuel]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    ColumnMapping m;
    m.units = QStringLiteral("gallons");
    const ImportResult r = importFuel(t,
                                      QStringLiteral("Plate,Time,Gallons,Unit price,Amount\n"
                                                     "宁A·12345,2026-11-01 08:00,10,28.39,283.90\n"),
                                      &m);
    REQUIRE(r.accepted == 1);
    CHECK(t.scalar(QStringLiteral("SELECT quantity_milli FROM fuel_transactions")).toLongLong()
          == 37854); // 10 × 3.785411784 L
}

TEST_CASE("Duplicate fuel rows, in the file or already stored, are reported and stored once",
          "[import][fuel]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const QString first = kHeader + QStringLiteral("宁A·12345,9001,2026-11-01 08:30,92#,40,,300,,\n");
    REQUIRE(importFuel(t, first).accepted == 1);
    const ImportResult r = importFuel(
        t, kHeader
               + QStringLiteral("宁A·12345,9001,2026-11-01 08:30,92#,40,,300,,\n"   // stored
                                "宁A·12345,9001,2026-11-02 08:30,92#,40,,300,,\n"   // new
                                "宁A·12345,9001,2026-11-02 08:30,92#,41,,300,,\n")); // in file
    CHECK(r.accepted == 1);
    REQUIRE(r.duplicates.size() == 2);
    CHECK(r.duplicates[0].line == 2);
    CHECK(r.duplicates[0].reason.contains(QLatin1String("Already stored")));
    CHECK(r.duplicates[1].line == 4);
    CHECK(r.duplicates[1].reason.contains(QLatin1String("line 3")));
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 2);
}

TEST_CASE("A large file read in two halves keeps line numbers, rejects and duplicates in order",
          "[import][fuel]")
{
    // 60,000 rows: above the size at which the importer reads the file's two halves at once.
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    test::addVehicle(t, QStringLiteral("宁A·23456"), {}, QStringLiteral("9002"));
    REQUIRE(importFuel(t, kHeader + QStringLiteral("宁A·23456,9002,2025-01-01 00:00,92#,10,,80,,\n"))
                .accepted
            == 1);
    const int rows = 60000;
    QString csv = kHeader;
    csv.reserve(rows * 48);
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::LocalTime);
    for (int i = 0; i < rows; ++i) {
        const QString at = start.addSecs(qint64(i) * 600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (i == 100)        // first half: an unknown vehicle
            csv += QStringLiteral("宁A·99999,,%1,92#,40,,300,,\n").arg(at);
        else if (i == 45000) // second half: a bad amount
            csv += QStringLiteral("宁A·12345,9001,%1,92#,40,,lots,,\n").arg(at);
        else if (i == 50000) // second half repeats a first-half row
            csv += QStringLiteral("宁A·12345,9001,%1,92#,40,,%2,,\n")
                       .arg(start.addSecs(200 * 600).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                       .arg(300 + 200 % 50);
        else if (i == 59999) // a row stored before the import
            csv += QStringLiteral("宁A·23456,9002,2025-01-01 00:00,92#,10,,80,,\n");
        else
            csv += QStringLiteral("宁A·12345,9001,%1,92#,40,,%2,,\n").arg(at).arg(300 + i % 50);
    }
    const ImportResult r = importFuel(t, csv);
    CHECK(r.accepted == rows - 4);
    REQUIRE(r.rejected.size() == 2);
    CHECK(r.rejected[0].line == 102); // header is line 1, row i is line i + 2
    CHECK(r.rejected[1].line == 45002);
    REQUIRE(r.duplicates.size() == 2);
    CHECK(r.duplicates[0].line == 50002);
    CHECK(r.duplicates[0].reason.contains(QLatin1String("line 202")));
    CHECK(r.duplicates[1].line == 60001);
    CHECK(r.duplicates[1].reason.contains(QLatin1String("Already stored")));
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 1 + rows - 4);
}

TEST_CASE("Unknown vehicles, bad numbers and bad dates are rejected with reasons",
          "[import][fuel]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    test::addVehicle(t, QStringLiteral("宁A·77777"));
    ColumnMapping m;
    m.dateFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    const ImportResult r = importFuel(
        t, kHeader
               + QStringLiteral("宁A·99999,,2026-11-01 08:30,92#,40,,300,,\n"  // 2 unknown
                                "宁A·12345,,2026-13-01 08:30,92#,40,,300,,\n"  // 3 bad date
                                "宁A·12345,,2026-11-01 08:31,92#,forty,,300,,\n" // 4 bad qty
                                "宁A·12345,,2026-11-01 08:32,92#,40,,3.001,,\n" // 5 bad amount
                                "宁A·12345,,2026-11-01 08:33,92#,0,,0,,\n"      // 6 zero
                                "宁A·12345,,2026-11-01 08:34,煤油,40,,300,,\n"  // 7 bad fuel
                                "宁A·12345,,2026-11-01 08:35,92#,40,7.5,450,,\n" // 8 price
                                "宁A·77777,,2026-11-01 08:36,92#,40,,300,,\n"   // 9 no card
                                "宁A·12345,,2026-11-01 08:37,92#,40,7.5,300,,\n"), // 10 ok
        &m);
    CHECK(r.accepted == 1);
    REQUIRE(r.rejected.size() == 8);
    QList<qint64> lines;
    for (const ImportIssue &i : r.rejected)
        lines << i.line;
    CHECK(lines == QList<qint64>{2, 3, 4, 5, 6, 7, 8, 9});
    CHECK(r.rejected[0].reason.contains(QStringLiteral("宁A·99999")));
    CHECK(r.rejected[1].reason.contains(QLatin1String("2026-13-01")));
    CHECK(r.rejected[2].reason.contains(QLatin1String("forty")));
    CHECK(r.rejected[3].reason.contains(QLatin1String("3.001")));
    CHECK(r.rejected[4].reason.contains(QLatin1String("more than zero")));
    CHECK(r.rejected[5].reason.contains(QStringLiteral("煤油")));
    CHECK(r.rejected[6].reason.contains(QLatin1String("unit price")));
    CHECK(r.rejected[7].reason.contains(QLatin1String("no fuel card")));
}

TEST_CASE("A storage failure half-way through a fuel file leaves nothing stored",
          "[import][fuel][transaction]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    injectFailureOn4242(t);
    QString csv = kHeader;
    for (int i = 0; i < 100; ++i)
        csv += QStringLiteral("宁A·12345,,2026-11-01 08:%1,92#,5,,%2,,\n")
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i == 50 ? QStringLiteral("42.42") : QString::number(100 + i));
    CHECK_THROWS_WITH(importFuel(t, csv), Catch::Contains("Line 52") && Catch::Contains("injected"));
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")).toInt() == 0);
}

namespace {
// A statement of `rows` rows for the card 9001, one every ten minutes from 2025-01-01, with
// the amount 42.42 on row `failAt` (a trigger refuses that amount), or none when negative.
QString largeStatement(int rows, int failAt = -1)
{
    QString csv = kHeader;
    csv.reserve(rows * 48);
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::LocalTime);
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("宁A·12345,9001,%1,92#,5,,%2,,\n")
                   .arg(start.addSecs(qint64(i) * 600).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        i == failAt ? QStringLiteral("42.42") : QString::number(100 + i % 50));
    return csv;
}

QString vehicleIndexSql(TempDatabase &t)
{
    return t
        .scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                               "'fuel_transactions_vehicle'"))
        .toString();
}
} // namespace

TEST_CASE("A large fuel load leaves the ledger whole and its WAL folded in afterwards",
          "[import][fuel][bulk][sqlite]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const QString definition = vehicleIndexSql(t);
    REQUIRE_FALSE(definition.isEmpty());
    bool autocheckpointWhileStoring = true;
    const ImportResult r
        = importFuel(t, largeStatement(25000), nullptr, [&](qint64 done, qint64 total) {
              if (done > total / 2 && done < total)
                  autocheckpointWhileStoring
                      = t.scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt() != 0;
              return true;
          });
    CHECK(r.accepted == 25000);
    CHECK_FALSE(autocheckpointWhileStoring); // held back for the load…
    CHECK(t.scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt() == 1000); // …and back on
    t.db().waitForCheckpoint();
    CHECK(vehicleIndexSql(t) == definition);
    CHECK(t.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 25000);
}

TEST_CASE("A failure during a large load leaves nothing stored and the settings as they were",
          "[import][fuel][bulk][transaction]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    injectFailureOn4242(t);
    const int cacheSize = t.isPostgres() ? 0 : t.scalar(QStringLiteral("PRAGMA cache_size")).toInt();
    CHECK_THROWS_WITH(importFuel(t, largeStatement(25000, 20000)),
                      Catch::Contains("Line 20002") && Catch::Contains("injected"));
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 0);
    if (!t.isPostgres()) {
        CHECK(t.scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt() == 1000);
        CHECK(t.scalar(QStringLiteral("PRAGMA cache_size")).toInt() == cacheSize);
    }
}

TEST_CASE("Cancelling from the progress callback leaves nothing stored", "[import][fuel]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    QString csv = kHeader;
    for (int i = 0; i < 10000; ++i)
        csv += QStringLiteral("宁A·12345,,2026-11-01 08:00,92#,5,,%1,,\n").arg(i + 1);
    qint64 lastDone = 0;
    const ImportResult r = importFuel(t, csv, nullptr, [&](qint64 done, qint64 total) {
        CHECK(total >= 10000);
        lastDone = done;
        return done < 5000;
    });
    CHECK(r.cancelled);
    CHECK(r.accepted == 0);
    CHECK(lastDone >= 5000);
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 0);
}

TEST_CASE("Strict mode stores no fuel rows when one is rejected", "[import][fuel]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const QString csv = kHeader
                        + QStringLiteral("宁A·12345,,2026-11-01 08:30,92#,40,,300,,\n"
                                         "宁A·99999,,2026-11-01 08:30,92#,40,,300,,\n");
    CHECK_THROWS_AS(importFuel(t, csv, nullptr, {}, true), ValidationError);
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 0);
}

TEST_CASE("Ambiguous fuel dates stop the import until a format is chosen", "[import][fuel]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const QString csv = kHeader + QStringLiteral("宁A·12345,,03/04/2026 08:30,92#,40,,300,,\n");
    CHECK_THROWS_WITH(importFuel(t, csv), Catch::Contains("day/month"));
    ColumnMapping m;
    m.dateFormat = QStringLiteral("d/M/yyyy HH:mm");
    REQUIRE(importFuel(t, csv, &m).accepted == 1);
    CHECK(t.scalar(QStringLiteral("SELECT at FROM fuel_transactions")).toLongLong()
          == localSecs(2026, 4, 3, 8, 30));
}

TEST_CASE("Staff may not import fuel transactions", "[import][fuel][permissions]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    t.loginAs(Role::Staff);
    CHECK_THROWS_AS(importFuel(t, kHeader + QStringLiteral("宁A·12345,,2026-11-01 08:30,92#,40,,300,,\n")),
                    PermissionError);
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 0);
}

TEST_CASE("A fuel import writes one audit row, not one per row", "[import][fuel][audit]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const int before = t.count(QStringLiteral("audit_log"));
    QString csv = kHeader;
    for (int i = 0; i < 20; ++i)
        csv += QStringLiteral("宁A·12345,,2026-11-01 08:%1,92#,5,,40,,\n").arg(i, 2, 10, QLatin1Char('0'));
    REQUIRE(importFuel(t, csv).accepted == 20);
    CHECK(t.count(QStringLiteral("audit_log")) == before + 1);
    CHECK(t.scalar(QStringLiteral("SELECT entity FROM audit_log WHERE action = 'import'")).toString()
          == QLatin1String("fuel_transactions"));
}

TEST_CASE("The preview shows interpreted rows and their problems without storing",
          "[import][fuel][preview]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const CsvDocument doc = CsvDocument::fromBytes(
        (kHeader + QStringLiteral("宁A·12345,,2026-11-01 08:30,92#,40,,300,,\n"
                                  "宁A·99999,,2026-11-01 08:30,92#,40,,300,,\n"
                                  "宁A·12345,,2026-11-01 08:30,92#,40,,300,,\n"))
            .toUtf8());
    auto &importer = t.services().fuelImporter();
    const auto rows = importer.preview(doc, ColumnMapping::guess(importer.fields(), doc.headers()), 20);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].problem.isEmpty());
    // The values follow fields(): the fuel comes after the time and the time of day.
    CHECK(rows[0].values.value(5) == QStringLiteral("Petrol"));
    CHECK(rows[1].problem.contains(QStringLiteral("宁A·99999")));
    CHECK(rows[2].duplicate);
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 0);
}

// Not run by ctest: `test_import "[.benchmark]"` prints the throughput of a 500,000-row file.
TEST_CASE("Fuel import throughput on 500,000 rows", "[.benchmark]")
{
    TempDatabase t;
    {
        QSqlQuery q(t.db().connection());
        q.exec(QStringLiteral("BEGIN"));
        q.prepare(QStringLiteral("INSERT INTO vehicles (plate, fleet_no, brand, category, "
                                 "energy_type, seats, ownership, fuel_card_no, created_at) "
                                 "VALUES (?, ?, 'Test', 'general', 'petrol', 5, 'retained', ?, 0)"));
        for (int i = 0; i < 3000; ++i) {
            q.addBindValue(QStringLiteral("宁A·%1").arg(10000 + i));
            q.addBindValue(QStringLiteral("F%1").arg(i));
            q.addBindValue(QStringLiteral("1000113%1").arg(100000 + i));
            q.exec();
        }
        QSqlQuery(t.db().connection()).exec(QStringLiteral("COMMIT"));
    }
    QByteArray bytes = "卡号,车牌号,交易时间,油品,数量,单价,金额,加油站,里程\r\n";
    const int rows = 500000;
    bytes.reserve(rows * 90);
    for (int i = 0; i < rows; ++i) {
        const int v = i % 3000;
        const qint64 minute = i / 3000 * 97 + v;
        const QDateTime at = QDateTime(QDate(2020, 1, 1), QTime(0, 0)).addSecs(minute * 60);
        const int litresTenths = 200 + i % 300;
        const int priceCents = 750;
        const qint64 fen = qint64(litresTenths) * priceCents / 10;
        bytes += QStringLiteral("1000113%1,宁A·%2,%3,92#汽油,%4.%5,7.50,%6.%7,石化%8站,%9\r\n")
                     .arg(100000 + v)
                     .arg(10000 + v)
                     .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                     .arg(litresTenths / 10)
                     .arg(litresTenths % 10)
                     .arg(fen / 100)
                     .arg(fen % 100, 2, 10, QLatin1Char('0'))
                     .arg(v % 50)
                     .arg(10000 + i / 3000 * 30)
                     .toUtf8();
    }
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.path(), QStringLiteral("fuel500k.csv"), bytes);
    auto &importer = t.services().fuelImporter();
    QElapsedTimer timer;
    timer.start();
    const CsvDocument doc = CsvDocument::load(path);
    ImportOptions options;
    options.mapping = ColumnMapping::guess(importer.fields(), doc.headers());
    options.mapping.vehicleKey = QStringLiteral("card");
    const ImportResult r = importer.importDocument(doc, options);
    const qint64 ms = timer.elapsed();
    CHECK(r.accepted == rows);
    CHECK(r.rejected.isEmpty());
    std::printf("fuel import: %d rows, %.1f MB, %lld ms including reading and decoding "
                "(%.0f rows/s); import alone %lld ms (%.0f rows/s)\n",
                rows, bytes.size() / 1e6, ms, rows * 1000.0 / ms, r.elapsedMs, r.rowsPerSecond());

    // The store's own limit for the same rows: on PostgreSQL psql's \copy of them (as the
    // import stored them) into a table like fuel_transactions, with its indexes.
    if (!t.isPostgres())
        return;
    const QString tsv = dir.filePath(QStringLiteral("fuel500k.tsv"));
    const QString url = t.path();
    const QString columns = QStringLiteral("vehicle_id, card_no, at, fuel_kind, quantity_milli, "
                                           "amount, station, odometer_km, created_at");
    const auto psql = [&](const QString &command) {
        QProcess p;
        p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"),
                                          QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                          QStringLiteral("-d"), url, QStringLiteral("-c"), command});
        REQUIRE(p.waitForFinished(-1));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
    };
    psql(QStringLiteral("\\copy (SELECT %1 FROM fuel_transactions) TO '%2'").arg(columns, tsv));
    psql(QStringLiteral("CREATE TABLE fuel_bare (LIKE fuel_transactions INCLUDING ALL)"));
    timer.start();
    psql(QStringLiteral("\\copy fuel_bare (%1) FROM '%2'").arg(columns, tsv));
    const qint64 bareMs = timer.elapsed();
    std::printf("bare psql \\copy of the same rows: %lld ms (%.0f rows/s)\n", bareMs,
                rows * 1000.0 / bareMs);
}

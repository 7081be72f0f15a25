// govassets_bench_energy: the energy module's performance figures (docs/benchmarks.md).
//
// Times, on a region store (1,000 buildings × 6 meters × 120 months), the operations of the
// Energy issue with the real service calls and widget (offscreen), N runs, and reports the
// median next to the same SQL run bare through the `sqlite3` shell, with the target and
// PASS / FAIL:
//   - indicators for every building for one year (EnergyService::buildingIndicators);
//   - the entry grid for one month of all buildings (EnergyService::entryGrid, and the tab);
//   - the import of every reading of the store as a long-shape CSV into a copy of the store
//     without readings (ReadingImporter::importFile), in rows per second.

#include "BenchSupport.h"

#include "app/DemoData.h"
#include "app/Services.h"
#include "core/Session.h"
#include "energy/EnergyService.h"
#include "energy/ReadingImporter.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/csv/ColumnMapping.h"
#include "storage/csv/CsvReader.h"
#include "widgets/energy/EntryGridTab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace ga::bench {
namespace {

using namespace ga::energy;

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

// --- the SQL the repositories run (ReadingRepository.cpp, MeterRepository.cpp), with the
// literals of a region-scope call; keep them in step with those files -----------------------

QString readingColumns(const QString &a)
{
    QStringList cols;
    for (const char *c : {"id", "meter_id", "month", "value_milli", "consumption_milli", "amount",
                          "event", "old_final_milli", "new_start_milli", "flags", "note", "source",
                          "updated_at", "created_at"})
        cols << a + QLatin1Char('.') + QString::fromLatin1(c);
    return cols.join(QStringLiteral(", "));
}

const QString kMeterColumns = QStringLiteral(
    "m.id, m.building_id, m.meter_no, m.energy_type, m.unit, m.reading_kind, m.since_month, "
    "m.initial_milli, m.rollover_milli, m.unit_price, m.note, m.status, m.created_at");

QStringList indicatorSql(int year)
{
    const QString from = monthKey(year, 1), to = monthKey(year, 12);
    return {
        QStringLiteral("SELECT b.id, b.code, b.name, b.department_id, b.gross_area, b.energy_users "
                       "FROM buildings b WHERE b.status = 'active' ORDER BY b.code;"),
        QStringLiteral("SELECT id, energy_type, valid_from, kgce_per_unit, unit, density_kg_per_l, "
                       "note, created_at FROM energy_coefficients ORDER BY energy_type, valid_from;"),
        QStringLiteral(
            "SELECT m.building_id, m.energy_type, m.unit, r.month, sum(r.consumption_milli), "
            "sum(CASE WHEN r.amount IS NOT NULL THEN r.amount "
            "ELSE (m.unit_price * r.consumption_milli + 50000) / 100000 END), count(*), "
            "sum(CASE WHEN r.flags <> 0 AND r.note = '' THEN 1 ELSE 0 END) "
            "FROM energy_readings r JOIN energy_meters m ON m.id = r.meter_id "
            "JOIN buildings b ON b.id = m.building_id "
            "WHERE r.month >= '%1' AND r.month <= '%2' "
            "GROUP BY m.building_id, m.energy_type, m.unit, r.month;")
            .arg(from, to),
        QStringLiteral("SELECT m.building_id, r.month, count(*), "
                       "sum(CASE WHEN r.flags <> 0 THEN 1 ELSE 0 END) "
                       "FROM energy_readings r JOIN energy_meters m ON m.id = r.meter_id "
                       "JOIN buildings b ON b.id = m.building_id "
                       "WHERE r.month >= '%1' AND r.month <= '%2' AND m.status = 'active' "
                       "AND r.month >= m.since_month GROUP BY m.building_id, r.month;")
            .arg(from, to),
        QStringLiteral("SELECT %1 FROM energy_meters m JOIN buildings b ON b.id = m.building_id "
                       "WHERE m.status = 'active' ORDER BY b.code, m.meter_no, m.id;")
            .arg(kMeterColumns),
    };
}

QString gridSql(const QString &month)
{
    return QStringLiteral("SELECT %1, b.code, b.name, %2, %3, %4 FROM energy_meters m "
                          "JOIN buildings b ON b.id = m.building_id "
                          "LEFT JOIN energy_readings c ON c.meter_id = m.id AND c.month = '%5' "
                          "LEFT JOIN energy_readings p ON p.meter_id = m.id AND p.month = '%6' "
                          "LEFT JOIN energy_readings y ON y.meter_id = m.id AND y.month = '%7' "
                          "WHERE m.status = 'active' AND b.status = 'active' "
                          "AND m.since_month <= '%5' ORDER BY b.code, m.meter_no, m.id;")
        .arg(kMeterColumns, readingColumns(QStringLiteral("c")), readingColumns(QStringLiteral("p")),
             readingColumns(QStringLiteral("y")), month, addMonths(month, -1),
             addMonths(month, -12));
}

struct Options
{
    QString region;
    int runs = 11;
    int importRuns = 3;
    QString out;
    bool smoke = false;
};

struct Dataset
{
    explicit Dataset(const QString &path)
        : services(path)
    {
        services.session().setUser(UserContext::system());
    }
    Services services;
};

void ensureDatabase(const QString &path, demo::Scale scale)
{
    if (QFileInfo::exists(path))
        return;
    say(QStringLiteral("Generating %1 into %2…").arg(demo::scaleKey(scale), path));
    Services s(path);
    s.session().setUser(UserContext::system());
    demo::GenerateOptions options;
    options.scale = scale;
    options.referenceDate = QDate(2026, 12, 2);
    demo::generate(s, options);
}

// The latest month with readings and its year.
QString lastMonth(Database &db)
{
    Query q(db, QStringLiteral("SELECT max(month) FROM energy_readings"), QStringLiteral("bench"));
    return q.scalar().toString();
}

int run(const Options &o)
{
    std::vector<Row> rows;
    std::unique_ptr<QTemporaryDir> temp;
    QString path = o.region;
    QString scale = QStringLiteral("region");
    if (o.smoke || path.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>();
        path = temp->filePath(QStringLiteral("small.sqlite"));
        scale = QStringLiteral("small");
        ensureDatabase(path, demo::Scale::Small);
    } else {
        ensureDatabase(path, demo::Scale::Region);
    }
    QString month;
    qint64 readings = 0;
    {
        Dataset ds(path);
        EnergyService &energy = ds.services.energy();
        month = lastMonth(ds.services.database());
        readings = Query(ds.services.database(), QStringLiteral("SELECT count(*) FROM energy_readings"),
                         QStringLiteral("bench"))
                       .scalar()
                       .toLongLong();
        const int year = month.left(4).toInt() - 1; // the last complete year
        say(QStringLiteral("Indicators for %1…").arg(year));
        int buildings = 0, complete = 0;
        const Stats ind = measure(o.runs, [&] {
            const QList<BuildingIndicator> all = energy.buildingIndicators(year);
            buildings = int(all.size());
            complete = int(std::count_if(all.cbegin(), all.cend(),
                                         [](const BuildingIndicator &b) { return b.complete; }));
        });
        const double indBare = bareSqliteMs(path, indicatorSql(year), 5);
        rows.push_back({QStringLiteral("indicators: `buildingIndicators(year)` every building"), scale,
                        ind, indBare, QStringLiteral("≤ 300 ms"),
                        QStringLiteral("%1: %2 buildings, %3 complete; kgce with the coefficient "
                                       "versions, completeness per building and month; %4")
                            .arg(year)
                            .arg(buildings)
                            .arg(complete)
                            .arg(verdict(ind.medianMs <= 300))});

        IndicatorRequest region;
        region.year = year;
        const Stats reg = measure(o.runs, [&] { energy.indicators(region); });
        rows.push_back({QStringLiteral("indicators: `indicators()` the region, a year with last year"),
                        scale, reg, -1, QStringLiteral("–"),
                        QStringLiteral("24 months read (year-on-year)")});

        say(QStringLiteral("Entry grid for %1…").arg(month));
        int gridRows = 0;
        const Stats grid = measure(o.runs, [&] { gridRows = int(energy.entryGrid(month).size()); });
        const double gridBare = bareSqliteMs(path, gridSql(month), 5);
        rows.push_back({QStringLiteral("entry grid: `entryGrid(month)` all buildings"), scale, grid,
                        gridBare, QStringLiteral("≤ 200 ms"),
                        QStringLiteral("%1: %2 meters with this month, last month and last year; %3")
                            .arg(month)
                            .arg(gridRows)
                            .arg(verdict(grid.medianMs <= 200))});
        EntryGridTab tab(energy);
        tab.resize(1400, 900);
        tab.show();
        tab.setMonth(addMonths(month, -1));
        tab.activate();
        bool flip = false;
        const Stats tabStats = measure(o.runs, [&] {
            flip = !flip;
            tab.setMonth(flip ? month : addMonths(month, -1)); // reloads the grid
            tab.grab();
        });
        rows.push_back({QStringLiteral("entry grid: `EntryGridTab` month change, painted"), scale,
                        tabStats, gridBare, QStringLiteral("≤ 200 ms"),
                        QStringLiteral("%1 rows in the model, grab(); %2")
                            .arg(tab.model()->rowCount())
                            .arg(verdict(tabStats.medianMs <= 200))});
    }

    // Import: every reading of the store as a long CSV, into copies without readings.
    say(QStringLiteral("Writing the readings CSV…"));
    QTemporaryDir work;
    const QString csv = work.filePath(QStringLiteral("readings.csv"));
    {
        Dataset ds(path);
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("楼宇编码,表号,月份,读数,单位\n");
        Query q(ds.services.database(),
                QStringLiteral("SELECT b.code, m.meter_no, r.month, r.value_milli, m.unit "
                               "FROM energy_readings r JOIN energy_meters m ON m.id = r.meter_id "
                               "JOIN buildings b ON b.id = m.building_id ORDER BY b.code, "
                               "m.meter_no, r.month"),
                QStringLiteral("bench"));
        q.exec();
        QByteArray buffer;
        while (q.next()) {
            const qint64 v = q.value(3).toLongLong();
            buffer += q.value(0).toString().toUtf8() + ',' + q.value(1).toString().toUtf8() + ','
                      + q.value(2).toString().toUtf8() + ',' + QByteArray::number(v / 1000) + '.'
                      + QByteArray::number(v % 1000).rightJustified(3, '0') + ','
                      + q.value(4).toString().toUtf8() + '\n';
            if (buffer.size() > (1 << 20)) {
                f.write(buffer);
                buffer.clear();
            }
        }
        f.write(buffer);
    }
    QList<double> times;
    ImportResult last;
    for (int i = 0; i < o.importRuns; ++i) {
        const QString copy = work.filePath(QStringLiteral("copy.sqlite"));
        QFile::remove(copy);
        QFile::copy(path, copy);
        {
            Dataset ds(copy);
            Query(ds.services.database(), QStringLiteral("DELETE FROM energy_readings"),
                  QStringLiteral("bench"))
                .exec();
        }
        Dataset ds(copy);
        ImportOptions options;
        const CsvDocument head = CsvDocument::fromBytes("楼宇编码,表号,月份,读数,单位\n");
        options.mapping = ColumnMapping::guess(ds.services.readingImporter().fields(), head.headers());
        QElapsedTimer timer;
        timer.start();
        last = ds.services.readingImporter().importFile(csv, options);
        times << double(timer.nsecsElapsed()) / 1e6;
        say(QStringLiteral("import run %1: %2 ms, %3 accepted").arg(i + 1).arg(times.last(), 0, 'f', 0).arg(last.accepted));
    }
    std::sort(times.begin(), times.end());
    Stats imp {times[times.size() / 2], times.first(), times.last(), int(times.size())};
    const double perSecond = readings / (imp.medianMs / 1000.0);
    // Bare: the shell loads the same CSV into a temporary table and inserts it through the
    // meters' and buildings' keys (no validation, no derivation).
    const QString bareCopy = work.filePath(QStringLiteral("bare.sqlite"));
    QFile::copy(path, bareCopy);
    sqliteScriptMs(bareCopy, QStringLiteral("DELETE FROM energy_readings;"));
    const double bareMs = sqliteScriptMs(
        bareCopy,
        QStringLiteral(".import --csv --schema temp '%1' readings_csv\n"
                       "INSERT INTO energy_readings (meter_id, month, value_milli, consumption_milli, "
                       "updated_at, created_at) SELECT m.id, c.\"月份\", CAST(c.\"读数\" * 1000 AS "
                       "INTEGER), 0, 0, 0 FROM temp.readings_csv c JOIN buildings b ON b.code = "
                       "c.\"楼宇编码\" JOIN energy_meters m ON m.building_id = b.id AND m.meter_no = "
                       "c.\"表号\";\n")
            .arg(csv));
    rows.push_back({QStringLiteral("import: `importFile()` %1 readings, long CSV").arg(readings), scale,
                    imp, bareMs, QStringLiteral("≥ 100,000 rows/s"),
                    QStringLiteral("%1 rows/s (read, match, convert, derive, flag, store; bare %2 "
                                   "rows/s); last run %3 accepted, %4 rejected, %5 replaced; %6")
                        .arg(qint64(perSecond))
                        .arg(bareMs > 0 ? qint64(readings / (bareMs / 1000.0)) : 0)
                        .arg(last.accepted)
                        .arg(last.rejected.size())
                        .arg(last.replaced)
                        .arg(verdict(perSecond >= 100000 && last.rejected.isEmpty()))});

    std::printf("\n");
    printMarkdown(rows);
    if (!o.out.isEmpty()) {
        QFile out(o.out);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            out.write(markdownTable(rows).toUtf8());
    }
    return 0;
}

} // namespace
} // namespace ga::bench

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    spdlog::set_level(spdlog::level::warn);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GovAssetsBench"));
    QApplication::setOrganizationName(QStringLiteral("GovAssets"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the energy module's operations at region scale and prints a Markdown table: "
        "median, min, max, the same SQL bare through sqlite3, target."));
    parser.addHelpOption();
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("The region database (generated there when "
                                                   "missing)."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs (default 11)."),
                                  QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption importRuns(QStringLiteral("import-runs"),
                                        QStringLiteral("Imports, each on a fresh copy (default 3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Also write the table to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("A quick run on a small generated store."));
    parser.addOptions({region, runs, importRuns, out, smoke});
    parser.process(app);
    ga::bench::Options o;
    o.region = parser.value(region);
    o.runs = parser.value(runs).toInt();
    o.importRuns = parser.value(importRuns).toInt();
    o.out = parser.value(out);
    o.smoke = parser.isSet(smoke);
    if (o.smoke) {
        o.runs = 3;
        o.importRuns = 1;
    }
    try {
        return ga::bench::run(o);
    } catch (const ga::Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
}

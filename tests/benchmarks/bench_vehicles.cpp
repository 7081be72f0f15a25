// govassets_bench: the vehicle module's performance figures (docs/benchmarks.md).
//
// For each operation of the "Vehicles" performance issue it times the real service call or the
// real widget (offscreen), N runs, and reports the median next to the same SQL run bare through
// the `sqlite3` shell, with the target and PASS / FAIL. See --help.

#include "BenchSupport.h"

#include "app/DemoData.h"
#include "app/Services.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/Session.h"
#include "org/AuditQueryService.h"
#include "org/OrgService.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/Keyset.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"
#include "storage/Transaction.h"
#include "storage/csv/ColumnMapping.h"
#include "storage/csv/Importer.h"
#include "vehicles/DispatchService.h"
#include "vehicles/FuelImporter.h"
#include "vehicles/FuelRepository.h"
#include "vehicles/TripRepository.h"
#include "vehicles/VehicleService.h"
#include "vehicles/VehicleStatisticsService.h"
#include "vehicles/VehicleTypes.h"
#include "widgets/vehicles/BoardTimeline.h"
#include "widgets/vehicles/DispatchBoard.h"
#include "widgets/vehicles/TripsTab.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

#include <unistd.h>

namespace ga::bench {
namespace {

using namespace ga::vehicles;

// --- the SQL the repositories run, copied verbatim (binds substituted by withLiterals) -------
// TripRepository.cpp: kTripColumns, kTripJoins, conflict(), boardTrips(), pending(), page(),
// count(); DispatchRepository.cpp: kVehicleSelect, kDriverSelect, boardVehicles(),
// departments(). Keep them in step with those files.

const QString kTripColumns = QStringLiteral(
    "t.id, t.request_no, t.department_id, d.name, t.requested_by, t.liaison, t.liaison_phone, "
    "t.purpose, t.destination, t.out_of_region, t.emergency, t.passengers, t.planned_start, "
    "t.planned_end, t.status, t.approved_by, u.display_name, t.approved_at, t.approval_note, "
    "t.dispatched_before_approval, t.vehicle_id, v.plate, v.brand, v.model, t.driver_id, dr.name, "
    "dr.phone, t.assigned_by, t.assigned_at, t.override_reason, t.departed_at, t.odometer_out, "
    "t.returned_at, t.odometer_in, t.fuel_cost, t.tolls, t.parking, t.closed_at, t.reason, "
    "t.created_at");

const QString kTripJoins
    = QStringLiteral(" FROM trips t JOIN departments d ON d.id = t.department_id"
                     " LEFT JOIN users u ON u.id = t.approved_by"
                     " LEFT JOIN vehicles v ON v.id = t.vehicle_id"
                     " LEFT JOIN drivers dr ON dr.id = t.driver_id");

const QString kVehicleSelect = QStringLiteral(
    "SELECT v.id, v.plate, v.brand, v.model, v.category, v.seats, v.licence_class, v.status, "
    "v.odometer_km, "
    "(SELECT max(i.expiry) FROM vehicle_inspections i WHERE i.vehicle_id = v.id "
    "AND i.result = 'passed'), "
    "(SELECT max(s.expiry) FROM vehicle_insurance s WHERE s.vehicle_id = v.id) "
    "FROM vehicles v");

const QString kDriverSelect
    = QStringLiteral("SELECT id, name, phone, licence_class, licence_expiry, status FROM drivers");

QString conflictSql(const QString &column)
{
    return QStringLiteral("SELECT ") + kTripColumns + kTripJoins + QStringLiteral(" WHERE t.")
        + column
        + QStringLiteral(" = :id AND t.planned_start >= :lo AND t.planned_start < :end "
                         "AND t.planned_end > :start "
                         "AND t.status IN ('assigned', 'departed') AND t.id <> :exclude "
                         "ORDER BY t.planned_start LIMIT 1");
}

const QString kBoardVehiclesSql
    = QStringLiteral("SELECT id, plate, brand, model, category, status, seats FROM vehicles "
                     "WHERE status <> 'retired' ORDER BY category, plate");

const QString kBoardTripsSql = QStringLiteral(
    "SELECT t.id, t.vehicle_id, t.request_no, d.name, t.destination, dr.name, "
    "t.planned_start, t.planned_end, t.status, t.emergency, t.out_of_region, "
    "t.dispatched_before_approval, t.passengers FROM trips t "
    "JOIN departments d ON d.id = t.department_id "
    "LEFT JOIN drivers dr ON dr.id = t.driver_id "
    "WHERE t.planned_start >= :lo AND t.planned_start < :end AND t.planned_end > :start "
    "AND t.vehicle_id IS NOT NULL AND t.status NOT IN ('rejected', 'cancelled') "
    "ORDER BY t.vehicle_id, t.planned_start");

const QString kPendingSql = QStringLiteral("SELECT ") + kTripColumns + kTripJoins
    + QStringLiteral(" WHERE t.status IN ('requested', 'approved') AND "
                     "t.planned_start >= :lo AND t.planned_end > :after AND "
                     "t.vehicle_id IS NULL ORDER BY t.planned_start, t.id LIMIT :limit");

const QString kDepartmentsSql
    = QStringLiteral("SELECT id, name FROM departments WHERE status = 'active' ORDER BY name");

const QString kPageSelect = QStringLiteral(
    "SELECT t.id, t.request_no, t.planned_start, t.planned_end, d.name, t.destination, "
    "v.plate, dr.name, t.passengers, t.status, t.emergency, t.out_of_region, "
    "t.odometer_out, t.odometer_in, t.fuel_cost + t.tolls + t.parking FROM trips t "
    "JOIN departments d ON d.id = t.department_id "
    "LEFT JOIN vehicles v ON v.id = t.vehicle_id "
    "LEFT JOIN drivers dr ON dr.id = t.driver_id");

const QString kPlateWhere = QStringLiteral(
    " WHERE t.vehicle_id IN (SELECT id FROM vehicles WHERE plate LIKE :plate ESCAPE '\\')");
const QString kDepartmentWhere = QStringLiteral(" WHERE t.department_id = :department");
const QString kStartOrder = QStringLiteral(" ORDER BY t.planned_start DESC, t.id DESC");

// A page of the trips list under `where` (default sort: start, descending), as page() runs it.
QString pageSql(const QString &where, const QList<std::pair<QString, QVariant>> &binds, int offset,
                int limit)
{
    auto all = binds;
    all.append({QStringLiteral(":limit"), limit});
    all.append({QStringLiteral(":offset"), offset});
    return withLiterals(
        kPageSelect + where + kStartOrder + QStringLiteral(" LIMIT :limit OFFSET :offset"), all);
}

// The page after the row (start, id) (default sort: start, descending), as pageAfter() runs it.
QString keysetPageSql(qint64 start, qint64 id, int limit)
{
    return withLiterals(
        kPageSelect
            + QStringLiteral(" WHERE t.planned_start <= :k_start1 AND (t.planned_start < "
                             ":k_start2 OR (t.planned_start = :k_start3 AND t.id < :k_id))")
            + kStartOrder + QStringLiteral(" LIMIT :limit"),
        {{QStringLiteral(":k_start1"), start},
         {QStringLiteral(":k_start2"), start},
         {QStringLiteral(":k_start3"), start},
         {QStringLiteral(":k_id"), id},
         {QStringLiteral(":limit"), limit}});
}

QString countSql(const QString &where, const QList<std::pair<QString, QVariant>> &binds)
{
    return withLiterals(QStringLiteral("SELECT count(*) FROM trips t") + where, binds);
}

// The LIKE pattern whereOf() builds for a plate fragment.
QString platePattern(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// --- output -----------------------------------------------------------------------------------

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

// --- datasets ----------------------------------------------------------------------------------

// Generates `path` at `scale` with the project's generator when the file does not exist.
void ensureDatabase(const QString &path, demo::Scale scale)
{
    if (isServerLocation(path)) {
        // A database on the server: generated into when it holds no trips yet.
        Services existing(path);
        Query trips(existing.database(), QStringLiteral("SELECT count(*) FROM trips"),
                    QStringLiteral("counting trips"));
        if (trips.scalar(0).toLongLong() > 0)
            return;
    } else if (QFileInfo::exists(path)) {
        return;
    }
    say(QStringLiteral("Generating the %1 dataset in %2 …").arg(demo::scaleKey(scale), path));
    QElapsedTimer timer;
    timer.start();
    Services services(path);
    services.session().setUser(UserContext::system());
    demo::GenerateOptions options;
    options.scale = scale;
    int lastPercent = -1;
    const demo::GenerateReport report
        = demo::generate(services, options, [&](const QString &stage, int percent) {
              if (percent / 10 != lastPercent / 10)
                  say(QStringLiteral("  %1 %2%").arg(stage).arg(percent));
              lastPercent = percent;
              return true;
          });
    say(QStringLiteral("Generated %1 in %2 s (organisation %3 s, generator total %4 s): "
                       "%5 vehicles, %6 trips, %7 fuel transactions")
            .arg(demo::scaleKey(scale), fmt(timer.elapsed() / 1000.0), fmt(report.orgSeconds),
                 fmt(report.totalSeconds))
            .arg(report.vehicles)
            .arg(report.trips)
            .arg(report.fuelTransactions));
}

// One generated store opened for the benchmark, its clock standing at the data's "today",
// 10:00 (the generator's reference time), so the board shows the day the data was made for.
struct Dataset
{
    QString path;
    QString scale;
    std::unique_ptr<Services> services;
    FixedClock *clock = nullptr;
    QDate today;
    QDate busiestDay; // of the four weeks up to today, the most trips with a vehicle
    QList<qint64> vehicleIds;
    QList<qint64> driverIds;
    QStringList plates;
    QList<std::pair<qint64, int>> departments; // id, index in the trips list's combo box
    qint64 trips = 0;

    DispatchService &dispatch() { return services->dispatch(); }
};

std::unique_ptr<Dataset> openDataset(const QString &path, const QString &scale)
{
    auto ds = std::make_unique<Dataset>();
    ds->path = path;
    ds->scale = scale;
    auto clock = std::make_unique<FixedClock>(QDateTime::currentDateTimeUtc());
    ds->clock = clock.get();
    ds->services = std::make_unique<Services>(path, std::move(clock));
    ds->services->session().setUser(UserContext::system());
    Database &db = ds->services->database();

    // Both stores: the generator's audit row as JSON, the busiest day counted here.
    Query ref(db,
              QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'generate' "
                             "ORDER BY id DESC LIMIT 1"),
              QStringLiteral("reading the reference date"));
    ds->today = QDate::fromString(
        QJsonDocument::fromJson(ref.scalar().toString().toUtf8())
            .object()
            .value(QStringLiteral("reference_date"))
            .toString(),
        Qt::ISODate);
    if (!ds->today.isValid()) {
        Query last(db, QStringLiteral("SELECT max(planned_start) FROM trips"),
                   QStringLiteral("reading the last trip"));
        ds->today = QDateTime::fromSecsSinceEpoch(last.scalar(0).toLongLong()).date();
    }
    ds->clock->set(QDateTime(ds->today, QTime(10, 0)).toUTC());

    Query busy(db,
               QStringLiteral("SELECT planned_start FROM trips WHERE planned_start >= :from "
                              "AND planned_start < :to AND vehicle_id IS NOT NULL"),
               QStringLiteral("finding the busiest day"));
    busy.bind(QStringLiteral(":from"),
              QDateTime(ds->today.addDays(-27), QTime(0, 0)).toSecsSinceEpoch())
        .bind(QStringLiteral(":to"),
              QDateTime(ds->today.addDays(1), QTime(0, 0)).toSecsSinceEpoch());
    busy.exec();
    QHash<QDate, int> perDay;
    while (busy.next())
        ++perDay[QDateTime::fromSecsSinceEpoch(busy.value(0).toLongLong()).date()];
    int most = -1;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        if (it.value() > most || (it.value() == most && it.key() < ds->busiestDay)) {
            most = it.value();
            ds->busiestDay = it.key();
        }
    if (!ds->busiestDay.isValid())
        ds->busiestDay = ds->today;

    Query v(db,
            QStringLiteral("SELECT id, plate FROM vehicles WHERE status <> 'retired' ORDER BY id"),
            QStringLiteral("listing vehicles"));
    v.exec();
    while (v.next()) {
        ds->vehicleIds.append(v.value(0).toLongLong());
        ds->plates.append(v.value(1).toString());
    }
    Query d(db, QStringLiteral("SELECT id FROM drivers WHERE status <> 'retired' ORDER BY id"),
            QStringLiteral("listing drivers"));
    d.exec();
    while (d.next())
        ds->driverIds.append(d.value(0).toLongLong());
    const QList<DepartmentRef> deps = ds->dispatch().departments();
    for (int i = 0; i < deps.size(); ++i)
        ds->departments.append({deps.at(i).id, i + 1}); // 0: "All departments"
    Query n(db, QStringLiteral("SELECT count(*) FROM trips"), QStringLiteral("counting trips"));
    ds->trips = n.scalar(0).toLongLong();
    say(QStringLiteral("Opened %1 (%2): %3 vehicles, %4 drivers, %5 trips, today %6, busiest "
                       "day %7")
            .arg(path, scale)
            .arg(ds->vehicleIds.size())
            .arg(ds->driverIds.size())
            .arg(ds->trips)
            .arg(ds->today.toString(Qt::ISODate), ds->busiestDay.toString(Qt::ISODate)));
    return ds;
}

// --- the benchmark ---------------------------------------------------------------------------

struct Options
{
    QString region;
    QString small;
    QString postgres; // a region store on a PostgreSQL server, beside the SQLite one
    QString out;
    int runs = 31;
    int fuelRows = 500000;
    int fuelRuns = 3;
    int deepOffset = 100000;
    qint64 auditRows = 2000000; // the audit trail the lists part brings the store up to
    quint32 seed = 20261128;
    bool smoke = false;
    QStringList only; // empty: every part (check, board, trips, stats, lists, fuel)

    bool wants(const QString &part) const { return only.isEmpty() || only.contains(part); }
};

class VehicleBench
{
public:
    VehicleBench(const Options &options, std::vector<Row> &rows)
        : m_options(options)
        , m_rows(rows)
    {
    }

    // Conflict check of one assignment; returns the median.
    double conflictCheck(Dataset &ds, const QString &target, double limitMs = 1.0,
                         const QString &extraNote = {});
    void board(Dataset &ds);
    void tripsList(Dataset &ds);
    void statistics(Dataset &ds);
    // Keyset paging of the staff list, the audit log and the fuel ledger, against the same pages
    // by offset.
    void lists(Dataset &ds);
    void fuelImport(const QString &sourcePath, const QString &scale, const QDate &today);

private:
    Row &add(const QString &operation, const QString &scale, const Stats &stats, double bareMs,
             const QString &target, const QString &note)
    {
        m_rows.push_back({operation, scale, stats, bareMs, target, note});
        say(QStringLiteral("  %1 [%2]: median %3 ms (min %4, max %5), bare %6 ms — %7")
                .arg(operation, scale, fmt(stats.medianMs, 3), fmt(stats.minMs, 3),
                     fmt(stats.maxMs, 3), bareMs < 0 ? QStringLiteral("–") : fmt(bareMs, 3), note));
        return m_rows.back();
    }
    int runs() const { return m_options.runs; }

    const Options &m_options;
    std::vector<Row> &m_rows;
};

double VehicleBench::conflictCheck(Dataset &ds, const QString &target, double limitMs,
                                   const QString &extraNote)
{
    say(QStringLiteral("Conflict check (%1)…").arg(ds.scale));
    // Random assignments a clerk could be checking: a vehicle, a driver, a window of 1–4 hours
    // starting between 07:00 and 18:00 on a day from 30 days back to 14 days ahead (where the
    // vehicle's and driver's histories are longest), 1–5 passengers.
    QRandomGenerator rng(m_options.seed);
    struct Sample
    {
        TimeSpan window;
        qint64 vehicle;
        qint64 driver;
        int passengers;
    };
    // Every other sample overlaps a stored assigned / departed trip of its vehicle, so both
    // outcomes (free, refused with the conflicting trip loaded) are timed.
    QList<Sample> busy;
    Query q(ds.services->database(),
            QStringLiteral("SELECT vehicle_id, driver_id, planned_start, planned_end FROM trips "
                           "WHERE status IN ('assigned', 'departed') AND vehicle_id IS NOT NULL "
                           "AND driver_id IS NOT NULL ORDER BY id"),
            QStringLiteral("listing assigned trips"));
    q.exec();
    while (q.next()) {
        const qint64 start = q.value(2).toLongLong();
        const qint64 end = q.value(3).toLongLong();
        busy.append({{start + (end - start) / 2, end + 3600},
                     q.value(0).toLongLong(),
                     q.value(1).toLongLong(),
                     1});
    }
    const int count = runs() + 1; // one warm-up
    QList<Sample> samples;
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 1 && !busy.isEmpty()) {
            Sample s = busy.at(rng.bounded(qsizetype(busy.size())));
            s.driver = ds.driverIds.at(rng.bounded(qsizetype(ds.driverIds.size())));
            s.passengers = int(rng.bounded(1, 6));
            samples.append(s);
            continue;
        }
        const QDate day = ds.today.addDays(rng.bounded(-30, 15));
        const QDateTime start(day, QTime(rng.bounded(7, 19), 15 * rng.bounded(0, 4)));
        const qint64 s = start.toSecsSinceEpoch();
        samples.append({{s, s + 3600LL * rng.bounded(1, 5)},
                        ds.vehicleIds.at(rng.bounded(qsizetype(ds.vehicleIds.size()))),
                        ds.driverIds.at(rng.bounded(qsizetype(ds.driverIds.size()))),
                        int(rng.bounded(1, 6))});
    }
    int next = 0;
    int conflicts = 0;
    const Stats stats = measure(runs(), [&] {
        const Sample &s = samples.at(next++ % count);
        const AssignmentCheck c = ds.dispatch().check(s.window, s.passengers, s.vehicle, s.driver);
        if (c.has(AssignmentRule::VehicleOverlap) || c.has(AssignmentRule::DriverOverlap))
            ++conflicts;
    });

    QStringList ops;
    for (const Sample &s : samples) {
        const QList<std::pair<QString, QVariant>> window {
            {QStringLiteral(":lo"), s.window.start - TripRepository::kMaxTripSecs},
            {QStringLiteral(":start"), s.window.start},
            {QStringLiteral(":end"), s.window.end},
            {QStringLiteral(":exclude"), 0}};
        auto vehicleBinds = window;
        vehicleBinds.append({QStringLiteral(":id"), s.vehicle});
        auto driverBinds = window;
        driverBinds.append({QStringLiteral(":id"), s.driver});
        ops << withLiterals(kVehicleSelect + QStringLiteral(" WHERE v.id = :id"), vehicleBinds)
                + QStringLiteral(";\n")
                + withLiterals(kDriverSelect + QStringLiteral(" WHERE id = :id"), driverBinds)
                + QStringLiteral(";\n")
                + withLiterals(conflictSql(QStringLiteral("vehicle_id")), vehicleBinds)
                + QStringLiteral(";\n")
                + withLiterals(conflictSql(QStringLiteral("driver_id")), driverBinds);
    }
    const double bare = bareMs(ds.path, ops, 3);
    QString note
        = QStringLiteral("%1 random assignments, %2 with an overlap").arg(count).arg(conflicts);
    if (!target.isEmpty())
        note += QStringLiteral("; ") + verdict(stats.medianMs <= limitMs);
    if (!extraNote.isEmpty())
        note += QStringLiteral("; ") + extraNote;
    add(QStringLiteral("conflict check: `check()` one assignment"), ds.scale, stats, bare, target,
        note);
    return stats.medianMs;
}

void VehicleBench::board(Dataset &ds)
{
    say(QStringLiteral("Dispatch board (%1)…").arg(ds.scale));
    // The busiest day of the last four weeks (the data's "today" may be a quiet weekend).
    DispatchService &d = ds.dispatch();
    const QDate day = ds.busiestDay;
    const DispatchBoardData sample = d.board(day);

    // The same three queries bare.
    const TimeSpan span = DispatchService::spanOf(DateRange {day, day});
    const qint64 after = std::min(span.start, ds.clock->nowSecs());
    const QString boardSql = kBoardVehiclesSql + QStringLiteral(";\n")
        + withLiterals(kBoardTripsSql,
                       {{QStringLiteral(":lo"), span.start - TripRepository::kMaxTripSecs},
                        {QStringLiteral(":start"), span.start},
                        {QStringLiteral(":end"), span.end}})
        + QStringLiteral(";\n")
        + withLiterals(kPendingSql,
                       {{QStringLiteral(":lo"), after - TripRepository::kMaxTripSecs},
                        {QStringLiteral(":after"), after},
                        {QStringLiteral(":limit"), DispatchService::kPendingLimit}});
    const double bare = bareMs(ds.path, boardSql, 10);
    const QString shape = QStringLiteral("%1: %2 vehicles, %3 trips, %4 pending")
                              .arg(day.toString(Qt::ISODate))
                              .arg(sample.vehicles.size())
                              .arg(sample.trips.size())
                              .arg(sample.pending.size());

    const Stats service = measure(runs(), [&] { d.board(day); });
    add(QStringLiteral("dispatch board: `board(day)` service"), ds.scale, service, bare,
        QStringLiteral("≤ 300 ms"),
        shape + QStringLiteral("; ") + verdict(service.medianMs <= 300));

    // The real page, offscreen: reload (service + timeline + pending list) and a paint of the
    // whole page into a pixmap.
    DispatchBoard page(d, ds.services->settings(), *ds.clock);
    page.resize(1600, 900);
    page.show();
    page.activate();
    QApplication::processEvents();
    const Stats refresh = measure(runs(), [&] {
        page.showDay(day);
        page.grab();
    });
    add(QStringLiteral("dispatch board: `DispatchBoard::showDay()` + paint (1600×900)"), ds.scale,
        refresh, bare, QStringLiteral("≤ 300 ms"),
        QStringLiteral("whole page: queries, timeline, pending list, grab(); ")
            + verdict(refresh.medianMs <= 300));

    const Stats open = measure(std::max(3, runs() / 3), [&] {
        DispatchBoard fresh(d, ds.services->settings(), *ds.clock);
        fresh.resize(1600, 900);
        fresh.show();
        fresh.activate();
        fresh.grab();
    });
    add(QStringLiteral("dispatch board: open a new page (construct, activate, paint)"), ds.scale,
        open, bare, QStringLiteral("≤ 300 ms"),
        QStringLiteral("first open of the clerk's home page; ") + verdict(open.medianMs <= 300));

    BoardTimeline timeline;
    timeline.resize(1200, 800);
    timeline.show();
    const Stats paint = measure(runs(), [&] {
        timeline.setBoard(sample, ds.clock->nowSecs());
        timeline.grab();
    });
    add(QStringLiteral("dispatch board: `BoardTimeline::setBoard()` + paint (data ready)"),
        ds.scale, paint, -1, QStringLiteral("–"), QStringLiteral("the widget's share alone"));
}

// The Statistics tab's per-vehicle figures for the month up to today (trips, fuel and costs of
// every vehicle); the fuel part reads the covering per-vehicle index vehicle by vehicle.
void VehicleBench::statistics(Dataset &ds)
{
    say(QStringLiteral("Statistics (%1)…").arg(ds.scale));
    const DateRange month {QDate(ds.today.year(), ds.today.month(), 1), ds.today};
    const DateRange year {ds.today.addYears(-1).addDays(1), ds.today};
    auto &service = ds.services->vehicleStatistics();
    qsizetype vehicles = 0;
    const Stats perMonth = measure(runs(), [&] { vehicles = service.perVehicle(month).size(); });
    add(QStringLiteral("statistics: `perVehicle()` one month"), ds.scale, perMonth, -1,
        QStringLiteral("–"),
        QStringLiteral("%1 vehicles; the tab's table and charts").arg(vehicles));
    const Stats perYear = measure(std::max(3, runs() / 4), [&] { service.perVehicle(year); });
    add(QStringLiteral("statistics: `perVehicle()` twelve months"), ds.scale, perYear, -1,
        QStringLiteral("–"), QStringLiteral("%1 vehicles").arg(vehicles));
}

void VehicleBench::tripsList(Dataset &ds)
{
    say(QStringLiteral("Trips list (%1)…").arg(ds.scale));
    DispatchService &d = ds.dispatch();
    const double rssBefore = residentMemoryMb();
    const QString allPage = pageSql({}, {}, 0, 200);
    const QString allCount = countSql({}, {});

    const Stats page = measure(runs(), [&] { d.tripsPage(TripFilter {}, 0, 200); });
    add(QStringLiteral("trips: `tripsPage()` first page (200 rows)"), ds.scale, page,
        bareMs(ds.path, allPage, 20), QStringLiteral("–"), QStringLiteral("service only"));
    const Stats count = measure(runs(), [&] { d.tripsCount(TripFilter {}); });
    add(QStringLiteral("trips: `tripsCount()` all trips"), ds.scale, count,
        bareMs(ds.path, allCount, 20), QStringLiteral("–"),
        QStringLiteral("the tab's \"n trips\" label"));

    // Opening the list: a new tab, shown, activated (departments, first page, count) and
    // painted.
    const double openBare = bareMs(
        ds.path,
        kDepartmentsSql + QStringLiteral(";\n") + allPage + QStringLiteral(";\n") + allCount, 10);
    SettingsService &settings = ds.services->settings();
    const Stats open = measure(runs(), [&] {
        TripsTab tab(d, settings, *ds.clock);
        tab.resize(1400, 800);
        tab.show();
        tab.activate();
        tab.grab();
    });
    add(QStringLiteral("trips list: open `TripsTab` (first screen, painted)"), ds.scale, open,
        openBare, QStringLiteral("≤ 200 ms"),
        QStringLiteral("construct, activate (departments, first page, count), grab(); ")
            + verdict(open.medianMs <= 200));

    TripsTab tab(d, settings, *ds.clock);
    tab.resize(1400, 800);
    tab.show();
    tab.activate();
    QApplication::processEvents();
    TripsModel *model = tab.model();
    const Stats reload = measure(runs(), [&] { model->reload(); });
    add(QStringLiteral("trips list: `TripsModel::reload()` (first page + count)"), ds.scale, reload,
        bareMs(ds.path, allPage + QStringLiteral(";\n") + allCount, 10),
        QStringLiteral("≤ 200 ms"), verdict(reload.medianMs <= 200));

    // Filters through the filter bar: the text field (plate fragment) and the department box.
    auto *text = tab.findChild<QLineEdit *>(QStringLiteral("tripsText"));
    auto *department = tab.findChild<QComboBox *>(QStringLiteral("tripsDepartment"));
    if (!text || !department)
        throw Error(QStringLiteral("The trips tab's filter bar has changed."));
    QRandomGenerator rng(m_options.seed + 1);
    QStringList fragments;
    for (int i = 0; i <= runs(); ++i)
        fragments << ds.plates.at(rng.bounded(qsizetype(ds.plates.size()))).right(5);
    int next = 0;
    const Stats plate = measure(runs(), [&] {
        {
            const QSignalBlocker block(text);
            text->setText(fragments.at(next++ % fragments.size()));
        }
        tab.applyFilter();
        tab.view()->grab();
    });
    QStringList plateOps;
    for (const QString &f : fragments) {
        const QList<std::pair<QString, QVariant>> binds {
            {QStringLiteral(":plate"), platePattern(f)}};
        plateOps << pageSql(kPlateWhere, binds, 0, 200) + QStringLiteral(";\n")
                + countSql(kPlateWhere, binds);
    }
    add(QStringLiteral("trips list: filter by plate (5 characters)"), ds.scale, plate,
        bareMs(ds.path, plateOps, 1), QStringLiteral("≤ 100 ms"),
        QStringLiteral("applyFilter(): first page + count, view painted; ")
            + verdict(plate.medianMs <= 100));

    {
        const QSignalBlocker block(text);
        text->clear();
    }
    tab.applyFilter();
    QList<std::pair<qint64, int>> picks;
    for (int i = 0; i <= runs(); ++i)
        picks << ds.departments.at(rng.bounded(qsizetype(ds.departments.size())));
    next = 0;
    const Stats dep = measure(runs(), [&] {
        department->setCurrentIndex(picks.at(next++ % picks.size()).second); // → applyFilter()
        tab.view()->grab();
    });
    QStringList depOps;
    for (const auto &[id, index] : picks) {
        Q_UNUSED(index)
        const QList<std::pair<QString, QVariant>> binds {{QStringLiteral(":department"), id}};
        depOps << pageSql(kDepartmentWhere, binds, 0, 200) + QStringLiteral(";\n")
                + countSql(kDepartmentWhere, binds);
    }
    add(QStringLiteral("trips list: filter by department"), ds.scale, dep,
        bareMs(ds.path, depOps, 1), QStringLiteral("≤ 100 ms"),
        QStringLiteral("combo box → applyFilter(): first page + count, view painted; ")
            + verdict(dep.medianMs <= 100));

    // Scrolling: back to every trip, then the scroll bar to the bottom once per run, each time
    // fetching the next page (Qt's canFetchMore / fetchMore), and painting.
    department->setCurrentIndex(0);
    QApplication::processEvents();
    QScrollBar *bar = tab.view()->verticalScrollBar();
    int rowsBefore = 0;
    const Stats scroll = measure(runs(), [&] {
        rowsBefore = model->rowCount();
        bar->setValue(bar->maximum());
        tab.view()->grab();
    });
    const int rowsLoaded = model->rowCount();
    const double rssOpen = residentMemoryMb();
    const int lastOffset = std::max(0, rowsLoaded - model->pageSize());
    // The model fetches by key: the bare figure is the last page after the row before it.
    const auto beforeLast = d.tripsPage(TripFilter {}, std::max(0, lastOffset - 1), 1);
    const QString lastPage = beforeLast.isEmpty()
        ? pageSql({}, {}, 0, 200)
        : keysetPageSql(beforeLast.first().planned.start, beforeLast.first().id, 200);
    add(QStringLiteral("trips list: scroll to the bottom (fetch the next page)"), ds.scale, scroll,
        bareMs(ds.path, lastPage, 10), QStringLiteral("RSS ≤ 300 MB"),
        QStringLiteral("%1 rows loaded after %2 + 1 scrolls; VmRSS %3 MB with the list open "
                       "(%4 MB before opening it); bare: the last page, after row %5; %6")
            .arg(rowsLoaded)
            .arg(runs())
            .arg(fmt(rssOpen))
            .arg(fmt(rssBefore))
            .arg(lastOffset)
            .arg(verdict(rssOpen > 0 && rssOpen <= 300)));
    Q_UNUSED(rowsBefore)

    // Deep scrolling. By offset (the old paging, still in the API): the page at an offset
    // costs about as much as skipping that many rows. By key (what TripsModel fetches): the
    // page after a row starts on trips_start at that row, so it costs what the first page does.
    for (const qint64 wanted : {qint64(m_options.deepOffset), qint64(m_options.deepOffset) * 5}) {
        const int deep = int(std::min<qint64>(wanted, std::max<qint64>(0, ds.trips - 200)));
        const int n = wanted == m_options.deepOffset ? runs() : std::max(3, runs() / 3);
        const Stats deepStats = measure(n, [&] { d.tripsPage(TripFilter {}, deep, 200); });
        add(QStringLiteral("trips: `tripsPage()` at offset %1 (deep scroll)").arg(deep), ds.scale,
            deepStats, bareMs(ds.path, pageSql({}, {}, deep, 200), 3), QStringLiteral("–"),
            QStringLiteral("LIMIT/OFFSET: grows with the offset; informational (%1)")
                .arg(deepStats.medianMs <= 200 ? QStringLiteral("within 200 ms")
                                               : QStringLiteral("over 200 ms")));
    }
    for (const qint64 wanted : {qint64(m_options.deepOffset), qint64(m_options.deepOffset) * 5}) {
        const int deep = int(std::min<qint64>(wanted, std::max<qint64>(1, ds.trips - 200)));
        const auto last = d.tripsPage(TripFilter {}, deep - 1, 1);   // row `deep`, 1-based
        if (last.isEmpty())
            continue;
        const TripCursor after = last.first().key;
        QList<TripRow> byKey;
        const Stats keyStats
            = measure(runs(), [&] { byKey = d.tripsPageAfter(TripFilter {}, after, 200); });
        // The same rows as the page at that offset.
        const auto byOffset = d.tripsPage(TripFilter {}, deep, 200);
        bool same = byKey.size() == byOffset.size();
        for (int i = 0; same && i < byKey.size(); ++i)
            same = byKey.at(i).id == byOffset.at(i).id;
        add(QStringLiteral("trips: `tripsPageAfter()` after row %1 (deep scroll, keyset)")
                .arg(deep),
            ds.scale, keyStats,
            bareMs(ds.path,
                         keysetPageSql(after.values.at(0).toLongLong(),
                                       after.values.at(1).toLongLong(), 200),
                         20),
            QStringLiteral("–"),
            QStringLiteral("keyset on trips_start; %1 rows, %2 the page at offset %3; %4")
                .arg(byKey.size())
                .arg(same ? QStringLiteral("same as") : QStringLiteral("DIFFERENT FROM"))
                .arg(deep)
                .arg(keyStats.medianMs <= 200 ? QStringLiteral("within 200 ms")
                                              : QStringLiteral("over 200 ms")));
    }
}

// --- lists paged by key: staff, audit log, fuel ledger ------------------------------------------
// StaffRepository.cpp rows(), AuditQueryService.cpp rows(), FuelRepository.cpp rows(), copied
// verbatim (the key columns and the seek condition come from the same ga::Keyset).

const QString kStaffPageSql = QStringLiteral(
    "SELECT s.id, s.staff_no, s.name, s.gender, s.department_id, s.rank_id, s.post_title, "
    "s.post_start, s.post_end, s.transferred, s.phone, s.status, s.created_at, d.name, r.name, "
    "r.name_en%1 FROM staff s JOIN departments d ON d.id = s.department_id "
    "JOIN ranks r ON r.id = s.rank_id");
const QString kAuditPageSql = QStringLiteral(
    "SELECT id, at, user_id, username, action, entity, entity_id, before_json, after_json%1 "
    "FROM audit_log");
const QString kFuelPageSql = QStringLiteral(
    "SELECT id, vehicle_id, card_no, at, fuel_kind, quantity_milli, amount, station, "
    "odometer_km%1 FROM fuel_transactions");

// The statements of one page after `after` (one per range of the key, as Keyset::page() runs
// them, the later ones only while the page is not full), with literal values. `selectSql` has
// %1 for the key's columns; `offset` >= 0 gives the page by offset instead.
QStringList pageStatements(Database &db, const QString &selectSql, const Keyset &keyset,
                           const KeysetCursor &after, int limit, int offset = -1)
{
    const QString select = selectSql.arg(keyset.selectList());
    if (offset >= 0)
        return {
            withLiterals(select + keyset.orderBy()
                             + QStringLiteral(" LIMIT :limit OFFSET "
                                              ":offset"),
                         {{QStringLiteral(":limit"), limit}, {QStringLiteral(":offset"), offset}})};
    QStringList statements;
    int left = limit;
    for (const Keyset::Range &range : keyset.rangesAfter(SqlWhere {}, after)) {
        auto binds = range.where.binds();
        binds.append({QStringLiteral(":limit"), left});
        const QString sql = withLiterals(
            select + range.where.sql() + range.orderBy + QStringLiteral(" LIMIT :limit"), binds);
        statements << sql;
        Query q(db, QStringLiteral("SELECT count(*) FROM (") + sql + QLatin1Char(')'),
                QStringLiteral("counting a page"));
        left -= q.scalar(0).toInt();
        if (left <= 0)
            break;
    }
    return statements;
}

// Appends a generated audit trail to the store until it holds `wanted` rows: ten years up to
// `today`, in time order, the users, actions and entities a region's clerks produce, with small
// before/after documents. In bulk: one transaction, one prepared statement bound through the
// sqlite3 API, the audit log's secondary indexes dropped and rebuilt (the generator's way), not
// one service call per row.
void ensureAuditTrail(Dataset &ds, qint64 wanted, quint32 seed)
{
    Database &db = ds.services->database();
    const qint64 have
        = Query(db, QStringLiteral("SELECT count(*) FROM audit_log"), QStringLiteral("counting"))
              .scalar(0)
              .toLongLong();
    if (have >= wanted)
        return;
    const qint64 rows = wanted - have;
    say(QStringLiteral("Appending %1 audit rows to %2 …").arg(rows).arg(ds.path));
    QElapsedTimer timer;
    timer.start();
    QList<std::pair<qint64, QString>> users;
    {
        Query q(db, QStringLiteral("SELECT id, username FROM users ORDER BY id"),
                QStringLiteral("listing users"));
        q.exec();
        while (q.next())
            users.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    for (int i = users.size(); i < 60; ++i) // clerks of the agencies, by name only
        users.append({0, QStringLiteral("clerk%1").arg(i, 3, 10, QLatin1Char('0'))});
    struct Kind
    {
        const char *entity;
        const char *action;
        int weight;
    };
    static const Kind kinds[] = {{"trip", "create", 30},
                                 {"trip", "approve", 20},
                                 {"trip", "assign", 20},
                                 {"trip", "depart", 18},
                                 {"trip", "return", 18},
                                 {"trip", "close", 15},
                                 {"fuel_transaction", "import", 10},
                                 {"vehicle", "update", 4},
                                 {"maintenance", "create", 3},
                                 {"staff", "update", 3},
                                 {"user", "login", 25},
                                 {"building", "update", 1},
                                 {"department", "update", 1},
                                 {"vehicle", "create", 1},
                                 {"staff", "create", 1}};
    int totalWeight = 0;
    for (const Kind &k : kinds)
        totalWeight += k.weight;
    QRandomGenerator rng(seed);
    const qint64 end = QDateTime(ds.today, QTime(18, 0)).toSecsSinceEpoch();
    const qint64 start = QDateTime(ds.today.addYears(-10), QTime(8, 0)).toSecsSinceEpoch();
    const double step = double(end - start) / double(rows);

    Transaction tx(db);
    BulkLoadCache cache(db, 262144);
    DeferredIndexes deferred(
        db, DeferredIndexes::secondaryIndexesOf(db, {QStringLiteral("audit_log")}));
    BulkStatement insert(db,
                         QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, "
                                        "entity, entity_id, before_json, after_json) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         QStringLiteral("appending the audit trail"));
    for (qint64 i = 0; i < rows; ++i) {
        int pick = int(rng.bounded(totalWeight));
        const Kind *kind = &kinds[0];
        for (const Kind &k : kinds) {
            if (pick < k.weight) {
                kind = &k;
                break;
            }
            pick -= k.weight;
        }
        const auto &[userId, username] = users.at(int(rng.bounded(int(users.size()))));
        const qint64 entityId = 1 + qint64(rng.bounded(1000000u));
        insert.bind(0, start + qint64(double(i) * step));
        if (userId > 0)
            insert.bind(1, userId);
        else
            insert.bindNull(1);
        insert.bind(2, username);
        insert.bind(3, QString::fromLatin1(kind->action));
        insert.bind(4, QString::fromLatin1(kind->entity));
        insert.bind(5, entityId);
        if (qstrcmp(kind->action, "create") == 0 || qstrcmp(kind->action, "login") == 0)
            insert.bindNull(6);
        else
            insert.bind(6, QStringLiteral("{\"status\":\"before\",\"n\":%1}").arg(i % 997));
        insert.bind(7,
                    QStringLiteral("{\"status\":\"%1\",\"n\":%2}")
                        .arg(QString::fromLatin1(kind->action))
                        .arg(i % 991));
        insert.exec();
    }
    deferred.rebuild();
    tx.commit();
    say(QStringLiteral("  appended in %1 s").arg(fmt(timer.elapsed() / 1000.0)));
}

// Row `wanted` of a list of `count` rows when there is a whole page after it, else the middle
// row (a smaller store).
int deepRow(int wanted, int count)
{
    return count >= wanted + 200 ? wanted : count / 2;
}

void VehicleBench::lists(Dataset &ds)
{
    say(QStringLiteral("Lists paged by key (%1)…").arg(ds.scale));
    Database &db = ds.services->database();
    OrgService &org = ds.services->org();
    AuditQueryService &audit = ds.services->auditQuery();
    VehicleService &vehicles = ds.services->vehicles();
    FuelRepository fuel(db);

    // One row pair per depth: by key (the model's way) and by offset, the same 200 rows.
    auto compare = [&](const QString &list, const QString &where, qint64 row, const Stats &key,
                       const Stats &offset, const QStringList &keySql, const QStringList &offsetSql,
                       bool same, const QString &index, const QString &target, double targetMs) {
        const double bareKey = bareSqliteMs(ds.path, keySql, 20);
        const double bareOffset = bareSqliteMs(ds.path, offsetSql, 3);
        add(QStringLiteral("%1: page after row %2 %3 (keyset)").arg(list).arg(row).arg(where),
            ds.scale, key, bareKey, target,
            QStringLiteral("%1; %2 the page at offset %3; by offset %4× slower; %5")
                .arg(index,
                     same ? QStringLiteral("same rows as") : QStringLiteral("DIFFERENT FROM"))
                .arg(row)
                .arg(fmt(offset.medianMs / std::max(0.001, key.medianMs), 1))
                .arg(targetMs > 0 ? verdict(key.medianMs <= targetMs)
                                  : QStringLiteral("informational")));
        add(QStringLiteral("%1: page at offset %2 %3 (LIMIT/OFFSET)").arg(list).arg(row).arg(where),
            ds.scale, offset, bareOffset, QStringLiteral("–"),
            QStringLiteral("the paging the list used before; grows with the offset"));
    };
    auto sameIds = [](const auto &a, const auto &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i)
            if (a.at(i).key != b.at(i).key)
                return false;
        return true;
    };

    // --- staff: the whole register (retired too), by staff number
    StaffFilter staff;
    staff.includeRetired = true;
    const int staffCount = org.countStaff(staff);
    const Keyset staffKey({QStringLiteral("s.staff_no")}, false);
    // Row 10,000, then the last page.
    for (const int wanted : {deepRow(10000, staffCount), staffCount - 200}) {
        const int row = std::clamp(wanted, 1, std::max(1, staffCount - 1));
        const auto before = org.listStaff(staff, row - 1, 1);
        if (before.isEmpty())
            continue;
        const KeysetCursor after = before.first().key;
        QList<StaffRow> byKey;
        QList<StaffRow> byOffset;
        const Stats key = measure(runs(), [&] { byKey = org.staffPageAfter(staff, after, 200); });
        const Stats offset = measure(runs(), [&] { byOffset = org.listStaff(staff, row, 200); });
        compare(QStringLiteral("staff"),
                row + 200 >= staffCount
                    ? QStringLiteral("(the last page, %1 staff)").arg(staffCount)
                    : QStringLiteral("of %1 staff").arg(staffCount),
                row, key, offset, pageStatements(db, kStaffPageSql, staffKey, after, 200),
                pageStatements(db, kStaffPageSql, staffKey, {}, 200, row), sameIds(byKey, byOffset),
                QStringLiteral("by staff number, on its unique index"), QStringLiteral("–"), -1);
    }

    // --- audit: a region's trail, newest first
    ensureAuditTrail(ds, m_options.auditRows, m_options.seed);
    const int auditCount = audit.count({});
    const Keyset auditKey({QStringLiteral("at"), QStringLiteral("id")},
                          Keyset::Direction::Descending);
    // Row 1,000,000, then the last page.
    for (const int wanted : {deepRow(1000000, auditCount), auditCount - 200}) {
        const int row = std::clamp(wanted, 1, std::max(1, auditCount - 1));
        const auto before = audit.list({}, row - 1, 1);
        if (before.isEmpty())
            continue;
        const KeysetCursor after = before.first().key;
        QList<AuditEntry> byKey;
        QList<AuditEntry> byOffset;
        const Stats key = measure(runs(), [&] { byKey = audit.pageAfter({}, after, 200); });
        const Stats offset
            = measure(std::max(3, runs() / 5), [&] { byOffset = audit.list({}, row, 200); });
        compare(QStringLiteral("audit log"), QStringLiteral("of %1 rows").arg(auditCount), row, key,
                offset, pageStatements(db, kAuditPageSql, auditKey, after, 200),
                pageStatements(db, kAuditPageSql, auditKey, {}, 200, row), sameIds(byKey, byOffset),
                QStringLiteral("(at, id) on audit_at"),
                row >= 1000000 ? QStringLiteral("≤ 5 ms") : QStringLiteral("–"),
                row >= 1000000 ? 5.0 : -1);
    }

    // --- fuel: the fleet's ledger, vehicle by vehicle, newest first
    const int fuelCount = vehicles.fuelCount({});
    const Keyset fuelKey({QStringLiteral("vehicle_id"), QStringLiteral("at"),
                          QStringLiteral("fuel_kind"), QStringLiteral("quantity_milli"),
                          QStringLiteral("amount"), QStringLiteral("id")},
                         Keyset::Direction::Descending, 1);
    {
        const int row = std::clamp(deepRow(500000, fuelCount), 1, std::max(1, fuelCount - 1));
        const auto before = fuel.page({}, row - 1, 1);
        if (!before.isEmpty()) {
            const KeysetCursor after = before.first().key;
            QList<FuelTransaction> byKey;
            QList<FuelTransaction> byOffset;
            const Stats key
                = measure(runs(), [&] { byKey = vehicles.fuelPageAfter({}, after, 200); });
            const Stats offset
                = measure(std::max(3, runs() / 5), [&] { byOffset = fuel.page({}, row, 200); });
            compare(
                QStringLiteral("fuel ledger"), QStringLiteral("of %1 transactions").arg(fuelCount),
                row, key, offset, pageStatements(db, kFuelPageSql, fuelKey, after, 200),
                pageStatements(db, kFuelPageSql, fuelKey, {}, 200, row), sameIds(byKey, byOffset),
                QStringLiteral("fuel_transactions_vehicle, split on the vehicle"),
                QStringLiteral("–"), -1);
        }
    }
}

// Writes a fuel statement of `rows` rows for the vehicles (with fuel cards) of `db`: the columns
// and the formats of a real card statement, times over the year before `today`, amounts that
// agree with quantity × unit price. Returns the rows written.
qint64 writeFuelCsv(Database &db, const QString &path, int rows, const QDate &today, quint32 seed)
{
    struct Car
    {
        QString plate;
        QString card;
        QString fuel;
    };
    QList<Car> cars;
    Query q(db,
            QStringLiteral("SELECT plate, fuel_card_no, energy_type FROM vehicles "
                           "WHERE fuel_card_no IS NOT NULL AND fuel_card_no <> '' ORDER BY id"),
            QStringLiteral("listing fuel cards"));
    q.exec();
    while (q.next()) {
        const auto energy = fromEnergyTypeKey(q.value(2).toString()).value_or(EnergyType::Petrol);
        const QString fuel = energy == EnergyType::Diesel ? QStringLiteral("0#柴油")
            : energy == EnergyType::BatteryElectric       ? QStringLiteral("充电")
                                                          : QStringLiteral("92#汽油");
        cars.append({q.value(0).toString(), q.value(1).toString(), fuel});
    }
    if (cars.isEmpty())
        throw Error(QStringLiteral("No vehicle has a fuel card."));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(QStringLiteral("Cannot write %1.").arg(path));
    QRandomGenerator rng(seed);
    const qint64 from = QDateTime(today.addDays(-365), QTime(0, 0)).toSecsSinceEpoch();
    const QString stations[]
        = {QStringLiteral("中国石化银川第12加油站"), QStringLiteral("中国石油吴忠利通加油站"),
           QStringLiteral("中国石化石嘴山大武口加油站"), QStringLiteral("国家电网固原充电站"),
           QStringLiteral("中国石油中卫沙坡头加油站")};
    QByteArray out;
    out.reserve(1 << 20);
    out += "车牌号,卡号,交易时间,油品,数量,单价,金额,加油站,里程\n";
    for (int i = 0; i < rows; ++i) {
        const Car &c = cars.at(rng.bounded(qsizetype(cars.size())));
        const qint64 at = from + rng.bounded(365 * 86400);
        const int qtyCenti = rng.bounded(1500, 6500); // 15.00–65.00 L or kWh
        const int priceMilli = rng.bounded(6800, 8600); // 6.800–8.600 yuan
        const qint64 fen = (qint64(qtyCenti) * priceMilli + 500) / 1000;
        out += QStringLiteral("%1,%2,%3,%4,%5.%6,%7.%8,%9.%10,%11,%12\n")
                   .arg(c.plate, c.card,
                        QDateTime::fromSecsSinceEpoch(at).toString(
                            QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        c.fuel)
                   .arg(qtyCenti / 100)
                   .arg(qtyCenti % 100, 2, 10, QLatin1Char('0'))
                   .arg(priceMilli / 1000)
                   .arg(priceMilli % 1000, 3, 10, QLatin1Char('0'))
                   .arg(fen / 100)
                   .arg(fen % 100, 2, 10, QLatin1Char('0'))
                   .arg(stations[rng.bounded(5)])
                   .arg(rng.bounded(10000, 300000))
                   .toUtf8();
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return rows;
}

bool copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    if (!QFile::copy(from, to))
        return false;
    // Written through to the disk before the clock starts: otherwise the kernel is still
    // flushing the 400 MB copy during the timed run.
    QFile copy(to);
    if (!copy.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(copy.handle()) == 0;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void VehicleBench::fuelImport(const QString &sourcePath, const QString &scale, const QDate &today)
{
    say(QStringLiteral("Fuel import (%1, %2 rows)…").arg(scale).arg(m_options.fuelRows));
    const QFileInfo source(sourcePath);
    const QString dir = source.absolutePath();
    const QString copy = dir + QStringLiteral("/") + source.completeBaseName()
        + QStringLiteral(".fuel-copy.sqlite");
    const QString csv = dir + QStringLiteral("/") + source.completeBaseName()
        + QStringLiteral(".fuel-%1.csv").arg(m_options.fuelRows);

    if (!copyDatabase(sourcePath, copy))
        throw Error(QStringLiteral("Cannot copy %1 to %2.").arg(sourcePath, copy));
    {
        Services s(copy);
        writeFuelCsv(s.database(), csv, m_options.fuelRows, today, m_options.seed + 2);
    }
    say(QStringLiteral("  wrote %1 (%2 MB)").arg(csv, fmt(QFileInfo(csv).size() / 1048576.0)));

    ImportResult last;
    std::vector<double> ms;
    std::vector<double> readMsAll;
    std::vector<double> checkpointMs;
    for (int run = 0; run < m_options.fuelRuns; ++run) {
        if (!copyDatabase(sourcePath, copy))
            throw Error(QStringLiteral("Cannot copy %1 to %2.").arg(sourcePath, copy));
        Services s(copy);
        s.session().setUser(UserContext::system());
        ImportOptions options;
        const CsvDocument header = CsvDocument::load(csv);
        options.mapping = ColumnMapping::guess(s.fuelImporter().fields(), header.headers());
        // Pass 1 (read and validate) reports up to half the total, pass 2 (store) the rest.
        double readMs = -1;
        QElapsedTimer timer;
        options.progress = [&](qint64 done, qint64 total) {
            if (readMs < 0 && done > total / 2)
                readMs = timer.nsecsElapsed() / 1e6;
            return true;
        };
        timer.start();
        last = s.fuelImporter().importFile(csv, options);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        readMsAll.push_back(readMs);
        // The import returns at its commit; the WAL is folded into the file after it, in the
        // background (not part of the figure, reported beside it).
        QElapsedTimer checkpoint;
        checkpoint.start();
        s.database().waitForCheckpoint();
        checkpointMs.push_back(checkpoint.nsecsElapsed() / 1e6);
        say(QStringLiteral("  run %1: %2 ms (reading and validating %3 ms), %4; background "
                           "checkpoint after it %5 ms")
                .arg(run + 1)
                .arg(fmt(ms.back(), 0), fmt(readMs, 0), last.summary(),
                     fmt(checkpointMs.back(), 0)));
    }
    double medianReadMs = -1;
    {
        // The read share of the run whose total is the median.
        std::vector<std::size_t> order(ms.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](auto a, auto b) { return ms[a] < ms[b]; });
        medianReadMs = readMsAll[order[order.size() / 2]];
    }
    std::sort(checkpointMs.begin(), checkpointMs.end());
    const double medianCheckpointMs = checkpointMs[checkpointMs.size() / 2];
    std::sort(ms.begin(), ms.end());
    Stats stats;
    stats.runs = int(ms.size());
    stats.minMs = ms.front();
    stats.maxMs = ms.back();
    stats.medianMs
        = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;

    // Bare: the shell reads the same file into a temporary table and runs the importer's INSERT
    // for every row in one transaction (no validation beyond the join on the plate).
    const QString script
        = QStringLiteral(
              "PRAGMA foreign_keys = ON;\n"
              "PRAGMA synchronous = NORMAL;\n"
              "PRAGMA cache_size = -131072;\n"
              ".import --csv --schema temp '%1' fuel_csv\n"
              "BEGIN;\n"
              "INSERT INTO fuel_transactions (vehicle_id, card_no, at, fuel_kind, "
              "quantity_milli, amount, station, odometer_km, created_at) "
              "SELECT v.id, f.\"卡号\", CAST(strftime('%s', f.\"交易时间\") AS INTEGER), "
              "CASE WHEN f.\"油品\" LIKE '%柴油%' THEN 'diesel' "
              "WHEN f.\"油品\" LIKE '%电%' THEN 'electricity' ELSE 'petrol' END, "
              "CAST(round(f.\"数量\" * 1000) AS INTEGER), "
              "CAST(round(f.\"金额\" * 100) AS INTEGER), f.\"加油站\", "
              "CAST(f.\"里程\" AS INTEGER), %2 "
              "FROM temp.fuel_csv f JOIN vehicles v ON v.plate = f.\"车牌号\" WHERE true "
              "ORDER BY v.id, 3 "
              "ON CONFLICT (card_no, at, amount) DO NOTHING;\n"
              "COMMIT;\n")
              .arg(csv)
              .arg(QDateTime::currentSecsSinceEpoch());
    std::vector<double> bare;
    for (int run = 0; run < m_options.fuelRuns; ++run) {
        if (!copyDatabase(sourcePath, copy))
            throw Error(QStringLiteral("Cannot copy %1 to %2.").arg(sourcePath, copy));
        bare.push_back(sqliteScriptMs(copy, script));
    }
    std::sort(bare.begin(), bare.end());
    const double bareMs = bare[bare.size() / 2];
    removeDatabase(copy);
    QFile::remove(csv);

    const double perSecond = stats.medianMs > 0 ? m_options.fuelRows / (stats.medianMs / 1000) : 0;
    add(QStringLiteral("fuel import: `importFile()` %1-row CSV").arg(m_options.fuelRows), scale,
        stats, bareMs, QStringLiteral("≥ 100,000 rows/s"),
        QStringLiteral("%1 rows/s (read, decode, validate, store; bare %2 rows/s); read + "
                       "validate %7 ms of the median run; background checkpoint after the "
                       "commit %8 ms (median); last run: %3 accepted, %4 rejected, "
                       "%5 duplicates; %6")
            .arg(qint64(perSecond))
            .arg(bareMs > 0 ? qint64(m_options.fuelRows / (bareMs / 1000)) : 0)
            .arg(last.accepted)
            .arg(last.rejected.size())
            .arg(last.duplicates.size())
            .arg(verdict(perSecond >= 100000 && last.rejected.isEmpty()))
            .arg(fmt(medianReadMs, 0))
            .arg(fmt(medianCheckpointMs, 0)));
}

int run(const Options &options)
{
    std::vector<Row> rows;
    VehicleBench bench(options, rows);

    std::unique_ptr<QTemporaryDir> temp;
    QString small = options.small;
    if (small.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>();
        small = temp->filePath(QStringLiteral("small.sqlite"));
    }
    ensureDatabase(small, demo::Scale::Small);
    if (!options.region.isEmpty())
        ensureDatabase(options.region, demo::Scale::Region);

    // The primary dataset carries every operation; the small one the conflict check's
    // scale ratio (in a smoke run the small one is the primary).
    const QString primaryPath = options.region.isEmpty() ? small : options.region;
    const QString primaryScale
        = options.region.isEmpty() ? QStringLiteral("small") : QStringLiteral("region");
    double smallCheck = -1;
    if (!options.region.isEmpty() && options.wants(QStringLiteral("check"))) {
        auto ds = openDataset(small, QStringLiteral("small"));
        smallCheck = bench.conflictCheck(*ds, QStringLiteral("≤ 1 ms"));
    }
    QDate today;
    {
        auto ds = openDataset(primaryPath, primaryScale);
        today = ds->today;
        if (options.wants(QStringLiteral("check"))) {
            const std::size_t checkRow = rows.size();
            const double check = bench.conflictCheck(*ds, QStringLiteral("≤ 1 ms, ≤ 2× small"));
            if (smallCheck > 0) {
                const double ratio = check / smallCheck;
                rows[checkRow].note += QStringLiteral("; region/small %1× (≤ 2×) %2")
                                           .arg(fmt(ratio, 2), verdict(ratio <= 2.0));
            }
        }
        if (options.wants(QStringLiteral("board")))
            bench.board(*ds);
        if (options.wants(QStringLiteral("trips")))
            bench.tripsList(*ds);
        if (options.wants(QStringLiteral("stats")))
            bench.statistics(*ds);
        if (options.wants(QStringLiteral("lists")))
            bench.lists(*ds);
    }
    if (!options.postgres.isEmpty()) {
        // The same operations on the server (the lists and the fuel import copy store files and
        // are SQLite's own; the fuel import on both stores is test_import's "[.benchmark]").
        ensureDatabase(options.postgres, demo::Scale::Region);
        auto ds = openDataset(options.postgres, primaryScale + QStringLiteral(", PostgreSQL"));
        if (options.wants(QStringLiteral("check")))
            bench.conflictCheck(*ds, QStringLiteral("≤ 2 ms"), 2.0);
        if (options.wants(QStringLiteral("board")))
            bench.board(*ds);
        if (options.wants(QStringLiteral("trips")))
            bench.tripsList(*ds);
        if (options.wants(QStringLiteral("stats")))
            bench.statistics(*ds);
    }
    if (options.wants(QStringLiteral("fuel")))
        bench.fuelImport(primaryPath, primaryScale, today);

    std::printf("\n");
    printMarkdown(rows);
    if (!options.out.isEmpty()) {
        QFile out(options.out);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            say(QStringLiteral("Cannot write %1.").arg(options.out));
            return 1;
        }
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
        "Times the vehicle module's operations at region scale (DESIGN.md, Performance) and "
        "prints a Markdown table: median, min, max, the same SQL bare through sqlite3, target."));
    parser.addHelpOption();
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("The region database (generated there when "
                                                   "missing)."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption small(QStringLiteral("small"),
                                   QStringLiteral("The small database (generated there when "
                                                  "missing; default: a temporary one)."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Timed runs per operation (default 31)."),
                                  QStringLiteral("N"), QStringLiteral("31"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Also write the Markdown table to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption fuelRows(QStringLiteral("fuel-rows"),
                                      QStringLiteral("Rows of the generated fuel statement "
                                                     "(default 500000)."),
                                      QStringLiteral("N"), QStringLiteral("500000"));
    const QCommandLineOption fuelRuns(QStringLiteral("fuel-runs"),
                                      QStringLiteral("Fuel imports, each on a fresh copy "
                                                     "(default 3)."),
                                      QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption auditRows(
        QStringLiteral("audit-rows"),
        QStringLiteral("Rows of audit trail the lists part needs; when the store holds fewer, a "
                       "generated trail is appended in bulk, in the store (default 2000000)."),
        QStringLiteral("N"), QStringLiteral("2000000"));
    const QCommandLineOption smoke(
        QStringLiteral("smoke"),
        QStringLiteral("A quick run on a small generated database in a "
                       "temporary directory (3 runs, 5,000 fuel rows)."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Comma-separated parts to run: check, board, "
                                                 "trips, stats, lists, fuel (default: all)."),
                                  QStringLiteral("PARTS"));
    const QCommandLineOption postgres(
        QStringLiteral("postgres"),
        QStringLiteral("Also time check, board, trips and stats on this PostgreSQL database "
                       "(postgresql://user@host:port/db; generated into when it holds no trips), "
                       "with the same SQL bare through psql."),
        QStringLiteral("URL"));
    parser.addOptions({postgres, region, small, runs, out, fuelRows, fuelRuns, auditRows, smoke, only});
    parser.process(app);

    ga::bench::Options options;
    options.smoke = parser.isSet(smoke);
    if (parser.isSet(only))
        options.only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.region = parser.value(region);
    options.small = parser.value(small);
    options.postgres = parser.value(postgres);
    options.out = parser.value(out);
    options.runs = std::max(1, parser.value(runs).toInt());
    options.fuelRows = std::max(1, parser.value(fuelRows).toInt());
    options.fuelRuns = std::max(1, parser.value(fuelRuns).toInt());
    options.auditRows = std::max<qint64>(0, parser.value(auditRows).toLongLong());
    if (options.smoke) {
        options.region.clear();
        options.small.clear();
        if (!parser.isSet(runs))
            options.runs = 3;
        if (!parser.isSet(fuelRows))
            options.fuelRows = 5000;
        if (!parser.isSet(fuelRuns))
            options.fuelRuns = 1;
        options.deepOffset = 10000;
        if (!parser.isSet(auditRows))
            options.auditRows = 20000;
    } else if (options.region.isEmpty()) {
        std::fprintf(stderr, "Name the region database with --region PATH (or use --smoke).\n");
        return 2;
    }
    try {
        return ga::bench::run(options);
    } catch (const ga::Error &e) {
        std::fprintf(stderr, "Benchmark failed: %s\n", qPrintable(e.message()));
        return 1;
    }
}

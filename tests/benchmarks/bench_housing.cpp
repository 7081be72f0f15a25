// govassets_bench_housing: the housing module's performance figures (docs/benchmarks.md).
//
// Times the three operations of the housing issue at region scale through the real service
// calls — the monthly rent roll for every active tenancy, the arrears view's first screen, the
// queue of a layout — N runs each, and reports the median next to the same SQL run bare through
// the `sqlite3` shell, with the target and PASS / FAIL. See --help.

#include "BenchSupport.h"

#include "app/DemoData.h"
#include "app/Services.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/Period.h"
#include "core/Session.h"
#include "housing/HousingService.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>

namespace ga::bench {
namespace {

using namespace ga::housing;

// The data's "today" (the generator's reference date) and the benchmark's clock: a few days into
// the next month, so that month's roll is the one to make.
const QDate kReference(2026, 11, 28);
const QString kRollMonth = QStringLiteral("2026-12");

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

void ensureDatabase(const QString &path, demo::Scale scale)
{
    if (QFileInfo::exists(path))
        return;
    say(QStringLiteral("Generating the %1 dataset in %2 …").arg(demo::scaleKey(scale), path));
    Services services(path);
    services.session().setUser(UserContext::system());
    demo::GenerateOptions options;
    options.scale = scale;
    options.referenceDate = kReference;
    demo::generate(services, options);
}

// The SQL the repositories run for each operation, with literal values (RentRepository.cpp,
// ApplicationRepository.cpp; keep them in step).
QStringList bareRentRoll()
{
    return {QStringLiteral("BEGIN"),
            QStringLiteral("SELECT l.tenancy_id FROM housing_rent_lines l JOIN housing_tenancies t "
                           "ON t.id = l.tenancy_id JOIN housing_flats f ON f.id = t.flat_id JOIN "
                           "housing_complexes c ON c.id = f.complex_id WHERE l.month = '%1'")
                .arg(kRollMonth),
            QStringLiteral("SELECT t.id, t.start_date, t.monthly_rent, t.credit FROM "
                           "housing_tenancies t JOIN housing_flats f ON f.id = t.flat_id JOIN "
                           "housing_complexes c ON c.id = f.complex_id WHERE t.status = 'active' "
                           "AND t.start_date <= '2026-12-31' ORDER BY t.id"),
            QStringLiteral("INSERT INTO housing_rent_lines (tenancy_id, month, days, month_days, "
                           "amount, paid, created_at) SELECT t.id, '%1', 31, 31, t.monthly_rent, "
                           "0, 0 FROM housing_tenancies t WHERE t.status = 'active' AND "
                           "t.start_date <= '2026-12-31'")
                .arg(kRollMonth),
            QStringLiteral("ROLLBACK")};
}

const QString kArrears = QStringLiteral(
    "(SELECT l.tenancy_id, count(*) AS months, min(l.month) AS oldest, CAST(sum(l.amount - "
    "l.paid) AS BIGINT) AS owed FROM housing_rent_lines l WHERE l.paid < l.amount GROUP BY "
    "l.tenancy_id) ar JOIN housing_tenancies t ON t.id = ar.tenancy_id JOIN housing_flats f ON "
    "f.id = t.flat_id JOIN housing_complexes c ON c.id = f.complex_id JOIN staff s ON s.id = "
    "t.staff_id");

QStringList bareArrears()
{
    return {QStringLiteral("SELECT t.id, c.id, s.name, f.building, f.unit, f.number, c.name, "
                           "ar.months, ar.oldest, ar.owed, ar.owed, t.id FROM ")
                + kArrears + QStringLiteral(" ORDER BY ar.owed DESC, t.id DESC LIMIT 200"),
            QStringLiteral("SELECT count(*) FROM ") + kArrears,
            QStringLiteral("SELECT c.id, c.name, count(*), sum(ar.owed) FROM ") + kArrears
                + QStringLiteral(" GROUP BY c.id, c.name ORDER BY sum(ar.owed) DESC, c.id")};
}

QString bareQueue(const QString &layout)
{
    return QStringLiteral(
               "SELECT a.id, a.staff_id, a.applied_on, a.queue_date, a.household_size, a.layout, "
               "a.priority_points, a.priority_grounds, a.no_local_housing, a.status, "
               "a.created_at, s.name, s.staff_no, d.name, s.department_id, (SELECT o.skip_reason "
               "FROM housing_offers o WHERE o.skipped_application_id = a.id ORDER BY o.id DESC "
               "LIMIT 1), a.pos FROM (SELECT a.*, row_number() OVER (ORDER BY a.priority_points "
               "DESC, a.queue_date, a.id) AS pos FROM housing_applications a WHERE a.layout = "
               "'%1' AND a.status = 'waiting') a JOIN staff s ON s.id = a.staff_id JOIN "
               "departments d ON d.id = s.department_id ORDER BY a.pos")
        .arg(layout);
}

int run(const QString &path, const QString &scale, int runs, const QString &out)
{
    auto clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 2), QTime(10, 0)));
    Services services(path, std::move(clock));
    services.session().setUser(UserContext::system());
    HousingService &housing = services.housing();
    Database &db = services.database();
    std::vector<Row> rows;

    // The rent roll of the month: every run writes the month's lines and rolls them back.
    const int active = housing.countTenancies(TenancyFilter());
    int added = 0;
    const Stats roll = measure(runs, [&] {
        Transaction outer(db);
        added = housing.generateRentRoll(kRollMonth).added;
    });
    const double rollBare = bareSqliteMs(path, bareRentRoll(), 5);
    rows.push_back({QStringLiteral("housing: `generateRentRoll(month)` for every active tenancy"),
                    scale, roll, rollBare, QStringLiteral("≤ 200 ms"),
                    QStringLiteral("%1 active tenancies, %2 lines written (rolled back after each "
                                   "run); %3")
                        .arg(active)
                        .arg(added)
                        .arg(verdict(roll.medianMs <= 200))});

    // The arrears view's first screen: the first page, its count and the per-complex sums.
    int owing = 0;
    const Stats arrears = measure(runs, [&] {
        ArrearsFilter filter;
        const QList<ArrearsRow> page = housing.arrearsPageAfter(filter, {}, 200);
        owing = housing.countArrears(filter);
        housing.arrearsByComplex();
        Q_UNUSED(page)
    });
    rows.push_back({QStringLiteral("housing: arrears first screen (page of 200, count, per complex)"),
                    scale, arrears, bareSqliteMs(path, bareArrears(), 20),
                    QStringLiteral("≤ 100 ms"),
                    QStringLiteral("%1 tenants owing; %2").arg(owing).arg(verdict(arrears.medianMs <= 100))});

    // The queue of the layout with the most waiting.
    QString layout = QStringLiteral("2室1厅");
    {
        Query q(db,
                QStringLiteral("SELECT layout FROM housing_applications WHERE status = 'waiting' "
                               "GROUP BY layout ORDER BY count(*) DESC LIMIT 1"),
                QStringLiteral("choosing a layout"));
        layout = q.scalar(layout).toString();
    }
    int waiting = 0;
    const Stats queue = measure(runs, [&] { waiting = int(housing.queue(layout).size()); });
    rows.push_back({QStringLiteral("housing: `queue(layout)`"), scale, queue,
                    bareSqliteMs(path, bareQueue(layout), 50), QStringLiteral("≤ 50 ms"),
                    QStringLiteral("%1: %2 waiting; %3").arg(layout).arg(waiting).arg(verdict(queue.medianMs <= 50))});

    printMarkdown(rows);
    if (!out.isEmpty()) {
        QFile file(out);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(markdownTable(rows).toUtf8());
    }
    bool pass = roll.medianMs <= 200 && arrears.medianMs <= 100 && queue.medianMs <= 50;
    return pass ? 0 : 3;
}

} // namespace
} // namespace ga::bench

int main(int argc, char *argv[])
{
    spdlog::set_level(spdlog::level::warn);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("GovAssetsBench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the housing module's operations at region scale (DESIGN.md, Performance) and "
        "prints a Markdown table: median, min, max, the same SQL bare through sqlite3, target."));
    parser.addHelpOption();
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("The region database (generated there when "
                                                   "missing, reference date 2026-11-28)."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Timed runs per operation (default 31)."),
                                  QStringLiteral("N"), QStringLiteral("31"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Also write the Markdown table to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("A quick run on a small generated database in "
                                                  "a temporary directory (3 runs)."));
    parser.addOptions({region, runs, out, smoke});
    parser.process(app);
    try {
        if (parser.isSet(smoke)) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("small.sqlite"));
            ga::bench::ensureDatabase(path, ga::demo::Scale::Small);
            const int rc = ga::bench::run(path, QStringLiteral("small"), 3, parser.value(out));
            return rc == 1 ? 1 : 0;
        }
        if (!parser.isSet(region)) {
            std::fprintf(stderr, "Name the region database with --region PATH (or use --smoke).\n");
            return 2;
        }
        ga::bench::ensureDatabase(parser.value(region), ga::demo::Scale::Region);
        return ga::bench::run(parser.value(region), QStringLiteral("region"),
                              std::max(1, parser.value(runs).toInt()), parser.value(out));
    } catch (const ga::Error &e) {
        std::fprintf(stderr, "Benchmark failed: %s\n", qPrintable(e.message()));
        return 1;
    }
}

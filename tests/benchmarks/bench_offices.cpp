// govassets_bench_offices: the office module's performance figures (issue "Offices",
// Performance) at region scale: the re-check of every person after a rank-table change, the
// allocation assistant for one person, the room list filtered by building, agency or
// over-standard, and the floor view of the largest floor painted. Each is timed through the real
// service call or widget (offscreen), N runs, and reported as the median next to the same SQL run
// bare through the sqlite3 shell.
//
//   govassets_bench_offices --region /tmp/bench-region.sqlite [--runs 31] [--out figures.md]
//   govassets_bench_offices --smoke        (a small generated store in a temporary directory)

#include "BenchSupport.h"

#include "app/DemoData.h"
#include "app/Services.h"
#include "core/Error.h"
#include "core/Period.h"
#include "offices/OfficeService.h"
#include "org/OrgService.h"
#include "storage/Query.h"
#include "widgets/offices/FloorView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace ga;
using namespace ga::bench;
using namespace ga::offices;

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
}

QString fmt(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString verdict(bool ok)
{
    return ok ? QStringLiteral("✓") : QStringLiteral("✗");
}

struct Bench
{
    Services &services;
    QString path;
    QString scale;
    int runs = 31;
    std::vector<Row> rows;

    void add(const QString &op, const Stats &s, double bare, const QString &target, double limitMs,
             const QString &note)
    {
        rows.push_back({op, scale, s, bare, target,
                        note + QStringLiteral(" %1").arg(verdict(s.medianMs <= limitMs))});
        say(QStringLiteral("  %1: median %2 ms (min %3, max %4), bare %5 ms")
                .arg(op, fmt(s.medianMs, 2), fmt(s.minMs, 2), fmt(s.maxMs, 2),
                     bare < 0 ? QStringLiteral("–") : fmt(bare, 2)));
    }

    qint64 scalar(const QString &sql)
    {
        Query q(services.database(), sql, QStringLiteral("benchmark"));
        return q.scalar(0).toLongLong();
    }

    void rankChange()
    {
        say(QStringLiteral("Re-check after a rank-table change…"));
        OrgService &org = services.org();
        Rank rank = org.findRankByCode(QStringLiteral("county.below_section")).value();
        const qint64 original = rank.officeLimit;
        int flip = 0;
        QStringList notes;
        const Stats s = measure(std::max(3, runs / 3), [&] {
            rank.officeLimit = (flip++ % 2 == 0) ? original + 100 : original;
            notes = org.updateRank(rank);
        });
        rank.officeLimit = original;
        org.updateRank(rank);
        const QString today = toIsoDate(services.clock().today());
        const QString shares = QStringLiteral(
            "SELECT a.staff_id, s.name, a.room_id, r.usable_area, (SELECT count(*) FROM "
            "office_allocations o WHERE o.room_id = a.room_id AND o.staff_id IS NOT NULL AND "
            "o.start_date <= '%1' AND (o.end_date IS NULL OR o.end_date > '%1')), s.rank_id, "
            "s.department_id FROM office_allocations a JOIN office_rooms r ON r.id = a.room_id "
            "JOIN staff s ON s.id = a.staff_id WHERE a.staff_id IS NOT NULL AND r.use_type = "
            "'office' AND a.start_date <= '%1' AND (a.end_date IS NULL OR a.end_date > '%1')")
                                   .arg(today);
        const double bare = bareSqliteMs(
            path,
            QStringList {shares,
                         QStringLiteral("SELECT * FROM office_cases c WHERE c.status = 'open'")},
            3);
        add(QStringLiteral("rank-table change: `updateRank()` with the re-check of everyone"), s,
            bare, QStringLiteral("≤ 1 s"), 1000,
            QStringLiteral("%1 people with an office; the limit of 科级以下 moved by 1 m² and back; "
                           "last: %2; bare: the shares and open cases read")
                .arg(scalar(QStringLiteral("SELECT count(*) FROM office_allocations WHERE "
                                           "staff_id IS NOT NULL AND end_date IS NULL")))
                .arg(notes.join(QStringLiteral(" "))));
    }

    void assistant()
    {
        say(QStringLiteral("Allocation assistant…"));
        QList<qint64> staff;
        Query q(services.database(),
                QStringLiteral("SELECT id FROM staff WHERE status = 'active' ORDER BY id"),
                QStringLiteral("benchmark"));
        q.exec();
        while (q.next())
            staff << q.value(0).toLongLong();
        QRandomGenerator rng(20261128);
        int found = 0;
        const Stats s = measure(runs, [&] {
            found += int(services.offices()
                             .suggestOffices(staff.at(rng.bounded(qsizetype(staff.size()))))
                             .size());
        });
        const double bare = bareSqliteMs(
            path,
            QStringLiteral("SELECT r.*, b.name FROM office_rooms r JOIN buildings b ON b.id = "
                           "r.building_id WHERE r.use_type = 'office' AND r.status IN ('vacant', "
                           "'in_use') AND r.department_id IN (WITH RECURSIVE t(id) AS (SELECT %1 "
                           "UNION SELECT d.id FROM departments d JOIN t ON d.parent_id = t.id) "
                           "SELECT id FROM t) ORDER BY r.building_id, r.floor, r.number")
                .arg(scalar(QStringLiteral("SELECT department_id FROM buildings "
                                           "GROUP BY department_id ORDER BY count(*) DESC LIMIT 1"))),
            20);
        add(QStringLiteral("allocation assistant: `suggestOffices()` for one person"), s, bare,
            QStringLiteral("≤ 50 ms"), 50,
            QStringLiteral("random staff; %1 suggestions in all; bare: the candidate offices of "
                           "the agency with most buildings")
                .arg(found));
    }

    void roomList()
    {
        say(QStringLiteral("Room list…"));
        OfficeService &o = services.offices();
        const qint64 building = scalar(QStringLiteral(
            "SELECT building_id FROM office_rooms GROUP BY building_id ORDER BY count(*) DESC LIMIT 1"));
        const qint64 agency = scalar(QStringLiteral(
            "SELECT department_id FROM office_rooms GROUP BY department_id ORDER BY count(*) DESC "
            "LIMIT 1"));
        const QString cols = QStringLiteral(
            "SELECT r.*, b.name, d.name FROM office_rooms r JOIN buildings b ON b.id = "
            "r.building_id JOIN departments d ON d.id = r.department_id WHERE r.status <> "
            "'disposed' ");
        const QString order = QStringLiteral(" ORDER BY r.building_id, r.floor, r.number, r.id LIMIT 200");
        struct Case
        {
            QString name;
            RoomFilter filter;
            QString bare;
        };
        RoomFilter byBuilding;
        byBuilding.buildingId = building;
        RoomFilter byAgency;
        byAgency.departmentId = agency;
        RoomFilter over;
        over.overStandardOnly = true;
        RoomFilter all;
        const QList<Case> cases = {
            {QStringLiteral("by building"), byBuilding,
             cols + QStringLiteral("AND r.building_id = %1").arg(building) + order},
            {QStringLiteral("by agency (subtree)"), byAgency,
             cols + QStringLiteral("AND r.department_id IN (WITH RECURSIVE t(id) AS (SELECT %1 UNION "
                                   "SELECT x.id FROM departments x JOIN t ON x.parent_id = t.id) "
                                   "SELECT id FROM t)")
                        .arg(agency)
                 + order},
            {QStringLiteral("over-standard only"), over,
             cols + QStringLiteral("AND r.id IN (SELECT room_id FROM office_cases WHERE status = 'open')")
                 + order},
            {QStringLiteral("unfiltered, first page"), all, cols + order},
        };
        for (const Case &c : cases) {
            int n = 0;
            const Stats s = measure(runs, [&] {
                n = int(o.roomsPageAfter(c.filter, {}, 200).size());
                o.countRooms(c.filter);
            });
            add(QStringLiteral("room list %1: first page of 200 and the count").arg(c.name), s,
                bareSqliteMs(path, c.bare, 20), QStringLiteral("≤ 100 ms"), 100,
                QStringLiteral("%1 rows; bare: the page's SELECT (no occupants, no count)").arg(n));
        }
    }

    void floorView()
    {
        say(QStringLiteral("Floor view…"));
        Query q(services.database(),
                QStringLiteral("SELECT building_id, floor, count(*) FROM office_rooms GROUP BY "
                               "building_id, floor ORDER BY count(*) DESC LIMIT 1"),
                QStringLiteral("benchmark"));
        q.exec();
        q.next();
        const qint64 building = q.value(0).toLongLong();
        const int floor = q.value(1).toInt();
        const int count = q.value(2).toInt();
        FloorView view;
        view.resize(1400, 800);
        QImage image(1400, 800, QImage::Format_ARGB32_Premultiplied);
        const Stats s = measure(runs, [&] {
            view.setRooms(services.offices().roomsOnFloor(building, floor), QStringLiteral("floor"));
            image.fill(Qt::white);
            QPainter p(&image);
            view.render(p, QRectF(0, 0, 1400, 800));
        });
        add(QStringLiteral("floor view: load and paint the largest floor"), s, -1,
            QStringLiteral("≤ 100 ms"), 100,
            QStringLiteral("%1 rooms, 1400×800 px, offscreen").arg(count));
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    spdlog::set_level(spdlog::level::warn);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the office module's operations at region scale and prints a Markdown table."));
    parser.addHelpOption();
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("The region database (generated there when "
                                                   "missing)."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs (default 31)."),
                                  QStringLiteral("N"), QStringLiteral("31"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Also write the table to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("A quick run on a small generated store."));
    parser.addOptions({region, runs, out, smoke});
    parser.process(app);

    QTemporaryDir temp;
    QString path = parser.value(region);
    QString scale = QStringLiteral("region");
    if (parser.isSet(smoke) || path.isEmpty()) {
        if (!parser.isSet(smoke)) {
            std::fprintf(stderr, "Name the region database with --region PATH (or use --smoke).\n");
            return 2;
        }
        path = temp.filePath(QStringLiteral("small.sqlite"));
        scale = QStringLiteral("small");
    }
    try {
        const bool generate = !QFileInfo::exists(path);
        Services services(path);
        services.session().setUser(UserContext::system());
        if (generate) {
            say(QStringLiteral("Generating %1 data in %2…").arg(scale, path));
            demo::GenerateOptions options;
            options.scale = scale == QLatin1String("small") ? demo::Scale::Small : demo::Scale::Region;
            demo::generate(services, options);
        }
        const int timedRuns = parser.isSet(smoke) && !parser.isSet(runs)
                                  ? 3
                                  : std::max(1, parser.value(runs).toInt());
        Bench bench {services, path, scale, timedRuns, {}};
        bench.rankChange();
        bench.assistant();
        bench.roomList();
        bench.floorView();
        printMarkdown(bench.rows);
        if (parser.isSet(out)) {
            QFile file(parser.value(out));
            if (file.open(QIODevice::WriteOnly | QIODevice::Text))
                file.write(markdownTable(bench.rows).toUtf8());
        }
        return 0;
    } catch (const Error &e) {
        std::fprintf(stderr, "%s\n", e.message().toUtf8().constData());
        return 1;
    }
}

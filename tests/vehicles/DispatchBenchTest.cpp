#include "app/Services.h"
#include "vehicles/DispatchService.h"
#include "widgets/vehicles/BoardTimeline.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace ga;
using namespace ga::vehicles;

// Timings against a generated store (GA_BENCH_DB=path of `govassets generate --scale region`).
// Hidden: run with `test_dispatch "[bench]"`.

namespace {

double timeMs(const std::function<void()> &f, int runs = 5)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

TEST_CASE("Dispatch timings on a region-sized store", "[.][bench]")
{
    const QString path = qEnvironmentVariable("GA_BENCH_DB");
    if (path.isEmpty())
        return;
    Services s(path);
    s.session().setUser(UserContext::system());
    DispatchService &d = s.dispatch();
    const QDate day = s.clock().today();
    auto report = [](const char *what, double ms) { std::printf("%-48s %8.1f ms\n", what, ms); };

    BoardTimeline timeline;
    timeline.resize(1200, 800);
    report("board(day): queries", timeMs([&] { d.board(day); }));
    report("board(day): queries + timeline", timeMs([&] {
               timeline.setBoard(d.board(day), s.clock().nowSecs());
               timeline.grab();
           }));
    report("board(week)", timeMs([&] { d.board(DateRange{day.addDays(-6), day}); }));
    const TimeSpan w{QDateTime(day, QTime(10, 0)).toSecsSinceEpoch(),
                     QDateTime(day, QTime(12, 0)).toSecsSinceEpoch()};
    report("freeVehicles(2 h)", timeMs([&] { d.freeVehicles(w, 3); }));
    report("freeDrivers(2 h)", timeMs([&] { d.freeDrivers(w); }));

    TripFilter f;
    report("trips: first page (200)", timeMs([&] { d.tripsPage(f, 0, 200); }));
    report("trips: count", timeMs([&] { d.tripsCount(f); }));
    report("trips: page at offset 100000", timeMs([&] { d.tripsPage(f, 100000, 200); }));
    f.sort = TripSort::RequestNo;
    report("trips: sorted by request no", timeMs([&] { d.tripsPage(f, 0, 200); }));
    f.sort = TripSort::Status;
    report("trips: sorted by status", timeMs([&] { d.tripsPage(f, 0, 200); }));
    f = {};
    const auto rows = d.tripsPage(f, 0, 1);
    const QString plate = rows.isEmpty() ? QStringLiteral("A·1") : rows.first().plate.right(5);
    f.text = plate;
    report("trips: plate filter page", timeMs([&] { d.tripsPage(f, 0, 200); }));
    report("trips: plate filter count", timeMs([&] { d.tripsCount(f); }));
    f.text = QStringLiteral("PC2024");
    report("trips: request-no prefix page", timeMs([&] { d.tripsPage(f, 0, 200); }));
    report("trips: request-no prefix count", timeMs([&] { d.tripsCount(f); }));
    f = {};
    const auto deps = d.departments();
    f.departmentId = deps.isEmpty() ? 1 : deps.at(deps.size() / 2).id;
    report("trips: department page", timeMs([&] { d.tripsPage(f, 0, 200); }));
    report("trips: department count", timeMs([&] { d.tripsCount(f); }));
    f = {};
    f.status = TripStatus::Cancelled;
    report("trips: status page", timeMs([&] { d.tripsPage(f, 0, 200); }));
    report("trips: status count", timeMs([&] { d.tripsCount(f); }));
    f = {};
    f.range = DateRange{day.addDays(-30), day};
    report("trips: 30-day range page", timeMs([&] { d.tripsPage(f, 0, 200); }));
    report("trips: 30-day range count", timeMs([&] { d.tripsCount(f); }));
    f.departmentId = deps.isEmpty() ? 1 : deps.at(deps.size() / 2).id;
    f.status = TripStatus::Closed;
    report("trips: department + status + range page", timeMs([&] { d.tripsPage(f, 0, 200); }));
    report("trips: department + status + range count", timeMs([&] { d.tripsCount(f); }));
}

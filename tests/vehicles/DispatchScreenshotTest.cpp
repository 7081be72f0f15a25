#include "app/Services.h"
#include "org/SettingsService.h"
#include "vehicles/DispatchService.h"
#include "widgets/vehicles/AssignDialog.h"
#include "widgets/vehicles/DispatchActions.h"
#include "widgets/vehicles/DispatchBoard.h"
#include "widgets/vehicles/DispatchOrderDocument.h"
#include "widgets/vehicles/TripsTab.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QListWidget>
#include <QTranslator>

using namespace ga;
using namespace ga::vehicles;

// Screenshots of the dispatch widgets on a generated demo store, for the documentation:
//   GA_DEMO_DB=demo.sqlite GA_BOARD_DAY=2026-11-27 GA_SCREENSHOT_DIR=out [GA_QM=file.qm]
//   test_dispatch "[screenshot]"
// Hidden; does nothing without GA_DEMO_DB.
TEST_CASE("Dispatch screenshots on demo data", "[.][screenshot]")
{
    const QString path = qEnvironmentVariable("GA_DEMO_DB");
    const QString out = qEnvironmentVariable("GA_SCREENSHOT_DIR");
    if (path.isEmpty() || out.isEmpty())
        return;
    QTranslator translator;
    if (!qEnvironmentVariableIsEmpty("GA_QM") && translator.load(qEnvironmentVariable("GA_QM")))
        QApplication::installTranslator(&translator);
    const QDate day = QDate::fromString(qEnvironmentVariable("GA_BOARD_DAY"), Qt::ISODate);
    const QDateTime now(day.isValid() ? day : QDate::currentDate(), QTime(10, 40));
    Services s(path, std::make_unique<FixedClock>(now.toUTC()));
    s.session().setUser(UserContext::system());

    DispatchBoard board(s.dispatch(), s.settings(), s.clock());
    board.resize(1400, 820);
    board.show();
    board.activate();
    QApplication::processEvents();
    board.grab().save(out + QStringLiteral("/board-day.png"));
    board.setWeekView(true);
    QApplication::processEvents();
    board.grab().save(out + QStringLiteral("/board-week.png"));
    board.setWeekView(false);

    if (board.pendingList()->count() > 0) {
        board.pendingList()->setCurrentRow(0);
        if (auto *dialog = board.actions()->openAssignDialog()) {
            QApplication::processEvents();
            dialog->grab().save(out + QStringLiteral("/assign-dialog.png"));
            dialog->close();
        }
    }

    TripsTab trips(s.dispatch(), s.settings(), s.clock());
    trips.resize(1400, 820);
    trips.show();
    trips.activate();
    QApplication::processEvents();
    trips.grab().save(out + QStringLiteral("/trips.png"));

    TripFilter f;
    f.status = TripStatus::Returned;
    const auto rows = s.dispatch().tripsPage(f, 0, 1);
    if (!rows.isEmpty()) {
        const DispatchOrderDocument order(s.dispatch().trip(rows.first().id),
                                          s.settings().value(SettingsService::BureauName),
                                          s.clock().nowSecs());
        order.writePdf(out + QStringLiteral("/order.pdf"));
    }
}

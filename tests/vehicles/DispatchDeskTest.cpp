#include "DispatchFixture.h"

#include "core/Error.h"
#include "vehicles/TripTime.h"
#include "widgets/common/WindowActivation.h"
#include "widgets/vehicles/AssignDialog.h"
#include "widgets/vehicles/DispatchActions.h"
#include "widgets/vehicles/DispatchBoard.h"
#include "widgets/vehicles/LiaisonsDialog.h"
#include "widgets/vehicles/TripDialogs.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace ga;
using namespace ga::vehicles;
using ga::test::DispatchFixture;

// The dispatch desk (issue 15): the registered liaisons, the request form's memory and times,
// approving and assigning in one step.

namespace {

Liaison liaison(qint64 department, const char *name, const char *phone)
{
    Liaison l;
    l.departmentId = department;
    l.name = QString::fromUtf8(name);
    l.phone = QString::fromUtf8(phone);
    return l;
}

QString auditActions(DispatchFixture &f, qint64 tripId)
{
    // Joined here, not with group_concat: the same test runs on both stores.
    QSqlQuery q(f.temp().db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'trip' AND "
                                  "entity_id = %1 ORDER BY id")
                       .arg(tripId)));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    return actions.join(QLatin1Char(','));
}

std::optional<QDateTime> parse(const char *text)
{
    return TripTime::parse(QString::fromUtf8(text), QDate(2026, 11, 28),
                           QDateTime(QDate(2026, 11, 28), QTime(9, 10)));
}

} // namespace

TEST_CASE("Times are typed as on the phone: 14:30, +2h, a date and time", "[dispatch][desk]")
{
    const QDate day(2026, 11, 28);
    CHECK(parse("14:30") == QDateTime(day, QTime(14, 30)));
    CHECK(parse("9:05") == QDateTime(day, QTime(9, 5)));
    CHECK(parse("1430") == QDateTime(day, QTime(14, 30)));
    CHECK(parse("14.30") == QDateTime(day, QTime(14, 30)));
    CHECK(parse("14点30") == QDateTime(day, QTime(14, 30)));
    CHECK(parse("14点") == QDateTime(day, QTime(14, 0)));
    CHECK(parse("14：30") == QDateTime(day, QTime(14, 30)));
    CHECK(parse("+2h") == QDateTime(day, QTime(11, 10)));
    CHECK(parse("+2") == QDateTime(day, QTime(11, 10)));
    CHECK(parse("+1.5h") == QDateTime(day, QTime(10, 40)));
    CHECK(parse("+90m") == QDateTime(day, QTime(10, 40)));
    CHECK(parse("+1h30m") == QDateTime(day, QTime(10, 40)));
    CHECK(parse("+2小时") == QDateTime(day, QTime(11, 10)));
    CHECK(parse("+30分钟") == QDateTime(day, QTime(9, 40)));
    CHECK(parse("12-03 09:00") == QDateTime(QDate(2026, 12, 3), QTime(9, 0)));
    CHECK(parse("2027-01-04 7:30") == QDateTime(QDate(2027, 1, 4), QTime(7, 30)));
    for (const char *bad : {"", "abc", "25:00", "14:61", "9", "+0h", "+h", "13-40 10:00"}) {
        INFO(bad);
        CHECK_FALSE(parse(bad).has_value());
    }
    CHECK(TripTime::error(QStringLiteral("abc")).contains(QStringLiteral("abc")));
}

TEST_CASE("A manager approves and assigns a request in one step, recorded as both",
          "[dispatch][desk]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    const qint64 trip = f.requested(10, 12);
    f.temp().loginAs(Role::Manager);
    REQUIRE(f.dispatch().canApproveAndAssign(f.dispatch().trip(trip)));
    f.dispatch().approveAndAssign(trip, v, d);
    const Trip t = f.dispatch().trip(trip);
    CHECK(t.status == TripStatus::Assigned);
    CHECK(t.isApproved());
    CHECK_FALSE(t.dispatchedBeforeApproval);
    CHECK(t.approvedBy == f.temp().session().user().id);
    CHECK(t.vehicleId == v);
    CHECK(auditActions(f, trip) == QStringLiteral("request,approve,assign"));
}

TEST_CASE("Approving and assigning in one step is refused as each step would be, writing nothing",
          "[dispatch][desk]")
{
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    const qint64 approved = f.approved(10, 12);
    const qint64 outOfRegion = f.requested(13, 15, false, true);
    const qint64 busy = f.requested(10, 11);
    f.temp().loginAs(Role::Manager);
    CHECK_THROWS_AS(f.dispatch().approveAndAssign(approved, v, d), ConflictError);
    CHECK_THROWS_AS(f.dispatch().approveAndAssign(busy, v, 0), Error);
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    CHECK_FALSE(f.dispatch().canApproveAndAssign(f.dispatch().trip(outOfRegion)));
    CHECK_THROWS_AS(f.dispatch().approveAndAssign(outOfRegion, v, d), PermissionError);
    CHECK(f.status(busy) == QStringLiteral("requested"));
    CHECK(f.status(outOfRegion) == QStringLiteral("requested"));
    CHECK(f.auditCount(QStringLiteral("approve"), busy) == 0);
}

TEST_CASE("A request registers its liaison once; the department's liaisons are offered",
          "[dispatch][desk]")
{
    DispatchFixture f;
    f.requested(10, 11);
    f.requested(12, 13);
    const QList<Liaison> l = f.dispatch().liaisons(f.department());
    REQUIRE(l.size() == 1);
    CHECK(l.first().name == QStringLiteral("李联络"));
    CHECK(l.first().phone == QStringLiteral("0951-1234567"));
    CHECK(f.temp().count(QStringLiteral("audit_log WHERE entity = 'dispatch_liaison'")) == 1);
    CHECK(f.dispatch().liaisons(f.otherDepartment()).isEmpty());
}

TEST_CASE("A liaison is registered, changed and retired, each audited; a duplicate is refused",
          "[dispatch][desk]")
{
    DispatchFixture f;
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    const qint64 id = f.dispatch().saveLiaison(liaison(f.department(), "王芳", "13900000001"));
    CHECK_THROWS_AS(f.dispatch().saveLiaison(liaison(f.department(), "王芳", "13900000001")),
                    ConflictError);
    CHECK_THROWS_AS(f.dispatch().saveLiaison(liaison(f.department(), "", "13900000001")),
                    ValidationError);
    CHECK_THROWS_AS(f.dispatch().saveLiaison(liaison(f.department(), "赵六", " ")),
                    ValidationError);
    Liaison l = f.dispatch().allLiaisons(f.department()).first();
    l.phone = QStringLiteral("13900000009");
    CHECK(f.dispatch().saveLiaison(l) == id);
    l.active = false;
    f.dispatch().saveLiaison(l);
    CHECK(f.dispatch().liaisons(f.department()).isEmpty());
    CHECK(f.dispatch().allLiaisons(f.department()).first().phone == QStringLiteral("13900000009"));
    CHECK(f.temp().count(QStringLiteral("audit_log WHERE entity = 'dispatch_liaison'")) == 3);
    f.temp().loginAs(Role::Staff, {}, f.department());
    CHECK_FALSE(f.dispatch().canEditLiaisons());
    CHECK_THROWS_AS(f.dispatch().saveLiaison(liaison(f.department(), "钱七", "139")),
                    PermissionError);
}

TEST_CASE("A department's purposes and destinations are offered, the most frequent first",
          "[dispatch][desk]")
{
    DispatchFixture f;
    f.asSystem([&] {
        for (const char *purpose : {"会议", "调研", "调研", "接待"}) {
            TripRequest r = f.request(10, 11);
            r.purpose = QString::fromUtf8(purpose);
            f.dispatch().createRequest(r);
        }
    });
    const RequestHistory h = f.dispatch().requestHistory(f.department());
    REQUIRE(h.purposes.size() == 3);
    CHECK(h.purposes.first() == QStringLiteral("调研"));
    CHECK(h.destinations == QStringList {QStringLiteral("银川市兴庆区")});
    CHECK(f.dispatch().requestHistory(f.otherDepartment()).purposes.isEmpty());
}

TEST_CASE("The request form finds the department by part of its name and fills in its liaison",
          "[dispatch][desk][gui]")
{
    DispatchFixture f;
    f.asSystem([&] {
        f.dispatch().saveLiaison(liaison(f.department(), "王芳", "13900000001"));
        f.dispatch().saveLiaison(liaison(f.department(), "赵六", "13900000002"));
    });
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 0));
    TripRequestDialog dialog(f.dispatch(), 0, now.addSecs(3600), now);
    dialog.show();
    auto *department = dialog.findChild<QComboBox *>(QStringLiteral("department"));
    auto *liaisonBox = dialog.findChild<QComboBox *>(QStringLiteral("liaison"));
    auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("phone"));
    department->setEditText(QStringLiteral("公厅"));
    emit department->lineEdit()->editingFinished();
    CHECK(dialog.departmentId() == f.department());
    CHECK(department->currentText() == QStringLiteral("办公厅"));
    REQUIRE(liaisonBox->count() == 2);
    CHECK(liaisonBox->currentText() == QStringLiteral("王芳"));
    CHECK(phone->text() == QStringLiteral("13900000001"));
    QTest::keyClick(liaisonBox, Qt::Key_Down); // the other registered liaison
    CHECK(liaisonBox->currentText() == QStringLiteral("赵六"));
    CHECK(phone->text() == QStringLiteral("13900000002"));

    dialog.findChild<QLineEdit *>(QStringLiteral("start"))->setText(QStringLiteral("14:30"));
    dialog.findChild<QLineEdit *>(QStringLiteral("end"))->setText(QStringLiteral("+2h"));
    const TripRequest r = dialog.request();
    CHECK(r.planned.start == DispatchFixture::at(14, 30));
    CHECK(r.planned.end == DispatchFixture::at(16, 30));
    CHECK(r.liaison == QStringLiteral("赵六"));

    department->setEditText(QStringLiteral("不存在的单位"));
    emit department->lineEdit()->editingFinished();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("不存在的单位")));
}

TEST_CASE("The request form refuses a time it cannot read, saying what it takes",
          "[dispatch][desk][gui]")
{
    DispatchFixture f;
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 0));
    TripRequestDialog dialog(f.dispatch(), f.department(), now.addSecs(3600), now);
    dialog.show();
    auto *end = dialog.findChild<QLineEdit *>(QStringLiteral("end"));
    end->setText(QStringLiteral("下午"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))
              ->text()
              .contains(QStringLiteral("14:30")));
    CHECK(dialog.focusWidget() == end);
}

TEST_CASE("For a manager the assign dialog approves too and offers assign and print",
          "[dispatch][desk][gui]")
{
    DispatchFixture f;
    f.addVehicle(QStringLiteral("宁A·10001"));
    f.addDriver(QStringLiteral("张师傅"));
    const qint64 trip = f.requested(10, 12);
    f.temp().loginAs(Role::Manager);
    AssignDialog dialog(f.dispatch(), f.dispatch().trip(trip));
    dialog.show();
    CHECK(dialog.approvesToo());
    auto *print = dialog.findChild<QPushButton *>(QStringLiteral("assignAndPrintButton"));
    REQUIRE(print != nullptr);
    print->click();
    CHECK(dialog.printRequested());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.status(trip) == QStringLiteral("assigned"));
    CHECK(auditActions(f, trip) == QStringLiteral("request,approve,assign"));
}

TEST_CASE("The liaisons dialog lists the scope's liaisons and registers a new one",
          "[dispatch][desk][gui]")
{
    DispatchFixture f;
    f.requested(10, 11);
    f.temp().loginAs(Role::Clerk, {Module::Vehicles});
    LiaisonsDialog dialog(f.dispatch(), 0);
    dialog.show();
    CHECK(dialog.table()->rowCount() == 1);
    f.dispatch().saveLiaison(liaison(f.otherDepartment(), "王芳", "13900000001"));
    dialog.reload();
    CHECK(dialog.table()->rowCount() == 2);
}

TEST_CASE("After a dialog closes the board has the keyboard again and Ctrl+Shift+A approves",
          "[dispatch][desk][gui]")
{
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12);
    f.temp().loginAs(Role::Manager);
    WindowActivation::install();
    auto &s = f.temp().services();
    DispatchBoard board(s.dispatch(), s.settings(), s.clock());
    board.resize(1200, 700);
    board.show();
    QApplication::setActiveWindow(&board);
    REQUIRE(QTest::qWaitForWindowActive(&board));
    board.activate();
    board.focusContent();
    REQUIRE(board.actions()->tripId() == trip);

    // A dialog opened from the board (as the request form is) takes the keyboard and closes.
    QDialog dialog(&board);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.accept();
    REQUIRE(QTest::qWaitFor([&] { return board.isActiveWindow(); }, 3000));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A,
                    Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.status(trip) == QStringLiteral("approved"));
}

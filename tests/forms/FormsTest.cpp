#include "support/TempDatabase.h"

#include "app/DemoData.h"
#include "app/Startup.h"
#include "org/OrgService.h"
#include "org/UserService.h"
#include "vehicles/DispatchService.h"
#include "vehicles/DriverService.h"
#include "vehicles/VehicleService.h"
#include "org/BackupService.h"
#include "widgets/admin/GeneralSettingsTab.h"
#include "widgets/admin/RestoreDialog.h"
#include "widgets/admin/StoreDialog.h"
#include "widgets/admin/LoginDialog.h"
#include "widgets/admin/SetupDialog.h"
#include "widgets/admin/UserDialog.h"
#include "widgets/energy/EnergyDialogs.h"
#include "offices/OfficeService.h"
#include "widgets/offices/AssistantDialog.h"
#include "widgets/offices/OfficeDialogs.h"
#include "widgets/org/OrgDialogs.h"
#include "widgets/housing/HousingDialogs.h"
#include "housing/HousingService.h"
#include "core/Period.h"
#include "widgets/vehicles/AssignDialog.h"
#include "widgets/vehicles/LedgerDialogs.h"
#include "widgets/vehicles/LiaisonsDialog.h"
#include "widgets/vehicles/TripDialogs.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTimer>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace ga;
using namespace ga::test;
using namespace ga::vehicles;

// The dialogs and forms whose layout is a Designer form (ui/): their labels, mnemonics and
// tab order, in English and in Chinese.

namespace {

using Visit = std::function<void(const QString &name, QWidget *form)>;

// A dialog that only opens modally (the ledger's edit functions): visited once it is shown,
// then cancelled.
void visitModal(const QString &name, const Visit &visit, const std::function<void()> &open)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        visit(name, dialog);
        dialog->reject();
    });
    open();
    INFO(name.toStdString());
    CHECK(seen);
}

template<typename W> void visitShown(const QString &name, const Visit &visit, W &widget)
{
    widget.show();
    visit(name, &widget);
}

// Opens every converted dialog and form over a demo store, in the current language.
void forEachForm(const Visit &visit)
{
    TempDatabase t;
    {
        SetupDialog d(t.services().users());
        visitShown(QStringLiteral("SetupDialog"), visit, d);
    }
    demo::generate(t.services(), {});
    Services &s = t.services();
    const User user = s.users().listUsers().first();
    {
        LoginDialog d(s.users(), QStringLiteral("Bureau"));
        visitShown(QStringLiteral("LoginDialog"), visit, d);
    }
    {
        UserDialog d(s.users(), std::nullopt);
        visitShown(QStringLiteral("UserDialog (new)"), visit, d);
    }
    {
        UserDialog d(s.users(), user);
        visitShown(QStringLiteral("UserDialog (edit)"), visit, d);
    }
    {
        PasswordDialog d(s.users(), PasswordDialog::Mode::Reset, user);
        visitShown(QStringLiteral("PasswordDialog (reset)"), visit, d);
    }
    {
        PasswordDialog d(s.users(), PasswordDialog::Mode::ChangeOwn, user);
        visitShown(QStringLiteral("PasswordDialog (own)"), visit, d);
    }
    {
        GeneralSettingsTab tab(s.settings(), s.session());
        visitShown(QStringLiteral("GeneralSettingsTab"), visit, tab);
    }
    {
        s.backups().dailyBackupIfDue(QDate::currentDate());
        RestoreDialog d(s.backups());
        visitShown(QStringLiteral("RestoreDialog"), visit, d);
    }
    {
        StoreDialog d(QStringLiteral("postgresql://desk1@db.example.org/govassets"));
        visitShown(QStringLiteral("StoreDialog"), visit, d);
    }
    {
        DepartmentDialog d(s.org(), Department {});
        visitShown(QStringLiteral("DepartmentDialog"), visit, d);
    }
    {
        StaffDialog d(s.org(), Staff {});
        visitShown(QStringLiteral("StaffDialog"), visit, d);
    }
    {
        BuildingDialog d(s.org(), Building {});
        visitShown(QStringLiteral("BuildingDialog"), visit, d);
    }
    {
        RankDialog d(s.org().ranks(true).first());
        visitShown(QStringLiteral("RankDialog"), visit, d);
    }

    {
        offices::RoomDialog d(s.org(), offices::Room {});
        visitShown(QStringLiteral("RoomDialog"), visit, d);
    }
    {
        offices::RoomFilter officesOnly;
        officesOnly.useType = offices::UseType::Office;
        const QList<offices::RoomRow> rooms = s.offices().roomsPageAfter(officesOnly, {}, 1);
        REQUIRE_FALSE(rooms.isEmpty());
        offices::AllocationDialog d(s.offices(), s.org(), rooms.first());
        visitShown(QStringLiteral("AllocationDialog"), visit, d);
    }
    {
        offices::CaseRow row;
        row.overCase.deadline = s.clock().today();
        offices::CaseDialog d(row);
        visitShown(QStringLiteral("CaseDialog"), visit, d);
    }
    {
        offices::DisposalDialog d(QStringLiteral("JZ00001 301"), s.clock().today());
        visitShown(QStringLiteral("DisposalDialog"), visit, d);
    }
    {
        offices::AssistantDialog d(s.offices(), s.org());
        visitShown(QStringLiteral("AssistantDialog"), visit, d);
    }

    const Vehicle v = s.vehicles().listVehicles({}).first().vehicle;
    visitModal(QStringLiteral("vehicle"), visit,
               [&] { editVehicle(nullptr, s.vehicles(), v, true); });
    visitModal(QStringLiteral("driver"), visit,
               [&] { editDriver(nullptr, s.drivers(), s.vehicles(), Driver {}, true); });
    MaintenanceRecord maintenance;
    maintenance.vehicleId = v.id;
    visitModal(QStringLiteral("maintenance"), visit,
               [&] { editMaintenance(nullptr, s.vehicles(), maintenance, true); });
    InspectionRecord inspection;
    inspection.vehicleId = v.id;
    visitModal(QStringLiteral("inspection"), visit,
               [&] { editInspection(nullptr, s.vehicles(), inspection, true); });
    InsurancePolicy insurance;
    insurance.vehicleId = v.id;
    visitModal(QStringLiteral("insurance"), visit,
               [&] { editInsurance(nullptr, s.vehicles(), insurance, true); });
    Violation violation;
    violation.vehicleId = v.id;
    visitModal(QStringLiteral("violation"), visit,
               [&] { editViolation(nullptr, s.vehicles(), s.drivers(), violation, true); });
    Accident accident;
    accident.vehicleId = v.id;
    visitModal(QStringLiteral("accident"), visit,
               [&] { editAccident(nullptr, s.vehicles(), s.drivers(), accident, true); });
    FuelTransaction fuel;
    fuel.vehicleId = v.id;
    visitModal(QStringLiteral("fuel"), visit, [&] { editFuel(nullptr, s.vehicles(), fuel, true); });
    LongTermAssignment assignment;
    assignment.vehicleId = v.id;
    visitModal(QStringLiteral("long-term assignment"), visit,
               [&] { editAssignment(nullptr, s.vehicles(), assignment, true); });

    const QDateTime now = s.clock().now().toLocalTime();
    {
        TripRequestDialog d(s.dispatch(), 0, now, now);
        visitShown(QStringLiteral("TripRequestDialog"), visit, d);
    }
    TripFilter filter;
    filter.status = TripStatus::Approved;
    const QList<TripRow> approved = s.dispatch().tripsPage(filter, 0, 1);
    REQUIRE_FALSE(approved.isEmpty());
    const Trip trip = s.dispatch().trip(approved.first().id);
    {
        DepartDialog d(trip, 10000, now);
        visitShown(QStringLiteral("DepartDialog"), visit, d);
    }
    {
        ReturnDialog d(trip, now);
        visitShown(QStringLiteral("ReturnDialog"), visit, d);
    }
    {
        AssignDialog d(s.dispatch(), trip);
        visitShown(QStringLiteral("AssignDialog"), visit, d);
    }
    {
        LiaisonDialog d(s.dispatch(), s.dispatch().allLiaisons().first());
        visitShown(QStringLiteral("LiaisonDialog"), visit, d);
    }

    // Energy: a cumulative meter with a roll-over, so every row of the confirmation shows.
    energy::Meter meter;
    meter.kind = energy::ReadingKind::Cumulative;
    meter.rolloverMilli = 1'000'000;
    {
        energy::MeterDialog d(s.energy(), meter);
        visitShown(QStringLiteral("MeterDialog"), visit, d);
    }
    {
        energy::ReadingInput in;
        in.event = energy::ReadingEvent::Replacement;
        energy::ConfirmReadingDialog d(meter, in, energy::Assessment {});
        visitShown(QStringLiteral("ConfirmReadingDialog"), visit, d);
    }
    {
        energy::CoefficientDialog d(s.energy().coefficients().first());
        visitShown(QStringLiteral("CoefficientDialog"), visit, d);
    }
    {
        energy::QuotaDialog d(QStringLiteral("JZ00001"), 2026, 1000, {});
        visitShown(QStringLiteral("QuotaDialog"), visit, d);
    }

    // Housing (the demo holds a small register).
    housing::HousingService &h = s.housing();
    {
        housing::ComplexDialog d(s.org(), h.activeComplexes().first());
        visitShown(QStringLiteral("ComplexDialog"), visit, d);
    }
    {
        housing::FlatDialog d(h, h.flat(h.flatsPageAfter({}, {}, 1).first().flat.id));
        visitShown(QStringLiteral("FlatDialog"), visit, d);
    }
    {
        housing::ApplicationDialog d(h, s.org());
        visitShown(QStringLiteral("ApplicationDialog"), visit, d);
    }
    for (const QString &layout : h.layouts()) {
        housing::FlatFilter vacant;
        vacant.status = housing::FlatStatus::Vacant;
        vacant.layout = layout;
        const QList<housing::ApplicationRow> queue = h.queue(layout);
        const QList<housing::FlatRow> free = h.flatsPageAfter(vacant, {}, 1);
        if (!queue.isEmpty() && !free.isEmpty()) {
            h.offerFlat(queue.first().application.id, free.first().flat.id);
            break;
        }
    }
    const QList<housing::OfferRow> offers = h.openOffers();
    REQUIRE_FALSE(offers.isEmpty());
    const QList<housing::ApplicationRow> waiting = h.applicationsPageAfter({}, {}, 50);
    const auto applicant = *std::find_if(waiting.begin(), waiting.end(), [](const auto &a) {
        return a.application.status == housing::ApplicationStatus::Waiting;
    });
    {
        housing::OfferDialog d(h, applicant, applicant.staffName);
        visitShown(QStringLiteral("OfferDialog"), visit, d);
    }
    {
        housing::AcceptOfferDialog d(h, offers.first(), Money(80000));
        visitShown(QStringLiteral("AcceptOfferDialog"), visit, d);
    }
    const housing::TenancyRow tenancy = h.tenanciesPageAfter({}, {}, 1).first();
    {
        housing::ExtendDialog d(h, tenancy);
        visitShown(QStringLiteral("ExtendDialog"), visit, d);
    }
    {
        housing::RentRollFilter roll;
        roll.month = toIsoMonth(h.today());
        housing::PaymentDialog d(h.rentRollPageAfter(roll, {}, 1).first(), h.today());
        visitShown(QStringLiteral("PaymentDialog"), visit, d);
    }
    {
        housing::CheckoutDialog d(h, tenancy);
        visitShown(QStringLiteral("CheckoutDialog"), visit, d);
    }
}

// The widgets a user types or chooses in (not labels, containers or push buttons).
bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QCheckBox *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

void collectInputs(QLayout *layout, QList<QWidget *> &out);

void collectItem(QLayoutItem *item, QList<QWidget *> &out)
{
    if (QWidget *w = item->widget()) {
        if (isInput(w))
            out << w;
        else if (w->layout())
            collectInputs(w->layout(), out);
    } else if (QLayout *inner = item->layout()) {
        collectInputs(inner, out);
    }
}

// The inputs in the order of the form: rows top to bottom, in a grid row by row.
void collectInputs(QLayout *layout, QList<QWidget *> &out)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row)
            for (auto role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                if (QLayoutItem *item = form->itemAt(row, role))
                    collectItem(item, out);
    } else if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        QList<std::tuple<int, int, QLayoutItem *>> cells;
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            cells.append({row, column, grid->itemAt(i)});
        }
        std::sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) {
            return std::tie(std::get<0>(a), std::get<1>(a))
                < std::tie(std::get<0>(b), std::get<1>(b));
        });
        for (const auto &cell : cells)
            collectItem(std::get<2>(cell), out);
    } else {
        for (int i = 0; i < layout->count(); ++i)
            collectItem(layout->itemAt(i), out);
    }
}

QList<QLabel *> buddyLabels(QWidget *form)
{
    QList<QLabel *> labels;
    for (QLabel *label : form->findChildren<QLabel *>())
        if (label->buddy())
            labels << label;
    return labels;
}

// Each mnemonic of the form's labels and buttons, with the texts that use it.
QMultiMap<QKeySequence, QString> mnemonics(QWidget *form)
{
    QMultiMap<QKeySequence, QString> keys;
    for (QLabel *label : buddyLabels(form))
        if (const QKeySequence key = QKeySequence::mnemonic(label->text()); !key.isEmpty())
            keys.insert(key, label->text());
    for (QAbstractButton *button : form->findChildren<QAbstractButton *>())
        if (const QKeySequence key = QKeySequence::mnemonic(button->text()); !key.isEmpty())
            keys.insert(key, button->text());
    return keys;
}

void checkLabelsHaveMnemonics(const QString &name, QWidget *form)
{
    const QList<QLabel *> labels = buddyLabels(form);
    INFO(name.toStdString());
    CHECK_FALSE(labels.isEmpty());
    for (QLabel *label : labels) {
        INFO(label->text().toStdString());
        CHECK_FALSE(QKeySequence::mnemonic(label->text()).isEmpty());
    }
}

void checkMnemonicsUnique(const QString &name, QWidget *form)
{
    const QMultiMap<QKeySequence, QString> keys = mnemonics(form);
    for (const QKeySequence &key : keys.uniqueKeys()) {
        INFO(name.toStdString()
             << ": " << key.toString().toStdString() << " used by "
             << QStringList(keys.values(key)).join(QStringLiteral(", ")).toStdString());
        CHECK(keys.count(key) == 1);
    }
}

// The Chinese interface for one test case; English again afterwards.
class ChineseInterface
{
public:
    ChineseInterface()
    {
        REQUIRE(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"))
                == QStringLiteral("zh_CN"));
        REQUIRE(QCoreApplication::translate("ga::LoginDialog", "&User name:")
                != QStringLiteral("&User name:"));
    }
    ~ChineseInterface()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

} // namespace

TEST_CASE("Every label of an input in the forms has a mnemonic", "[gui][forms]")
{
    forEachForm(checkLabelsHaveMnemonics);
}

TEST_CASE("Mnemonics are unique within each form", "[gui][forms]")
{
    forEachForm(checkMnemonicsUnique);
}

TEST_CASE("In Chinese every label of an input in the forms has a mnemonic",
          "[gui][forms][translation]")
{
    ChineseInterface chinese;
    forEachForm(checkLabelsHaveMnemonics);
}

TEST_CASE("In Chinese mnemonics are unique within each form", "[gui][forms][translation]")
{
    ChineseInterface chinese;
    forEachForm(checkMnemonicsUnique);
}

TEST_CASE("The tab order of each form visits its inputs in the order of the form", "[gui][forms]")
{
    forEachForm([](const QString &name, QWidget *form) {
        QList<QWidget *> inputs;
        REQUIRE(form->layout() != nullptr);
        collectInputs(form->layout(), inputs);
        INFO(name.toStdString());
        REQUIRE_FALSE(inputs.isEmpty());

        // The inputs as Tab reaches them, starting from the first one.
        QList<QWidget *> visited {inputs.first()};
        for (QWidget *w = inputs.first()->nextInFocusChain(); w != inputs.first();
             w = w->nextInFocusChain()) {
            if (inputs.contains(w) && !visited.contains(w))
                visited << w;
        }
        QStringList expected, actual;
        for (QWidget *w : inputs)
            expected << w->objectName();
        for (QWidget *w : visited)
            actual << w->objectName();
        INFO("expected " << expected.join(QLatin1Char(' ')).toStdString());
        INFO("actual   " << actual.join(QLatin1Char(' ')).toStdString());
        CHECK(actual == expected);
    });
}

// Not part of the suite (hidden tag): renders every form, in Chinese and in English, to PNG
// files in the folder $GA_FORM_SHOTS, to look at or to put in docs/images/:
//     GA_FORM_SHOTS=/tmp/shots build/tests/forms/test_forms "[.shots]"
TEST_CASE("Render every form to PNG files", "[.shots]")
{
    const QString dir = qEnvironmentVariable("GA_FORM_SHOTS");
    REQUIRE(!dir.isEmpty());
    auto save = [&](const QString &suffix) {
        return [=](const QString &name, QWidget *w) {
            QString file = name;
            file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
            w->adjustSize();
            w->grab().save(dir + QLatin1Char('/') + file + suffix + QStringLiteral(".png"));
        };
    };
    forEachForm(save(QStringLiteral("-en")));
    ChineseInterface zh;
    forEachForm(save(QStringLiteral("-zh")));
}

#include "widgets/vehicles/LedgerDialogs.h"

#include "core/Error.h"
#include "vehicles/DriverService.h"
#include "vehicles/VehicleService.h"
#include "widgets/vehicles/LedgerForm.h"

#include "ui_AccidentDialog.h"
#include "ui_DriverDialog.h"
#include "ui_FuelDialog.h"
#include "ui_InspectionDialog.h"
#include "ui_InsuranceDialog.h"
#include "ui_LongTermAssignmentDialog.h"
#include "ui_MaintenanceDialog.h"
#include "ui_VehicleDialog.h"
#include "ui_ViolationDialog.h"

#include <QCoreApplication>

namespace ga {

using namespace vehicles;

namespace {

// The translation context of the ledger's dialogs.
class LedgerDialogs
{
    Q_DECLARE_TR_FUNCTIONS(LedgerDialogs)
};

QString title(bool adding, bool canEdit, const QString &addText, const QString &editText,
              const QString &viewText)
{
    return adding ? addText : canEdit ? editText : viewText;
}

template<typename Enum>
LedgerFormDialog::Choices enumChoices(const QList<Enum> &values)
{
    LedgerFormDialog::Choices c;
    for (Enum v : values)
        c << qMakePair(displayName(v), QVariant(int(v)));
    return c;
}

LedgerFormDialog::Choices departmentChoices(VehicleService &service, bool withNone)
{
    LedgerFormDialog::Choices c;
    if (withNone)
        c << qMakePair(LedgerDialogs::tr("(none)"), QVariant(qint64(0)));
    for (const NamedId &d : service.departments())
        c << qMakePair(d.name, QVariant(d.id));
    return c;
}

LedgerFormDialog::Choices driverChoices(DriverService &drivers)
{
    LedgerFormDialog::Choices c;
    c << qMakePair(LedgerDialogs::tr("(unknown)"), QVariant(qint64(0)));
    for (const NamedId &d : drivers.driverChoices())
        c << qMakePair(d.name, QVariant(d.id));
    return c;
}

std::optional<int> optionalKm(QSpinBox *spin)
{
    return spin->value() > 0 ? std::optional<int>(spin->value()) : std::nullopt;
}

LedgerFormDialog::Choices licenceClassChoices()
{
    LedgerFormDialog::Choices c;
    for (const QString &l : licenceClasses())
        c << qMakePair(l, QVariant(l));
    return c;
}

qint64 run(LedgerFormDialog &dialog, bool canEdit, qint64 &savedId)
{
    dialog.setReadOnly(!canEdit);
    if (dialog.exec() != QDialog::Accepted || !canEdit)
        return 0;
    return savedId;
}

} // namespace

// Each dialog's layout is its form in ui/vehicles/; the code fills it from the record and reads
// the record back when the user saves.

qint64 editVehicle(QWidget *parent, VehicleService &service, const Vehicle &v, bool canEdit)
{
    LedgerFormDialog d(parent);
    Ui::VehicleDialog ui;
    d.setUpForm(ui,
                title(v.id == 0, canEdit, LedgerDialogs::tr("New vehicle"),
                      LedgerDialogs::tr("Edit vehicle"), LedgerDialogs::tr("Vehicle")));
    ui.plate->setText(v.plate);
    ui.fleetNo->setText(v.fleetNo);
    ui.brand->setText(v.brand);
    ui.model->setText(v.model);
    LedgerFormDialog::setChoices(ui.category, enumChoices(allCategorys()), int(v.category));
    LedgerFormDialog::setChoices(ui.energyType, enumChoices(allEnergyTypes()), int(v.energyType));
    ui.seats->setValue(v.seats);
    LedgerFormDialog::setChoices(ui.licenceClass, licenceClassChoices(), v.licenceClass);
    LedgerFormDialog::setChoices(ui.department, departmentChoices(service, true), v.departmentId);
    LedgerFormDialog::setDate(ui.purchaseDate, v.purchaseDate);
    LedgerFormDialog::setMoney(ui.purchasePrice, v.purchasePrice);
    LedgerFormDialog::setChoices(ui.ownership, enumChoices(allOwnerships()), int(v.ownership));
    ui.lessor->setText(v.lessor);
    LedgerFormDialog::setMoney(ui.leaseCostMonthly, v.leaseCostMonthly);
    ui.odometer->setValue(v.odometerKm);
    ui.fuelCard->setText(v.fuelCardNo);
    ui.notes->setPlainText(v.notes);
    auto updateLease = [&ui] {
        const bool leased
            = Ownership(LedgerFormDialog::choice(ui.ownership).toInt()) == Ownership::Leased;
        ui.lessor->setEnabled(leased);
        ui.leaseCostMonthly->setEnabled(leased);
    };
    QObject::connect(ui.ownership, &QComboBox::currentIndexChanged, &d, updateLease);
    updateLease();

    qint64 savedId = v.id;
    d.setSaveHandler([&] {
        Vehicle out = v;
        out.plate = ui.plate->text();
        out.fleetNo = ui.fleetNo->text();
        out.brand = ui.brand->text();
        out.model = ui.model->text();
        out.category = Category(LedgerFormDialog::choice(ui.category).toInt());
        out.energyType = EnergyType(LedgerFormDialog::choice(ui.energyType).toInt());
        out.seats = ui.seats->value();
        out.licenceClass = LedgerFormDialog::choice(ui.licenceClass).toString();
        out.departmentId = LedgerFormDialog::choice(ui.department).toLongLong();
        out.purchaseDate = LedgerFormDialog::date(ui.purchaseDate);
        out.purchasePrice
            = LedgerFormDialog::money(ui.purchasePrice, LedgerDialogs::tr("purchase price"));
        out.ownership = Ownership(LedgerFormDialog::choice(ui.ownership).toInt());
        out.lessor = ui.lessor->text();
        out.leaseCostMonthly
            = LedgerFormDialog::money(ui.leaseCostMonthly, LedgerDialogs::tr("monthly lease"));
        out.odometerKm = ui.odometer->value();
        out.fuelCardNo = ui.fuelCard->text();
        out.notes = ui.notes->toPlainText();
        if (out.id == 0)
            savedId = service.createVehicle(out);
        else
            service.updateVehicle(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editDriver(QWidget *parent, DriverService &drivers, VehicleService &vehicles,
                  const Driver &r, bool canEdit)
{
    LedgerFormDialog d(parent);
    Ui::DriverDialog ui;
    d.setUpForm(ui,
                title(r.id == 0, canEdit, LedgerDialogs::tr("New driver"),
                      LedgerDialogs::tr("Edit driver"), LedgerDialogs::tr("Driver")));
    ui.name->setText(r.name);
    ui.staffNo->setText(drivers.staffNumber(r.staffId));
    LedgerFormDialog::setChoices(ui.employment, enumChoices(allEmployments()), int(r.employment));
    LedgerFormDialog::setChoices(ui.licenceClass, licenceClassChoices(), r.licenceClass);
    ui.licenceNo->setText(r.licenceNo);
    LedgerFormDialog::setDate(ui.licenceExpiry, r.licenceExpiry);
    ui.phone->setText(r.phone);
    LedgerFormDialog::setChoices(ui.department, departmentChoices(vehicles, true), r.departmentId);
    LedgerFormDialog::Choices statuses;
    for (DriverStatus s : {DriverStatus::Active, DriverStatus::OnLeave})
        statuses << qMakePair(displayName(s), QVariant(int(s)));
    LedgerFormDialog::setChoices(ui.status, statuses, int(r.status));
    ui.status->setEnabled(r.status != DriverStatus::Retired);

    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        Driver out = r;
        out.name = ui.name->text();
        out.staffId = ui.staffNo->text().trimmed().isEmpty()
            ? 0
            : drivers.staffIdByNumber(ui.staffNo->text());
        out.employment = Employment(LedgerFormDialog::choice(ui.employment).toInt());
        out.licenceClass = LedgerFormDialog::choice(ui.licenceClass).toString();
        out.licenceNo = ui.licenceNo->text();
        out.licenceExpiry = LedgerFormDialog::date(ui.licenceExpiry);
        out.phone = ui.phone->text();
        out.departmentId = LedgerFormDialog::choice(ui.department).toLongLong();
        if (r.status != DriverStatus::Retired)
            out.status = DriverStatus(LedgerFormDialog::choice(ui.status).toInt());
        if (out.id == 0)
            savedId = drivers.createDriver(out);
        else
            drivers.updateDriver(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editMaintenance(QWidget *parent, VehicleService &service, const MaintenanceRecord &r,
                       bool canEdit)
{
    LedgerFormDialog d(parent);
    Ui::MaintenanceDialog ui;
    d.setUpForm(ui,
                title(r.id == 0, canEdit, LedgerDialogs::tr("New maintenance record"),
                      LedgerDialogs::tr("Edit maintenance record"),
                      LedgerDialogs::tr("Maintenance record")));
    const LedgerFormDialog::Choices kinds {
        {displayName(MaintenanceKind::Service), int(MaintenanceKind::Service)},
        {displayName(MaintenanceKind::Repair), int(MaintenanceKind::Repair)}};
    LedgerFormDialog::setChoices(ui.kind, kinds, int(r.kind));
    LedgerFormDialog::setDate(ui.date, r.date);
    ui.garage->setText(r.garage);
    ui.items->setPlainText(r.items);
    LedgerFormDialog::setMoney(ui.cost, r.cost);
    ui.odometer->setValue(r.odometerKm.value_or(0));
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        MaintenanceRecord out = r;
        out.kind = MaintenanceKind(LedgerFormDialog::choice(ui.kind).toInt());
        out.date = LedgerFormDialog::date(ui.date);
        out.garage = ui.garage->text();
        out.items = ui.items->toPlainText();
        out.cost = LedgerFormDialog::money(ui.cost, LedgerDialogs::tr("cost"));
        out.odometerKm = optionalKm(ui.odometer);
        savedId = service.saveMaintenance(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editInspection(QWidget *parent, VehicleService &service, const InspectionRecord &r,
                      bool canEdit)
{
    LedgerFormDialog d(parent);
    Ui::InspectionDialog ui;
    d.setUpForm(ui,
                title(r.id == 0, canEdit, LedgerDialogs::tr("New inspection"),
                      LedgerDialogs::tr("Edit inspection"), LedgerDialogs::tr("Inspection")));
    LedgerFormDialog::setDate(ui.date, r.date);
    LedgerFormDialog::setDate(ui.expiry,
                              r.expiry.isValid() ? r.expiry : QDate::currentDate().addYears(1));
    ui.passed->setChecked(r.passed);
    LedgerFormDialog::setMoney(ui.cost, r.cost);
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        InspectionRecord out = r;
        out.date = LedgerFormDialog::date(ui.date);
        out.expiry = LedgerFormDialog::date(ui.expiry);
        out.passed = ui.passed->isChecked();
        out.cost = LedgerFormDialog::money(ui.cost, LedgerDialogs::tr("fee"));
        savedId = service.saveInspection(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editInsurance(QWidget *parent, VehicleService &service, const InsurancePolicy &r,
                     bool canEdit)
{
    LedgerFormDialog d(parent);
    Ui::InsuranceDialog ui;
    d.setUpForm(ui,
                title(r.id == 0, canEdit, LedgerDialogs::tr("New insurance policy"),
                      LedgerDialogs::tr("Edit insurance policy"),
                      LedgerDialogs::tr("Insurance policy")));
    ui.insurer->setText(r.insurer);
    ui.policyNo->setText(r.policyNo);
    LedgerFormDialog::setDate(ui.startDate, r.startDate);
    LedgerFormDialog::setDate(
        ui.expiry, r.expiry.isValid() ? r.expiry : QDate::currentDate().addYears(1).addDays(-1));
    LedgerFormDialog::setMoney(ui.premium, r.premium);
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        InsurancePolicy out = r;
        out.insurer = ui.insurer->text();
        out.policyNo = ui.policyNo->text();
        out.startDate = LedgerFormDialog::date(ui.startDate);
        out.expiry = LedgerFormDialog::date(ui.expiry);
        out.premium = LedgerFormDialog::money(ui.premium, LedgerDialogs::tr("premium"));
        savedId = service.saveInsurance(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editViolation(QWidget *parent, VehicleService &service, DriverService &drivers,
                     const Violation &r, bool canEdit)
{
    LedgerFormDialog d(parent);
    Ui::ViolationDialog ui;
    d.setUpForm(ui,
                title(r.id == 0, canEdit, LedgerDialogs::tr("New violation"),
                      LedgerDialogs::tr("Edit violation"), LedgerDialogs::tr("Violation")));
    LedgerFormDialog::setDate(ui.date, r.date);
    LedgerFormDialog::setChoices(ui.driver, driverChoices(drivers), r.driverId);
    ui.place->setText(r.place);
    ui.description->setPlainText(r.description);
    LedgerFormDialog::setMoney(ui.fine, r.fine);
    ui.points->setValue(r.points);
    ui.settled->setChecked(r.settled);
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        Violation out = r;
        out.date = LedgerFormDialog::date(ui.date);
        out.driverId = LedgerFormDialog::choice(ui.driver).toLongLong();
        out.place = ui.place->text();
        out.description = ui.description->toPlainText();
        out.fine = LedgerFormDialog::money(ui.fine, LedgerDialogs::tr("fine"));
        out.points = ui.points->value();
        out.settled = ui.settled->isChecked();
        savedId = service.saveViolation(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editAccident(QWidget *parent, VehicleService &service, DriverService &drivers,
                    const Accident &r, bool canEdit)
{
    LedgerFormDialog d(parent);
    Ui::AccidentDialog ui;
    d.setUpForm(ui,
                title(r.id == 0, canEdit, LedgerDialogs::tr("New accident"),
                      LedgerDialogs::tr("Edit accident"), LedgerDialogs::tr("Accident")));
    LedgerFormDialog::setDate(ui.date, r.date);
    LedgerFormDialog::setChoices(ui.driver, driverChoices(drivers), r.driverId);
    ui.place->setText(r.place);
    ui.description->setPlainText(r.description);
    ui.liability->setText(r.liability);
    LedgerFormDialog::setMoney(ui.cost, r.cost);
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        Accident out = r;
        out.date = LedgerFormDialog::date(ui.date);
        out.driverId = LedgerFormDialog::choice(ui.driver).toLongLong();
        out.place = ui.place->text();
        out.description = ui.description->toPlainText();
        out.liability = ui.liability->text();
        out.cost = LedgerFormDialog::money(ui.cost, LedgerDialogs::tr("cost"));
        savedId = service.saveAccident(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editFuel(QWidget *parent, VehicleService &service, const FuelTransaction &r, bool canEdit)
{
    LedgerFormDialog d(parent);
    Ui::FuelDialog ui;
    d.setUpForm(ui,
                title(r.id == 0, canEdit, LedgerDialogs::tr("New fuel transaction"),
                      LedgerDialogs::tr("Edit fuel transaction"),
                      LedgerDialogs::tr("Fuel transaction")));
    ui.at->setDateTime(
        r.at > 0 ? QDateTime::fromSecsSinceEpoch(r.at).toLocalTime()
                 : QDateTime(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0)));
    ui.card->setText(r.cardNo);
    LedgerFormDialog::setChoices(ui.fuelKind, enumChoices(allFuelKinds()), int(r.fuelKind));
    ui.quantity->setText(r.quantityMilli > 0 ? QString::number(r.quantityMilli / 1000.0, 'f', 3)
                                             : QString());
    LedgerFormDialog::setMoney(ui.amount, r.amount);
    ui.station->setText(r.station);
    ui.odometer->setValue(r.odometerKm.value_or(0));
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        FuelTransaction out = r;
        out.at = ui.at->dateTime().toSecsSinceEpoch();
        out.cardNo = ui.card->text();
        out.fuelKind = FuelKind(LedgerFormDialog::choice(ui.fuelKind).toInt());
        bool ok = false;
        const double q = QLocale().toDouble(ui.quantity->text().trimmed(), &ok);
        const double qc = ok ? q : ui.quantity->text().trimmed().toDouble(&ok);
        if (!ok)
            throw ValidationError(
                LedgerDialogs::tr("Enter the quantity as a number of litres or kWh."));
        out.quantityMilli = qRound64(qc * 1000.0);
        out.amount = LedgerFormDialog::money(ui.amount, LedgerDialogs::tr("amount"));
        out.station = ui.station->text();
        out.odometerKm = optionalKm(ui.odometer);
        savedId = service.saveFuel(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editAssignment(QWidget *parent, VehicleService &service, const LongTermAssignment &r,
                      bool canEdit)
{
    LedgerFormDialog d(parent);
    Ui::LongTermAssignmentDialog ui;
    d.setUpForm(ui,
                title(r.id == 0, canEdit, LedgerDialogs::tr("New long-term assignment"),
                      LedgerDialogs::tr("Edit long-term assignment"),
                      LedgerDialogs::tr("Long-term assignment")));
    LedgerFormDialog::setChoices(ui.department, departmentChoices(service, false), r.departmentId);
    LedgerFormDialog::setDate(ui.startDate, r.startDate);
    LedgerFormDialog::setDate(ui.endDate, r.endDate);
    ui.note->setText(r.note);
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        LongTermAssignment out = r;
        out.departmentId = LedgerFormDialog::choice(ui.department).toLongLong();
        out.startDate = LedgerFormDialog::date(ui.startDate);
        out.endDate = LedgerFormDialog::date(ui.endDate);
        out.note = ui.note->text();
        savedId = service.saveAssignment(out);
    });
    return run(d, canEdit, savedId);
}

} // namespace ga

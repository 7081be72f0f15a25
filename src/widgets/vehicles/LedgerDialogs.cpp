#include "widgets/vehicles/LedgerDialogs.h"

#include "core/Error.h"
#include "vehicles/DriverService.h"
#include "vehicles/VehicleService.h"
#include "widgets/vehicles/LedgerForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

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

qint64 run(LedgerFormDialog &dialog, bool canEdit, qint64 &savedId)
{
    dialog.setReadOnly(!canEdit);
    if (dialog.exec() != QDialog::Accepted || !canEdit)
        return 0;
    return savedId;
}

} // namespace

qint64 editVehicle(QWidget *parent, VehicleService &service, const Vehicle &v, bool canEdit)
{
    LedgerFormDialog d(title(v.id == 0, canEdit, LedgerDialogs::tr("New vehicle"),
                             LedgerDialogs::tr("Edit vehicle"), LedgerDialogs::tr("Vehicle")),
                       parent);
    auto *plate = d.addText(LedgerDialogs::tr("&Plate:"), v.plate);
    plate->setPlaceholderText(QStringLiteral("宁A·12345"));
    auto *fleetNo = d.addText(LedgerDialogs::tr("&Fleet number:"), v.fleetNo);
    auto *brand = d.addText(LedgerDialogs::tr("&Brand:"), v.brand);
    auto *model = d.addText(LedgerDialogs::tr("&Model:"), v.model);
    auto *category = d.addChoice(LedgerDialogs::tr("&Category:"), enumChoices(allCategorys()),
                                 int(v.category));
    auto *energy = d.addChoice(LedgerDialogs::tr("&Energy:"), enumChoices(allEnergyTypes()),
                               int(v.energyType));
    auto *seats = d.addInt(LedgerDialogs::tr("&Seats:"), v.seats, 1, 99);
    LedgerFormDialog::Choices classes;
    for (const QString &c : licenceClasses())
        classes << qMakePair(c, QVariant(c));
    auto *licence
        = d.addChoice(LedgerDialogs::tr("&Licence class needed:"), classes, v.licenceClass);
    auto *department = d.addChoice(LedgerDialogs::tr("&Department:"),
                                   departmentChoices(service, true), v.departmentId);
    auto *purchased = d.addDate(LedgerDialogs::tr("P&urchase date:"), v.purchaseDate, true);
    auto *price = d.addMoney(LedgerDialogs::tr("Purchase &price (yuan):"), v.purchasePrice);
    auto *ownership = d.addChoice(LedgerDialogs::tr("&Ownership:"), enumChoices(allOwnerships()),
                                  int(v.ownership));
    auto *lessor = d.addText(LedgerDialogs::tr("&Lessor:"), v.lessor);
    auto *lease = d.addMoney(LedgerDialogs::tr("Lease per &month (yuan):"), v.leaseCostMonthly);
    auto *odometer = d.addInt(LedgerDialogs::tr("&Odometer:"), v.odometerKm, 0, 9999999,
                              LedgerDialogs::tr(" km"));
    auto *card = d.addText(LedgerDialogs::tr("Fuel &card:"), v.fuelCardNo);
    auto *notes = d.addLongText(LedgerDialogs::tr("&Notes:"), v.notes);
    auto updateLease = [=] {
        const bool leased
            = Ownership(LedgerFormDialog::choice(ownership).toInt()) == Ownership::Leased;
        lessor->setEnabled(leased);
        lease->setEnabled(leased);
    };
    QObject::connect(ownership, &QComboBox::currentIndexChanged, &d, updateLease);
    updateLease();

    qint64 savedId = v.id;
    d.setSaveHandler([&] {
        Vehicle out = v;
        out.plate = plate->text();
        out.fleetNo = fleetNo->text();
        out.brand = brand->text();
        out.model = model->text();
        out.category = Category(LedgerFormDialog::choice(category).toInt());
        out.energyType = EnergyType(LedgerFormDialog::choice(energy).toInt());
        out.seats = seats->value();
        out.licenceClass = LedgerFormDialog::choice(licence).toString();
        out.departmentId = LedgerFormDialog::choice(department).toLongLong();
        out.purchaseDate = LedgerFormDialog::date(purchased);
        out.purchasePrice = LedgerFormDialog::money(price, LedgerDialogs::tr("purchase price"));
        out.ownership = Ownership(LedgerFormDialog::choice(ownership).toInt());
        out.lessor = lessor->text();
        out.leaseCostMonthly = LedgerFormDialog::money(lease, LedgerDialogs::tr("monthly lease"));
        out.odometerKm = odometer->value();
        out.fuelCardNo = card->text();
        out.notes = notes->toPlainText();
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
    LedgerFormDialog d(title(r.id == 0, canEdit, LedgerDialogs::tr("New driver"),
                             LedgerDialogs::tr("Edit driver"), LedgerDialogs::tr("Driver")),
                       parent);
    auto *name = d.addText(LedgerDialogs::tr("&Name:"), r.name);
    auto *staffNo = d.addText(LedgerDialogs::tr("&Staff number:"), drivers.staffNumber(r.staffId));
    staffNo->setPlaceholderText(LedgerDialogs::tr("optional: link to the staff register"));
    auto *employment = d.addChoice(LedgerDialogs::tr("&Employment:"), enumChoices(allEmployments()),
                                   int(r.employment));
    LedgerFormDialog::Choices classes;
    for (const QString &c : licenceClasses())
        classes << qMakePair(c, QVariant(c));
    auto *licenceClass = d.addChoice(LedgerDialogs::tr("Licence &class:"), classes, r.licenceClass);
    auto *licenceNo = d.addText(LedgerDialogs::tr("Licence n&umber:"), r.licenceNo);
    auto *expiry = d.addDate(LedgerDialogs::tr("Licence e&xpiry:"), r.licenceExpiry);
    auto *phone = d.addText(LedgerDialogs::tr("&Phone:"), r.phone);
    auto *department = d.addChoice(LedgerDialogs::tr("&Department:"),
                                   departmentChoices(vehicles, true), r.departmentId);
    LedgerFormDialog::Choices statuses;
    for (DriverStatus s : {DriverStatus::Active, DriverStatus::OnLeave})
        statuses << qMakePair(displayName(s), QVariant(int(s)));
    auto *status = d.addChoice(LedgerDialogs::tr("S&tatus:"), statuses, int(r.status));
    status->setEnabled(r.status != DriverStatus::Retired);

    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        Driver out = r;
        out.name = name->text();
        out.staffId
            = staffNo->text().trimmed().isEmpty() ? 0 : drivers.staffIdByNumber(staffNo->text());
        out.employment = Employment(LedgerFormDialog::choice(employment).toInt());
        out.licenceClass = LedgerFormDialog::choice(licenceClass).toString();
        out.licenceNo = licenceNo->text();
        out.licenceExpiry = LedgerFormDialog::date(expiry);
        out.phone = phone->text();
        out.departmentId = LedgerFormDialog::choice(department).toLongLong();
        if (r.status != DriverStatus::Retired)
            out.status = DriverStatus(LedgerFormDialog::choice(status).toInt());
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
    LedgerFormDialog d(title(r.id == 0, canEdit, LedgerDialogs::tr("New maintenance record"),
                             LedgerDialogs::tr("Edit maintenance record"),
                             LedgerDialogs::tr("Maintenance record")),
                       parent);
    LedgerFormDialog::Choices kinds {
        {displayName(MaintenanceKind::Service), int(MaintenanceKind::Service)},
        {displayName(MaintenanceKind::Repair), int(MaintenanceKind::Repair)}};
    auto *kind = d.addChoice(LedgerDialogs::tr("&Kind:"), kinds, int(r.kind));
    auto *date = d.addDate(LedgerDialogs::tr("&Date:"), r.date);
    auto *garage = d.addText(LedgerDialogs::tr("&Garage:"), r.garage);
    auto *items = d.addLongText(LedgerDialogs::tr("&Items:"), r.items);
    auto *cost = d.addMoney(LedgerDialogs::tr("&Cost (yuan):"), r.cost);
    auto *km = d.addInt(LedgerDialogs::tr("&Odometer:"), r.odometerKm.value_or(0), 0, 9999999,
                        LedgerDialogs::tr(" km"));
    km->setSpecialValueText(QStringLiteral("—"));
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        MaintenanceRecord out = r;
        out.kind = MaintenanceKind(LedgerFormDialog::choice(kind).toInt());
        out.date = LedgerFormDialog::date(date);
        out.garage = garage->text();
        out.items = items->toPlainText();
        out.cost = LedgerFormDialog::money(cost, LedgerDialogs::tr("cost"));
        out.odometerKm = optionalKm(km);
        savedId = service.saveMaintenance(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editInspection(QWidget *parent, VehicleService &service, const InspectionRecord &r,
                      bool canEdit)
{
    LedgerFormDialog d(title(r.id == 0, canEdit, LedgerDialogs::tr("New inspection"),
                             LedgerDialogs::tr("Edit inspection"), LedgerDialogs::tr("Inspection")),
                       parent);
    auto *date = d.addDate(LedgerDialogs::tr("&Date:"), r.date);
    auto *expiry = d.addDate(LedgerDialogs::tr("&Valid until:"),
                             r.expiry.isValid() ? r.expiry : QDate::currentDate().addYears(1));
    auto *passed = d.addCheck(LedgerDialogs::tr("&Passed"), r.passed);
    auto *cost = d.addMoney(LedgerDialogs::tr("&Fee (yuan):"), r.cost);
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        InspectionRecord out = r;
        out.date = LedgerFormDialog::date(date);
        out.expiry = LedgerFormDialog::date(expiry);
        out.passed = passed->isChecked();
        out.cost = LedgerFormDialog::money(cost, LedgerDialogs::tr("fee"));
        savedId = service.saveInspection(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editInsurance(QWidget *parent, VehicleService &service, const InsurancePolicy &r,
                     bool canEdit)
{
    LedgerFormDialog d(title(r.id == 0, canEdit, LedgerDialogs::tr("New insurance policy"),
                             LedgerDialogs::tr("Edit insurance policy"),
                             LedgerDialogs::tr("Insurance policy")),
                       parent);
    auto *insurer = d.addText(LedgerDialogs::tr("&Insurer:"), r.insurer);
    auto *policyNo = d.addText(LedgerDialogs::tr("&Policy number:"), r.policyNo);
    auto *start = d.addDate(LedgerDialogs::tr("&Start:"), r.startDate);
    auto *expiry
        = d.addDate(LedgerDialogs::tr("&Expiry:"),
                    r.expiry.isValid() ? r.expiry : QDate::currentDate().addYears(1).addDays(-1));
    auto *premium = d.addMoney(LedgerDialogs::tr("P&remium (yuan):"), r.premium);
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        InsurancePolicy out = r;
        out.insurer = insurer->text();
        out.policyNo = policyNo->text();
        out.startDate = LedgerFormDialog::date(start);
        out.expiry = LedgerFormDialog::date(expiry);
        out.premium = LedgerFormDialog::money(premium, LedgerDialogs::tr("premium"));
        savedId = service.saveInsurance(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editViolation(QWidget *parent, VehicleService &service, DriverService &drivers,
                     const Violation &r, bool canEdit)
{
    LedgerFormDialog d(title(r.id == 0, canEdit, LedgerDialogs::tr("New violation"),
                             LedgerDialogs::tr("Edit violation"), LedgerDialogs::tr("Violation")),
                       parent);
    auto *date = d.addDate(LedgerDialogs::tr("&Date:"), r.date);
    auto *driver = d.addChoice(LedgerDialogs::tr("D&river responsible:"), driverChoices(drivers),
                               r.driverId);
    auto *place = d.addText(LedgerDialogs::tr("&Place:"), r.place);
    auto *description = d.addLongText(LedgerDialogs::tr("D&escription:"), r.description);
    auto *fine = d.addMoney(LedgerDialogs::tr("&Fine (yuan):"), r.fine);
    auto *points = d.addInt(LedgerDialogs::tr("P&oints:"), r.points, 0, 12);
    auto *settled = d.addCheck(LedgerDialogs::tr("&Settled"), r.settled);
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        Violation out = r;
        out.date = LedgerFormDialog::date(date);
        out.driverId = LedgerFormDialog::choice(driver).toLongLong();
        out.place = place->text();
        out.description = description->toPlainText();
        out.fine = LedgerFormDialog::money(fine, LedgerDialogs::tr("fine"));
        out.points = points->value();
        out.settled = settled->isChecked();
        savedId = service.saveViolation(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editAccident(QWidget *parent, VehicleService &service, DriverService &drivers,
                    const Accident &r, bool canEdit)
{
    LedgerFormDialog d(title(r.id == 0, canEdit, LedgerDialogs::tr("New accident"),
                             LedgerDialogs::tr("Edit accident"), LedgerDialogs::tr("Accident")),
                       parent);
    auto *date = d.addDate(LedgerDialogs::tr("&Date:"), r.date);
    auto *driver = d.addChoice(LedgerDialogs::tr("D&river:"), driverChoices(drivers), r.driverId);
    auto *place = d.addText(LedgerDialogs::tr("&Place:"), r.place);
    auto *description = d.addLongText(LedgerDialogs::tr("D&escription:"), r.description);
    auto *liability = d.addText(LedgerDialogs::tr("&Liability:"), r.liability);
    auto *cost = d.addMoney(LedgerDialogs::tr("&Cost (yuan):"), r.cost);
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        Accident out = r;
        out.date = LedgerFormDialog::date(date);
        out.driverId = LedgerFormDialog::choice(driver).toLongLong();
        out.place = place->text();
        out.description = description->toPlainText();
        out.liability = liability->text();
        out.cost = LedgerFormDialog::money(cost, LedgerDialogs::tr("cost"));
        savedId = service.saveAccident(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editFuel(QWidget *parent, VehicleService &service, const FuelTransaction &r, bool canEdit)
{
    LedgerFormDialog d(title(r.id == 0, canEdit, LedgerDialogs::tr("New fuel transaction"),
                             LedgerDialogs::tr("Edit fuel transaction"),
                             LedgerDialogs::tr("Fuel transaction")),
                       parent);
    const QDateTime at = r.at > 0
        ? QDateTime::fromSecsSinceEpoch(r.at).toLocalTime()
        : QDateTime(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0));
    auto *when = d.addDateTime(LedgerDialogs::tr("&Time:"), at);
    auto *card = d.addText(LedgerDialogs::tr("&Card:"), r.cardNo);
    card->setPlaceholderText(LedgerDialogs::tr("the vehicle's card"));
    auto *kind
        = d.addChoice(LedgerDialogs::tr("&Fuel:"), enumChoices(allFuelKinds()), int(r.fuelKind));
    auto *quantity = d.addText(
        LedgerDialogs::tr("&Quantity (L or kWh):"),
        r.quantityMilli > 0 ? QString::number(r.quantityMilli / 1000.0, 'f', 3) : QString());
    auto *amount = d.addMoney(LedgerDialogs::tr("&Amount (yuan):"), r.amount);
    auto *station = d.addText(LedgerDialogs::tr("&Station:"), r.station);
    auto *km = d.addInt(LedgerDialogs::tr("&Odometer:"), r.odometerKm.value_or(0), 0, 9999999,
                        LedgerDialogs::tr(" km"));
    km->setSpecialValueText(QStringLiteral("—"));
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        FuelTransaction out = r;
        out.at = when->dateTime().toSecsSinceEpoch();
        out.cardNo = card->text();
        out.fuelKind = FuelKind(LedgerFormDialog::choice(kind).toInt());
        bool ok = false;
        const double q = QLocale().toDouble(quantity->text().trimmed(), &ok);
        const double qc = ok ? q : quantity->text().trimmed().toDouble(&ok);
        if (!ok)
            throw ValidationError(
                LedgerDialogs::tr("Enter the quantity as a number of litres or kWh."));
        out.quantityMilli = qRound64(qc * 1000.0);
        out.amount = LedgerFormDialog::money(amount, LedgerDialogs::tr("amount"));
        out.station = station->text();
        out.odometerKm = optionalKm(km);
        savedId = service.saveFuel(out);
    });
    return run(d, canEdit, savedId);
}

qint64 editAssignment(QWidget *parent, VehicleService &service, const LongTermAssignment &r,
                      bool canEdit)
{
    LedgerFormDialog d(title(r.id == 0, canEdit, LedgerDialogs::tr("New long-term assignment"),
                             LedgerDialogs::tr("Edit long-term assignment"),
                             LedgerDialogs::tr("Long-term assignment")),
                       parent);
    auto *department = d.addChoice(LedgerDialogs::tr("&Department:"),
                                   departmentChoices(service, false), r.departmentId);
    auto *start = d.addDate(LedgerDialogs::tr("&From:"), r.startDate);
    auto *end = d.addDate(LedgerDialogs::tr("&To:"), r.endDate, true);
    end->setToolTip(LedgerDialogs::tr("Leave empty for an open-ended assignment"));
    auto *note = d.addText(LedgerDialogs::tr("&Note:"), r.note);
    qint64 savedId = r.id;
    d.setSaveHandler([&] {
        LongTermAssignment out = r;
        out.departmentId = LedgerFormDialog::choice(department).toLongLong();
        out.startDate = LedgerFormDialog::date(start);
        out.endDate = LedgerFormDialog::date(end);
        out.note = note->text();
        savedId = service.saveAssignment(out);
    });
    return run(d, canEdit, savedId);
}

} // namespace ga

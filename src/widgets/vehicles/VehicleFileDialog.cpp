#include "widgets/vehicles/VehicleFileDialog.h"

#include "core/Clock.h"
#include "core/Period.h"
#include "core/Session.h"
#include "vehicles/DriverService.h"
#include "vehicles/VehicleService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/vehicles/LedgerDialogs.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ga {

using namespace vehicles;

namespace {

QString km(const std::optional<int> &v)
{
    return v ? QLocale().toString(*v) : QString();
}

QString statusColour(VehicleStatus s)
{
    switch (s) {
    case VehicleStatus::Available:
        return QStringLiteral("#1e7b34");
    case VehicleStatus::Dispatched:
        return QStringLiteral("#1f5fbf");
    case VehicleStatus::Maintenance:
        return QStringLiteral("#b35c00");
    case VehicleStatus::Retired:
        return QStringLiteral("#6b6b6b");
    }
    return QStringLiteral("#333333");
}

} // namespace

// --- one list of the file ------------------------------------------------------------------

FileRecordTab::FileRecordTab(RecordListModel *model, bool canEdit, Hooks hooks, QWidget *parent)
    : RecordListTab(tr("Vehicle file"), hooks.add ? Commands {NewRecord | EditRecord} : Commands {},
                    parent)
    , m_model(model)
    , m_canEdit(canEdit)
    , m_hooks(std::move(hooks))
{
    model->setParent(this);
    if (newAction())
        newAction()->setText(tr("&Add…"));
    offerViewToReadOnly();
    setModel(model, QStringLiteral("records"));
}

int FileRecordTab::rowCount() const
{
    return m_model->rowCount();
}

void FileRecordTab::applyFilter()
{
    m_model->reload();
    // The newest record is where a clerk looks first: Enter opens it.
    if (m_model->rowCount() > 0 && !view()->currentIndex().isValid())
        view()->setCurrentIndex(m_model->index(0, 0));
}

QString FileRecordTab::countText() const
{
    const int n = m_hooks.count ? m_hooks.count() : 0;
    return n == 0 ? tr("No records yet.") : tr("%n record(s)", nullptr, n);
}

void FileRecordTab::addRecord()
{
    if (!m_hooks.add)
        return;
    if (const qint64 id = m_hooks.add(); id > 0) {
        emit saved();
        refresh(id);
    }
}

void FileRecordTab::editCurrent()
{
    const qint64 id = currentId();
    if (id <= 0 || !m_hooks.edit)
        return;
    if (m_hooks.edit(id) > 0) {
        emit saved();
        refresh();
    }
}

// --- dialog ----------------------------------------------------------------------------------

VehicleFileDialog::VehicleFileDialog(VehicleService &vehicles, DriverService &drivers,
                                     const Session &session, const Clock &clock, qint64 vehicleId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_vehicles(vehicles)
    , m_drivers(drivers)
    , m_session(session)
    , m_clock(clock)
    , m_vehicleId(vehicleId)
    , m_canEdit(session.can(Permission::EditVehicles))
{
    setObjectName(QStringLiteral("vehicleFileDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("vehicleFileHeader"));
    header->setFrameShape(QFrame::StyledPanel);
    buildHeader(header);
    layout->addWidget(header);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    const QDate today = m_clock.today();
    const QLocale locale;
    auto date = [](const QDate &d) { return QVariant(toIsoDate(d)); };

    addList<MaintenanceRecord>(
        QStringLiteral("maintenance"), tr("Maintenance && repairs"),
        {{tr("Date"), [=](const MaintenanceRecord &r) { return date(r.date); }},
         {tr("Kind"), [](const MaintenanceRecord &r) { return displayName(r.kind); }},
         {tr("Garage"), [](const MaintenanceRecord &r) { return r.garage; }},
         {tr("Items"), [](const MaintenanceRecord &r) { return r.items.simplified(); }},
         numberColumn<MaintenanceRecord>(
             tr("Cost"), [](const MaintenanceRecord &r) { return r.cost.toString(); }),
         numberColumn<MaintenanceRecord>(
             tr("Odometer (km)"), [](const MaintenanceRecord &r) { return km(r.odometerKm); })},
        [this, today] {
            MaintenanceRecord r;
            r.date = today;
            r.odometerKm = m_file.vehicle.vehicle.odometerKm;
            return r;
        },
        [this](const MaintenanceRecord &r, bool editable) {
            return editMaintenance(this, m_vehicles, r, editable);
        },
        &VehicleFile::maintenanceCount);
    addList<InspectionRecord>(
        QStringLiteral("inspections"), tr("Inspections"),
        {{tr("Date"), [=](const InspectionRecord &r) { return date(r.date); }},
         {tr("Valid until"), [=](const InspectionRecord &r) { return date(r.expiry); }},
         {tr("Result"),
          [](const InspectionRecord &r) { return r.passed ? tr("Passed") : tr("Failed"); }},
         numberColumn<InspectionRecord>(
             tr("Fee"), [](const InspectionRecord &r) { return r.cost.toString(); })},
        [today] {
            InspectionRecord r;
            r.date = today;
            r.expiry = today.addYears(1);
            return r;
        },
        [this](const InspectionRecord &r, bool editable) {
            return editInspection(this, m_vehicles, r, editable);
        },
        &VehicleFile::inspectionCount);
    addList<InsurancePolicy>(
        QStringLiteral("insurance"), tr("Insurance"),
        {{tr("Insurer"), [](const InsurancePolicy &r) { return r.insurer; }},
         {tr("Policy no."), [](const InsurancePolicy &r) { return r.policyNo; }},
         {tr("Start"), [=](const InsurancePolicy &r) { return date(r.startDate); }},
         {tr("Expiry"), [=](const InsurancePolicy &r) { return date(r.expiry); }},
         numberColumn<InsurancePolicy>(
             tr("Premium"), [](const InsurancePolicy &r) { return r.premium.toString(); })},
        [today] {
            InsurancePolicy r;
            r.startDate = today;
            r.expiry = today.addYears(1).addDays(-1);
            return r;
        },
        [this](const InsurancePolicy &r, bool editable) {
            return editInsurance(this, m_vehicles, r, editable);
        },
        &VehicleFile::insuranceCount);
    addList<Violation>(
        QStringLiteral("violations"), tr("Violations"),
        {{tr("Date"), [=](const Violation &r) { return date(r.date); }},
         {tr("Driver"), [](const Violation &r) { return r.driverName; }},
         {tr("Place"), [](const Violation &r) { return r.place; }},
         {tr("Description"), [](const Violation &r) { return r.description.simplified(); }},
         numberColumn<Violation>(tr("Fine"), [](const Violation &r) { return r.fine.toString(); }),
         numberColumn<Violation>(tr("Points"),
                                 [](const Violation &r) { return QString::number(r.points); }),
         {tr("Settled"), [](const Violation &r) { return r.settled ? tr("Yes") : tr("No"); }}},
        [today] {
            Violation r;
            r.date = today;
            return r;
        },
        [this](const Violation &r, bool editable) {
            return editViolation(this, m_vehicles, m_drivers, r, editable);
        },
        &VehicleFile::violationCount);
    addList<Accident>(
        QStringLiteral("accidents"), tr("Accidents"),
        {{tr("Date"), [=](const Accident &r) { return date(r.date); }},
         {tr("Driver"), [](const Accident &r) { return r.driverName; }},
         {tr("Place"), [](const Accident &r) { return r.place; }},
         {tr("Description"), [](const Accident &r) { return r.description.simplified(); }},
         {tr("Liability"), [](const Accident &r) { return r.liability; }},
         numberColumn<Accident>(tr("Cost"), [](const Accident &r) { return r.cost.toString(); })},
        [today] {
            Accident r;
            r.date = today;
            return r;
        },
        [this](const Accident &r, bool editable) {
            return editAccident(this, m_vehicles, m_drivers, r, editable);
        },
        &VehicleFile::accidentCount);
    addList<FuelTransaction>(
        QStringLiteral("fuel"), tr("Fuel"),
        {{tr("Time"), [](const FuelTransaction &r) { return formatInstant(r.at); }},
         {tr("Card"), [](const FuelTransaction &r) { return r.cardNo; }},
         {tr("Fuel"), [](const FuelTransaction &r) { return displayName(r.fuelKind); }},
         numberColumn<FuelTransaction>(
             tr("Quantity"),
             [locale](const FuelTransaction &r) {
                 const QString unit = r.fuelKind == FuelKind::Electricity ? tr("kWh") : tr("L");
                 return QStringLiteral("%1 %2").arg(
                     locale.toString(r.quantityMilli / 1000.0, 'f', 2), unit);
             }),
         numberColumn<FuelTransaction>(
             tr("Amount"), [](const FuelTransaction &r) { return r.amount.toString(); }),
         {tr("Station"), [](const FuelTransaction &r) { return r.station; }},
         numberColumn<FuelTransaction>(tr("Odometer (km)"),
                                       [](const FuelTransaction &r) { return km(r.odometerKm); })},
        [this] {
            FuelTransaction r;
            r.at = m_clock.nowSecs();
            const EnergyType energy = m_file.vehicle.vehicle.energyType;
            r.fuelKind = energy == EnergyType::BatteryElectric ? FuelKind::Electricity
                : energy == EnergyType::Diesel                 ? FuelKind::Diesel
                                                               : FuelKind::Petrol;
            return r;
        },
        [this](const FuelTransaction &r, bool editable) {
            return editFuel(this, m_vehicles, r, editable);
        },
        &VehicleFile::fuelCount);
    addList<LongTermAssignment>(
        QStringLiteral("assignments"), tr("Long-term assignments"),
        {{tr("Department"), [](const LongTermAssignment &r) { return r.departmentName; }},
         {tr("From"), [=](const LongTermAssignment &r) { return date(r.startDate); }},
         {tr("To"),
          [=](const LongTermAssignment &r) {
              return r.endDate.isValid() ? date(r.endDate) : QVariant(tr("open"));
          }},
         {tr("Note"), [](const LongTermAssignment &r) { return r.note; }}},
        [today] {
            LongTermAssignment r;
            r.startDate = today;
            return r;
        },
        [this](const LongTermAssignment &r, bool editable) {
            return editAssignment(this, m_vehicles, r, editable);
        },
        &VehicleFile::assignmentCount);
    // Read-only: dispatch owns the trips.
    addList<VehicleTripRow>(
        QStringLiteral("trips"), tr("Trips"),
        {{tr("Request no."), [](const VehicleTripRow &t) { return t.requestNo; }},
         {tr("From"), [](const VehicleTripRow &t) { return formatInstant(t.plannedStart); }},
         {tr("To"), [](const VehicleTripRow &t) { return formatInstant(t.plannedEnd); }},
         {tr("Department"), [](const VehicleTripRow &t) { return t.departmentName; }},
         {tr("Destination"), [](const VehicleTripRow &t) { return t.destination; }},
         {tr("Driver"), [](const VehicleTripRow &t) { return t.driverName; }},
         numberColumn<VehicleTripRow>(tr("km"), [](const VehicleTripRow &t) { return km(t.km); }),
         {tr("Status"), [](const VehicleTripRow &t) { return displayName(t.status); }}},
        nullptr, nullptr, &VehicleFile::tripCount);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(1000, 640);
    m_loaded = reloadHead();
    if (m_loaded) {
        for (FileRecordTab *list : std::as_const(m_lists)) {
            list->activate();
            list->view()->resizeColumnsToContents();
        }
    }
}

template<typename R>
void VehicleFileDialog::addList(const QString &key, const QString &title,
                                QList<RecordColumn<R>> columns, std::function<R()> blank,
                                std::function<qint64(const R &, bool)> open,
                                int VehicleFile::*count)
{
    typename RecordTableModel<R>::Spec spec;
    spec.columns = std::move(columns);
    spec.fetch = [this](const KeysetCursor &after, int limit) {
        if constexpr (std::is_same_v<R, VehicleTripRow>)
            return m_vehicles.vehicleTripsAfter(m_vehicleId, after, limit);
        else
            return m_vehicles.filePage<R>(m_vehicleId, after, limit);
    };
    spec.id = [](const R &r) { return r.id; };
    auto *model = new RecordTableModel<R>(std::move(spec), nullptr, 100);

    FileRecordTab::Hooks hooks;
    hooks.count = [this, count] { return m_file.*count; };
    if constexpr (requires(R r) { r.vehicleId; }) {
        if (blank) {
            hooks.add = [this, blank, open] {
                R r = blank();
                r.vehicleId = m_vehicleId;
                return open(r, true);
            };
            hooks.edit = [this, model, open](qint64 id) {
                const R *r = model->rowAt(model->rowOfId(id));
                return r ? open(*r, m_canEdit) : qint64(0);
            };
        }
    }
    auto *list = new FileRecordTab(model, m_canEdit, std::move(hooks), this);
    list->setObjectName(key + QStringLiteral("List"));
    connect(list, &FileRecordTab::saved, this, [this] { reloadHead(); });
    m_lists.insert(key, list);
    m_tabCounts.append({title, count});
    m_tabs->addTab(list, title);
}

FileRecordTab *VehicleFileDialog::list(const QString &key) const
{
    return m_lists.value(key);
}

RecordListModel *VehicleFileDialog::tripsModel() const
{
    auto *trips = list(QStringLiteral("trips"));
    return trips ? qobject_cast<RecordListModel *>(trips->view()->model()) : nullptr;
}

void VehicleFileDialog::buildHeader(QWidget *header)
{
    auto *layout = new QVBoxLayout(header);
    auto *top = new QHBoxLayout;
    m_plate = new QLabel(header);
    QFont f = m_plate->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_plate->setFont(f);
    m_plate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(header);
    top->addWidget(m_plate);
    top->addSpacing(12);
    top->addWidget(m_status);
    top->addStretch(1);
    layout->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("brand"), tr("Brand / model:")},
        {QStringLiteral("category"), tr("Category:")},
        {QStringLiteral("energy"), tr("Energy:")},
        {QStringLiteral("seats"), tr("Seats / licence:")},
        {QStringLiteral("department"), tr("Department:")},
        {QStringLiteral("ownership"), tr("Ownership:")},
        {QStringLiteral("purchase"), tr("Purchased:")},
        {QStringLiteral("odometer"), tr("Odometer:")},
        {QStringLiteral("fleet"), tr("Fleet no.:")},
        {QStringLiteral("card"), tr("Fuel card:")},
        {QStringLiteral("inspection"), tr("Inspection valid until:")},
        {QStringLiteral("insurance"), tr("Insured until:")},
    };
    const int columns = 3;
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(fields.at(i).second, header);
        label->setStyleSheet(QStringLiteral("color: #555555;"));
        auto *value = new QLabel(header);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values.insert(fields.at(i).first, value);
        grid->addWidget(label, i / columns, (i % columns) * 2);
        grid->addWidget(value, i / columns, (i % columns) * 2 + 1);
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c * 2 + 1, 1);
    layout->addLayout(grid);
}

bool VehicleFileDialog::reloadHead()
{
    return runGuarded(this, tr("Vehicle file"), [this] {
        m_file = m_vehicles.vehicleFile(m_vehicleId);
        fillHeader();
        updateTabTitles();
    });
}

void VehicleFileDialog::fillHeader()
{
    const Vehicle &v = m_file.vehicle.vehicle;
    setWindowTitle(tr("Vehicle file — %1").arg(v.plate));
    m_plate->setText(v.plate);
    m_status->setText(displayName(v.status));
    m_status->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                       "padding: 2px 8px; font-weight: bold; }")
            .arg(statusColour(v.status)));
    const QLocale locale;
    m_values.value(QStringLiteral("brand"))
        ->setText(v.model.isEmpty() ? v.brand : v.brand + QLatin1Char(' ') + v.model);
    m_values.value(QStringLiteral("category"))->setText(displayName(v.category));
    m_values.value(QStringLiteral("energy"))->setText(displayName(v.energyType));
    m_values.value(QStringLiteral("seats"))
        ->setText(tr("%1 seats, licence %2").arg(v.seats).arg(v.licenceClass));
    m_values.value(QStringLiteral("department"))->setText(m_file.vehicle.departmentName);
    m_values.value(QStringLiteral("ownership"))
        ->setText(v.ownership == Ownership::Leased
                      ? tr("Leased from %1, %2 a month")
                            .arg(v.lessor, v.leaseCostMonthly.toDisplayString())
                      : displayName(v.ownership));
    m_values.value(QStringLiteral("purchase"))
        ->setText(v.purchaseDate.isValid() ? tr("%1, %2").arg(toIsoDate(v.purchaseDate),
                                                              v.purchasePrice.toDisplayString())
                                           : tr("unknown"));
    m_values.value(QStringLiteral("odometer"))
        ->setText(tr("%1 km").arg(locale.toString(v.odometerKm)));
    m_values.value(QStringLiteral("fleet"))->setText(v.fleetNo);
    m_values.value(QStringLiteral("card"))->setText(v.fuelCardNo);

    const QDate today = m_clock.today();
    auto expiryText = [&](QLabel *label, const QDate &latest) {
        if (!latest.isValid()) {
            label->setText(tr("no record"));
            label->setStyleSheet(QString());
            return;
        }
        label->setText(toIsoDate(latest));
        label->setStyleSheet(latest < today ? QStringLiteral("color: #b00020; font-weight: bold;")
                                            : QString());
    };
    expiryText(m_values.value(QStringLiteral("inspection")), m_file.inspectionValidUntil);
    expiryText(m_values.value(QStringLiteral("insurance")), m_file.insuredUntil);
}

void VehicleFileDialog::updateTabTitles()
{
    for (int i = 0; i < m_tabCounts.size(); ++i) {
        const auto &[title, count] = m_tabCounts.at(i);
        const int n = m_file.*count;
        m_tabs->setTabText(i, n > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(n) : title);
    }
}

} // namespace ga

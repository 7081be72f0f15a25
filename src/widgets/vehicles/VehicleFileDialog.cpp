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
    case VehicleStatus::Available: return QStringLiteral("#1e7b34");
    case VehicleStatus::Dispatched: return QStringLiteral("#1f5fbf");
    case VehicleStatus::Maintenance: return QStringLiteral("#b35c00");
    case VehicleStatus::Retired: return QStringLiteral("#6b6b6b");
    }
    return QStringLiteral("#333333");
}

} // namespace

// --- trips model -----------------------------------------------------------------------------

VehicleTripsModel::VehicleTripsModel(VehicleService &service, qint64 vehicleId, QObject *parent)
    : PagedTableModel(parent, 100)
    , m_service(service)
    , m_vehicleId(vehicleId)
{}

int VehicleTripsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VehicleTripsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const VehicleTripRow &t = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RequestNo: return t.requestNo;
        case Start: return formatInstant(t.plannedStart);
        case End: return formatInstant(t.plannedEnd);
        case Department: return t.departmentName;
        case Destination: return t.destination;
        case Driver: return t.driverName;
        case Km: return km(t.km);
        case Status: return displayName(t.status);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == Km) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant VehicleTripsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestNo: return tr("Request no.");
    case Start: return tr("From");
    case End: return tr("To");
    case Department: return tr("Department");
    case Destination: return tr("Destination");
    case Driver: return tr("Driver");
    case Km: return tr("km");
    case Status: return tr("Status");
    }
    return {};
}

int VehicleTripsModel::fetchPage(const KeysetCursor &after, int limit)
{
    m_fetched = m_service.vehicleTripsAfter(m_vehicleId, after, limit);
    return int(m_fetched.size());
}

KeysetCursor VehicleTripsModel::keyOfRow(int row) const
{
    return m_rows.at(row).key;
}

void VehicleTripsModel::appendFetched()
{
    m_rows += m_fetched;
    m_fetched.clear();
}

void VehicleTripsModel::clearRows()
{
    m_rows.clear();
    m_fetched.clear();
}

// --- record list -----------------------------------------------------------------------------

FileRecordList::FileRecordList(const QStringList &headers, bool canEdit, QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setVisible(canEdit);
    m_edit = new QPushButton(canEdit ? tr("&Edit…") : tr("&View…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    auto editCurrent = [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            emit editRequested(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    };
    connect(m_add, &QPushButton::clicked, this, &FileRecordList::addRequested);
    connect(m_edit, &QPushButton::clicked, this, editCurrent);
    connect(m_table, &QTableWidget::activated, this, editCurrent);
    setFocusProxy(m_table);
}

void FileRecordList::setRows(const QList<QPair<qint64, QStringList>> &rows)
{
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &texts = rows.at(r).second;
        for (int c = 0; c < texts.size() && c < m_table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            // Amounts, readings and quantities line up on the right.
            static const QRegularExpression numeric(QStringLiteral("^[-\\d.,]+( (L|kWh))?$"));
            if (c > 0 && numeric.match(texts.at(c)).hasMatch())
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 0)
                item->setData(Qt::UserRole, rows.at(r).first);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(!rows.isEmpty());
    if (!rows.isEmpty() && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, 0);
}

int FileRecordList::rowCount() const
{
    return m_table->rowCount();
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

    addList(QStringLiteral("maintenance"), tr("Maintenance && repairs"),
            {tr("Date"), tr("Kind"), tr("Garage"), tr("Items"), tr("Cost"), tr("Odometer (km)")},
            [this, today] {
                MaintenanceRecord r;
                r.vehicleId = m_vehicleId;
                r.date = today;
                r.odometerKm = m_file.vehicle.vehicle.odometerKm;
                return editMaintenance(this, m_vehicles, r, true);
            },
            [this](qint64 id) {
                for (const auto &r : m_file.maintenance)
                    if (r.id == id)
                        return editMaintenance(this, m_vehicles, r, m_canEdit);
                return qint64(0);
            });
    addList(QStringLiteral("inspections"), tr("Inspections"),
            {tr("Date"), tr("Valid until"), tr("Result"), tr("Fee")},
            [this, today] {
                InspectionRecord r;
                r.vehicleId = m_vehicleId;
                r.date = today;
                r.expiry = today.addYears(1);
                return editInspection(this, m_vehicles, r, true);
            },
            [this](qint64 id) {
                for (const auto &r : m_file.inspections)
                    if (r.id == id)
                        return editInspection(this, m_vehicles, r, m_canEdit);
                return qint64(0);
            });
    addList(QStringLiteral("insurance"), tr("Insurance"),
            {tr("Insurer"), tr("Policy no."), tr("Start"), tr("Expiry"), tr("Premium")},
            [this, today] {
                InsurancePolicy r;
                r.vehicleId = m_vehicleId;
                r.startDate = today;
                r.expiry = today.addYears(1).addDays(-1);
                return editInsurance(this, m_vehicles, r, true);
            },
            [this](qint64 id) {
                for (const auto &r : m_file.insurance)
                    if (r.id == id)
                        return editInsurance(this, m_vehicles, r, m_canEdit);
                return qint64(0);
            });
    addList(QStringLiteral("violations"), tr("Violations"),
            {tr("Date"), tr("Driver"), tr("Place"), tr("Description"), tr("Fine"), tr("Points"),
             tr("Settled")},
            [this, today] {
                Violation r;
                r.vehicleId = m_vehicleId;
                r.date = today;
                return editViolation(this, m_vehicles, m_drivers, r, true);
            },
            [this](qint64 id) {
                for (const auto &r : m_file.violations)
                    if (r.id == id)
                        return editViolation(this, m_vehicles, m_drivers, r, m_canEdit);
                return qint64(0);
            });
    addList(QStringLiteral("accidents"), tr("Accidents"),
            {tr("Date"), tr("Driver"), tr("Place"), tr("Description"), tr("Liability"), tr("Cost")},
            [this, today] {
                Accident r;
                r.vehicleId = m_vehicleId;
                r.date = today;
                return editAccident(this, m_vehicles, m_drivers, r, true);
            },
            [this](qint64 id) {
                for (const auto &r : m_file.accidents)
                    if (r.id == id)
                        return editAccident(this, m_vehicles, m_drivers, r, m_canEdit);
                return qint64(0);
            });
    addList(QStringLiteral("fuel"), tr("Fuel"),
            {tr("Time"), tr("Card"), tr("Fuel"), tr("Quantity"), tr("Amount"), tr("Station"),
             tr("Odometer (km)")},
            [this] {
                FuelTransaction r;
                r.vehicleId = m_vehicleId;
                r.at = m_clock.nowSecs();
                r.fuelKind = m_file.vehicle.vehicle.energyType == EnergyType::BatteryElectric
                                 ? FuelKind::Electricity
                             : m_file.vehicle.vehicle.energyType == EnergyType::Diesel
                                 ? FuelKind::Diesel
                                 : FuelKind::Petrol;
                return editFuel(this, m_vehicles, r, true);
            },
            [this](qint64 id) {
                for (const auto &r : m_file.fuel)
                    if (r.id == id)
                        return editFuel(this, m_vehicles, r, m_canEdit);
                return qint64(0);
            });
    addList(QStringLiteral("assignments"), tr("Long-term assignments"),
            {tr("Department"), tr("From"), tr("To"), tr("Note")},
            [this, today] {
                LongTermAssignment r;
                r.vehicleId = m_vehicleId;
                r.startDate = today;
                return editAssignment(this, m_vehicles, r, true);
            },
            [this](qint64 id) {
                for (const auto &r : m_file.assignments)
                    if (r.id == id)
                        return editAssignment(this, m_vehicles, r, m_canEdit);
                return qint64(0);
            });

    m_tripsModel = new VehicleTripsModel(m_vehicles, m_vehicleId, this);
    m_tripsView = new QTableView(this);
    m_tripsView->setModel(m_tripsModel);
    m_tripsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tripsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tripsView->setAlternatingRowColors(true);
    m_tripsView->verticalHeader()->hide();
    m_tripsView->horizontalHeader()->setStretchLastSection(true);
    m_tripsView->setWordWrap(false);
    m_tabs->addTab(m_tripsView, tr("Trips"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(1000, 640);
    m_loaded = reload();
    if (m_loaded)
        runGuarded(this, windowTitle(), [this] {
            m_tripsModel->reload();
            m_tripsView->resizeColumnsToContents();
        });
}

FileRecordList *VehicleFileDialog::addList(const QString &key, const QString &title,
                                           const QStringList &headers, std::function<void()> add,
                                           std::function<void(qint64)> edit)
{
    auto *list = new FileRecordList(headers, m_canEdit, this);
    list->setObjectName(key + QStringLiteral("List"));
    m_lists.insert(key, list);
    m_tabs->addTab(list, title);
    connect(list, &FileRecordList::addRequested, this, [this, add] {
        add();
        reload();
    });
    connect(list, &FileRecordList::editRequested, this, [this, edit](qint64 id) {
        edit(id);
        reload();
    });
    return list;
}

FileRecordList *VehicleFileDialog::list(const QString &key) const
{
    return m_lists.value(key);
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

bool VehicleFileDialog::reload()
{
    return runGuarded(this, tr("Vehicle file"), [this] {
        m_file = m_vehicles.vehicleFile(m_vehicleId);
        fillHeader();
        fillLists();
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
    m_values.value(QStringLiteral("brand"))->setText(
        v.model.isEmpty() ? v.brand : v.brand + QLatin1Char(' ') + v.model);
    m_values.value(QStringLiteral("category"))->setText(displayName(v.category));
    m_values.value(QStringLiteral("energy"))->setText(displayName(v.energyType));
    m_values.value(QStringLiteral("seats"))->setText(
        tr("%1 seats, licence %2").arg(v.seats).arg(v.licenceClass));
    m_values.value(QStringLiteral("department"))->setText(m_file.vehicle.departmentName);
    m_values.value(QStringLiteral("ownership"))->setText(
        v.ownership == Ownership::Leased
            ? tr("Leased from %1, %2 a month").arg(v.lessor, v.leaseCostMonthly.toDisplayString())
            : displayName(v.ownership));
    m_values.value(QStringLiteral("purchase"))->setText(
        v.purchaseDate.isValid()
            ? tr("%1, %2").arg(toIsoDate(v.purchaseDate), v.purchasePrice.toDisplayString())
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
    QDate inspection;
    for (const auto &r : m_file.inspections)
        inspection = std::max(inspection, r.expiry);
    QDate insured;
    for (const auto &r : m_file.insurance)
        insured = std::max(insured, r.expiry);
    expiryText(m_values.value(QStringLiteral("inspection")), inspection);
    expiryText(m_values.value(QStringLiteral("insurance")), insured);
}

void VehicleFileDialog::fillLists()
{
    const QLocale locale;
    QList<QPair<qint64, QStringList>> rows;
    for (const auto &r : m_file.maintenance)
        rows << qMakePair(r.id,
                          QStringList {toIsoDate(r.date), displayName(r.kind), r.garage,
                                       r.items.simplified(), r.cost.toString(), km(r.odometerKm)});
    m_lists.value(QStringLiteral("maintenance"))->setRows(rows);

    rows.clear();
    for (const auto &r : m_file.inspections)
        rows << qMakePair(r.id,
                          QStringList {toIsoDate(r.date), toIsoDate(r.expiry),
                                       r.passed ? tr("Passed") : tr("Failed"), r.cost.toString()});
    m_lists.value(QStringLiteral("inspections"))->setRows(rows);

    rows.clear();
    for (const auto &r : m_file.insurance)
        rows << qMakePair(r.id, QStringList{r.insurer, r.policyNo, toIsoDate(r.startDate),
                                            toIsoDate(r.expiry), r.premium.toString()});
    m_lists.value(QStringLiteral("insurance"))->setRows(rows);

    rows.clear();
    for (const auto &r : m_file.violations)
        rows << qMakePair(r.id, QStringList{toIsoDate(r.date), r.driverName, r.place,
                                            r.description.simplified(), r.fine.toString(),
                                            QString::number(r.points),
                                            r.settled ? tr("Yes") : tr("No")});
    m_lists.value(QStringLiteral("violations"))->setRows(rows);

    rows.clear();
    for (const auto &r : m_file.accidents)
        rows << qMakePair(r.id, QStringList{toIsoDate(r.date), r.driverName, r.place,
                                            r.description.simplified(), r.liability,
                                            r.cost.toString()});
    m_lists.value(QStringLiteral("accidents"))->setRows(rows);

    rows.clear();
    for (const auto &r : m_file.fuel) {
        const QString unit = r.fuelKind == FuelKind::Electricity ? tr("kWh") : tr("L");
        rows << qMakePair(r.id,
                          QStringList {formatInstant(r.at), r.cardNo, displayName(r.fuelKind),
                                       QStringLiteral("%1 %2").arg(
                                           locale.toString(r.quantityMilli / 1000.0, 'f', 2), unit),
                                       r.amount.toString(), r.station, km(r.odometerKm)});
    }
    m_lists.value(QStringLiteral("fuel"))->setRows(rows);

    rows.clear();
    for (const auto &r : m_file.assignments)
        rows << qMakePair(r.id, QStringList{r.departmentName, toIsoDate(r.startDate),
                                            r.endDate.isValid() ? toIsoDate(r.endDate) : tr("open"),
                                            r.note});
    m_lists.value(QStringLiteral("assignments"))->setRows(rows);

    auto count = [](int n, const QString &title) {
        return n > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(n) : title;
    };
    m_tabs->setTabText(0, count(int(m_file.maintenance.size()), tr("Maintenance && repairs")));
    m_tabs->setTabText(1, count(int(m_file.inspections.size()), tr("Inspections")));
    m_tabs->setTabText(2, count(int(m_file.insurance.size()), tr("Insurance")));
    m_tabs->setTabText(3, count(int(m_file.violations.size()), tr("Violations")));
    m_tabs->setTabText(4, count(int(m_file.accidents.size()), tr("Accidents")));
    m_tabs->setTabText(5, count(int(m_file.fuel.size()), tr("Fuel")));
    m_tabs->setTabText(6, count(int(m_file.assignments.size()), tr("Long-term assignments")));
    if (m_tabs->count() > 7)
        m_tabs->setTabText(7, count(m_file.tripCount, tr("Trips")));
}

} // namespace ga

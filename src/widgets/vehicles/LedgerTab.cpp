#include "widgets/vehicles/LedgerTab.h"

#include "core/Clock.h"
#include "core/Period.h"
#include "core/Session.h"
#include "vehicles/DriverService.h"
#include "vehicles/VehicleService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/vehicles/LedgerDialogs.h"
#include "widgets/vehicles/VehicleFileDialog.h"

#include <QAction>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ga {

using namespace vehicles;

// --- model -----------------------------------------------------------------------------------

VehicleListModel::VehicleListModel(VehicleService &service, QObject *parent)
    : RecordTableModel<VehicleRow>(spec(), parent)
    , m_service(service)
{
}

RecordTableModel<VehicleRow>::Spec VehicleListModel::spec()
{
    using Row = VehicleRow;
    auto statusColour = [](const Row &r) -> QVariant {
        switch (r.vehicle.status) {
        case VehicleStatus::Maintenance:
            return QBrush(QColor(0xb3, 0x5c, 0x00));
        case VehicleStatus::Dispatched:
            return QBrush(QColor(0x1f, 0x5f, 0xbf));
        default:
            return {};
        }
    };
    Spec s;
    // In the order of Column.
    s.columns = {
        {tr("Plate"), [](const Row &r) { return r.vehicle.plate; }},
        {tr("Fleet no."), [](const Row &r) { return r.vehicle.fleetNo; }},
        {tr("Brand / model"),
         [](const Row &r) {
             const Vehicle &v = r.vehicle;
             return v.model.isEmpty() ? v.brand : v.brand + QLatin1Char(' ') + v.model;
         }},
        {tr("Category"), [](const Row &r) { return displayName(r.vehicle.category); }},
        {tr("Energy"), [](const Row &r) { return displayName(r.vehicle.energyType); }},
        numberColumn<Row>(tr("Seats"), [](const Row &r) { return r.vehicle.seats; }),
        {tr("Department"), [](const Row &r) { return r.departmentName; }},
        {tr("Status"),
         [](const Row &r) { return displayName(r.vehicle.status); },
         Qt::AlignLeft | Qt::AlignVCenter,
         {},
         statusColour},
        {tr("Ownership"), [](const Row &r) { return displayName(r.vehicle.ownership); }},
        {tr("Purchased"), [](const Row &r) { return toIsoDate(r.vehicle.purchaseDate); }},
        numberColumn<Row>(tr("Odometer (km)"),
                          [](const Row &r) { return QLocale().toString(r.vehicle.odometerKm); }),
        {tr("Fuel card"), [](const Row &r) { return r.vehicle.fuelCardNo; }},
    };
    s.fetch = [this](const KeysetCursor &after, int limit) {
        return m_service.vehiclesPageAfter(m_filter, m_sort, m_order, after, limit);
    };
    s.id = [](const Row &r) { return r.vehicle.id; };
    s.active = [](const Row &r) { return r.vehicle.status != VehicleStatus::Retired; };
    s.sort = [this](int column, Qt::SortOrder order) {
        // In the order of Column; the fuel card sorts by plate.
        static const VehicleSort byColumn[ColumnCount] = {
            VehicleSort::Plate,        VehicleSort::FleetNo,    VehicleSort::Brand,
            VehicleSort::Category,     VehicleSort::EnergyType, VehicleSort::Seats,
            VehicleSort::Department,   VehicleSort::Status,     VehicleSort::Ownership,
            VehicleSort::PurchaseDate, VehicleSort::Odometer,   VehicleSort::Plate,
        };
        m_sort = byColumn[column];
        m_order = order;
    };
    return s;
}

void VehicleListModel::setFilter(const VehicleFilter &filter)
{
    m_filter = filter;
    reload();
}

int VehicleListModel::totalCount() const
{
    return m_service.countVehicles(m_filter);
}

// --- tab -------------------------------------------------------------------------------------

namespace {

template<typename Enum>
QComboBox *enumCombo(QWidget *parent, const QString &all, const QList<Enum> &values)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(all, -1);
    for (Enum v : values)
        combo->addItem(displayName(v), int(v));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

template<typename Enum> std::optional<Enum> comboValue(QComboBox *combo)
{
    const int v = combo->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<Enum>(Enum(v));
}

} // namespace

LedgerTab::LedgerTab(VehicleService &vehicles, DriverService &drivers, const Session &session,
                     const Clock &clock, QWidget *parent)
    : RecordListTab(tr("Vehicles"), {NewRecord | EditRecord | RetireRecord}, parent)
    , m_vehicles(vehicles)
    , m_drivers(drivers)
    , m_session(session)
    , m_clock(clock)
{
    newAction()->setText(tr("&New vehicle…"));
    editAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    retireAction()->setShortcut(QKeySequence());
    offerViewToReadOnly();
    // The ledger's own commands, between Edit and Retire.
    m_openFile = addCommand(tr("Open &file…"), QKeySequence(Qt::CTRL | Qt::Key_O),
                            QStringLiteral("openFileAction"), &LedgerTab::openCurrent);
    m_maintenance = addCommand(tr("Start &maintenance"), QKeySequence(Qt::CTRL | Qt::Key_M),
                               QStringLiteral("maintenanceAction"), &LedgerTab::toggleMaintenance);
    toolBar()->insertAction(statusSeparator(), m_openFile);
    toolBar()->insertAction(statusSeparator(), m_maintenance);

    addSearch(tr("Plate, fleet no., brand, fuel card…"))
        ->setObjectName(QStringLiteral("ledgerSearch"));
    m_department = new QComboBox(this);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category = enumCombo(this, tr("All categories"), allCategorys());
    m_energy = enumCombo(this, tr("All energy types"), allEnergyTypes());
    m_ownership = enumCombo(this, tr("Owned and leased"), allOwnerships());
    m_status = enumCombo(this, tr("All statuses"), allVehicleStatuss());
    for (QComboBox *c : {m_department, m_category, m_energy, m_ownership, m_status})
        addFilter(c);

    m_model = new VehicleListModel(vehicles, this);
    setModel(m_model, QStringLiteral("ledgerView"));
    view()->horizontalHeader()->setSortIndicator(VehicleListModel::Plate, Qt::AscendingOrder);
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view()->horizontalHeader()->setMaximumSectionSize(240);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LedgerTab::updateOwnActions);
    connect(m_model, &PagedTableModel::reloaded, this, &LedgerTab::updateOwnActions);
    // Choosing the page puts the focus on the list: Enter opens the file, Ctrl+F finds.
    setFocusProxy(view());
}

QAction *LedgerTab::addCommand(const QString &text, const QKeySequence &key,
                               const QString &objectName, void (LedgerTab::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(objectName);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                key.toString(QKeySequence::NativeText)));
    connect(a, &QAction::triggered, this, [this, slot] { (this->*slot)(); });
    addAction(a);
    return a;
}

bool LedgerTab::canEdit() const
{
    return m_session.can(Permission::EditVehicles);
}

void LedgerTab::reloadChoices()
{
    const qint64 keep = m_department->currentData().toLongLong();
    m_department->clear();
    m_department->addItem(tr("All departments"), qint64(0));
    runGuarded(this, title(), [&] {
        for (const NamedId &d : m_vehicles.departments())
            m_department->addItem(d.name, d.id);
    });
    const int i = m_department->findData(keep);
    m_department->setCurrentIndex(i >= 0 ? i : 0);
}

void LedgerTab::applyFilter()
{
    VehicleFilter f;
    f.text = searchEdit()->text();
    f.departmentId = m_department->currentData().toLongLong();
    f.category = comboValue<Category>(m_category);
    f.energyType = comboValue<EnergyType>(m_energy);
    f.status = comboValue<VehicleStatus>(m_status);
    f.ownership = comboValue<Ownership>(m_ownership);
    m_model->setFilter(f);
    if (m_model->rowCount() > 0 && !view()->currentIndex().isValid())
        view()->setCurrentIndex(m_model->index(0, 0));
    if (!m_columnsSized && m_model->rowCount() > 0) {
        view()->resizeColumnsToContents();
        m_columnsSized = true;
    }
}

QString LedgerTab::countText() const
{
    return tr("%n vehicle(s)", nullptr, m_model->totalCount());
}

const VehicleRow *LedgerTab::currentRow() const
{
    return m_model->rowAt(view()->currentIndex().row());
}

void LedgerTab::addRecord()
{
    if (const qint64 id = editVehicle(this, m_vehicles, Vehicle {}, true))
        refresh(id);
}

void LedgerTab::editCurrent()
{
    const VehicleRow *row = currentRow();
    if (row && editVehicle(this, m_vehicles, row->vehicle, canEdit()))
        refresh();
}

void LedgerTab::retireCurrent()
{
    if (const VehicleRow *row = currentRow(); row && row->vehicle.status != VehicleStatus::Retired)
        runOnCurrent(tr("Retire vehicle"),
                     tr("Retire %1? It stays in the ledger with its file and history, but can no "
                        "longer be dispatched.")
                         .arg(row->vehicle.plate),
                     [this](qint64 id) { m_vehicles.retireVehicle(id); });
}

void LedgerTab::toggleMaintenance()
{
    const VehicleRow *row = currentRow();
    if (!row || row->vehicle.status == VehicleStatus::Retired)
        return;
    const qint64 id = row->vehicle.id;
    const bool on = row->vehicle.status != VehicleStatus::Maintenance;
    if (runGuarded(this, tr("Maintenance"), [&] { m_vehicles.setInMaintenance(id, on); }))
        refresh();
}

void LedgerTab::openCurrent()
{
    if (const qint64 id = currentId())
        openFile(id);
}

void LedgerTab::updateOwnActions()
{
    const VehicleRow *row = currentRow();
    const bool retired = row && row->vehicle.status == VehicleStatus::Retired;
    m_openFile->setEnabled(row);
    m_maintenance->setVisible(canEdit());
    m_maintenance->setEnabled(canEdit() && row && !retired);
    m_maintenance->setText(row && row->vehicle.status == VehicleStatus::Maintenance
                               ? tr("End &maintenance")
                               : tr("Start &maintenance"));
}

void LedgerTab::openFile(qint64 vehicleId)
{
    VehicleFileDialog dialog(m_vehicles, m_drivers, m_session, m_clock, vehicleId, this);
    if (!dialog.isLoaded())
        return;
    dialog.exec();
    refresh(vehicleId);
}

} // namespace ga

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
    : PagedTableModel(parent)
    , m_service(service)
{}

int VehicleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VehicleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const VehicleRow &row = m_rows.at(index.row());
    const Vehicle &v = row.vehicle;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Plate: return v.plate;
        case FleetNo: return v.fleetNo;
        case Brand: return v.model.isEmpty() ? v.brand : v.brand + QLatin1Char(' ') + v.model;
        case Category: return displayName(v.category);
        case Energy: return displayName(v.energyType);
        case Seats: return v.seats;
        case Department: return row.departmentName;
        case Ownership: return displayName(v.ownership);
        case PurchaseDate: return toIsoDate(v.purchaseDate);
        case Odometer: return QLocale().toString(v.odometerKm);
        case FuelCard: return v.fuelCardNo;
        case Status: return displayName(v.status);
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Seats || index.column() == Odometer)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole) {
        if (v.status == VehicleStatus::Retired)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == Status && v.status == VehicleStatus::Maintenance)
            return QBrush(QColor(0xb3, 0x5c, 0x00));
        if (index.column() == Status && v.status == VehicleStatus::Dispatched)
            return QBrush(QColor(0x1f, 0x5f, 0xbf));
    } else if (role == Qt::UserRole) {
        return v.id;
    }
    return {};
}

QVariant VehicleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Plate: return tr("Plate");
    case FleetNo: return tr("Fleet no.");
    case Brand: return tr("Brand / model");
    case Category: return tr("Category");
    case Energy: return tr("Energy");
    case Seats: return tr("Seats");
    case Department: return tr("Department");
    case Ownership: return tr("Ownership");
    case PurchaseDate: return tr("Purchased");
    case Odometer: return tr("Odometer (km)");
    case FuelCard: return tr("Fuel card");
    case Status: return tr("Status");
    }
    return {};
}

void VehicleListModel::sort(int column, Qt::SortOrder order)
{
    // In the order of Column; the fuel card sorts by plate.
    static const VehicleSort byColumn[ColumnCount] = {
        VehicleSort::Plate,      VehicleSort::FleetNo,    VehicleSort::Brand,
        VehicleSort::Category,   VehicleSort::EnergyType, VehicleSort::Seats,
        VehicleSort::Department, VehicleSort::Status,     VehicleSort::Ownership,
        VehicleSort::PurchaseDate, VehicleSort::Odometer, VehicleSort::Plate,
    };
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_order = order;
    reload();
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

const VehicleRow *VehicleListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int VehicleListModel::rowOf(qint64 vehicleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).vehicle.id == vehicleId)
            return i;
    return -1;
}

int VehicleListModel::fetchPage(const KeysetCursor &after, int limit)
{
    m_fetched = m_service.vehiclesPageAfter(m_filter, m_sort, m_order, after, limit);
    return int(m_fetched.size());
}

KeysetCursor VehicleListModel::keyOfRow(int row) const
{
    return m_rows.at(row).key;
}

void VehicleListModel::appendFetched()
{
    m_rows += m_fetched;
    m_fetched.clear();
}

void VehicleListModel::clearRows()
{
    m_rows.clear();
    m_fetched.clear();
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

template<typename Enum>
std::optional<Enum> comboValue(QComboBox *combo)
{
    const int v = combo->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<Enum>(Enum(v));
}

} // namespace

LedgerTab::LedgerTab(VehicleService &vehicles, DriverService &drivers, const Session &session,
                     const Clock &clock, QWidget *parent)
    : Page(parent)
    , m_vehicles(vehicles)
    , m_drivers(drivers)
    , m_session(session)
    , m_clock(clock)
{
    m_model = new VehicleListModel(vehicles, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("ledgerSearch"));
    m_search->setPlaceholderText(tr("Plate, fleet no., brand, fuel card…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_department = new QComboBox(this);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category = enumCombo(this, tr("All categories"), allCategorys());
    m_energy = enumCombo(this, tr("All energy types"), allEnergyTypes());
    m_status = enumCombo(this, tr("All statuses"), allVehicleStatuss());
    m_ownership = enumCombo(this, tr("Owned and leased"), allOwnerships());
    m_count = new QLabel(this);

    auto *filterBar = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("F&ind:"), this);
    searchLabel->setBuddy(m_search);
    filterBar->addWidget(searchLabel);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_department);
    filterBar->addWidget(m_category);
    filterBar->addWidget(m_energy);
    filterBar->addWidget(m_ownership);
    filterBar->addWidget(m_status);
    filterBar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ledgerView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VehicleListModel::Plate, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setMaximumSectionSize(240);
    m_view->setWordWrap(false);

    createActions();
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : {m_new, m_edit, m_openFile, m_maintenance, m_retire})
        bar->addAction(a);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(filterBar);
    layout->addWidget(m_view, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &LedgerTab::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LedgerTab::applyFilter);
    for (QComboBox *c : {m_department, m_category, m_energy, m_ownership, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, &LedgerTab::applyFilter);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &) {
        if (const qint64 id = currentId())
            openFile(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LedgerTab::updateActions);
    connect(m_model, &PagedTableModel::reloaded, this, [this] {
        m_count->setText(tr("%n vehicle(s)", nullptr, m_model->totalCount()));
        updateActions();
    });

    setTabOrder(m_search, m_department);
    setTabOrder(m_department, m_category);
    setTabOrder(m_category, m_energy);
    setTabOrder(m_energy, m_ownership);
    setTabOrder(m_ownership, m_status);
    setTabOrder(m_status, m_view);
    setFocusProxy(m_view);
    updateActions();
}

void LedgerTab::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(key.isEmpty()
                          ? text
                          : QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                          key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_new = make(tr("&New vehicle…"), QKeySequence::New, [this] {
        Vehicle v;
        const qint64 id = editVehicle(this, m_vehicles, v, true);
        if (id)
            reloadKeeping(id);
    });
    m_edit = make(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        const VehicleRow *row = currentRow();
        if (!row)
            return;
        const qint64 id = row->vehicle.id;
        const bool canEdit = m_session.can(Permission::EditVehicles);
        if (editVehicle(this, m_vehicles, row->vehicle, canEdit))
            reloadKeeping(id);
    });
    m_openFile = make(tr("Open &file…"), QKeySequence(Qt::CTRL | Qt::Key_O), [this] {
        if (const qint64 id = currentId())
            openFile(id);
    });
    m_retire = make(tr("&Retire…"), QKeySequence(), [this] {
        const VehicleRow *row = currentRow();
        if (!row)
            return;
        const qint64 id = row->vehicle.id;
        if (QMessageBox::question(this, tr("Retire vehicle"),
                                  tr("Retire %1? It stays in the ledger with its file and history, "
                                     "but can no longer be dispatched.")
                                      .arg(row->vehicle.plate))
            != QMessageBox::Yes)
            return;
        if (runGuarded(this, tr("Retire vehicle"), [&] { m_vehicles.retireVehicle(id); }))
            reloadKeeping(id);
    });
    m_maintenance = make(tr("&Maintenance on/off"), QKeySequence(Qt::CTRL | Qt::Key_M), [this] {
        const VehicleRow *row = currentRow();
        if (!row)
            return;
        const qint64 id = row->vehicle.id;
        const bool on = row->vehicle.status != VehicleStatus::Maintenance;
        if (runGuarded(this, tr("Maintenance"), [&] { m_vehicles.setInMaintenance(id, on); }))
            reloadKeeping(id);
    });
}

void LedgerTab::activate()
{
    if (!m_loaded) {
        const qint64 keep = m_department->currentData().toLongLong();
        QSignalBlocker block(m_department);
        m_department->clear();
        m_department->addItem(tr("All departments"), qint64(0));
        runGuarded(this, tr("Vehicles"), [&] {
            for (const NamedId &d : m_vehicles.departments())
                m_department->addItem(d.name, d.id);
        });
        const int i = m_department->findData(keep);
        m_department->setCurrentIndex(i >= 0 ? i : 0);
        m_loaded = true;
        applyFilter();
        m_view->resizeColumnsToContents();
        return;
    }
    reloadKeeping(currentId());
}

void LedgerTab::applyFilter()
{
    m_searchTimer->stop();
    VehicleFilter f;
    f.text = m_search->text();
    f.departmentId = m_department->currentData().toLongLong();
    f.category = comboValue<Category>(m_category);
    f.energyType = comboValue<EnergyType>(m_energy);
    f.status = comboValue<VehicleStatus>(m_status);
    f.ownership = comboValue<Ownership>(m_ownership);
    runGuarded(this, tr("Vehicles"), [&] { m_model->setFilter(f); });
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void LedgerTab::reloadKeeping(qint64 vehicleId)
{
    runGuarded(this, tr("Vehicles"), [&] { m_model->reload(); });
    int row = m_model->rowOf(vehicleId);
    while (row < 0 && vehicleId && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(vehicleId);
    }
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
    updateActions();
}

const VehicleRow *LedgerTab::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->rowAt(i.row()) : nullptr;
}

qint64 LedgerTab::currentId() const
{
    const VehicleRow *row = currentRow();
    return row ? row->vehicle.id : 0;
}

void LedgerTab::updateActions()
{
    const bool canEdit = m_session.can(Permission::EditVehicles);
    const VehicleRow *row = currentRow();
    m_new->setEnabled(canEdit);
    m_edit->setEnabled(row);
    m_edit->setText(canEdit ? tr("&Edit…") : tr("&View…"));
    m_openFile->setEnabled(row);
    const bool retired = row && row->vehicle.status == VehicleStatus::Retired;
    m_retire->setEnabled(canEdit && row && !retired);
    m_maintenance->setEnabled(canEdit && row && !retired);
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
    reloadKeeping(vehicleId);
}

} // namespace ga

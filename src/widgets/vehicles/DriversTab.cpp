#include "widgets/vehicles/DriversTab.h"

#include "core/Clock.h"
#include "core/Period.h"
#include "core/Session.h"
#include "org/SettingsService.h"
#include "vehicles/DriverService.h"
#include "vehicles/VehicleService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/vehicles/LedgerDialogs.h"

#include <QAction>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ga {

using namespace vehicles;

DriverListModel::DriverListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DriverListModel::setRows(const QList<DriverRow> &rows, const QDate &today, int alertDays)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    m_alertDays = alertDays;
    endResetModel();
}

const DriverRow *DriverListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DriverListModel::rowOf(qint64 driverId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).driver.id == driverId)
            return i;
    return -1;
}

int DriverListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DriverListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriverListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DriverRow &row = m_rows.at(index.row());
    const Driver &d = row.driver;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return d.name;
        case Employment: return displayName(d.employment);
        case LicenceClass: return d.licenceClass;
        case LicenceNo: return d.licenceNo;
        case LicenceExpiry: return toIsoDate(d.licenceExpiry);
        case Phone: return d.phone;
        case Department: return row.departmentName;
        case StaffNo: return row.staffNo;
        case Status: return displayName(d.status);
        }
    } else if (role == Qt::ForegroundRole) {
        if (d.status == DriverStatus::Retired)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == LicenceExpiry && d.licenceExpiry.isValid()) {
            if (d.licenceExpiry < m_today)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            if (m_today.daysTo(d.licenceExpiry) <= m_alertDays)
                return QBrush(QColor(0xb3, 0x5c, 0x00));
        }
    } else if (role == Qt::UserRole) {
        return d.id;
    }
    return {};
}

QVariant DriverListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Employment: return tr("Employment");
    case LicenceClass: return tr("Licence class");
    case LicenceNo: return tr("Licence no.");
    case LicenceExpiry: return tr("Licence expiry");
    case Phone: return tr("Phone");
    case Department: return tr("Department");
    case StaffNo: return tr("Staff no.");
    case Status: return tr("Status");
    }
    return {};
}

DriversTab::DriversTab(DriverService &drivers, VehicleService &vehicles, const Session &session,
                       const Clock &clock, const SettingsService &settings,
                       QWidget *parent)
    : Page(parent)
    , m_drivers(drivers)
    , m_vehicles(vehicles)
    , m_session(session)
    , m_clock(clock)
    , m_settings(settings)
{
    m_model = new DriverListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortLocaleAware(true);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Name, licence no., phone…"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Active and on leave"), QStringLiteral("current"));
    m_status->addItem(tr("All drivers"), QString());
    for (DriverStatus s : allDriverStatuss())
        m_status->addItem(displayName(s), key(s));
    m_count = new QLabel(this);

    auto *filterBar = new QHBoxLayout;
    auto *label = new QLabel(tr("F&ind:"), this);
    label->setBuddy(m_search);
    filterBar->addWidget(label);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_status);
    filterBar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("driversView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DriverListModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto make = [this](const QString &text, const QKeySequence &key) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_new = make(tr("&New driver…"), QKeySequence::New);
    m_edit = make(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_retire = make(tr("&Retire…"), QKeySequence());
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_new);
    bar->addAction(m_edit);
    bar->addAction(m_retire);

    connect(m_new, &QAction::triggered, this, [this] {
        Driver d;
        d.licenceExpiry = m_clock.today().addYears(6);
        if (const qint64 id = editDriver(this, m_drivers, m_vehicles, d, true))
            reload(id);
    });
    auto edit = [this] {
        const DriverRow *row = currentRow();
        if (!row)
            return;
        const qint64 id = row->driver.id;
        if (editDriver(this, m_drivers, m_vehicles, row->driver,
                       m_session.can(Permission::EditVehicles)))
            reload(id);
    };
    connect(m_edit, &QAction::triggered, this, edit);
    connect(m_view, &QTableView::activated, this, edit);
    connect(m_retire, &QAction::triggered, this, [this] {
        const DriverRow *row = currentRow();
        if (!row)
            return;
        const qint64 id = row->driver.id;
        if (QMessageBox::question(this, tr("Retire driver"),
                                  tr("Retire %1? The driver stays on record with their trips.")
                                      .arg(row->driver.name))
            != QMessageBox::Yes)
            return;
        if (runGuarded(this, tr("Retire driver"), [&] { m_drivers.retireDriver(id); }))
            reload(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(filterBar);
    layout->addWidget(m_view, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { reload(); });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DriversTab::updateActions);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_view);
    setFocusProxy(m_view);
    updateActions();
}

void DriversTab::activate()
{
    const DriverRow *row = currentRow();
    reload(row ? row->driver.id : 0);
}

void DriversTab::reload(qint64 keepId)
{
    m_searchTimer->stop();
    DriverFilter f;
    f.text = m_search->text();
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("current"))
        f.includeRetired = false;
    else if (!status.isEmpty())
        f.status = fromDriverStatusKey(status);
    runGuarded(this, tr("Drivers"), [&] {
        const int alertDays = m_settings.intValue(
            QString::fromLatin1(SettingsService::VehicleAlertDays), 30);
        m_model->setRows(m_drivers.listDrivers(f), m_clock.today(), alertDays);
    });
    m_count->setText(tr("%n driver(s)", nullptr, m_model->rowCount()));
    const int row = m_model->rowOf(keepId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row >= 0 ? row : 0, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
    m_view->resizeColumnsToContents();
    updateActions();
}

const DriverRow *DriversTab::currentRow() const
{
    const QModelIndex i = m_proxy->mapToSource(m_view->currentIndex());
    return i.isValid() ? m_model->rowAt(i.row()) : nullptr;
}

void DriversTab::updateActions()
{
    const bool canEdit = m_session.can(Permission::EditVehicles);
    const DriverRow *row = currentRow();
    m_new->setEnabled(canEdit);
    m_edit->setEnabled(row);
    m_edit->setText(canEdit ? tr("&Edit…") : tr("&View…"));
    m_retire->setEnabled(canEdit && row && row->driver.status != DriverStatus::Retired);
}

} // namespace ga

#include "widgets/vehicles/TripsTab.h"

#include "core/Clock.h"
#include "core/Period.h"
#include "vehicles/DispatchService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/vehicles/BoardTimeline.h"
#include "widgets/vehicles/DispatchActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ga {

using namespace vehicles;

// --- model ----------------------------------------------------------------------------------

TripsModel::TripsModel(DispatchService &service, QObject *parent)
    : PagedTableModel(parent, 200)
    , m_service(service)
{}

int TripsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TripsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TripRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RequestNo: return r.requestNo;
        case Start: return formatInstant(r.planned.start);
        case End: return formatInstant(r.planned.end);
        case Department: return r.departmentName;
        case Destination: return r.destination;
        case Plate: return r.plate;
        case Driver: return r.driverName;
        case Passengers: return r.passengers;
        case Status: {
            QString s = displayName(r.status);
            if (r.emergency)
                s += tr(" (emergency)");
            return s;
        }
        case Km: return r.km > 0 ? QVariant(r.km) : QVariant();
        case Cost: return r.cost.fen() > 0 ? QVariant(r.cost.toString()) : QVariant();
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Passengers || index.column() == Km || index.column() == Cost)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::DecorationRole && index.column() == Status) {
        return BoardTimeline::statusColor(r.status);
    } else if (role == Qt::ToolTipRole && index.column() == Destination && r.outOfRegion) {
        return tr("Out of the region");
    } else if (role == Qt::UserRole) {
        return r.id;
    }
    return {};
}

QVariant TripsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case RequestNo: return tr("Request no.");
    case Start: return tr("Start");
    case End: return tr("End");
    case Department: return tr("Department");
    case Destination: return tr("Destination");
    case Plate: return tr("Vehicle");
    case Driver: return tr("Driver");
    case Passengers: return tr("Passengers");
    case Status: return tr("Status");
    case Km: return tr("km");
    case Cost: return tr("Cost (¥)");
    }
    return {};
}

bool TripsModel::isSortable(int column)
{
    return column == RequestNo || column == Start || column == Status;
}

void TripsModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_filter.sort = column == RequestNo ? TripSort::RequestNo
                    : column == Status  ? TripSort::Status
                                        : TripSort::Start;
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

void TripsModel::setFilter(const TripFilter &filter)
{
    const TripSort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    reload();
}

qint64 TripsModel::tripId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int TripsModel::rowOf(qint64 tripId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == tripId)
            return i;
    return -1;
}

int TripsModel::fetchPage(const KeysetCursor &after, int limit)
{
    m_fetched.clear();
    runGuarded(nullptr, tr("Trips"),
               [&] { m_fetched = m_service.tripsPageAfter(m_filter, after, limit); });
    return int(m_fetched.size());
}

KeysetCursor TripsModel::keyOfRow(int row) const
{
    return m_rows.at(row).key;
}

void TripsModel::appendFetched()
{
    m_rows.append(m_fetched);
    m_fetched.clear();
}

void TripsModel::clearRows()
{
    m_rows.clear();
    m_fetched.clear();
}

// --- tab ------------------------------------------------------------------------------------

TripsTab::TripsTab(DispatchService &service, SettingsService &settings, const Clock &clock,
                   QWidget *parent)
    : Page(parent)
    , m_service(service)
{
    m_actions = new DispatchActions(service, settings, clock, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *filters = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("tripsText"));
    m_text->setPlaceholderText(tr("Plate or request no. (PC…)"));
    m_text->setClearButtonEnabled(true);
    auto *textLabel = new QLabel(tr("F&ind:"), this);
    textLabel->setBuddy(m_text);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("tripsDepartment"));
    m_department->setMinimumContentsLength(14);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *depLabel = new QLabel(tr("Depart&ment:"), this);
    depLabel->setBuddy(m_department);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("tripsStatus"));
    m_status->addItem(tr("All statuses"), QString());
    for (TripStatus s : allTripStatuss())
        m_status->addItem(displayName(s), key(s));
    auto *statusLabel = new QLabel(tr("Stat&us:"), this);
    statusLabel->setBuddy(m_status);
    m_useDates = new QCheckBox(tr("Da&tes:"), this);
    const QDate today = clock.today();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
    }
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("tripsCount"));
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 2);
    filters->addWidget(depLabel);
    filters->addWidget(m_department, 2);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addStretch(0);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : m_actions->workflowActions())
        bar->addAction(a);
    bar->addAction(m_actions->savePdf());
    layout->addWidget(bar);

    m_model = new TripsModel(service, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tripsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TripsModel::Destination, QHeaderView::Stretch);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(TripsModel::Start, Qt::DescendingOrder);
    const QList<std::pair<int, int>> widths = {
        {TripsModel::RequestNo, 140}, {TripsModel::Start, 130}, {TripsModel::End, 130},
        {TripsModel::Department, 150}, {TripsModel::Plate, 100}, {TripsModel::Driver, 80},
        {TripsModel::Passengers, 70}, {TripsModel::Status, 110}, {TripsModel::Km, 60},
        {TripsModel::Cost, 80}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
    layout->addWidget(m_view, 1);

    // Only the indexed columns sort; clicking another keeps the current order and indicator.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (TripsModel::isSortable(column))
                    return;
                const int current = m_model->filter().sort == TripSort::RequestNo
                                        ? TripsModel::RequestNo
                                    : m_model->filter().sort == TripSort::Status
                                        ? TripsModel::Status
                                        : TripsModel::Start;
                QSignalBlocker block(m_view->horizontalHeader());
                m_view->horizontalHeader()->setSortIndicator(
                    current, m_model->filter().descending ? Qt::DescendingOrder
                                                          : Qt::AscendingOrder);
            });

    m_textTimer = new QTimer(this);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(250);
    connect(m_textTimer, &QTimer::timeout, this, &TripsTab::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_textTimer->start(); });
    connect(m_text, &QLineEdit::returnPressed, this, &TripsTab::applyFilter);
    connect(m_department, &QComboBox::currentIndexChanged, this, &TripsTab::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TripsTab::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &TripsTab::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &TripsTab::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_actions->setTrip(m_model->tripId(current.row()));
            });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_actions->setTrip(m_model->tripId(index.row()));
        m_actions->print()->trigger();
    });
    connect(m_model, &TripsModel::reloaded, this, &TripsTab::updateCount);
    connect(m_actions, &DispatchActions::tripChanged, this, [this](qint64 id) {
        m_model->reload();
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_view->selectRow(row);
    });
}

void TripsTab::loadDepartments()
{
    QSignalBlocker block(m_department);
    const qint64 current = m_department->currentData().toLongLong();
    m_department->clear();
    m_department->addItem(tr("All departments"), 0);
    runGuarded(this, tr("Trips"), [this] {
        for (const auto &d : m_service.departments())
            m_department->addItem(d.name, d.id);
    });
    const int index = m_department->findData(current);
    m_department->setCurrentIndex(index >= 0 ? index : 0);
}

void TripsTab::activate()
{
    loadDepartments();
    if (!m_loaded) {
        m_loaded = true;
        applyFilter();
    } else {
        m_model->reload();
    }
}

void TripsTab::applyFilter()
{
    TripFilter f;
    f.text = m_text->text();
    f.departmentId = m_department->currentData().toLongLong();
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        f.status = fromTripStatusKey(status);
    if (m_useDates->isChecked())
        f.range = DateRange{m_from->date(), m_to->date()};
    m_model->setFilter(f);
    m_actions->setTrip(0);
}

void TripsTab::updateCount()
{
    int n = 0;
    runGuarded(this, tr("Trips"), [&] { n = m_service.tripsCount(m_model->filter()); });
    m_count->setText(tr("%n trip(s)", nullptr, n));
}

} // namespace ga

#include "widgets/offices/OfficeTabs.h"

#include "core/Error.h"
#include "offices/OfficeService.h"
#include "org/OrgService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/offices/AssistantDialog.h"
#include "widgets/offices/OfficeDialogs.h"
#include "widgets/offices/OfficeTableModels.h"
#include "widgets/org/OrgDialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ga::offices {

namespace {

enum TreeRole { KindRole = Qt::UserRole + 1, BuildingRole, FloorRole, RoomRole };
enum TreeKind { BuildingItem = 1, FloorItem, RoomItem };

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

// --- RoomListTab ---------------------------------------------------------------------------

RoomListTab::RoomListTab(OfficeService &offices, OrgService &org, QWidget *parent)
    : RecordListTab(tr("Rooms"), NewRecord | EditRecord, parent)
    , m_offices(offices)
    , m_org(org)
{
    newAction()->setText(tr("&New room…"));
    m_allocate = addCommand(tr("&Allocate…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                            QStringLiteral("allocateAction"), &RoomListTab::allocateCurrent);
    m_history = addCommand(tr("Histor&y…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                           QStringLiteral("historyAction"), &RoomListTab::showHistory);
    m_assistant = addCommand(tr("Fin&d an office…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                             QStringLiteral("assistantAction"), &RoomListTab::openAssistant);
    m_repair = addCommand(tr("Re&pair…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                          QStringLiteral("repairAction"), &RoomListTab::toggleRepair);
    m_dispose = addCommand(tr("D&ispose…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                           QStringLiteral("disposeAction"), &RoomListTab::disposeCurrent);

    addSearch(tr("Search room number or notes"))->setObjectName(QStringLiteral("roomSearch"));
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("roomBuilding"));
    m_building->setMinimumWidth(140);
    // A building chosen by hand shows all its floors (the tree chooses a floor).
    connect(m_building, &QComboBox::activated, this, [this] { m_floor = INT_MIN; });
    addFilter(tr("&Building:"), m_building);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("roomOwner"));
    m_owner->setMinimumWidth(140);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addFilter(tr("A&gency:"), m_owner);
    m_useType = new QComboBox(this);
    m_useType->setObjectName(QStringLiteral("roomUseType"));
    m_useType->addItem(tr("All uses"), QString());
    for (UseType t : allUseTypes())
        m_useType->addItem(displayName(t), key(t));
    addFilter(tr("&Use:"), m_useType);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("roomStatus"));
    m_status->addItem(tr("All statuses"), QString());
    for (RoomStatus st : allRoomStatuss())
        m_status->addItem(displayName(st), key(st));
    addFilter(tr("&Status:"), m_status);
    m_overOnly = new QCheckBox(tr("&Over standard"), this);
    m_overOnly->setObjectName(QStringLiteral("overStandardOnly"));
    addFilter(m_overOnly);

    m_model = new RoomTableModel(offices, this);
    setModel(m_model, QStringLiteral("roomsTable"));
    view()->horizontalHeader()->setSortIndicator(RoomTableModel::Building, Qt::AscendingOrder);
    const int widths[] = {140, 50, 80, 100, 90, 90, 130, 160};
    for (int c = 0; c < int(std::size(widths)); ++c)
        view()->setColumnWidth(c, widths[c]);
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateOwnActions(); });
    connect(m_model, &PagedTableModel::reloaded, this, [this] { updateOwnActions(); });
    updateOwnActions();
}

QAction *RoomListTab::addCommand(const QString &text, const QKeySequence &key,
                                 const QString &name, void (RoomListTab::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                     key.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, slot] { (this->*slot)(); });
    QWidget::addAction(action);
    toolBar()->addAction(action);
    return action;
}

void RoomListTab::updateOwnActions()
{
    const RoomRow *row = currentRow();
    const bool editor = m_offices.canEdit();
    const bool allocator = editor || m_offices.canApprove();
    m_allocate->setVisible(allocator);
    m_allocate->setEnabled(allocator && row && !row->room.isDisposed()
                           && (row->room.status == RoomStatus::Vacant
                               || row->room.status == RoomStatus::InUse));
    m_assistant->setVisible(allocator);
    m_history->setEnabled(row != nullptr);
    m_repair->setVisible(editor);
    m_repair->setEnabled(editor && row
                         && (row->room.status == RoomStatus::Repair
                             || row->room.status == RoomStatus::Vacant));
    m_repair->setText(row && row->room.status == RoomStatus::Repair ? tr("End re&pair…")
                                                                    : tr("Re&pair…"));
    m_dispose->setVisible(editor);
    m_dispose->setEnabled(editor && row && !row->room.isDisposed()
                          && row->room.status != RoomStatus::InUse);
    toolBar()->setVisible(true);
}

bool RoomListTab::canEdit() const
{
    return m_offices.canEdit();
}

void RoomListTab::reloadChoices()
{
    runGuarded(this, title(), [&] {
        const qint64 keepBuilding = comboId(m_building);
        m_building->clear();
        m_building->addItem(tr("All buildings"), qint64(0));
        qint64 last = 0;
        for (const FloorEntry &f : m_offices.floors(true)) {
            if (f.buildingId == last)
                continue;
            last = f.buildingId;
            m_building->addItem(f.buildingCode + QStringLiteral("  ") + f.buildingName,
                                f.buildingId);
        }
        selectComboId(m_building, keepBuilding);
        fillDepartmentCombo(m_owner, m_org.departmentTree(false), tr("All agencies"));
    });
}

void RoomListTab::applyFilter()
{
    RoomFilter f = m_model->filter();
    f.text = searchEdit()->text().trimmed();
    const qint64 building = comboId(m_building);
    f.buildingId = building;
    f.floor = building > 0 ? m_floor : INT_MIN;
    f.departmentId = comboId(m_owner);
    f.useType = fromUseTypeKey(m_useType->currentData().toString());
    f.status = fromRoomStatusKey(m_status->currentData().toString());
    f.includeDisposed = f.status == RoomStatus::Disposed;
    f.overStandardOnly = m_overOnly->isChecked();
    m_model->setFilter(f);
}

QString RoomListTab::countText() const
{
    const int n = m_offices.countRooms(m_model->filter());
    return n == 0 ? tr("No rooms match the filter.") : tr("%n room(s)", nullptr, n);
}

void RoomListTab::showLocation(qint64 buildingId, int floor, qint64 selectRoom)
{
    selectComboId(m_building, buildingId);
    m_floor = buildingId > 0 ? floor : INT_MIN;
    refresh(selectRoom);
}

const RoomRow *RoomListTab::currentRow() const
{
    return view() ? m_model->rowAt(view()->currentIndex().row()) : nullptr;
}

void RoomListTab::addRecord()
{
    Room initial;
    initial.buildingId = comboId(m_building);
    initial.floor = m_floor == INT_MIN ? 1 : m_floor;
    initial.departmentId = comboId(m_owner);
    if (initial.buildingId > 0)
        if (const auto b = m_org.findBuilding(initial.buildingId); b && initial.departmentId == 0)
            initial.departmentId = b->departmentId;
    RoomDialog dialog(m_org, initial, this);
    qint64 id = 0;
    dialog.setSaver([&] { id = m_offices.createRoom(dialog.room()); });
    if (dialog.exec() == QDialog::Accepted) {
        refresh(id);
        emit registerChanged();
    }
}

void RoomListTab::editCurrent()
{
    editRoom(currentId());
}

void RoomListTab::openCurrent()
{
    // Read-only users open the room to look at it.
    editRoom(currentId());
}

void RoomListTab::editRoom(qint64 id)
{
    Room current;
    if (id <= 0 || !runGuarded(this, tr("Edit room"), [&] { current = m_offices.room(id); }))
        return;
    RoomDialog dialog(m_org, current, this);
    if (!m_offices.canEdit() || current.isDisposed()) {
        dialog.setWindowTitle(tr("Room %1").arg(current.number));
        dialog.okButton()->setEnabled(false);
        dialog.okButton()->setVisible(false);
    }
    dialog.setSaver([&] { m_offices.updateRoom(dialog.room()); });
    if (dialog.exec() == QDialog::Accepted) {
        refresh(id);
        emit registerChanged();
    }
}

void RoomListTab::allocateCurrent()
{
    allocateRoom(currentId());
}

void RoomListTab::allocateRoom(qint64 id, const QString &staffNo)
{
    if (id <= 0)
        return;
    RoomRow row;
    bool found = false;
    runGuarded(this, tr("Allocate"), [&] {
        const Room r = m_offices.room(id);
        for (const RoomRow &candidate : m_offices.roomsOnFloor(r.buildingId, r.floor))
            if (candidate.room.id == id) {
                row = candidate;
                found = true;
            }
    });
    if (!found)
        return;
    AllocationDialog dialog(m_offices, m_org, row, this);
    if (!staffNo.isEmpty())
        dialog.setStaffNumber(staffNo);
    dialog.setSaver([&] { m_offices.allocate(dialog.request()); });
    if (dialog.exec() == QDialog::Accepted) {
        refresh(id);
        emit registerChanged();
    }
}

void RoomListTab::showHistory()
{
    const RoomRow *row = currentRow();
    if (!row)
        return;
    const qint64 id = row->room.id;
    HistoryDialog dialog(
        m_offices, tr("Allocations of %1 %2").arg(row->buildingName, row->room.number),
        [this, id] { return m_offices.roomHistory(id); }, m_offices.canEdit(), this);
    dialog.exec();
    if (dialog.changed()) {
        refresh(id);
        emit registerChanged();
    }
}

void RoomListTab::toggleRepair()
{
    const RoomRow *row = currentRow();
    if (!row)
        return;
    const bool repair = row->room.status != RoomStatus::Repair;
    runOnCurrent(repair ? tr("Repair") : tr("End repair"),
                 repair ? tr("Put room %1 under repair? It cannot be allocated meanwhile.")
                              .arg(row->room.number)
                        : tr("Room %1 is back in service?").arg(row->room.number),
                 [this, repair](qint64 id) { m_offices.setUnderRepair(id, repair); });
}

void RoomListTab::disposeCurrent()
{
    const RoomRow *row = currentRow();
    if (!row)
        return;
    const qint64 id = row->room.id;
    DisposalDialog dialog(row->buildingName + QLatin1Char(' ') + row->room.number,
                          m_offices.today(), this);
    dialog.setSaver([&] { m_offices.disposeRoom(id, dialog.date(), dialog.reason()); });
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit registerChanged();
    }
}

void RoomListTab::openAssistant()
{
    AssistantDialog dialog(m_offices, m_org, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenRoom() > 0)
        allocateRoom(dialog.chosenRoom(), dialog.staffNumber());
}

// --- RegisterTab ---------------------------------------------------------------------------

RegisterTab::RegisterTab(OfficeService &offices, OrgService &org, QWidget *parent)
    : Page(parent)
    , m_offices(offices)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("locationTree"));
    m_tree->setHeaderLabels({tr("Building / floor / room")});
    m_tree->setMinimumWidth(180);
    m_list = new RoomListTab(offices, org, splitter);
    m_list->setObjectName(QStringLiteral("roomList"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});
    layout->addWidget(splitter);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &RegisterTab::loadRooms);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { treeChosen(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, KindRole).toInt() == RoomItem)
            m_list->editRoom(item->data(0, RoomRole).toLongLong());
    });
    connect(m_list, &RoomListTab::registerChanged, this, &RegisterTab::reloadTree);
    setFocusProxy(m_list);
}

void RegisterTab::activate()
{
    reloadTree();
    m_list->activate();
}

void RegisterTab::reloadTree()
{
    QList<FloorEntry> floors;
    if (!runGuarded(this, tr("Rooms"), [&] { floors = m_offices.floors(); }))
        return;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QTreeWidgetItem *building = nullptr;
    for (const FloorEntry &f : floors) {
        if (!building || building->data(0, BuildingRole).toLongLong() != f.buildingId) {
            building = new QTreeWidgetItem(m_tree, {f.buildingCode + QStringLiteral("  ")
                                                    + f.buildingName});
            building->setData(0, KindRole, BuildingItem);
            building->setData(0, BuildingRole, f.buildingId);
        }
        auto *floor = new QTreeWidgetItem(building, {tr("Floor %1 (%n room(s))", nullptr, f.rooms)
                                                         .arg(f.floor)});
        floor->setData(0, KindRole, FloorItem);
        floor->setData(0, BuildingRole, f.buildingId);
        floor->setData(0, FloorRole, f.floor);
        floor->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }
}

void RegisterTab::loadRooms(QTreeWidgetItem *floorItem)
{
    if (!floorItem || floorItem->data(0, KindRole).toInt() != FloorItem
        || floorItem->childCount() > 0)
        return;
    QList<RoomRow> rooms;
    if (!runGuarded(this, tr("Rooms"), [&] {
            rooms = m_offices.roomsOnFloor(floorItem->data(0, BuildingRole).toLongLong(),
                                           floorItem->data(0, FloorRole).toInt());
        }))
        return;
    for (const RoomRow &r : rooms) {
        auto *item = new QTreeWidgetItem(
            floorItem, {r.occupantNames.isEmpty()
                            ? r.room.number
                            : tr("%1 — %2").arg(r.room.number, r.occupantNames)});
        item->setData(0, KindRole, RoomItem);
        item->setData(0, BuildingRole, r.room.buildingId);
        item->setData(0, FloorRole, r.room.floor);
        item->setData(0, RoomRole, r.room.id);
        item->setForeground(0, r.overStandard ? overStandardColour() : statusColour(r.room.status));
    }
}

void RegisterTab::treeChosen(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const qint64 building = item->data(0, BuildingRole).toLongLong();
    switch (item->data(0, KindRole).toInt()) {
    case BuildingItem: m_list->showLocation(building, INT_MIN); break;
    case FloorItem: m_list->showLocation(building, item->data(0, FloorRole).toInt()); break;
    case RoomItem:
        m_list->showLocation(building, item->data(0, FloorRole).toInt(),
                             item->data(0, RoomRole).toLongLong());
        break;
    default: break;
    }
}

// --- HistoryDialog -------------------------------------------------------------------------

HistoryDialog::HistoryDialog(OfficeService &offices, const QString &title,
                             std::function<QList<AllocationRow>()> load, bool canEnd,
                             QWidget *parent)
    : QDialog(parent)
    , m_offices(offices)
    , m_load(std::move(load))
{
    setWindowTitle(title);
    resize(760, 360);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Room"), tr("Occupant"), tr("Staff number"), tr("From"), tr("To"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_end = buttons->addButton(tr("&End allocation…"), QDialogButtonBox::ActionRole);
    m_end->setObjectName(QStringLiteral("endAllocation"));
    m_end->setVisible(canEnd);
    connect(m_end, &QPushButton::clicked, this, &HistoryDialog::endCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_end->setEnabled(row >= 0 && row < m_rows.size() && !m_rows.at(row).allocation.end.isValid());
    });
    reload();
}

void HistoryDialog::reload()
{
    runGuarded(this, windowTitle(), [&] { m_rows = m_load(); });
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const AllocationRow &r = m_rows.at(i);
        m_table->setItem(i, 0, cell(r.roomLabel));
        m_table->setItem(i, 1, cell(r.occupant));
        m_table->setItem(i, 2, cell(r.staffNo));
        m_table->setItem(i, 3, cell(r.allocation.start.toString(Qt::ISODate)));
        m_table->setItem(i, 4, cell(r.allocation.end.isValid()
                                        ? r.allocation.end.toString(Qt::ISODate)
                                        : tr("current")));
        QStringList note;
        if (r.flagged)
            note << tr("retired or left the post: end this allocation");
        if (!r.allocation.reason.isEmpty())
            note << tr("approved over the limit: %1").arg(r.allocation.reason);
        m_table->setItem(i, 5, cell(note.join(tr("; "))));
        if (r.flagged)
            for (int c = 0; c < 6; ++c)
                m_table->item(i, c)->setForeground(overStandardColour());
    }
    m_table->resizeColumnsToContents();
    m_end->setEnabled(false);
    if (!m_rows.isEmpty())
        m_table->setCurrentCell(0, 0);
}

void HistoryDialog::endCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    const AllocationRow &r = m_rows.at(row);
    bool ok = false;
    const QString day = QInputDialog::getText(
        this, tr("End allocation"),
        tr("%1 leaves %2 on (the first day no longer there, YYYY-MM-DD):")
            .arg(r.occupant, r.roomLabel),
        QLineEdit::Normal, m_offices.today().toString(Qt::ISODate), &ok);
    if (!ok)
        return;
    const QDate end = QDate::fromString(day.trimmed(), Qt::ISODate);
    if (!end.isValid()) {
        showError(this, tr("End allocation"), tr("\"%1\" is not a date (YYYY-MM-DD).").arg(day));
        return;
    }
    if (runGuarded(this, tr("End allocation"),
                   [&] { m_offices.endAllocation(r.allocation.id, end); })) {
        m_changed = true;
        reload();
    }
}

// --- CasesTab ------------------------------------------------------------------------------

CasesTab::CasesTab(OfficeService &offices, QWidget *parent)
    : RecordListTab(tr("Over-standard cases"), EditRecord, parent)
    , m_offices(offices)
{
    editAction()->setText(tr("&Edit plan…"));
    m_recheck = new QAction(tr("Re-chec&k all"), this);
    m_recheck->setObjectName(QStringLiteral("recheckAction"));
    m_recheck->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_recheck->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_recheck, &QAction::triggered, this, &CasesTab::recheckAll);
    QWidget::addAction(m_recheck);
    toolBar()->addAction(m_recheck);
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    addFilter(m_overdueOnly);
    m_showClosed = new QCheckBox(tr("Show clo&sed"), this);
    m_showClosed->setObjectName(QStringLiteral("showClosed"));
    addFilter(m_showClosed);
    m_model = new CaseTableModel(offices, this);
    setModel(m_model, QStringLiteral("casesTable"));
    const int widths[] = {110, 160, 130, 80, 80, 80, 90, 130};
    for (int c = 0; c < int(std::size(widths)); ++c)
        view()->setColumnWidth(c, widths[c]);
}

bool CasesTab::canEdit() const
{
    m_recheck->setVisible(m_offices.canEdit());
    return m_offices.canEdit();
}

void CasesTab::applyFilter()
{
    CaseFilter f = m_model->filter();
    f.overdueOnly = m_overdueOnly->isChecked();
    f.openOnly = !m_showClosed->isChecked();
    m_model->setFilter(f);
}

QString CasesTab::countText() const
{
    const int n = m_offices.countCases(m_model->filter());
    const int overdue = m_offices.countOverdueCases();
    if (n == 0)
        return tr("No cases match the filter.");
    return tr("%n case(s)", nullptr, n) + tr(", %n overdue", nullptr, overdue);
}

void CasesTab::editCurrent()
{
    const CaseRow *row = m_model->rowAt(view()->currentIndex().row());
    if (!row)
        return;
    CaseDialog dialog(*row, this);
    const bool editable = m_offices.canEdit() && row->overCase.status == CaseStatus::Open;
    dialog.okButton()->setVisible(editable);
    const qint64 id = row->overCase.id;
    dialog.setSaver([&] { m_offices.updateCasePlan(id, dialog.plan(), dialog.deadline()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh(id);
}

void CasesTab::recheckAll()
{
    RecheckResult r;
    if (runGuarded(this, tr("Re-check all"), [&] { r = m_offices.recheckAll(); })) {
        refresh();
        QMessageBox::information(this, tr("Re-check all"), OfficeService::describe(r));
    }
}

// --- TotalsTab -----------------------------------------------------------------------------

TotalsTab::TotalsTab(OfficeService &offices, QWidget *parent)
    : Page(parent)
    , m_offices(offices)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_note = new QLabel(tr("Office area is the sum of the staff's shares of their offices; "
                           "service area the rooms allocated to the department. Lent-out and "
                           "disposed rooms count for no one."),
                        this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("totalsTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Department"), tr("Office area (m²)"),
                                        tr("Service area (m²)"), tr("Staff"),
                                        tr("m² per person"), tr("Approved area (m²)"),
                                        tr("Over approved (m²)")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

void TotalsTab::activate()
{
    QList<DepartmentTotal> totals;
    if (!runGuarded(this, tr("Department totals"), [&] { totals = m_offices.departmentTotals(); }))
        return;
    m_table->setRowCount(int(totals.size()));
    for (int i = 0; i < totals.size(); ++i) {
        const DepartmentTotal &t = totals.at(i);
        m_table->setItem(i, 0, cell(t.name));
        m_table->setItem(i, 1, cell(formatArea(t.officeArea), true));
        m_table->setItem(i, 2, cell(formatArea(t.serviceArea), true));
        m_table->setItem(i, 3, cell(QString::number(t.staffCount), true));
        m_table->setItem(i, 4, cell(formatArea(t.perPerson()), true));
        m_table->setItem(i, 5, cell(t.approvedArea > 0 ? formatArea(t.approvedArea) : tr("—"), true));
        m_table->setItem(i, 6, cell(t.excess() > 0 ? formatArea(t.excess()) : QString(), true));
        if (t.excess() > 0)
            m_table->item(i, 6)->setForeground(overStandardColour());
    }
}

} // namespace ga::offices

#include "widgets/org/OrgTabs.h"

#include "org/OrgService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/org/OrgDialogs.h"
#include "widgets/org/OrgTableModels.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ga {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kSearchDelayMs = 250;

QTableView *createTableView(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    view->setTabKeyNavigation(false);
    return view;
}

QLineEdit *createSearch(QWidget *parent, const QString &hint)
{
    auto *search = new QLineEdit(parent);
    search->setObjectName(QStringLiteral("search"));
    search->setPlaceholderText(hint);
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(220);
    return search;
}

} // namespace

// --- OrgRecordTab --------------------------------------------------------------------------

OrgRecordTab::OrgRecordTab(OrgService &org, QWidget *parent)
    : Page(parent)
    , m_org(org)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layout->addWidget(m_toolBar);

    m_add = createAction(tr("&New…"), QKeySequence::New, &OrgRecordTab::addRecord);
    m_add->setObjectName(QStringLiteral("newAction"));
    m_edit = createAction(tr("&Edit…"), QKeySequence(Qt::Key_F2), &OrgRecordTab::editCurrent);
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_retire = createAction(tr("&Retire…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            &OrgRecordTab::retireCurrent);
    m_retire->setObjectName(QStringLiteral("retireAction"));
    m_reactivate = createAction(tr("Re&activate…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                                &OrgRecordTab::reactivateCurrent);
    m_reactivate->setObjectName(QStringLiteral("reactivateAction"));
    m_delete = createAction(tr("&Delete…"), QKeySequence::Delete, &OrgRecordTab::deleteCurrent);
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_toolBar->addAction(m_add);
    m_toolBar->addAction(m_edit);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_retire);
    m_toolBar->addAction(m_reactivate);
    m_toolBar->addAction(m_delete);
}

QAction *OrgRecordTab::createAction(const QString &text, const QKeySequence &shortcut,
                                    void (OrgRecordTab::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                     shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, slot] { (this->*slot)(); });
    QWidget::addAction(action);
    return action;
}

void OrgRecordTab::activate()
{
    reload();
    updateActions();
}

void OrgRecordTab::updateActions()
{
    const bool editor = m_org.canEdit();
    const std::optional<OrgStatus> status = currentStatus();
    for (QAction *a : {m_add, m_edit, m_retire, m_reactivate, m_delete})
        a->setVisible(editor);
    m_add->setEnabled(editor);
    m_edit->setEnabled(editor && status.has_value());
    m_retire->setEnabled(editor && status == OrgStatus::Active);
    m_reactivate->setEnabled(editor && status == OrgStatus::Retired);
    m_delete->setEnabled(editor && status.has_value());
    m_toolBar->setVisible(editor);
}

bool OrgRecordTab::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
           == QMessageBox::Yes;
}

bool OrgRecordTab::confirmAndRun(const QString &title, const QString &question,
                                 const std::function<void()> &action)
{
    return confirm(title, question) && runGuarded(this, title, action);
}

QTimer *OrgRecordTab::connectSearch(QLineEdit *search, const std::function<void()> &apply)
{
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [search] {
        search->setFocus();
        search->selectAll();
    });
    QWidget::addAction(find);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(kSearchDelayMs);
    connect(timer, &QTimer::timeout, this, apply);
    connect(search, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(search, &QLineEdit::returnPressed, this, apply);
    return timer;
}

void OrgRecordTab::connectTable(QTableView *view)
{
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateActions(); });
    connect(view, &QAbstractItemView::activated, this, [this] {
        if (editAction()->isEnabled())
            editCurrent();
    });
}

// --- DepartmentsTab ------------------------------------------------------------------------

DepartmentsTab::DepartmentsTab(OrgService &org, QWidget *parent)
    : OrgRecordTab(org, parent)
{
    newAction()->setText(tr("&New department…"));
    m_showRetired = new QCheckBox(tr("Show re&tired"), this);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    m_summary = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_showRetired);
    bar->addStretch();
    bar->addWidget(m_summary);
    mainLayout()->addLayout(bar);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("departmentsTree"));
    m_tree->setHeaderLabels({tr("Department"), tr("Code"), tr("Kind"), tr("Staff"),
                             tr("Staff incl. sub-departments"), tr("Approved area (m²)"),
                             tr("Phone"), tr("Status")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mainLayout()->addWidget(m_tree, 1);

    connect(m_showRetired, &QCheckBox::toggled, this, [this] { reload(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { updateActions(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (editAction()->isEnabled())
            editCurrent();
    });
    setFocusProxy(m_tree);
}

qint64 DepartmentsTab::currentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void DepartmentsTab::select(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
    }
}

std::optional<OrgStatus> DepartmentsTab::currentStatus() const
{
    const qint64 id = currentId();
    for (const DepartmentEntry &e : m_entries) {
        if (e.department.id == id)
            return e.department.status;
    }
    return std::nullopt;
}

void DepartmentsTab::reload()
{
    const qint64 keep = currentId();
    QList<DepartmentEntry> entries;
    if (!runGuarded(this, tr("Departments"),
                    [&] { entries = m_org.departmentTree(m_showRetired->isChecked()); }))
        return;
    m_entries = entries;
    m_tree->clear();
    QList<QTreeWidgetItem *> parents; // the last item at each depth
    int agencies = 0;
    for (const DepartmentEntry &e : m_entries) {
        const Department &d = e.department;
        if (d.kind == DepartmentKind::Agency)
            ++agencies;
        auto *item = e.depth == 0 || parents.size() < e.depth
                         ? new QTreeWidgetItem(m_tree)
                         : new QTreeWidgetItem(parents.at(e.depth - 1));
        item->setText(0, d.name);
        item->setToolTip(0, e.path);
        item->setData(0, kIdRole, d.id);
        item->setText(1, d.code);
        item->setText(2, departmentKindDisplayName(d.kind));
        item->setText(3, QString::number(e.staffCount));
        item->setText(4, QString::number(e.subtreeStaffCount));
        item->setText(5, d.approvedArea > 0 ? formatArea(d.approvedArea) : QString());
        item->setText(6, d.phone);
        item->setText(7, orgStatusDisplayName(d.status));
        for (int c : {3, 4, 5})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (!d.isActive()) {
            for (int c = 0; c < m_tree->columnCount(); ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        parents.resize(e.depth);
        parents.append(item);
    }
    m_tree->expandToDepth(0);
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    m_summary->setText(m_entries.isEmpty()
                           ? tr("No departments yet. Press New department to add the bureau.")
                           : tr("%n department(s), of which %1 agencies", nullptr,
                                int(m_entries.size()))
                                 .arg(agencies));
    if (keep > 0)
        select(keep);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateActions();
}

void DepartmentsTab::addRecord()
{
    Department initial;
    const qint64 selected = currentId();
    const std::optional<OrgStatus> status = currentStatus();
    if (selected > 0 && status == OrgStatus::Active) {
        initial.parentId = selected;
        for (const DepartmentEntry &e : m_entries) {
            if (e.department.id == selected)
                initial.kind = e.department.kind == DepartmentKind::Bureau ? DepartmentKind::Agency
                                                                           : DepartmentKind::Division;
        }
    } else {
        initial.kind = m_entries.isEmpty() ? DepartmentKind::Bureau : DepartmentKind::Agency;
    }
    DepartmentDialog dialog(m_org, initial, this);
    qint64 id = 0;
    dialog.setSaver([&] { id = m_org.createDepartment(dialog.department()); });
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        select(id);
    }
}

void DepartmentsTab::editCurrent()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    Department current;
    if (!runGuarded(this, tr("Edit department"), [&] { current = m_org.department(id); }))
        return;
    DepartmentDialog dialog(m_org, current, this);
    dialog.setSaver([&] { m_org.updateDepartment(dialog.department()); });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void DepartmentsTab::retireCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || currentStatus() != OrgStatus::Active)
        return;
    if (confirmAndRun(
            tr("Retire department"),
            tr("Retire \"%1\"? It stays in the records and history but no longer receives "
               "staff.")
                .arg(item->text(0)),
            [&] { m_org.retireDepartment(currentId()); }))
        reload();
}

void DepartmentsTab::reactivateCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || currentStatus() != OrgStatus::Retired)
        return;
    if (confirmAndRun(tr("Reactivate department"), tr("Reactivate \"%1\"?").arg(item->text(0)),
                      [&] { m_org.reactivateDepartment(currentId()); }))
        reload();
}

void DepartmentsTab::deleteCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    if (confirmAndRun(tr("Delete department"),
                      tr("Delete \"%1\" for good? Only a department nothing refers to can be "
                         "deleted.")
                          .arg(item->text(0)),
                      [&] { m_org.deleteDepartment(currentId()); }))
        reload();
}

// --- StaffTab ------------------------------------------------------------------------------

StaffTab::StaffTab(OrgService &org, QWidget *parent)
    : OrgRecordTab(org, parent)
{
    newAction()->setText(tr("&New staff member…"));
    m_search = createSearch(this, tr("Search name or staff number"));
    m_search->setObjectName(QStringLiteral("staffSearch"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("staffDepartment"));
    m_department->setMinimumWidth(200);
    m_department->setMaximumWidth(360);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rank = new QComboBox(this);
    m_rank->setObjectName(QStringLiteral("staffRank"));
    m_rank->setMinimumWidth(160);
    m_transferredOnly = new QCheckBox(tr("Transferred &cadres only"), this);
    m_transferredOnly->setObjectName(QStringLiteral("transferredOnly"));
    m_showRetired = new QCheckBox(tr("Show re&tired"), this);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    auto *deptLabel = new QLabel(tr("De&partment:"), this);
    deptLabel->setBuddy(m_department);
    bar->addWidget(deptLabel);
    bar->addWidget(m_department, 2);
    auto *rankLabel = new QLabel(tr("Ran&k:"), this);
    rankLabel->setBuddy(m_rank);
    bar->addWidget(rankLabel);
    bar->addWidget(m_rank, 1);
    bar->addWidget(m_transferredOnly);
    bar->addWidget(m_showRetired);
    bar->addStretch();
    bar->addWidget(m_count);
    mainLayout()->addLayout(bar);

    m_model = new StaffTableModel(org, this);
    m_view = createTableView(this, QStringLiteral("staffTable"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(StaffTableModel::StaffNo, Qt::AscendingOrder);
    m_view->setColumnWidth(StaffTableModel::StaffNo, 110);
    m_view->setColumnWidth(StaffTableModel::Name, 110);
    m_view->setColumnWidth(StaffTableModel::Department, 200);
    m_view->setColumnWidth(StaffTableModel::Rank, 210);
    m_view->setColumnWidth(StaffTableModel::Post, 140);
    m_view->setColumnWidth(StaffTableModel::PostStart, 100);
    m_view->setColumnWidth(StaffTableModel::PostEnd, 100);
    m_view->setColumnWidth(StaffTableModel::Transferred, 90);
    mainLayout()->addWidget(m_view, 1);

    m_searchTimer = connectSearch(m_search, [this] { applyFilter(); });
    connect(m_department, &QComboBox::activated, this, &StaffTab::applyFilter);
    connect(m_rank, &QComboBox::activated, this, &StaffTab::applyFilter);
    connect(m_transferredOnly, &QCheckBox::toggled, this, &StaffTab::applyFilter);
    connect(m_showRetired, &QCheckBox::toggled, this, &StaffTab::applyFilter);
    connect(m_model, &PagedTableModel::reloaded, this, &StaffTab::updateCount);
    connectTable(m_view);
    setTabOrder(m_search, m_department);
    setTabOrder(m_department, m_rank);
    setTabOrder(m_rank, m_transferredOnly);
    setTabOrder(m_transferredOnly, m_showRetired);
    setTabOrder(m_showRetired, m_view);
    setFocusProxy(m_search);
}

void StaffTab::refreshCombos()
{
    QList<DepartmentEntry> tree;
    QList<Rank> ranks;
    runGuarded(this, tr("Staff"), [&] {
        tree = m_org.departmentTree(false);
        ranks = m_org.ranks(true);
    });
    fillDepartmentCombo(m_department, tree, tr("All departments"));
    const qint64 keepRank = comboId(m_rank);
    m_rank->clear();
    m_rank->addItem(tr("All ranks"), qint64(0));
    for (const Rank &r : ranks)
        m_rank->addItem(tr("%1 (%2)").arg(r.displayName(), rankLevelDisplayName(r.level)), r.id);
    selectComboId(m_rank, keepRank);
}

void StaffTab::reload()
{
    refreshCombos();
    applyFilter();
}

void StaffTab::applyFilter()
{
    m_searchTimer->stop();
    const qint64 keep = currentId();
    StaffFilter f = m_model->filter();
    f.text = m_search->text().trimmed();
    f.departmentId = comboId(m_department);
    f.rankId = comboId(m_rank);
    f.transferredOnly = m_transferredOnly->isChecked();
    f.includeRetired = m_showRetired->isChecked();
    runGuarded(this, tr("Staff"), [&] { m_model->setFilter(f); });
    if (keep > 0)
        select(keep);
    updateActions();
}

void StaffTab::updateCount()
{
    int n = 0;
    runGuarded(this, tr("Staff"), [&] { n = m_org.countStaff(m_model->filter()); });
    m_count->setText(n == 0 ? tr("No staff match the filter.") : tr("%n staff member(s)", nullptr, n));
}

qint64 StaffTab::currentId() const
{
    const StaffRow *row = m_model->rowAt(m_view->currentIndex().row());
    return row ? row->staff.id : 0;
}

void StaffTab::select(qint64 id)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rowAt(r)->staff.id == id) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            return;
        }
    }
}

std::optional<OrgStatus> StaffTab::currentStatus() const
{
    const StaffRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row)
        return std::nullopt;
    return row->staff.status;
}

void StaffTab::addRecord()
{
    Staff initial;
    initial.departmentId = comboId(m_department);
    initial.rankId = comboId(m_rank);
    StaffDialog dialog(m_org, initial, this);
    qint64 id = 0;
    dialog.setSaver([&] { id = m_org.createStaff(dialog.staff()); });
    if (dialog.exec() == QDialog::Accepted) {
        applyFilter();
        select(id);
    }
}

void StaffTab::editCurrent()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    Staff current;
    if (!runGuarded(this, tr("Edit staff member"), [&] { current = m_org.staff(id); }))
        return;
    StaffDialog dialog(m_org, current, this);
    dialog.setSaver([&] { m_org.updateStaff(dialog.staff()); });
    if (dialog.exec() == QDialog::Accepted)
        applyFilter();
}

void StaffTab::retireCurrent()
{
    const StaffRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row || !row->staff.isActive())
        return;
    const qint64 id = row->staff.id;
    if (confirmAndRun(tr("Retire staff member"),
                      tr("Retire %1 (%2)? The record and its history are kept.")
                          .arg(row->staff.name, row->staff.staffNo),
                      [&] { m_org.retireStaff(id); }))
        applyFilter();
}

void StaffTab::reactivateCurrent()
{
    const StaffRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row || row->staff.isActive())
        return;
    const qint64 id = row->staff.id;
    if (confirmAndRun(tr("Reactivate staff member"),
                      tr("Reactivate %1 (%2)?").arg(row->staff.name, row->staff.staffNo),
                      [&] { m_org.reactivateStaff(id); }))
        applyFilter();
}

void StaffTab::deleteCurrent()
{
    const StaffRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row)
        return;
    const qint64 id = row->staff.id;
    if (confirmAndRun(tr("Delete staff member"),
                      tr("Delete %1 (%2) for good? Only a record nothing refers to can be deleted.")
                          .arg(row->staff.name, row->staff.staffNo),
                      [&] { m_org.deleteStaff(id); }))
        applyFilter();
}

// --- BuildingsTab --------------------------------------------------------------------------

BuildingsTab::BuildingsTab(OrgService &org, QWidget *parent)
    : OrgRecordTab(org, parent)
{
    newAction()->setText(tr("&New building…"));
    m_search = createSearch(this, tr("Search code, name, campus or address"));
    m_search->setObjectName(QStringLiteral("buildingSearch"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("buildingDepartment"));
    m_department->setMinimumWidth(200);
    m_department->setMaximumWidth(360);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_showRetired = new QCheckBox(tr("Show re&tired"), this);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    auto *deptLabel = new QLabel(tr("Managing de&partment:"), this);
    deptLabel->setBuddy(m_department);
    bar->addWidget(deptLabel);
    bar->addWidget(m_department, 2);
    bar->addWidget(m_showRetired);
    bar->addStretch();
    bar->addWidget(m_count);
    mainLayout()->addLayout(bar);

    m_model = new BuildingTableModel(org, this);
    m_view = createTableView(this, QStringLiteral("buildingsTable"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(BuildingTableModel::Code, Qt::AscendingOrder);
    m_view->setColumnWidth(BuildingTableModel::Code, 100);
    m_view->setColumnWidth(BuildingTableModel::Name, 180);
    m_view->setColumnWidth(BuildingTableModel::Campus, 140);
    m_view->setColumnWidth(BuildingTableModel::Department, 180);
    m_view->setColumnWidth(BuildingTableModel::GrossArea, 130);
    m_view->setColumnWidth(BuildingTableModel::UsableArea, 130);
    m_view->setColumnWidth(BuildingTableModel::EnergyUsers, 100);
    m_view->setColumnWidth(BuildingTableModel::YearBuilt, 90);
    mainLayout()->addWidget(m_view, 1);

    m_searchTimer = connectSearch(m_search, [this] { applyFilter(); });
    connect(m_department, &QComboBox::activated, this, &BuildingsTab::applyFilter);
    connect(m_showRetired, &QCheckBox::toggled, this, &BuildingsTab::applyFilter);
    connect(m_model, &PagedTableModel::reloaded, this, &BuildingsTab::updateCount);
    connectTable(m_view);
    setTabOrder(m_search, m_department);
    setTabOrder(m_department, m_showRetired);
    setTabOrder(m_showRetired, m_view);
    setFocusProxy(m_search);
}

void BuildingsTab::reload()
{
    QList<DepartmentEntry> tree;
    runGuarded(this, tr("Buildings"), [&] { tree = m_org.departmentTree(false); });
    fillDepartmentCombo(m_department, tree, tr("All departments"));
    applyFilter();
}

void BuildingsTab::applyFilter()
{
    m_searchTimer->stop();
    const qint64 keep = currentId();
    BuildingFilter f = m_model->filter();
    f.text = m_search->text().trimmed();
    f.departmentId = comboId(m_department);
    f.includeRetired = m_showRetired->isChecked();
    runGuarded(this, tr("Buildings"), [&] { m_model->setFilter(f); });
    if (keep > 0)
        select(keep);
    updateActions();
}

void BuildingsTab::updateCount()
{
    int n = 0;
    runGuarded(this, tr("Buildings"), [&] { n = m_org.countBuildings(m_model->filter()); });
    m_count->setText(n == 0 ? tr("No buildings match the filter.") : tr("%n building(s)", nullptr, n));
}

qint64 BuildingsTab::currentId() const
{
    const BuildingRow *row = m_model->rowAt(m_view->currentIndex().row());
    return row ? row->building.id : 0;
}

void BuildingsTab::select(qint64 id)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rowAt(r)->building.id == id) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            return;
        }
    }
}

std::optional<OrgStatus> BuildingsTab::currentStatus() const
{
    const BuildingRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row)
        return std::nullopt;
    return row->building.status;
}

void BuildingsTab::addRecord()
{
    Building initial;
    initial.departmentId = comboId(m_department);
    BuildingDialog dialog(m_org, initial, this);
    qint64 id = 0;
    dialog.setSaver([&] { id = m_org.createBuilding(dialog.building()); });
    if (dialog.exec() == QDialog::Accepted) {
        applyFilter();
        select(id);
    }
}

void BuildingsTab::editCurrent()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    Building current;
    if (!runGuarded(this, tr("Edit building"), [&] { current = m_org.building(id); }))
        return;
    BuildingDialog dialog(m_org, current, this);
    dialog.setSaver([&] { m_org.updateBuilding(dialog.building()); });
    if (dialog.exec() == QDialog::Accepted)
        applyFilter();
}

void BuildingsTab::retireCurrent()
{
    const BuildingRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row || !row->building.isActive())
        return;
    const qint64 id = row->building.id;
    if (confirmAndRun(
            tr("Retire building"),
            tr("Retire \"%1\"? The record and its history are kept.").arg(row->building.name),
            [&] { m_org.retireBuilding(id); }))
        applyFilter();
}

void BuildingsTab::reactivateCurrent()
{
    const BuildingRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row || row->building.isActive())
        return;
    const qint64 id = row->building.id;
    if (confirmAndRun(tr("Reactivate building"), tr("Reactivate \"%1\"?").arg(row->building.name),
                      [&] { m_org.reactivateBuilding(id); }))
        applyFilter();
}

void BuildingsTab::deleteCurrent()
{
    const BuildingRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row)
        return;
    const qint64 id = row->building.id;
    if (confirmAndRun(
            tr("Delete building"),
            tr("Delete \"%1\" for good? Only a building nothing refers to can be deleted.")
                .arg(row->building.name),
            [&] { m_org.deleteBuilding(id); }))
        applyFilter();
}

// --- RanksTab ------------------------------------------------------------------------------

RanksTab::RanksTab(OrgService &org, QWidget *parent)
    : Page(parent)
    , m_org(org)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    bar->addWidget(m_note, 1);
    m_edit = new QAction(tr("&Edit standard…"), this);
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_edit, &QAction::triggered, this, &RanksTab::editCurrent);
    QWidget::addAction(m_edit);
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_edit);
    bar->addWidget(toolBar);
    layout->addLayout(bar);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("ranksTree"));
    m_tree->setHeaderLabels({tr("Rank"), tr("English name"), tr("Code"),
                             tr("Office area limit per person (m²)"), tr("Offered")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this] { m_edit->setEnabled(m_org.canEditRanks() && currentId() > 0); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (m_edit->isEnabled())
            editCurrent();
    });
    setFocusProxy(m_tree);
}

void RanksTab::activate()
{
    const bool admin = m_org.canEditRanks();
    m_edit->setVisible(admin);
    m_note->setText(admin ? tr("Per-person office usable-area limits by rank "
                               "(office building standard for Party and government organs, "
                               "2014). Changes are audited.")
                          : tr("Per-person office usable-area limits by rank "
                               "(office building standard for Party and government organs, "
                               "2014). Only administrators can change them."));
    reload();
}

qint64 RanksTab::currentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void RanksTab::reload()
{
    const qint64 keep = currentId();
    QList<Rank> ranks;
    if (!runGuarded(this, tr("Ranks"), [&] { ranks = m_org.ranks(true); }))
        return;
    m_tree->clear();
    QHash<int, QTreeWidgetItem *> levels;
    QTreeWidgetItem *toSelect = nullptr;
    for (RankLevel level : allRankLevels()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, rankLevelDisplayName(level));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        levels.insert(static_cast<int>(level), item);
    }
    for (const Rank &r : ranks) {
        auto *item = new QTreeWidgetItem(levels.value(static_cast<int>(r.level)));
        item->setText(0, r.name);
        item->setData(0, kIdRole, r.id);
        item->setText(1, r.nameEn);
        item->setText(2, r.code);
        item->setText(3, formatArea(r.officeLimit));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(4, r.active ? tr("Yes") : tr("No"));
        if (!r.active) {
            for (int c = 0; c < m_tree->columnCount(); ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (r.id == keep)
            toSelect = item;
    }
    m_tree->expandAll();
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    if (!toSelect && !ranks.isEmpty()) {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            if ((*it)->data(0, kIdRole).toLongLong() > 0) {
                toSelect = *it;
                break;
            }
        }
    }
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    m_edit->setEnabled(m_org.canEditRanks() && currentId() > 0);
}

void RanksTab::editCurrent()
{
    const qint64 id = currentId();
    if (id <= 0 || !m_org.canEditRanks())
        return;
    Rank current;
    if (!runGuarded(this, tr("Edit rank standard"), [&] { current = m_org.rank(id); }))
        return;
    RankDialog dialog(current, this);
    dialog.setSaver([&] { m_org.updateRank(dialog.rank()); });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace ga

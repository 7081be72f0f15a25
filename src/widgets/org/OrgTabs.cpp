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

} // namespace

// --- DepartmentsTab ------------------------------------------------------------------------

DepartmentsTab::DepartmentsTab(OrgService &org, QWidget *parent)
    : RecordCommandsPage(tr("Departments"), kAllCommands, parent)
    , m_org(org)
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

bool DepartmentsTab::canEdit() const
{
    return m_org.canEdit();
}

std::optional<RecordCommandsPage::Current> DepartmentsTab::currentRecord() const
{
    const qint64 id = currentId();
    for (const DepartmentEntry &e : m_entries) {
        if (e.department.id == id)
            return Current {id, e.department.isActive()};
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
    const std::optional<Current> current = currentRecord();
    if (current && current->active) {
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
    if (!item || !currentRecord() || !currentRecord()->active)
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
    if (!item || !currentRecord() || currentRecord()->active)
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
    : RecordListTab(tr("Staff"), kAllCommands, parent)
    , m_org(org)
{
    newAction()->setText(tr("&New staff member…"));
    addSearch(tr("Search name or staff number"))->setObjectName(QStringLiteral("staffSearch"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("staffDepartment"));
    m_department->setMinimumWidth(200);
    m_department->setMaximumWidth(360);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addFilter(tr("De&partment:"), m_department);
    m_rank = new QComboBox(this);
    m_rank->setObjectName(QStringLiteral("staffRank"));
    m_rank->setMinimumWidth(160);
    addFilter(tr("Ran&k:"), m_rank);
    m_transferredOnly = new QCheckBox(tr("Transferred &cadres only"), this);
    m_transferredOnly->setObjectName(QStringLiteral("transferredOnly"));
    addFilter(m_transferredOnly);
    m_showRetired = new QCheckBox(tr("Show re&tired"), this);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    addFilter(m_showRetired);

    m_model = new StaffTableModel(org, this);
    setModel(m_model, QStringLiteral("staffTable"));
    view()->horizontalHeader()->setSortIndicator(StaffTableModel::StaffNo, Qt::AscendingOrder);
    const int widths[] = {110, 110, 200, 210, 140, 100, 100, 90};
    for (int c = 0; c < int(std::size(widths)); ++c)
        view()->setColumnWidth(c, widths[c]);
}

bool StaffTab::canEdit() const
{
    return m_org.canEdit();
}

void StaffTab::reloadChoices()
{
    QList<DepartmentEntry> tree;
    QList<Rank> ranks;
    runGuarded(this, title(), [&] {
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

void StaffTab::applyFilter()
{
    StaffFilter f = m_model->filter();
    f.text = searchEdit()->text().trimmed();
    f.departmentId = comboId(m_department);
    f.rankId = comboId(m_rank);
    f.transferredOnly = m_transferredOnly->isChecked();
    f.includeRetired = m_showRetired->isChecked();
    m_model->setFilter(f);
}

QString StaffTab::countText() const
{
    const int n = m_org.countStaff(m_model->filter());
    return n == 0 ? tr("No staff match the filter.") : tr("%n staff member(s)", nullptr, n);
}

const StaffRow *StaffTab::currentRow() const
{
    return m_model->rowAt(view()->currentIndex().row());
}

void StaffTab::addRecord()
{
    Staff initial;
    initial.departmentId = comboId(m_department);
    initial.rankId = comboId(m_rank);
    StaffDialog dialog(m_org, initial, this);
    qint64 id = 0;
    dialog.setSaver([&] { id = m_org.createStaff(dialog.staff()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh(id);
}

void StaffTab::editCurrent()
{
    const qint64 id = currentId();
    Staff current;
    if (id <= 0 || !runGuarded(this, tr("Edit staff member"), [&] { current = m_org.staff(id); }))
        return;
    StaffDialog dialog(m_org, current, this);
    dialog.setSaver([&] { m_org.updateStaff(dialog.staff()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void StaffTab::retireCurrent()
{
    if (const StaffRow *row = currentRow(); row && row->staff.isActive())
        runOnCurrent(tr("Retire staff member"),
                     tr("Retire %1 (%2)? The record and its history are kept.")
                         .arg(row->staff.name, row->staff.staffNo),
                     [this](qint64 id) { m_org.retireStaff(id); });
}

void StaffTab::reactivateCurrent()
{
    if (const StaffRow *row = currentRow(); row && !row->staff.isActive())
        runOnCurrent(tr("Reactivate staff member"),
                     tr("Reactivate %1 (%2)?").arg(row->staff.name, row->staff.staffNo),
                     [this](qint64 id) { m_org.reactivateStaff(id); });
}

void StaffTab::deleteCurrent()
{
    if (const StaffRow *row = currentRow())
        runOnCurrent(tr("Delete staff member"),
                     tr("Delete %1 (%2) for good? Only a record nothing refers to can be deleted.")
                         .arg(row->staff.name, row->staff.staffNo),
                     [this](qint64 id) { m_org.deleteStaff(id); });
}

// --- BuildingsTab --------------------------------------------------------------------------

BuildingsTab::BuildingsTab(OrgService &org, QWidget *parent)
    : RecordListTab(tr("Buildings"), kAllCommands, parent)
    , m_org(org)
{
    newAction()->setText(tr("&New building…"));
    addSearch(tr("Search code, name, campus or address"))
        ->setObjectName(QStringLiteral("buildingSearch"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("buildingDepartment"));
    m_department->setMinimumWidth(200);
    m_department->setMaximumWidth(360);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addFilter(tr("Managing de&partment:"), m_department);
    m_showRetired = new QCheckBox(tr("Show re&tired"), this);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    addFilter(m_showRetired);

    m_model = new BuildingTableModel(org, this);
    setModel(m_model, QStringLiteral("buildingsTable"));
    view()->horizontalHeader()->setSortIndicator(BuildingTableModel::Code, Qt::AscendingOrder);
    const int widths[] = {100, 180, 140, 180, 130, 130, 100, 90};
    for (int c = 0; c < int(std::size(widths)); ++c)
        view()->setColumnWidth(c, widths[c]);
}

bool BuildingsTab::canEdit() const
{
    return m_org.canEdit();
}

void BuildingsTab::reloadChoices()
{
    QList<DepartmentEntry> tree;
    runGuarded(this, title(), [&] { tree = m_org.departmentTree(false); });
    fillDepartmentCombo(m_department, tree, tr("All departments"));
}

void BuildingsTab::applyFilter()
{
    BuildingFilter f = m_model->filter();
    f.text = searchEdit()->text().trimmed();
    f.departmentId = comboId(m_department);
    f.includeRetired = m_showRetired->isChecked();
    m_model->setFilter(f);
}

QString BuildingsTab::countText() const
{
    const int n = m_org.countBuildings(m_model->filter());
    return n == 0 ? tr("No buildings match the filter.") : tr("%n building(s)", nullptr, n);
}

const BuildingRow *BuildingsTab::currentRow() const
{
    return m_model->rowAt(view()->currentIndex().row());
}

void BuildingsTab::addRecord()
{
    Building initial;
    initial.departmentId = comboId(m_department);
    BuildingDialog dialog(m_org, initial, this);
    qint64 id = 0;
    dialog.setSaver([&] { id = m_org.createBuilding(dialog.building()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh(id);
}

void BuildingsTab::editCurrent()
{
    const qint64 id = currentId();
    Building current;
    if (id <= 0
        || !runGuarded(this, tr("Edit building"), [&] { current = m_org.building(id); }))
        return;
    BuildingDialog dialog(m_org, current, this);
    dialog.setSaver([&] { m_org.updateBuilding(dialog.building()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void BuildingsTab::retireCurrent()
{
    if (const BuildingRow *row = currentRow(); row && row->building.isActive())
        runOnCurrent(
            tr("Retire building"),
            tr("Retire \"%1\"? The record and its history are kept.").arg(row->building.name),
            [this](qint64 id) { m_org.retireBuilding(id); });
}

void BuildingsTab::reactivateCurrent()
{
    if (const BuildingRow *row = currentRow(); row && !row->building.isActive())
        runOnCurrent(tr("Reactivate building"),
                     tr("Reactivate \"%1\"?").arg(row->building.name),
                     [this](qint64 id) { m_org.reactivateBuilding(id); });
}

void BuildingsTab::deleteCurrent()
{
    if (const BuildingRow *row = currentRow())
        runOnCurrent(
            tr("Delete building"),
            tr("Delete \"%1\" for good? Only a building nothing refers to can be deleted.")
                .arg(row->building.name),
            [this](qint64 id) { m_org.deleteBuilding(id); });
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
    QStringList notes;
    dialog.setSaver([&] { notes = m_org.updateRank(dialog.rank()); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (!notes.isEmpty())
        QMessageBox::information(this, tr("Edit rank standard"), notes.join(QLatin1Char('\n')));
}

} // namespace ga

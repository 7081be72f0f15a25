#pragma once

#include "org/OrgTypes.h"
#include "widgets/common/Page.h"
#include "widgets/common/RecordListTab.h"

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace ga {

class BuildingTableModel;
class OrgService;
class StaffTableModel;

// The organisation as a tree: bureau → agencies → divisions, with their active staff.
class DepartmentsTab : public RecordCommandsPage
{
    Q_OBJECT
public:
    explicit DepartmentsTab(OrgService &org, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

protected:
    bool canEdit() const override;
    std::optional<Current> currentRecord() const override;
    void reload() override;
    void addRecord() override;
    void editCurrent() override;
    void retireCurrent() override;
    void reactivateCurrent() override;
    void deleteCurrent() override;

private:
    qint64 currentId() const;
    void select(qint64 id);

    OrgService &m_org;
    QCheckBox *m_showRetired = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QList<DepartmentEntry> m_entries;
};

// Staff: a filter bar over the list paged by key.
class StaffTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit StaffTab(OrgService &org, QWidget *parent = nullptr);
    StaffTableModel *model() const { return m_model; }

protected:
    bool canEdit() const override;
    void reloadChoices() override;
    void applyFilter() override;
    QString countText() const override;
    void addRecord() override;
    void editCurrent() override;
    void retireCurrent() override;
    void reactivateCurrent() override;
    void deleteCurrent() override;

private:
    const StaffRow *currentRow() const;

    OrgService &m_org;
    QComboBox *m_department = nullptr;
    QComboBox *m_rank = nullptr;
    QCheckBox *m_transferredOnly = nullptr;
    QCheckBox *m_showRetired = nullptr;
    StaffTableModel *m_model = nullptr;
};

// Buildings: a filter bar over the list paged by key, areas in m².
class BuildingsTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit BuildingsTab(OrgService &org, QWidget *parent = nullptr);
    BuildingTableModel *model() const { return m_model; }

protected:
    bool canEdit() const override;
    void reloadChoices() override;
    void applyFilter() override;
    QString countText() const override;
    void addRecord() override;
    void editCurrent() override;
    void retireCurrent() override;
    void reactivateCurrent() override;
    void deleteCurrent() override;

private:
    const BuildingRow *currentRow() const;

    OrgService &m_org;
    QComboBox *m_department = nullptr;
    QCheckBox *m_showRetired = nullptr;
    BuildingTableModel *m_model = nullptr;
};

// The per-rank office area standards, grouped by level; editable by administrators only.
class RanksTab : public Page
{
    Q_OBJECT
public:
    explicit RanksTab(OrgService &org, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    QAction *editAction() const { return m_edit; }

    void activate() override;

private:
    void reload();
    void editCurrent();
    qint64 currentId() const;

    OrgService &m_org;
    QLabel *m_note = nullptr;
    QTreeWidget *m_tree = nullptr;
    QAction *m_edit = nullptr;
};

} // namespace ga

#pragma once

#include "org/OrgTypes.h"
#include "widgets/common/Page.h"

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;
class QTreeWidget;
class QVBoxLayout;

namespace ga {

class BuildingTableModel;
class OrgService;
class StaffTableModel;

// Common frame of the department, staff and building tabs: a toolbar with one QAction per
// command (New, Edit, Retire, Reactivate, Delete), shown only to users who may edit the
// organisation; the service checks again.
class OrgRecordTab : public Page
{
    Q_OBJECT
public:
    explicit OrgRecordTab(OrgService &org, QWidget *parent = nullptr);

    QAction *newAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *retireAction() const { return m_retire; }
    QAction *reactivateAction() const { return m_reactivate; }
    QAction *deleteAction() const { return m_delete; }

    void activate() override;

protected:
    virtual void reload() = 0;
    virtual void addRecord() = 0;
    virtual void editCurrent() = 0;
    virtual void retireCurrent() = 0;
    virtual void reactivateCurrent() = 0;
    virtual void deleteCurrent() = 0;
    // The status of the selected record; nullopt when nothing is selected.
    virtual std::optional<OrgStatus> currentStatus() const = 0;

    void updateActions();
    bool confirm(const QString &title, const QString &question);
    // Asks `question`; when confirmed, runs `action`, showing a failure under `title`. True
    // when the action ran.
    bool confirmAndRun(const QString &title, const QString &question,
                       const std::function<void()> &action);
    // What the list tabs share: Ctrl+F into `search`, and `apply` run after a pause in typing or
    // on Enter (returns the pause's timer, which `apply` stops).
    QTimer *connectSearch(QLineEdit *search, const std::function<void()> &apply);
    // The actions follow `view`'s current row; Enter or a double click edits it.
    void connectTable(QTableView *view);
    QToolBar *toolBar() const { return m_toolBar; }
    QVBoxLayout *mainLayout() const { return m_layout; }

    OrgService &m_org;

private:
    QAction *createAction(const QString &text, const QKeySequence &shortcut,
                          void (OrgRecordTab::*slot)());

    QVBoxLayout *m_layout = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_retire = nullptr;
    QAction *m_reactivate = nullptr;
    QAction *m_delete = nullptr;
};

// The organisation as a tree: bureau → agencies → divisions, with their active staff.
class DepartmentsTab : public OrgRecordTab
{
    Q_OBJECT
public:
    explicit DepartmentsTab(OrgService &org, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

protected:
    void reload() override;
    void addRecord() override;
    void editCurrent() override;
    void retireCurrent() override;
    void reactivateCurrent() override;
    void deleteCurrent() override;
    std::optional<OrgStatus> currentStatus() const override;

private:
    qint64 currentId() const;
    void select(qint64 id);

    QCheckBox *m_showRetired = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QList<DepartmentEntry> m_entries;
};

// Staff: a filter bar over a lazily paged list.
class StaffTab : public OrgRecordTab
{
    Q_OBJECT
public:
    explicit StaffTab(OrgService &org, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    StaffTableModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }

protected:
    void reload() override;
    void addRecord() override;
    void editCurrent() override;
    void retireCurrent() override;
    void reactivateCurrent() override;
    void deleteCurrent() override;
    std::optional<OrgStatus> currentStatus() const override;

private:
    void applyFilter();
    void updateCount();
    void refreshCombos();
    qint64 currentId() const;
    void select(qint64 id);

    QLineEdit *m_search = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_rank = nullptr;
    QCheckBox *m_transferredOnly = nullptr;
    QCheckBox *m_showRetired = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    StaffTableModel *m_model = nullptr;
    QTimer *m_searchTimer = nullptr;
};

// Buildings: a filter bar over a paged list with areas in m².
class BuildingsTab : public OrgRecordTab
{
    Q_OBJECT
public:
    explicit BuildingsTab(OrgService &org, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    BuildingTableModel *model() const { return m_model; }

protected:
    void reload() override;
    void addRecord() override;
    void editCurrent() override;
    void retireCurrent() override;
    void reactivateCurrent() override;
    void deleteCurrent() override;
    std::optional<OrgStatus> currentStatus() const override;

private:
    void applyFilter();
    void updateCount();
    qint64 currentId() const;
    void select(qint64 id);

    QLineEdit *m_search = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_showRetired = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    BuildingTableModel *m_model = nullptr;
    QTimer *m_searchTimer = nullptr;
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

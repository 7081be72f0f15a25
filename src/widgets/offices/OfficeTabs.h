#pragma once

#include "offices/OfficeTypes.h"
#include "widgets/common/Page.h"
#include "widgets/common/RecordListTab.h"

#include <QDialog>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ga {
class OrgService;
}

namespace ga::offices {

class CaseTableModel;
class OfficeService;
class RoomTableModel;

// The room register: filters (building, owner agency, use type, status, over-standard, search)
// over the list paged by key; commands New, Edit, Allocate, History, Repair, Dispose and the
// allocation assistant.
class RoomListTab : public RecordListTab
{
    Q_OBJECT
public:
    RoomListTab(OfficeService &offices, OrgService &org, QWidget *parent = nullptr);
    RoomTableModel *model() const { return m_model; }
    QComboBox *buildingCombo() const { return m_building; }
    QAction *allocateAction() const { return m_allocate; }
    QAction *historyAction() const { return m_history; }
    QAction *repairAction() const { return m_repair; }
    QAction *disposeAction() const { return m_dispose; }
    QAction *assistantAction() const { return m_assistant; }

    // Shows the rooms of one building (and floor; INT_MIN: all) — the tree beside the list.
    void showLocation(qint64 buildingId, int floor, qint64 selectRoom = 0);
    void editRoom(qint64 id);
    // Opens the allocation dialog for room `id`, with the person's staff number filled in.
    void allocateRoom(qint64 id, const QString &staffNo = {});

signals:
    void registerChanged();

protected:
    bool canEdit() const override;
    void reloadChoices() override;
    void applyFilter() override;
    QString countText() const override;
    void addRecord() override;
    void editCurrent() override;
    void openCurrent() override;

private:
    const RoomRow *currentRow() const;
    QAction *addCommand(const QString &text, const QKeySequence &key, const QString &name,
                        void (RoomListTab::*slot)());
    void updateOwnActions();
    void allocateCurrent();
    void showHistory();
    void toggleRepair();
    void disposeCurrent();
    void openAssistant();

    OfficeService &m_offices;
    OrgService &m_org;
    QComboBox *m_building = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_useType = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_overOnly = nullptr;
    int m_floor = INT_MIN;
    RoomTableModel *m_model = nullptr;
    QAction *m_allocate = nullptr;
    QAction *m_history = nullptr;
    QAction *m_repair = nullptr;
    QAction *m_dispose = nullptr;
    QAction *m_assistant = nullptr;
};

// The register with the building → floor → room tree beside the list.
class RegisterTab : public Page
{
    Q_OBJECT
public:
    RegisterTab(OfficeService &offices, OrgService &org, QWidget *parent = nullptr);
    RoomListTab *list() const { return m_list; }
    QTreeWidget *tree() const { return m_tree; }

    void activate() override;

private:
    void reloadTree();
    void loadRooms(QTreeWidgetItem *floorItem);
    void treeChosen(QTreeWidgetItem *item);

    OfficeService &m_offices;
    QTreeWidget *m_tree = nullptr;
    RoomListTab *m_list = nullptr;
};

// The allocation history of a room or of a person; a current allocation can be ended.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(OfficeService &offices, const QString &title,
                  std::function<QList<AllocationRow>()> load, bool canEnd,
                  QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    bool changed() const { return m_changed; }

private:
    void reload();
    void endCurrent();

    OfficeService &m_offices;
    std::function<QList<AllocationRow>()> m_load;
    QList<AllocationRow> m_rows;
    QTableWidget *m_table = nullptr;
    QPushButton *m_end = nullptr;
    bool m_changed = false;
};

// Over-standard cases, open ones by deadline; overdue ones marked. Edit opens the plan.
class CasesTab : public RecordListTab
{
    Q_OBJECT
public:
    CasesTab(OfficeService &offices, QWidget *parent = nullptr);
    CaseTableModel *model() const { return m_model; }
    QAction *recheckAction() const { return m_recheck; }

protected:
    bool canEdit() const override;
    void applyFilter() override;
    QString countText() const override;
    void editCurrent() override;

private:
    void recheckAll();

    OfficeService &m_offices;
    QCheckBox *m_overdueOnly = nullptr;
    QCheckBox *m_showClosed = nullptr;
    CaseTableModel *m_model = nullptr;
    QAction *m_recheck = nullptr;
};

// Each department's office and service area against its approved area (核定面积).
class TotalsTab : public Page
{
    Q_OBJECT
public:
    explicit TotalsTab(OfficeService &offices, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void activate() override;

private:
    OfficeService &m_offices;
    QLabel *m_note = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace ga::offices

#pragma once

#include "vehicles/VehicleRecords.h"
#include "widgets/common/Page.h"
#include "widgets/common/PagedTableModel.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ga {

class Clock;
class Session;

namespace vehicles {
class DriverService;
class VehicleService;
} // namespace vehicles

// The ledger's model: pages of vehicles from VehicleService, filtered and sorted in SQL.
class VehicleListModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column {
        Plate,
        FleetNo,
        Brand,
        Category,
        Energy,
        Seats,
        Department,
        Status,
        Ownership,
        PurchaseDate,
        Odometer,
        FuelCard,
        ColumnCount
    };

    explicit VehicleListModel(vehicles::VehicleService &service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const vehicles::VehicleFilter &filter);
    // All vehicles matching the filter (not only the loaded ones).
    int totalCount() const;
    const vehicles::VehicleRow *rowAt(int row) const;
    int rowOf(qint64 vehicleId) const;

protected:
    int fetchPage(const KeysetCursor &after, int limit) override;
    KeysetCursor keyOfRow(int row) const override;
    void appendFetched() override;
    void clearRows() override;
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    vehicles::VehicleService &m_service;
    vehicles::VehicleFilter m_filter;
    vehicles::VehicleSort m_sort = vehicles::VehicleSort::Plate;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<vehicles::VehicleRow> m_rows;
    QList<vehicles::VehicleRow> m_fetched;
};

// Vehicles → "ledger" (台账): every vehicle, with a filter bar and the ledger's commands.
// Enter or a double-click opens the vehicle's file (一车一档).
class LedgerTab : public Page
{
    Q_OBJECT
public:
    LedgerTab(vehicles::VehicleService &vehicles, vehicles::DriverService &drivers,
              const Session &session, const Clock &clock, QWidget *parent = nullptr);

    void activate() override;

    VehicleListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *openFileAction() const { return m_openFile; }
    QAction *retireAction() const { return m_retire; }
    QAction *maintenanceAction() const { return m_maintenance; }

    // Opens the file of the vehicle (modal).
    void openFile(qint64 vehicleId);

private:
    void createActions();
    void applyFilter();
    void reloadKeeping(qint64 vehicleId);
    void updateActions();
    qint64 currentId() const;
    const vehicles::VehicleRow *currentRow() const;

    vehicles::VehicleService &m_vehicles;
    vehicles::DriverService &m_drivers;
    const Session &m_session;
    const Clock &m_clock;
    VehicleListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_energy = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_ownership = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_openFile = nullptr;
    QAction *m_retire = nullptr;
    QAction *m_maintenance = nullptr;
    bool m_loaded = false;
};

} // namespace ga

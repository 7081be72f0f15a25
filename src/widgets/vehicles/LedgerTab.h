#pragma once

#include "vehicles/VehicleRecords.h"
#include "widgets/common/RecordListTab.h"
#include "widgets/common/RecordTableModel.h"

class QAction;
class QComboBox;

namespace ga {

class Clock;
class Session;

namespace vehicles {
class DriverService;
class VehicleService;
} // namespace vehicles

// The ledger's model: pages of vehicles from VehicleService, filtered and sorted in SQL.
class VehicleListModel : public RecordTableModel<vehicles::VehicleRow>
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

    void setFilter(const vehicles::VehicleFilter &filter); // reloads
    const vehicles::VehicleFilter &filter() const { return m_filter; }
    // All vehicles matching the filter (not only the loaded ones).
    int totalCount() const;

private:
    Spec spec();

    vehicles::VehicleService &m_service;
    vehicles::VehicleFilter m_filter;
    vehicles::VehicleSort m_sort = vehicles::VehicleSort::Plate;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

// Vehicles → "ledger" (台账): every vehicle, with a filter bar and the ledger's commands: New,
// Edit (View for read-only users), Open file, Start/End maintenance, Retire. Enter or a
// double-click opens the vehicle's file (一车一档).
class LedgerTab : public RecordListTab
{
    Q_OBJECT
public:
    LedgerTab(vehicles::VehicleService &vehicles, vehicles::DriverService &drivers,
              const Session &session, const Clock &clock, QWidget *parent = nullptr);

    VehicleListModel *model() const { return m_model; }
    QAction *openFileAction() const { return m_openFile; }
    QAction *maintenanceAction() const { return m_maintenance; }

    // Opens the file of the vehicle (modal).
    void openFile(qint64 vehicleId);

protected:
    bool canEdit() const override;
    void reloadChoices() override;
    void applyFilter() override;
    QString countText() const override;
    void addRecord() override;
    void editCurrent() override;
    void retireCurrent() override;
    void openCurrent() override;

private:
    QAction *addCommand(const QString &text, const QKeySequence &key, const QString &objectName,
                        void (LedgerTab::*slot)());
    void toggleMaintenance();
    void updateOwnActions();
    const vehicles::VehicleRow *currentRow() const;

    vehicles::VehicleService &m_vehicles;
    vehicles::DriverService &m_drivers;
    const Session &m_session;
    const Clock &m_clock;
    VehicleListModel *m_model = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_energy = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_ownership = nullptr;
    QAction *m_openFile = nullptr;
    QAction *m_maintenance = nullptr;
    bool m_columnsSized = false;
};

} // namespace ga

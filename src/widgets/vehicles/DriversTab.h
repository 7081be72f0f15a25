#pragma once

#include "vehicles/VehicleRecords.h"
#include "widgets/common/Page.h"

#include <QAbstractTableModel>
#include <QDate>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace ga {

class Clock;
class Session;
class SettingsService;

namespace vehicles {
class DriverService;
class VehicleService;
} // namespace vehicles

// The drivers list's model (filtered in SQL; a few thousand rows at most, sorted by a proxy).
class DriverListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Employment, LicenceClass, LicenceNo, LicenceExpiry, Phone, Department,
                  StaffNo, Status, ColumnCount };

    explicit DriverListModel(QObject *parent = nullptr);

    void setRows(const QList<vehicles::DriverRow> &rows, const QDate &today, int alertDays);
    const vehicles::DriverRow *rowAt(int row) const;
    int rowOf(qint64 driverId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<vehicles::DriverRow> m_rows;
    QDate m_today;
    int m_alertDays = 30;
};

// Vehicles → "drivers": the drivers with their licences, and New / Edit / Retire.
class DriversTab : public Page
{
    Q_OBJECT
public:
    DriversTab(vehicles::DriverService &drivers, vehicles::VehicleService &vehicles,
               const Session &session, const Clock &clock, const SettingsService &settings,
               QWidget *parent = nullptr);

    void activate() override;
    DriverListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void reload(qint64 keepId = 0);
    void updateActions();
    const vehicles::DriverRow *currentRow() const;

    vehicles::DriverService &m_drivers;
    vehicles::VehicleService &m_vehicles;
    const Session &m_session;
    const Clock &m_clock;
    const SettingsService &m_settings;
    DriverListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_retire = nullptr;
};

} // namespace ga

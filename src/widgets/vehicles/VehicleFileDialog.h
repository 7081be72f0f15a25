#pragma once

#include "vehicles/VehicleRecords.h"
#include "widgets/common/PagedTableModel.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace ga {

class Clock;
class Session;

namespace vehicles {
class DriverService;
class VehicleService;
} // namespace vehicles

// The trips of one vehicle, newest first, a page at a time (read-only: dispatch owns them).
class VehicleTripsModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { RequestNo, Start, End, Department, Destination, Driver, Km, Status, ColumnCount };

    VehicleTripsModel(vehicles::VehicleService &service, qint64 vehicleId,
                      QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int fetchPage(const KeysetCursor &after, int limit) override;
    KeysetCursor keyOfRow(int row) const override;
    void appendFetched() override;
    void clearRows() override;
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    vehicles::VehicleService &m_service;
    qint64 m_vehicleId;
    QList<vehicles::VehicleTripRow> m_rows;
    QList<vehicles::VehicleTripRow> m_fetched;
};

// One list of the file: a table of records with Add and Edit (Edit also on Enter or a
// double-click; read-only users get View).
class FileRecordList : public QWidget
{
    Q_OBJECT
public:
    FileRecordList(const QStringList &headers, bool canEdit, QWidget *parent = nullptr);

    // Rows of display texts, each with its record id.
    void setRows(const QList<QPair<qint64, QStringList>> &rows);
    QTableWidget *table() const { return m_table; }
    int rowCount() const;

signals:
    void addRequested();
    void editRequested(qint64 id);

private:
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
};

// 一车一档: the file of one vehicle. A header with the vehicle's data and status over tabs for
// maintenance and repairs, inspections, insurance, violations, accidents, fuel, long-term
// assignments and trips. Users with EditVehicles add and edit records here.
class VehicleFileDialog : public QDialog
{
    Q_OBJECT
public:
    VehicleFileDialog(vehicles::VehicleService &vehicles, vehicles::DriverService &drivers,
                      const Session &session, const Clock &clock, qint64 vehicleId,
                      QWidget *parent = nullptr);

    // False when the vehicle could not be loaded (the error was shown).
    bool isLoaded() const { return m_loaded; }
    QTabWidget *tabs() const { return m_tabs; }
    // The list of a tab by key: maintenance, inspections, insurance, violations, accidents, fuel,
    // assignments.
    FileRecordList *list(const QString &key) const;
    VehicleTripsModel *tripsModel() const { return m_tripsModel; }
    const vehicles::VehicleFile &file() const { return m_file; }

private:
    bool reload();
    void buildHeader(QWidget *header);
    void fillHeader();
    void fillLists();
    FileRecordList *addList(const QString &key, const QString &title, const QStringList &headers,
                            std::function<void()> add, std::function<void(qint64)> edit);

    vehicles::VehicleService &m_vehicles;
    vehicles::DriverService &m_drivers;
    const Session &m_session;
    const Clock &m_clock;
    qint64 m_vehicleId;
    bool m_canEdit = false;
    bool m_loaded = false;
    vehicles::VehicleFile m_file;
    QLabel *m_plate = nullptr;
    QLabel *m_status = nullptr;
    QHash<QString, QLabel *> m_values;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, FileRecordList *> m_lists;
    VehicleTripsModel *m_tripsModel = nullptr;
    QTableView *m_tripsView = nullptr;
};

} // namespace ga

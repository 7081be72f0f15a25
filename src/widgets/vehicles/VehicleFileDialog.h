#pragma once

#include "vehicles/VehicleRecords.h"
#include "widgets/common/RecordListTab.h"
#include "widgets/common/RecordTableModel.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QLabel;
class QTabWidget;

namespace ga {

class Clock;
class Session;

namespace vehicles {
class DriverService;
class VehicleService;
} // namespace vehicles

// One list of a vehicle's file: its records of one kind, newest first, paged by key, with New and
// Edit (Edit also on Enter or a double click; read-only users get View). Kinds the file only
// shows (its trips) offer no command.
class FileRecordTab : public RecordListTab
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<qint64()> add; // opens the form for a new record; its id or 0
        std::function<qint64(qint64 id)> edit; // opens record `id`; its id when saved, else 0
        std::function<int()> count; // the kind's records in the file
    };
    FileRecordTab(RecordListModel *model, bool canEdit, Hooks hooks, QWidget *parent = nullptr);

    // Rows loaded so far (a page at a time).
    int rowCount() const;

signals:
    // A record was saved: the file's head (counts, validity) is out of date.
    void saved();

protected:
    bool canEdit() const override { return m_canEdit; }
    void applyFilter() override;
    QString countText() const override;
    void addRecord() override;
    void editCurrent() override;

private:
    RecordListModel *m_model;
    bool m_canEdit;
    Hooks m_hooks;
};

// 一车一档: the file of one vehicle. A header with the vehicle's data and status over tabs for
// maintenance and repairs, inspections, insurance, violations, accidents, fuel, long-term
// assignments and trips, each a list paged by key. Users with EditVehicles add and edit records
// here.
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
    // assignments, trips.
    FileRecordTab *list(const QString &key) const;
    RecordListModel *tripsModel() const;
    const vehicles::VehicleFile &file() const { return m_file; }

private:
    bool reloadHead();
    void buildHeader(QWidget *header);
    void fillHeader();
    void updateTabTitles();
    // Adds the tab of one kind of record: its columns, the blank record a New starts from
    // (nullptr: the kind offers no commands), how a record opens (`editable` for editors), and
    // its count in the file's head.
    template<typename R>
    void addList(const QString &key, const QString &title, QList<RecordColumn<R>> columns,
                 std::function<R()> blank,
                 std::function<qint64(const R &record, bool editable)> open,
                 int vehicles::VehicleFile::*count);

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
    QHash<QString, FileRecordTab *> m_lists;
    QList<QPair<QString, int vehicles::VehicleFile::*>> m_tabCounts; // title and count, by tab
};

} // namespace ga

#pragma once

#include "vehicles/Trip.h"
#include "widgets/common/Page.h"
#include "widgets/common/PagedTableModel.h"

#include <QList>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ga {

class Clock;
class DispatchActions;
class SettingsService;

namespace vehicles {
class DispatchService;
}

// The trips list's model: pages of trips from DispatchService under a filter, sorted in SQL.
class TripsModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column {
        RequestNo,
        Start,
        End,
        Department,
        Destination,
        Plate,
        Driver,
        Passengers,
        Status,
        Km,
        Cost,
        ColumnCount
    };

    explicit TripsModel(vehicles::DispatchService &service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const vehicles::TripFilter &filter);
    const vehicles::TripFilter &filter() const { return m_filter; }
    qint64 tripId(int row) const;
    int rowOf(qint64 tripId) const;
    // Columns sorted in SQL (each on an index); the others keep the current order.
    static bool isSortable(int column);

protected:
    int fetchPage(const KeysetCursor &after, int limit) override;
    KeysetCursor keyOfRow(int row) const override;
    void appendFetched() override;
    void clearRows() override;
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    vehicles::DispatchService &m_service;
    vehicles::TripFilter m_filter;
    QList<vehicles::TripRow> m_rows;
    QList<vehicles::TripRow> m_fetched;
};

// Vehicles → "trips": every trip, paged, with a filter bar (plate or request number, department,
// status, date range) and the dispatch commands for the selected trip.
class TripsTab : public Page
{
    Q_OBJECT
public:
    TripsTab(vehicles::DispatchService &service, SettingsService &settings, const Clock &clock,
             QWidget *parent = nullptr);

    void activate() override;
    TripsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    DispatchActions *actions() const { return m_actions; }
    void applyFilter();

private:
    void loadDepartments();
    void updateCount();

    vehicles::DispatchService &m_service;
    DispatchActions *m_actions = nullptr;
    TripsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_textTimer = nullptr;
    bool m_loaded = false;
};

} // namespace ga

#pragma once

#include "core/Period.h"
#include "widgets/common/Page.h"

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace ga {

class Clock;

namespace vehicles {
class VehicleStatisticsService;
struct FleetComposition;
struct RunningCosts;
} // namespace vehicles

// Vehicles → "statistics": use and running costs for a month, quarter, year or custom period,
// per vehicle, per department and per driver, with charts of the fleet's composition and of the
// costs by kind.
class StatisticsTab : public Page
{
    Q_OBJECT
public:
    StatisticsTab(vehicles::VehicleStatisticsService &statistics, const Clock &clock,
                  QWidget *parent = nullptr);

    void activate() override;
    DateRange period() const;
    void setPeriod(const DateRange &custom);

    QTableWidget *vehicleTable() const { return m_vehicles; }
    QTableWidget *departmentTable() const { return m_departments; }
    QTableWidget *driverTable() const { return m_drivers; }

private:
    void updatePeriodControls();
    void reload();
    void fillCharts(const vehicles::FleetComposition &fleet, const vehicles::RunningCosts &costs);

    vehicles::VehicleStatisticsService &m_statistics;
    const Clock &m_clock;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_part = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_vehicles = nullptr;
    QTableWidget *m_departments = nullptr;
    QTableWidget *m_drivers = nullptr;
    QChartView *m_categoryChart = nullptr;
    QChartView *m_energyChart = nullptr;
    QChartView *m_ageChart = nullptr;
    QChartView *m_costChart = nullptr;
    bool m_initialised = false;
};

} // namespace ga

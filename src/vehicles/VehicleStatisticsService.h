#pragma once

#include "vehicles/StatisticsRepository.h"
#include "vehicles/VehicleStatistics.h"

#include <QCoreApplication>

namespace ga {
class Database;
class Session;
} // namespace ga

namespace ga::vehicles {

// Use and running costs of the fleet over a period, computed with SQL aggregates.
//
// Definitions:
//  - a trip belongs to the period in which it was planned to start; only returned and closed
//    trips count (trips, km = odometer_in − odometer_out, hours = returned_at − departed_at,
//    tolls, parking);
//  - utilisation = hours in use / available hours, where available hours = 8 h × the working
//    days (Monday to Friday, public holidays not deducted) of the period, per vehicle; a
//    department's is its vehicles' hours / (number of its vehicles × available hours);
//  - fuel = fuel_transactions in the period: litres of petrol and diesel, kWh of charging, and
//    the amount paid for both; fuel per 100 km = litres / km × 100;
//  - maintenance = services and repairs dated in the period plus inspection fees;
//    insurance = premiums of policies starting in the period; leasing = monthly lease ×
//    months of the period, a partial month prorated by its days;
//  - per department = by the vehicles' owning department;
//  - fleet composition = vehicles not retired and purchased by the end of the period (or of
//    unknown purchase date), age measured at the end of the period; the new-energy purchase
//    share is over vehicles purchased within the period.
// Needs Permission::ViewReports.
class VehicleStatisticsService
{
    Q_DECLARE_TR_FUNCTIONS(VehicleStatisticsService)
public:
    VehicleStatisticsService(Database &db, const Session &session);

    QList<VehicleUsage> perVehicle(const DateRange &period) const;
    QList<DepartmentUsage> perDepartment(const DateRange &period) const;
    QList<DriverUsage> perDriver(const DateRange &period) const;
    FleetComposition fleetComposition(const DateRange &period) const;
    RunningCosts costTotals(const DateRange &period) const;

    // Monday to Friday in the period, and 8 h for each.
    static int workingDays(const DateRange &period);
    static double availableHours(const DateRange &period) { return 8.0 * workingDays(period); }
    // Calendar months of the period, a partial month counted by its share of days.
    static double months(const DateRange &period);

private:
    StatisticsRepository::Window window(const DateRange &period) const;

    const Session &m_session;
    StatisticsRepository m_repo;
};

} // namespace ga::vehicles

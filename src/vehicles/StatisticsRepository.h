#pragma once

#include "vehicles/VehicleStatistics.h"

#include <QCoreApplication>
#include <QDate>

namespace ga {
class Database;
class Query;
} // namespace ga

namespace ga::vehicles {

// The aggregate SQL (GROUP BY) behind the vehicle statistics; no row-by-row loading.
class StatisticsRepository
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsRepository)
public:
    // The period as the queries need it.
    struct Window
    {
        DateRange range;
        qint64 startSecs = 0;       // local midnight of range.from, UTC seconds
        qint64 endSecs = 0;         // local midnight after range.to (exclusive)
        double leaseMonths = 0;     // months of the period, prorated by day
        // The agency scope's root (org/AgencyScope.h), 0: the whole region. A scope's figures
        // are its own vehicles' and drivers'; the platform's stay with the bureau.
        qint64 scopeRoot = 0;
    };

    explicit StatisticsRepository(Database &db);

    // Per vehicle: every vehicle not retired, plus retired ones with activity in the period.
    // Utilisation and fuel per 100 km are left to the service.
    QList<VehicleUsage> vehicles(const Window &w) const;
    QList<DepartmentUsage> departments(const Window &w) const;
    // Drivers not retired, plus retired ones with trips in the period.
    QList<DriverUsage> drivers(const Window &w) const;
    // Counts by key over the fleet at the end of the period (vehicles not retired, purchased by
    // then or of unknown purchase date): `column` is category, energy_type or ownership.
    QList<QPair<QString, int>> fleetCounts(const Window &w, const QString &column) const;
    // The same fleet by age at the end of the period: lt3, 3to5, 5to8, ge8, unknown.
    QList<QPair<QString, int>> ageBandCounts(const Window &w) const;
    // Vehicles purchased in the period: all, and new-energy ones.
    QPair<int, int> purchases(const Window &w) const;

private:
    static QString vehicleSql(const Window &w);
    // " AND `column` IN (the scope's subtree)", or empty for the region; bindWindow binds it.
    static QString scopeCondition(const Window &w, const QString &column);
    static void bindWindow(const Window &w, Query &q);

    Database &m_db;
};

} // namespace ga::vehicles

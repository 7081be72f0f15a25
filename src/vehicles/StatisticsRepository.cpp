#include "vehicles/StatisticsRepository.h"

#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace ga::vehicles {

namespace {
const char *kFleet = " FROM vehicles WHERE status <> 'retired' "
                     "AND (purchase_date IS NULL OR purchase_date <= :to)";
} // namespace

StatisticsRepository::StatisticsRepository(Database &db)
    : m_db(db)
{}

QString StatisticsRepository::scopeCondition(const Window &w, const QString &column)
{
    if (w.scopeRoot <= 0)
        return {};
    return QStringLiteral(" AND ") + column + QStringLiteral(" IN (")
        + AgencyScope::subtreeSelect(QStringLiteral(":scope_root")) + QLatin1Char(')');
}

QString StatisticsRepository::vehicleSql(const Window &w)
{
    // Trips count in the period they were planned to start in (indexed by trips_start); only
    // returned and closed trips have km and hours. Each cost comes from its own GROUP BY.
    return QStringLiteral(
        "SELECT v.id AS vehicle_id, v.plate, v.brand, COALESCE(v.department_id, 0) AS "
        "department_id, "
        " COALESCE(d.name, '') AS department_name,"
        " COALESCE(t.trips, 0) AS trips, COALESCE(t.km, 0) AS km, COALESCE(t.secs, 0) AS secs,"
        " COALESCE(f.fuel_milli, 0) AS fuel_milli, COALESCE(f.kwh_milli, 0) AS kwh_milli,"
        " COALESCE(f.amount, 0) AS fuel_cost,"
        " COALESCE(m.cost, 0) + COALESCE(i.cost, 0) AS maintenance_cost,"
        " COALESCE(p.premium, 0) AS insurance_cost,"
        " COALESCE(t.tolls, 0) AS tolls, COALESCE(t.parking, 0) AS parking,"
        " CASE WHEN v.ownership = 'leased' AND v.status <> 'retired'"
        "  THEN CAST(ROUND(v.lease_cost_monthly * CAST(:lease_months AS DOUBLE PRECISION)) AS INTEGER) ELSE 0 END AS leasing "
        "FROM vehicles v LEFT JOIN departments d ON d.id = v.department_id "
        "LEFT JOIN (SELECT vehicle_id, COUNT(*) AS trips,"
        "  SUM(COALESCE(odometer_in - odometer_out, 0)) AS km,"
        "  SUM(COALESCE(returned_at - departed_at, 0)) AS secs,"
        "  SUM(tolls) AS tolls, SUM(parking) AS parking FROM trips"
        "  WHERE vehicle_id IS NOT NULL AND status IN ('returned', 'closed')"
        "  AND planned_start >= :trip_start AND planned_start < :trip_end GROUP BY vehicle_id) t"
        " ON t.vehicle_id = v.id "
        // Fuel: vehicle by vehicle, one range of the covering (vehicle_id, at, …) index each;
        // CROSS JOIN keeps that order (there is no index on the time alone).
        "LEFT JOIN (SELECT fv.id AS vehicle_id,"
        "  SUM(CASE WHEN ft.fuel_kind <> 'electricity' THEN ft.quantity_milli ELSE 0 END)"
        "   AS fuel_milli,"
        "  SUM(CASE WHEN ft.fuel_kind = 'electricity' THEN ft.quantity_milli ELSE 0 END)"
        "   AS kwh_milli,"
        "  SUM(ft.amount) AS amount FROM vehicles fv CROSS JOIN fuel_transactions ft"
        "  ON ft.vehicle_id = fv.id AND ft.at >= :fuel_start AND ft.at < :fuel_end"
        "  GROUP BY fv.id) f ON f.vehicle_id = v.id "
        "LEFT JOIN (SELECT vehicle_id, SUM(cost) AS cost FROM vehicle_maintenance"
        "  WHERE date >= :m_from AND date <= :m_to GROUP BY vehicle_id) m ON m.vehicle_id = v.id "
        "LEFT JOIN (SELECT vehicle_id, SUM(cost) AS cost FROM vehicle_inspections"
        "  WHERE date >= :i_from AND date <= :i_to GROUP BY vehicle_id) i ON i.vehicle_id = v.id "
        "LEFT JOIN (SELECT vehicle_id, SUM(premium) AS premium FROM vehicle_insurance"
        "  WHERE start_date >= :p_from AND start_date <= :p_to GROUP BY vehicle_id) p"
        " ON p.vehicle_id = v.id "
        "WHERE (v.status <> 'retired' OR t.vehicle_id IS NOT NULL OR f.vehicle_id IS NOT NULL"
        " OR m.vehicle_id IS NOT NULL OR i.vehicle_id IS NOT NULL OR p.vehicle_id IS NOT NULL)")
        + scopeCondition(w, QStringLiteral("v.department_id"));
}

void StatisticsRepository::bindWindow(const Window &w, Query &q)
{
    const QString from = toIsoDate(w.range.from);
    const QString to = toIsoDate(w.range.to);
    q.bind(QStringLiteral(":lease_months"), w.leaseMonths)
        .bind(QStringLiteral(":trip_start"), w.startSecs)
        .bind(QStringLiteral(":trip_end"), w.endSecs)
        .bind(QStringLiteral(":fuel_start"), w.startSecs)
        .bind(QStringLiteral(":fuel_end"), w.endSecs)
        .bind(QStringLiteral(":m_from"), from)
        .bind(QStringLiteral(":m_to"), to)
        .bind(QStringLiteral(":i_from"), from)
        .bind(QStringLiteral(":i_to"), to)
        .bind(QStringLiteral(":p_from"), from)
        .bind(QStringLiteral(":p_to"), to);
    if (w.scopeRoot > 0)
        q.bind(QStringLiteral(":scope_root"), w.scopeRoot);
}

QList<VehicleUsage> StatisticsRepository::vehicles(const Window &w) const
{
    Query q(m_db, vehicleSql(w) + QStringLiteral(" ORDER BY v.plate"),
            tr("computing vehicle statistics"));
    bindWindow(w, q);
    q.exec();
    QList<VehicleUsage> list;
    while (q.next()) {
        VehicleUsage u;
        u.vehicleId = q.value(0).toLongLong();
        u.plate = q.value(1).toString();
        u.brand = q.value(2).toString();
        u.departmentId = q.value(3).toLongLong();
        u.departmentName = q.value(4).toString();
        u.trips = q.value(5).toInt();
        u.km = q.value(6).toLongLong();
        u.hours = q.value(7).toLongLong() / 3600.0;
        u.fuelMilli = q.value(8).toLongLong();
        u.electricityMilli = q.value(9).toLongLong();
        u.costs.fuel = Money(q.value(10).toLongLong());
        u.costs.maintenance = Money(q.value(11).toLongLong());
        u.costs.insurance = Money(q.value(12).toLongLong());
        u.costs.tolls = Money(q.value(13).toLongLong());
        u.costs.parking = Money(q.value(14).toLongLong());
        u.costs.leasing = Money(q.value(15).toLongLong());
        list << u;
    }
    return list;
}

QList<DepartmentUsage> StatisticsRepository::departments(const Window &w) const
{
    Query q(
        m_db,
        QStringLiteral("SELECT department_id, MAX(department_name), COUNT(*), SUM(trips), SUM(km), "
                       "SUM(secs), SUM(fuel_milli), SUM(kwh_milli), SUM(fuel_cost), "
                       "SUM(maintenance_cost), SUM(insurance_cost), SUM(tolls), SUM(parking), "
                       "SUM(leasing) FROM (")
            + vehicleSql(w)
            + QStringLiteral(") x GROUP BY department_id ORDER BY MAX(department_name)"),
        tr("computing department statistics"));
    bindWindow(w, q);
    q.exec();
    QList<DepartmentUsage> list;
    while (q.next()) {
        DepartmentUsage u;
        u.departmentId = q.value(0).toLongLong();
        u.departmentName = q.value(1).toString();
        u.vehicles = q.value(2).toInt();
        u.trips = q.value(3).toInt();
        u.km = q.value(4).toLongLong();
        u.hours = q.value(5).toLongLong() / 3600.0;
        u.fuelMilli = q.value(6).toLongLong();
        u.electricityMilli = q.value(7).toLongLong();
        u.costs.fuel = Money(q.value(8).toLongLong());
        u.costs.maintenance = Money(q.value(9).toLongLong());
        u.costs.insurance = Money(q.value(10).toLongLong());
        u.costs.tolls = Money(q.value(11).toLongLong());
        u.costs.parking = Money(q.value(12).toLongLong());
        u.costs.leasing = Money(q.value(13).toLongLong());
        list << u;
    }
    return list;
}

QList<DriverUsage> StatisticsRepository::drivers(const Window &w) const
{
    Query q(m_db,
            QStringLiteral(
                "SELECT r.id, r.name, COALESCE(t.trips, 0), COALESCE(t.secs, 0), COALESCE(t.km, 0) "
                "FROM drivers r LEFT JOIN (SELECT driver_id, COUNT(*) AS trips,"
                "  SUM(COALESCE(returned_at - departed_at, 0)) AS secs,"
                "  SUM(COALESCE(odometer_in - odometer_out, 0)) AS km FROM trips"
                "  WHERE driver_id IS NOT NULL AND status IN ('returned', 'closed')"
                "  AND planned_start >= :start AND planned_start < :end GROUP BY driver_id) t"
                " ON t.driver_id = r.id "
                "WHERE (r.status <> 'retired' OR t.driver_id IS NOT NULL)")
                + scopeCondition(w, QStringLiteral("r.department_id"))
                + QStringLiteral(" ORDER BY r.name, r.id"),
            tr("computing driver statistics"));
    if (w.scopeRoot > 0)
        q.bind(QStringLiteral(":scope_root"), w.scopeRoot);
    q.bind(QStringLiteral(":start"), w.startSecs).bind(QStringLiteral(":end"), w.endSecs).exec();
    QList<DriverUsage> list;
    while (q.next()) {
        DriverUsage u;
        u.driverId = q.value(0).toLongLong();
        u.name = q.value(1).toString();
        u.trips = q.value(2).toInt();
        u.hours = q.value(3).toLongLong() / 3600.0;
        u.km = q.value(4).toLongLong();
        list << u;
    }
    return list;
}

QList<QPair<QString, int>> StatisticsRepository::fleetCounts(const Window &w,
                                                             const QString &column) const
{
    // `column` is one of the service's fixed names, never user input.
    Query q(m_db,
            QStringLiteral("SELECT ") + column + QStringLiteral(", COUNT(*)")
                + QLatin1String(kFleet) + scopeCondition(w, QStringLiteral("department_id"))
                + QStringLiteral(" GROUP BY ") + column,
            tr("computing the fleet composition"));
    if (w.scopeRoot > 0)
        q.bind(QStringLiteral(":scope_root"), w.scopeRoot);
    q.bind(QStringLiteral(":to"), toIsoDate(w.range.to)).exec();
    QList<QPair<QString, int>> list;
    while (q.next())
        list << qMakePair(q.value(0).toString(), q.value(1).toInt());
    return list;
}

QList<QPair<QString, int>> StatisticsRepository::ageBandCounts(const Window &w) const
{
    // Age at the end of the period: under 3 years means purchased after end − 3 years.
    Query q(
        m_db,
        QStringLiteral("SELECT CASE WHEN purchase_date IS NULL THEN 'unknown'"
                       " WHEN purchase_date > :c3 THEN 'lt3' WHEN purchase_date > :c5 THEN '3to5'"
                       " WHEN purchase_date > :c8 THEN '5to8' ELSE 'ge8' END AS band, COUNT(*)")
            + QLatin1String(kFleet) + scopeCondition(w, QStringLiteral("department_id"))
            + QStringLiteral(" GROUP BY band"),
        tr("computing the fleet's age"));
    if (w.scopeRoot > 0)
        q.bind(QStringLiteral(":scope_root"), w.scopeRoot);
    q.bind(QStringLiteral(":c3"), toIsoDate(w.range.to.addYears(-3)))
        .bind(QStringLiteral(":c5"), toIsoDate(w.range.to.addYears(-5)))
        .bind(QStringLiteral(":c8"), toIsoDate(w.range.to.addYears(-8)))
        .bind(QStringLiteral(":to"), toIsoDate(w.range.to))
        .exec();
    QList<QPair<QString, int>> list;
    while (q.next())
        list << qMakePair(q.value(0).toString(), q.value(1).toInt());
    return list;
}

QPair<int, int> StatisticsRepository::purchases(const Window &w) const
{
    Query q(m_db,
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN energy_type IN ('bev', 'phev') "
                           "THEN 1 ELSE 0 END), 0) FROM vehicles WHERE purchase_date >= :from "
                           "AND purchase_date <= :to")
                + scopeCondition(w, QStringLiteral("department_id")),
            tr("counting vehicle purchases"));
    if (w.scopeRoot > 0)
        q.bind(QStringLiteral(":scope_root"), w.scopeRoot);
    q.bind(QStringLiteral(":from"), toIsoDate(w.range.from))
        .bind(QStringLiteral(":to"), toIsoDate(w.range.to))
        .exec();
    if (!q.next())
        return {0, 0};
    return {q.value(0).toInt(), q.value(1).toInt()};
}

} // namespace ga::vehicles

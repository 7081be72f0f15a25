#pragma once

#include "vehicles/VehicleRecords.h"

#include <QCoreApplication>

namespace ga {
class Database;
class Keyset;
class Query;
class SqlWhere;
} // namespace ga

namespace ga::vehicles {

// SQL for the `vehicles` table, the ledger list, and the read-only trips of one vehicle.
class VehicleRepository
{
    Q_DECLARE_TR_FUNCTIONS(VehicleRepository)
public:
    explicit VehicleRepository(Database &db);

    std::optional<Vehicle> find(qint64 id) const;
    std::optional<VehicleRow> findRow(qint64 id) const;
    qint64 insert(const Vehicle &v);
    void update(const Vehicle &v);
    void setStatus(qint64 id, VehicleStatus status);
    // Raises the stored odometer to `km` when it is below it (a later reading never lowers it).
    void raiseOdometer(qint64 id, int km);

    // The id of the vehicle holding the value, 0 when none.
    qint64 idByPlate(const QString &plate) const;
    qint64 idByFleetNo(const QString &fleetNo) const;
    qint64 idByFuelCard(const QString &cardNo) const;

    // Trips holding the vehicle now: assigned or departed.
    int activeTripCount(qint64 vehicleId) const;
    int departedTripCount(qint64 vehicleId) const;

    QList<VehicleRow> list(const VehicleFilter &filter, VehicleSort sort, Qt::SortOrder order,
                           int offset, int limit) const;
    // The page after the row whose key is `after` (VehicleRow::key; empty: the first page), by
    // key: the same rows as list() at the matching offset.
    QList<VehicleRow> pageAfter(const VehicleFilter &filter, VehicleSort sort, Qt::SortOrder order,
                                const KeysetCursor &after, int limit) const;
    int count(const VehicleFilter &filter) const;

    // The vehicle's trips, newest first, the page after `after` (VehicleTripRow::key).
    // scopeRoot: only the trips of that agency scope (0: all).
    QList<VehicleTripRow> trips(qint64 vehicleId, const KeysetCursor &after, int limit,
                                qint64 scopeRoot = 0) const;
    int tripCount(qint64 vehicleId) const;

    QList<NamedId> departments(qint64 scopeRoot = 0) const;
    bool departmentExists(qint64 id) const;

    static Vehicle read(const Query &q, int first = 0);
    // The column list read() expects, for `v.` aliased queries.
    static QString columns();

private:
    static void bind(const Vehicle &v, Query &q);
    // The ledger's filters (the page and the count share them).
    static SqlWhere whereOf(const VehicleFilter &filter);
    QList<VehicleRow> rows(const SqlWhere &where, const QString &orderBy, const Keyset &keyset,
                           int limit, int offset) const;
    qint64 idBy(const QString &column, const QString &value) const;

    Database &m_db;
};

} // namespace ga::vehicles

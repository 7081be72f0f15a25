#pragma once

#include "core/Period.h"
#include "vehicles/DispatchTypes.h"
#include "vehicles/Trip.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace ga {
class Database;
class Keyset;
class Query;
class SqlWhere;
}

namespace ga::vehicles {

// The `trips` table: one row per vehicle request, through the whole dispatch workflow.
class TripRepository
{
    Q_DECLARE_TR_FUNCTIONS(TripRepository)
public:
    // Longest trip the store holds; bounds the index range of "trips touching this window".
    static constexpr qint64 kMaxTripSecs = 31LL * 24 * 3600;

    explicit TripRepository(Database &db);

    qint64 insert(const Trip &trip);
    void update(const Trip &trip);
    std::optional<Trip> find(qint64 id) const;

    // The greatest request number starting with `prefix` ('PC20261128'), or empty.
    QString lastRequestNo(const QString &prefix) const;

    // The first assigned/departed trip of the vehicle (or driver) overlapping `window`,
    // other than `excludeTripId`.
    std::optional<Trip> vehicleConflict(qint64 vehicleId, const TimeSpan &window,
                                        qint64 excludeTripId) const;
    std::optional<Trip> driverConflict(qint64 driverId, const TimeSpan &window,
                                       qint64 excludeTripId) const;
    // Every vehicle (driver) with an assigned/departed trip overlapping `window`: id → that trip.
    QHash<qint64, Trip> busyVehicles(const TimeSpan &window, qint64 excludeTripId) const;
    QHash<qint64, Trip> busyDrivers(const TimeSpan &window, qint64 excludeTripId) const;

    // Trips with a vehicle overlapping `span` (not rejected or cancelled), by vehicle and start.
    // scopeRoot (0: the whole region): only the trips on the scope's own and the platform's
    // vehicles; another agency's trip on a platform vehicle shows as busy time, without details.
    QList<BoardTrip> boardTrips(const TimeSpan &span, qint64 scopeRoot = 0) const;
    // Requested / approved trips without a vehicle that end after `after`, by start.
    QList<Trip> pending(qint64 after, int limit, qint64 scopeRoot = 0) const;

    // A page of the trips list under the filter and its sort order, by offset (LIMIT/OFFSET:
    // the cost grows with the offset).
    QList<TripRow> page(const TripFilter &filter, int offset, int limit) const;
    // The page that follows the row `after` in the same order (keyset paging: a range on the
    // sort key's index starting at `after`, so a deep page costs about what the first one
    // does); an empty cursor gives the first page. Same rows as page() at the matching offset.
    QList<TripRow> pageAfter(const TripFilter &filter, const KeysetCursor &after, int limit) const;
    int count(const TripFilter &filter) const;

private:
    // The trips list's SELECT with `where`, `orderBy`, the keyset's key columns and the page
    // bounds.
    QList<TripRow> rows(const SqlWhere &where, const QString &orderBy, const Keyset &keyset,
                        int limit, int offset) const;
    std::optional<Trip> conflict(const QString &column, qint64 id, const TimeSpan &window,
                                 qint64 excludeTripId) const;
    QHash<qint64, Trip> busy(const QString &column, const TimeSpan &window,
                             qint64 excludeTripId) const;
    static void bind(const Trip &trip, Query &q);

    Database &m_db;
};

} // namespace ga::vehicles

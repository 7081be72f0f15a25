#include "vehicles/TripRepository.h"

#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Keyset.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

#include <QRegularExpression>

namespace ga::vehicles {

namespace {

const QString kTripColumns = QStringLiteral(
    "t.id, t.request_no, t.department_id, d.name, t.requested_by, t.liaison, t.liaison_phone, "
    "t.purpose, t.destination, t.out_of_region, t.emergency, t.passengers, t.planned_start, "
    "t.planned_end, t.status, t.approved_by, u.display_name, t.approved_at, t.approval_note, "
    "t.dispatched_before_approval, t.vehicle_id, v.plate, v.brand, v.model, t.driver_id, dr.name, "
    "dr.phone, t.assigned_by, t.assigned_at, t.override_reason, t.departed_at, t.odometer_out, "
    "t.returned_at, t.odometer_in, t.fuel_cost, t.tolls, t.parking, t.closed_at, t.reason, "
    "t.created_at");

const QString kTripJoins = QStringLiteral(
    " FROM trips t JOIN departments d ON d.id = t.department_id"
    " LEFT JOIN users u ON u.id = t.approved_by"
    " LEFT JOIN vehicles v ON v.id = t.vehicle_id"
    " LEFT JOIN drivers dr ON dr.id = t.driver_id");

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

Trip readTrip(const Query &q)
{
    Trip t;
    int c = 0;
    t.id = q.value(c++).toLongLong();
    t.requestNo = q.value(c++).toString();
    t.departmentId = q.value(c++).toLongLong();
    t.departmentName = q.value(c++).toString();
    t.requestedBy = q.value(c++).toLongLong();
    t.liaison = q.value(c++).toString();
    t.liaisonPhone = q.value(c++).toString();
    t.purpose = q.value(c++).toString();
    t.destination = q.value(c++).toString();
    t.outOfRegion = q.value(c++).toInt() != 0;
    t.emergency = q.value(c++).toInt() != 0;
    t.passengers = q.value(c++).toInt();
    t.planned.start = q.value(c++).toLongLong();
    t.planned.end = q.value(c++).toLongLong();
    t.status = fromTripStatusKey(q.value(c++).toString()).value_or(TripStatus::Requested);
    t.approvedBy = q.value(c++).toLongLong();
    t.approvedByName = q.value(c++).toString();
    t.approvedAt = q.value(c++).toLongLong();
    t.approvalNote = q.value(c++).toString();
    t.dispatchedBeforeApproval = q.value(c++).toInt() != 0;
    t.vehicleId = q.value(c++).toLongLong();
    t.plate = q.value(c++).toString();
    t.vehicleBrand = q.value(c++).toString();
    t.vehicleModel = q.value(c++).toString();
    t.driverId = q.value(c++).toLongLong();
    t.driverName = q.value(c++).toString();
    t.driverPhone = q.value(c++).toString();
    t.assignedBy = q.value(c++).toLongLong();
    t.assignedAt = q.value(c++).toLongLong();
    t.overrideReason = q.value(c++).toString();
    t.departedAt = q.value(c++).toLongLong();
    t.odometerOut = optionalInt(q.value(c++));
    t.returnedAt = q.value(c++).toLongLong();
    t.odometerIn = optionalInt(q.value(c++));
    t.fuelCost = Money(q.value(c++).toLongLong());
    t.tolls = Money(q.value(c++).toLongLong());
    t.parking = Money(q.value(c++).toLongLong());
    t.closedAt = q.value(c++).toLongLong();
    t.reason = q.value(c++).toString();
    t.createdAt = q.value(c++).toLongLong();
    return t;
}

// Empty, never NULL, for the NOT NULL text columns (a null QString binds as NULL).
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant optionalInstant(qint64 secs)
{
    return secs > 0 ? QVariant(secs) : QVariant();
}

QVariant optionalValue(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// The filters of the trips list (the page and the count share them).
SqlWhere whereOf(const TripFilter &f)
{
    SqlWhere w;
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        static const QRegularExpression requestNo(QStringLiteral("^PC\\d*$"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (requestNo.match(text).hasMatch()) {
            // A prefix of the request number: a range on its unique index (':' follows '9').
            const QString prefix = text.toUpper();
            w.add(QStringLiteral("t.request_no >= :no_lo AND t.request_no < :no_hi"))
                .bind(QStringLiteral(":no_lo"), prefix)
                .bind(QStringLiteral(":no_hi"), QString(prefix + QLatin1Char(':')));
        } else {
            QString like = text;
            like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            w.add(QStringLiteral("t.vehicle_id IN (SELECT id FROM vehicles WHERE plate LIKE "
                                 ":plate ESCAPE '\\')"),
                  QStringLiteral(":plate"), QString(QLatin1Char('%') + like + QLatin1Char('%')));
        }
    }
    if (f.departmentId > 0)
        w.add(QStringLiteral("t.department_id = :department"), QStringLiteral(":department"),
              f.departmentId);
    if (f.status)
        w.add(QStringLiteral("t.status = :status"), QStringLiteral(":status"), key(*f.status));
    if (f.range && f.range->from.isValid() && f.range->to.isValid()) {
        w.add(QStringLiteral("t.planned_start >= :from AND t.planned_start < :to"))
            .bind(QStringLiteral(":from"), QDateTime(f.range->from, QTime(0, 0)).toSecsSinceEpoch())
            .bind(QStringLiteral(":to"),
                  QDateTime(f.range->to.addDays(1), QTime(0, 0)).toSecsSinceEpoch());
    }
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("t.department_id"));
    return w;
}

} // namespace

TripRepository::TripRepository(Database &db)
    : m_db(db)
{}

void TripRepository::bind(const Trip &t, Query &q)
{
    q.bind(QStringLiteral(":request_no"), text(t.requestNo))
        .bind(QStringLiteral(":department_id"), t.departmentId)
        .bindOptionalId(QStringLiteral(":requested_by"), t.requestedBy)
        .bind(QStringLiteral(":liaison"), text(t.liaison))
        .bind(QStringLiteral(":liaison_phone"), text(t.liaisonPhone))
        .bind(QStringLiteral(":purpose"), text(t.purpose))
        .bind(QStringLiteral(":destination"), text(t.destination))
        .bind(QStringLiteral(":out_of_region"), t.outOfRegion ? 1 : 0)
        .bind(QStringLiteral(":emergency"), t.emergency ? 1 : 0)
        .bind(QStringLiteral(":passengers"), t.passengers)
        .bind(QStringLiteral(":planned_start"), t.planned.start)
        .bind(QStringLiteral(":planned_end"), t.planned.end)
        .bind(QStringLiteral(":status"), key(t.status))
        .bindOptionalId(QStringLiteral(":approved_by"), t.approvedBy)
        .bind(QStringLiteral(":approved_at"), optionalInstant(t.approvedAt))
        .bind(QStringLiteral(":approval_note"), text(t.approvalNote))
        .bind(QStringLiteral(":dispatched_before_approval"), t.dispatchedBeforeApproval ? 1 : 0)
        .bindOptionalId(QStringLiteral(":vehicle_id"), t.vehicleId)
        .bindOptionalId(QStringLiteral(":driver_id"), t.driverId)
        .bindOptionalId(QStringLiteral(":assigned_by"), t.assignedBy)
        .bind(QStringLiteral(":assigned_at"), optionalInstant(t.assignedAt))
        .bind(QStringLiteral(":override_reason"), text(t.overrideReason))
        .bind(QStringLiteral(":departed_at"), optionalInstant(t.departedAt))
        .bind(QStringLiteral(":odometer_out"), optionalValue(t.odometerOut))
        .bind(QStringLiteral(":returned_at"), optionalInstant(t.returnedAt))
        .bind(QStringLiteral(":odometer_in"), optionalValue(t.odometerIn))
        .bind(QStringLiteral(":fuel_cost"), t.fuelCost.fen())
        .bind(QStringLiteral(":tolls"), t.tolls.fen())
        .bind(QStringLiteral(":parking"), t.parking.fen())
        .bind(QStringLiteral(":closed_at"), optionalInstant(t.closedAt))
        .bind(QStringLiteral(":reason"), text(t.reason))
        .bind(QStringLiteral(":created_at"), t.createdAt);
}

qint64 TripRepository::insert(const Trip &trip)
{
    Query q(m_db,
            QStringLiteral(
                "INSERT INTO trips (request_no, department_id, requested_by, liaison, liaison_phone, "
                "purpose, destination, out_of_region, emergency, passengers, planned_start, "
                "planned_end, status, approved_by, approved_at, approval_note, "
                "dispatched_before_approval, vehicle_id, driver_id, assigned_by, assigned_at, "
                "override_reason, departed_at, odometer_out, returned_at, odometer_in, fuel_cost, "
                "tolls, parking, closed_at, reason, created_at) VALUES (:request_no, "
                ":department_id, :requested_by, :liaison, :liaison_phone, :purpose, :destination, "
                ":out_of_region, :emergency, :passengers, :planned_start, :planned_end, :status, "
                ":approved_by, :approved_at, :approval_note, :dispatched_before_approval, "
                ":vehicle_id, :driver_id, :assigned_by, :assigned_at, :override_reason, "
                ":departed_at, :odometer_out, :returned_at, :odometer_in, :fuel_cost, :tolls, "
                ":parking, :closed_at, :reason, :created_at)"),
            tr("saving the vehicle request"));
    bind(trip, q);
    q.exec();
    return q.lastInsertId();
}

void TripRepository::update(const Trip &trip)
{
    Query q(m_db,
            QStringLiteral(
                "UPDATE trips SET request_no = :request_no, department_id = :department_id, "
                "requested_by = :requested_by, liaison = :liaison, liaison_phone = :liaison_phone, "
                "purpose = :purpose, destination = :destination, out_of_region = :out_of_region, "
                "emergency = :emergency, passengers = :passengers, planned_start = :planned_start, "
                "planned_end = :planned_end, status = :status, approved_by = :approved_by, "
                "approved_at = :approved_at, approval_note = :approval_note, "
                "dispatched_before_approval = :dispatched_before_approval, "
                "vehicle_id = :vehicle_id, driver_id = :driver_id, assigned_by = :assigned_by, "
                "assigned_at = :assigned_at, override_reason = :override_reason, "
                "departed_at = :departed_at, odometer_out = :odometer_out, "
                "returned_at = :returned_at, odometer_in = :odometer_in, fuel_cost = :fuel_cost, "
                "tolls = :tolls, parking = :parking, closed_at = :closed_at, reason = :reason, "
                "created_at = :created_at WHERE id = :id"),
            tr("saving the trip"));
    bind(trip, q);
    q.bind(QStringLiteral(":id"), trip.id).exec();
}

std::optional<Trip> TripRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT ") + kTripColumns + kTripJoins
                      + QStringLiteral(" WHERE t.id = :id"),
            tr("loading a trip"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readTrip(q);
}

QString TripRepository::lastRequestNo(const QString &prefix) const
{
    Query q(m_db,
            QStringLiteral("SELECT max(request_no) FROM trips WHERE request_no >= :lo "
                           "AND request_no < :hi"),
            tr("numbering the vehicle request"));
    q.bind(QStringLiteral(":lo"), prefix)
        .bind(QStringLiteral(":hi"), QString(prefix + QLatin1Char(':')));
    return q.scalar().toString();
}

std::optional<Trip> TripRepository::conflict(const QString &column, qint64 id,
                                             const TimeSpan &window, qint64 excludeTripId) const
{
    Query q(m_db,
            QStringLiteral("SELECT ") + kTripColumns + kTripJoins + QStringLiteral(" WHERE t.")
                + column
                + QStringLiteral(" = :id AND t.planned_start >= :lo AND t.planned_start < :end "
                                 "AND t.planned_end > :start "
                                 "AND t.status IN ('assigned', 'departed') AND t.id <> :exclude "
                                 "ORDER BY t.planned_start LIMIT 1"),
            tr("checking for overlapping trips"), Query::Prepared::Keep);
    // The lower bound keeps the index range to the last kMaxTripSecs before the window instead
    // of the vehicle's (driver's) whole history.
    q.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":lo"), window.start - kMaxTripSecs)
        .bind(QStringLiteral(":start"), window.start)
        .bind(QStringLiteral(":end"), window.end)
        .bind(QStringLiteral(":exclude"), excludeTripId)
        .exec();
    if (!q.next())
        return std::nullopt;
    return readTrip(q);
}

std::optional<Trip> TripRepository::vehicleConflict(qint64 vehicleId, const TimeSpan &window,
                                                    qint64 excludeTripId) const
{
    return conflict(QStringLiteral("vehicle_id"), vehicleId, window, excludeTripId);
}

std::optional<Trip> TripRepository::driverConflict(qint64 driverId, const TimeSpan &window,
                                                   qint64 excludeTripId) const
{
    return conflict(QStringLiteral("driver_id"), driverId, window, excludeTripId);
}

QHash<qint64, Trip> TripRepository::busy(const QString &column, const TimeSpan &window,
                                         qint64 excludeTripId) const
{
    Query q(m_db,
            QStringLiteral("SELECT ") + kTripColumns + kTripJoins
                + QStringLiteral(" WHERE t.planned_start >= :lo AND t.planned_start < :end "
                                 "AND t.planned_end > :start AND t.status IN ('assigned', "
                                 "'departed') AND t.id <> :exclude AND t.")
                + column + QStringLiteral(" IS NOT NULL ORDER BY t.planned_start"),
            tr("finding busy vehicles and drivers"));
    q.bind(QStringLiteral(":lo"), window.start - kMaxTripSecs)
        .bind(QStringLiteral(":start"), window.start)
        .bind(QStringLiteral(":end"), window.end)
        .bind(QStringLiteral(":exclude"), excludeTripId)
        .exec();
    QHash<qint64, Trip> result;
    while (q.next()) {
        Trip t = readTrip(q);
        const qint64 id = column == QLatin1String("vehicle_id") ? t.vehicleId : t.driverId;
        if (!result.contains(id))
            result.insert(id, t);
    }
    return result;
}

QHash<qint64, Trip> TripRepository::busyVehicles(const TimeSpan &window, qint64 excludeTripId) const
{
    return busy(QStringLiteral("vehicle_id"), window, excludeTripId);
}

QHash<qint64, Trip> TripRepository::busyDrivers(const TimeSpan &window, qint64 excludeTripId) const
{
    return busy(QStringLiteral("driver_id"), window, excludeTripId);
}

QList<BoardTrip> TripRepository::boardTrips(const TimeSpan &span, qint64 scopeRoot) const
{
    const AgencyScope scope(scopeRoot);
    SqlWhere w;
    w.add(QStringLiteral("t.planned_start >= :lo AND t.planned_start < :end AND "
                         "t.planned_end > :start"))
        .bind(QStringLiteral(":lo"), span.start - kMaxTripSecs)
        .bind(QStringLiteral(":start"), span.start)
        .bind(QStringLiteral(":end"), span.end);
    w.add(QStringLiteral("t.vehicle_id IS NOT NULL AND t.status NOT IN ('rejected', 'cancelled')"));
    scope.restrictOrPlatform(w, QStringLiteral("v.department_id"),
                             AgencyScope::platformVehicle());
    // Whether the trip is the scope's own (its details are shown) or another agency's.
    QString own = QStringLiteral("1");
    if (!scope.isRegion()) {
        own = QStringLiteral("t.department_id IN (%1)")
                  .arg(AgencyScope::subtreeSelect(QStringLiteral(":own_root")));
        w.bind(QStringLiteral(":own_root"), scopeRoot);
    }
    Query q(m_db,
            QStringLiteral(
                "SELECT t.id, t.vehicle_id, t.request_no, d.name, t.destination, dr.name, "
                "t.planned_start, t.planned_end, t.status, t.emergency, t.out_of_region, "
                "t.dispatched_before_approval, t.passengers, %1 FROM trips t "
                "JOIN departments d ON d.id = t.department_id "
                "JOIN vehicles v ON v.id = t.vehicle_id "
                "LEFT JOIN drivers dr ON dr.id = t.driver_id")
                    .arg(own)
                + w.sql() + QStringLiteral(" ORDER BY t.vehicle_id, t.planned_start"),
            tr("loading the dispatch board"));
    w.bindTo(q);
    q.exec();
    QList<BoardTrip> result;
    while (q.next()) {
        BoardTrip b;
        b.id = q.value(0).toLongLong();
        b.vehicleId = q.value(1).toLongLong();
        b.planned = {q.value(6).toLongLong(), q.value(7).toLongLong()};
        b.status = fromTripStatusKey(q.value(8).toString()).value_or(TripStatus::Assigned);
        b.otherAgency = q.value(13).toInt() == 0;
        if (!b.otherAgency) {
            b.requestNo = q.value(2).toString();
            b.departmentName = q.value(3).toString();
            b.destination = q.value(4).toString();
            b.driverName = q.value(5).toString();
            b.emergency = q.value(9).toInt() != 0;
            b.outOfRegion = q.value(10).toInt() != 0;
            b.dispatchedBeforeApproval = q.value(11).toInt() != 0;
            b.passengers = q.value(12).toInt();
        }
        result.append(b);
    }
    return result;
}

QList<Trip> TripRepository::pending(qint64 after, int limit, qint64 scopeRoot) const
{
    // Two index ranges on trips_status (status, planned_start), merged by the ORDER BY.
    SqlWhere scope;
    AgencyScope(scopeRoot).restrict(scope, QStringLiteral("t.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT ") + kTripColumns + kTripJoins
                + QStringLiteral(" WHERE t.status IN ('requested', 'approved') AND "
                                 "t.planned_start >= :lo AND t.planned_end > :after AND "
                                 "t.vehicle_id IS NULL")
                + scope.andClause()
                + QStringLiteral(" ORDER BY t.planned_start, t.id LIMIT :limit"),
            tr("loading the pending requests"));
    scope.bindTo(q);
    q.bind(QStringLiteral(":lo"), after - kMaxTripSecs)
        .bind(QStringLiteral(":after"), after)
        .bind(QStringLiteral(":limit"), limit)
        .exec();
    QList<Trip> result;
    while (q.next())
        result.append(readTrip(q));
    return result;
}

namespace {

const QString kPageSelect = QStringLiteral(
    "SELECT t.id, t.request_no, t.planned_start, t.planned_end, d.name, t.destination, "
    "v.plate, dr.name, t.passengers, t.status, t.emergency, t.out_of_region, "
    "t.odometer_out, t.odometer_in, t.fuel_cost + t.tolls + t.parking%1 FROM trips t "
    "JOIN departments d ON d.id = t.department_id "
    "LEFT JOIN vehicles v ON v.id = t.vehicle_id "
    "LEFT JOIN drivers dr ON dr.id = t.driver_id");

// The sort key of the trips list; every order ends on a unique column, so pages by offset and
// pages by key see the rows in the same order.
//   - (planned_start, id): trips_start, or the filter's index on (…, planned_start);
//   - request_no: its unique index;
//   - (status, planned_start, id): trips_status, split on the status (a handful of values): the
//     rest of the cursor's status after (planned_start, id), then the statuses after it.
Keyset keysetOf(const TripFilter &filter)
{
    static const QRegularExpression requestNo(QStringLiteral("^PC\\d*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const bool desc = filter.descending;
    switch (filter.sort) {
    case TripSort::Start:
        // A request-number search may match a whole year: list it in filing order on the index
        // it searches rather than sort every match by start.
        if (requestNo.match(filter.text.trimmed()).hasMatch())
            return Keyset({QStringLiteral("t.request_no")}, desc);
        return Keyset({QStringLiteral("t.planned_start"), QStringLiteral("t.id")}, desc);
    case TripSort::RequestNo:
        return Keyset({QStringLiteral("t.request_no")}, desc);
    case TripSort::Status:
        return Keyset(
            {QStringLiteral("t.status"), QStringLiteral("t.planned_start"), QStringLiteral("t.id")},
            desc, 1);
    }
    return Keyset({QStringLiteral("t.planned_start"), QStringLiteral("t.id")}, desc);
}

} // namespace

QList<TripRow> TripRepository::rows(const SqlWhere &where, const QString &orderBy,
                                    const Keyset &keyset, int limit, int offset) const
{
    QList<TripRow> rows;
    if (limit <= 0)
        return rows;
    Query q(m_db,
            kPageSelect.arg(keyset.selectList()) + where.sql() + orderBy
                + (offset > 0 ? QStringLiteral(" LIMIT :limit OFFSET :offset")
                              : QStringLiteral(" LIMIT :limit")),
            tr("loading the trips list"));
    where.bindTo(q);
    q.bind(QStringLiteral(":limit"), limit);
    if (offset > 0)
        q.bind(QStringLiteral(":offset"), offset);
    q.exec();
    rows.reserve(limit);
    while (q.next()) {
        TripRow r;
        r.id = q.value(0).toLongLong();
        r.requestNo = q.value(1).toString();
        r.planned = {q.value(2).toLongLong(), q.value(3).toLongLong()};
        r.departmentName = q.value(4).toString();
        r.destination = q.value(5).toString();
        r.plate = q.value(6).toString();
        r.driverName = q.value(7).toString();
        r.passengers = q.value(8).toInt();
        r.status = fromTripStatusKey(q.value(9).toString()).value_or(TripStatus::Requested);
        r.emergency = q.value(10).toInt() != 0;
        r.outOfRegion = q.value(11).toInt() != 0;
        if (!q.value(12).isNull() && !q.value(13).isNull())
            r.km = q.value(13).toInt() - q.value(12).toInt();
        r.cost = Money(q.value(14).toLongLong());
        r.key = keyset.cursorAt(q, 15);
        rows.append(r);
    }
    return rows;
}

QList<TripRow> TripRepository::page(const TripFilter &filter, int offset, int limit) const
{
    const Keyset keyset = keysetOf(filter);
    return rows(whereOf(filter), keyset.orderBy(), keyset, limit, offset);
}

QList<TripRow> TripRepository::pageAfter(const TripFilter &filter, const KeysetCursor &after,
                                         int limit) const
{
    const Keyset keyset = keysetOf(filter);
    return keyset.page(whereOf(filter), after, limit,
                       [&](const SqlWhere &w, const QString &order, int n) {
                           return rows(w, order, keyset, n, 0);
                       });
}

int TripRepository::count(const TripFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM trips t") + w.sql(), tr("counting trips"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

} // namespace ga::vehicles

#include "vehicles/DispatchRepository.h"

#include "core/Period.h"
#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

namespace ga::vehicles {

namespace {

const QString kVehicleSelect = QStringLiteral(
    "SELECT v.id, v.plate, v.brand, v.model, v.category, v.seats, v.licence_class, v.status, "
    "v.odometer_km, "
    "(SELECT max(i.expiry) FROM vehicle_inspections i WHERE i.vehicle_id = v.id "
    "AND i.result = 'passed'), "
    "(SELECT max(s.expiry) FROM vehicle_insurance s WHERE s.vehicle_id = v.id) "
    "FROM vehicles v");

VehicleCandidate readVehicle(const Query &q)
{
    VehicleCandidate v;
    v.id = q.value(0).toLongLong();
    v.plate = q.value(1).toString();
    v.brand = q.value(2).toString();
    v.model = q.value(3).toString();
    v.category = fromCategoryKey(q.value(4).toString()).value_or(Category::General);
    v.seats = q.value(5).toInt();
    v.licenceClass = q.value(6).toString();
    v.status = fromVehicleStatusKey(q.value(7).toString()).value_or(VehicleStatus::Available);
    v.odometerKm = q.value(8).toInt();
    v.inspectionExpiry = fromIsoDate(q.value(9).toString()).value_or(QDate());
    v.insuranceExpiry = fromIsoDate(q.value(10).toString()).value_or(QDate());
    return v;
}

const QString kDriverSelect = QStringLiteral(
    "SELECT dr.id, dr.name, dr.phone, dr.licence_class, dr.licence_expiry, dr.status "
    "FROM drivers dr");

DriverCandidate readDriver(const Query &q)
{
    DriverCandidate d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.phone = q.value(2).toString();
    d.licenceClass = q.value(3).toString();
    d.licenceExpiry = fromIsoDate(q.value(4).toString()).value_or(QDate());
    d.status = fromDriverStatusKey(q.value(5).toString()).value_or(DriverStatus::Active);
    return d;
}

} // namespace

DispatchRepository::DispatchRepository(Database &db)
    : m_db(db)
{}

std::optional<VehicleCandidate> DispatchRepository::vehicle(qint64 id) const
{
    Query q(m_db, kVehicleSelect + QStringLiteral(" WHERE v.id = :id"), tr("loading a vehicle"),
            Query::Prepared::Keep); // every assignment check reads it
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readVehicle(q);
}

QList<VehicleCandidate> DispatchRepository::activeVehicles(qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("v.status <> 'retired'"));
    AgencyScope(scopeRoot).restrictOrPlatform(w, QStringLiteral("v.department_id"),
                                              AgencyScope::platformVehicle());
    Query q(m_db, kVehicleSelect + w.sql() + QStringLiteral(" ORDER BY v.plate"),
            tr("loading the vehicles"));
    w.bindTo(q);
    q.exec();
    QList<VehicleCandidate> result;
    while (q.next())
        result.append(readVehicle(q));
    return result;
}

std::optional<DriverCandidate> DispatchRepository::driver(qint64 id) const
{
    Query q(m_db, kDriverSelect + QStringLiteral(" WHERE dr.id = :id"), tr("loading a driver"),
            Query::Prepared::Keep);
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readDriver(q);
}

QList<DriverCandidate> DispatchRepository::activeDrivers(qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("dr.status <> 'retired'"));
    AgencyScope(scopeRoot).restrictOrPlatform(w, QStringLiteral("dr.department_id"),
                                              AgencyScope::platformDriver());
    Query q(m_db, kDriverSelect + w.sql() + QStringLiteral(" ORDER BY dr.name, dr.id"),
            tr("loading the drivers"));
    w.bindTo(q);
    q.exec();
    QList<DriverCandidate> result;
    while (q.next())
        result.append(readDriver(q));
    return result;
}

QList<BoardVehicle> DispatchRepository::boardVehicles(qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("v.status <> 'retired'"));
    AgencyScope(scopeRoot).restrictOrPlatform(w, QStringLiteral("v.department_id"),
                                              AgencyScope::platformVehicle());
    Query q(m_db,
            QStringLiteral("SELECT v.id, v.plate, v.brand, v.model, v.category, v.status, v.seats "
                           "FROM vehicles v")
                + w.sql() + QStringLiteral(" ORDER BY v.category, v.plate"),
            tr("loading the dispatch board"));
    w.bindTo(q);
    q.exec();
    QList<BoardVehicle> result;
    while (q.next()) {
        BoardVehicle v;
        v.id = q.value(0).toLongLong();
        v.plate = q.value(1).toString();
        v.brand = q.value(2).toString();
        v.model = q.value(3).toString();
        v.category = fromCategoryKey(q.value(4).toString()).value_or(Category::General);
        v.status = fromVehicleStatusKey(q.value(5).toString()).value_or(VehicleStatus::Available);
        v.seats = q.value(6).toInt();
        result.append(v);
    }
    return result;
}

QList<DepartmentRef> DispatchRepository::departments(qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("d.status = 'active'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("d.id"));
    // Division names repeat across agencies (every agency has its 办公室): a division is named
    // with its parent's name.
    Query q(m_db,
            QStringLiteral("SELECT d.id, CASE WHEN d.kind = 'division' AND p.id IS NOT NULL "
                           "THEN p.name || ' · ' || d.name ELSE d.name END AS label "
                           "FROM departments d LEFT JOIN departments p ON p.id = d.parent_id")
                + w.sql() + QStringLiteral(" ORDER BY label, d.id"),
            tr("loading the departments"));
    w.bindTo(q);
    q.exec();
    QList<DepartmentRef> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString()});
    return result;
}

bool DispatchRepository::vehicleUsableIn(qint64 vehicleId, qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("v.id = :id"), QStringLiteral(":id"), vehicleId);
    AgencyScope(scopeRoot).restrictOrPlatform(w, QStringLiteral("v.department_id"),
                                              AgencyScope::platformVehicle());
    Query q(m_db, QStringLiteral("SELECT count(*) FROM vehicles v") + w.sql(),
            tr("checking the agency scope"));
    w.bindTo(q);
    return q.scalar(0).toInt() > 0;
}

bool DispatchRepository::driverUsableIn(qint64 driverId, qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("dr.id = :id"), QStringLiteral(":id"), driverId);
    AgencyScope(scopeRoot).restrictOrPlatform(w, QStringLiteral("dr.department_id"),
                                              AgencyScope::platformDriver());
    Query q(m_db, QStringLiteral("SELECT count(*) FROM drivers dr") + w.sql(),
            tr("checking the agency scope"));
    w.bindTo(q);
    return q.scalar(0).toInt() > 0;
}

qint64 DispatchRepository::vehicleDepartment(qint64 vehicleId) const
{
    Query q(m_db, QStringLiteral("SELECT department_id FROM vehicles WHERE id = :id"),
            tr("loading a vehicle"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return q.scalar(0).toLongLong();
}

qint64 DispatchRepository::driverDepartment(qint64 driverId) const
{
    Query q(m_db, QStringLiteral("SELECT department_id FROM drivers WHERE id = :id"),
            tr("loading a driver"));
    q.bind(QStringLiteral(":id"), driverId);
    return q.scalar(0).toLongLong();
}

bool DispatchRepository::departmentExists(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM departments WHERE id = :id AND status = 'active'"),
            tr("loading a department"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar(0).toInt() > 0;
}

void DispatchRepository::markDispatched(qint64 vehicleId)
{
    Query q(m_db, QStringLiteral("UPDATE vehicles SET status = 'dispatched' WHERE id = :id"),
            tr("marking the vehicle as dispatched"));
    q.bind(QStringLiteral(":id"), vehicleId).exec();
}

void DispatchRepository::markReturned(qint64 vehicleId, int odometerKm)
{
    Query q(m_db,
            QStringLiteral("UPDATE vehicles SET odometer_km = :km, status = "
                           "CASE WHEN status = 'dispatched' THEN 'available' ELSE status END "
                           "WHERE id = :id"),
            tr("recording the vehicle's return"));
    q.bind(QStringLiteral(":km"), odometerKm).bind(QStringLiteral(":id"), vehicleId).exec();
}

} // namespace ga::vehicles

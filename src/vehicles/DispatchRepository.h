#pragma once

#include "vehicles/DispatchTypes.h"
#include "vehicles/Trip.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ga {
class Database;
}

namespace ga::vehicles {

// What dispatch needs to know about vehicles, drivers and departments, read with its own SQL:
// the facts the assignment rules look at (status, seats, licence class, latest inspection and
// insurance expiry; driver licence and status), the board's vehicle rows, and the vehicle
// state changes of departure and return.
class DispatchRepository
{
    Q_DECLARE_TR_FUNCTIONS(DispatchRepository)
public:
    explicit DispatchRepository(Database &db);

    // The candidate structs double as the facts of one vehicle / driver (problems left empty).
    std::optional<VehicleCandidate> vehicle(qint64 id) const;
    // scopeRoot: an agency scope's root (its own and the platform's vehicles and drivers), 0 for
    // the whole region.
    QList<VehicleCandidate> activeVehicles(qint64 scopeRoot = 0) const;  // not retired, by plate
    std::optional<DriverCandidate> driver(qint64 id) const;
    QList<DriverCandidate> activeDrivers(qint64 scopeRoot = 0) const;    // not retired, by name

    QList<BoardVehicle> boardVehicles(qint64 scopeRoot = 0) const;  // not retired, by category, plate
    QList<DepartmentRef> departments(qint64 scopeRoot = 0) const;   // active, by name
    // Whether an agency scope may dispatch the vehicle / driver: its own or the platform's.
    bool vehicleUsableIn(qint64 vehicleId, qint64 scopeRoot) const;
    bool driverUsableIn(qint64 driverId, qint64 scopeRoot) const;
    qint64 vehicleDepartment(qint64 vehicleId) const;
    qint64 driverDepartment(qint64 driverId) const;
    bool departmentExists(qint64 id) const;

    // Departure: status → dispatched. Return: odometer → `odometerKm`, dispatched → available.
    void markDispatched(qint64 vehicleId);
    void markReturned(qint64 vehicleId, int odometerKm);

private:
    Database &m_db;
};

} // namespace ga::vehicles

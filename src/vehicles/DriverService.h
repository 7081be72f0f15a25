#pragma once

#include "org/ScopeGuard.h"
#include "vehicles/DriverRepository.h"
#include "vehicles/VehicleRecords.h"

#include <QCoreApplication>

namespace ga {
class AuditLog;
class Clock;
class Database;
class Session;
} // namespace ga

namespace ga::vehicles {

// Drivers (驾驶员): employment category, licence class and expiry, optional link to the staff
// register. Reads are open; writes need Permission::EditVehicles and are audited. Drivers are
// retired, never deleted.
class DriverService
{
    Q_DECLARE_TR_FUNCTIONS(DriverService)
public:
    DriverService(Database &db, Session &session, AuditLog &audit, const Clock &clock);

    QList<DriverRow> listDrivers(const DriverFilter &filter = {}) const;
    // Throws NotFoundError.
    Driver driver(qint64 id) const;
    // Drivers not retired, by name.
    QList<NamedId> driverChoices() const;
    // The staff member with this number; throws NotFoundError when there is none.
    qint64 staffIdByNumber(const QString &staffNo) const;
    QString staffNumber(qint64 staffId) const;

    // Name, licence class (one of licenceClasses()) and expiry are required; a new driver is
    // active or on leave. Returns the new id.
    qint64 createDriver(const Driver &driver);
    // Same rules; a retired driver stays retired.
    void updateDriver(const Driver &driver);
    // Refused while the driver has an assigned or departed trip.
    void retireDriver(qint64 id);

private:
    Driver validated(const Driver &input) const;
    // Before the write's transaction: refuses (and audits) a driver outside the user's scope.
    void requireDriverInScope(qint64 driverId, const QString &action) const;

    Database &m_db;
    Session &m_session;
    AuditLog &m_audit;
    const Clock &m_clock;
    DriverRepository m_drivers;
    ScopeGuard m_scope;
};

} // namespace ga::vehicles

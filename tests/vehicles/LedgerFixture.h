#pragma once

#include "support/TempDatabase.h"
#include "vehicles/DriverService.h"
#include "vehicles/VehicleService.h"

#include <QDate>
#include <QString>

namespace ga::test {

// A temporary store for the ledger tests, with two departments. Vehicles and drivers are made
// through the ledger's services as the system user; trips (owned by dispatch) are inserted
// with plain SQL. "Today" is 2026-11-28, 09:00 local.
class LedgerFixture
{
public:
    LedgerFixture();

    TempDatabase &temp() { return m_temp; }
    vehicles::VehicleService &vehicles() { return m_temp.services().vehicles(); }
    vehicles::DriverService &drivers() { return m_temp.services().drivers(); }

    qint64 department() const { return m_department; }
    qint64 otherDepartment() const { return m_otherDepartment; }

    static vehicles::Vehicle vehicleSpec(const QString &plate);
    qint64 addVehicle(const QString &plate);
    qint64 addVehicle(const vehicles::Vehicle &v);
    static vehicles::Driver driverSpec(const QString &name);
    qint64 addDriver(const QString &name, const QDate &licenceExpiry = QDate(2030, 1, 1));

    // Local time as UTC seconds.
    static qint64 at(const QDate &day, int hour, int minute = 0);

    struct TripSpec
    {
        qint64 vehicleId = 0;
        qint64 driverId = 0;
        qint64 departmentId = 0;      // 0: department()
        QString status = QStringLiteral("closed");
        QDate day = QDate(2026, 11, 2);
        int startHour = 9;
        int hours = 4;
        int odometerOut = 1000;
        int km = 100;
        qint64 tolls = 0;             // fen
        qint64 parking = 0;
    };
    qint64 addTrip(const TripSpec &spec);

private:
    TempDatabase m_temp;
    qint64 m_department = 0;
    qint64 m_otherDepartment = 0;
    int m_trips = 0;
};

} // namespace ga::test

#pragma once

#include "support/TempDatabase.h"
#include "vehicles/DispatchService.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace ga::test {

// A temporary store with two departments and helpers that insert vehicles, drivers and their
// files with plain SQL (dispatch does not depend on the ledger's services), and trips at each
// stage of the workflow. "Today" is the fixed clock's 2026-11-28, 09:00 local.
class DispatchFixture
{
public:
    DispatchFixture();

    TempDatabase &temp() { return m_temp; }
    vehicles::DispatchService &dispatch() { return m_temp.services().dispatch(); }

    qint64 department() const { return m_department; }
    qint64 otherDepartment() const { return m_otherDepartment; }

    struct VehicleSpec
    {
        QString plate = QStringLiteral("宁A·10001");
        int seats = 5;
        QString licenceClass = QStringLiteral("C1");
        QString status = QStringLiteral("available");
        QDate inspectionExpiry = QDate(2027, 6, 30);   // invalid: no inspection on record
        QDate insuranceExpiry = QDate(2027, 6, 30);    // invalid: no insurance on record
        int odometerKm = 10000;
        QString category = QStringLiteral("general");
    };
    qint64 addVehicle(const VehicleSpec &spec);
    qint64 addVehicle(const QString &plate) { return addVehicle(VehicleSpec{plate}); }

    struct DriverSpec
    {
        QString name = QStringLiteral("王师傅");
        QString licenceClass = QStringLiteral("C1");
        QDate licenceExpiry = QDate(2030, 1, 1);
        QString status = QStringLiteral("active");
    };
    qint64 addDriver(const DriverSpec &spec);
    qint64 addDriver(const QString &name) { return addDriver(DriverSpec{name}); }

    // Local time on a day (default today) as UTC seconds.
    static qint64 at(int hour, int minute = 0, QDate day = QDate(2026, 11, 28));

    vehicles::TripRequest request(int startHour, int endHour, int passengers = 3) const;
    // Trips created as the system user (an admin), at each stage.
    qint64 requested(int startHour, int endHour, bool emergency = false, bool outOfRegion = false);
    qint64 approved(int startHour, int endHour, bool outOfRegion = false);
    qint64 assigned(int startHour, int endHour, qint64 vehicleId, qint64 driverId);
    qint64 departed(int startHour, int endHour, qint64 vehicleId, qint64 driverId,
                    int odometerOut = 10000);
    qint64 returned(int startHour, int endHour, qint64 vehicleId, qint64 driverId);

    // Runs `action` as the system user, whoever is logged in.
    template<typename F>
    void asSystem(F &&action)
    {
        const UserContext saved = m_temp.session().user();
        m_temp.session().setUser(UserContext::system());
        action();
        m_temp.session().setUser(saved);
    }

    QString status(qint64 tripId);
    int auditCount(const QString &action, qint64 tripId);

private:
    TempDatabase m_temp;
    qint64 m_department = 0;
    qint64 m_otherDepartment = 0;
};

} // namespace ga::test

#include "DispatchFixture.h"

#include "core/Period.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace ga::test {

namespace {

qint64 insert(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("fixture insert failed: %s", qPrintable(sql));
    return q.lastInsertId().toLongLong();
}

} // namespace

DispatchFixture::DispatchFixture()
{
    const QString sql = QStringLiteral(
        "INSERT INTO departments (code, name, kind, created_at) VALUES (?, ?, 'agency', 0)");
    m_department = insert(m_temp.db(), sql, {QStringLiteral("D01"), QStringLiteral("办公厅")});
    m_otherDepartment = insert(m_temp.db(), sql, {QStringLiteral("D02"), QStringLiteral("财政厅")});
}

qint64 DispatchFixture::addVehicle(const VehicleSpec &s)
{
    const qint64 id = insert(
        m_temp.db(),
        QStringLiteral("INSERT INTO vehicles (plate, brand, model, category, energy_type, seats, "
                       "licence_class, ownership, department_id, odometer_km, status, created_at) "
                       "VALUES (?, '红旗', 'H5', ?, 'petrol', ?, ?, 'retained', ?, ?, ?, 0)"),
        {s.plate, s.category, s.seats, s.licenceClass, m_department, s.odometerKm, s.status});
    if (s.inspectionExpiry.isValid())
        insert(m_temp.db(),
               QStringLiteral("INSERT INTO vehicle_inspections (vehicle_id, date, expiry, result, "
                              "created_at) VALUES (?, ?, ?, 'passed', 0)"),
               {id, toIsoDate(s.inspectionExpiry.addYears(-1)), toIsoDate(s.inspectionExpiry)});
    if (s.insuranceExpiry.isValid())
        insert(m_temp.db(),
               QStringLiteral("INSERT INTO vehicle_insurance (vehicle_id, insurer, start_date, "
                              "expiry, created_at) VALUES (?, '人保', ?, ?, 0)"),
               {id, toIsoDate(s.insuranceExpiry.addYears(-1)), toIsoDate(s.insuranceExpiry)});
    return id;
}

qint64 DispatchFixture::addDriver(const DriverSpec &s)
{
    return insert(m_temp.db(),
                  QStringLiteral("INSERT INTO drivers (name, employment, licence_class, "
                                 "licence_expiry, phone, status, created_at) VALUES (?, "
                                 "'established', ?, ?, '13900000000', ?, 0)"),
                  {s.name, s.licenceClass, toIsoDate(s.licenceExpiry), s.status});
}

qint64 DispatchFixture::at(int hour, int minute, QDate day)
{
    return QDateTime(day, QTime(0, 0)).addSecs(hour * 3600 + minute * 60).toSecsSinceEpoch();
}

vehicles::TripRequest DispatchFixture::request(int startHour, int endHour, int passengers) const
{
    vehicles::TripRequest r;
    r.departmentId = m_department;
    r.liaison = QStringLiteral("李联络");
    r.liaisonPhone = QStringLiteral("0951-1234567");
    r.purpose = QStringLiteral("调研");
    r.destination = QStringLiteral("银川市兴庆区");
    r.passengers = passengers;
    r.planned = {at(startHour), at(endHour)};
    return r;
}

qint64 DispatchFixture::requested(int startHour, int endHour, bool emergency, bool outOfRegion)
{
    qint64 id = 0;
    asSystem([&] {
        auto r = request(startHour, endHour);
        r.emergency = emergency;
        r.outOfRegion = outOfRegion;
        id = dispatch().createRequest(r);
    });
    return id;
}

qint64 DispatchFixture::approved(int startHour, int endHour, bool outOfRegion)
{
    const qint64 id = requested(startHour, endHour, false, outOfRegion);
    asSystem([&] { dispatch().approve(id); });
    return id;
}

qint64 DispatchFixture::assigned(int startHour, int endHour, qint64 vehicleId, qint64 driverId)
{
    const qint64 id = approved(startHour, endHour);
    asSystem([&] { dispatch().assign(id, vehicleId, driverId); });
    return id;
}

qint64 DispatchFixture::departed(int startHour, int endHour, qint64 vehicleId, qint64 driverId,
                                 int odometerOut)
{
    const qint64 id = assigned(startHour, endHour, vehicleId, driverId);
    asSystem([&] { dispatch().depart(id, odometerOut, at(startHour)); });
    return id;
}

qint64 DispatchFixture::returned(int startHour, int endHour, qint64 vehicleId, qint64 driverId)
{
    const qint64 id = departed(startHour, endHour, vehicleId, driverId);
    asSystem([&] {
        dispatch().recordReturn(id, 10080, at(endHour), Money::fromYuan(60), Money::fromYuan(10),
                                Money::fromYuan(5));
    });
    return id;
}

QString DispatchFixture::status(qint64 tripId)
{
    return m_temp.scalar(QStringLiteral("SELECT status FROM trips WHERE id = %1").arg(tripId))
        .toString();
}

int DispatchFixture::auditCount(const QString &action, qint64 tripId)
{
    return m_temp
        .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'trip' AND "
                               "action = '%1' AND entity_id = %2")
                    .arg(action)
                    .arg(tripId))
        .toInt();
}

} // namespace ga::test

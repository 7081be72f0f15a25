#include "LedgerFixture.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace ga::test {

namespace {
qint64 insertDepartment(TempDatabase &t, const QString &code, const QString &name)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("INSERT INTO departments (code, name, kind, created_at) "
                             "VALUES (?, ?, 'agency', 0)"));
    q.addBindValue(code);
    q.addBindValue(name);
    q.exec();
    return q.lastInsertId().toLongLong();
}
} // namespace

LedgerFixture::LedgerFixture()
{
    m_department = insertDepartment(m_temp, QStringLiteral("D01"), QStringLiteral("办公厅"));
    m_otherDepartment = insertDepartment(m_temp, QStringLiteral("D02"), QStringLiteral("财政厅"));
}

vehicles::Vehicle LedgerFixture::vehicleSpec(const QString &plate)
{
    vehicles::Vehicle v;
    v.plate = plate;
    v.brand = QStringLiteral("红旗");
    v.model = QStringLiteral("H5");
    v.seats = 5;
    v.purchaseDate = QDate(2024, 3, 1);
    v.odometerKm = 1000;
    return v;
}

qint64 LedgerFixture::addVehicle(const QString &plate)
{
    vehicles::Vehicle v = vehicleSpec(plate);
    v.departmentId = m_department;
    return addVehicle(v);
}

qint64 LedgerFixture::addVehicle(const vehicles::Vehicle &v)
{
    return vehicles().createVehicle(v);
}

vehicles::Driver LedgerFixture::driverSpec(const QString &name)
{
    vehicles::Driver d;
    d.name = name;
    d.licenceClass = QStringLiteral("B2");
    d.licenceExpiry = QDate(2030, 1, 1);
    return d;
}

qint64 LedgerFixture::addDriver(const QString &name, const QDate &licenceExpiry)
{
    vehicles::Driver d = driverSpec(name);
    d.licenceExpiry = licenceExpiry;
    return drivers().createDriver(d);
}

qint64 LedgerFixture::at(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime).toSecsSinceEpoch();
}

qint64 LedgerFixture::addTrip(const TripSpec &s)
{
    const qint64 start = at(s.day, s.startHour);
    const qint64 end = start + qint64(s.hours) * 3600;
    const bool out = s.status == QLatin1String("departed") || s.status == QLatin1String("returned")
                     || s.status == QLatin1String("closed");
    const bool back = s.status == QLatin1String("returned") || s.status == QLatin1String("closed");
    QSqlQuery q(m_temp.db().connection());
    q.prepare(QStringLiteral(
        "INSERT INTO trips (request_no, department_id, purpose, destination, passengers, "
        "planned_start, planned_end, status, vehicle_id, driver_id, departed_at, odometer_out, "
        "returned_at, odometer_in, tolls, parking, created_at) "
        "VALUES (?, ?, '公务', '银川', 2, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
    q.addBindValue(QStringLiteral("PC2026%1").arg(++m_trips, 6, 10, QLatin1Char('0')));
    q.addBindValue(s.departmentId > 0 ? s.departmentId : m_department);
    q.addBindValue(start);
    q.addBindValue(end);
    q.addBindValue(s.status);
    q.addBindValue(s.vehicleId > 0 ? QVariant(s.vehicleId) : QVariant());
    q.addBindValue(s.driverId > 0 ? QVariant(s.driverId) : QVariant());
    q.addBindValue(out ? QVariant(start) : QVariant());
    q.addBindValue(out ? QVariant(s.odometerOut) : QVariant());
    q.addBindValue(back ? QVariant(end) : QVariant());
    q.addBindValue(back ? QVariant(s.odometerOut + s.km) : QVariant());
    q.addBindValue(s.tolls);
    q.addBindValue(s.parking);
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

} // namespace ga::test

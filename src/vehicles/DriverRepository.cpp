#include "vehicles/DriverRepository.h"

#include "core/Period.h"
#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

namespace ga::vehicles {

namespace {

// NOT NULL text columns: a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const char *kColumns = "r.id, r.staff_id, r.name, r.employment, r.licence_no, r.licence_class, "
                       "r.licence_expiry, r.phone, r.department_id, r.status, r.created_at";

} // namespace

DriverRepository::DriverRepository(Database &db)
    : m_db(db)
{}

Driver DriverRepository::read(const Query &q)
{
    Driver d;
    d.id = q.value(0).toLongLong();
    d.staffId = q.value(1).toLongLong();
    d.name = q.value(2).toString();
    d.employment = fromEmploymentKey(q.value(3).toString()).value_or(Employment::Established);
    d.licenceNo = q.value(4).toString();
    d.licenceClass = q.value(5).toString();
    d.licenceExpiry = fromIsoDate(q.value(6).toString()).value_or(QDate());
    d.phone = q.value(7).toString();
    d.departmentId = q.value(8).toLongLong();
    d.status = fromDriverStatusKey(q.value(9).toString()).value_or(DriverStatus::Active);
    d.createdAt = q.value(10).toLongLong();
    return d;
}

void DriverRepository::bind(const Driver &d, Query &q)
{
    q.bindOptionalId(QStringLiteral(":staff_id"), d.staffId)
        .bind(QStringLiteral(":name"), text(d.name))
        .bind(QStringLiteral(":employment"), key(d.employment))
        .bind(QStringLiteral(":licence_no"), text(d.licenceNo))
        .bind(QStringLiteral(":licence_class"), text(d.licenceClass))
        .bind(QStringLiteral(":licence_expiry"), toIsoDate(d.licenceExpiry))
        .bind(QStringLiteral(":phone"), text(d.phone))
        .bindOptionalId(QStringLiteral(":department_id"), d.departmentId)
        .bind(QStringLiteral(":status"), key(d.status));
}

std::optional<Driver> DriverRepository::find(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT ") + QLatin1String(kColumns)
                + QStringLiteral(" FROM drivers r WHERE r.id = :id"),
            tr("loading a driver"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

qint64 DriverRepository::insert(const Driver &d)
{
    Query q(m_db,
            QStringLiteral(
                "INSERT INTO drivers (staff_id, name, employment, licence_no, licence_class, "
                "licence_expiry, phone, department_id, status, created_at) VALUES (:staff_id, "
                ":name, :employment, :licence_no, :licence_class, :licence_expiry, :phone, "
                ":department_id, :status, :created_at)"),
            tr("saving a new driver"));
    bind(d, q);
    q.bind(QStringLiteral(":created_at"), d.createdAt).exec();
    return q.lastInsertId();
}

void DriverRepository::update(const Driver &d)
{
    Query q(m_db,
            QStringLiteral("UPDATE drivers SET staff_id = :staff_id, name = :name, "
                           "employment = :employment, licence_no = :licence_no, "
                           "licence_class = :licence_class, licence_expiry = :licence_expiry, "
                           "phone = :phone, department_id = :department_id, status = :status "
                           "WHERE id = :id"),
            tr("saving a driver"));
    bind(d, q);
    q.bind(QStringLiteral(":id"), d.id).exec();
}

void DriverRepository::setStatus(qint64 id, DriverStatus status)
{
    Query q(m_db, QStringLiteral("UPDATE drivers SET status = :status WHERE id = :id"),
            tr("changing a driver's status"));
    q.bind(QStringLiteral(":status"), key(status)).bind(QStringLiteral(":id"), id).exec();
}

QList<DriverRow> DriverRepository::list(const DriverFilter &filter) const
{
    QStringList where;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty())
        where << QStringLiteral(
            "(r.name LIKE :text OR r.licence_no LIKE :text2 OR r.phone LIKE :text3)");
    if (filter.status)
        where << QStringLiteral("r.status = :status");
    if (!filter.includeRetired)
        where << QStringLiteral("r.status <> 'retired'");
    if (filter.scopeRoot > 0)
        where << QStringLiteral("(r.department_id IN (%1) OR %2)")
                     .arg(AgencyScope::subtreeSelect(QStringLiteral(":scope_root")),
                          AgencyScope::platformDriver(QStringLiteral("r")));
    Query q(m_db,
            QStringLiteral("SELECT ") + QLatin1String(kColumns)
                + QStringLiteral(", COALESCE(d.name, ''), COALESCE(s.staff_no, '') FROM drivers r "
                                 "LEFT JOIN departments d ON d.id = r.department_id "
                                 "LEFT JOIN staff s ON s.id = r.staff_id")
                + (where.isEmpty()
                       ? QString()
                       : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
                + QStringLiteral(" ORDER BY r.name, r.id"),
            tr("listing drivers"));
    if (!text.isEmpty()) {
        const QString like = QLatin1Char('%') + text + QLatin1Char('%');
        q.bind(QStringLiteral(":text"), like)
            .bind(QStringLiteral(":text2"), like)
            .bind(QStringLiteral(":text3"), like);
    }
    if (filter.status)
        q.bind(QStringLiteral(":status"), key(*filter.status));
    if (filter.scopeRoot > 0)
        q.bind(QStringLiteral(":scope_root"), filter.scopeRoot);
    q.exec();
    QList<DriverRow> rows;
    while (q.next()) {
        DriverRow row;
        row.driver = read(q);
        row.departmentName = q.value(11).toString();
        row.staffNo = q.value(12).toString();
        rows << row;
    }
    return rows;
}

QList<NamedId> DriverRepository::choices(qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("dr.status <> 'retired'"));
    AgencyScope(scopeRoot).restrictOrPlatform(w, QStringLiteral("dr.department_id"),
                                              AgencyScope::platformDriver());
    Query q(m_db,
            QStringLiteral("SELECT dr.id, dr.name FROM drivers dr") + w.sql()
                + QStringLiteral(" ORDER BY dr.name, dr.id"),
            tr("listing drivers"));
    w.bindTo(q);
    q.exec();
    QList<NamedId> list;
    while (q.next())
        list << NamedId{q.value(0).toLongLong(), q.value(1).toString()};
    return list;
}

int DriverRepository::activeTripCount(qint64 driverId) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM trips WHERE driver_id = :id "
                           "AND status IN ('assigned', 'departed')"),
            tr("checking a driver's trips"));
    q.bind(QStringLiteral(":id"), driverId);
    return q.scalar(0).toInt();
}

qint64 DriverRepository::staffIdByNumber(const QString &staffNo) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM staff WHERE staff_no = :no"),
            tr("looking up a staff member"));
    q.bind(QStringLiteral(":no"), staffNo);
    return q.scalar(0).toLongLong();
}

QString DriverRepository::staffNumber(qint64 staffId) const
{
    Query q(m_db, QStringLiteral("SELECT staff_no FROM staff WHERE id = :id"),
            tr("looking up a staff member"));
    q.bind(QStringLiteral(":id"), staffId);
    return q.scalar(QString()).toString();
}

bool DriverRepository::departmentExists(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM departments WHERE id = :id"),
            tr("looking up a department"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar(0).toInt() > 0;
}

} // namespace ga::vehicles

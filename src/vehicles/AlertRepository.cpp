#include "vehicles/AlertRepository.h"

#include "core/Period.h"
#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace ga::vehicles {

namespace {
QDate dateOf(const QVariant &v)
{
    return fromIsoDate(v.toString()).value_or(QDate());
}

// " AND `column` IN (the scope's subtree)": an agency's alerts are its own vehicles' and
// drivers' (the platform's files are the bureau's to keep).
QString scopeCondition(qint64 scopeRoot, const QString &column)
{
    if (scopeRoot <= 0)
        return {};
    return QStringLiteral(" AND ") + column + QStringLiteral(" IN (")
        + AgencyScope::subtreeSelect(QStringLiteral(":scope_root")) + QLatin1Char(')');
}

void bindScope(qint64 scopeRoot, Query &q)
{
    if (scopeRoot > 0)
        q.bind(QStringLiteral(":scope_root"), scopeRoot);
}
} // namespace

AlertRepository::AlertRepository(Database &db)
    : m_db(db)
{}

QList<AlertRepository::Expiry> AlertRepository::latestExpiries(const QString &table,
                                                               const QDate &until,
                                                               qint64 scopeRoot) const
{
    // `table` is one of two fixed names, never user input.
    Query q(
        m_db,
        QStringLiteral("SELECT v.id, v.plate, x.latest FROM vehicles v JOIN (SELECT vehicle_id, "
                       "MAX(expiry) AS latest FROM ")
            + table
            + QStringLiteral(" GROUP BY vehicle_id) x ON x.vehicle_id = v.id "
                             "WHERE v.status <> 'retired' AND x.latest <= :until")
            + scopeCondition(scopeRoot, QStringLiteral("v.department_id"))
            + QStringLiteral(" ORDER BY x.latest, v.plate"),
        tr("finding expiring vehicle records"));
    bindScope(scopeRoot, q);
    q.bind(QStringLiteral(":until"), toIsoDate(until)).exec();
    QList<Expiry> list;
    while (q.next())
        list << Expiry{q.value(0).toLongLong(), q.value(1).toString(), dateOf(q.value(2))};
    return list;
}

QList<AlertRepository::Expiry> AlertRepository::inspectionExpiries(const QDate &until,
                                                                   qint64 scopeRoot) const
{
    return latestExpiries(QStringLiteral("vehicle_inspections"), until, scopeRoot);
}

QList<AlertRepository::Expiry> AlertRepository::insuranceExpiries(const QDate &until,
                                                                  qint64 scopeRoot) const
{
    return latestExpiries(QStringLiteral("vehicle_insurance"), until, scopeRoot);
}

QList<AlertRepository::Expiry> AlertRepository::licenceExpiries(const QDate &until,
                                                                qint64 scopeRoot) const
{
    Query q(m_db,
            QStringLiteral("SELECT id, name, licence_expiry FROM drivers WHERE status <> 'retired' "
                           "AND licence_expiry <= :until")
                + scopeCondition(scopeRoot, QStringLiteral("department_id"))
                + QStringLiteral(" ORDER BY licence_expiry, name"),
            tr("finding expiring driving licences"));
    bindScope(scopeRoot, q);
    q.bind(QStringLiteral(":until"), toIsoDate(until)).exec();
    QList<Expiry> list;
    while (q.next())
        list << Expiry{q.value(0).toLongLong(), q.value(1).toString(), dateOf(q.value(2))};
    return list;
}

QList<AlertRepository::RenewalCandidate>
AlertRepository::renewalCandidates(const QDate &purchasedBy, int km, qint64 scopeRoot) const
{
    Query q(
        m_db,
        QStringLiteral("SELECT id, plate, purchase_date, odometer_km FROM vehicles "
                       "WHERE status <> 'retired' AND (purchase_date <= :by OR odometer_km >= :km)")
            + scopeCondition(scopeRoot, QStringLiteral("department_id"))
            + QStringLiteral(" ORDER BY purchase_date, plate"),
        tr("finding vehicles due for renewal"));
    bindScope(scopeRoot, q);
    q.bind(QStringLiteral(":by"), toIsoDate(purchasedBy)).bind(QStringLiteral(":km"), km).exec();
    QList<RenewalCandidate> list;
    while (q.next())
        list << RenewalCandidate{q.value(0).toLongLong(), q.value(1).toString(), dateOf(q.value(2)),
                                 q.value(3).toInt()};
    return list;
}

QList<AlertRepository::ServiceBaseline>
AlertRepository::serviceCandidates(const QDate &servicedBy, int km, qint64 scopeRoot) const
{
    // The last service of each vehicle through the (vehicle_id, date) index; a vehicle never
    // serviced counts from its purchase and from 0 km.
    Query q(
        m_db,
        QStringLiteral(
            "SELECT id, plate, last_date, purchase_date, odometer_km, last_km FROM ("
            " SELECT v.id, v.plate, v.purchase_date, v.odometer_km,"
            "  (SELECT MAX(m.date) FROM vehicle_maintenance m WHERE m.vehicle_id = v.id"
            "   AND m.kind = 'service') AS last_date,"
            "  CASE WHEN EXISTS (SELECT 1 FROM vehicle_maintenance m WHERE m.vehicle_id = v.id"
            "   AND m.kind = 'service') THEN (SELECT m.odometer_km FROM vehicle_maintenance m"
            "   WHERE m.vehicle_id = v.id AND m.kind = 'service' ORDER BY m.date DESC, m.id DESC"
            "   LIMIT 1) ELSE 0 END AS last_km"
            " FROM vehicles v WHERE v.status <> 'retired'")
            + scopeCondition(scopeRoot, QStringLiteral("v.department_id"))
            + QStringLiteral(
                ") x WHERE COALESCE(last_date, purchase_date) <= :by OR odometer_km - last_km >= :km "
                "ORDER BY plate"),
        tr("finding vehicles due for service"));
    bindScope(scopeRoot, q);
    q.bind(QStringLiteral(":by"), toIsoDate(servicedBy)).bind(QStringLiteral(":km"), km).exec();
    QList<ServiceBaseline> list;
    while (q.next()) {
        ServiceBaseline b;
        b.vehicleId = q.value(0).toLongLong();
        b.plate = q.value(1).toString();
        b.lastServiceDate = dateOf(q.value(2));
        b.purchaseDate = dateOf(q.value(3));
        b.odometerKm = q.value(4).toInt();
        if (!q.value(5).isNull())
            b.lastServiceKm = q.value(5).toInt();
        list << b;
    }
    return list;
}

} // namespace ga::vehicles

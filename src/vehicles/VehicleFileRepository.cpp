#include "vehicles/VehicleFileRepository.h"

#include "core/Period.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <functional>

namespace ga::vehicles {

namespace {

// NOT NULL text columns: a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDate dateOf(const QVariant &v)
{
    return fromIsoDate(v.toString()).value_or(QDate());
}

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QVariant nullable(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

const char *kMaintenance = "SELECT id, vehicle_id, kind, date, garage, items, cost, odometer_km "
                           "FROM vehicle_maintenance";
const char *kInspections
    = "SELECT id, vehicle_id, date, expiry, result, cost FROM vehicle_inspections";
const char *kInsurance = "SELECT id, vehicle_id, insurer, policy_no, start_date, expiry, premium "
                         "FROM vehicle_insurance";
const char *kViolations = "SELECT x.id, x.vehicle_id, x.driver_id, COALESCE(r.name, ''), x.date, "
                          "x.place, x.description, x.fine, x.points, x.settled "
                          "FROM vehicle_violations x LEFT JOIN drivers r ON r.id = x.driver_id";
const char *kAccidents = "SELECT x.id, x.vehicle_id, x.driver_id, COALESCE(r.name, ''), x.date, "
                         "x.place, x.description, x.liability, x.cost "
                         "FROM vehicle_accidents x LEFT JOIN drivers r ON r.id = x.driver_id";
const char *kAssignments = "SELECT x.id, x.vehicle_id, x.department_id, COALESCE(d.name, ''), "
                           "x.start_date, x.end_date, x.note FROM vehicle_assignments x "
                           "LEFT JOIN departments d ON d.id = x.department_id";

// The table of a kind of file record and the columns a save writes, each bound as ":column".
// Its INSERT and UPDATE are both made from this, so each kind names its columns once.
struct RecordTable
{
    const char *name;
    const char *columns; // comma-separated

    QStringList columnList() const
    {
        QStringList list = QString::fromLatin1(columns).split(QLatin1Char(','));
        for (QString &c : list)
            c = c.trimmed();
        return list;
    }
    QString insertSql() const
    {
        const QStringList cols = columnList() << QStringLiteral("created_at");
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (:%3)")
            .arg(QLatin1String(name), cols.join(QStringLiteral(", ")),
                 cols.join(QStringLiteral(", :")));
    }
    QString updateSql() const
    {
        QStringList sets;
        for (const QString &c : columnList())
            sets << QStringLiteral("%1 = :%1").arg(c);
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
            .arg(QLatin1String(name), sets.join(QStringLiteral(", ")));
    }
};

const RecordTable kMaintenanceTable {"vehicle_maintenance",
                                     "vehicle_id, kind, date, garage, items, cost, odometer_km"};
const RecordTable kInspectionTable {"vehicle_inspections",
                                    "vehicle_id, date, expiry, result, cost"};
const RecordTable kInsuranceTable {"vehicle_insurance",
                                   "vehicle_id, insurer, policy_no, start_date, expiry, premium"};
const RecordTable kViolationTable {
    "vehicle_violations", "vehicle_id, driver_id, date, place, description, fine, points, settled"};
const RecordTable kAccidentTable {
    "vehicle_accidents", "vehicle_id, driver_id, date, place, description, liability, cost"};
const RecordTable kAssignmentTable {"vehicle_assignments",
                                    "vehicle_id, department_id, start_date, end_date, note"};

qint64 insertRow(Database &db, const RecordTable &table, qint64 createdAt, const QString &context,
                 const std::function<void(Query &)> &bind)
{
    Query q(db, table.insertSql(), context);
    bind(q);
    q.bind(QStringLiteral(":created_at"), createdAt).exec();
    return q.lastInsertId();
}

void updateRow(Database &db, const RecordTable &table, qint64 id, const QString &context,
               const std::function<void(Query &)> &bind)
{
    Query q(db, table.updateSql(), context);
    bind(q);
    q.bind(QStringLiteral(":id"), id).exec();
}

MaintenanceRecord readMaintenance(const Query &q)
{
    MaintenanceRecord r;
    r.id = q.value(0).toLongLong();
    r.vehicleId = q.value(1).toLongLong();
    r.kind = fromMaintenanceKindKey(q.value(2).toString()).value_or(MaintenanceKind::Service);
    r.date = dateOf(q.value(3));
    r.garage = q.value(4).toString();
    r.items = q.value(5).toString();
    r.cost = Money(q.value(6).toLongLong());
    r.odometerKm = optionalInt(q.value(7));
    return r;
}

InspectionRecord readInspection(const Query &q)
{
    InspectionRecord r;
    r.id = q.value(0).toLongLong();
    r.vehicleId = q.value(1).toLongLong();
    r.date = dateOf(q.value(2));
    r.expiry = dateOf(q.value(3));
    r.passed = q.value(4).toString() == QLatin1String("passed");
    r.cost = Money(q.value(5).toLongLong());
    return r;
}

InsurancePolicy readInsurance(const Query &q)
{
    InsurancePolicy r;
    r.id = q.value(0).toLongLong();
    r.vehicleId = q.value(1).toLongLong();
    r.insurer = q.value(2).toString();
    r.policyNo = q.value(3).toString();
    r.startDate = dateOf(q.value(4));
    r.expiry = dateOf(q.value(5));
    r.premium = Money(q.value(6).toLongLong());
    return r;
}

Violation readViolation(const Query &q)
{
    Violation r;
    r.id = q.value(0).toLongLong();
    r.vehicleId = q.value(1).toLongLong();
    r.driverId = q.value(2).toLongLong();
    r.driverName = q.value(3).toString();
    r.date = dateOf(q.value(4));
    r.place = q.value(5).toString();
    r.description = q.value(6).toString();
    r.fine = Money(q.value(7).toLongLong());
    r.points = q.value(8).toInt();
    r.settled = q.value(9).toInt() != 0;
    return r;
}

Accident readAccident(const Query &q)
{
    Accident r;
    r.id = q.value(0).toLongLong();
    r.vehicleId = q.value(1).toLongLong();
    r.driverId = q.value(2).toLongLong();
    r.driverName = q.value(3).toString();
    r.date = dateOf(q.value(4));
    r.place = q.value(5).toString();
    r.description = q.value(6).toString();
    r.liability = q.value(7).toString();
    r.cost = Money(q.value(8).toLongLong());
    return r;
}

LongTermAssignment readAssignment(const Query &q)
{
    LongTermAssignment r;
    r.id = q.value(0).toLongLong();
    r.vehicleId = q.value(1).toLongLong();
    r.departmentId = q.value(2).toLongLong();
    r.departmentName = q.value(3).toString();
    r.startDate = dateOf(q.value(4));
    r.endDate = dateOf(q.value(5));
    r.note = q.value(6).toString();
    return r;
}

template<typename T, typename Reader>
QList<T> readAll(Query &q, Reader reader)
{
    q.exec();
    QList<T> list;
    while (q.next())
        list << reader(q);
    return list;
}

template<typename T, typename Reader>
std::optional<T> readOne(Query &q, Reader reader)
{
    q.exec();
    if (!q.next())
        return std::nullopt;
    return reader(q);
}

} // namespace

VehicleFileRepository::VehicleFileRepository(Database &db)
    : m_db(db)
{}

// --- maintenance and repairs ---------------------------------------------------------------

void VehicleFileRepository::bind(const MaintenanceRecord &r, Query &q)
{
    q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
        .bind(QStringLiteral(":kind"), key(r.kind))
        .bind(QStringLiteral(":date"), toIsoDate(r.date))
        .bind(QStringLiteral(":garage"), text(r.garage))
        .bind(QStringLiteral(":items"), text(r.items))
        .bind(QStringLiteral(":cost"), r.cost.fen())
        .bind(QStringLiteral(":odometer_km"), nullable(r.odometerKm));
}

QList<MaintenanceRecord> VehicleFileRepository::maintenance(qint64 vehicleId) const
{
    Query q(m_db,
            QLatin1String(kMaintenance)
                + QStringLiteral(" WHERE vehicle_id = :id ORDER BY date DESC, id DESC"),
            tr("loading a vehicle's maintenance records"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return readAll<MaintenanceRecord>(q, readMaintenance);
}

std::optional<MaintenanceRecord> VehicleFileRepository::findMaintenance(qint64 id) const
{
    Query q(m_db, QLatin1String(kMaintenance) + QStringLiteral(" WHERE id = :id"),
            tr("loading a maintenance record"));
    q.bind(QStringLiteral(":id"), id);
    return readOne<MaintenanceRecord>(q, readMaintenance);
}

qint64 VehicleFileRepository::insert(const MaintenanceRecord &r, qint64 createdAt)
{
    return insertRow(m_db, kMaintenanceTable, createdAt, tr("saving a maintenance record"),
                     [&](Query &q) { bind(r, q); });
}

void VehicleFileRepository::update(const MaintenanceRecord &r)
{
    updateRow(m_db, kMaintenanceTable, r.id, tr("saving a maintenance record"),
              [&](Query &q) { bind(r, q); });
}

// --- inspections ------------------------------------------------------------------------------

void VehicleFileRepository::bind(const InspectionRecord &r, Query &q)
{
    q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
        .bind(QStringLiteral(":date"), toIsoDate(r.date))
        .bind(QStringLiteral(":expiry"), toIsoDate(r.expiry))
        .bind(QStringLiteral(":result"),
              r.passed ? QStringLiteral("passed") : QStringLiteral("failed"))
        .bind(QStringLiteral(":cost"), r.cost.fen());
}

QList<InspectionRecord> VehicleFileRepository::inspections(qint64 vehicleId) const
{
    Query q(m_db,
            QLatin1String(kInspections)
                + QStringLiteral(" WHERE vehicle_id = :id ORDER BY date DESC, id DESC"),
            tr("loading a vehicle's inspections"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return readAll<InspectionRecord>(q, readInspection);
}

std::optional<InspectionRecord> VehicleFileRepository::findInspection(qint64 id) const
{
    Query q(m_db, QLatin1String(kInspections) + QStringLiteral(" WHERE id = :id"),
            tr("loading an inspection record"));
    q.bind(QStringLiteral(":id"), id);
    return readOne<InspectionRecord>(q, readInspection);
}

qint64 VehicleFileRepository::insert(const InspectionRecord &r, qint64 createdAt)
{
    return insertRow(m_db, kInspectionTable, createdAt, tr("saving an inspection record"),
                     [&](Query &q) { bind(r, q); });
}

void VehicleFileRepository::update(const InspectionRecord &r)
{
    updateRow(m_db, kInspectionTable, r.id, tr("saving an inspection record"),
              [&](Query &q) { bind(r, q); });
}

// --- insurance -------------------------------------------------------------------------------

void VehicleFileRepository::bind(const InsurancePolicy &r, Query &q)
{
    q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
        .bind(QStringLiteral(":insurer"), text(r.insurer))
        .bind(QStringLiteral(":policy_no"), text(r.policyNo))
        .bind(QStringLiteral(":start_date"), toIsoDate(r.startDate))
        .bind(QStringLiteral(":expiry"), toIsoDate(r.expiry))
        .bind(QStringLiteral(":premium"), r.premium.fen());
}

QList<InsurancePolicy> VehicleFileRepository::insurance(qint64 vehicleId) const
{
    Query q(m_db,
            QLatin1String(kInsurance)
                + QStringLiteral(" WHERE vehicle_id = :id ORDER BY start_date DESC, id DESC"),
            tr("loading a vehicle's insurance policies"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return readAll<InsurancePolicy>(q, readInsurance);
}

std::optional<InsurancePolicy> VehicleFileRepository::findInsurance(qint64 id) const
{
    Query q(m_db, QLatin1String(kInsurance) + QStringLiteral(" WHERE id = :id"),
            tr("loading an insurance policy"));
    q.bind(QStringLiteral(":id"), id);
    return readOne<InsurancePolicy>(q, readInsurance);
}

qint64 VehicleFileRepository::insert(const InsurancePolicy &r, qint64 createdAt)
{
    return insertRow(m_db, kInsuranceTable, createdAt, tr("saving an insurance policy"),
                     [&](Query &q) { bind(r, q); });
}

void VehicleFileRepository::update(const InsurancePolicy &r)
{
    updateRow(m_db, kInsuranceTable, r.id, tr("saving an insurance policy"),
              [&](Query &q) { bind(r, q); });
}

// --- violations ------------------------------------------------------------------------------

void VehicleFileRepository::bind(const Violation &r, Query &q)
{
    q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
        .bindOptionalId(QStringLiteral(":driver_id"), r.driverId)
        .bind(QStringLiteral(":date"), toIsoDate(r.date))
        .bind(QStringLiteral(":place"), text(r.place))
        .bind(QStringLiteral(":description"), text(r.description))
        .bind(QStringLiteral(":fine"), r.fine.fen())
        .bind(QStringLiteral(":points"), r.points)
        .bind(QStringLiteral(":settled"), r.settled ? 1 : 0);
}

QList<Violation> VehicleFileRepository::violations(qint64 vehicleId) const
{
    Query q(m_db,
            QLatin1String(kViolations)
                + QStringLiteral(" WHERE x.vehicle_id = :id ORDER BY x.date DESC, x.id DESC"),
            tr("loading a vehicle's violations"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return readAll<Violation>(q, readViolation);
}

std::optional<Violation> VehicleFileRepository::findViolation(qint64 id) const
{
    Query q(m_db, QLatin1String(kViolations) + QStringLiteral(" WHERE x.id = :id"),
            tr("loading a violation"));
    q.bind(QStringLiteral(":id"), id);
    return readOne<Violation>(q, readViolation);
}

qint64 VehicleFileRepository::insert(const Violation &r, qint64 createdAt)
{
    return insertRow(m_db, kViolationTable, createdAt, tr("saving a violation"),
                     [&](Query &q) { bind(r, q); });
}

void VehicleFileRepository::update(const Violation &r)
{
    updateRow(m_db, kViolationTable, r.id, tr("saving a violation"), [&](Query &q) { bind(r, q); });
}

// --- accidents -------------------------------------------------------------------------------

void VehicleFileRepository::bind(const Accident &r, Query &q)
{
    q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
        .bindOptionalId(QStringLiteral(":driver_id"), r.driverId)
        .bind(QStringLiteral(":date"), toIsoDate(r.date))
        .bind(QStringLiteral(":place"), text(r.place))
        .bind(QStringLiteral(":description"), text(r.description))
        .bind(QStringLiteral(":liability"), text(r.liability))
        .bind(QStringLiteral(":cost"), r.cost.fen());
}

QList<Accident> VehicleFileRepository::accidents(qint64 vehicleId) const
{
    Query q(m_db,
            QLatin1String(kAccidents)
                + QStringLiteral(" WHERE x.vehicle_id = :id ORDER BY x.date DESC, x.id DESC"),
            tr("loading a vehicle's accidents"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return readAll<Accident>(q, readAccident);
}

std::optional<Accident> VehicleFileRepository::findAccident(qint64 id) const
{
    Query q(m_db, QLatin1String(kAccidents) + QStringLiteral(" WHERE x.id = :id"),
            tr("loading an accident record"));
    q.bind(QStringLiteral(":id"), id);
    return readOne<Accident>(q, readAccident);
}

qint64 VehicleFileRepository::insert(const Accident &r, qint64 createdAt)
{
    return insertRow(m_db, kAccidentTable, createdAt, tr("saving an accident record"),
                     [&](Query &q) { bind(r, q); });
}

void VehicleFileRepository::update(const Accident &r)
{
    updateRow(m_db, kAccidentTable, r.id, tr("saving an accident record"),
              [&](Query &q) { bind(r, q); });
}

// --- long-term assignments -----------------------------------------------------------------

void VehicleFileRepository::bind(const LongTermAssignment &r, Query &q)
{
    q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
        .bind(QStringLiteral(":department_id"), r.departmentId)
        .bind(QStringLiteral(":start_date"), toIsoDate(r.startDate))
        .bindOptional(QStringLiteral(":end_date"), toIsoDate(r.endDate))
        .bind(QStringLiteral(":note"), text(r.note));
}

QList<LongTermAssignment> VehicleFileRepository::assignments(qint64 vehicleId) const
{
    Query q(m_db,
            QLatin1String(kAssignments)
                + QStringLiteral(" WHERE x.vehicle_id = :id ORDER BY x.start_date DESC, x.id DESC"),
            tr("loading a vehicle's assignments"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return readAll<LongTermAssignment>(q, readAssignment);
}

std::optional<LongTermAssignment> VehicleFileRepository::findAssignment(qint64 id) const
{
    Query q(m_db, QLatin1String(kAssignments) + QStringLiteral(" WHERE x.id = :id"),
            tr("loading an assignment"));
    q.bind(QStringLiteral(":id"), id);
    return readOne<LongTermAssignment>(q, readAssignment);
}

qint64 VehicleFileRepository::insert(const LongTermAssignment &r, qint64 createdAt)
{
    return insertRow(m_db, kAssignmentTable, createdAt, tr("saving an assignment"),
                     [&](Query &q) { bind(r, q); });
}

void VehicleFileRepository::update(const LongTermAssignment &r)
{
    updateRow(m_db, kAssignmentTable, r.id, tr("saving an assignment"),
              [&](Query &q) { bind(r, q); });
}

qint64 VehicleFileRepository::overlappingAssignment(qint64 vehicleId, const QDate &start,
                                                    const QDate &end, qint64 exceptId) const
{
    // Inclusive day ranges [s1, e1] and [s2, e2] share a day when s1 <= e2 and s2 <= e1;
    // a missing end is open.
    QString sql
        = QStringLiteral("SELECT id FROM vehicle_assignments WHERE vehicle_id = :vehicle_id "
                         "AND id <> :except AND (end_date IS NULL OR end_date >= :start)");
    if (end.isValid())
        sql += QStringLiteral(" AND start_date <= :end");
    sql += QStringLiteral(" ORDER BY start_date LIMIT 1");
    Query q(m_db, sql, tr("checking a vehicle's assignments"));
    q.bind(QStringLiteral(":vehicle_id"), vehicleId)
        .bind(QStringLiteral(":except"), exceptId)
        .bind(QStringLiteral(":start"), toIsoDate(start));
    if (end.isValid())
        q.bind(QStringLiteral(":end"), toIsoDate(end));
    return q.scalar(0).toLongLong();
}

} // namespace ga::vehicles

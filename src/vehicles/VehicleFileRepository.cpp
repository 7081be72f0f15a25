#include "vehicles/VehicleFileRepository.h"

#include "core/Period.h"
#include "storage/Database.h"
#include "storage/Keyset.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"

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

// One kind of file record: its table (aliased x in the reads) and the columns a save writes,
// the SELECT list and joins its reader expects, the date it is listed by (newest first, then
// id; the kind's index (vehicle_id, that date) serves the list), and what its reads and saves
// are called in an error message.
template<typename R> struct FileKind
{
    RecordTable table;
    QString columns;
    QString joins;
    QString sortColumn;
    const char *listing;
    const char *loading;
    const char *saving;
    R (*read)(const Query &);
    void (*bind)(const R &, Query &);

    Keyset keyset() const
    {
        return Keyset({sortColumn, QStringLiteral("x.id")}, Keyset::Direction::Descending);
    }
    QString from() const { return QStringLiteral(" FROM %1 x").arg(table.name()) + joins; }
};

template<typename R> const FileKind<R> &fileKind();

template<> const FileKind<MaintenanceRecord> &fileKind()
{
    static const FileKind<MaintenanceRecord> kind {
        RecordTable(QStringLiteral("vehicle_maintenance"),
                    {QStringLiteral("vehicle_id"), QStringLiteral("kind"), QStringLiteral("date"),
                     QStringLiteral("garage"), QStringLiteral("items"), QStringLiteral("cost"),
                     QStringLiteral("odometer_km")}),
        QStringLiteral("x.id, x.vehicle_id, x.kind, x.date, x.garage, x.items, x.cost, "
                       "x.odometer_km"),
        QString(),
        QStringLiteral("x.date"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading a vehicle's maintenance records"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading a maintenance record"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "saving a maintenance record"),
        [](const Query &q) {
            MaintenanceRecord r;
            r.id = q.value(0).toLongLong();
            r.vehicleId = q.value(1).toLongLong();
            r.kind
                = fromMaintenanceKindKey(q.value(2).toString()).value_or(MaintenanceKind::Service);
            r.date = dateOf(q.value(3));
            r.garage = q.value(4).toString();
            r.items = q.value(5).toString();
            r.cost = Money(q.value(6).toLongLong());
            r.odometerKm = optionalInt(q.value(7));
            return r;
        },
        [](const MaintenanceRecord &r, Query &q) {
            q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
                .bind(QStringLiteral(":kind"), key(r.kind))
                .bind(QStringLiteral(":date"), toIsoDate(r.date))
                .bind(QStringLiteral(":garage"), text(r.garage))
                .bind(QStringLiteral(":items"), text(r.items))
                .bind(QStringLiteral(":cost"), r.cost.fen())
                .bind(QStringLiteral(":odometer_km"), nullable(r.odometerKm));
        },
    };
    return kind;
}

template<> const FileKind<InspectionRecord> &fileKind()
{
    static const FileKind<InspectionRecord> kind {
        RecordTable(QStringLiteral("vehicle_inspections"),
                    {QStringLiteral("vehicle_id"), QStringLiteral("date"), QStringLiteral("expiry"),
                     QStringLiteral("result"), QStringLiteral("cost")}),
        QStringLiteral("x.id, x.vehicle_id, x.date, x.expiry, x.result, x.cost"),
        QString(),
        QStringLiteral("x.expiry"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading a vehicle's inspections"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading an inspection record"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "saving an inspection record"),
        [](const Query &q) {
            InspectionRecord r;
            r.id = q.value(0).toLongLong();
            r.vehicleId = q.value(1).toLongLong();
            r.date = dateOf(q.value(2));
            r.expiry = dateOf(q.value(3));
            r.passed = q.value(4).toString() == QLatin1String("passed");
            r.cost = Money(q.value(5).toLongLong());
            return r;
        },
        [](const InspectionRecord &r, Query &q) {
            q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
                .bind(QStringLiteral(":date"), toIsoDate(r.date))
                .bind(QStringLiteral(":expiry"), toIsoDate(r.expiry))
                .bind(QStringLiteral(":result"),
                      r.passed ? QStringLiteral("passed") : QStringLiteral("failed"))
                .bind(QStringLiteral(":cost"), r.cost.fen());
        },
    };
    return kind;
}

template<> const FileKind<InsurancePolicy> &fileKind()
{
    static const FileKind<InsurancePolicy> kind {
        RecordTable(QStringLiteral("vehicle_insurance"),
                    {QStringLiteral("vehicle_id"), QStringLiteral("insurer"),
                     QStringLiteral("policy_no"), QStringLiteral("start_date"),
                     QStringLiteral("expiry"), QStringLiteral("premium")}),
        QStringLiteral("x.id, x.vehicle_id, x.insurer, x.policy_no, x.start_date, x.expiry, "
                       "x.premium"),
        QString(),
        QStringLiteral("x.expiry"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading a vehicle's insurance policies"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading an insurance policy"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "saving an insurance policy"),
        [](const Query &q) {
            InsurancePolicy r;
            r.id = q.value(0).toLongLong();
            r.vehicleId = q.value(1).toLongLong();
            r.insurer = q.value(2).toString();
            r.policyNo = q.value(3).toString();
            r.startDate = dateOf(q.value(4));
            r.expiry = dateOf(q.value(5));
            r.premium = Money(q.value(6).toLongLong());
            return r;
        },
        [](const InsurancePolicy &r, Query &q) {
            q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
                .bind(QStringLiteral(":insurer"), text(r.insurer))
                .bind(QStringLiteral(":policy_no"), text(r.policyNo))
                .bind(QStringLiteral(":start_date"), toIsoDate(r.startDate))
                .bind(QStringLiteral(":expiry"), toIsoDate(r.expiry))
                .bind(QStringLiteral(":premium"), r.premium.fen());
        },
    };
    return kind;
}

template<> const FileKind<Violation> &fileKind()
{
    static const FileKind<Violation> kind {
        RecordTable(QStringLiteral("vehicle_violations"),
                    {QStringLiteral("vehicle_id"), QStringLiteral("driver_id"),
                     QStringLiteral("date"), QStringLiteral("place"), QStringLiteral("description"),
                     QStringLiteral("fine"), QStringLiteral("points"), QStringLiteral("settled")}),
        QStringLiteral("x.id, x.vehicle_id, x.driver_id, COALESCE(r.name, ''), x.date, x.place, "
                       "x.description, x.fine, x.points, x.settled"),
        QStringLiteral(" LEFT JOIN drivers r ON r.id = x.driver_id"),
        QStringLiteral("x.date"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading a vehicle's violations"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading a violation"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "saving a violation"),
        [](const Query &q) {
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
        },
        [](const Violation &r, Query &q) {
            q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
                .bindOptionalId(QStringLiteral(":driver_id"), r.driverId)
                .bind(QStringLiteral(":date"), toIsoDate(r.date))
                .bind(QStringLiteral(":place"), text(r.place))
                .bind(QStringLiteral(":description"), text(r.description))
                .bind(QStringLiteral(":fine"), r.fine.fen())
                .bind(QStringLiteral(":points"), r.points)
                .bind(QStringLiteral(":settled"), r.settled ? 1 : 0);
        },
    };
    return kind;
}

template<> const FileKind<Accident> &fileKind()
{
    static const FileKind<Accident> kind {
        RecordTable(QStringLiteral("vehicle_accidents"),
                    {QStringLiteral("vehicle_id"), QStringLiteral("driver_id"),
                     QStringLiteral("date"), QStringLiteral("place"), QStringLiteral("description"),
                     QStringLiteral("liability"), QStringLiteral("cost")}),
        QStringLiteral("x.id, x.vehicle_id, x.driver_id, COALESCE(r.name, ''), x.date, x.place, "
                       "x.description, x.liability, x.cost"),
        QStringLiteral(" LEFT JOIN drivers r ON r.id = x.driver_id"),
        QStringLiteral("x.date"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading a vehicle's accidents"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading an accident record"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "saving an accident record"),
        [](const Query &q) {
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
        },
        [](const Accident &r, Query &q) {
            q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
                .bindOptionalId(QStringLiteral(":driver_id"), r.driverId)
                .bind(QStringLiteral(":date"), toIsoDate(r.date))
                .bind(QStringLiteral(":place"), text(r.place))
                .bind(QStringLiteral(":description"), text(r.description))
                .bind(QStringLiteral(":liability"), text(r.liability))
                .bind(QStringLiteral(":cost"), r.cost.fen());
        },
    };
    return kind;
}

template<> const FileKind<LongTermAssignment> &fileKind()
{
    static const FileKind<LongTermAssignment> kind {
        RecordTable(QStringLiteral("vehicle_assignments"),
                    {QStringLiteral("vehicle_id"), QStringLiteral("department_id"),
                     QStringLiteral("start_date"), QStringLiteral("end_date"),
                     QStringLiteral("note")}),
        QStringLiteral("x.id, x.vehicle_id, x.department_id, COALESCE(d.name, ''), x.start_date, "
                       "x.end_date, x.note"),
        QStringLiteral(" LEFT JOIN departments d ON d.id = x.department_id"),
        QStringLiteral("x.start_date"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading a vehicle's assignments"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "loading an assignment"),
        QT_TRANSLATE_NOOP("VehicleFileRepository", "saving an assignment"),
        [](const Query &q) {
            LongTermAssignment r;
            r.id = q.value(0).toLongLong();
            r.vehicleId = q.value(1).toLongLong();
            r.departmentId = q.value(2).toLongLong();
            r.departmentName = q.value(3).toString();
            r.startDate = dateOf(q.value(4));
            r.endDate = dateOf(q.value(5));
            r.note = q.value(6).toString();
            return r;
        },
        [](const LongTermAssignment &r, Query &q) {
            q.bind(QStringLiteral(":vehicle_id"), r.vehicleId)
                .bind(QStringLiteral(":department_id"), r.departmentId)
                .bind(QStringLiteral(":start_date"), toIsoDate(r.startDate))
                .bindOptional(QStringLiteral(":end_date"), toIsoDate(r.endDate))
                .bind(QStringLiteral(":note"), text(r.note));
        },
    };
    return kind;
}

} // namespace

VehicleFileRepository::VehicleFileRepository(Database &db)
    : m_db(db)
{
}

template<typename R>
QList<R> VehicleFileRepository::page(qint64 vehicleId, const KeysetCursor &after, int limit) const
{
    const FileKind<R> &kind = fileKind<R>();
    SqlWhere base;
    base.add(QStringLiteral("x.vehicle_id = :vehicle_id"), QStringLiteral(":vehicle_id"),
             vehicleId);
    return keysetPage<R>(m_db, kind.columns, kind.from(), base, kind.keyset(), after, limit,
                         tr(kind.listing), kind.read);
}

template<typename R> int VehicleFileRepository::count(qint64 vehicleId) const
{
    const FileKind<R> &kind = fileKind<R>();
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM %1 WHERE vehicle_id = :id").arg(kind.table.name()),
            tr(kind.listing));
    q.bind(QStringLiteral(":id"), vehicleId);
    return q.scalar(0).toInt();
}

template<typename R> std::optional<R> VehicleFileRepository::find(qint64 id) const
{
    const FileKind<R> &kind = fileKind<R>();
    Query q(m_db,
            QStringLiteral("SELECT ") + kind.columns + kind.from()
                + QStringLiteral(" WHERE x.id = :id"),
            tr(kind.loading));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return kind.read(q);
}

template<typename R> qint64 VehicleFileRepository::insert(const R &r, qint64 createdAt)
{
    const FileKind<R> &kind = fileKind<R>();
    return kind.table.insert(
        m_db, tr(kind.saving), [&](Query &q) { kind.bind(r, q); }, createdAt);
}

template<typename R> void VehicleFileRepository::update(const R &r)
{
    const FileKind<R> &kind = fileKind<R>();
    kind.table.update(m_db, r.id, tr(kind.saving), [&](Query &q) { kind.bind(r, q); });
}

#define GA_FILE_KIND(R)                                                                            \
    template QList<R> VehicleFileRepository::page<R>(qint64, const KeysetCursor &, int) const;     \
    template int VehicleFileRepository::count<R>(qint64) const;                                    \
    template std::optional<R> VehicleFileRepository::find<R>(qint64) const;                        \
    template qint64 VehicleFileRepository::insert<R>(const R &, qint64);                           \
    template void VehicleFileRepository::update<R>(const R &);
GA_FILE_KIND(MaintenanceRecord)
GA_FILE_KIND(InspectionRecord)
GA_FILE_KIND(InsurancePolicy)
GA_FILE_KIND(Violation)
GA_FILE_KIND(Accident)
GA_FILE_KIND(LongTermAssignment)
#undef GA_FILE_KIND

QDate VehicleFileRepository::latestExpiry(const QString &table, qint64 vehicleId) const
{
    Query q(m_db, QStringLiteral("SELECT max(expiry) FROM %1 WHERE vehicle_id = :id").arg(table),
            tr("loading a vehicle's validity"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return dateOf(q.scalar());
}

QDate VehicleFileRepository::latestInspectionExpiry(qint64 vehicleId) const
{
    return latestExpiry(fileKind<InspectionRecord>().table.name(), vehicleId);
}

QDate VehicleFileRepository::latestInsuranceExpiry(qint64 vehicleId) const
{
    return latestExpiry(fileKind<InsurancePolicy>().table.name(), vehicleId);
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

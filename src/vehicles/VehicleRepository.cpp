#include "vehicles/VehicleRepository.h"

#include "core/Period.h"
#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Keyset.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

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

QString sortColumn(VehicleSort sort)
{
    switch (sort) {
    case VehicleSort::Plate: return QStringLiteral("v.plate");
    case VehicleSort::FleetNo:
        return QStringLiteral("coalesce(v.fleet_no, '')");
    case VehicleSort::Brand: return QStringLiteral("v.brand");
    case VehicleSort::Category: return QStringLiteral("v.category");
    case VehicleSort::EnergyType: return QStringLiteral("v.energy_type");
    case VehicleSort::Seats: return QStringLiteral("v.seats");
    case VehicleSort::Department:
        return QStringLiteral("coalesce(d.name, '')");
    case VehicleSort::PurchaseDate:
        return QStringLiteral("coalesce(v.purchase_date, '')");
    case VehicleSort::Odometer: return QStringLiteral("v.odometer_km");
    case VehicleSort::Ownership: return QStringLiteral("v.ownership");
    case VehicleSort::Status: return QStringLiteral("v.status");
    }
    return QStringLiteral("v.plate");
}

// The ledger's sort key: the sort column (NOT NULL: nullable ones coalesced), then the id. The
// ledger holds a few thousand vehicles, so only the plate has an index of its own.
Keyset keysetOf(VehicleSort sort, Qt::SortOrder order)
{
    const bool desc = order == Qt::DescendingOrder;
    if (sort == VehicleSort::Plate)
        return Keyset({QStringLiteral("v.plate")}, desc);
    return Keyset({sortColumn(sort), QStringLiteral("v.id")}, desc);
}

// A vehicle's trips, newest first, on trips_vehicle (vehicle_id, planned_start).
const Keyset kVehicleTripsKey({QStringLiteral("t.planned_start"), QStringLiteral("t.id")},
                              Keyset::Direction::Descending);

} // namespace

VehicleRepository::VehicleRepository(Database &db)
    : m_db(db)
{}

QString VehicleRepository::columns()
{
    return QStringLiteral(
        "v.id, v.plate, v.fleet_no, v.brand, v.model, v.category, v.energy_type, v.seats, "
        "v.licence_class, v.purchase_date, v.purchase_price, v.ownership, v.lessor, "
        "v.lease_cost_monthly, v.department_id, v.odometer_km, v.status, v.fuel_card_no, v.notes, "
        "v.created_at");
}

Vehicle VehicleRepository::read(const Query &q, int i)
{
    Vehicle v;
    v.id = q.value(i++).toLongLong();
    v.plate = q.value(i++).toString();
    v.fleetNo = q.value(i++).toString();
    v.brand = q.value(i++).toString();
    v.model = q.value(i++).toString();
    v.category = fromCategoryKey(q.value(i++).toString()).value_or(Category::General);
    v.energyType = fromEnergyTypeKey(q.value(i++).toString()).value_or(EnergyType::Petrol);
    v.seats = q.value(i++).toInt();
    v.licenceClass = q.value(i++).toString();
    v.purchaseDate = dateOf(q.value(i++));
    v.purchasePrice = Money(q.value(i++).toLongLong());
    v.ownership = fromOwnershipKey(q.value(i++).toString()).value_or(Ownership::Retained);
    v.lessor = q.value(i++).toString();
    v.leaseCostMonthly = Money(q.value(i++).toLongLong());
    v.departmentId = q.value(i++).toLongLong();
    v.odometerKm = q.value(i++).toInt();
    v.status = fromVehicleStatusKey(q.value(i++).toString()).value_or(VehicleStatus::Available);
    v.fuelCardNo = q.value(i++).toString();
    v.notes = q.value(i++).toString();
    v.createdAt = q.value(i++).toLongLong();
    return v;
}

void VehicleRepository::bind(const Vehicle &v, Query &q)
{
    q.bind(QStringLiteral(":plate"), v.plate)
        .bindOptional(QStringLiteral(":fleet_no"), v.fleetNo)
        .bind(QStringLiteral(":brand"), text(v.brand))
        .bind(QStringLiteral(":model"), text(v.model))
        .bind(QStringLiteral(":category"), key(v.category))
        .bind(QStringLiteral(":energy_type"), key(v.energyType))
        .bind(QStringLiteral(":seats"), v.seats)
        .bind(QStringLiteral(":licence_class"), text(v.licenceClass))
        .bindOptional(QStringLiteral(":purchase_date"), toIsoDate(v.purchaseDate))
        .bind(QStringLiteral(":purchase_price"), v.purchasePrice.fen())
        .bind(QStringLiteral(":ownership"), key(v.ownership))
        .bind(QStringLiteral(":lessor"), text(v.lessor))
        .bind(QStringLiteral(":lease_cost_monthly"), v.leaseCostMonthly.fen())
        .bindOptionalId(QStringLiteral(":department_id"), v.departmentId)
        .bind(QStringLiteral(":odometer_km"), v.odometerKm)
        .bind(QStringLiteral(":status"), key(v.status))
        .bindOptional(QStringLiteral(":fuel_card_no"), v.fuelCardNo)
        .bind(QStringLiteral(":notes"), text(v.notes));
}

std::optional<Vehicle> VehicleRepository::find(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT ") + columns()
                + QStringLiteral(" FROM vehicles v WHERE v.id = :id"),
            tr("loading a vehicle"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<VehicleRow> VehicleRepository::findRow(qint64 id) const
{
    Query q(
        m_db,
        QStringLiteral("SELECT ") + columns()
            + QStringLiteral(", COALESCE(d.name, '') FROM vehicles v "
                             "LEFT JOIN departments d ON d.id = v.department_id WHERE v.id = :id"),
        tr("loading a vehicle"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    VehicleRow row;
    row.vehicle = read(q);
    row.departmentName = q.value(20).toString();
    return row;
}

qint64 VehicleRepository::insert(const Vehicle &v)
{
    Query q(
        m_db,
        QStringLiteral(
            "INSERT INTO vehicles (plate, fleet_no, brand, model, category, energy_type, seats, "
            "licence_class, purchase_date, purchase_price, ownership, lessor, lease_cost_monthly, "
            "department_id, odometer_km, status, fuel_card_no, notes, created_at) VALUES (:plate, "
            ":fleet_no, :brand, :model, :category, :energy_type, :seats, :licence_class, "
            ":purchase_date, :purchase_price, :ownership, :lessor, :lease_cost_monthly, "
            ":department_id, :odometer_km, :status, :fuel_card_no, :notes, :created_at)"),
        tr("saving a new vehicle"));
    bind(v, q);
    q.bind(QStringLiteral(":created_at"), v.createdAt).exec();
    return q.lastInsertId();
}

void VehicleRepository::update(const Vehicle &v)
{
    Query q(m_db,
            QStringLiteral(
                "UPDATE vehicles SET plate = :plate, fleet_no = :fleet_no, brand = :brand, "
                "model = :model, category = :category, energy_type = :energy_type, seats = :seats, "
                "licence_class = :licence_class, purchase_date = :purchase_date, "
                "purchase_price = :purchase_price, ownership = :ownership, lessor = :lessor, "
                "lease_cost_monthly = :lease_cost_monthly, department_id = :department_id, "
                "odometer_km = :odometer_km, status = :status, fuel_card_no = :fuel_card_no, "
                "notes = :notes WHERE id = :id"),
            tr("saving a vehicle"));
    bind(v, q);
    q.bind(QStringLiteral(":id"), v.id).exec();
}

void VehicleRepository::setStatus(qint64 id, VehicleStatus status)
{
    Query q(m_db, QStringLiteral("UPDATE vehicles SET status = :status WHERE id = :id"),
            tr("changing a vehicle's status"));
    q.bind(QStringLiteral(":status"), key(status)).bind(QStringLiteral(":id"), id).exec();
}

void VehicleRepository::raiseOdometer(qint64 id, int km)
{
    Query q(m_db,
            QStringLiteral(
                "UPDATE vehicles SET odometer_km = :km WHERE id = :id AND odometer_km < :km2"),
            tr("updating a vehicle's odometer"));
    q.bind(QStringLiteral(":km"), km)
        .bind(QStringLiteral(":km2"), km)
        .bind(QStringLiteral(":id"), id)
        .exec();
}

qint64 VehicleRepository::idBy(const QString &column, const QString &value) const
{
    Query q(m_db,
            QStringLiteral("SELECT id FROM vehicles WHERE ") + column + QStringLiteral(" = :value"),
            tr("looking up a vehicle"));
    q.bind(QStringLiteral(":value"), value);
    return q.scalar(0).toLongLong();
}

qint64 VehicleRepository::idByPlate(const QString &plate) const
{
    return idBy(QStringLiteral("plate"), plate);
}

qint64 VehicleRepository::idByFleetNo(const QString &fleetNo) const
{
    return idBy(QStringLiteral("fleet_no"), fleetNo);
}

qint64 VehicleRepository::idByFuelCard(const QString &cardNo) const
{
    return idBy(QStringLiteral("fuel_card_no"), cardNo);
}

int VehicleRepository::activeTripCount(qint64 vehicleId) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM trips WHERE vehicle_id = :id "
                           "AND status IN ('assigned', 'departed')"),
            tr("checking a vehicle's trips"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return q.scalar(0).toInt();
}

int VehicleRepository::departedTripCount(qint64 vehicleId) const
{
    Query q(
        m_db,
        QStringLiteral("SELECT count(*) FROM trips WHERE vehicle_id = :id AND status = 'departed'"),
        tr("checking a vehicle's trips"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return q.scalar(0).toInt();
}

SqlWhere VehicleRepository::whereOf(const VehicleFilter &f)
{
    SqlWhere w;
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        // Plates are stored with '·': a search typed without it still finds them.
        QString pattern = text;
        if (text.size() > 2 && !text.contains(QChar(0x00B7)) && text.at(0).unicode() > 0x2E80)
            pattern = text.left(2) + QChar(0x00B7) + text.mid(2);
        const QString like = QLatin1Char('%') + text + QLatin1Char('%');
        w.add(QStringLiteral("v.plate LIKE :text OR v.fleet_no LIKE :text2 OR v.brand LIKE :text3 "
                             "OR v.model LIKE :text4 OR v.fuel_card_no LIKE :text5"))
            .bind(QStringLiteral(":text"),
                  QString(QLatin1Char('%') + pattern.toUpper() + QLatin1Char('%')))
            .bind(QStringLiteral(":text2"), like)
            .bind(QStringLiteral(":text3"), like)
            .bind(QStringLiteral(":text4"), like)
            .bind(QStringLiteral(":text5"), like);
    }
    if (f.departmentId > 0)
        w.add(QStringLiteral("v.department_id = :department_id"), QStringLiteral(":department_id"),
              f.departmentId);
    if (f.category)
        w.add(QStringLiteral("v.category = :category"), QStringLiteral(":category"),
              key(*f.category));
    if (f.energyType)
        w.add(QStringLiteral("v.energy_type = :energy_type"), QStringLiteral(":energy_type"),
              key(*f.energyType));
    if (f.status)
        w.add(QStringLiteral("v.status = :status"), QStringLiteral(":status"), key(*f.status));
    if (f.ownership)
        w.add(QStringLiteral("v.ownership = :ownership"), QStringLiteral(":ownership"),
              key(*f.ownership));
    AgencyScope(f.scopeRoot).restrictOrPlatform(w, QStringLiteral("v.department_id"),
                                                AgencyScope::platformVehicle());
    return w;
}

QList<VehicleRow> VehicleRepository::rows(const SqlWhere &where, const QString &orderBy,
                                          const Keyset &keyset, int limit, int offset) const
{
    Query q(
        m_db,
        QStringLiteral("SELECT ") + columns() + QStringLiteral(", COALESCE(d.name, '')")
            + keyset.selectList()
            + QStringLiteral(" FROM vehicles v LEFT JOIN departments d ON d.id = v.department_id")
            + where.sql() + orderBy
            + (offset > 0 ? QStringLiteral(" LIMIT :limit OFFSET :offset")
                          : QStringLiteral(" LIMIT :limit")),
        tr("listing vehicles"));
    where.bindTo(q);
    q.bind(QStringLiteral(":limit"), limit);
    if (offset > 0)
        q.bind(QStringLiteral(":offset"), offset);
    q.exec();
    QList<VehicleRow> rows;
    while (q.next()) {
        VehicleRow row;
        row.vehicle = read(q);
        row.departmentName = q.value(20).toString();
        row.key = keyset.cursorAt(q, 21);
        rows << row;
    }
    return rows;
}

QList<VehicleRow> VehicleRepository::list(const VehicleFilter &filter, VehicleSort sort,
                                          Qt::SortOrder order, int offset, int limit) const
{
    const Keyset keyset = keysetOf(sort, order);
    return rows(whereOf(filter), keyset.orderBy(), keyset, limit, qMax(0, offset));
}

QList<VehicleRow> VehicleRepository::pageAfter(const VehicleFilter &filter, VehicleSort sort,
                                               Qt::SortOrder order, const KeysetCursor &after,
                                               int limit) const
{
    const Keyset keyset = keysetOf(sort, order);
    return keyset.page(whereOf(filter), after, limit,
                       [&](const SqlWhere &w, const QString &orderBy, int n) {
                           return rows(w, orderBy, keyset, n, 0);
                       });
}

int VehicleRepository::count(const VehicleFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM vehicles v") + w.sql(),
            tr("counting vehicles"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

QList<VehicleTripRow> VehicleRepository::trips(qint64 vehicleId, const KeysetCursor &after,
                                               int limit, qint64 scopeRoot) const
{
    SqlWhere base;
    base.add(QStringLiteral("t.vehicle_id = :id"), QStringLiteral(":id"), vehicleId);
    AgencyScope(scopeRoot).restrict(base, QStringLiteral("t.department_id"));
    return kVehicleTripsKey.page(
        base, after, limit, [&](const SqlWhere &w, const QString &orderBy, int n) {
            Query q(
                m_db,
                QStringLiteral("SELECT t.id, t.request_no, t.planned_start, t.planned_end, "
                               "COALESCE(d.name, ''), t.destination, COALESCE(r.name, ''), "
                               "t.odometer_in - t.odometer_out, t.status")
                    + kVehicleTripsKey.selectList()
                    + QStringLiteral(" FROM trips t LEFT JOIN departments d ON d.id = "
                                     "t.department_id LEFT JOIN drivers r ON r.id = t.driver_id")
                    + w.sql() + orderBy + QStringLiteral(" LIMIT :limit"),
                tr("listing a vehicle's trips"));
            w.bindTo(q);
            q.bind(QStringLiteral(":limit"), n).exec();
            QList<VehicleTripRow> rows;
            while (q.next()) {
                VehicleTripRow r;
                r.id = q.value(0).toLongLong();
                r.requestNo = q.value(1).toString();
                r.plannedStart = q.value(2).toLongLong();
                r.plannedEnd = q.value(3).toLongLong();
                r.departmentName = q.value(4).toString();
                r.destination = q.value(5).toString();
                r.driverName = q.value(6).toString();
                if (!q.value(7).isNull())
                    r.km = q.value(7).toInt();
                r.status = fromTripStatusKey(q.value(8).toString()).value_or(TripStatus::Requested);
                r.key = kVehicleTripsKey.cursorAt(q, 9);
                rows << r;
            }
            return rows;
        });
}

int VehicleRepository::tripCount(qint64 vehicleId) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM trips WHERE vehicle_id = :id"),
            tr("counting a vehicle's trips"));
    q.bind(QStringLiteral(":id"), vehicleId);
    return q.scalar(0).toInt();
}

QList<NamedId> VehicleRepository::departments(qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("status = 'active'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("id"));
    Query q(m_db,
            QStringLiteral("SELECT id, name FROM departments") + w.sql()
                + QStringLiteral(" ORDER BY code, name"),
            tr("listing departments"));
    w.bindTo(q);
    q.exec();
    QList<NamedId> list;
    while (q.next())
        list << NamedId{q.value(0).toLongLong(), q.value(1).toString()};
    return list;
}

bool VehicleRepository::departmentExists(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM departments WHERE id = :id"),
            tr("looking up a department"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar(0).toInt() > 0;
}

} // namespace ga::vehicles

#include "vehicles/VehicleService.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Session.h"
#include "org/ScopeGuard.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vehicles/Plate.h"

#include <QHash>

namespace ga::vehicles {

namespace {
const QString kVehicleEntity = QStringLiteral("vehicle");
} // namespace

VehicleService::VehicleService(Database &db, Session &session, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_clock(clock)
    , m_vehicles(db)
    , m_files(db)
    , m_fuel(db)
    , m_drivers(db)
    , m_scope(db, session, audit)
{
}

// --- reads -----------------------------------------------------------------------------------

QList<VehicleRow> VehicleService::listVehicles(const VehicleFilter &filter, VehicleSort sort,
                                               Qt::SortOrder order, int offset, int limit) const
{
    VehicleFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_vehicles.list(f, sort, order, offset, limit);
}

QList<VehicleRow> VehicleService::vehiclesPageAfter(const VehicleFilter &filter, VehicleSort sort,
                                                    Qt::SortOrder order, const KeysetCursor &after,
                                                    int limit) const
{
    VehicleFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_vehicles.pageAfter(f, sort, order, after, limit);
}

int VehicleService::countVehicles(const VehicleFilter &filter) const
{
    VehicleFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_vehicles.count(f);
}

VehicleRow VehicleService::vehicle(qint64 id) const
{
    auto row = m_vehicles.findRow(id);
    if (!row)
        throw NotFoundError(tr("The vehicle no longer exists."));
    if (row->vehicle.category != Category::General && !m_scope.covers(row->vehicle.departmentId))
        throw PermissionError(tr("This vehicle belongs to another agency, outside your scope."));
    return *row;
}

VehicleFile VehicleService::vehicleFile(qint64 id) const
{
    VehicleFile file;
    file.vehicle = vehicle(id); // the scope check
    file.maintenanceCount = m_files.count<MaintenanceRecord>(id);
    file.inspectionCount = m_files.count<InspectionRecord>(id);
    file.insuranceCount = m_files.count<InsurancePolicy>(id);
    file.violationCount = m_files.count<Violation>(id);
    file.accidentCount = m_files.count<Accident>(id);
    FuelFilter fuel;
    fuel.vehicleId = id;
    file.fuelCount = m_fuel.count(fuel);
    file.assignmentCount = m_files.count<LongTermAssignment>(id);
    file.tripCount = m_vehicles.tripCount(id);
    file.inspectionValidUntil = m_files.latestInspectionExpiry(id);
    file.insuredUntil = m_files.latestInsuranceExpiry(id);
    return file;
}

template<typename R>
QList<R> VehicleService::filePage(qint64 vehicleId, const KeysetCursor &after, int limit) const
{
    vehicle(vehicleId); // the scope check
    if constexpr (std::is_same_v<R, FuelTransaction>) {
        FuelFilter filter;
        filter.vehicleId = vehicleId;
        return m_fuel.pageAfter(filter, after, qMax(0, limit));
    } else
        return m_files.page<R>(vehicleId, after, qMax(0, limit));
}

template QList<MaintenanceRecord> VehicleService::filePage(qint64, const KeysetCursor &, int) const;
template QList<InspectionRecord> VehicleService::filePage(qint64, const KeysetCursor &, int) const;
template QList<InsurancePolicy> VehicleService::filePage(qint64, const KeysetCursor &, int) const;
template QList<Violation> VehicleService::filePage(qint64, const KeysetCursor &, int) const;
template QList<Accident> VehicleService::filePage(qint64, const KeysetCursor &, int) const;
template QList<FuelTransaction> VehicleService::filePage(qint64, const KeysetCursor &, int) const;
template QList<LongTermAssignment> VehicleService::filePage(qint64, const KeysetCursor &,
                                                            int) const;

QList<VehicleTripRow> VehicleService::vehicleTripsAfter(qint64 vehicleId, const KeysetCursor &after,
                                                        int limit) const
{
    vehicle(vehicleId); // the scope check
    return m_vehicles.trips(vehicleId, after, limit, scopeRoot());
}

QList<FuelTransaction> VehicleService::fuelPageAfter(const FuelFilter &filter,
                                                     const KeysetCursor &after, int limit) const
{
    FuelFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_fuel.pageAfter(f, after, limit);
}

int VehicleService::fuelCount(const FuelFilter &filter) const
{
    FuelFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_fuel.count(f);
}

QList<NamedId> VehicleService::departments() const
{
    return m_vehicles.departments(scopeRoot());
}

// --- checks ----------------------------------------------------------------------------------

qint64 VehicleService::scopeRoot() const
{
    return m_scope.scope().root();
}

void VehicleService::requireVehicleInScope(qint64 vehicleId, const QString &action) const
{
    // The platform's vehicles belong to the bureau: only the region scope edits their files.
    if (const auto v = m_vehicles.find(vehicleId))
        m_scope.require(v->departmentId, action, kVehicleEntity, vehicleId);
}

Vehicle VehicleService::requireVehicle(qint64 id) const
{
    auto v = m_vehicles.find(id);
    if (!v)
        throw NotFoundError(tr("The vehicle no longer exists."));
    return *v;
}

void VehicleService::requireDate(const QDate &date, const QString &what, bool notInFuture) const
{
    if (!date.isValid())
        throw ValidationError(tr("Enter the %1.").arg(what));
    if (notInFuture && date > m_clock.today())
        throw ValidationError(
            tr("The %1 (%2) is in the future.").arg(what, date.toString(Qt::ISODate)));
}

void VehicleService::requireNonNegative(Money amount, const QString &what)
{
    if (amount.fen() < 0)
        throw ValidationError(tr("The %1 may not be negative.").arg(what));
}

Vehicle VehicleService::checkedFields(const Vehicle &input, const QDate &today)
{
    Vehicle v = input;
    v.plate = normalisePlate(input.plate);
    v.fleetNo = input.fleetNo.trimmed();
    v.brand = input.brand.trimmed();
    v.model = input.model.trimmed();
    v.lessor = input.lessor.trimmed();
    v.fuelCardNo = input.fuelCardNo.trimmed();
    v.licenceClass = input.licenceClass.trimmed().toUpper();
    v.notes = input.notes.trimmed();

    if (v.plate.isEmpty())
        throw ValidationError(tr("Enter the vehicle's plate."));
    if (!isValidPlate(v.plate))
        throw ValidationError(
            tr("\"%1\" is not a valid plate. Expected a province, a letter and 5 characters "
               "(宁A·12345), or 6 for a new-energy plate starting or ending with D or F "
               "(宁A·D12345); the letters I and O are not used.")
                .arg(input.plate.trimmed()));
    if (v.brand.isEmpty())
        throw ValidationError(tr("Enter the vehicle's brand."));
    if (v.seats <= 0)
        throw ValidationError(tr("The number of seats must be above zero."));
    if (!licenceClasses().contains(v.licenceClass))
        throw ValidationError(tr("\"%1\" is not a driving-licence class.").arg(v.licenceClass));
    if (v.purchaseDate.isValid() && v.purchaseDate > today)
        throw ValidationError(tr("The purchase date (%1) is in the future.")
                                  .arg(v.purchaseDate.toString(Qt::ISODate)));
    requireNonNegative(v.purchasePrice, tr("purchase price"));
    if (v.ownership == Ownership::Leased) {
        if (v.lessor.isEmpty())
            throw ValidationError(tr("A leased vehicle needs its lessor."));
        requireNonNegative(v.leaseCostMonthly, tr("monthly lease cost"));
    } else {
        v.lessor.clear();
        v.leaseCostMonthly = Money();
    }
    if (v.odometerKm < 0)
        throw ValidationError(tr("The odometer reading may not be negative."));
    return v;
}

Vehicle VehicleService::validated(const Vehicle &input, qint64 selfId) const
{
    const Vehicle v = checkedFields(input, m_clock.today());
    if (v.departmentId > 0 && !m_vehicles.departmentExists(v.departmentId))
        throw NotFoundError(tr("The department no longer exists."));

    const qint64 plateOwner = m_vehicles.idByPlate(v.plate);
    if (plateOwner != 0 && plateOwner != selfId)
        throw ConflictError(tr("Another vehicle already has the plate %1.").arg(v.plate));
    if (!v.fleetNo.isEmpty()) {
        const qint64 owner = m_vehicles.idByFleetNo(v.fleetNo);
        if (owner != 0 && owner != selfId)
            throw ConflictError(
                tr("Another vehicle already has the fleet number %1.").arg(v.fleetNo));
    }
    if (!v.fuelCardNo.isEmpty()) {
        const qint64 owner = m_vehicles.idByFuelCard(v.fuelCardNo);
        if (owner != 0 && owner != selfId)
            throw ConflictError(
                tr("The fuel card %1 belongs to another vehicle (one card per vehicle).")
                    .arg(v.fuelCardNo));
    }
    return v;
}

// --- vehicles --------------------------------------------------------------------------------

qint64 VehicleService::createVehicle(const Vehicle &input)
{
    m_session.require(Permission::EditVehicles);
    m_scope.require(input.departmentId, QStringLiteral("create"), kVehicleEntity, 0);
    Transaction tx(m_db);
    Vehicle v = validated(input, 0);
    v.status = VehicleStatus::Available;
    v.createdAt = m_clock.nowSecs();
    v.id = m_vehicles.insert(v);
    m_audit.record(QStringLiteral("create"), QStringLiteral("vehicle"), v.id, {}, toJson(v));
    tx.commit();
    return v.id;
}

QList<VehicleService::Refusal> VehicleService::importVehicles(const QList<Vehicle> &vehicles,
                                                              const QJsonObject &summary,
                                                              bool allOrNothing)
{
    m_session.require(Permission::EditVehicles);
    Transaction tx(m_db);
    QList<Refusal> refused;
    QHash<qint64, bool> inScope;
    const qint64 now = m_clock.nowSecs();
    for (qsizetype i = 0; i < vehicles.size(); ++i) {
        Vehicle v;
        try {
            v = validated(vehicles.at(i), 0);
        } catch (const ValidationError &e) {
            refused.append({i, e.message()});
            continue;
        } catch (const ConflictError &e) {
            refused.append({i, e.message()});
            continue;
        } catch (const NotFoundError &e) {
            refused.append({i, e.message()});
            continue;
        }
        // One scope query per department, not per row.
        const auto known = inScope.constFind(v.departmentId);
        const bool covered = known != inScope.cend()
            ? *known
            : *inScope.insert(v.departmentId, m_scope.covers(v.departmentId));
        if (!covered) {
            refused.append({i, tr("The vehicle's department lies outside your agency scope.")});
            continue;
        }
        v.status = VehicleStatus::Available;
        v.createdAt = now;
        try {
            m_vehicles.insert(v);
        } catch (const Error &e) {
            throw StorageError(tr("The vehicle %1 could not be stored, so nothing was imported: %2")
                                   .arg(v.plate, e.message()));
        }
    }
    if (allOrNothing && !refused.isEmpty())
        return refused; // the transaction rolls back
    QJsonObject after = summary;
    after.insert(QStringLiteral("accepted"), qint64(vehicles.size() - refused.size()));
    after.insert(QStringLiteral("rejected"),
                 summary.value(QStringLiteral("rejected")).toInteger() + qint64(refused.size()));
    m_audit.record(QStringLiteral("import"), QStringLiteral("vehicles"), 0, {}, after);
    tx.commit();
    return refused;
}

void VehicleService::updateVehicle(const Vehicle &input)
{
    m_session.require(Permission::EditVehicles);
    requireVehicleInScope(input.id, QStringLiteral("update"));
    m_scope.require(input.departmentId, QStringLiteral("update"), kVehicleEntity, input.id);
    Transaction tx(m_db);
    const Vehicle before = requireVehicle(input.id);
    Vehicle v = validated(input, input.id);
    v.status = before.status;
    v.createdAt = before.createdAt;
    m_vehicles.update(v);
    m_audit.record(QStringLiteral("update"), QStringLiteral("vehicle"), v.id, toJson(before),
                   toJson(v));
    tx.commit();
}

void VehicleService::retireVehicle(qint64 id)
{
    m_session.require(Permission::EditVehicles);
    requireVehicleInScope(id, QStringLiteral("retire"));
    Transaction tx(m_db);
    const Vehicle before = requireVehicle(id);
    if (before.status == VehicleStatus::Retired)
        throw ValidationError(tr("The vehicle %1 is already retired.").arg(before.plate));
    if (m_vehicles.activeTripCount(id) > 0)
        throw ConflictError(
            tr("The vehicle %1 cannot be retired: it is assigned to a trip or out on "
               "one. Finish or reassign the trip first.")
                .arg(before.plate));
    m_vehicles.setStatus(id, VehicleStatus::Retired);
    Vehicle after = before;
    after.status = VehicleStatus::Retired;
    m_audit.record(QStringLiteral("retire"), QStringLiteral("vehicle"), id, toJson(before),
                   toJson(after));
    tx.commit();
}

void VehicleService::setInMaintenance(qint64 id, bool inMaintenance)
{
    m_session.require(Permission::EditVehicles);
    requireVehicleInScope(id, QStringLiteral("maintenance"));
    Transaction tx(m_db);
    const Vehicle before = requireVehicle(id);
    Vehicle after = before;
    if (inMaintenance) {
        if (before.status == VehicleStatus::Retired)
            throw ValidationError(tr("The vehicle %1 is retired.").arg(before.plate));
        if (before.status == VehicleStatus::Maintenance)
            throw ValidationError(
                tr("The vehicle %1 is already in maintenance.").arg(before.plate));
        if (before.status == VehicleStatus::Dispatched || m_vehicles.departedTripCount(id) > 0)
            throw ConflictError(
                tr("The vehicle %1 is out on a trip; record its return first.").arg(before.plate));
        after.status = VehicleStatus::Maintenance;
    } else {
        if (before.status != VehicleStatus::Maintenance)
            throw ValidationError(tr("The vehicle %1 is not in maintenance.").arg(before.plate));
        after.status = VehicleStatus::Available;
    }
    m_vehicles.setStatus(id, after.status);
    m_audit.record(inMaintenance ? QStringLiteral("maintenance_start")
                                 : QStringLiteral("maintenance_end"),
                   QStringLiteral("vehicle"), id, toJson(before), toJson(after));
    tx.commit();
}

// --- the file --------------------------------------------------------------------------------

template<typename R>
std::optional<R> VehicleService::storedRecord(qint64 id) const
{
    if constexpr (std::is_same_v<R, FuelTransaction>)
        return m_fuel.find(id);
    else
        return m_files.find<R>(id);
}

template<typename R>
qint64 VehicleService::saveFileRecord(const R &input, const QString &entity,
                                      const QString &goneMessage, const RecordCheck<R> &check)
{
    m_session.require(Permission::EditVehicles);
    // An edit keeps the record on its stored vehicle, whatever the input names: the scope is
    // the stored vehicle's.
    qint64 vehicleId = input.vehicleId;
    if (input.id > 0) {
        const auto stored = storedRecord<R>(input.id);
        if (!stored)
            throw NotFoundError(goneMessage);
        vehicleId = stored->vehicleId;
    }
    requireVehicleInScope(vehicleId,
                          input.id > 0 ? QStringLiteral("update") : QStringLiteral("create"));
    Transaction tx(m_db);
    R r = input;
    std::optional<R> before;
    if (r.id > 0) {
        before = storedRecord<R>(r.id);
        if (!before)
            throw NotFoundError(goneMessage);
        r.vehicleId = before->vehicleId;
    }
    const Vehicle v = requireVehicle(r.vehicleId);
    check(r, v, before.has_value());
    if (before) {
        if constexpr (std::is_same_v<R, FuelTransaction>)
            m_fuel.update(r);
        else
            m_files.update(r);
        m_audit.record(QStringLiteral("update"), entity, r.id, toJson(*before), toJson(r));
    } else {
        if constexpr (std::is_same_v<R, FuelTransaction>)
            r.id = m_fuel.insert(r, m_clock.nowSecs());
        else
            r.id = m_files.insert(r, m_clock.nowSecs());
        m_audit.record(QStringLiteral("create"), entity, r.id, {}, toJson(r));
    }
    if constexpr (requires { r.odometerKm; }) {
        if (r.odometerKm)
            m_vehicles.raiseOdometer(r.vehicleId, *r.odometerKm);
    }
    tx.commit();
    return r.id;
}

qint64 VehicleService::saveMaintenance(const MaintenanceRecord &input)
{
    return saveFileRecord<MaintenanceRecord>(
        input, QStringLiteral("vehicle_maintenance"),
        tr("The maintenance record no longer exists."),
        [this](MaintenanceRecord &r, const Vehicle &, bool) {
            r.garage = r.garage.trimmed();
            r.items = r.items.trimmed();
            requireDate(r.date, tr("date of the maintenance"), true);
            requireNonNegative(r.cost, tr("cost"));
            if (r.odometerKm && *r.odometerKm < 0)
                throw ValidationError(tr("The odometer reading may not be negative."));
        });
}

qint64 VehicleService::saveInspection(const InspectionRecord &input)
{
    return saveFileRecord<InspectionRecord>(
        input, QStringLiteral("vehicle_inspection"),
        tr("The inspection record no longer exists."),
        [this](InspectionRecord &r, const Vehicle &, bool) {
            requireDate(r.date, tr("date of the inspection"), true);
            requireDate(r.expiry, tr("inspection's expiry date"), false);
            if (r.expiry <= r.date)
                throw ValidationError(tr("The inspection's expiry date must be after its date."));
            requireNonNegative(r.cost, tr("cost"));
        });
}

qint64 VehicleService::saveInsurance(const InsurancePolicy &input)
{
    return saveFileRecord<InsurancePolicy>(
        input, QStringLiteral("vehicle_insurance"), tr("The insurance policy no longer exists."),
        [this](InsurancePolicy &r, const Vehicle &, bool) {
            r.insurer = r.insurer.trimmed();
            r.policyNo = r.policyNo.trimmed();
            if (r.insurer.isEmpty())
                throw ValidationError(tr("Enter the insurer."));
            requireDate(r.startDate, tr("policy's start date"), false);
            requireDate(r.expiry, tr("policy's expiry date"), false);
            if (r.expiry <= r.startDate)
                throw ValidationError(
                    tr("The policy's expiry date must be after its start date."));
            requireNonNegative(r.premium, tr("premium"));
        });
}

void VehicleService::requireDriverIfNamed(qint64 driverId) const
{
    if (driverId > 0 && !m_drivers.find(driverId))
        throw NotFoundError(tr("The driver no longer exists."));
}

qint64 VehicleService::saveViolation(const Violation &input)
{
    return saveFileRecord<Violation>(
        input, QStringLiteral("vehicle_violation"), tr("The violation record no longer exists."),
        [this](Violation &r, const Vehicle &, bool) {
            r.place = r.place.trimmed();
            r.description = r.description.trimmed();
            requireDate(r.date, tr("date of the violation"), true);
            requireDriverIfNamed(r.driverId);
            requireNonNegative(r.fine, tr("fine"));
            if (r.points < 0 || r.points > 12)
                throw ValidationError(tr("Penalty points run from 0 to 12."));
        });
}

qint64 VehicleService::saveAccident(const Accident &input)
{
    return saveFileRecord<Accident>(
        input, QStringLiteral("vehicle_accident"), tr("The accident record no longer exists."),
        [this](Accident &r, const Vehicle &, bool) {
            r.place = r.place.trimmed();
            r.description = r.description.trimmed();
            r.liability = r.liability.trimmed();
            requireDate(r.date, tr("date of the accident"), true);
            requireDriverIfNamed(r.driverId);
            if (r.description.isEmpty())
                throw ValidationError(tr("Describe the accident."));
            requireNonNegative(r.cost, tr("cost"));
        });
}

qint64 VehicleService::saveFuel(const FuelTransaction &input)
{
    return saveFileRecord<FuelTransaction>(
        input, QStringLiteral("fuel_transaction"), tr("The fuel transaction no longer exists."),
        [this](FuelTransaction &r, const Vehicle &v, bool) {
            r.cardNo = r.cardNo.trimmed();
            r.station = r.station.trimmed();
            if (r.cardNo.isEmpty())
                r.cardNo = v.fuelCardNo;
            if (r.cardNo.isEmpty())
                throw ValidationError(
                    tr("The vehicle %1 has no fuel card; enter the card number.").arg(v.plate));
            const qint64 cardOwner = m_vehicles.idByFuelCard(r.cardNo);
            if (cardOwner != 0 && cardOwner != v.id)
                throw ConflictError(
                    tr("The fuel card %1 belongs to another vehicle.").arg(r.cardNo));
            if (r.at <= 0)
                throw ValidationError(tr("Enter the time of the transaction."));
            if (r.at > m_clock.nowSecs())
                throw ValidationError(tr("The transaction's time is in the future."));
            if (r.quantityMilli <= 0)
                throw ValidationError(tr("The quantity must be above zero."));
            requireNonNegative(r.amount, tr("amount"));
            if (r.fuelKind == FuelKind::Electricity && !isNewEnergy(v.energyType))
                throw ValidationError(
                    tr("The vehicle %1 does not charge from the grid.").arg(v.plate));
            if (r.fuelKind != FuelKind::Electricity && v.energyType == EnergyType::BatteryElectric)
                throw ValidationError(tr("The vehicle %1 is battery electric.").arg(v.plate));
            if (r.odometerKm && *r.odometerKm < 0)
                throw ValidationError(tr("The odometer reading may not be negative."));
            if (m_fuel.duplicateOf(r) != 0)
                throw ConflictError(
                    tr("This transaction (same card, time and amount) is already recorded."));
        });
}

qint64 VehicleService::saveAssignment(const LongTermAssignment &input)
{
    return saveFileRecord<LongTermAssignment>(
        input, QStringLiteral("vehicle_assignment"), tr("The assignment no longer exists."),
        [this](LongTermAssignment &r, const Vehicle &v, bool editing) {
            r.note = r.note.trimmed();
            if (!editing && v.status == VehicleStatus::Retired)
                throw ValidationError(tr("The vehicle %1 is retired.").arg(v.plate));
            if (r.departmentId <= 0)
                throw ValidationError(tr("Choose the department the vehicle is assigned to."));
            if (!m_vehicles.departmentExists(r.departmentId))
                throw NotFoundError(tr("The department no longer exists."));
            requireDate(r.startDate, tr("start date of the assignment"), false);
            if (r.endDate.isValid() && r.endDate < r.startDate)
                throw ValidationError(tr("The assignment ends before it starts."));
            if (const qint64 other
                = m_files.overlappingAssignment(r.vehicleId, r.startDate, r.endDate, r.id)) {
                const auto o = m_files.find<LongTermAssignment>(other);
                throw ConflictError(tr("The vehicle %1 is already assigned to %2 from %3 to %4.")
                                        .arg(v.plate, o->departmentName,
                                             o->startDate.toString(Qt::ISODate),
                                             o->endDate.isValid()
                                                 ? o->endDate.toString(Qt::ISODate)
                                                 : tr("open end")));
            }
        });
}

} // namespace ga::vehicles

#include "vehicles/DispatchService.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Session.h"
#include "org/ScopeGuard.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace ga::vehicles {

namespace {
const QString kTripEntity = QStringLiteral("trip");
} // namespace

// --- rules ----------------------------------------------------------------------------------

bool isHardRule(AssignmentRule rule)
{
    switch (rule) {
    case AssignmentRule::VehicleMaintenance:
    case AssignmentRule::InspectionLapsed:
    case AssignmentRule::InsuranceLapsed:
    case AssignmentRule::Seats:
        return false;
    default:
        return true;
    }
}

QString ruleKey(AssignmentRule rule)
{
    switch (rule) {
    case AssignmentRule::VehicleOverlap: return QStringLiteral("vehicle_overlap");
    case AssignmentRule::DriverOverlap: return QStringLiteral("driver_overlap");
    case AssignmentRule::VehicleRetired: return QStringLiteral("vehicle_retired");
    case AssignmentRule::DriverRetired: return QStringLiteral("driver_retired");
    case AssignmentRule::DriverOnLeave: return QStringLiteral("driver_on_leave");
    case AssignmentRule::LicenceLapsed: return QStringLiteral("licence_lapsed");
    case AssignmentRule::LicenceClass: return QStringLiteral("licence_class");
    case AssignmentRule::VehicleMaintenance: return QStringLiteral("vehicle_maintenance");
    case AssignmentRule::InspectionLapsed: return QStringLiteral("inspection_lapsed");
    case AssignmentRule::InsuranceLapsed: return QStringLiteral("insurance_lapsed");
    case AssignmentRule::Seats: return QStringLiteral("seats");
    }
    return {};
}

bool AssignmentCheck::hasHard() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const auto &p) { return p.hard; });
}

bool AssignmentCheck::hasSoft() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const auto &p) { return !p.hard; });
}

bool AssignmentCheck::has(AssignmentRule rule) const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [rule](const auto &p) { return p.rule == rule; });
}

QStringList AssignmentCheck::messages() const
{
    QStringList result;
    for (const auto &p : problems)
        result << p.message;
    return result;
}

namespace {

// The last calendar day a trip covers (a trip ending at midnight ends the day before).
QDate endDateOf(const TimeSpan &window)
{
    return QDateTime::fromSecsSinceEpoch(window.end - 1).toLocalTime().date();
}

QString windowText(const TimeSpan &w)
{
    const QDateTime s = QDateTime::fromSecsSinceEpoch(w.start).toLocalTime();
    const QDateTime e = QDateTime::fromSecsSinceEpoch(w.end).toLocalTime();
    if (s.date() == e.date())
        return formatInstant(w.start) + QStringLiteral("–") + e.toString(QStringLiteral("HH:mm"));
    return formatInstant(w.start) + QStringLiteral(" – ") + formatInstant(w.end);
}

QJsonObject toJson(const Trip &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("request_no"), t.requestNo);
    o.insert(QStringLiteral("status"), key(t.status));
    o.insert(QStringLiteral("department_id"), t.departmentId);
    o.insert(QStringLiteral("purpose"), t.purpose);
    o.insert(QStringLiteral("destination"), t.destination);
    o.insert(QStringLiteral("out_of_region"), t.outOfRegion);
    o.insert(QStringLiteral("emergency"), t.emergency);
    o.insert(QStringLiteral("passengers"), t.passengers);
    o.insert(QStringLiteral("planned_start"), t.planned.start);
    o.insert(QStringLiteral("planned_end"), t.planned.end);
    if (t.approvedAt > 0) {
        o.insert(QStringLiteral("approved_by"), t.approvedBy);
        o.insert(QStringLiteral("approved_at"), t.approvedAt);
    }
    if (t.dispatchedBeforeApproval)
        o.insert(QStringLiteral("dispatched_before_approval"), true);
    if (t.vehicleId > 0) {
        o.insert(QStringLiteral("vehicle_id"), t.vehicleId);
        o.insert(QStringLiteral("driver_id"), t.driverId);
    }
    if (!t.overrideReason.isEmpty())
        o.insert(QStringLiteral("override_reason"), t.overrideReason);
    if (t.odometerOut)
        o.insert(QStringLiteral("odometer_out"), *t.odometerOut);
    if (t.odometerIn)
        o.insert(QStringLiteral("odometer_in"), *t.odometerIn);
    if (t.returnedAt > 0) {
        o.insert(QStringLiteral("fuel_cost"), t.fuelCost.fen());
        o.insert(QStringLiteral("tolls"), t.tolls.fen());
        o.insert(QStringLiteral("parking"), t.parking.fen());
    }
    if (!t.reason.isEmpty())
        o.insert(QStringLiteral("reason"), t.reason);
    return o;
}

} // namespace

// --- construction ---------------------------------------------------------------------------

DispatchService::DispatchService(Database &db, Session &session, AuditLog &audit,
                                 const Clock &clock)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_clock(clock)
    , m_trips(db)
    , m_repo(db)
    , m_liaisons(db)
    , m_scope(db, session, audit)
{}

TimeSpan DispatchService::spanOf(const DateRange &range)
{
    return {QDateTime(range.from, QTime(0, 0)).toSecsSinceEpoch(),
            QDateTime(range.to.addDays(1), QTime(0, 0)).toSecsSinceEpoch()};
}

Trip DispatchService::load(qint64 id) const
{
    auto t = m_trips.find(id);
    if (!t)
        throw NotFoundError(tr("The trip (id %1) does not exist.").arg(id));
    return *t;
}

void DispatchService::refuseState(const Trip &trip, const QString &action) const
{
    throw ConflictError(tr("Trip %1 is %2: it cannot be %3.")
                            .arg(trip.requestNo, displayName(trip.status).toLower(), action));
}

void DispatchService::save(const Trip &before, const Trip &after, const QString &action,
                           QJsonObject extra)
{
    m_trips.update(after);
    QJsonObject a = toJson(after);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        a.insert(it.key(), it.value());
    m_audit.record(action, QStringLiteral("trip"), after.id, toJson(before), a);
}

// --- permissions ----------------------------------------------------------------------------

bool DispatchService::canRequest() const
{
    return m_session.can(Permission::RequestVehicle);
}

static bool approverAllowed(const Session &s, const Trip &t)
{
    if (t.outOfRegion)
        return s.can(Permission::ApproveDispatch);
    return s.can(Permission::ApproveDispatch) || s.can(Permission::Dispatch);
}

void DispatchService::requireApprover(const Trip &trip) const
{
    if (approverAllowed(m_session, trip))
        return;
    if (trip.outOfRegion)
        throw PermissionError(tr("Trip %1 is out of the region: only a user allowed to %2 may "
                                 "approve or reject it (role: %3).")
                                  .arg(trip.requestNo,
                                       permissionDisplayName(Permission::ApproveDispatch),
                                       roleDisplayName(m_session.user().role)));
    m_session.require(Permission::ApproveDispatch);
}

void DispatchService::requireAssigner() const
{
    if (!m_session.can(Permission::Dispatch))
        m_session.require(Permission::ApproveDispatch);
}

void DispatchService::requireCanceller(const Trip &trip) const
{
    if (m_session.can(Permission::Dispatch) || m_session.can(Permission::ApproveDispatch))
        return;
    const bool ownRequest = m_session.can(Permission::RequestVehicle)
                            && trip.requestedBy > 0 && trip.requestedBy == m_session.user().id;
    if (ownRequest && !trip.hasAssignment())
        return;
    m_session.require(Permission::Dispatch);
}

bool DispatchService::canApprove(const Trip &t) const
{
    const bool state = (t.status == TripStatus::Requested && !t.dispatchedBeforeApproval)
                       || (t.dispatchedBeforeApproval && !t.isApproved());
    return state && approverAllowed(m_session, t);
}

bool DispatchService::canReject(const Trip &t) const
{
    return (t.status == TripStatus::Requested || t.status == TripStatus::Approved)
           && !t.hasAssignment() && approverAllowed(m_session, t);
}

bool DispatchService::canAssign(const Trip &t) const
{
    const bool state = t.status == TripStatus::Approved || t.status == TripStatus::Assigned
                       || (t.status == TripStatus::Requested && t.emergency);
    return state
           && (m_session.can(Permission::Dispatch) || m_session.can(Permission::ApproveDispatch));
}

bool DispatchService::canApproveAndAssign(const Trip &t) const
{
    return t.status == TripStatus::Requested && !t.dispatchedBeforeApproval && !t.emergency
           && approverAllowed(m_session, t)
           && (m_session.can(Permission::Dispatch) || m_session.can(Permission::ApproveDispatch));
}

bool DispatchService::canDepart(const Trip &t) const
{
    return t.status == TripStatus::Assigned && m_session.can(Permission::Dispatch);
}

bool DispatchService::canReturn(const Trip &t) const
{
    return t.status == TripStatus::Departed && m_session.can(Permission::Dispatch);
}

bool DispatchService::canClose(const Trip &t) const
{
    return t.status == TripStatus::Returned && (!t.dispatchedBeforeApproval || t.isApproved())
           && m_session.can(Permission::Dispatch);
}

bool DispatchService::canCancel(const Trip &t) const
{
    const bool state = t.status == TripStatus::Requested || t.status == TripStatus::Approved
                       || t.status == TripStatus::Assigned;
    if (!state)
        return false;
    if (m_session.can(Permission::Dispatch) || m_session.can(Permission::ApproveDispatch))
        return true;
    return m_session.can(Permission::RequestVehicle) && t.requestedBy > 0
           && t.requestedBy == m_session.user().id && !t.hasAssignment();
}

bool DispatchService::canOverride() const
{
    return m_session.can(Permission::ApproveDispatch);
}

// --- workflow -------------------------------------------------------------------------------

qint64 DispatchService::createRequest(const TripRequest &r)
{
    m_session.require(Permission::RequestVehicle);
    const UserContext &user = m_session.user();
    if (user.role == Role::Staff && r.departmentId != user.departmentId)
        throw PermissionError(tr("You may request vehicles only for your own department."));

    if (r.departmentId <= 0 || !m_repo.departmentExists(r.departmentId))
        throw ValidationError(tr("Choose the department the vehicle is requested for."));
    m_scope.require(r.departmentId, QStringLiteral("request"), kTripEntity, 0);
    if (r.liaison.trimmed().isEmpty())
        throw ValidationError(tr("Enter the dispatch liaison (派车联络员) of the department."));
    if (r.liaisonPhone.trimmed().isEmpty())
        throw ValidationError(tr("Enter the liaison's phone number."));
    if (r.purpose.trimmed().isEmpty())
        throw ValidationError(tr("Enter the purpose of the trip."));
    if (r.destination.trimmed().isEmpty())
        throw ValidationError(tr("Enter the destination."));
    if (r.passengers < 1)
        throw ValidationError(tr("A trip carries at least one passenger."));
    if (r.planned.start >= r.planned.end)
        throw ValidationError(tr("The planned start must be before the planned end."));
    if (r.planned.seconds() > qint64(kMaxTripDays) * 24 * 3600)
        throw ValidationError(tr("A trip may last at most %1 days.").arg(kMaxTripDays));
    const qint64 now = m_clock.nowSecs();
    constexpr qint64 kGraceSecs = 5 * 60;
    if (!r.emergency && r.planned.start < now - kGraceSecs)
        throw ValidationError(tr("The planned start (%1) is in the past; only an emergency trip "
                                 "may start at once.")
                                  .arg(formatInstant(r.planned.start)));

    Transaction tx(m_db);
    const QString prefix = QStringLiteral("PC") + m_clock.today().toString(QStringLiteral("yyyyMMdd"));
    const QString last = m_trips.lastRequestNo(prefix);
    const int seq = last.isEmpty() ? 1 : last.mid(prefix.size()).toInt() + 1;
    if (seq > 9999)
        throw ConflictError(tr("No request numbers are left for today."));

    Trip t;
    t.requestNo = prefix + QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0'));
    t.departmentId = r.departmentId;
    t.requestedBy = user.id;
    t.liaison = r.liaison.trimmed();
    t.liaisonPhone = r.liaisonPhone.trimmed();
    t.purpose = r.purpose.trimmed();
    t.destination = r.destination.trimmed();
    t.outOfRegion = r.outOfRegion;
    t.emergency = r.emergency;
    t.passengers = r.passengers;
    t.planned = r.planned;
    t.status = TripStatus::Requested;
    t.createdAt = now;
    t.id = m_trips.insert(t);
    m_audit.record(QStringLiteral("request"), QStringLiteral("trip"), t.id, {}, toJson(t));
    rememberLiaison(t.departmentId, t.liaison, t.liaisonPhone);
    tx.commit();
    return t.id;
}

Trip DispatchService::approved(const Trip &before, const QString &note,
                               QJsonObject &extra) const
{
    Trip t = before;
    if (before.status == TripStatus::Requested && !before.dispatchedBeforeApproval) {
        t.status = TripStatus::Approved;
    } else if (before.dispatchedBeforeApproval && !before.isApproved()
               && before.status != TripStatus::Cancelled) {
        extra.insert(QStringLiteral("approved_after_dispatch"), true);
    } else {
        refuseState(before, tr("approved"));
    }
    t.approvedBy = m_session.user().id;
    t.approvedByName = m_session.user().displayName;
    t.approvedAt = m_clock.nowSecs();
    t.approvalNote = note.trimmed();
    return t;
}

void DispatchService::approve(qint64 tripId, const QString &note)
{
    const Trip before = load(tripId);
    requireApprover(before);
    m_scope.require(before.departmentId, QStringLiteral("approve"), kTripEntity, tripId);
    QJsonObject extra;
    const Trip t = approved(before, note, extra);
    Transaction tx(m_db);
    save(before, t, QStringLiteral("approve"), extra);
    tx.commit();
}

void DispatchService::approveAndAssign(qint64 tripId, qint64 vehicleId, qint64 driverId,
                                       const QString &overrideReason)
{
    const Trip before = load(tripId);
    requireApprover(before);
    requireAssigner();
    m_scope.require(before.departmentId, QStringLiteral("approve"), kTripEntity, tripId);
    requireUsable(vehicleId, driverId, tripId);
    if (before.status != TripStatus::Requested || before.dispatchedBeforeApproval)
        refuseState(before, tr("approved"));
    QJsonObject approvalExtra;
    const Trip approvedTrip = approved(before, QString(), approvalExtra);
    commitAssignment(before, vehicleId, driverId, [&] {
        Transaction tx(m_db);
        QJsonObject assignExtra;
        const Trip t = assigned(approvedTrip, vehicleId, driverId, overrideReason, assignExtra);
        save(before, approvedTrip, QStringLiteral("approve"), approvalExtra);
        save(approvedTrip, t, QStringLiteral("assign"), assignExtra);
        tx.commit();
    });
}

void DispatchService::reject(qint64 tripId, const QString &reason)
{
    const Trip before = load(tripId);
    requireApprover(before);
    m_scope.require(before.departmentId, QStringLiteral("reject"), kTripEntity, tripId);
    if ((before.status != TripStatus::Requested && before.status != TripStatus::Approved)
        || before.hasAssignment())
        refuseState(before, tr("rejected"));
    if (reason.trimmed().isEmpty())
        throw ValidationError(tr("Give the reason for rejecting the request."));
    Trip t = before;
    t.status = TripStatus::Rejected;
    t.reason = reason.trimmed();
    Transaction tx(m_db);
    save(before, t, QStringLiteral("reject"));
    tx.commit();
}

void DispatchService::assign(qint64 tripId, qint64 vehicleId, qint64 driverId,
                             const QString &overrideReason)
{
    requireAssigner();
    const Trip before = load(tripId);
    m_scope.require(before.departmentId, QStringLiteral("assign"), kTripEntity, tripId);
    requireUsable(vehicleId, driverId, tripId);
    commitAssignment(before, vehicleId, driverId, [&] {
        Transaction tx(m_db);
        QJsonObject extra;
        const Trip t = assigned(before, vehicleId, driverId, overrideReason, extra);
        save(before, t, QStringLiteral("assign"), extra);
        tx.commit();
    });
}

void DispatchService::commitAssignment(const Trip &before, qint64 vehicleId, qint64 driverId,
                                       const std::function<void()> &write)
{
    // On PostgreSQL another desk may assign the same vehicle or driver at the same instant: the
    // exclusion constraints of schema 7 refuse whichever commits second, and the refusal is then
    // the one the check gives, naming the trip that won. A deadlock or serialization failure
    // is tried again a few times.
    try {
        runWithRetries(write);
    } catch (const ConflictError &e) {
        if (!m_db.isPostgres() || !e.message().contains(QLatin1String("_no_overlap")))
            throw;
        spdlog::info("Assignment of trip {} lost to a concurrent one",
                     before.requestNo.toStdString());
        const AssignmentCheck c = check(before.planned, before.passengers, vehicleId, driverId,
                                        before.id);
        if (!c.has(AssignmentRule::VehicleOverlap) && !c.has(AssignmentRule::DriverOverlap))
            throw;
        throw ConflictError(tr("The assignment is refused:\n%1")
                                .arg(c.messages().join(QLatin1Char('\n'))));
    }
}

Trip DispatchService::assigned(const Trip &before, qint64 vehicleId, qint64 driverId,
                               const QString &overrideReason, QJsonObject &extra) const
{
    const bool emergencyFirst = before.status == TripStatus::Requested && before.emergency;
    if (before.status != TripStatus::Approved && before.status != TripStatus::Assigned
        && !emergencyFirst) {
        if (before.status == TripStatus::Requested)
            throw ConflictError(tr("Trip %1 is not approved yet: only an emergency trip may be "
                                   "dispatched before approval.")
                                    .arg(before.requestNo));
        refuseState(before, tr("assigned"));
    }

    const AssignmentCheck c = check(before.planned, before.passengers, vehicleId, driverId,
                                    before.id);
    const QString reason = overrideReason.trimmed();
    if (c.hasHard()) {
        const QString text = tr("The assignment is refused:\n%1")
                                 .arg(c.messages().join(QLatin1Char('\n')));
        if (c.has(AssignmentRule::VehicleOverlap) || c.has(AssignmentRule::DriverOverlap))
            throw ConflictError(text);
        throw ValidationError(text);
    }
    QJsonArray overridden;
    if (c.hasSoft()) {
        if (!m_session.can(Permission::ApproveDispatch))
            throw ValidationError(tr("The assignment is refused:\n%1\nOnly a user allowed to %2 "
                                     "may override these, with a reason.")
                                      .arg(c.messages().join(QLatin1Char('\n')),
                                           permissionDisplayName(Permission::ApproveDispatch)));
        if (reason.isEmpty())
            throw ValidationError(tr("The assignment breaks these rules:\n%1\nGive a reason to "
                                     "override them.")
                                      .arg(c.messages().join(QLatin1Char('\n'))));
        for (const auto &p : c.problems)
            overridden.append(ruleKey(p.rule));
    }

    Trip t = before;
    t.vehicleId = vehicleId;
    t.driverId = driverId;
    t.assignedBy = m_session.user().id;
    t.assignedAt = m_clock.nowSecs();
    t.overrideReason = c.hasSoft() ? reason : QString();
    t.status = TripStatus::Assigned;
    if (emergencyFirst)
        t.dispatchedBeforeApproval = true;
    if (!overridden.isEmpty())
        extra.insert(QStringLiteral("overridden_rules"), overridden);
    return t;
}

void DispatchService::depart(qint64 tripId, int odometerOut, qint64 at)
{
    m_session.require(Permission::Dispatch);
    const Trip before = load(tripId);
    m_scope.require(before.departmentId, QStringLiteral("depart"), kTripEntity, tripId);
    if (before.status != TripStatus::Assigned)
        refuseState(before, tr("marked as departed"));
    const auto v = m_repo.vehicle(before.vehicleId);
    if (!v)
        throw NotFoundError(tr("The trip's vehicle no longer exists."));
    if (odometerOut < v->odometerKm)
        throw ValidationError(tr("The odometer reading out (%1 km) is below the last reading of "
                                 "%2 (%3 km).")
                                  .arg(odometerOut)
                                  .arg(v->plate)
                                  .arg(v->odometerKm));
    Trip t = before;
    t.status = TripStatus::Departed;
    t.departedAt = at > 0 ? at : m_clock.nowSecs();
    t.odometerOut = odometerOut;
    Transaction tx(m_db);
    save(before, t, QStringLiteral("depart"));
    m_repo.markDispatched(t.vehicleId);
    tx.commit();
}

void DispatchService::recordReturn(qint64 tripId, int odometerIn, qint64 at, Money fuelCost,
                                   Money tolls, Money parking)
{
    m_session.require(Permission::Dispatch);
    const Trip before = load(tripId);
    m_scope.require(before.departmentId, QStringLiteral("return"), kTripEntity, tripId);
    if (before.status != TripStatus::Departed)
        refuseState(before, tr("recorded as returned"));
    const int out = before.odometerOut.value_or(0);
    if (odometerIn < out)
        throw ValidationError(tr("The odometer reading in (%1 km) is below the reading out "
                                 "(%2 km).")
                                  .arg(odometerIn)
                                  .arg(out));
    const auto v = m_repo.vehicle(before.vehicleId);
    if (!v)
        throw NotFoundError(tr("The trip's vehicle no longer exists."));
    if (odometerIn < v->odometerKm)
        throw ValidationError(tr("The odometer reading in (%1 km) is below the last reading of "
                                 "%2 (%3 km).")
                                  .arg(odometerIn)
                                  .arg(v->plate)
                                  .arg(v->odometerKm));
    if (fuelCost.fen() < 0 || tolls.fen() < 0 || parking.fen() < 0)
        throw ValidationError(tr("Fuel, tolls and parking cannot be negative."));
    const qint64 when = at > 0 ? at : m_clock.nowSecs();
    if (when < before.departedAt)
        throw ValidationError(tr("The return (%1) is before the departure (%2).")
                                  .arg(formatInstant(when), formatInstant(before.departedAt)));
    Trip t = before;
    t.status = TripStatus::Returned;
    t.returnedAt = when;
    t.odometerIn = odometerIn;
    t.fuelCost = fuelCost;
    t.tolls = tolls;
    t.parking = parking;
    Transaction tx(m_db);
    save(before, t, QStringLiteral("return"));
    m_repo.markReturned(t.vehicleId, odometerIn);
    tx.commit();
}

void DispatchService::close(qint64 tripId)
{
    m_session.require(Permission::Dispatch);
    const Trip before = load(tripId);
    m_scope.require(before.departmentId, QStringLiteral("close"), kTripEntity, tripId);
    if (before.status != TripStatus::Returned)
        refuseState(before, tr("closed"));
    if (before.dispatchedBeforeApproval && !before.isApproved())
        throw ConflictError(tr("Trip %1 was dispatched before approval: it must be approved "
                               "before it is closed.")
                                .arg(before.requestNo));
    Trip t = before;
    t.status = TripStatus::Closed;
    t.closedAt = m_clock.nowSecs();
    Transaction tx(m_db);
    save(before, t, QStringLiteral("close"));
    tx.commit();
}

void DispatchService::cancel(qint64 tripId, const QString &reason)
{
    const Trip before = load(tripId);
    requireCanceller(before);
    m_scope.require(before.departmentId, QStringLiteral("cancel"), kTripEntity, tripId);
    if (before.status != TripStatus::Requested && before.status != TripStatus::Approved
        && before.status != TripStatus::Assigned)
        refuseState(before, tr("cancelled"));
    if (reason.trimmed().isEmpty())
        throw ValidationError(tr("Give the reason for cancelling the trip."));
    Trip t = before;
    t.status = TripStatus::Cancelled;
    t.reason = reason.trimmed();
    Transaction tx(m_db);
    save(before, t, QStringLiteral("cancel"));
    tx.commit();
}

// --- assignment rules -----------------------------------------------------------------------

AssignmentProblem DispatchService::vehicleOverlap(const VehicleCandidate &v,
                                                  const Trip &other) const
{
    return {AssignmentRule::VehicleOverlap, true,
            tr("Vehicle %1 already has trip %2 (%3, %4) in this time.")
                .arg(v.plate, other.requestNo, other.departmentName, windowText(other.planned)),
            other.id};
}

AssignmentProblem DispatchService::driverOverlap(const DriverCandidate &d, const Trip &other) const
{
    return {AssignmentRule::DriverOverlap, true,
            tr("Driver %1 already drives trip %2 (%3, %4) in this time.")
                .arg(d.name, other.requestNo, other.departmentName, windowText(other.planned)),
            other.id};
}

QList<AssignmentProblem> DispatchService::vehicleProblems(const VehicleCandidate &v,
                                                          const TimeSpan &window,
                                                          int passengers) const
{
    QList<AssignmentProblem> result;
    const QDate endDate = endDateOf(window);
    auto add = [&result](AssignmentRule rule, const QString &message) {
        result.append({rule, isHardRule(rule), message, 0});
    };
    if (v.status == VehicleStatus::Retired)
        add(AssignmentRule::VehicleRetired, tr("Vehicle %1 is retired.").arg(v.plate));
    if (v.status == VehicleStatus::Maintenance)
        add(AssignmentRule::VehicleMaintenance, tr("Vehicle %1 is in maintenance.").arg(v.plate));
    if (!v.inspectionExpiry.isValid())
        add(AssignmentRule::InspectionLapsed,
            tr("Vehicle %1 has no annual inspection on record.").arg(v.plate));
    else if (v.inspectionExpiry < endDate)
        add(AssignmentRule::InspectionLapsed,
            tr("The annual inspection of %1 expires on %2, before the trip ends (%3).")
                .arg(v.plate, toIsoDate(v.inspectionExpiry), toIsoDate(endDate)));
    if (!v.insuranceExpiry.isValid())
        add(AssignmentRule::InsuranceLapsed,
            tr("Vehicle %1 has no insurance on record.").arg(v.plate));
    else if (v.insuranceExpiry < endDate)
        add(AssignmentRule::InsuranceLapsed,
            tr("The insurance of %1 expires on %2, before the trip ends (%3).")
                .arg(v.plate, toIsoDate(v.insuranceExpiry), toIsoDate(endDate)));
    if (v.seats < passengers)
        add(AssignmentRule::Seats, tr("Vehicle %1 has %2 seats for %3 passengers.")
                                       .arg(v.plate)
                                       .arg(v.seats)
                                       .arg(passengers));
    return result;
}

QList<AssignmentProblem> DispatchService::driverProblems(const DriverCandidate &d,
                                                         const TimeSpan &window,
                                                         const VehicleCandidate *vehicle) const
{
    QList<AssignmentProblem> result;
    const QDate endDate = endDateOf(window);
    auto add = [&result](AssignmentRule rule, const QString &message) {
        result.append({rule, isHardRule(rule), message, 0});
    };
    if (d.status == DriverStatus::Retired)
        add(AssignmentRule::DriverRetired, tr("Driver %1 is retired.").arg(d.name));
    if (d.status == DriverStatus::OnLeave)
        add(AssignmentRule::DriverOnLeave, tr("Driver %1 is on leave.").arg(d.name));
    if (!d.licenceExpiry.isValid() || d.licenceExpiry < endDate)
        add(AssignmentRule::LicenceLapsed,
            tr("The driving licence of %1 expires on %2, before the trip ends (%3).")
                .arg(d.name, toIsoDate(d.licenceExpiry), toIsoDate(endDate)));
    if (vehicle && !licenceCovers(d.licenceClass, vehicle->licenceClass))
        add(AssignmentRule::LicenceClass,
            tr("The licence class %1 of %2 does not cover %3, which needs class %4.")
                .arg(d.licenceClass, d.name, vehicle->plate, vehicle->licenceClass));
    return result;
}

AssignmentCheck DispatchService::check(const TimeSpan &window, int passengers, qint64 vehicleId,
                                       qint64 driverId, qint64 excludeTripId) const
{
    const auto v = m_repo.vehicle(vehicleId);
    if (!v)
        throw NotFoundError(tr("The vehicle (id %1) does not exist.").arg(vehicleId));
    const auto d = m_repo.driver(driverId);
    if (!d)
        throw NotFoundError(tr("The driver (id %1) does not exist.").arg(driverId));
    AssignmentCheck c;
    if (const auto other = m_trips.vehicleConflict(vehicleId, window, excludeTripId))
        c.problems.append(vehicleOverlap(*v, *other));
    if (const auto other = m_trips.driverConflict(driverId, window, excludeTripId))
        c.problems.append(driverOverlap(*d, *other));
    c.problems.append(vehicleProblems(*v, window, passengers));
    c.problems.append(driverProblems(*d, window, &*v));
    // Hard problems first, so the first line of a refusal is the one that cannot be overridden.
    std::stable_sort(c.problems.begin(), c.problems.end(),
                     [](const auto &a, const auto &b) { return a.hard && !b.hard; });
    return c;
}

QList<VehicleCandidate> DispatchService::freeVehicles(const TimeSpan &window, int passengers,
                                                      qint64 excludeTripId) const
{
    const QHash<qint64, Trip> busy = m_trips.busyVehicles(window, excludeTripId);
    QList<VehicleCandidate> free;
    QList<VehicleCandidate> soft;
    for (VehicleCandidate v : m_repo.activeVehicles(scopeRoot())) {
        const auto other = busy.constFind(v.id);
        if (other != busy.cend())
            continue;
        v.problems = vehicleProblems(v, window, passengers);
        const bool hard = std::any_of(v.problems.cbegin(), v.problems.cend(),
                                      [](const auto &p) { return p.hard; });
        if (hard)
            continue;
        (v.problems.isEmpty() ? free : soft).append(v);
    }
    // Among free vehicles, the platform's general ones first, then the smallest that seats
    // everyone.
    std::stable_sort(free.begin(), free.end(), [](const auto &a, const auto &b) {
        const bool ag = a.category == Category::General;
        const bool bg = b.category == Category::General;
        if (ag != bg)
            return ag;
        return a.seats < b.seats;
    });
    return free + soft;
}

QList<DriverCandidate> DispatchService::freeDrivers(const TimeSpan &window, qint64 vehicleId,
                                                    qint64 excludeTripId) const
{
    std::optional<VehicleCandidate> vehicle;
    if (vehicleId > 0)
        vehicle = m_repo.vehicle(vehicleId);
    const QHash<qint64, Trip> busy = m_trips.busyDrivers(window, excludeTripId);
    QList<DriverCandidate> free;
    QList<DriverCandidate> soft;
    for (DriverCandidate d : m_repo.activeDrivers(scopeRoot())) {
        if (busy.contains(d.id))
            continue;
        d.problems = driverProblems(d, window, vehicle ? &*vehicle : nullptr);
        const bool hard = std::any_of(d.problems.cbegin(), d.problems.cend(),
                                      [](const auto &p) { return p.hard; });
        if (hard)
            continue;
        (d.problems.isEmpty() ? free : soft).append(d);
    }
    return free + soft;
}

// --- reads ----------------------------------------------------------------------------------

DispatchBoardData DispatchService::board(const QDate &day) const
{
    return board(DateRange{day, day});
}

DispatchBoardData DispatchService::board(const DateRange &range) const
{
    DispatchBoardData b;
    b.range = range;
    b.span = spanOf(range);
    const qint64 root = scopeRoot();
    b.vehicles = m_repo.boardVehicles(root);
    b.trips = m_trips.boardTrips(b.span, root);
    b.pending = m_trips.pending(std::min(b.span.start, m_clock.nowSecs()), kPendingLimit, root);
    return b;
}

QList<TripRow> DispatchService::tripsPage(const TripFilter &filter, int offset, int limit) const
{
    return m_trips.page(scoped(filter), offset, limit);
}

QList<TripRow> DispatchService::tripsPageAfter(const TripFilter &filter, const TripCursor &after,
                                               int limit) const
{
    return m_trips.pageAfter(scoped(filter), after, limit);
}

int DispatchService::tripsCount(const TripFilter &filter) const
{
    return m_trips.count(scoped(filter));
}

Trip DispatchService::trip(qint64 id) const
{
    Trip t = load(id);
    if (!m_scope.covers(t.departmentId))
        throw PermissionError(tr("This trip was requested by another agency, outside your scope."));
    return t;
}

// --- dispatch liaisons ---------------------------------------------------------------------

namespace {

const QString kLiaisonEntity = QStringLiteral("dispatch_liaison");

QJsonObject toJson(const Liaison &l)
{
    return {{QStringLiteral("department_id"), l.departmentId},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("phone"), l.phone},
            {QStringLiteral("status"),
             l.active ? QStringLiteral("active") : QStringLiteral("retired")}};
}

} // namespace

QList<Liaison> DispatchService::liaisons(qint64 departmentId) const
{
    if (departmentId <= 0)
        return {};
    return m_liaisons.list(departmentId, false, scopeRoot());
}

QList<Liaison> DispatchService::allLiaisons(qint64 departmentId, bool includeRetired) const
{
    return m_liaisons.list(departmentId, includeRetired, scopeRoot());
}

bool DispatchService::canEditLiaisons() const
{
    return m_session.can(Permission::Dispatch) || m_session.can(Permission::ApproveDispatch);
}

qint64 DispatchService::saveLiaison(const Liaison &input)
{
    requireAssigner();
    Liaison l = input;
    l.name = l.name.trimmed();
    l.phone = l.phone.trimmed();
    if (l.departmentId <= 0 || !m_repo.departmentExists(l.departmentId))
        throw ValidationError(tr("Choose the department of the liaison."));
    if (l.name.isEmpty())
        throw ValidationError(tr("Enter the liaison's name."));
    if (l.phone.isEmpty())
        throw ValidationError(tr("Enter the liaison's phone number."));
    std::optional<Liaison> before;
    if (l.id > 0) {
        before = m_liaisons.find(l.id);
        if (!before)
            throw NotFoundError(tr("The dispatch liaison (id %1) does not exist.").arg(l.id));
        m_scope.require(before->departmentId, QStringLiteral("update"), kLiaisonEntity, l.id);
    }
    m_scope.require(l.departmentId, l.id > 0 ? QStringLiteral("update") : QStringLiteral("create"),
                    kLiaisonEntity, l.id);
    const qint64 same = m_liaisons.findId(l.departmentId, l.name, l.phone);
    if (same > 0 && same != l.id)
        throw ConflictError(tr("%1 (%2) is already registered for this department.")
                                .arg(l.name, l.phone));
    Transaction tx(m_db);
    if (l.id > 0) {
        m_liaisons.update(l);
        m_audit.record(QStringLiteral("update"), kLiaisonEntity, l.id, toJson(*before), toJson(l));
    } else {
        l.id = m_liaisons.insert(l, m_clock.nowSecs());
        m_audit.record(QStringLiteral("create"), kLiaisonEntity, l.id, {}, toJson(l));
    }
    tx.commit();
    return l.id;
}

void DispatchService::rememberLiaison(qint64 departmentId, const QString &name,
                                      const QString &phone)
{
    if (m_liaisons.findId(departmentId, name, phone) > 0)
        return;
    Liaison l;
    l.departmentId = departmentId;
    l.name = name;
    l.phone = phone;
    l.id = m_liaisons.insert(l, m_clock.nowSecs());
    m_audit.record(QStringLiteral("create"), kLiaisonEntity, l.id, {}, toJson(l));
}

RequestHistory DispatchService::requestHistory(qint64 departmentId) const
{
    RequestHistory h;
    if (departmentId <= 0)
        return h;
    h.purposes = m_liaisons.recentValues(departmentId, QStringLiteral("purpose"), scopeRoot());
    h.destinations =
        m_liaisons.recentValues(departmentId, QStringLiteral("destination"), scopeRoot());
    return h;
}

QList<DepartmentRef> DispatchService::departments() const
{
    return m_repo.departments(scopeRoot());
}

qint64 DispatchService::scopeRoot() const
{
    return m_scope.scope().root();
}

TripFilter DispatchService::scoped(TripFilter filter) const
{
    filter.scopeRoot = scopeRoot();
    return filter;
}

void DispatchService::requireUsable(qint64 vehicleId, qint64 driverId, qint64 tripId) const
{
    const qint64 root = scopeRoot();
    if (root <= 0)
        return;
    if (vehicleId > 0 && !m_repo.vehicleUsableIn(vehicleId, root))
        m_scope.refuse(m_repo.vehicleDepartment(vehicleId), QStringLiteral("assign"),
                       kTripEntity, tripId);
    if (driverId > 0 && !m_repo.driverUsableIn(driverId, root))
        m_scope.refuse(m_repo.driverDepartment(driverId), QStringLiteral("assign"),
                       kTripEntity, tripId);
}

std::optional<VehicleCandidate> DispatchService::vehicle(qint64 id) const
{
    return m_repo.vehicle(id);
}

} // namespace ga::vehicles

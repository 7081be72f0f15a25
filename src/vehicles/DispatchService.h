#pragma once

#include "core/Money.h"
#include "core/Period.h"
#include "org/ScopeGuard.h"
#include "vehicles/DispatchRepository.h"
#include "vehicles/DispatchTypes.h"
#include "vehicles/LiaisonRepository.h"
#include "vehicles/Trip.h"
#include "vehicles/TripRepository.h"

#include <QCoreApplication>

#include <functional>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ga {
class AuditLog;
class Clock;
class Database;
class Session;
}

namespace ga::vehicles {

// Dispatch (派车): the workflow of a vehicle request on one `trips` row,
//   requested → approved → assigned → departed → returned → closed, or rejected / cancelled,
// with the assignment rules of DESIGN.md. Every transition checks the user's permission and the
// trip's current status, runs in one transaction and appends an audit row (entity "trip").
//
// Who may do what:
//   request   RequestVehicle; a staff member only for their own department
//   approve / reject   Dispatch or ApproveDispatch; out-of-region trips ApproveDispatch only
//   assign    Dispatch or ApproveDispatch; overriding a soft rule needs ApproveDispatch
//   depart / return / close   Dispatch
//   cancel    Dispatch or ApproveDispatch, or the requester while no vehicle is assigned
// An emergency trip may be assigned and depart before approval (dispatched_before_approval);
// its later approval is recorded as given after dispatch, and it is closed only once approved.
class DispatchService
{
    Q_DECLARE_TR_FUNCTIONS(DispatchService)
public:
    static constexpr int kMaxTripDays = 31;
    static constexpr int kPendingLimit = 500;

    DispatchService(Database &db, Session &session, AuditLog &audit, const Clock &clock);

    // --- workflow ---------------------------------------------------------------------------
    // Returns the new trip's id; its request number is 'PC' + yyyyMMdd + 4-digit sequence.
    qint64 createRequest(const TripRequest &request);
    void approve(qint64 tripId, const QString &note = {});
    void reject(qint64 tripId, const QString &reason);
    void assign(qint64 tripId, qint64 vehicleId, qint64 driverId,
                const QString &overrideReason = {});
    // A manager taking the call approves and assigns in one step: one transaction, recorded as
    // an approval and then an assignment (two audit rows), refused as either would be.
    void approveAndAssign(qint64 tripId, qint64 vehicleId, qint64 driverId,
                          const QString &overrideReason = {});
    // `at` 0: now.
    void depart(qint64 tripId, int odometerOut, qint64 at = 0);
    void recordReturn(qint64 tripId, int odometerIn, qint64 at, Money fuelCost, Money tolls,
                      Money parking);
    void close(qint64 tripId);
    void cancel(qint64 tripId, const QString &reason);

    // --- assignment rules (no writes) -------------------------------------------------------
    AssignmentCheck check(const TimeSpan &window, int passengers, qint64 vehicleId,
                          qint64 driverId, qint64 excludeTripId = 0) const;
    // Vehicles for the window: free ones first, then those with soft problems (listed);
    // hard-blocked vehicles are left out.
    QList<VehicleCandidate> freeVehicles(const TimeSpan &window, int passengers,
                                         qint64 excludeTripId = 0) const;
    // Drivers for the window (and the vehicle's licence class when vehicleId > 0), same order.
    QList<DriverCandidate> freeDrivers(const TimeSpan &window, qint64 vehicleId = 0,
                                       qint64 excludeTripId = 0) const;

    // --- dispatch liaisons and what departments asked for before ----------------------------
    // The department's active registered liaisons, by name (empty outside the scope).
    QList<Liaison> liaisons(qint64 departmentId) const;
    // Every liaison of the scope (of one department when departmentId > 0), retired ones last.
    QList<Liaison> allLiaisons(qint64 departmentId = 0, bool includeRetired = true) const;
    // Registers (id 0) or changes a liaison; retiring is `active = false`. Returns the id.
    qint64 saveLiaison(const Liaison &liaison);
    bool canEditLiaisons() const;
    // The department's earlier purposes and destinations, for completion in the request form.
    RequestHistory requestHistory(qint64 departmentId) const;

    // --- reads ------------------------------------------------------------------------------
    DispatchBoardData board(const QDate &day) const;
    DispatchBoardData board(const DateRange &range) const;
    QList<TripRow> tripsPage(const TripFilter &filter, int offset, int limit) const;
    // The page after `after` (the last row shown) in the filter's order, by key rather than
    // offset: as fast deep in the list as at its top. An empty cursor gives the first page.
    QList<TripRow> tripsPageAfter(const TripFilter &filter, const TripCursor &after,
                                  int limit) const;
    int tripsCount(const TripFilter &filter) const;
    Trip trip(qint64 id) const;                          // NotFoundError
    QList<DepartmentRef> departments() const;
    std::optional<VehicleCandidate> vehicle(qint64 id) const;

    // What the current user may do with `trip` in its current status (to enable commands; the
    // transitions check again).
    bool canRequest() const;
    bool canApprove(const Trip &trip) const;
    bool canReject(const Trip &trip) const;
    bool canAssign(const Trip &trip) const;
    // A requested (not yet approved) trip the user may approve and then assign at once.
    bool canApproveAndAssign(const Trip &trip) const;
    bool canDepart(const Trip &trip) const;
    bool canReturn(const Trip &trip) const;
    bool canClose(const Trip &trip) const;
    bool canCancel(const Trip &trip) const;
    bool canOverride() const;

    // The instants of a range of local days: [from 00:00, to+1 00:00).
    static TimeSpan spanOf(const DateRange &range);

private:
    Trip load(qint64 id) const;
    qint64 scopeRoot() const;
    TripFilter scoped(TripFilter filter) const;
    // Refuses (and audits) a vehicle or driver that is neither the agency's nor the platform's.
    void requireUsable(qint64 vehicleId, qint64 driverId, qint64 tripId) const;
    void requireApprover(const Trip &trip) const;
    void requireAssigner() const;
    void requireCanceller(const Trip &trip) const;
    [[noreturn]] void refuseState(const Trip &trip, const QString &action) const;
    void save(const Trip &before, const Trip &after, const QString &action,
              QJsonObject extra = {});
    // The approval's change of `before` (throws when it cannot be approved).
    Trip approved(const Trip &before, const QString &note, QJsonObject &extra) const;
    // The assignment's checks and change of `before`, without writing.
    // Runs `write` (the assignment's transaction) with the retries of a server store, and turns
    // the server's refusal of a double booking into the check's conflict message.
    void commitAssignment(const Trip &before, qint64 vehicleId, qint64 driverId,
                          const std::function<void()> &write);
    Trip assigned(const Trip &before, qint64 vehicleId, qint64 driverId,
                  const QString &overrideReason, QJsonObject &extra) const;
    // Registers the request's liaison if the department does not know them yet.
    void rememberLiaison(qint64 departmentId, const QString &name, const QString &phone);

    QList<AssignmentProblem> vehicleProblems(const VehicleCandidate &v, const TimeSpan &window,
                                             int passengers) const;
    QList<AssignmentProblem> driverProblems(const DriverCandidate &d, const TimeSpan &window,
                                            const VehicleCandidate *vehicle) const;
    AssignmentProblem vehicleOverlap(const VehicleCandidate &v, const Trip &other) const;
    AssignmentProblem driverOverlap(const DriverCandidate &d, const Trip &other) const;

    Database &m_db;
    Session &m_session;
    AuditLog &m_audit;
    const Clock &m_clock;
    TripRepository m_trips;
    DispatchRepository m_repo;
    LiaisonRepository m_liaisons;
    ScopeGuard m_scope;
};

} // namespace ga::vehicles

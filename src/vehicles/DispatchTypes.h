#pragma once

#include "core/Period.h"
#include "vehicles/Trip.h"
#include "vehicles/VehicleTypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ga::vehicles {

// The rules an assignment of a vehicle and a driver to a trip is checked against.
enum class AssignmentRule {
    VehicleOverlap,      // the vehicle has another assigned/departed trip in the window (hard)
    DriverOverlap,       // the driver has another assigned/departed trip in the window (hard)
    VehicleRetired,      // hard
    DriverRetired,       // hard
    DriverOnLeave,       // hard
    LicenceLapsed,       // the driver's licence expires before the trip's end date (hard)
    LicenceClass,        // the licence class does not cover the vehicle's class (hard)
    VehicleMaintenance,  // soft
    InspectionLapsed,    // latest annual inspection expires before the trip's end date (soft)
    InsuranceLapsed,     // latest insurance expires before the trip's end date, or none (soft)
    Seats,               // fewer seats than passengers (soft)
};

// Hard rules are never overridden; soft ones may be, by a user allowed to approve dispatches,
// with a recorded reason.
bool isHardRule(AssignmentRule rule);
QString ruleKey(AssignmentRule rule);

struct AssignmentProblem
{
    AssignmentRule rule = AssignmentRule::VehicleOverlap;
    bool hard = true;
    QString message;                 // translated, names the conflicting trip for overlaps
    qint64 conflictingTripId = 0;
};

// Every problem of one proposed assignment.
struct AssignmentCheck
{
    QList<AssignmentProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    bool hasHard() const;
    bool hasSoft() const;
    bool has(AssignmentRule rule) const;
    QStringList messages() const;
};

// A vehicle offered for a trip window, with what is wrong with it (empty: free).
struct VehicleCandidate
{
    qint64 id = 0;
    QString plate;
    QString brand;
    QString model;
    Category category = Category::General;
    int seats = 0;
    QString licenceClass;
    VehicleStatus status = VehicleStatus::Available;
    int odometerKm = 0;
    QDate inspectionExpiry;          // latest passed annual inspection; invalid: none
    QDate insuranceExpiry;           // latest insurance policy; invalid: none
    QList<AssignmentProblem> problems;
};

struct DriverCandidate
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString licenceClass;
    QDate licenceExpiry;
    DriverStatus status = DriverStatus::Active;
    QList<AssignmentProblem> problems;
};

// The dispatch board: vehicles down, their trips across the range, and the requests waiting
// for a vehicle.
struct BoardVehicle
{
    qint64 id = 0;
    QString plate;
    QString brand;
    QString model;
    Category category = Category::General;
    VehicleStatus status = VehicleStatus::Available;
    int seats = 0;
};

struct BoardTrip
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    QString requestNo;
    QString departmentName;
    QString destination;
    QString driverName;
    TimeSpan planned;
    TripStatus status = TripStatus::Assigned;
    bool emergency = false;
    bool outOfRegion = false;
    bool dispatchedBeforeApproval = false;
    int passengers = 0;
    // Another agency's trip on a platform vehicle, seen from an agency scope: only its time and
    // status are shown (the other fields stay empty).
    bool otherAgency = false;
};

struct DispatchBoardData
{
    DateRange range;
    TimeSpan span;                   // the range as instants
    QList<BoardVehicle> vehicles;    // non-retired, by category then plate
    QList<BoardTrip> trips;          // with a vehicle, in the range, by vehicle then start
    QList<Trip> pending;             // requested / approved without a vehicle, by start
};

} // namespace ga::vehicles

#pragma once

#include "core/Money.h"
#include "core/Period.h"
#include "storage/Keyset.h"
#include "vehicles/VehicleTypes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ga::vehicles {

// What a department's liaison (派车联络员) files: a vehicle request (用车申请).
struct TripRequest
{
    qint64 departmentId = 0;
    QString liaison;
    QString liaisonPhone;
    QString purpose;
    QString destination;
    bool outOfRegion = false;   // 区外公务出行: needs the higher approval level
    bool emergency = false;     // 紧急公务: may be dispatched before approval
    int passengers = 1;
    TimeSpan planned;           // [start, end), UTC seconds
};

// One row of `trips`: a request that follows the dispatch workflow
// requested → approved → assigned → departed → returned → closed (or rejected / cancelled).
struct Trip
{
    qint64 id = 0;
    QString requestNo;          // 'PC' + yyyyMMdd + 4-digit sequence of the day
    qint64 departmentId = 0;
    QString departmentName;
    qint64 requestedBy = 0;
    QString liaison;
    QString liaisonPhone;
    QString purpose;
    QString destination;
    bool outOfRegion = false;
    bool emergency = false;
    int passengers = 1;
    TimeSpan planned;
    TripStatus status = TripStatus::Requested;

    qint64 approvedBy = 0;
    QString approvedByName;
    qint64 approvedAt = 0;      // 0: not approved
    QString approvalNote;
    bool dispatchedBeforeApproval = false;

    qint64 vehicleId = 0;
    QString plate;
    QString vehicleBrand;
    QString vehicleModel;
    qint64 driverId = 0;
    QString driverName;
    QString driverPhone;
    qint64 assignedBy = 0;
    qint64 assignedAt = 0;
    QString overrideReason;

    qint64 departedAt = 0;
    std::optional<int> odometerOut;
    qint64 returnedAt = 0;
    std::optional<int> odometerIn;
    Money fuelCost;
    Money tolls;
    Money parking;
    qint64 closedAt = 0;
    QString reason;             // rejection / cancellation reason
    qint64 createdAt = 0;

    bool isApproved() const { return approvedAt > 0; }
    bool hasAssignment() const { return vehicleId > 0; }
    // Distance driven (odometer in − out), 0 until the trip has returned.
    int km() const { return odometerIn && odometerOut ? *odometerIn - *odometerOut : 0; }
    Money cost() const { return fuelCost + tolls + parking; }
};

// Columns the trips list can be sorted by in SQL (each served by an index).
enum class TripSort { Start, RequestNo, Status };

// The trips list's filter bar.
struct TripFilter
{
    // A request-number prefix ("PC2026…", listed in request-number order, which is the filing
    // order, when sorted by start) or part of a plate.
    QString text;
    qint64 departmentId = 0;              // 0: every department
    std::optional<TripStatus> status;
    std::optional<DateRange> range;       // planned start within these local days
    TripSort sort = TripSort::Start;
    bool descending = true;
    // The agency scope of the requesting department, set by the service; 0: the whole region.
    qint64 scopeRoot = 0;
};

// One line of the trips list.
struct TripRow
{
    qint64 id = 0;
    QString requestNo;
    TimeSpan planned;
    QString departmentName;
    QString destination;
    QString plate;
    QString driverName;
    int passengers = 0;
    TripStatus status = TripStatus::Requested;
    bool emergency = false;
    bool outOfRegion = false;
    int km = 0;
    Money cost;
    KeysetCursor key; // its sort key under the filter it was listed with (the next page's start)
};

// Where the next page of the trips list starts (keyset paging): the key of the last row shown
// (TripRow::key). An empty cursor starts at the first row.
using TripCursor = KeysetCursor;

// A department's registered dispatch liaison (派车联络员): who phones in its requests.
struct Liaison
{
    qint64 id = 0;
    qint64 departmentId = 0;
    QString departmentName;
    QString name;
    QString phone;
    bool active = true;
};

// What a department asked for before: its purposes and destinations, the most frequent first.
struct RequestHistory
{
    QStringList purposes;
    QStringList destinations;
};

// A department a request can be filed for.
struct DepartmentRef
{
    qint64 id = 0;
    QString name;
};

} // namespace ga::vehicles

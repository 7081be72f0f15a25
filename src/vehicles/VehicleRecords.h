#pragma once

#include "core/Money.h"
#include "core/Period.h"
#include "storage/Keyset.h"
#include "vehicles/VehicleTypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ga::vehicles {

// The ledger of official vehicles (一车一档, 一车一卡): plain records as stored in
// resources/sql/0002_vehicles.sql. Money in fen, dates as QDate (TEXT 'YYYY-MM-DD' in the
// store), instants as UTC seconds.

struct Vehicle
{
    qint64 id = 0;
    QString plate;             // canonical form, "宁A·12345"
    QString fleetNo;           // 自编号, empty when none
    QString brand;
    QString model;
    Category category = Category::General;
    EnergyType energyType = EnergyType::Petrol;
    int seats = 5;
    QString licenceClass = QStringLiteral("C1");
    QDate purchaseDate;        // invalid when unknown
    Money purchasePrice;
    Ownership ownership = Ownership::Retained;
    QString lessor;            // leased vehicles only
    Money leaseCostMonthly;
    qint64 departmentId = 0;   // 0: none
    int odometerKm = 0;
    VehicleStatus status = VehicleStatus::Available;
    QString fuelCardNo;        // 一车一卡, empty when none
    QString notes;
    qint64 createdAt = 0;
};

// A vehicle as listed in the ledger: the record plus names resolved by the query.
struct VehicleRow
{
    Vehicle vehicle;
    QString departmentName;
    KeysetCursor key; // its sort key in the list it came from (the next page's start)
};

struct Driver
{
    qint64 id = 0;
    qint64 staffId = 0;        // optional link to the staff register
    QString name;
    Employment employment = Employment::Established;
    QString licenceNo;
    QString licenceClass = QStringLiteral("C1");
    QDate licenceExpiry;
    QString phone;
    qint64 departmentId = 0;
    DriverStatus status = DriverStatus::Active;
    qint64 createdAt = 0;
};

struct DriverRow
{
    Driver driver;
    QString departmentName;
    QString staffNo;           // of the linked staff member, empty when none
};

enum class MaintenanceKind { Service, Repair };
QString key(MaintenanceKind k);
std::optional<MaintenanceKind> fromMaintenanceKindKey(const QString &k);
QString displayName(MaintenanceKind k);

struct MaintenanceRecord
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    MaintenanceKind kind = MaintenanceKind::Service;
    QDate date;
    QString garage;
    QString items;
    Money cost;
    std::optional<int> odometerKm;
    KeysetCursor key; // its sort key in the file's list (the next page's start)
};

struct InspectionRecord
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    QDate date;
    QDate expiry;
    bool passed = true;
    Money cost;
    KeysetCursor key; // its sort key in the file's list (the next page's start)
};

struct InsurancePolicy
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    QString insurer;
    QString policyNo;
    QDate startDate;
    QDate expiry;
    Money premium;
    KeysetCursor key; // its sort key in the file's list (the next page's start)
};

struct Violation
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    qint64 driverId = 0;       // driver responsible, 0 when unknown
    QString driverName;        // read only
    QDate date;
    QString place;
    QString description;
    Money fine;
    int points = 0;
    bool settled = false;
    KeysetCursor key; // its sort key in the file's list (the next page's start)
};

struct Accident
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    qint64 driverId = 0;
    QString driverName;        // read only
    QDate date;
    QString place;
    QString description;
    QString liability;
    Money cost;
    KeysetCursor key; // its sort key in the file's list (the next page's start)
};

struct FuelTransaction
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    QString cardNo;            // empty on input: the vehicle's card
    qint64 at = 0;             // UTC seconds
    FuelKind fuelKind = FuelKind::Petrol;
    qint64 quantityMilli = 0;  // 0.001 L, or 0.001 kWh for electricity
    Money amount;
    QString station;
    std::optional<int> odometerKm;
    KeysetCursor key; // its sort key in the fuel ledger list (the next page's start)
};

// The fuel ledger list's filter: the whole fleet's transactions, vehicle by vehicle, newest
// first within a vehicle (the order of fuel_transactions_vehicle).
struct FuelFilter
{
    qint64 vehicleId = 0; // 0: every vehicle
    std::optional<DateRange> range; // at within these local days
    // The agency scope (set by the service): the fuel of the scope's own vehicles; 0: all.
    qint64 scopeRoot = 0;
};

// 相对固定派遣: a vehicle assigned to one department from `startDate` to `endDate`
// (inclusive; invalid end: open-ended).
struct LongTermAssignment
{
    qint64 id = 0;
    qint64 vehicleId = 0;
    qint64 departmentId = 0;
    QString departmentName;    // read only
    QDate startDate;
    QDate endDate;
    QString note;
    KeysetCursor key; // its sort key in the file's list (the next page's start)
};

// One trip of a vehicle, as shown read-only in its file.
struct VehicleTripRow
{
    qint64 id = 0;
    QString requestNo;
    qint64 plannedStart = 0;
    qint64 plannedEnd = 0;
    QString departmentName;
    QString destination;
    QString driverName;
    std::optional<int> km;     // odometer in − out, once returned
    TripStatus status = TripStatus::Requested;
    KeysetCursor key; // (planned_start, id): the next page's start
};

// The head of one vehicle's file: the vehicle, how many records of each kind it has, and the
// validity its inspections and policies give. The records themselves are read a page at a time
// (VehicleService::filePage), as are its trips.
struct VehicleFile
{
    VehicleRow vehicle;
    int maintenanceCount = 0;
    int inspectionCount = 0;
    int insuranceCount = 0;
    int violationCount = 0;
    int accidentCount = 0;
    int fuelCount = 0;
    int assignmentCount = 0;
    int tripCount = 0;
    QDate inspectionValidUntil; // the latest expiry of its inspections; invalid: none
    QDate insuredUntil;         // the latest expiry of its policies; invalid: none
};

// Ledger filter: every field optional; text matches plate, fleet number, brand and model.
struct VehicleFilter
{
    QString text;
    qint64 departmentId = 0;
    std::optional<Category> category;
    std::optional<EnergyType> energyType;
    std::optional<VehicleStatus> status;
    std::optional<Ownership> ownership;
    // The agency scope (org/AgencyScope.h), set by the service from the user whatever the
    // caller put here; 0: the whole region. Platform vehicles are in every scope.
    qint64 scopeRoot = 0;
};

// Columns the ledger can be sorted by (in SQL).
enum class VehicleSort {
    Plate,
    FleetNo,
    Brand,
    Category,
    EnergyType,
    Seats,
    Department,
    PurchaseDate,
    Odometer,
    Ownership,
    Status
};

struct DriverFilter
{
    QString text;              // name, licence number, phone
    std::optional<DriverStatus> status;
    bool includeRetired = true;
    qint64 scopeRoot = 0;      // as VehicleFilter::scopeRoot; platform drivers are in every scope
};

// An id and a name, for combo boxes.
struct NamedId
{
    qint64 id = 0;
    QString name;
};

// The records as JSON, for the audit log's before/after.
QJsonObject toJson(const Vehicle &v);
QJsonObject toJson(const Driver &d);
QJsonObject toJson(const MaintenanceRecord &r);
QJsonObject toJson(const InspectionRecord &r);
QJsonObject toJson(const InsurancePolicy &r);
QJsonObject toJson(const Violation &r);
QJsonObject toJson(const Accident &r);
QJsonObject toJson(const FuelTransaction &r);
QJsonObject toJson(const LongTermAssignment &r);

} // namespace ga::vehicles

#pragma once

#include "org/ScopeGuard.h"
#include "vehicles/DriverRepository.h"
#include "vehicles/FuelRepository.h"
#include "vehicles/VehicleFileRepository.h"
#include "vehicles/VehicleRecords.h"
#include "vehicles/VehicleRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace ga {
class AuditLog;
class Clock;
class Database;
class Session;
} // namespace ga

namespace ga::vehicles {

// The vehicle ledger (台账): vehicles, their files (一车一档), fuel cards and transactions
// (一车一卡), and long-term assignments (相对固定派遣).
//
// Reads are open to every user. Every write needs Permission::EditVehicles, runs in one
// transaction and appends an audit row. Vehicles are never deleted: they are retired.
class VehicleService
{
    Q_DECLARE_TR_FUNCTIONS(VehicleService)
public:
    VehicleService(Database &db, Session &session, AuditLog &audit, const Clock &clock);

    // --- reads -------------------------------------------------------------------------------
    QList<VehicleRow> listVehicles(const VehicleFilter &filter,
                                   VehicleSort sort = VehicleSort::Plate,
                                   Qt::SortOrder order = Qt::AscendingOrder, int offset = 0,
                                   int limit = 200) const;
    // The ledger's page after the row whose key is `after` (empty: the first page).
    QList<VehicleRow> vehiclesPageAfter(const VehicleFilter &filter, VehicleSort sort,
                                        Qt::SortOrder order, const KeysetCursor &after,
                                        int limit) const;
    int countVehicles(const VehicleFilter &filter) const;
    // Throws NotFoundError.
    VehicleRow vehicle(qint64 id) const;
    // The head of the vehicle's file: the vehicle, its record counts and validity.
    VehicleFile vehicleFile(qint64 id) const;
    // The vehicle's file records of one kind (MaintenanceRecord, InspectionRecord,
    // InsurancePolicy, Violation, Accident, FuelTransaction, LongTermAssignment), newest first:
    // the page after `after` (the record's key; empty: the first page).
    template<typename R>
    QList<R> filePage(qint64 vehicleId, const KeysetCursor &after, int limit) const;
    // The vehicle's trips, newest first (read-only; dispatch owns them).
    // The page after `after` (VehicleTripRow::key; empty: the first page).
    QList<VehicleTripRow> vehicleTripsAfter(qint64 vehicleId, const KeysetCursor &after,
                                            int limit) const;
    // The fuel ledger list (every vehicle, or one): the page after `after`
    // (FuelTransaction::key; empty: the first page), and its size.
    QList<FuelTransaction> fuelPageAfter(const FuelFilter &filter, const KeysetCursor &after,
                                         int limit) const;
    int fuelCount(const FuelFilter &filter) const;
    QList<NamedId> departments() const;

    // --- vehicles ----------------------------------------------------------------------------
    // Validates (plate format and uniqueness, fleet number and fuel card uniqueness, seats,
    // lessor of a leased vehicle, purchase date not in the future), normalises the plate,
    // stores as available. Returns the new id.
    qint64 createVehicle(const Vehicle &vehicle);
    // A file's vehicles, in one transaction with one audit row (`summary` and the counts): each
    // is held to createVehicle()'s rules and stored as available; those the rules refuse are
    // returned (by index, with the translated reason) and not stored; with `allOrNothing`, a
    // refusal stores nothing at all. A storage failure stores nothing (StorageError).
    struct Refusal
    {
        qsizetype index = 0;
        QString reason;
    };
    QList<Refusal> importVehicles(const QList<Vehicle> &vehicles, const QJsonObject &summary,
                                  bool allOrNothing = false);
    // Same rules; the status is not changed here (see retire / maintenance).
    void updateVehicle(const Vehicle &vehicle);
    // Refused while the vehicle has an assigned or departed trip.
    void retireVehicle(qint64 id);
    // In maintenance (refused for a retired vehicle or one out on a trip), or back to available.
    void setInMaintenance(qint64 id, bool inMaintenance);

    // --- the file (一车一档): id 0 adds, otherwise edits; returns the record's id -------------
    qint64 saveMaintenance(const MaintenanceRecord &record);
    qint64 saveInspection(const InspectionRecord &record);
    qint64 saveInsurance(const InsurancePolicy &record);
    qint64 saveViolation(const Violation &record);
    qint64 saveAccident(const Accident &record);
    // Entered by hand; the card defaults to the vehicle's card (一车一卡).
    qint64 saveFuel(const FuelTransaction &record);
    // Refused when it shares a day with another assignment of the same vehicle.
    qint64 saveAssignment(const LongTermAssignment &record);

    // The rules of a vehicle's own fields (plate, brand, seats, licence class, purchase date not
    // after `today`, amounts, the lessor of a leased vehicle), normalised; throws
    // ValidationError. Saving adds the checks against the stored ledger; the importer applies
    // these to every row of a file, so a file cannot store what the form refuses.
    static Vehicle checkedFields(const Vehicle &input, const QDate &today);

private:
    // A kind's own rules on a record about to be saved (normalise, then throw ValidationError
    // and the like); `editing` when the record exists.
    template<typename R>
    using RecordCheck = std::function<void(R &record, const Vehicle &vehicle, bool editing)>;
    template<typename R>
    qint64 saveFileRecord(const R &input, const QString &entity, const QString &goneMessage,
                          const RecordCheck<R> &check);
    template<typename R>
    std::optional<R> storedRecord(qint64 id) const;
    void requireDriverIfNamed(qint64 driverId) const;
    Vehicle validated(const Vehicle &input, qint64 selfId) const;
    Vehicle requireVehicle(qint64 id) const;
    qint64 scopeRoot() const;
    // Before the write's transaction: refuses (and audits) a vehicle outside the user's scope.
    void requireVehicleInScope(qint64 vehicleId, const QString &action) const;
    void requireDate(const QDate &date, const QString &what, bool notInFuture) const;
    static void requireNonNegative(Money amount, const QString &what);

    Database &m_db;
    Session &m_session;
    AuditLog &m_audit;
    const Clock &m_clock;
    VehicleRepository m_vehicles;
    VehicleFileRepository m_files;
    FuelRepository m_fuel;
    DriverRepository m_drivers;
    ScopeGuard m_scope;
};

} // namespace ga::vehicles

#pragma once

#include "vehicles/VehicleRecords.h"

#include <QCoreApplication>

namespace ga {
class Database;
} // namespace ga

namespace ga::vehicles {

// SQL for the records of a vehicle's file (一车一档): maintenance and repairs, inspections,
// insurance, violations, accidents, and long-term assignments (相对固定派遣).
//
// One set of operations serves the six kinds: each kind's table, columns, joins, sort column,
// reader and binder are described once in the .cpp (FileKind), and these templates are
// instantiated for MaintenanceRecord, InspectionRecord, InsurancePolicy, Violation, Accident and
// LongTermAssignment. A new kind of file record is one description, not six functions.
class VehicleFileRepository
{
    Q_DECLARE_TR_FUNCTIONS(VehicleFileRepository)
public:
    explicit VehicleFileRepository(Database &db);

    // A vehicle's records of kind R, newest first (the kind's date, then id), by key: the page
    // after the record whose key is `after` (R::key; empty: the first page).
    template<typename R>
    QList<R> page(qint64 vehicleId, const KeysetCursor &after, int limit) const;
    template<typename R> int count(qint64 vehicleId) const;
    template<typename R> std::optional<R> find(qint64 id) const;
    template<typename R> qint64 insert(const R &r, qint64 createdAt);
    template<typename R> void update(const R &r);

    // The latest expiry of a vehicle's inspections and of its policies (invalid: none).
    QDate latestInspectionExpiry(qint64 vehicleId) const;
    QDate latestInsuranceExpiry(qint64 vehicleId) const;
    // Another assignment of the same vehicle sharing at least one day with [start, end]
    // (invalid end: open-ended); 0 when none. `exceptId` is the record being edited.
    qint64 overlappingAssignment(qint64 vehicleId, const QDate &start, const QDate &end,
                                 qint64 exceptId) const;

private:
    QDate latestExpiry(const QString &table, qint64 vehicleId) const;

    Database &m_db;
};

} // namespace ga::vehicles

#pragma once

#include "vehicles/VehicleRecords.h"

#include <QCoreApplication>

namespace ga {
class Database;
class Query;
} // namespace ga

namespace ga::vehicles {

// SQL for the records of a vehicle's file (一车一档): maintenance and repairs, inspections,
// insurance, violations, accidents, and long-term assignments (相对固定派遣).
class VehicleFileRepository
{
    Q_DECLARE_TR_FUNCTIONS(VehicleFileRepository)
public:
    explicit VehicleFileRepository(Database &db);

    QList<MaintenanceRecord> maintenance(qint64 vehicleId) const;
    std::optional<MaintenanceRecord> findMaintenance(qint64 id) const;
    qint64 insert(const MaintenanceRecord &r, qint64 createdAt);
    void update(const MaintenanceRecord &r);

    QList<InspectionRecord> inspections(qint64 vehicleId) const;
    std::optional<InspectionRecord> findInspection(qint64 id) const;
    qint64 insert(const InspectionRecord &r, qint64 createdAt);
    void update(const InspectionRecord &r);

    QList<InsurancePolicy> insurance(qint64 vehicleId) const;
    std::optional<InsurancePolicy> findInsurance(qint64 id) const;
    qint64 insert(const InsurancePolicy &r, qint64 createdAt);
    void update(const InsurancePolicy &r);

    QList<Violation> violations(qint64 vehicleId) const;
    std::optional<Violation> findViolation(qint64 id) const;
    qint64 insert(const Violation &r, qint64 createdAt);
    void update(const Violation &r);

    QList<Accident> accidents(qint64 vehicleId) const;
    std::optional<Accident> findAccident(qint64 id) const;
    qint64 insert(const Accident &r, qint64 createdAt);
    void update(const Accident &r);

    QList<LongTermAssignment> assignments(qint64 vehicleId) const;
    std::optional<LongTermAssignment> findAssignment(qint64 id) const;
    qint64 insert(const LongTermAssignment &r, qint64 createdAt);
    void update(const LongTermAssignment &r);
    // Another assignment of the same vehicle sharing at least one day with [start, end]
    // (invalid end: open-ended); 0 when none. `exceptId` is the record being edited.
    qint64 overlappingAssignment(qint64 vehicleId, const QDate &start, const QDate &end,
                                 qint64 exceptId) const;

private:
    static void bind(const MaintenanceRecord &r, Query &q);
    static void bind(const InspectionRecord &r, Query &q);
    static void bind(const InsurancePolicy &r, Query &q);
    static void bind(const Violation &r, Query &q);
    static void bind(const Accident &r, Query &q);
    static void bind(const LongTermAssignment &r, Query &q);

    Database &m_db;
};

} // namespace ga::vehicles

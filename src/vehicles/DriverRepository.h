#pragma once

#include "vehicles/VehicleRecords.h"

#include <QCoreApplication>

namespace ga {
class Database;
class Query;
} // namespace ga

namespace ga::vehicles {

// SQL for the `drivers` table.
class DriverRepository
{
    Q_DECLARE_TR_FUNCTIONS(DriverRepository)
public:
    explicit DriverRepository(Database &db);

    std::optional<Driver> find(qint64 id) const;
    qint64 insert(const Driver &d);
    void update(const Driver &d);
    void setStatus(qint64 id, DriverStatus status);

    QList<DriverRow> list(const DriverFilter &filter) const;
    // Active and on-leave drivers, by name, for choosing the driver of a record.
    QList<NamedId> choices(qint64 scopeRoot = 0) const;  // agency scope + platform; 0: all

    // Trips holding the driver now: assigned or departed.
    int activeTripCount(qint64 driverId) const;

    // The staff register link: id by staff number (0 when none), number by id.
    qint64 staffIdByNumber(const QString &staffNo) const;
    QString staffNumber(qint64 staffId) const;
    bool departmentExists(qint64 id) const;

private:
    static void bind(const Driver &d, Query &q);
    static Driver read(const Query &q);

    Database &m_db;
};

} // namespace ga::vehicles

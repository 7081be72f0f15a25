#pragma once

#include "vehicles/VehicleRecords.h"

#include <QCoreApplication>

namespace ga {
class Database;
class Query;
} // namespace ga

namespace ga::vehicles {

// SQL for `fuel_transactions` (一车一卡: fuel or charging against the vehicle's card).
class FuelRepository
{
    Q_DECLARE_TR_FUNCTIONS(FuelRepository)
public:
    explicit FuelRepository(Database &db);

    QList<FuelTransaction> ofVehicle(qint64 vehicleId) const;
    std::optional<FuelTransaction> find(qint64 id) const;
    qint64 insert(const FuelTransaction &t, qint64 createdAt);
    void update(const FuelTransaction &t);
    // The id of a transaction with the same card, instant and amount (the natural key), 0 if none.
    qint64 duplicateOf(const FuelTransaction &t) const;

private:
    static void bind(const FuelTransaction &t, Query &q);
    static FuelTransaction read(const Query &q);

    Database &m_db;
};

} // namespace ga::vehicles

#pragma once

#include "vehicles/VehicleRecords.h"

#include <QCoreApplication>

namespace ga {
class Database;
class Query;
class SqlWhere;
} // namespace ga

namespace ga::vehicles {

// SQL for `fuel_transactions` (一车一卡: fuel or charging against the vehicle's card).
class FuelRepository
{
    Q_DECLARE_TR_FUNCTIONS(FuelRepository)
public:
    explicit FuelRepository(Database &db);

    // The fuel ledger list: the page after the row whose key is `after` (FuelTransaction::key;
    // empty: the first page), by key on fuel_transactions_vehicle.
    QList<FuelTransaction> pageAfter(const FuelFilter &filter, const KeysetCursor &after,
                                     int limit) const;
    // The same list by offset (LIMIT/OFFSET: the cost grows with the offset); the benchmark
    // compares the two.
    QList<FuelTransaction> page(const FuelFilter &filter, int offset, int limit) const;
    int count(const FuelFilter &filter) const;
    std::optional<FuelTransaction> find(qint64 id) const;
    qint64 insert(const FuelTransaction &t, qint64 createdAt);
    void update(const FuelTransaction &t);
    // The id of a transaction with the same card, instant and amount (the natural key), 0 if none.
    qint64 duplicateOf(const FuelTransaction &t) const;

private:
    static void bind(const FuelTransaction &t, Query &q);
    static FuelTransaction read(const Query &q);
    QList<FuelTransaction> rows(const SqlWhere &where, const QString &orderBy, int limit,
                                int offset) const;

    Database &m_db;
};

} // namespace ga::vehicles

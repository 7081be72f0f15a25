#pragma once

#include "housing/HousingTypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ga {
class Database;
class Query;
}

namespace ga::housing {

// SQL for `housing_flats` and their inventory lines (`housing_flat_items`).
class FlatRepository
{
    Q_DECLARE_TR_FUNCTIONS(FlatRepository)
public:
    explicit FlatRepository(Database &db);

    // With its inventory.
    std::optional<Flat> find(qint64 id) const;
    std::optional<qint64> findId(qint64 complexId, const QString &building, const QString &unit,
                                 const QString &number) const;
    QList<FlatRow> pageAfter(const FlatFilter &filter, const KeysetCursor &after, int limit) const;
    int count(const FlatFilter &filter) const;
    // The department managing the flat's complex (its agency scope); 0 when absent.
    qint64 departmentOf(qint64 flatId) const;
    // Layouts in use, for the filters.
    QStringList layouts() const;

    qint64 insert(const Flat &f);          // with its items
    void update(const Flat &f);            // with its items (lines kept by id)
    void setStatus(qint64 id, FlatStatus status, const QDate &vacantSince);
    void remove(qint64 id);
    bool isReferenced(qint64 id) const;

private:
    static void bind(const Flat &f, Query &q);
    void saveItems(qint64 flatId, const QList<InventoryItem> &items, bool replacing);

    Database &m_db;
};

} // namespace ga::housing

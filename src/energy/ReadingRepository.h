#pragma once

#include "energy/EnergyTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace ga {
class Database;
class Query;
class RecordTable;
} // namespace ga

namespace ga::energy {

// The month's use of one type in one building, summed over its meters.
struct MonthTotal
{
    qint64 buildingId = 0;
    EnergyType type = EnergyType::Electricity;
    QString unit;
    QString month;
    qint64 consumptionMilli = 0;
    qint64 cost = 0;            // fen
    int readings = 0;
    int unconfirmed = 0;        // flagged readings awaiting a confirmation note
};

// How many readings of its active meters (read from since_month on) a building has in a month.
struct MonthPresence
{
    qint64 buildingId = 0;
    QString month;
    int readings = 0;
    int flagged = 0;
};

// SQL for `energy_readings`.
class ReadingRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReadingRepository)
public:
    explicit ReadingRepository(Database &db);

    std::optional<Reading> find(qint64 id) const;
    std::optional<Reading> find(qint64 meterId, const QString &month) const;
    // The latest reading before `month`, and the first after it.
    std::optional<Reading> previous(qint64 meterId, const QString &month) const;
    std::optional<Reading> next(qint64 meterId, const QString &month) const;
    // The use of the same calendar month in the years before `month`.
    QList<qint64> sameMonthHistory(qint64 meterId, const QString &month) const;
    // The readings of a meter between two months (inclusive), by month.
    QList<Reading> ofMeter(qint64 meterId, const QString &from, const QString &to) const;

    // The entry grid: every active meter under `scopeRoot` (optionally one building), with its
    // readings of `month`, the month before and the same month a year before.
    QList<GridRow> grid(const QString &month, qint64 scopeRoot, qint64 buildingId) const;

    // Sums per building, type and month of the buildings under `departmentRoot` (0: all)
    // within `scopeRoot`, optionally of one building.
    QList<MonthTotal> totals(const QString &from, const QString &to, qint64 scopeRoot,
                             qint64 departmentRoot, qint64 buildingId) const;
    QList<MonthPresence> presence(const QString &from, const QString &to, qint64 scopeRoot,
                                  qint64 departmentRoot, qint64 buildingId) const;

    qint64 insert(const Reading &r);
    void update(const Reading &r);
    // Deletes the readings of `meterIds` in `month`; returns how many there were.
    int removeMonth(const QList<qint64> &meterIds, const QString &month);

private:
    static void bind(const Reading &r, Query &q);
    static const RecordTable &table();

    Database &m_db;
};

} // namespace ga::energy

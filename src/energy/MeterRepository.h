#pragma once

#include "energy/EnergyTypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ga {
class Database;
class Query;
class RecordTable;
} // namespace ga

namespace ga::energy {

// The building an energy meter or quota belongs to, as the energy module needs it.
struct BuildingInfo
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 departmentId = 0;
    qint64 grossArea = 0;       // 0.01 m²
    int energyUsers = 0;
};

// SQL for `energy_meters` (and the few columns of `buildings` the module reads).
class MeterRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeterRepository)
public:
    explicit MeterRepository(Database &db);

    std::optional<Meter> find(qint64 id) const;
    std::optional<Meter> findByNumber(qint64 buildingId, const QString &meterNo) const;
    QList<MeterRow> pageAfter(const MeterFilter &filter, const KeysetCursor &after,
                              int limit) const;
    int count(const MeterFilter &filter) const;
    // Every meter of the buildings under `scopeRoot` (0: all), active ones only unless asked.
    QList<Meter> all(qint64 scopeRoot, bool includeRetired = false) const;

    // (building, first month read) of every active meter under `scopeRoot` (completeness).
    QList<std::pair<qint64, QString>> activeSince(qint64 scopeRoot) const;

    std::optional<BuildingInfo> building(qint64 id) const;
    std::optional<BuildingInfo> buildingByCode(const QString &code) const;
    // Active buildings (and retired ones when asked) under `scopeRoot` (0: the region) and
    // `departmentRoot` (0: any), by code.
    QList<BuildingInfo> buildings(qint64 scopeRoot, qint64 departmentRoot,
                                  bool includeRetired = false) const;

    bool numberExists(qint64 buildingId, const QString &meterNo, qint64 exceptId) const;
    bool hasReadings(qint64 meterId) const;

    qint64 insert(const Meter &m);
    void update(const Meter &m);
    void setStatus(qint64 id, MeterStatus status);
    void remove(qint64 id);

private:
    static void bind(const Meter &m, Query &q);
    static const RecordTable &table();

    Database &m_db;
};

} // namespace ga::energy

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

// SQL for `energy_coefficients`: every version of every type's standard-coal coefficient.
class CoefficientRepository
{
    Q_DECLARE_TR_FUNCTIONS(CoefficientRepository)
public:
    explicit CoefficientRepository(Database &db);

    // By type, then by the date each applies from.
    QList<Coefficient> all() const;
    std::optional<Coefficient> find(qint64 id) const;
    bool versionExists(EnergyType type, const QDate &validFrom, qint64 exceptId) const;
    qint64 insert(const Coefficient &c);
    void update(const Coefficient &c);

private:
    static void bind(const Coefficient &c, Query &q);
    static const RecordTable &table();

    Database &m_db;
};

// SQL for `energy_quotas`: a building's yearly quota (定额) in kgce.
class QuotaRepository
{
    Q_DECLARE_TR_FUNCTIONS(QuotaRepository)
public:
    explicit QuotaRepository(Database &db);

    std::optional<Quota> find(qint64 buildingId, int year) const;
    qint64 insert(const Quota &q);
    void update(const Quota &q);

private:
    static void bind(const Quota &quota, Query &q);
    static const RecordTable &table();

    Database &m_db;
};

} // namespace ga::energy

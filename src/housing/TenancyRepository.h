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

// SQL for `housing_tenancies`, their extensions and check-outs.
class TenancyRepository
{
    Q_DECLARE_TR_FUNCTIONS(TenancyRepository)
public:
    explicit TenancyRepository(Database &db);

    std::optional<Tenancy> find(qint64 id) const;
    std::optional<TenancyRow> findRow(qint64 id) const;
    std::optional<qint64> activeOfFlat(qint64 flatId) const;
    std::optional<qint64> activeOfStaff(qint64 staffId) const;
    // Newest start first.
    QList<TenancyRow> pageAfter(const TenancyFilter &filter, const KeysetCursor &after,
                                int limit) const;
    int count(const TenancyFilter &filter) const;
    // The department managing the tenancy's complex.
    qint64 departmentOf(qint64 tenancyId) const;

    // Active tenancies under `scopeRoot` whose agreed end lies in [from, to], soonest first.
    QList<TenancyRow> ending(qint64 scopeRoot, const QDate &from, const QDate &to) const;
    // Active tenancies under `scopeRoot` whose tenant's post ended before `today` (or whose staff
    // record is retired).
    QList<TenancyRow> postEnded(qint64 scopeRoot, const QDate &today) const;

    qint64 insert(const Tenancy &t);
    void setEnd(qint64 id, const QDate &end);
    void setCredit(qint64 id, Money credit);
    void close(qint64 id, const QDate &endedOn);

    qint64 insertExtension(const Extension &e);
    QList<Extension> extensions(qint64 tenancyId) const;

    qint64 insertSettlement(const Settlement &s, qint64 createdAt);
    std::optional<Settlement> settlementOf(qint64 tenancyId) const;

private:
    QList<TenancyRow> rowsWhere(const SqlWhere &where, const QString &orderBy,
                                const QString &context) const;
    Database &m_db;
};

} // namespace ga::housing

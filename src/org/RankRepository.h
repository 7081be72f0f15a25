#pragma once

#include "org/OrgTypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ga {

class Database;
class Query;

// SQL for the `ranks` table (the per-rank office area standards). Ranks are seeded by the
// migration; admins edit their names, limits and whether they are offered.
class RankRepository
{
    Q_DECLARE_TR_FUNCTIONS(RankRepository)
public:
    explicit RankRepository(Database &db);

    std::optional<Rank> find(qint64 id) const;
    std::optional<Rank> findByCode(const QString &code) const;
    // Ordered by level, then by seniority (sort_order).
    QList<Rank> all(bool includeInactive) const;
    QList<Rank> atLevel(RankLevel level, bool includeInactive) const;
    int staffCount(qint64 id) const;

    void update(const Rank &r);

private:
    static void bind(const Rank &r, Query &q);
    QList<Rank> select(const QString &where, const QString &levelKey) const;

    Database &m_db;
};

} // namespace ga

#include "org/RankRepository.h"

#include "org/OrgSql.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace ga {

namespace {

const QString kColumns = QStringLiteral(
    "id, level, code, name, name_en, sort_order, office_limit, active");

Rank readRank(const Query &q)
{
    Rank r;
    r.id = q.value(0).toLongLong();
    r.level = rankLevelFromKey(q.value(1).toString()).value_or(RankLevel::County);
    r.code = q.value(2).toString();
    r.name = q.value(3).toString();
    r.nameEn = q.value(4).toString();
    r.sortOrder = q.value(5).toInt();
    r.officeLimit = q.value(6).toLongLong();
    r.active = q.value(7).toInt() != 0;
    return r;
}

} // namespace

RankRepository::RankRepository(Database &db)
    : m_db(db)
{}

std::optional<Rank> RankRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM ranks WHERE id = :id").arg(kColumns),
            tr("loading a rank"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readRank(q);
}

std::optional<Rank> RankRepository::findByCode(const QString &code) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM ranks WHERE code = :code").arg(kColumns),
            tr("loading a rank"));
    q.bind(QStringLiteral(":code"), code).exec();
    if (!q.next())
        return std::nullopt;
    return readRank(q);
}

QList<Rank> RankRepository::select(const QString &where, const QString &levelKey) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM ranks%2 ORDER BY sort_order, id").arg(kColumns, where),
            tr("loading the ranks"));
    if (!levelKey.isEmpty())
        q.bind(QStringLiteral(":level"), levelKey);
    q.exec();
    QList<Rank> out;
    while (q.next())
        out << readRank(q);
    return out;
}

QList<Rank> RankRepository::all(bool includeInactive) const
{
    return select(includeInactive ? QString() : QStringLiteral(" WHERE active = 1"), QString());
}

QList<Rank> RankRepository::atLevel(RankLevel level, bool includeInactive) const
{
    return select(includeInactive ? QStringLiteral(" WHERE level = :level")
                                  : QStringLiteral(" WHERE level = :level AND active = 1"),
                  rankLevelKey(level));
}

int RankRepository::staffCount(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM staff WHERE rank_id = :id"),
            tr("counting the staff of a rank"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar(0).toInt();
}

void RankRepository::bind(const Rank &r, Query &q)
{
    q.bind(QStringLiteral(":name"), orgsql::textValue(r.name))
        .bind(QStringLiteral(":name_en"), orgsql::textValue(r.nameEn))
        .bind(QStringLiteral(":office_limit"), r.officeLimit)
        .bind(QStringLiteral(":active"), r.active ? 1 : 0);
}

void RankRepository::update(const Rank &r)
{
    Query q(m_db,
            QStringLiteral("UPDATE ranks SET name = :name, name_en = :name_en, "
                           "office_limit = :office_limit, active = :active WHERE id = :id"),
            tr("saving a rank"));
    bind(r, q);
    q.bind(QStringLiteral(":id"), r.id).exec();
}

} // namespace ga

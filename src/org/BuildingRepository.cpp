#include "org/BuildingRepository.h"

#include "org/OrgSql.h"
#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Keyset.h"
#include "storage/RecordTable.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

namespace ga {

namespace {

const QString kColumns = QStringLiteral(
    "b.id, b.code, b.name, b.campus, b.address, b.department_id, b.gross_area, b.usable_area, "
    "b.energy_users, b.year_built, b.status, b.created_at");

Building readBuilding(const Query &q)
{
    Building b;
    b.id = q.value(0).toLongLong();
    b.code = q.value(1).toString();
    b.name = q.value(2).toString();
    b.campus = q.value(3).toString();
    b.address = q.value(4).toString();
    b.departmentId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    b.grossArea = q.value(6).toLongLong();
    b.usableArea = q.value(7).toLongLong();
    b.energyUsers = q.value(8).toInt();
    b.yearBuilt = q.value(9).isNull() ? 0 : q.value(9).toInt();
    b.status = orgStatusFromKey(q.value(10).toString()).value_or(OrgStatus::Active);
    b.createdAt = q.value(11).toLongLong();
    return b;
}

// The filters of the buildings list; the page and the count share them.
SqlWhere whereOf(const BuildingFilter &f)
{
    SqlWhere w;
    if (!f.includeRetired)
        w.add(QStringLiteral("b.status = 'active'"));
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = orgsql::likePattern(f.text);
        w.add(QStringLiteral("b.code LIKE :t1 ESCAPE '\\' OR b.name LIKE :t2 ESCAPE '\\' "
                             "OR b.campus LIKE :t3 ESCAPE '\\' OR b.address LIKE :t4 ESCAPE '\\'"));
        for (const char *p : {":t1", ":t2", ":t3", ":t4"})
            w.bind(QString::fromLatin1(p), pattern);
    }
    if (f.departmentId > 0)
        w.add(QStringLiteral("b.department_id = :dept"), QStringLiteral(":dept"), f.departmentId);
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("b.department_id"));
    return w;
}

QString orderColumn(BuildingSort s)
{
    switch (s) {
    case BuildingSort::Code: return QStringLiteral("b.code");
    case BuildingSort::Name: return QStringLiteral("b.name");
    case BuildingSort::Campus: return QStringLiteral("b.campus");
    case BuildingSort::Department:
        return QStringLiteral("coalesce(d.name, '')");
    case BuildingSort::GrossArea: return QStringLiteral("b.gross_area");
    case BuildingSort::UsableArea: return QStringLiteral("b.usable_area");
    case BuildingSort::EnergyUsers: return QStringLiteral("b.energy_users");
    case BuildingSort::YearBuilt:
        return QStringLiteral("coalesce(b.year_built, 0)");
    case BuildingSort::Status: return QStringLiteral("b.status");
    }
    return QStringLiteral("b.code");
}

// The sort key: the sort column (NOT NULL: nullable ones coalesced), then the unique code. A
// region has about a thousand buildings: the code and the name have indexes, the other orders
// sort that small table.
Keyset keysetOf(const BuildingFilter &f)
{
    const bool desc = f.order == Qt::DescendingOrder;
    if (f.sort == BuildingSort::Code)
        return Keyset({QStringLiteral("b.code")}, desc);
    return Keyset({orderColumn(f.sort), QStringLiteral("b.code")}, desc);
}

} // namespace

BuildingRepository::BuildingRepository(Database &db)
    : m_db(db)
{}

std::optional<Building> BuildingRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM buildings b WHERE b.id = :id").arg(kColumns),
            tr("loading a building"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readBuilding(q);
}

QList<BuildingRow> BuildingRepository::rows(const SqlWhere &where, const QString &orderBy,
                                            const Keyset &keyset, int limit, int offset) const
{
    QList<BuildingRow> out;
    if (limit <= 0)
        return out;
    Query q(m_db,
            QStringLiteral("SELECT %1, d.name%2 FROM buildings b "
                           "LEFT JOIN departments d ON d.id = b.department_id")
                    .arg(kColumns, keyset.selectList())
                + where.sql() + orderBy
                + (offset > 0 ? QStringLiteral(" LIMIT :limit OFFSET :offset")
                              : QStringLiteral(" LIMIT :limit")),
            tr("listing buildings"));
    where.bindTo(q);
    q.bind(QStringLiteral(":limit"), limit);
    if (offset > 0)
        q.bind(QStringLiteral(":offset"), offset);
    q.exec();
    while (q.next()) {
        BuildingRow row;
        row.building = readBuilding(q);
        row.departmentName = q.value(12).toString();
        row.key = keyset.cursorAt(q, 13);
        out << row;
    }
    return out;
}

QList<BuildingRow> BuildingRepository::list(const BuildingFilter &filter, int offset,
                                            int limit) const
{
    const Keyset keyset = keysetOf(filter);
    return rows(whereOf(filter), keyset.orderBy(), keyset, limit, offset);
}

QList<BuildingRow> BuildingRepository::pageAfter(const BuildingFilter &filter,
                                                 const KeysetCursor &after, int limit) const
{
    const Keyset keyset = keysetOf(filter);
    return keyset.page(whereOf(filter), after, limit,
                       [&](const SqlWhere &w, const QString &orderBy, int n) {
                           return rows(w, orderBy, keyset, n, 0);
                       });
}

int BuildingRepository::count(const BuildingFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM buildings b") + w.sql(),
            tr("counting buildings"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

bool BuildingRepository::codeExists(const QString &code, qint64 exceptId) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM buildings WHERE code = :code AND id <> :id"),
            tr("checking a building code"));
    q.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":id"), exceptId);
    return q.scalar(0).toInt() > 0;
}

QStringList BuildingRepository::referencedBy(qint64 id) const
{
    return orgsql::referencingTables(m_db, QStringLiteral("buildings"), id);
}

void BuildingRepository::bind(const Building &b, Query &q)
{
    q.bind(QStringLiteral(":code"), orgsql::textValue(b.code))
        .bind(QStringLiteral(":name"), orgsql::textValue(b.name))
        .bind(QStringLiteral(":campus"), orgsql::textValue(b.campus))
        .bind(QStringLiteral(":address"), orgsql::textValue(b.address))
        .bindOptionalId(QStringLiteral(":department_id"), b.departmentId)
        .bind(QStringLiteral(":gross_area"), b.grossArea)
        .bind(QStringLiteral(":usable_area"), b.usableArea)
        .bind(QStringLiteral(":energy_users"), b.energyUsers)
        .bind(QStringLiteral(":year_built"), b.yearBuilt > 0 ? QVariant(b.yearBuilt) : QVariant())
        .bind(QStringLiteral(":status"), orgStatusKey(b.status));
}

const RecordTable &BuildingRepository::table()
{
    static const RecordTable table(QStringLiteral("buildings"),
                                   {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("campus"), QStringLiteral("address"), QStringLiteral("department_id"), QStringLiteral("gross_area"), QStringLiteral("usable_area"), QStringLiteral("energy_users"), QStringLiteral("year_built"), QStringLiteral("status")});
    return table;
}

qint64 BuildingRepository::insert(const Building &b)
{
    return table().insert(
        m_db, tr("saving a new building"), [&](Query &q) { bind(b, q); }, b.createdAt);
}

void BuildingRepository::update(const Building &b)
{
    table().update(m_db, b.id, tr("saving a building"), [&](Query &q) { bind(b, q); });
}

void BuildingRepository::setStatus(qint64 id, OrgStatus status)
{
    table().set(m_db, id, QStringLiteral("status"), orgStatusKey(status),
                tr("changing the status of a building"));
}

void BuildingRepository::remove(qint64 id)
{
    table().remove(m_db, id, tr("deleting a building"));
}

} // namespace ga

#include "org/StaffRepository.h"

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
    "s.id, s.staff_no, s.name, s.gender, s.department_id, s.rank_id, s.post_title, s.post_start, "
    "s.post_end, s.transferred, s.phone, s.status, s.created_at");

Staff readStaff(const Query &q)
{
    Staff s;
    s.id = q.value(0).toLongLong();
    s.staffNo = q.value(1).toString();
    s.name = q.value(2).toString();
    s.gender = genderFromKey(q.value(3).toString()).value_or(Gender::Unspecified);
    s.departmentId = q.value(4).toLongLong();
    s.rankId = q.value(5).toLongLong();
    s.postTitle = q.value(6).toString();
    s.postStart = orgsql::dateFrom(q.value(7));
    s.postEnd = orgsql::dateFrom(q.value(8));
    s.transferred = q.value(9).toInt() != 0;
    s.phone = q.value(10).toString();
    s.status = orgStatusFromKey(q.value(11).toString()).value_or(OrgStatus::Active);
    s.createdAt = q.value(12).toLongLong();
    return s;
}

// The filters of the staff list over `staff s` (no joins needed); the page and the count share
// them.
SqlWhere whereOf(const StaffFilter &f)
{
    SqlWhere w;
    if (!f.includeRetired)
        w.add(QStringLiteral("s.status = 'active'"));
    if (!f.text.trimmed().isEmpty())
        w.add(
             QStringLiteral("s.name LIKE :text1 ESCAPE '\\' OR s.staff_no LIKE :text2 ESCAPE '\\'"))
            .bind(QStringLiteral(":text1"), orgsql::likePattern(f.text))
            .bind(QStringLiteral(":text2"), orgsql::likePattern(f.text));
    if (f.departmentId > 0) {
        if (f.includeSubDepartments)
            w.add(QStringLiteral("s.department_id IN (WITH RECURSIVE sub(id) AS (SELECT CAST(:dept AS BIGINT) "
                                 "UNION SELECT d2.id FROM departments d2 JOIN sub ON "
                                 "d2.parent_id = sub.id) SELECT id FROM sub)"),
                  QStringLiteral(":dept"), f.departmentId);
        else
            w.add(QStringLiteral("s.department_id = :dept"), QStringLiteral(":dept"),
                  f.departmentId);
    }
    if (f.rankId > 0)
        w.add(QStringLiteral("s.rank_id = :rank"), QStringLiteral(":rank"), f.rankId);
    if (f.transferredOnly)
        w.add(QStringLiteral("s.transferred = 1"));
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("s.department_id"));
    return w;
}

// The sort key of each order the staff list offers, each read from an index in its order
// (schema 4): the sort column, then what makes it unique. Columns with few distinct values (a
// title, a date most staff leave empty, a flag, the status) are split on the leading column, so
// each page's index range starts at the cursor.
Keyset keysetOf(const StaffFilter &f)
{
    const bool desc = f.order == Qt::DescendingOrder;
    const QString id = QStringLiteral("s.id");
    switch (f.sort) {
    case StaffSort::StaffNo:
        return Keyset({QStringLiteral("s.staff_no")}, desc);
    case StaffSort::Name:
        return Keyset({QStringLiteral("s.name"), id}, desc);
    case StaffSort::Department:
        // departments_name (name, id), then staff_department (department_id, name, id) per
        // department (see fromOf()).
        return Keyset(
            {QStringLiteral("d.name"), QStringLiteral("d.id"), QStringLiteral("s.name"), id}, desc);
    case StaffSort::Rank:
        // ranks_sort_order (sort_order, id), then staff_rank (rank_id, id) per rank; split on
        // both rank columns, so the first range is the rest of the cursor's rank.
        return Keyset({QStringLiteral("r.sort_order"), QStringLiteral("r.id"), id}, desc, 2);
    case StaffSort::PostTitle:
        return Keyset({QStringLiteral("s.post_title"), id}, desc, 1);
    case StaffSort::PostStart:
        return Keyset({QStringLiteral("coalesce(s.post_start, '')"), id}, desc, 1);
    case StaffSort::PostEnd:
        return Keyset({QStringLiteral("coalesce(s.post_end, '')"), id}, desc, 1);
    case StaffSort::Transferred:
        return Keyset({QStringLiteral("s.transferred"), id}, desc, 1);
    case StaffSort::Status:
        return Keyset({QStringLiteral("s.status"), id}, desc, 1);
    }
    return Keyset({QStringLiteral("s.staff_no")}, desc);
}

// The page's FROM clause and its join conditions. Sorted by department or rank, the small table
// comes first (CROSS JOIN keeps that order in SQLite), read in its index order, and each of its
// rows gives a range of staff in the key's order: no sort of the whole staff table.
std::pair<QString, SqlWhere> fromOf(StaffSort sort)
{
    SqlWhere join;
    switch (sort) {
    case StaffSort::Department:
        join.add(QStringLiteral("s.department_id = d.id"));
        return {QStringLiteral(" FROM departments d CROSS JOIN staff s "
                               "JOIN ranks r ON r.id = s.rank_id"),
                join};
    case StaffSort::Rank:
        join.add(QStringLiteral("s.rank_id = r.id"));
        return {QStringLiteral(" FROM ranks r CROSS JOIN staff s "
                               "JOIN departments d ON d.id = s.department_id"),
                join};
    default:
        return {QStringLiteral(" FROM staff s JOIN departments d ON d.id = s.department_id "
                               "JOIN ranks r ON r.id = s.rank_id"),
                join};
    }
}

} // namespace

StaffRepository::StaffRepository(Database &db)
    : m_db(db)
{}

std::optional<Staff> StaffRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM staff s WHERE s.id = :id").arg(kColumns),
            tr("loading a staff member"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readStaff(q);
}

std::optional<Staff> StaffRepository::findByNumber(const QString &staffNo) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM staff s WHERE s.staff_no = :no").arg(kColumns),
            tr("looking up a staff number"));
    q.bind(QStringLiteral(":no"), staffNo).exec();
    if (!q.next())
        return std::nullopt;
    return readStaff(q);
}

QList<StaffRow> StaffRepository::rows(const QString &from, const SqlWhere &where,
                                      const QString &orderBy, const Keyset &keyset, int limit,
                                      int offset) const
{
    QList<StaffRow> out;
    if (limit <= 0)
        return out;
    Query q(
        m_db,
        QStringLiteral("SELECT %1, d.name, r.name, r.name_en%2").arg(kColumns, keyset.selectList())
            + from + where.sql() + orderBy
            + (offset > 0 ? QStringLiteral(" LIMIT :limit OFFSET :offset")
                          : QStringLiteral(" LIMIT :limit")),
        tr("listing staff"));
    where.bindTo(q);
    q.bind(QStringLiteral(":limit"), limit);
    if (offset > 0)
        q.bind(QStringLiteral(":offset"), offset);
    q.exec();
    while (q.next()) {
        StaffRow row;
        row.staff = readStaff(q);
        row.departmentName = q.value(13).toString();
        Rank r;
        r.name = q.value(14).toString();
        r.nameEn = q.value(15).toString();
        row.rankName = r.displayName();
        row.key = keyset.cursorAt(q, 16);
        out << row;
    }
    return out;
}

QList<StaffRow> StaffRepository::list(const StaffFilter &filter, int offset, int limit) const
{
    auto [from, where] = fromOf(filter.sort);
    where.add(whereOf(filter));
    const Keyset keyset = keysetOf(filter);
    return rows(from, where, keyset.orderBy(), keyset, limit, offset);
}

QList<StaffRow> StaffRepository::pageAfter(const StaffFilter &filter, const KeysetCursor &after,
                                           int limit) const
{
    const Keyset keyset = keysetOf(filter);
    auto [from, where] = fromOf(filter.sort);
    where.add(whereOf(filter));
    return keyset.page(where, after, limit, [&](const SqlWhere &w, const QString &orderBy, int n) {
        return rows(from, w, orderBy, keyset, n, 0);
    });
}

int StaffRepository::count(const StaffFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM staff s") + w.sql(), tr("counting staff"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

bool StaffRepository::staffNoExists(const QString &staffNo, qint64 exceptId) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM staff WHERE staff_no = :no AND id <> :id"),
            tr("checking a staff number"));
    q.bind(QStringLiteral(":no"), staffNo).bind(QStringLiteral(":id"), exceptId);
    return q.scalar(0).toInt() > 0;
}

QStringList StaffRepository::referencedBy(qint64 id) const
{
    return orgsql::referencingTables(m_db, QStringLiteral("staff"), id);
}

void StaffRepository::bind(const Staff &s, Query &q)
{
    q.bind(QStringLiteral(":staff_no"), orgsql::textValue(s.staffNo))
        .bind(QStringLiteral(":name"), orgsql::textValue(s.name))
        .bind(QStringLiteral(":gender"), orgsql::textValue(genderKey(s.gender)))
        .bind(QStringLiteral(":department_id"), s.departmentId)
        .bind(QStringLiteral(":rank_id"), s.rankId)
        .bind(QStringLiteral(":post_title"), orgsql::textValue(s.postTitle))
        .bind(QStringLiteral(":post_start"), orgsql::dateValue(s.postStart))
        .bind(QStringLiteral(":post_end"), orgsql::dateValue(s.postEnd))
        .bind(QStringLiteral(":transferred"), s.transferred ? 1 : 0)
        .bind(QStringLiteral(":phone"), orgsql::textValue(s.phone))
        .bind(QStringLiteral(":status"), orgStatusKey(s.status));
}

const RecordTable &StaffRepository::table()
{
    static const RecordTable table(QStringLiteral("staff"),
                                   {QStringLiteral("staff_no"), QStringLiteral("name"), QStringLiteral("gender"), QStringLiteral("department_id"), QStringLiteral("rank_id"), QStringLiteral("post_title"), QStringLiteral("post_start"), QStringLiteral("post_end"), QStringLiteral("transferred"), QStringLiteral("phone"), QStringLiteral("status")});
    return table;
}

qint64 StaffRepository::insert(const Staff &s)
{
    return table().insert(
        m_db, tr("saving a new staff member"), [&](Query &q) { bind(s, q); }, s.createdAt);
}

void StaffRepository::update(const Staff &s)
{
    table().update(m_db, s.id, tr("saving a staff member"), [&](Query &q) { bind(s, q); });
}

void StaffRepository::setStatus(qint64 id, OrgStatus status)
{
    table().set(m_db, id, QStringLiteral("status"), orgStatusKey(status),
                tr("changing the status of a staff member"));
}

void StaffRepository::remove(qint64 id)
{
    table().remove(m_db, id, tr("deleting a staff member"));
}

} // namespace ga

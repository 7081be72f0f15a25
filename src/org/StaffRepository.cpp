#include "org/StaffRepository.h"

#include "org/OrgSql.h"
#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Query.h"

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

// The WHERE clause of a filter over `staff s` (no joins needed), and its binds.
QString whereClause(const StaffFilter &f)
{
    QStringList conds;
    if (!f.includeRetired)
        conds << QStringLiteral("s.status = 'active'");
    if (!f.text.trimmed().isEmpty())
        conds << QStringLiteral("(s.name LIKE :text1 ESCAPE '\\' OR s.staff_no LIKE :text2 ESCAPE '\\')");
    if (f.departmentId > 0) {
        if (f.includeSubDepartments)
            conds << QStringLiteral(
                "s.department_id IN (WITH RECURSIVE sub(id) AS (SELECT :dept UNION "
                "SELECT d2.id FROM departments d2 JOIN sub ON d2.parent_id = sub.id) "
                "SELECT id FROM sub)");
        else
            conds << QStringLiteral("s.department_id = :dept");
    }
    if (f.rankId > 0)
        conds << QStringLiteral("s.rank_id = :rank");
    if (f.transferredOnly)
        conds << QStringLiteral("s.transferred = 1");
    if (f.scopeRoot > 0)
        conds << QStringLiteral("s.department_id IN (%1)")
                     .arg(AgencyScope::subtreeSelect(QStringLiteral(":scope_root")));
    return conds.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
}

void bindFilter(const StaffFilter &f, Query &q)
{
    if (!f.text.trimmed().isEmpty()) {
        q.bind(QStringLiteral(":text1"), orgsql::likePattern(f.text));
        q.bind(QStringLiteral(":text2"), orgsql::likePattern(f.text));
    }
    if (f.departmentId > 0)
        q.bind(QStringLiteral(":dept"), f.departmentId);
    if (f.rankId > 0)
        q.bind(QStringLiteral(":rank"), f.rankId);
    if (f.scopeRoot > 0)
        q.bind(QStringLiteral(":scope_root"), f.scopeRoot);
}

QString orderColumn(StaffSort s)
{
    switch (s) {
    case StaffSort::StaffNo: return QStringLiteral("s.staff_no");
    case StaffSort::Name: return QStringLiteral("s.name");
    case StaffSort::Department: return QStringLiteral("d.name");
    case StaffSort::Rank: return QStringLiteral("r.sort_order");
    case StaffSort::PostTitle: return QStringLiteral("s.post_title");
    case StaffSort::PostStart: return QStringLiteral("s.post_start");
    case StaffSort::PostEnd: return QStringLiteral("s.post_end");
    case StaffSort::Transferred: return QStringLiteral("s.transferred");
    case StaffSort::Status: return QStringLiteral("s.status");
    }
    return QStringLiteral("s.staff_no");
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

QList<StaffRow> StaffRepository::list(const StaffFilter &filter, int offset, int limit) const
{
    const QString dir = filter.order == Qt::DescendingOrder ? QStringLiteral(" DESC")
                                                             : QStringLiteral(" ASC");
    const QString tieBreak = filter.sort == StaffSort::StaffNo ? QString()
                                                                : QStringLiteral(", s.staff_no") + dir;
    Query q(m_db,
            QStringLiteral("SELECT %1, d.name, r.name, r.name_en FROM staff s "
                           "JOIN departments d ON d.id = s.department_id "
                           "JOIN ranks r ON r.id = s.rank_id%2 ORDER BY %3%4%5 "
                           "LIMIT :limit OFFSET :offset")
                .arg(kColumns, whereClause(filter), orderColumn(filter.sort), dir, tieBreak),
            tr("listing staff"));
    bindFilter(filter, q);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    QList<StaffRow> out;
    while (q.next()) {
        StaffRow row;
        row.staff = readStaff(q);
        row.departmentName = q.value(13).toString();
        Rank r;
        r.name = q.value(14).toString();
        r.nameEn = q.value(15).toString();
        row.rankName = r.displayName();
        out << row;
    }
    return out;
}

int StaffRepository::count(const StaffFilter &filter) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM staff s") + whereClause(filter),
            tr("counting staff"));
    bindFilter(filter, q);
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

qint64 StaffRepository::insert(const Staff &s)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO staff (staff_no, name, gender, department_id, rank_id, "
                           "post_title, post_start, post_end, transferred, phone, status, "
                           "created_at) VALUES (:staff_no, :name, :gender, :department_id, "
                           ":rank_id, :post_title, :post_start, :post_end, :transferred, :phone, "
                           ":status, :created_at)"),
            tr("saving a new staff member"));
    bind(s, q);
    q.bind(QStringLiteral(":created_at"), s.createdAt).exec();
    return q.lastInsertId();
}

void StaffRepository::update(const Staff &s)
{
    Query q(m_db,
            QStringLiteral("UPDATE staff SET staff_no = :staff_no, name = :name, gender = :gender, "
                           "department_id = :department_id, rank_id = :rank_id, "
                           "post_title = :post_title, post_start = :post_start, "
                           "post_end = :post_end, transferred = :transferred, phone = :phone, "
                           "status = :status WHERE id = :id"),
            tr("saving a staff member"));
    bind(s, q);
    q.bind(QStringLiteral(":id"), s.id).exec();
}

void StaffRepository::setStatus(qint64 id, OrgStatus status)
{
    Query q(m_db, QStringLiteral("UPDATE staff SET status = :status WHERE id = :id"),
            tr("changing the status of a staff member"));
    q.bind(QStringLiteral(":status"), orgStatusKey(status)).bind(QStringLiteral(":id"), id).exec();
}

void StaffRepository::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM staff WHERE id = :id"), tr("deleting a staff member"));
    q.bind(QStringLiteral(":id"), id).exec();
}

} // namespace ga

#include "org/DepartmentRepository.h"

#include "org/OrgSql.h"
#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/SqlWhere.h"
#include "storage/Query.h"

namespace ga {

namespace {

const QString kColumns = QStringLiteral(
    "id, parent_id, code, name, kind, approved_area, phone, status, created_at");

Department readDepartment(const Query &q)
{
    Department d;
    d.id = q.value(0).toLongLong();
    d.parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    d.code = q.value(2).toString();
    d.name = q.value(3).toString();
    d.kind = departmentKindFromKey(q.value(4).toString()).value_or(DepartmentKind::Division);
    d.approvedArea = q.value(5).toLongLong();
    d.phone = q.value(6).toString();
    d.status = orgStatusFromKey(q.value(7).toString()).value_or(OrgStatus::Active);
    d.createdAt = q.value(8).toLongLong();
    return d;
}

} // namespace

DepartmentRepository::DepartmentRepository(Database &db)
    : m_db(db)
{}

std::optional<Department> DepartmentRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM departments WHERE id = :id").arg(kColumns),
            tr("loading a department"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readDepartment(q);
}

QList<Department> DepartmentRepository::all(bool includeRetired, qint64 scopeRoot) const
{
    SqlWhere w;
    if (!includeRetired)
        w.add(QStringLiteral("status = 'active'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("id"));
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM departments%2 ORDER BY code, id").arg(kColumns, w.sql()),
            tr("loading the departments"));
    w.bindTo(q);
    q.exec();
    QList<Department> out;
    while (q.next())
        out << readDepartment(q);
    return out;
}

QHash<qint64, int> DepartmentRepository::activeStaffCounts() const
{
    Query q(m_db,
            QStringLiteral("SELECT department_id, count(*) FROM staff WHERE status = 'active' "
                           "GROUP BY department_id"),
            tr("counting the staff of each department"));
    q.exec();
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

bool DepartmentRepository::codeExists(const QString &code, qint64 exceptId) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM departments WHERE code = :code AND id <> :id"),
            tr("checking a department code"));
    q.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":id"), exceptId);
    return q.scalar(0).toInt() > 0;
}

bool DepartmentRepository::isInSubtree(qint64 rootId, qint64 candidateId) const
{
    return AgencyScope::subtreeContains(m_db, rootId, candidateId);
}

int DepartmentRepository::activeChildCount(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM departments WHERE parent_id = :id "
                           "AND status = 'active'"),
            tr("counting sub-departments"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar(0).toInt();
}

int DepartmentRepository::activeStaffCount(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM staff WHERE department_id = :id "
                           "AND status = 'active'"),
            tr("counting the staff of a department"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar(0).toInt();
}

QStringList DepartmentRepository::referencedBy(qint64 id) const
{
    return orgsql::referencingTables(m_db, QStringLiteral("departments"), id);
}

void DepartmentRepository::bind(const Department &d, Query &q)
{
    q.bindOptionalId(QStringLiteral(":parent_id"), d.parentId)
        .bind(QStringLiteral(":code"), orgsql::textValue(d.code))
        .bind(QStringLiteral(":name"), orgsql::textValue(d.name))
        .bind(QStringLiteral(":kind"), departmentKindKey(d.kind))
        .bind(QStringLiteral(":approved_area"), d.approvedArea)
        .bind(QStringLiteral(":phone"), orgsql::textValue(d.phone))
        .bind(QStringLiteral(":status"), orgStatusKey(d.status));
}

qint64 DepartmentRepository::insert(const Department &d)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO departments (parent_id, code, name, kind, approved_area, "
                           "phone, status, created_at) VALUES (:parent_id, :code, :name, :kind, "
                           ":approved_area, :phone, :status, :created_at)"),
            tr("saving a new department"));
    bind(d, q);
    q.bind(QStringLiteral(":created_at"), d.createdAt).exec();
    return q.lastInsertId();
}

void DepartmentRepository::update(const Department &d)
{
    Query q(m_db,
            QStringLiteral("UPDATE departments SET parent_id = :parent_id, code = :code, "
                           "name = :name, kind = :kind, approved_area = :approved_area, "
                           "phone = :phone, status = :status WHERE id = :id"),
            tr("saving a department"));
    bind(d, q);
    q.bind(QStringLiteral(":id"), d.id).exec();
}

void DepartmentRepository::setStatus(qint64 id, OrgStatus status)
{
    Query q(m_db, QStringLiteral("UPDATE departments SET status = :status WHERE id = :id"),
            tr("changing the status of a department"));
    q.bind(QStringLiteral(":status"), orgStatusKey(status)).bind(QStringLiteral(":id"), id).exec();
}

void DepartmentRepository::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM departments WHERE id = :id"),
            tr("deleting a department"));
    q.bind(QStringLiteral(":id"), id).exec();
}

} // namespace ga

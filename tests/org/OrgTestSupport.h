#pragma once

#include "org/OrgService.h"
#include "support/TempDatabase.h"

#include <QDate>

namespace ga::test {

// Builders for organisation records, written through OrgService (as the current user).
inline qint64 rankId(TempDatabase &t, const char *code)
{
    return t.services().org().findRankByCode(QString::fromLatin1(code)).value().id;
}

inline qint64 addDepartment(TempDatabase &t, const QString &code, const QString &name,
                            DepartmentKind kind, qint64 parentId = 0)
{
    Department d;
    d.code = code;
    d.name = name;
    d.kind = kind;
    d.parentId = parentId;
    return t.services().org().createDepartment(d);
}

inline Staff makeStaff(const QString &no, const QString &name, qint64 departmentId, qint64 rankId)
{
    Staff s;
    s.staffNo = no;
    s.name = name;
    s.departmentId = departmentId;
    s.rankId = rankId;
    return s;
}

inline qint64 addStaff(TempDatabase &t, const QString &no, const QString &name, qint64 departmentId,
                       const char *rankCode = "county.below_section", bool transferred = false)
{
    Staff s = makeStaff(no, name, departmentId, rankId(t, rankCode));
    s.transferred = transferred;
    return t.services().org().createStaff(s);
}

inline Building makeBuilding(const QString &code, const QString &name, qint64 gross = 100000,
                             qint64 usable = 80000)
{
    Building b;
    b.code = code;
    b.name = name;
    b.grossArea = gross;
    b.usableArea = usable;
    return b;
}

// A small organisation: a bureau, one agency with two divisions.
struct SmallOrg
{
    qint64 bureau = 0;
    qint64 agency = 0;
    qint64 office = 0;
    qint64 finance = 0;
};

inline SmallOrg addSmallOrg(TempDatabase &t)
{
    SmallOrg o;
    o.bureau = addDepartment(t, QStringLiteral("B"), QStringLiteral("机关事务管理局"),
                             DepartmentKind::Bureau);
    o.agency = addDepartment(t, QStringLiteral("A01"), QStringLiteral("银川市公安局"),
                             DepartmentKind::Agency, o.bureau);
    o.office = addDepartment(t, QStringLiteral("A01.01"), QStringLiteral("办公室"),
                             DepartmentKind::Division, o.agency);
    o.finance = addDepartment(t, QStringLiteral("A01.02"), QStringLiteral("财务科"),
                              DepartmentKind::Division, o.agency);
    return o;
}

} // namespace ga::test

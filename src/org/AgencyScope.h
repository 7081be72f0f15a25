#pragma once

#include <QCoreApplication>
#include <QString>

namespace ga {

class Database;
struct SqlWhere;
struct UserContext;

// The part of the organisation a user sees and changes (DESIGN.md, Users): the whole region
// (the bureau's own staff) or one agency's department subtree, rooted at the user's
// `scopeDepartmentId`.
//
// Reads: every list, count, statistic, alert and export adds restrict() to its WHERE, so rows
// of other agencies never leave the database. Writes: services call ScopeGuard (below) before
// their transaction.
//
// The one stated exception is the dispatch platform (公务用车平台): general official vehicles
// (一般公务用车) and the drivers of the bureau's vehicle service centre serve every agency. Lists
// of vehicles and drivers use restrictOrPlatform() with the platform's condition, so an agency's
// clerk sees the platform's cars and drivers to dispatch them, and no other agency's own cars.
// Editing a platform vehicle's ledger entry stays with the bureau (its department is the
// bureau's), so the exception is for reading and dispatching only.
class AgencyScope
{
public:
    static AgencyScope region() { return AgencyScope(0); }
    static AgencyScope of(const UserContext &user);
    explicit AgencyScope(qint64 rootDepartmentId)
        : m_root(rootDepartmentId)
    {
    }

    bool isRegion() const { return m_root <= 0; }
    qint64 root() const { return m_root; }

    // Adds "`departmentColumn` lies in the subtree" to `where`; nothing for the region.
    void restrict(SqlWhere &where, const QString &departmentColumn) const;
    // Adds "(`departmentColumn` lies in the subtree OR `platformCondition`)".
    void restrictOrPlatform(SqlWhere &where, const QString &departmentColumn,
                            const QString &platformCondition) const;

    // Whether `departmentId` is `root` or lies below it.
    static bool subtreeContains(const Database &db, qint64 root, qint64 departmentId);

    // The ids of the subtree as a sub-select binding `bindName` to the root (portable: a
    // recursive CTE inside IN (…), which SQLite and PostgreSQL both take; UNION, not UNION ALL,
    // so that a cycle written around the services still ends).
    static QString subtreeSelect(const QString &bindName);

    // The platform's conditions for vehicles (alias `v`) and drivers (alias `dr`): general
    // vehicles; drivers of the bureau's own subtree or of no department.
    static QString platformVehicle(const QString &alias = QStringLiteral("v"));
    static QString platformDriver(const QString &alias = QStringLiteral("dr"));

private:
    qint64 m_root;
};

} // namespace ga

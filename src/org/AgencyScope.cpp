#include "org/AgencyScope.h"

#include "core/Session.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

namespace ga {

namespace {

// A bind name not yet used in `where`: a query may restrict two columns (vehicles and drivers).
QString freshBind(const SqlWhere &where)
{
    return QStringLiteral(":scope_root_%1").arg(where.binds().size());
}

} // namespace

AgencyScope AgencyScope::of(const UserContext &user)
{
    return AgencyScope(user.scopeDepartmentId);
}

QString AgencyScope::subtreeSelect(const QString &bindName)
{
    return QStringLiteral("WITH RECURSIVE scope_tree(id) AS (SELECT CAST(%1 AS BIGINT) "
                          "UNION SELECT sd.id FROM departments sd "
                          "JOIN scope_tree st ON sd.parent_id = st.id) SELECT id FROM scope_tree")
        .arg(bindName);
}

bool AgencyScope::subtreeContains(const Database &db, qint64 root, qint64 departmentId)
{
    Query q(db,
            QStringLiteral("SELECT count(*) FROM departments WHERE id = :id AND id IN (")
                + subtreeSelect(QStringLiteral(":root")) + QLatin1Char(')'),
            QCoreApplication::translate("AgencyScope", "checking the department tree"));
    q.bind(QStringLiteral(":id"), departmentId).bind(QStringLiteral(":root"), root);
    return q.scalar(0).toInt() > 0;
}

void AgencyScope::restrict(SqlWhere &where, const QString &departmentColumn) const
{
    if (isRegion())
        return;
    const QString name = freshBind(where);
    where.add(departmentColumn + QStringLiteral(" IN (") + subtreeSelect(name) + QLatin1Char(')'),
              name, m_root);
}

void AgencyScope::restrictOrPlatform(SqlWhere &where, const QString &departmentColumn,
                                     const QString &platformCondition) const
{
    if (isRegion())
        return;
    const QString name = freshBind(where);
    where.add(departmentColumn + QStringLiteral(" IN (") + subtreeSelect(name)
                  + QStringLiteral(") OR ") + platformCondition,
              name, m_root);
}

QString AgencyScope::platformVehicle(const QString &alias)
{
    return alias + QStringLiteral(".category = 'general'");
}

QString AgencyScope::platformDriver(const QString &alias)
{
    // The bureau's own subtree (its root is the one department of kind 'bureau'), or no
    // department at all: the region's pool.
    return QStringLiteral("(") + alias + QStringLiteral(".department_id IS NULL OR ") + alias
        + QStringLiteral(".department_id IN (WITH RECURSIVE bureau_tree(id) AS (SELECT id FROM "
                         "departments WHERE kind = 'bureau' UNION ALL SELECT bd.id FROM "
                         "departments bd JOIN bureau_tree bt ON bd.parent_id = bt.id) "
                         "SELECT id FROM bureau_tree))");
}

} // namespace ga

#include "org/ScopeGuard.h"

#include "core/Error.h"
#include "core/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace ga {

ScopeGuard::ScopeGuard(Database &db, const Session &session, AuditLog &audit)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
{
}

AgencyScope ScopeGuard::scope() const
{
    return AgencyScope::of(m_session.user());
}

bool ScopeGuard::covers(qint64 departmentId) const
{
    const AgencyScope s = scope();
    if (s.isRegion())
        return true;
    if (departmentId <= 0)
        return false;
    return AgencyScope::subtreeContains(m_db, s.root(), departmentId);
}

void ScopeGuard::require(qint64 departmentId, const QString &action, const QString &entity,
                         qint64 entityId) const
{
    if (!covers(departmentId))
        refuse(departmentId, action, entity, entityId);
}

void ScopeGuard::refuse(qint64 departmentId, const QString &action, const QString &entity,
                        qint64 entityId) const
{
    const qint64 root = scope().root();
    {
        Transaction tx(m_db);
        m_audit.record(QStringLiteral("refused"), entity, entityId, {},
                       QJsonObject {{QStringLiteral("action"), action},
                                    {QStringLiteral("department_id"), departmentId},
                                    {QStringLiteral("scope_department_id"), root},
                                    {QStringLiteral("reason"), QStringLiteral("outside scope")}});
        tx.commit();
    }
    const QString owner
        = departmentId > 0 ? departmentName(departmentId) : tr("the region as a whole (no agency)");
    throw PermissionError(tr("This record belongs to %1, outside your scope (%2): you may change "
                             "only the records of your own agency.")
                              .arg(owner, departmentName(root)));
}

QString ScopeGuard::departmentName(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT name FROM departments WHERE id = :id"),
            tr("loading a department"));
    q.bind(QStringLiteral(":id"), id);
    const QString name = q.scalar().toString();
    return name.isEmpty() ? tr("department %1").arg(id) : name;
}

} // namespace ga

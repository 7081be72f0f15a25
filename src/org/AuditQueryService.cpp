#include "org/AuditQueryService.h"

#include "core/Session.h"
#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QDateTime>
#include <QTime>

namespace ga {

AuditQueryService::AuditQueryService(Database &db, Session &session)
    : m_db(db)
    , m_session(session)
{}

qint64 AuditQueryService::startOfLocalDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toSecsSinceEpoch();
}

QString AuditQueryService::whereClause(const AuditFilter &filter) const
{
    QStringList conditions;
    if (!filter.username.isEmpty())
        conditions << QStringLiteral("username = :username");
    if (!filter.entity.isEmpty())
        conditions << QStringLiteral("entity = :entity");
    if (!filter.action.isEmpty())
        conditions << QStringLiteral("action = :action");
    if (filter.from.isValid())
        conditions << QStringLiteral("at >= :from");
    if (filter.to.isValid())
        conditions << QStringLiteral("at < :to");
    // An agency scope reads what its own users did (users whose scope lies in the subtree).
    if (m_session.user().scopeDepartmentId > 0)
        conditions << QStringLiteral("user_id IN (SELECT su.id FROM users su WHERE "
                                     "su.scope_department_id IN (%1))")
                          .arg(AgencyScope::subtreeSelect(QStringLiteral(":scope_root")));
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void AuditQueryService::bindFilter(Query &q, const AuditFilter &filter) const
{
    if (!filter.username.isEmpty())
        q.bind(QStringLiteral(":username"), filter.username);
    if (!filter.entity.isEmpty())
        q.bind(QStringLiteral(":entity"), filter.entity);
    if (!filter.action.isEmpty())
        q.bind(QStringLiteral(":action"), filter.action);
    if (filter.from.isValid())
        q.bind(QStringLiteral(":from"), startOfLocalDay(filter.from));
    if (filter.to.isValid())
        q.bind(QStringLiteral(":to"), startOfLocalDay(filter.to.addDays(1)));
    if (m_session.user().scopeDepartmentId > 0)
        q.bind(QStringLiteral(":scope_root"), m_session.user().scopeDepartmentId);
}

QList<AuditEntry> AuditQueryService::list(const AuditFilter &filter, int offset, int limit) const
{
    m_session.require(Permission::ViewAudit);
    Query q(m_db,
            QStringLiteral("SELECT id, at, user_id, username, action, entity, entity_id, "
                           "before_json, after_json FROM audit_log")
                + whereClause(filter)
                + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset"),
            tr("reading the audit log"));
    bindFilter(q, filter);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    QList<AuditEntry> rows;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.userId = q.value(2).toLongLong();
        e.username = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toLongLong();
        e.beforeJson = q.value(7).toString();
        e.afterJson = q.value(8).toString();
        rows << e;
    }
    return rows;
}

int AuditQueryService::count(const AuditFilter &filter) const
{
    m_session.require(Permission::ViewAudit);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM audit_log") + whereClause(filter),
            tr("counting audit log rows"));
    bindFilter(q, filter);
    return q.scalar(0).toInt();
}

QStringList AuditQueryService::distinct(const QString &column, const QString &context) const
{
    m_session.require(Permission::ViewAudit);
    // A skip-scan over the column's index: one index seek per distinct value, so the combos
    // fill at once even over millions of rows.
    Query q(m_db,
            QStringLiteral("WITH RECURSIVE v(x) AS ("
                           "SELECT min(%1) FROM audit_log "
                           "UNION ALL SELECT (SELECT min(%1) FROM audit_log WHERE %1 > v.x) "
                           "FROM v WHERE v.x IS NOT NULL) "
                           "SELECT x FROM v WHERE x IS NOT NULL")
                .arg(column),
            context);
    q.exec();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QStringList AuditQueryService::usernames() const
{
    return distinct(QStringLiteral("username"), tr("listing the users of the audit log"));
}

QStringList AuditQueryService::entities() const
{
    return distinct(QStringLiteral("entity"), tr("listing the entities of the audit log"));
}

QStringList AuditQueryService::actions() const
{
    m_session.require(Permission::ViewAudit);
    // No index on action, so one plain pass (a skip-scan would rescan per value).
    Query q(m_db, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"),
            tr("listing the actions of the audit log"));
    q.exec();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace ga

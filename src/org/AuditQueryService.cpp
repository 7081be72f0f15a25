#include "org/AuditQueryService.h"

#include "core/Session.h"
#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Keyset.h"
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

namespace {

// Newest first: (at, id) on audit_at, or on audit_user / audit_entity_at / audit_action_at when
// the filter names a user, an entity or an action (schema 4).
const Keyset kAuditKey({QStringLiteral("at"), QStringLiteral("id")}, Keyset::Direction::Descending);

const QString kAuditSelect = QStringLiteral(
    "SELECT id, at, user_id, username, action, entity, entity_id, before_json, after_json%1 "
    "FROM audit_log");

} // namespace

SqlWhere AuditQueryService::whereOf(const AuditFilter &filter) const
{
    SqlWhere w;
    if (!filter.username.isEmpty())
        w.add(QStringLiteral("username = :username"), QStringLiteral(":username"), filter.username);
    if (!filter.entity.isEmpty())
        w.add(QStringLiteral("entity = :entity"), QStringLiteral(":entity"), filter.entity);
    if (!filter.action.isEmpty())
        w.add(QStringLiteral("action = :action"), QStringLiteral(":action"), filter.action);
    if (filter.from.isValid())
        w.add(QStringLiteral("at >= :from"), QStringLiteral(":from"), startOfLocalDay(filter.from));
    if (filter.to.isValid())
        w.add(QStringLiteral("at < :to"), QStringLiteral(":to"),
              startOfLocalDay(filter.to.addDays(1)));
    // An agency scope reads what its own users did (users whose scope lies in the subtree).
    if (const qint64 root = m_session.user().scopeDepartmentId; root > 0)
        w.add(QStringLiteral("user_id IN (SELECT su.id FROM users su WHERE "
                             "su.scope_department_id IN (%1))")
                  .arg(AgencyScope::subtreeSelect(QStringLiteral(":scope_root"))),
              QStringLiteral(":scope_root"), root);
    return w;
}

QList<AuditEntry> AuditQueryService::rows(const SqlWhere &where, const QString &orderBy, int limit,
                                          int offset) const
{
    QList<AuditEntry> rows;
    if (limit <= 0)
        return rows;
    Query q(m_db,
            kAuditSelect.arg(kAuditKey.selectList()) + where.sql() + orderBy
                + (offset > 0 ? QStringLiteral(" LIMIT :limit OFFSET :offset")
                              : QStringLiteral(" LIMIT :limit")),
            tr("reading the audit log"));
    where.bindTo(q);
    q.bind(QStringLiteral(":limit"), limit);
    if (offset > 0)
        q.bind(QStringLiteral(":offset"), offset);
    q.exec();
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
        e.key = kAuditKey.cursorAt(q, 9);
        rows << e;
    }
    return rows;
}

QList<AuditEntry> AuditQueryService::list(const AuditFilter &filter, int offset, int limit) const
{
    m_session.require(Permission::ViewAudit);
    return rows(whereOf(filter), kAuditKey.orderBy(), limit, qMax(0, offset));
}

QList<AuditEntry> AuditQueryService::pageAfter(const AuditFilter &filter, const KeysetCursor &after,
                                               int limit) const
{
    m_session.require(Permission::ViewAudit);
    return kAuditKey.page(
        whereOf(filter), after, limit,
        [&](const SqlWhere &w, const QString &orderBy, int n) { return rows(w, orderBy, n, 0); });
}

int AuditQueryService::count(const AuditFilter &filter) const
{
    m_session.require(Permission::ViewAudit);
    const SqlWhere w = whereOf(filter);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM audit_log") + w.sql(),
            tr("counting audit log rows"));
    w.bindTo(q);
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
    const qint64 root = m_session.user().scopeDepartmentId;
    if (root <= 0)
        return distinct(QStringLiteral("username"), tr("listing the users of the audit log"));
    // An agency's log holds its own users' rows only (whereOf): offer just their names.
    m_session.require(Permission::ViewAudit);
    Query q(m_db,
            QStringLiteral("SELECT username FROM users WHERE scope_department_id IN (%1) "
                           "ORDER BY username")
                .arg(AgencyScope::subtreeSelect(QStringLiteral(":scope_root"))),
            tr("listing the users of the audit log"));
    q.bind(QStringLiteral(":scope_root"), root).exec();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList AuditQueryService::entities() const
{
    return distinct(QStringLiteral("entity"), tr("listing the entities of the audit log"));
}

QStringList AuditQueryService::actions() const
{
    m_session.require(Permission::ViewAudit);
    // One plain pass: few distinct actions.
    Query q(m_db, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"),
            tr("listing the actions of the audit log"));
    q.exec();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace ga

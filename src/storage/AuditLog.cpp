#include "storage/AuditLog.h"

#include "core/Clock.h"
#include "core/Json.h"
#include "core/Session.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace ga {

AuditLog::AuditLog(Database &db, const Session &session, const Clock &clock)
    : m_db(db)
    , m_session(session)
    , m_clock(clock)
{}

void AuditLog::record(const QString &action, const QString &entity, qint64 entityId,
                      const QJsonObject &before, const QJsonObject &after)
{
    const UserContext &user = m_session.user();
    recordAs(user.id, user.username, action, entity, entityId, before, after);
}

void AuditLog::recordAs(qint64 userId, const QString &username, const QString &action,
                        const QString &entity, qint64 entityId, const QJsonObject &before,
                        const QJsonObject &after)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, "
                           "before_json, after_json) VALUES (:at, :user_id, :username, :action, "
                           ":entity, :entity_id, :before, :after)"),
            tr("writing the audit log"));
    q.bind(QStringLiteral(":at"), m_clock.nowSecs())
        .bindOptionalId(QStringLiteral(":user_id"), userId)
        .bind(QStringLiteral(":username"), username.isEmpty() ? QStringLiteral("system") : username)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":entity_id"), entityId)
        .bindOptional(QStringLiteral(":before"), toCompactJson(before))
        .bindOptional(QStringLiteral(":after"), toCompactJson(after))
        .exec();
}

} // namespace ga

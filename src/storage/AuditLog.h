#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ga {

class Clock;
class Database;
class Session;

// Appends rows to the append-only audit table: who, when, action, entity, id, before/after
// as JSON. Services call record() inside the same Transaction as the write it describes, so
// the row and the change land together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(Database &db, const Session &session, const Clock &clock);

    // action: "create", "update", "retire", "delete", "login", "approve", … (lower-case verbs);
    // entity: table-like name, "department", "vehicle", …
    void record(const QString &action, const QString &entity, qint64 entityId,
                const QJsonObject &before = {}, const QJsonObject &after = {});
    // Like record(), but names the actor explicitly (id 0 for none): a failed login, where the
    // session holds nobody yet.
    void recordAs(qint64 userId, const QString &username, const QString &action,
                  const QString &entity, qint64 entityId, const QJsonObject &before = {},
                  const QJsonObject &after = {});

private:
    Database &m_db;
    const Session &m_session;
    const Clock &m_clock;
};

} // namespace ga

#include "org/UserRepository.h"

#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

namespace ga {

namespace {

void bind(const User &u, Query &q)
{
    q.bind(QStringLiteral(":username"), u.username)
        .bind(QStringLiteral(":display_name"), u.displayName)
        .bind(QStringLiteral(":role"), roleKey(u.role))
        .bind(QStringLiteral(":modules"),
              u.role == Role::Clerk ? modulesToKeys(u.modules) : QStringLiteral(""))
        .bindOptionalId(QStringLiteral(":department_id"), u.departmentId)
        .bindOptionalId(QStringLiteral(":scope_department_id"), u.scopeDepartmentId)
        .bind(QStringLiteral(":active"), u.active ? 1 : 0)
        .bind(QStringLiteral(":locked"), u.locked ? 1 : 0);
}

QString selectFrom()
{
    return QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, u.modules, "
                          "u.department_id, coalesce(d.name, ''), u.active, u.created_at, "
                          "u.last_login_at, u.scope_department_id, coalesce(sd.name, ''), u.locked "
                          "FROM users u "
                          "LEFT JOIN departments d ON d.id = u.department_id "
                          "LEFT JOIN departments sd ON sd.id = u.scope_department_id ");
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{}

User UserRepository::fromRow(const Query &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Staff);
    u.modules = modulesFromKeys(q.value(4).toString());
    u.departmentId = q.value(5).toLongLong();
    u.departmentName = q.value(6).toString();
    u.active = q.value(7).toInt() != 0;
    u.createdAt = q.value(8).toLongLong();
    u.lastLoginAt = q.value(9).toLongLong();
    u.scopeDepartmentId = q.value(10).toLongLong();
    u.scopeName = q.value(11).toString();
    u.locked = q.value(12).toInt() != 0;
    return u;
}

int UserRepository::count() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM users"), tr("counting users"));
    return q.scalar(0).toInt();
}

int UserRepository::countActiveAdminsExcept(qint64 userId) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 "
                           "AND locked = 0 AND id <> :id"),
            tr("counting administrators"));
    q.bind(QStringLiteral(":id"), userId);
    return q.scalar(0).toInt();
}

std::optional<User> UserRepository::find(qint64 id) const
{
    Query q(m_db, selectFrom() + QStringLiteral("WHERE u.id = :id"), tr("loading a user"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<User> UserRepository::findByUsername(const QString &username) const
{
    Query q(m_db, selectFrom() + QStringLiteral("WHERE u.username = :username"),
            tr("looking up a user name"));
    q.bind(QStringLiteral(":username"), username).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QString UserRepository::passwordHash(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = :id"),
            tr("checking a password"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar().toString();
}

QList<User> UserRepository::list(qint64 scopeRoot) const
{
    SqlWhere w;
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("u.scope_department_id"));
    Query q(m_db, selectFrom() + w.sql() + QStringLiteral(" ORDER BY u.username"),
            tr("listing users"));
    w.bindTo(q);
    q.exec();
    QList<User> result;
    while (q.next())
        result << fromRow(q);
    return result;
}

qint64 UserRepository::insert(const User &user, const QString &passwordHash)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO users (username, display_name, password_hash, role, modules, "
                           "department_id, scope_department_id, active, locked, created_at) VALUES (:username, "
                           ":display_name, :password_hash, :role, :modules, :department_id, "
                           ":scope_department_id, :active, :locked, :created_at)"),
            tr("saving a new user"));
    bind(user, q);
    q.bind(QStringLiteral(":password_hash"), passwordHash)
        .bind(QStringLiteral(":created_at"), user.createdAt)
        .exec();
    return q.lastInsertId();
}

void UserRepository::update(const User &user)
{
    Query q(m_db,
            QStringLiteral("UPDATE users SET username = :username, display_name = :display_name, "
                           "role = :role, modules = :modules, department_id = :department_id, "
                           "scope_department_id = :scope_department_id, active = :active, "
                           "locked = :locked WHERE id = :id"),
            tr("saving a user"));
    bind(user, q);
    q.bind(QStringLiteral(":id"), user.id).exec();
}

void UserRepository::setPasswordHash(qint64 id, const QString &passwordHash)
{
    Query q(m_db, QStringLiteral("UPDATE users SET password_hash = :hash WHERE id = :id"),
            tr("saving a password"));
    q.bind(QStringLiteral(":hash"), passwordHash).bind(QStringLiteral(":id"), id).exec();
}

void UserRepository::setLastLogin(qint64 id, qint64 utcSecs)
{
    Query q(m_db, QStringLiteral("UPDATE users SET last_login_at = :at WHERE id = :id"),
            tr("recording a login"));
    q.bind(QStringLiteral(":at"), utcSecs).bind(QStringLiteral(":id"), id).exec();
}

QList<DepartmentChoice> UserRepository::activeDepartments() const
{
    Query q(m_db,
            QStringLiteral("SELECT id, name FROM departments WHERE status = 'active' "
                           "ORDER BY name"),
            tr("listing departments"));
    q.exec();
    QList<DepartmentChoice> result;
    while (q.next())
        result << DepartmentChoice{q.value(0).toLongLong(), q.value(1).toString()};
    return result;
}

QList<DepartmentChoice> UserRepository::agencies(qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("status = 'active' AND kind = 'agency'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("id"));
    Query q(m_db, QStringLiteral("SELECT id, name FROM departments") + w.sql()
                      + QStringLiteral(" ORDER BY name"),
            tr("listing agencies"));
    w.bindTo(q);
    q.exec();
    QList<DepartmentChoice> result;
    while (q.next())
        result << DepartmentChoice{q.value(0).toLongLong(), q.value(1).toString()};
    return result;
}

bool UserRepository::isInSubtree(qint64 rootId, qint64 departmentId) const
{
    return AgencyScope::subtreeContains(m_db, rootId, departmentId);
}

bool UserRepository::isActiveAgency(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM departments WHERE id = :id AND kind = 'agency' "
                           "AND status = 'active'"),
            tr("checking an agency"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar(0).toInt() > 0;
}

bool UserRepository::departmentExists(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM departments WHERE id = :id"),
            tr("checking a department"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar(0).toInt() > 0;
}

} // namespace ga

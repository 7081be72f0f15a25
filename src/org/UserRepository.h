#pragma once

#include "org/User.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ga {

class Database;
class Query;

// SQL for the `users` table, and nothing else: no permission checks, no audit.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    explicit UserRepository(Database &db);

    int count() const;
    int countActiveAdminsExcept(qint64 userId) const;
    std::optional<User> find(qint64 id) const;
    std::optional<User> findByUsername(const QString &username) const;
    QString passwordHash(qint64 id) const;
    QList<User> list(qint64 scopeRoot = 0) const;   // users whose scope lies in the subtree              // by username; the table is small

    qint64 insert(const User &user, const QString &passwordHash);
    void update(const User &user);
    void setPasswordHash(qint64 id, const QString &passwordHash);
    void setLastLogin(qint64 id, qint64 utcSecs);

    QList<DepartmentChoice> activeDepartments() const;
    QList<DepartmentChoice> agencies(qint64 scopeRoot = 0) const;  // active agencies, by name
    bool isActiveAgency(qint64 id) const;
    bool isInSubtree(qint64 rootId, qint64 departmentId) const;
    bool departmentExists(qint64 id) const;

private:
    static User fromRow(const Query &q);

    Database &m_db;
};

} // namespace ga

#pragma once

#include "core/Permissions.h"

#include <QSet>
#include <QString>

namespace ga {

// Who is acting. id 0 with role Admin is the system itself (migrations, the generator).
struct UserContext
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Staff;
    QSet<Module> modules;          // clerks: the modules they may edit
    qint64 departmentId = 0;       // staff: the department they request vehicles for
    // What the user sees and changes: 0 for the whole region (bureau staff), else the root of
    // one agency's department subtree (see org/AgencyScope.h).
    qint64 scopeDepartmentId = 0;

    bool can(Permission p) const { return roleAllows(role, modules, p); }
    static UserContext system();
};

// The logged-in user, shared by every service of one program run.
class Session
{
public:
    const UserContext &user() const { return m_user; }
    void setUser(const UserContext &user) { m_user = user; }
    bool isLoggedIn() const { return !m_user.username.isEmpty(); }

    bool can(Permission p) const { return m_user.can(p); }
    // Throws PermissionError naming the permission when the user lacks it.
    void require(Permission p) const;

private:
    UserContext m_user;
};

} // namespace ga

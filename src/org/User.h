#pragma once

#include "core/Permissions.h"

#include <QSet>
#include <QString>

namespace ga {

// One row of `users`, without its password hash (the hash never leaves the repository and the
// service's verification).
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Staff;
    QSet<Module> modules;          // meaningful for clerks only
    qint64 departmentId = 0;       // 0: none
    QString departmentName;        // read-only, filled by listing queries
    qint64 scopeDepartmentId = 0;  // 0: the whole region; else the agency subtree's root
    QString scopeName;             // read-only, filled by listing queries
    bool active = true;
    bool locked = false;           // an administrator has locked it: no login until unlocked
    qint64 createdAt = 0;          // UTC seconds
    qint64 lastLoginAt = 0;        // UTC seconds, 0: never
};

// A department to choose from when assigning a user.
struct DepartmentChoice
{
    qint64 id = 0;
    QString name;
};

} // namespace ga

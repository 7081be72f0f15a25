#include "core/Session.h"

#include "core/Error.h"

#include <QCoreApplication>

namespace ga {

UserContext UserContext::system()
{
    UserContext u;
    u.id = 0;
    u.username = QStringLiteral("system");
    u.displayName = QStringLiteral("system");
    u.role = Role::Admin;
    return u;
}

void Session::require(Permission p) const
{
    if (!can(p))
        throw PermissionError(
            QCoreApplication::translate("Session", "You are not allowed to %1 (role: %2).")
                .arg(permissionDisplayName(p), roleDisplayName(m_user.role)));
}

} // namespace ga

#pragma once

#include "org/User.h"
#include "org/UserService.h"
#include "support/TempDatabase.h"

#include <QList>

#include <memory>

namespace ga::test {

// Makes failed logins instant in tests and records the delays asked for.
inline std::shared_ptr<QList<int>> recordDelays(TempDatabase &t)
{
    auto delays = std::make_shared<QList<int>>();
    t.services().users().setFailedLoginDelay([delays](int ms) { delays->append(ms); });
    return delays;
}

inline User makeUser(const QString &username, Role role = Role::Clerk,
                     const QSet<Module> &modules = {Module::Vehicles})
{
    User u;
    u.username = username;
    u.displayName = QStringLiteral("Name of ") + username;
    u.role = role;
    u.modules = modules;
    return u;
}

// Creates a user as the system user (an admin) and returns its id; the session is unchanged.
inline qint64 addUser(TempDatabase &t, const QString &username, Role role,
                      const QString &password = QStringLiteral("secret-pass-1"))
{
    const UserContext previous = t.session().user();
    t.session().setUser(UserContext::system());
    const qint64 id = t.services().users().createUser(makeUser(username, role), password);
    t.session().setUser(previous);
    return id;
}

} // namespace ga::test

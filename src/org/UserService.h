#pragma once

#include "core/Session.h"
#include "org/User.h"
#include "org/ScopeGuard.h"
#include "org/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace ga {

class AuditLog;
class Clock;
class Database;
class SettingsService;

// User accounts, passwords and login. Every write needs Permission::ManageUsers (except
// changeOwnPassword) and is audited without password hashes; logins, successful or not, are
// audited too.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    // Called with a number of milliseconds after a failed login, to slow down guessing.
    using Delay = std::function<void(int ms)>;
    static constexpr int FailedLoginDelayMs = 800;
    static constexpr int MaxFailedLoginDelayMs = 30000;
    // The password of the generated demo users: refused for every account the program makes.
    static constexpr const char *DemoPassword = "demo1234";
    // The pause after the n-th failed login in a row for one user name in this program run:
    // 0.8 s, doubling each time, at most 30 s.
    static int failedLoginDelayMs(int failures);

    UserService(Database &db, Session &session, AuditLog &audit, const Clock &clock,
                SettingsService &settings);

    // Replaces the pause after a failed login (tests pass a function that only records it).
    void setFailedLoginDelay(Delay delay) { m_delay = std::move(delay); }

    bool hasUsers() const;

    // First start: creates the first administrator and stores the bureau's name, in one
    // transaction, then logs the new administrator in. Refused once any user exists.
    UserContext createFirstAdmin(const QString &username, const QString &displayName,
                                 const QString &password, const QString &bureauName);

    // Checks the password and, on success, makes the user the session's user, records the
    // login time and audits it. Throws ValidationError with the same message for an unknown
    // user and a wrong password (after a delay that grows with each failure for that user name,
    // see failedLoginDelayMs()), PermissionError for a deactivated or locked user. Every
    // failure is audited.
    UserContext login(const QString &username, const QString &password);

    QList<User> listUsers() const;
    User user(qint64 id) const;                        // NotFoundError
    QList<DepartmentChoice> departments() const;       // active departments, by name
    // The agencies a user's scope can be set to (within the acting admin's own scope), by name.
    QList<DepartmentChoice> scopeChoices() const;

    // Returns the new user's id.
    qint64 createUser(const User &user, const QString &password);
    // Saves display name, role, modules, department and active (the user name is fixed).
    void updateUser(const User &user);
    void setActive(qint64 userId, bool active);
    // Locks or unlocks an account (the last unlocked administrator cannot be locked).
    void setLocked(qint64 userId, bool locked);
    void resetPassword(qint64 userId, const QString &newPassword);
    // Any logged-in user, for their own account; the old password is required.
    void changeOwnPassword(const QString &oldPassword, const QString &newPassword);

    // Rules, also used by dialogs to check input as it is typed. Each returns an empty string
    // when the value is acceptable, or the reason (translated) when it is not.
    static QString usernameProblem(const QString &username);
    static QString passwordProblem(const QString &password, const QString &username);
    static int minimumPasswordLength() { return 8; }

private:
    // Refuses (and audits) managing a user whose scope lies outside the acting admin's.
    void requireScopeAllowed(const User &user, const QString &action) const;
    void validate(const User &user) const;
    void checkAdminsRemain(const User &before, const User &after) const;
    void save(const User &before, const User &after, const QString &action);
    static UserContext contextOf(const User &user);
    static QJsonObject toJson(const User &user);
    static QString wrongCredentials();

    Database &m_db;
    Session &m_session;
    AuditLog &m_audit;
    const Clock &m_clock;
    SettingsService &m_settings;
    UserRepository m_repo;
    ScopeGuard m_scope;
    Delay m_delay;
    QHash<QString, int> m_failures; // failed logins in a row per user name, this program run
};

} // namespace ga

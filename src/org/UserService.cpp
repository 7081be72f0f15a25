#include "org/UserService.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "org/AgencyScope.h"
#include "org/PasswordHasher.h"
#include "org/SettingsService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

namespace ga {

namespace {

const QString kEntity = QStringLiteral("user");

// A hash to verify against when the user name is unknown, so that an unknown name takes as long
// as a wrong password and the two cannot be told apart by timing.
const QString &timingHash()
{
    static const QString hash = hashPassword(QStringLiteral("govassets timing equaliser"));
    return hash;
}

} // namespace

UserService::UserService(Database &db, Session &session, AuditLog &audit, const Clock &clock,
                         SettingsService &settings)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_clock(clock)
    , m_settings(settings)
    , m_repo(db)
    , m_scope(db, session, audit)
    , m_delay([](int ms) { QThread::msleep(static_cast<unsigned long>(ms)); })
{}

QString UserService::wrongCredentials()
{
    return tr("Wrong user name or password.");
}

QString UserService::usernameProblem(const QString &username)
{
    if (username.isEmpty())
        return tr("Enter a user name.");
    if (username.size() < 3 || username.size() > 32)
        return tr("A user name has 3 to 32 characters.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!allowed.match(username).hasMatch())
        return tr("A user name may contain only the letters A-Z and a-z, digits, and . _ -");
    return {};
}

QString UserService::passwordProblem(const QString &password, const QString &username)
{
    if (password.size() < minimumPasswordLength())
        return tr("A password has at least %1 characters.").arg(minimumPasswordLength());
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        return tr("The password may not be the user name.");
    if (!username.isEmpty() && username.size() >= 3
        && password.contains(username, Qt::CaseInsensitive))
        return tr("The password may not contain the user name.");
    if (password == QLatin1String(DemoPassword))
        return tr("That is the demo users' password: choose another.");
    // Two kinds of characters at least (letters, digits, anything else), and not one character
    // repeated or a plain run such as 12345678 or abcdefgh.
    int kinds = 0;
    bool letter = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLetter())
            letter = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    kinds = int(letter) + int(digit) + int(other);
    bool run = true;
    bool same = true;
    for (qsizetype i = 1; i < password.size(); ++i) {
        const int step = password.at(i).unicode() - password.at(i - 1).unicode();
        run = run && (step == 1 || step == -1);
        same = same && step == 0;
    }
    if (kinds < 2 || run || same)
        return tr("A password mixes at least two kinds of characters (letters, digits, other "
                  "signs) and is not a plain run such as 12345678.");
    return {};
}

int UserService::failedLoginDelayMs(int failures)
{
    if (failures <= 0)
        return 0;
    qint64 ms = FailedLoginDelayMs;
    for (int i = 1; i < failures && ms < MaxFailedLoginDelayMs; ++i)
        ms *= 2;
    return int(std::min<qint64>(ms, MaxFailedLoginDelayMs));
}

UserContext UserService::contextOf(const User &user)
{
    UserContext c;
    c.id = user.id;
    c.username = user.username;
    c.displayName = user.displayName;
    c.role = user.role;
    c.modules = user.role == Role::Clerk ? user.modules : QSet<Module>{};
    c.departmentId = user.departmentId;
    c.scopeDepartmentId = user.scopeDepartmentId;
    return c;
}

QJsonObject UserService::toJson(const User &user)
{
    // Never the password hash.
    return QJsonObject{
        {QStringLiteral("username"), user.username},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("role"), roleKey(user.role)},
        {QStringLiteral("modules"), user.role == Role::Clerk ? modulesToKeys(user.modules) : QString()},
        {QStringLiteral("department_id"), user.departmentId},
        {QStringLiteral("scope_department_id"), user.scopeDepartmentId},
        {QStringLiteral("active"), user.active},
        {QStringLiteral("locked"), user.locked},
    };
}

bool UserService::hasUsers() const
{
    return m_repo.count() > 0;
}

void UserService::validate(const User &user) const
{
    if (const QString p = usernameProblem(user.username); !p.isEmpty())
        throw ValidationError(p);
    const QString display = user.displayName.trimmed();
    if (display.isEmpty())
        throw ValidationError(tr("Enter the user's full name."));
    if (display.size() > 64)
        throw ValidationError(tr("A full name has at most 64 characters."));
    if (user.departmentId > 0 && !m_repo.departmentExists(user.departmentId))
        throw ValidationError(tr("The chosen department does not exist."));
    if (user.scopeDepartmentId > 0) {
        if (!m_repo.isActiveAgency(user.scopeDepartmentId))
            throw ValidationError(tr("A user's scope is the whole region or one active agency."));
        if (user.departmentId > 0 && !m_repo.isInSubtree(user.scopeDepartmentId, user.departmentId))
            throw ValidationError(tr("The user's department lies outside their agency scope."));
    }
}

void UserService::requireScopeAllowed(const User &user, const QString &action) const
{
    // An agency's administrator manages the users of that agency only, and cannot widen a
    // user's scope beyond their own.
    m_scope.require(user.scopeDepartmentId, action, kEntity, user.id);
}

void UserService::checkAdminsRemain(const User &before, const User &after) const
{
    const bool wasActiveAdmin = before.role == Role::Admin && before.active && !before.locked;
    const bool isActiveAdmin = after.role == Role::Admin && after.active && !after.locked;
    if (wasActiveAdmin && !isActiveAdmin && m_repo.countActiveAdminsExcept(before.id) == 0)
        throw ConflictError(tr("\"%1\" is the last active administrator: make another user an "
                               "administrator first.")
                                .arg(before.username));
}

UserContext UserService::createFirstAdmin(const QString &username, const QString &displayName,
                                          const QString &password, const QString &bureauName)
{
    User admin;
    admin.username = username.trimmed();
    admin.displayName = displayName.trimmed();
    admin.role = Role::Admin;
    admin.active = true;
    admin.createdAt = m_clock.nowSecs();
    validate(admin);
    if (const QString p = passwordProblem(password, admin.username); !p.isEmpty())
        throw ValidationError(p);
    const QString bureau = bureauName.trimmed();
    if (bureau.isEmpty())
        throw ValidationError(tr("Enter the bureau's name."));
    if (hasUsers())
        throw ConflictError(tr("The first administrator has already been created: log in instead."));

    const QString hash = hashPassword(password);
    const UserContext previous = m_session.user();
    try {
        Transaction tx(m_db);
        if (m_repo.count() > 0)
            throw ConflictError(
                tr("The first administrator has already been created: log in instead."));
        admin.id = m_repo.insert(admin, hash);
        admin.lastLoginAt = admin.createdAt;
        m_repo.setLastLogin(admin.id, admin.lastLoginAt);
        const UserContext ctx = contextOf(admin);
        m_session.setUser(ctx); // the audit rows name the new administrator
        const QString oldBureau = m_settings.value(QString::fromLatin1(SettingsService::BureauName));
        m_settings.setValueUnchecked(QString::fromLatin1(SettingsService::BureauName), bureau);
        m_audit.record(QStringLiteral("create"), kEntity, admin.id, {}, toJson(admin));
        m_audit.record(QStringLiteral("update"), QStringLiteral("setting"), 0,
                       QJsonObject{{QStringLiteral("key"), QLatin1String(SettingsService::BureauName)},
                                   {QStringLiteral("value"), oldBureau}},
                       QJsonObject{{QStringLiteral("key"), QLatin1String(SettingsService::BureauName)},
                                   {QStringLiteral("value"), bureau}});
        m_audit.record(QStringLiteral("login"), kEntity, admin.id);
        tx.commit();
        return ctx;
    } catch (...) {
        m_session.setUser(previous);
        throw;
    }
}

UserContext UserService::login(const QString &username, const QString &password)
{
    const QString name = username.trimmed();
    const std::optional<User> found = name.isEmpty() ? std::nullopt : m_repo.findByUsername(name);
    // Each failure in a row for one name waits twice as long as the one before (to 30 s).
    const auto failed = [&](qint64 id, const QString &shown, const QString &reason) {
        const int failures = ++m_failures[name.toLower()];
        const int delay = failedLoginDelayMs(failures);
        m_audit.recordAs(id, shown, QStringLiteral("login_failed"), kEntity, id, {},
                         QJsonObject{{QStringLiteral("reason"), reason},
                                     {QStringLiteral("failures_in_a_row"), failures},
                                     {QStringLiteral("delay_ms"), delay}});
        m_delay(delay);
        throw ValidationError(wrongCredentials());
    };
    if (!found) {
        verifyPassword(timingHash(), password);
        // Whatever was typed is kept only if it could be a user name (not a mistyped password).
        const QString shown = usernameProblem(name).isEmpty() ? name : QStringLiteral("(invalid)");
        failed(0, shown, QStringLiteral("unknown user"));
    }
    if (!verifyPassword(m_repo.passwordHash(found->id), password))
        failed(found->id, found->username, QStringLiteral("wrong password"));
    if (found->locked) {
        m_audit.recordAs(found->id, found->username, QStringLiteral("login_failed"), kEntity,
                         found->id, {},
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("locked")}});
        throw PermissionError(
            tr("The account \"%1\" is locked. Ask an administrator to unlock it.")
                .arg(found->username));
    }
    if (!found->active) {
        m_audit.recordAs(found->id, found->username, QStringLiteral("login_failed"), kEntity,
                         found->id, {},
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("deactivated")}});
        throw PermissionError(
            tr("The account \"%1\" has been deactivated. Ask an administrator.").arg(found->username));
    }

    m_failures.remove(name.toLower());
    const UserContext previous = m_session.user();
    const UserContext ctx = contextOf(*found);
    try {
        Transaction tx(m_db);
        m_repo.setLastLogin(found->id, m_clock.nowSecs());
        m_session.setUser(ctx);
        m_audit.record(QStringLiteral("login"), kEntity, found->id);
        tx.commit();
    } catch (...) {
        m_session.setUser(previous);
        throw;
    }
    return ctx;
}

QList<User> UserService::listUsers() const
{
    return m_repo.list(m_session.user().scopeDepartmentId);
}

QList<DepartmentChoice> UserService::scopeChoices() const
{
    return m_repo.agencies(m_session.user().scopeDepartmentId);
}

User UserService::user(qint64 id) const
{
    std::optional<User> u = m_repo.find(id);
    if (!u)
        throw NotFoundError(tr("The user no longer exists."));
    return *u;
}

QList<DepartmentChoice> UserService::departments() const
{
    return m_repo.activeDepartments();
}

qint64 UserService::createUser(const User &user, const QString &password)
{
    m_session.require(Permission::ManageUsers);
    User u = user;
    u.id = 0;
    u.username = u.username.trimmed();
    u.displayName = u.displayName.trimmed();
    if (u.role != Role::Clerk)
        u.modules.clear();
    u.createdAt = m_clock.nowSecs();
    u.lastLoginAt = 0;
    validate(u);
    requireScopeAllowed(u, QStringLiteral("create"));
    if (const QString p = passwordProblem(password, u.username); !p.isEmpty())
        throw ValidationError(p);
    if (m_repo.findByUsername(u.username))
        throw ConflictError(tr("The user name \"%1\" is already taken.").arg(u.username));

    const QString hash = hashPassword(password);
    Transaction tx(m_db);
    u.id = m_repo.insert(u, hash);
    m_audit.record(QStringLiteral("create"), kEntity, u.id, {}, toJson(u));
    tx.commit();
    return u.id;
}

void UserService::save(const User &before, const User &after, const QString &action)
{
    validate(after);
    requireScopeAllowed(before, action);
    if (after.scopeDepartmentId != before.scopeDepartmentId)
        requireScopeAllowed(after, action);
    checkAdminsRemain(before, after);
    Transaction tx(m_db);
    m_repo.update(after);
    m_audit.record(action, kEntity, after.id, toJson(before), toJson(after));
    tx.commit();
    if (m_session.user().id == after.id) {
        if (after.active)
            m_session.setUser(contextOf(after));
    }
}

void UserService::updateUser(const User &user)
{
    m_session.require(Permission::ManageUsers);
    const User before = this->user(user.id);
    User after = before;
    after.displayName = user.displayName.trimmed();
    after.role = user.role;
    after.modules = user.role == Role::Clerk ? user.modules : QSet<Module>{};
    after.departmentId = user.departmentId;
    after.scopeDepartmentId = user.scopeDepartmentId;
    after.active = user.active;
    save(before, after, QStringLiteral("update"));
}

void UserService::setActive(qint64 userId, bool active)
{
    m_session.require(Permission::ManageUsers);
    const User before = user(userId);
    User after = before;
    after.active = active;
    save(before, after, active ? QStringLiteral("activate") : QStringLiteral("deactivate"));
}

void UserService::setLocked(qint64 userId, bool locked)
{
    m_session.require(Permission::ManageUsers);
    const User before = user(userId);
    if (before.locked == locked)
        return;
    User after = before;
    after.locked = locked;
    save(before, after, locked ? QStringLiteral("lock") : QStringLiteral("unlock"));
}

void UserService::resetPassword(qint64 userId, const QString &newPassword)
{
    m_session.require(Permission::ManageUsers);
    const User u = user(userId);
    requireScopeAllowed(u, QStringLiteral("reset_password"));
    if (const QString p = passwordProblem(newPassword, u.username); !p.isEmpty())
        throw ValidationError(p);
    const QString hash = hashPassword(newPassword);
    Transaction tx(m_db);
    m_repo.setPasswordHash(u.id, hash);
    m_audit.record(QStringLiteral("reset_password"), kEntity, u.id, {},
                   QJsonObject{{QStringLiteral("username"), u.username}});
    tx.commit();
}

void UserService::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    const UserContext &me = m_session.user();
    if (me.id <= 0)
        throw ValidationError(tr("Log in with a user account to change its password."));
    const User u = user(me.id);
    if (!verifyPassword(m_repo.passwordHash(u.id), oldPassword))
        throw ValidationError(tr("The current password is wrong."));
    if (const QString p = passwordProblem(newPassword, u.username); !p.isEmpty())
        throw ValidationError(p);
    if (newPassword == oldPassword)
        throw ValidationError(tr("The new password must differ from the current one."));
    const QString hash = hashPassword(newPassword);
    Transaction tx(m_db);
    m_repo.setPasswordHash(u.id, hash);
    m_audit.record(QStringLiteral("change_password"), kEntity, u.id, {},
                   QJsonObject{{QStringLiteral("username"), u.username}});
    tx.commit();
}

} // namespace ga

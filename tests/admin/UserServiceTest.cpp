#include "AdminTestSupport.h"

#include "core/Error.h"
#include "org/SettingsService.h"
#include "org/UserService.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace ga;
using namespace ga::test;

namespace {

const QString kPass = QStringLiteral("secret-pass-1");

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

int auditCount(TempDatabase &t, const QString &action)
{
    return t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action))
        .toInt();
}

} // namespace

TEST_CASE("A fresh database has no users", "[users]")
{
    TempDatabase t;
    CHECK_FALSE(t.services().users().hasUsers());
}

TEST_CASE("The first administrator is created with the bureau name and logged in", "[users]")
{
    TempDatabase t;
    t.session().setUser(UserContext{});
    UserService &users = t.services().users();
    const UserContext admin = users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("王管理"),
                                                     kPass, QStringLiteral("某市机关事务管理局"));
    CHECK(users.hasUsers());
    CHECK(admin.id > 0);
    CHECK(admin.role == Role::Admin);
    CHECK(t.session().user().id == admin.id);
    CHECK(t.services().settings().value(QString::fromLatin1(SettingsService::BureauName))
          == QStringLiteral("某市机关事务管理局"));
    CHECK(t.scalar(QStringLiteral("SELECT last_login_at FROM users")).toLongLong()
          == t.clock().nowSecs());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE username = 'admin' "
                                  "AND action = 'create' AND entity = 'user'")).toInt() == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'setting'")).toInt() == 1);
}

TEST_CASE("The first administrator can be created only once", "[users]")
{
    TempDatabase t;
    UserService &users = t.services().users();
    users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Admin"), kPass, QStringLiteral("Bureau"));
    CHECK_THROWS_AS(users.createFirstAdmin(QStringLiteral("admin2"), QStringLiteral("Admin"), kPass,
                                           QStringLiteral("Other")),
                    ConflictError);
    CHECK(t.count(QStringLiteral("users")) == 1);
    CHECK(t.services().settings().value(QString::fromLatin1(SettingsService::BureauName))
          == QStringLiteral("Bureau"));
}

TEST_CASE("The first administrator needs a bureau name and a valid password", "[users]")
{
    TempDatabase t;
    UserService &users = t.services().users();
    CHECK_THROWS_AS(users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("A"), kPass, QStringLiteral("  ")),
                    ValidationError);
    CHECK_THROWS_AS(users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("A"), QStringLiteral("short"),
                                           QStringLiteral("Bureau")),
                    ValidationError);
    CHECK_FALSE(users.hasUsers());
}

TEST_CASE("Login sets the session, records the time and audits it", "[users][login]")
{
    TempDatabase t;
    const qint64 id = addUser(t, QStringLiteral("liming"), Role::Clerk);
    t.session().setUser(UserContext{});
    t.clock().advanceSecs(3600);
    const UserContext u = t.services().users().login(QStringLiteral("liming"), kPass);
    CHECK(u.id == id);
    CHECK(t.session().user().username == QStringLiteral("liming"));
    CHECK(t.session().user().modules.contains(Module::Vehicles));
    CHECK(t.scalar(QStringLiteral("SELECT last_login_at FROM users WHERE id = %1").arg(id)).toLongLong()
          == t.clock().nowSecs());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login' "
                                  "AND username = 'liming' AND entity_id = %1").arg(id)).toInt() == 1);
}

TEST_CASE("Wrong user and wrong password give the same message, after a delay", "[users][login]")
{
    TempDatabase t;
    addUser(t, QStringLiteral("liming"), Role::Clerk);
    auto delays = recordDelays(t);
    t.session().setUser(UserContext{});
    UserService &users = t.services().users();
    const QString wrongUser = errorOf([&] { users.login(QStringLiteral("nobody"), kPass); });
    const QString wrongPassword = errorOf([&] { users.login(QStringLiteral("liming"), QStringLiteral("bad-password")); });
    CHECK_FALSE(wrongUser.isEmpty());
    CHECK(wrongUser == wrongPassword);
    CHECK(wrongUser == QStringLiteral("Wrong user name or password."));
    CHECK(delays->size() == 2);
    CHECK(delays->at(0) > 0);
    CHECK_FALSE(t.session().isLoggedIn());
}

TEST_CASE("Failed logins are audited, never with the password", "[users][login][audit]")
{
    TempDatabase t;
    addUser(t, QStringLiteral("liming"), Role::Clerk);
    recordDelays(t);
    t.session().setUser(UserContext{});
    UserService &users = t.services().users();
    CHECK_THROWS(users.login(QStringLiteral("liming"), QStringLiteral("guess-one-1")));
    CHECK_THROWS(users.login(QStringLiteral("nobody"), QStringLiteral("guess-two-2")));
    CHECK_THROWS(users.login(QStringLiteral("oops my password"), QStringLiteral("guess-three")));
    CHECK(auditCount(t, QStringLiteral("login_failed")) == 3);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' "
                                  "AND username = 'liming'")).toInt() == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE username LIKE '%password%'")).toInt() == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE coalesce(after_json, '') "
                                  "LIKE '%guess%' OR coalesce(before_json, '') LIKE '%guess%'")).toInt() == 0);
}

TEST_CASE("A deactivated user cannot log in", "[users][login]")
{
    TempDatabase t;
    const qint64 id = addUser(t, QStringLiteral("liming"), Role::Clerk);
    t.services().users().setActive(id, false);
    t.session().setUser(UserContext{});
    CHECK_THROWS_AS(t.services().users().login(QStringLiteral("liming"), kPass), PermissionError);
    CHECK_FALSE(t.session().isLoggedIn());
}

TEST_CASE("Password policy: at least 8 characters and not the user name", "[users][policy]")
{
    TempDatabase t;
    UserService &users = t.services().users();
    CHECK_THROWS_AS(users.createUser(makeUser(QStringLiteral("zhangsan")), QStringLiteral("ab3456-")), ValidationError);
    CHECK_THROWS_AS(users.createUser(makeUser(QStringLiteral("zhangsan")), QStringLiteral("zhangsan")), ValidationError);
    CHECK_THROWS_AS(users.createUser(makeUser(QStringLiteral("zhangsan")), QStringLiteral("ZhangSan")), ValidationError);
    CHECK(UserService::passwordProblem(QStringLiteral("ab3456-x"), QStringLiteral("zhangsan")).isEmpty());
    CHECK(users.createUser(makeUser(QStringLiteral("zhangsan")), QStringLiteral("ab3456-x")) > 0);
}

TEST_CASE("Password strength: two kinds of characters, no plain run, not containing the user "
          "name",
          "[users][policy]")
{
    const QString user = QStringLiteral("zhangsan");
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("12345678"), user).isEmpty());
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("87654321"), user).isEmpty());
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("abcdefgh"), user).isEmpty());
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("aaaaaaaa"), user).isEmpty());
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("passwordonly"), user).isEmpty());
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("97531864"), user).isEmpty());
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("zhangsan-2026"), user).isEmpty());
    CHECK(UserService::passwordProblem(QStringLiteral("lotus-pond"), user).isEmpty());
    CHECK(UserService::passwordProblem(QStringLiteral("kaifeng1984"), user).isEmpty());
    CHECK(UserService::passwordProblem(QStringLiteral("晴川历历汉阳树2"), user).isEmpty());
}

TEST_CASE("The demo users' password cannot be given to an account", "[users][policy]")
{
    TempDatabase t;
    UserService &users = t.services().users();
    const QString demo = QString::fromLatin1(UserService::DemoPassword);
    CHECK_FALSE(UserService::passwordProblem(demo, QStringLiteral("zhangsan")).isEmpty());
    CHECK_THROWS_AS(users.createUser(makeUser(QStringLiteral("zhangsan")), demo), ValidationError);
    const qint64 id = addUser(t, QStringLiteral("liming"), Role::Clerk);
    CHECK_THROWS_AS(users.resetPassword(id, demo), ValidationError);
}

TEST_CASE("The pause after a failed login doubles for each failure in a row, to 30 s",
          "[users][login]")
{
    CHECK(UserService::failedLoginDelayMs(0) == 0);
    CHECK(UserService::failedLoginDelayMs(1) == 800);
    CHECK(UserService::failedLoginDelayMs(2) == 1600);
    CHECK(UserService::failedLoginDelayMs(3) == 3200);
    CHECK(UserService::failedLoginDelayMs(6) == 25600);
    CHECK(UserService::failedLoginDelayMs(7) == 30000);
    CHECK(UserService::failedLoginDelayMs(1000) == 30000);
}

TEST_CASE("Failed logins slow down per user name, and a good login starts the count again",
          "[users][login]")
{
    TempDatabase t;
    addUser(t, QStringLiteral("liming"), Role::Clerk);
    auto delays = recordDelays(t);
    t.session().setUser(UserContext{});
    UserService &users = t.services().users();
    for (int i = 0; i < 3; ++i)
        CHECK_THROWS_AS(users.login(QStringLiteral("liming"), QStringLiteral("wrong-one-1")),
                        ValidationError);
    // Another name starts at the first pause; case and spaces do not make another name.
    CHECK_THROWS_AS(users.login(QStringLiteral("nobody"), kPass), ValidationError);
    CHECK_THROWS_AS(users.login(QStringLiteral(" LiMing "), QStringLiteral("wrong-one-1")),
                    ValidationError);
    REQUIRE(delays->size() == 5);
    CHECK(*delays == QList<int> {800, 1600, 3200, 800, 6400});
    users.login(QStringLiteral("liming"), kPass);
    t.session().setUser(UserContext{});
    CHECK_THROWS_AS(users.login(QStringLiteral("liming"), QStringLiteral("wrong-one-1")),
                    ValidationError);
    CHECK(delays->last() == 800);
    // The count of failures in a row is in each failure's audit row.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' "
                                  "AND CAST(%1 AS INTEGER) = 3")
                       .arg(t.sqlJsonField(QStringLiteral("after_json"),
                                           QStringLiteral("failures_in_a_row"))))
              .toInt()
          == 1);
}

TEST_CASE("A locked account cannot log in, even with the right password, until unlocked",
          "[users][login][lock]")
{
    TempDatabase t;
    const qint64 id = addUser(t, QStringLiteral("liming"), Role::Clerk);
    UserService &users = t.services().users();
    users.setLocked(id, true);
    CHECK(users.user(id).locked);
    CHECK(auditCount(t, QStringLiteral("lock")) == 1);
    const UserContext admin = t.session().user();
    t.session().setUser(UserContext{});
    CHECK_THROWS_WITH(users.login(QStringLiteral("liming"), kPass), Catch::Contains("locked"));
    CHECK_FALSE(t.session().isLoggedIn());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' "
                                  "AND %1 = 'locked'")
                       .arg(t.sqlJsonField(QStringLiteral("after_json"), QStringLiteral("reason"))))
              .toInt()
          == 1);
    t.session().setUser(admin);
    users.setLocked(id, false);
    CHECK(auditCount(t, QStringLiteral("unlock")) == 1);
    t.session().setUser(UserContext{});
    CHECK(users.login(QStringLiteral("liming"), kPass).id == id);
}

TEST_CASE("Only an administrator locks accounts, and never the last unlocked administrator",
          "[users][lock][permissions]")
{
    TempDatabase t;
    const qint64 clerk = addUser(t, QStringLiteral("liming"), Role::Clerk);
    const qint64 admin = addUser(t, QStringLiteral("boss"), Role::Admin);
    UserService &users = t.services().users();
    // The temporary database's own system admin is not a users row: boss is the only admin.
    CHECK_THROWS_AS(users.setLocked(admin, true), ConflictError);
    CHECK_FALSE(users.user(admin).locked);
    t.loginAs(Role::Manager);
    CHECK_THROWS_AS(users.setLocked(clerk, true), PermissionError);
    CHECK_FALSE(users.user(clerk).locked);
}

TEST_CASE("User names: 3 to 32 characters of A-Z a-z 0-9 _ . -, unique", "[users][policy]")
{
    TempDatabase t;
    UserService &users = t.services().users();
    CHECK_THROWS_AS(users.createUser(makeUser(QStringLiteral("ab")), kPass), ValidationError);
    CHECK_THROWS_AS(users.createUser(makeUser(QString(33, QLatin1Char('a'))), kPass), ValidationError);
    CHECK_THROWS_AS(users.createUser(makeUser(QStringLiteral("li ming")), kPass), ValidationError);
    CHECK_THROWS_AS(users.createUser(makeUser(QStringLiteral("李明")), kPass), ValidationError);
    CHECK(users.createUser(makeUser(QStringLiteral("li.ming-2_x")), kPass) > 0);
    CHECK_THROWS_AS(users.createUser(makeUser(QStringLiteral("li.ming-2_x")), kPass), ConflictError);
    User noName = makeUser(QStringLiteral("wangwu"));
    noName.displayName = QStringLiteral("  ");
    CHECK_THROWS_AS(users.createUser(noName, kPass), ValidationError);
}

TEST_CASE("The last active administrator can be neither deactivated nor demoted", "[users][admin]")
{
    TempDatabase t;
    UserService &users = t.services().users();
    const UserContext admin = users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Admin"),
                                                     kPass, QStringLiteral("Bureau"));
    CHECK_THROWS_AS(users.setActive(admin.id, false), ConflictError);
    User demoted = users.user(admin.id);
    demoted.role = Role::Manager;
    CHECK_THROWS_AS(users.updateUser(demoted), ConflictError);
    CHECK(users.user(admin.id).role == Role::Admin);
    CHECK(users.user(admin.id).active);

    // With a second active administrator, the first may step down.
    addUser(t, QStringLiteral("admin2"), Role::Admin);
    users.updateUser(demoted);
    CHECK(users.user(admin.id).role == Role::Manager);
    CHECK(t.session().user().role == Role::Manager);
}

TEST_CASE("Modules are kept for clerks only", "[users]")
{
    TempDatabase t;
    UserService &users = t.services().users();
    User u = makeUser(QStringLiteral("manager1"), Role::Manager, {Module::Vehicles});
    const qint64 id = users.createUser(u, kPass);
    CHECK(users.user(id).modules.isEmpty());
    User clerk = users.user(id);
    clerk.role = Role::Clerk;
    clerk.modules = {Module::Organisation, Module::Vehicles};
    users.updateUser(clerk);
    CHECK(t.scalar(QStringLiteral("SELECT modules FROM users WHERE id = %1").arg(id)).toString()
          == QStringLiteral("org,vehicles"));
}

TEST_CASE("A user's department must exist", "[users]")
{
    TempDatabase t;
    User u = makeUser(QStringLiteral("staff1"), Role::Staff);
    u.departmentId = 4242;
    CHECK_THROWS_AS(t.services().users().createUser(u, kPass), ValidationError);
}

TEST_CASE("Only administrators may create, update, reset or deactivate users", "[users][permissions]")
{
    const QList<Role> roles = allRoles();
    for (Role role : roles) {
        TempDatabase t;
        const qint64 target = addUser(t, QStringLiteral("target"), Role::Staff);
        t.loginAs(role, {Module::Organisation, Module::Vehicles, Module::Offices, Module::Housing,
                         Module::Energy});
        UserService &users = t.services().users();
        User edited = users.user(target);
        edited.displayName = QStringLiteral("Changed");
        INFO("role " << roleKey(role).toStdString());
        if (role == Role::Admin) {
            CHECK_NOTHROW(users.createUser(makeUser(QStringLiteral("newuser")), kPass));
            CHECK_NOTHROW(users.updateUser(edited));
            CHECK_NOTHROW(users.resetPassword(target, QStringLiteral("another-pass")));
            CHECK_NOTHROW(users.setActive(target, false));
        } else {
            CHECK_THROWS_AS(users.createUser(makeUser(QStringLiteral("newuser")), kPass), PermissionError);
            CHECK_THROWS_AS(users.updateUser(edited), PermissionError);
            CHECK_THROWS_AS(users.resetPassword(target, QStringLiteral("another-pass")), PermissionError);
            CHECK_THROWS_AS(users.setActive(target, false), PermissionError);
            CHECK(users.user(target).displayName != QStringLiteral("Changed"));
            CHECK(users.user(target).active);
            CHECK(t.count(QStringLiteral("users")) == 2);
        }
    }
}

TEST_CASE("Every role may change its own password, given the old one", "[users][permissions]")
{
    for (Role role : allRoles()) {
        TempDatabase t;
        recordDelays(t);
        addUser(t, QStringLiteral("someone"), role);
        t.services().users().login(QStringLiteral("someone"), kPass);
        INFO("role " << roleKey(role).toStdString());
        CHECK_THROWS_AS(t.services().users().changeOwnPassword(QStringLiteral("not-the-old"),
                                                               QStringLiteral("brand-new-pass")),
                        ValidationError);
        CHECK_NOTHROW(t.services().users().changeOwnPassword(kPass, QStringLiteral("brand-new-pass")));
        t.session().setUser(UserContext{});
        CHECK_THROWS(t.services().users().login(QStringLiteral("someone"), kPass));
        CHECK_NOTHROW(t.services().users().login(QStringLiteral("someone"), QStringLiteral("brand-new-pass")));
    }
}

TEST_CASE("A new password obeys the policy when changed or reset", "[users][policy]")
{
    TempDatabase t;
    const qint64 id = addUser(t, QStringLiteral("someone"), Role::Clerk);
    CHECK_THROWS_AS(t.services().users().resetPassword(id, QStringLiteral("short")), ValidationError);
    CHECK_THROWS_AS(t.services().users().resetPassword(id, QStringLiteral("someone")), ValidationError);
    t.services().users().login(QStringLiteral("someone"), kPass);
    CHECK_THROWS_AS(t.services().users().changeOwnPassword(kPass, QStringLiteral("short")), ValidationError);
    CHECK_THROWS_AS(t.services().users().changeOwnPassword(kPass, kPass), ValidationError);
}

TEST_CASE("A reset password replaces the old one", "[users]")
{
    TempDatabase t;
    recordDelays(t);
    const qint64 id = addUser(t, QStringLiteral("someone"), Role::Clerk);
    t.services().users().resetPassword(id, QStringLiteral("reset-by-admin"));
    CHECK_THROWS(t.services().users().login(QStringLiteral("someone"), kPass));
    CHECK_NOTHROW(t.services().users().login(QStringLiteral("someone"), QStringLiteral("reset-by-admin")));
}

TEST_CASE("User writes are audited with before and after, never with a hash", "[users][audit]")
{
    TempDatabase t;
    UserService &users = t.services().users();
    const qint64 id = users.createUser(makeUser(QStringLiteral("someone")), kPass);
    User u = users.user(id);
    u.displayName = QStringLiteral("New name");
    users.updateUser(u);
    users.resetPassword(id, QStringLiteral("reset-by-admin"));
    users.setActive(id, false);
    for (const QString &action : {QStringLiteral("create"), QStringLiteral("update"),
                                 QStringLiteral("reset_password"), QStringLiteral("deactivate")}) {
        INFO(action.toStdString());
        CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user' "
                                      "AND entity_id = %1 AND action = '%2'").arg(id).arg(action)).toInt() == 1);
    }
    CHECK(t.scalar(QStringLiteral("SELECT before_json FROM audit_log WHERE action = 'update'"))
              .toString().contains(QStringLiteral("Name of someone")));
    CHECK(t.scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'update'"))
              .toString().contains(QStringLiteral("New name")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE coalesce(before_json, '') "
                                  "LIKE '%argon%' OR coalesce(after_json, '') LIKE '%argon%' "
                                  "OR coalesce(after_json, '') LIKE '%hash%'")).toInt() == 0);
}

TEST_CASE("A refused user write leaves no audit row", "[users][audit]")
{
    TempDatabase t;
    const int before = t.count(QStringLiteral("audit_log"));
    CHECK_THROWS(t.services().users().createUser(makeUser(QStringLiteral("x")), kPass));
    CHECK(t.count(QStringLiteral("audit_log")) == before);
}

TEST_CASE("A clerk may be created before any module is assigned", "[users]")
{
    TempDatabase t;
    const qint64 id = t.services().users().createUser(makeUser(QStringLiteral("newclerk"), Role::Clerk, {}), kPass);
    CHECK(t.services().users().user(id).modules.isEmpty());
    CHECK(t.scalar(QStringLiteral("SELECT modules FROM users WHERE id = %1").arg(id)).toString().isEmpty());
}

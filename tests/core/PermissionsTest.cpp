#include <catch2/catch.hpp>

#include "core/Error.h"
#include "core/Session.h"

using namespace ga;

TEST_CASE("Admin may do everything", "[permissions]")
{
    for (Permission p : allPermissions())
        CHECK(roleAllows(Role::Admin, {}, p));
}

TEST_CASE("A clerk edits only the modules assigned", "[permissions]")
{
    CHECK(roleAllows(Role::Clerk, {Module::Vehicles}, Permission::EditVehicles));
    CHECK(roleAllows(Role::Clerk, {Module::Vehicles}, Permission::Dispatch));
    CHECK_FALSE(roleAllows(Role::Clerk, {Module::Vehicles}, Permission::EditOrganisation));
    CHECK_FALSE(roleAllows(Role::Clerk, {Module::Organisation}, Permission::EditVehicles));
    CHECK_FALSE(roleAllows(Role::Clerk, {Module::Vehicles}, Permission::ManageUsers));
}

TEST_CASE("Managers approve but do not edit records", "[permissions]")
{
    CHECK(roleAllows(Role::Manager, {}, Permission::ApproveDispatch));
    CHECK(roleAllows(Role::Manager, {}, Permission::ViewAudit));
    CHECK_FALSE(roleAllows(Role::Manager, {}, Permission::EditOrganisation));
    CHECK_FALSE(roleAllows(Role::Manager, {}, Permission::ManageUsers));
}

TEST_CASE("Staff may only request vehicles and view reports", "[permissions]")
{
    for (Permission p : allPermissions()) {
        const bool expected = p == Permission::RequestVehicle || p == Permission::ViewReports;
        CHECK(roleAllows(Role::Staff, {Module::Vehicles}, p) == expected);
    }
}

TEST_CASE("Session::require throws a PermissionError naming the action", "[permissions]")
{
    Session s;
    UserContext u;
    u.username = QStringLiteral("li");
    u.role = Role::Staff;
    s.setUser(u);
    CHECK_THROWS_AS(s.require(Permission::ManageUsers), PermissionError);
    try {
        s.require(Permission::ManageUsers);
    } catch (const PermissionError &e) {
        CHECK(e.message().contains(QStringLiteral("manage users")));
    }
}

TEST_CASE("Module keys round-trip", "[permissions]")
{
    const QSet<Module> m{Module::Vehicles, Module::Energy};
    CHECK(modulesFromKeys(modulesToKeys(m)) == m);
    CHECK(modulesToKeys(m) == QStringLiteral("vehicles,energy"));
}

#include "DispatchFixture.h"

#include "core/Error.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace ga;
using namespace ga::vehicles;
using ga::test::DispatchFixture;

// The permission matrix of DispatchService: every transition × every role. Each row of a
// GENERATE runs on its own fresh store.

namespace {

enum class Who { Admin, Manager, DispatchClerk, OtherClerk, Staff };

QString whoName(Who w)
{
    switch (w) {
    case Who::Admin: return QStringLiteral("admin");
    case Who::Manager: return QStringLiteral("manager");
    case Who::DispatchClerk: return QStringLiteral("vehicles clerk");
    case Who::OtherClerk: return QStringLiteral("organisation clerk");
    case Who::Staff: return QStringLiteral("staff");
    }
    return {};
}

void login(DispatchFixture &f, Who w)
{
    switch (w) {
    case Who::Admin: f.temp().loginAs(Role::Admin); break;
    case Who::Manager: f.temp().loginAs(Role::Manager); break;
    case Who::DispatchClerk: f.temp().loginAs(Role::Clerk, {Module::Vehicles}); break;
    case Who::OtherClerk: f.temp().loginAs(Role::Clerk, {Module::Organisation}); break;
    case Who::Staff: f.temp().loginAs(Role::Staff, {}, f.department()); break;
    }
}

// true: allowed; false: PermissionError. Any other error fails the test.
bool allowed(const std::function<void()> &action)
{
    try {
        action();
        return true;
    } catch (const PermissionError &) {
        return false;
    }
}

struct Row
{
    Who who;
    bool expected;
};

} // namespace

TEST_CASE("Permission matrix: request", "[dispatch][permissions]")
{
    const Row row = GENERATE(Row{Who::Admin, true}, Row{Who::Manager, true},
                             Row{Who::DispatchClerk, true}, Row{Who::OtherClerk, true},
                             Row{Who::Staff, true});
    DispatchFixture f;
    login(f, row.who);
    INFO(whoName(row.who).toStdString());
    CHECK(allowed([&] { f.dispatch().createRequest(f.request(10, 12)); }) == row.expected);
}

TEST_CASE("Permission matrix: approve a local trip", "[dispatch][permissions]")
{
    const Row row = GENERATE(Row{Who::Admin, true}, Row{Who::Manager, true},
                             Row{Who::DispatchClerk, true}, Row{Who::OtherClerk, false},
                             Row{Who::Staff, false});
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12);
    login(f, row.who);
    INFO(whoName(row.who).toStdString());
    CHECK(allowed([&] { f.dispatch().approve(trip); }) == row.expected);
    CHECK(f.dispatch().canApprove(f.dispatch().trip(trip)) == false);
}

TEST_CASE("Permission matrix: approve an out-of-region trip", "[dispatch][permissions]")
{
    const Row row = GENERATE(Row{Who::Admin, true}, Row{Who::Manager, true},
                             Row{Who::DispatchClerk, false}, Row{Who::OtherClerk, false},
                             Row{Who::Staff, false});
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12, false, true);
    login(f, row.who);
    INFO(whoName(row.who).toStdString());
    CHECK(f.dispatch().canApprove(f.dispatch().trip(trip)) == row.expected);
    CHECK(allowed([&] { f.dispatch().approve(trip); }) == row.expected);
}

TEST_CASE("Permission matrix: reject", "[dispatch][permissions]")
{
    const Row row = GENERATE(Row{Who::Admin, true}, Row{Who::Manager, true},
                             Row{Who::DispatchClerk, true}, Row{Who::OtherClerk, false},
                             Row{Who::Staff, false});
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12);
    login(f, row.who);
    INFO(whoName(row.who).toStdString());
    CHECK(allowed([&] { f.dispatch().reject(trip, QStringLiteral("no")); }) == row.expected);
}

TEST_CASE("Permission matrix: assign", "[dispatch][permissions]")
{
    const Row row = GENERATE(Row{Who::Admin, true}, Row{Who::Manager, true},
                             Row{Who::DispatchClerk, true}, Row{Who::OtherClerk, false},
                             Row{Who::Staff, false});
    DispatchFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·10001"));
    const qint64 d = f.addDriver(QStringLiteral("张师傅"));
    const qint64 trip = f.approved(10, 12);
    login(f, row.who);
    INFO(whoName(row.who).toStdString());
    CHECK(f.dispatch().canAssign(f.dispatch().trip(trip)) == row.expected);
    CHECK(allowed([&] { f.dispatch().assign(trip, v, d); }) == row.expected);
}

TEST_CASE("Permission matrix: depart", "[dispatch][permissions]")
{
    const Row row = GENERATE(Row{Who::Admin, true}, Row{Who::Manager, false},
                             Row{Who::DispatchClerk, true}, Row{Who::OtherClerk, false},
                             Row{Who::Staff, false});
    DispatchFixture f;
    const qint64 trip = f.assigned(10, 12, f.addVehicle(QStringLiteral("宁A·10001")),
                                   f.addDriver(QStringLiteral("张师傅")));
    login(f, row.who);
    INFO(whoName(row.who).toStdString());
    CHECK(f.dispatch().canDepart(f.dispatch().trip(trip)) == row.expected);
    CHECK(allowed([&] { f.dispatch().depart(trip, 10000); }) == row.expected);
}

TEST_CASE("Permission matrix: return", "[dispatch][permissions]")
{
    const Row row = GENERATE(Row{Who::Admin, true}, Row{Who::Manager, false},
                             Row{Who::DispatchClerk, true}, Row{Who::OtherClerk, false},
                             Row{Who::Staff, false});
    DispatchFixture f;
    const qint64 trip = f.departed(10, 12, f.addVehicle(QStringLiteral("宁A·10001")),
                                   f.addDriver(QStringLiteral("张师傅")));
    login(f, row.who);
    INFO(whoName(row.who).toStdString());
    CHECK(allowed([&] {
              f.dispatch().recordReturn(trip, 10050, f.at(12), Money(), Money(), Money());
          })
          == row.expected);
}

TEST_CASE("Permission matrix: close", "[dispatch][permissions]")
{
    const Row row = GENERATE(Row{Who::Admin, true}, Row{Who::Manager, false},
                             Row{Who::DispatchClerk, true}, Row{Who::OtherClerk, false},
                             Row{Who::Staff, false});
    DispatchFixture f;
    const qint64 trip = f.returned(10, 12, f.addVehicle(QStringLiteral("宁A·10001")),
                                   f.addDriver(QStringLiteral("张师傅")));
    login(f, row.who);
    INFO(whoName(row.who).toStdString());
    CHECK(f.dispatch().canClose(f.dispatch().trip(trip)) == row.expected);
    CHECK(allowed([&] { f.dispatch().close(trip); }) == row.expected);
}

TEST_CASE("Permission matrix: cancel someone else's request", "[dispatch][permissions]")
{
    const Row row = GENERATE(Row{Who::Admin, true}, Row{Who::Manager, true},
                             Row{Who::DispatchClerk, true}, Row{Who::OtherClerk, false},
                             Row{Who::Staff, false});
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12);
    login(f, row.who);
    INFO(whoName(row.who).toStdString());
    CHECK(allowed([&] { f.dispatch().cancel(trip, QStringLiteral("x")); }) == row.expected);
}

TEST_CASE("The requester may cancel their own request before assignment",
          "[dispatch][permissions]")
{
    DispatchFixture f;
    f.temp().loginAs(Role::Staff, {}, f.department());
    const qint64 trip = f.dispatch().createRequest(f.request(10, 12));
    CHECK(f.dispatch().canCancel(f.dispatch().trip(trip)));
    f.dispatch().cancel(trip, QStringLiteral("meeting cancelled"));
    CHECK(f.status(trip) == QStringLiteral("cancelled"));
}

#include <catch2/catch.hpp>

#include "OrgTestSupport.h"
#include "core/Error.h"

#include <functional>

using namespace ga;
using namespace ga::test;

namespace {

struct Actor
{
    const char *name;
    Role role;
    QSet<Module> modules;
    bool mayEditOrg;
    bool mayEditRanks;
};

const QList<Actor> &actors()
{
    static const QList<Actor> list = {
        {"admin", Role::Admin, {}, true, true},
        {"clerk with organisation", Role::Clerk, {Module::Organisation}, true, false},
        {"clerk with vehicles only", Role::Clerk, {Module::Vehicles}, false, false},
        {"manager", Role::Manager, {}, false, false},
        {"staff", Role::Staff, {}, false, false},
    };
    return list;
}

// Records set up (as the system user) before the actor tries each write.
struct Fixture
{
    SmallOrg org;
    qint64 spareDepartment = 0;   // unreferenced, active
    qint64 retiredDepartment = 0; // unreferenced, retired
    qint64 staff = 0;
    qint64 retiredStaff = 0;
    qint64 building = 0;
    qint64 retiredBuilding = 0;
    qint64 rank = 0;
};

Fixture setUp(TempDatabase &t)
{
    Fixture f;
    OrgService &org = t.services().org();
    f.org = addSmallOrg(t);
    f.spareDepartment = addDepartment(t, QStringLiteral("A02"), QStringLiteral("Spare"),
                                      DepartmentKind::Agency);
    f.retiredDepartment = addDepartment(t, QStringLiteral("A03"), QStringLiteral("Old"),
                                        DepartmentKind::Agency);
    org.retireDepartment(f.retiredDepartment);
    f.staff = addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), f.org.office);
    f.retiredStaff = addStaff(t, QStringLiteral("S2"), QStringLiteral("李娜"), f.org.office);
    org.retireStaff(f.retiredStaff);
    f.building = org.createBuilding(makeBuilding(QStringLiteral("B1"), QStringLiteral("Main")));
    f.retiredBuilding = org.createBuilding(makeBuilding(QStringLiteral("B2"), QStringLiteral("Old")));
    org.retireBuilding(f.retiredBuilding);
    f.rank = rankId(t, "county.section");
    return f;
}

struct Write
{
    const char *name;
    bool isRankEdit;
    std::function<void(OrgService &, const Fixture &)> run;
};

QList<Write> writes()
{
    return {
        {"create department", false,
         [](OrgService &o, const Fixture &f) {
             Department d;
             d.code = QStringLiteral("A01.09");
             d.name = QStringLiteral("New division");
             d.kind = DepartmentKind::Division;
             d.parentId = f.org.agency;
             o.createDepartment(d);
         }},
        {"update department", false,
         [](OrgService &o, const Fixture &f) {
             Department d = o.department(f.org.office);
             d.phone = QStringLiteral("0951-6000000");
             o.updateDepartment(d);
         }},
        {"retire department", false,
         [](OrgService &o, const Fixture &f) { o.retireDepartment(f.spareDepartment); }},
        {"reactivate department", false,
         [](OrgService &o, const Fixture &f) { o.reactivateDepartment(f.retiredDepartment); }},
        {"delete department", false,
         [](OrgService &o, const Fixture &f) { o.deleteDepartment(f.spareDepartment); }},
        {"create staff", false,
         [](OrgService &o, const Fixture &f) {
             o.createStaff(makeStaff(QStringLiteral("S9"), QStringLiteral("张敏"), f.org.office,
                                     f.rank));
         }},
        {"update staff", false,
         [](OrgService &o, const Fixture &f) {
             Staff s = o.staff(f.staff);
             s.postTitle = QStringLiteral("副主任");
             o.updateStaff(s);
         }},
        {"retire staff", false, [](OrgService &o, const Fixture &f) { o.retireStaff(f.staff); }},
        {"reactivate staff", false,
         [](OrgService &o, const Fixture &f) { o.reactivateStaff(f.retiredStaff); }},
        {"delete staff", false, [](OrgService &o, const Fixture &f) { o.deleteStaff(f.staff); }},
        {"create building", false,
         [](OrgService &o, const Fixture &) {
             o.createBuilding(makeBuilding(QStringLiteral("B9"), QStringLiteral("Annex")));
         }},
        {"update building", false,
         [](OrgService &o, const Fixture &f) {
             Building b = o.building(f.building);
             b.energyUsers = 120;
             o.updateBuilding(b);
         }},
        {"retire building", false,
         [](OrgService &o, const Fixture &f) { o.retireBuilding(f.building); }},
        {"reactivate building", false,
         [](OrgService &o, const Fixture &f) { o.reactivateBuilding(f.retiredBuilding); }},
        {"delete building", false,
         [](OrgService &o, const Fixture &f) { o.deleteBuilding(f.building); }},
        {"edit rank", true,
         [](OrgService &o, const Fixture &f) {
             Rank r = o.rank(f.rank);
             r.officeLimit = 1500;
             o.updateRank(r);
         }},
    };
}

} // namespace

TEST_CASE("Every organisation write is allowed or refused by role", "[org][permissions]")
{
    for (const Actor &actor : actors()) {
        for (const Write &write : writes()) {
            DYNAMIC_SECTION(actor.name << " / " << write.name)
            {
                TempDatabase t;
                const Fixture f = setUp(t);
                t.loginAs(actor.role, actor.modules);
                const int auditBefore = t.count(QStringLiteral("audit_log"));
                const bool allowed = write.isRankEdit ? actor.mayEditRanks : actor.mayEditOrg;
                if (allowed) {
                    CHECK_NOTHROW(write.run(t.services().org(), f));
                    CHECK(t.count(QStringLiteral("audit_log")) == auditBefore + 1);
                } else {
                    CHECK_THROWS_AS(write.run(t.services().org(), f), PermissionError);
                    CHECK(t.count(QStringLiteral("audit_log")) == auditBefore);
                }
            }
        }
    }
}

TEST_CASE("The courtesy checks for widgets follow the role", "[org][permissions]")
{
    TempDatabase t;
    t.loginAs(Role::Clerk, {Module::Organisation});
    CHECK(t.services().org().canEdit());
    CHECK_FALSE(t.services().org().canEditRanks());
    t.loginAs(Role::Manager);
    CHECK_FALSE(t.services().org().canEdit());
    t.loginAs(Role::Admin);
    CHECK(t.services().org().canEditRanks());
}

TEST_CASE("Every role may read the organisation", "[org][permissions]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), o.office);
    t.loginAs(Role::Staff);
    CHECK(t.services().org().departmentTree().size() == 4);
    CHECK(t.services().org().countStaff({}) == 1);
    CHECK_FALSE(t.services().org().ranks().isEmpty());
}

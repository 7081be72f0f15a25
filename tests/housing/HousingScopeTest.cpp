#include <catch2/catch.hpp>

#include "HousingFixture.h"
#include "core/Error.h"

using namespace ga;
using namespace ga::housing;
using namespace ga::test;

namespace {

// A second agency with its own complex, flat and tenant, beside the fixture's.
struct TwoAgencies
{
    HousingFixture fx;
    qint64 otherAgency = 0;
    qint64 otherComplex = 0;
    qint64 otherFlat = 0;
    qint64 ownFlat = 0;
    qint64 otherTenancy = 0;

    TwoAgencies()
    {
        otherAgency = addDepartment(fx.t, QStringLiteral("A02"), QStringLiteral("银川市教育局"),
                                    DepartmentKind::Agency, fx.org.bureau);
        otherComplex
            = fx.addComplex(QStringLiteral("E1"), QStringLiteral("教育小区"), otherAgency, 900);
        otherFlat = fx.addFlat(otherComplex);
        ownFlat = fx.addFlat(fx.complex);
        otherTenancy = fx.sign(otherFlat, QDate(2026, 11, 1));
    }
};

} // namespace

TEST_CASE("An agency's clerk sees only the agency's complexes, flats, tenancies and rent",
          "[housing][scope]")
{
    TwoAgencies s;
    s.fx.sign(s.ownFlat, QDate(2026, 11, 1));
    s.fx.housing().generateRentRoll(QStringLiteral("2026-11"));
    s.fx.t.loginAs(Role::Clerk, {Module::Housing}, 0, s.fx.org.agency);
    HousingService &h = s.fx.housing();
    CHECK(h.countComplexes(false) == 1);
    for (const FlatRow &row : h.flatsPageAfter(FlatFilter(), {}, 50))
        CHECK(row.flat.complexId == s.fx.complex);
    CHECK(h.countFlats(FlatFilter()) == 1);
    CHECK(h.countTenancies(TenancyFilter()) == 1);
    RentRollFilter roll;
    roll.month = QStringLiteral("2026-11");
    CHECK(h.rentRollTotals(roll).lines == 1);
    CHECK(h.countArrears(ArrearsFilter()) == 1);
    CHECK_THROWS_AS(h.flat(s.otherFlat), PermissionError);
    CHECK_THROWS_AS(h.tenancy(s.otherTenancy), PermissionError);
}

TEST_CASE("An agency's clerk may not change another agency's housing, and the refusal is audited",
          "[housing][scope]")
{
    TwoAgencies s;
    s.fx.t.loginAs(Role::Clerk, {Module::Housing}, 0, s.fx.org.agency);
    HousingService &h = s.fx.housing();
    Flat f = s.fx.t.services().housing().flatsPageAfter(FlatFilter(), {}, 1).first().flat;
    REQUIRE(f.id == s.ownFlat);
    CHECK_THROWS_AS(h.setFlatStatus(s.otherFlat, FlatStatus::Maintenance), PermissionError);
    CHECK_THROWS_AS(h.createFlat(s.fx.makeFlat(s.otherComplex, QStringLiteral("999"))),
                    PermissionError);
    CheckoutDraft d;
    d.tenancyId = s.otherTenancy;
    d.date = QDate(2026, 11, 20);
    CHECK_THROWS_AS(h.checkOut(d), PermissionError);
    CHECK_THROWS_AS(h.extendTenancy(s.otherTenancy, QDate(2030, 1, 1), QString()),
                    PermissionError);
    CHECK(s.fx.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'"))
              .toInt()
          == 4);
    // The own agency's flat is the clerk's to change.
    CHECK_NOTHROW(h.setFlatStatus(s.ownFlat, FlatStatus::Maintenance));
    // The rent roll of the agency bills only its own tenancies.
    s.fx.t.loginAs(Role::Admin);
    s.fx.sign(s.fx.addFlat(s.fx.complex), QDate(2026, 11, 1));
    s.fx.t.loginAs(Role::Clerk, {Module::Housing}, 0, s.fx.org.agency);
    CHECK(h.generateRentRoll(QStringLiteral("2026-11")).added == 1);
    CHECK(s.fx.t.count(QStringLiteral("housing_rent_lines")) == 1);
}

TEST_CASE("Only admins and housing clerks write housing records; managers approve extensions",
          "[housing][permissions]")
{
    struct Actor
    {
        const char *name;
        Role role;
        QSet<Module> modules;
        bool mayEdit;
        bool mayApprove;
    };
    const QList<Actor> actors = {
        {"admin", Role::Admin, {}, true, true},
        {"housing clerk", Role::Clerk, {Module::Housing}, true, false},
        {"vehicles clerk", Role::Clerk, {Module::Vehicles}, false, false},
        {"manager", Role::Manager, {}, false, true},
        {"staff", Role::Staff, {}, false, false},
    };
    for (const Actor &actor : actors) {
        INFO(actor.name);
        HousingFixture fx;
        const qint64 flat = fx.addFlat();
        const qint64 tenancy = fx.sign(fx.addFlat(), QDate(2026, 11, 1));
        const qint64 cadre = fx.addCadre(QStringLiteral("申请人"));
        fx.t.loginAs(actor.role, actor.modules);
        HousingService &h = fx.housing();
        CHECK(h.canEdit() == actor.mayEdit);
        CHECK(h.canApproveExtensions() == actor.mayApprove);
        const auto allowed = [](const std::function<void()> &write) {
            try {
                write();
                return true;
            } catch (const PermissionError &) {
                return false;
            }
        };
        CHECK(allowed([&] { h.createFlat(fx.makeFlat(fx.complex, QStringLiteral("900"))); })
              == actor.mayEdit);
        CHECK(allowed([&] { h.setFlatStatus(flat, FlatStatus::Maintenance); }) == actor.mayEdit);
        CHECK(allowed([&] { fx.apply(cadre); }) == actor.mayEdit);
        CHECK(allowed([&] { h.generateRentRoll(QStringLiteral("2026-11")); }) == actor.mayEdit);
        CHECK(allowed([&] {
                  h.extendTenancy(tenancy, QDate(2032, 1, 1), QStringLiteral("项目"));
              })
              == actor.mayApprove);
    }
}

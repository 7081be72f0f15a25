#include <catch2/catch.hpp>

#include "energy/EnergyTestSupport.h"

using namespace ga;
using namespace ga::energy;
using namespace ga::test;

namespace {

struct TwoAgencies
{
    SmallOrg org;
    qint64 other = 0;
    qint64 ownBuilding = 0;
    qint64 otherBuilding = 0;
    qint64 ownMeter = 0;
    qint64 otherMeter = 0;
};

TwoAgencies twoAgencies(TempDatabase &t)
{
    TwoAgencies a;
    a.org = addSmallOrg(t);
    a.other = addDepartment(t, QStringLiteral("A02"), QStringLiteral("教育局"),
                            DepartmentKind::Agency, a.org.bureau);
    a.ownBuilding = addEnergyBuilding(t, QStringLiteral("B1"), a.org.office);
    a.otherBuilding = addEnergyBuilding(t, QStringLiteral("B2"), a.other);
    a.ownMeter = addMeter(t, a.ownBuilding, QStringLiteral("E1"), EnergyType::Electricity);
    a.otherMeter = addMeter(t, a.otherBuilding, QStringLiteral("E1"), EnergyType::Electricity);
    energyOf(t).saveReading(input(a.ownMeter, QStringLiteral("2026-10"), 1000'000));
    energyOf(t).saveReading(input(a.otherMeter, QStringLiteral("2026-10"), 2000'000));
    return a;
}

int refusals(TempDatabase &t)
{
    return t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")).toInt();
}

} // namespace

TEST_CASE("Another agency's meters, readings and indicators are not returned", "[energy][scope]")
{
    TempDatabase t;
    const TwoAgencies a = twoAgencies(t);
    t.loginAs(Role::Clerk, {Module::Energy}, 0, a.org.agency);
    const QList<MeterRow> meters = energyOf(t).metersPageAfter({}, {}, 100);
    REQUIRE(meters.size() == 1);
    CHECK(meters[0].meter.id == a.ownMeter);
    CHECK(energyOf(t).countMeters({}) == 1);
    const QList<GridRow> grid = energyOf(t).entryGrid(QStringLiteral("2026-10"));
    REQUIRE(grid.size() == 1);
    CHECK(grid[0].meter.id == a.ownMeter);
    CHECK(energyOf(t).buildings().size() == 1);
    IndicatorRequest r;
    r.period = IndicatorPeriod::Month;
    r.year = 2026;
    r.month = 10;
    CHECK(energyOf(t).indicators(r).kgce == Approx(122.9)); // the own building only
    CHECK(energyOf(t).buildingIndicators(2026).size() == 1);
    CHECK(energyOf(t).readingStatus(QStringLiteral("2026-10"), 1).size() == 1);
    CHECK_THROWS_AS(energyOf(t).meter(a.otherMeter), PermissionError);
    r.level = IndicatorLevel::Building;
    r.id = a.otherBuilding;
    CHECK_THROWS_AS(energyOf(t).indicators(r), PermissionError);
    r.level = IndicatorLevel::Agency;
    r.id = a.other;
    CHECK_THROWS_AS(energyOf(t).indicators(r), PermissionError);
}

TEST_CASE("Writes to another agency's meters and readings are refused and audited", "[energy][scope]")
{
    TempDatabase t;
    const TwoAgencies a = twoAgencies(t);
    t.loginAs(Role::Clerk, {Module::Energy}, 0, a.org.agency);
    int refused = refusals(t);
    Meter m;
    m.buildingId = a.otherBuilding;
    m.meterNo = QStringLiteral("E2");
    m.sinceMonth = QStringLiteral("2026-01");
    CHECK_THROWS_AS(energyOf(t).createMeter(m), PermissionError);
    CHECK(refusals(t) == ++refused);
    CHECK_THROWS_AS(energyOf(t).saveReading(input(a.otherMeter, QStringLiteral("2026-11"), 1)),
                    PermissionError);
    CHECK(refusals(t) == ++refused);
    CHECK_THROWS_AS(energyOf(t).retireMeter(a.otherMeter), PermissionError);
    CHECK(refusals(t) == ++refused);
    CHECK_THROWS_AS(energyOf(t).setQuota(a.otherBuilding, 2026, 100, {}), PermissionError);
    CHECK(refusals(t) == ++refused);
    // Moving the own meter into the other agency's building is refused too.
    Meter own = energyOf(t).meter(a.ownMeter);
    own.buildingId = a.otherBuilding;
    CHECK_THROWS_AS(energyOf(t).updateMeter(own), PermissionError);
    CHECK(t.count(QStringLiteral("energy_meters")) == 2);
    CHECK(t.count(QStringLiteral("energy_readings")) == 2);

    // The own agency's records are the clerk's to change.
    m.buildingId = a.ownBuilding;
    CHECK_NOTHROW(energyOf(t).createMeter(m));
    CHECK_NOTHROW(energyOf(t).saveReading(input(a.ownMeter, QStringLiteral("2026-11"), 1)));
    CHECK_NOTHROW(energyOf(t).setQuota(a.ownBuilding, 2026, 100, {}));
    // The bureau's clerk changes both.
    t.loginAs(Role::Clerk, {Module::Energy});
    CHECK_NOTHROW(energyOf(t).saveReading(input(a.otherMeter, QStringLiteral("2026-11"), 1)));
}

TEST_CASE("The permission matrix of the energy records", "[energy][permissions]")
{
    TempDatabase t;
    const TwoAgencies a = twoAgencies(t);
    struct Case
    {
        Role role;
        QSet<Module> modules;
        bool edits;
    };
    const Case cases[] = {
        {Role::Admin, {}, true},
        {Role::Clerk, {Module::Energy}, true},
        {Role::Clerk, {Module::Vehicles, Module::Organisation}, false},
        {Role::Manager, {}, false},
        {Role::Staff, {Module::Energy}, false},
    };
    int n = 0;
    for (const Case &c : cases) {
        INFO(roleKey(c.role).toStdString());
        t.loginAs(c.role, c.modules);
        CHECK(energyOf(t).canEdit() == c.edits);
        CHECK(energyOf(t).canEditCoefficients() == (c.role == Role::Admin));
        Meter m;
        m.buildingId = a.ownBuilding;
        m.meterNo = QStringLiteral("M%1").arg(++n);
        m.sinceMonth = QStringLiteral("2026-01");
        if (c.edits) {
            CHECK_NOTHROW(energyOf(t).createMeter(m));
            CHECK_NOTHROW(energyOf(t).saveReading(input(a.ownMeter, QStringLiteral("2026-09"), n)));
        } else {
            CHECK_THROWS_AS(energyOf(t).createMeter(m), PermissionError);
            CHECK_THROWS_AS(energyOf(t).saveReading(input(a.ownMeter, QStringLiteral("2026-09"), n)),
                            PermissionError);
            CHECK_THROWS_AS(energyOf(t).setQuota(a.ownBuilding, 2026, 100, {}), PermissionError);
        }
        // Everyone may read the indicators (ViewReports).
        IndicatorRequest r;
        r.year = 2026;
        CHECK_NOTHROW(energyOf(t).indicators(r));
    }
}

#include <catch2/catch.hpp>

#include "energy/EnergyTestSupport.h"

using namespace ga;
using namespace ga::energy;
using namespace ga::test;

namespace {

double kgceOf(TempDatabase &t, EnergyType type, const QString &unit, double quantity,
              const QDate &on = QDate(2026, 1, 1))
{
    const auto c = energyOf(t).coefficientFor(type, on);
    REQUIRE(c);
    return EnergyService::toKgce(type, unit, qRound64(quantity * 1000), *c);
}

} // namespace

TEST_CASE("The seeded coefficients convert every energy type to standard coal", "[energy][coefficients]")
{
    TempDatabase t;
    // GB/T 2589 values of DESIGN.md, worked by hand.
    CHECK(kgceOf(t, EnergyType::Electricity, QStringLiteral("kWh"), 1000) == Approx(122.9));
    CHECK(kgceOf(t, EnergyType::NaturalGas, QStringLiteral("m³"), 100) == Approx(121.43));
    CHECK(kgceOf(t, EnergyType::Heat, QStringLiteral("GJ"), 10) == Approx(341.2));
    // 100 L of petrol = 74 kg × 1.4714; 100 L of diesel = 86 kg × 1.4571.
    CHECK(kgceOf(t, EnergyType::Petrol, QStringLiteral("L"), 100) == Approx(108.8836));
    CHECK(kgceOf(t, EnergyType::Diesel, QStringLiteral("L"), 100) == Approx(125.3106));
    CHECK(kgceOf(t, EnergyType::Petrol, QStringLiteral("kg"), 74) == Approx(108.8836));
    CHECK(kgceOf(t, EnergyType::Lpg, QStringLiteral("kg"), 10) == Approx(17.143));
    CHECK(kgceOf(t, EnergyType::Coal, QStringLiteral("kg"), 1000) == Approx(714.3));
    // Water is a resource: no coefficient.
    CHECK_FALSE(energyOf(t).coefficientFor(EnergyType::Water, QDate(2026, 1, 1)));
    // A unit the coefficient is not per converts to nothing rather than to a wrong figure.
    CHECK(kgceOf(t, EnergyType::Electricity, QStringLiteral("MWh"), 1) == 0);
}

TEST_CASE("A new coefficient version applies from its date; earlier months keep the old one",
          "[energy][coefficients]")
{
    TempDatabase t;
    Coefficient c;
    c.type = EnergyType::Electricity;
    c.validFrom = QDate(2026, 7, 1);
    c.kgcePerUnit = 0.3;
    c.unit = QStringLiteral("kWh");
    c.note = QStringLiteral("当量值 → 等价值");
    const qint64 id = energyOf(t).saveCoefficient(c);
    CHECK(energyOf(t).coefficientFor(EnergyType::Electricity, QDate(2026, 6, 30))->kgcePerUnit
          == Approx(0.1229));
    CHECK(energyOf(t).coefficientFor(EnergyType::Electricity, QDate(2026, 7, 1))->id == id);

    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 m = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity);
    energyOf(t).saveReading(input(m, QStringLiteral("2026-06"), 1000'000));
    energyOf(t).saveReading(input(m, QStringLiteral("2026-07"), 1000'000));
    IndicatorRequest r;
    r.level = IndicatorLevel::Building;
    r.id = b;
    r.period = IndicatorPeriod::Month;
    r.year = 2026;
    r.month = 6;
    CHECK(energyOf(t).indicators(r).kgce == Approx(122.9));
    REQUIRE(energyOf(t).indicators(r).coefficients.size() == 1);
    CHECK(energyOf(t).indicators(r).coefficients[0].kgcePerUnit == Approx(0.1229));
    r.month = 7;
    CHECK(energyOf(t).indicators(r).kgce == Approx(300.0));
    CHECK(energyOf(t).indicators(r).coefficients[0].kgcePerUnit == Approx(0.3));
    // The year to date states both versions it used.
    r.period = IndicatorPeriod::YearToDate;
    CHECK(energyOf(t).indicators(r).kgce == Approx(422.9));
    CHECK(energyOf(t).indicators(r).coefficients.size() == 2);
}

TEST_CASE("Coefficient changes are audited, admins only, one version per date",
          "[energy][coefficients][permissions]")
{
    TempDatabase t;
    Coefficient c = energyOf(t).coefficientFor(EnergyType::NaturalGas, QDate(2026, 1, 1)).value();
    const double old = c.kgcePerUnit;
    c.kgcePerUnit = 1.33;
    energyOf(t).saveCoefficient(c);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                  "'energy_coefficient' AND action = 'update' AND entity_id = %1")
                       .arg(c.id))
              .toInt()
          == 1);
    CHECK(t.scalar(QStringLiteral("SELECT before_json FROM audit_log WHERE entity = "
                                  "'energy_coefficient'"))
              .toString()
              .contains(QString::number(old)));

    Coefficient twin = c;
    twin.id = 0;
    CHECK_THROWS_AS(energyOf(t).saveCoefficient(twin), ValidationError);
    Coefficient water;
    water.type = EnergyType::Water;
    water.validFrom = QDate(2026, 1, 1);
    water.kgcePerUnit = 1;
    water.unit = QStringLiteral("m³");
    CHECK_THROWS_AS(energyOf(t).saveCoefficient(water), ValidationError);
    Coefficient petrol = energyOf(t).coefficientFor(EnergyType::Petrol, QDate(2026, 1, 1)).value();
    petrol.density.reset();
    CHECK_THROWS_AS(energyOf(t).saveCoefficient(petrol), ValidationError);

    for (Role role : {Role::Manager, Role::Clerk, Role::Staff}) {
        t.loginAs(role, {Module::Energy});
        c.kgcePerUnit = 1.5;
        CHECK_THROWS_AS(energyOf(t).saveCoefficient(c), PermissionError);
    }
}

TEST_CASE("Quantities parse and print in thousandths of the unit", "[energy][units]")
{
    CHECK(parseQuantity(QStringLiteral("1,234.5")) == 1234500);
    CHECK(parseQuantity(QStringLiteral(" 12 345 ")) == 12345000);
    CHECK(parseQuantity(QStringLiteral("0.001")) == 1);
    CHECK_FALSE(parseQuantity(QStringLiteral("1.0001")));
    CHECK_FALSE(parseQuantity(QStringLiteral("-3")));
    CHECK_FALSE(parseQuantity(QStringLiteral("abc")));
    CHECK(addMonths(QStringLiteral("2026-01"), -1) == QStringLiteral("2025-12"));
    CHECK(addMonths(QStringLiteral("2026-11"), 14) == QStringLiteral("2028-01"));
    CHECK_FALSE(monthStart(QStringLiteral("2026-13")));
}

#include <catch2/catch.hpp>

#include "energy/EnergyTestSupport.h"

using namespace ga;
using namespace ga::energy;
using namespace ga::test;

namespace {

IndicatorRequest request(IndicatorLevel level, qint64 id, IndicatorPeriod period, int year,
                         int month = 12)
{
    IndicatorRequest r;
    r.level = level;
    r.id = id;
    r.period = period;
    r.year = year;
    r.month = month;
    return r;
}

// One building of 1,000 m² and 50 energy users with 1,000 kWh of electricity, 100 m³ of gas
// and 10 m³ of water every month of 2025.
struct OneBuilding
{
    qint64 building = 0;
    qint64 electricity = 0;
    qint64 gas = 0;
    qint64 water = 0;
};

OneBuilding oneBuilding(TempDatabase &t, qint64 department = 0, const QString &code = QStringLiteral("B1"))
{
    OneBuilding o;
    o.building = addEnergyBuilding(t, code, department, 1000, 50);
    o.electricity = addMeter(t, o.building, QStringLiteral("E1"), EnergyType::Electricity);
    o.gas = addMeter(t, o.building, QStringLiteral("G1"), EnergyType::NaturalGas);
    o.water = addMeter(t, o.building, QStringLiteral("W1"), EnergyType::Water);
    fillYear(t, o.electricity, 2025, 1000);
    fillYear(t, o.gas, 2025, 100);
    fillYear(t, o.water, 2025, 10);
    return o;
}

} // namespace

TEST_CASE("A year's indicators of a building, worked by hand", "[energy][indicators]")
{
    TempDatabase t;
    const OneBuilding o = oneBuilding(t);
    const Indicators i =
        energyOf(t).indicators(request(IndicatorLevel::Building, o.building, IndicatorPeriod::Year, 2025));
    // 12 × (1,000 kWh × 0.1229 + 100 m³ × 1.2143) = 12 × (122.9 + 121.43) = 2,931.96 kgce.
    CHECK(i.complete);
    CHECK(i.months == 12);
    CHECK(i.kgce == Approx(2931.96));
    CHECK(i.tce() == Approx(2.93196));
    CHECK(i.waterM3 == Approx(120));
    REQUIRE(i.byType.size() == 3);
    CHECK(i.byType[0].type == EnergyType::Electricity);
    CHECK(i.byType[0].quantityMilli == 12'000'000);
    CHECK(i.byType[0].kgce == Approx(1474.8));
    CHECK(i.byType[1].type == EnergyType::NaturalGas);
    CHECK(i.byType[1].kgce == Approx(1457.16));
    CHECK(i.byType[2].type == EnergyType::Water);
    CHECK(i.byType[2].kgce == 0);
    // Per m²: 2,931.96 / 1,000; per person: 2,931.96 / 50; water: 120 / 50.
    CHECK(*i.kgcePerM2 == Approx(2.93196));
    CHECK(*i.kgcePerPerson == Approx(58.6392));
    CHECK(*i.waterPerPerson == Approx(2.4));
    CHECK(i.baselinePerM2() == Approx(18.48));
    CHECK(i.targetPerM2() == Approx(17.556));
    CHECK(i.targetPerPerson() == Approx(309.7864));
    CHECK(i.targetWaterPerPerson() == Approx(20.2382));
    CHECK(i.coefficients.size() == 2); // electricity and gas; water has none
}

TEST_CASE("Intensity is given for complete periods only; the missing months are named",
          "[energy][indicators][completeness]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"), 0, 1000, 50);
    const qint64 e = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity);
    const qint64 w = addMeter(t, b, QStringLiteral("W1"), EnergyType::Water);
    fillYear(t, e, 2025, 1000);
    for (int m : {1, 2, 4, 5, 6, 7, 8, 9, 10, 12})
        energyOf(t).saveReading(input(w, monthKey(2025, m), 10'000));
    Indicators i =
        energyOf(t).indicators(request(IndicatorLevel::Building, b, IndicatorPeriod::Year, 2025));
    CHECK_FALSE(i.complete);
    CHECK(i.missingMonths == QStringList {QStringLiteral("2025-03"), QStringLiteral("2025-11")});
    CHECK_FALSE(i.kgcePerM2);
    CHECK_FALSE(i.kgcePerPerson);
    CHECK(i.kgce == Approx(1474.8)); // the total is still shown
    // February alone is complete; so is January to February.
    i = energyOf(t).indicators(request(IndicatorLevel::Building, b, IndicatorPeriod::Month, 2025, 2));
    CHECK(i.complete);
    CHECK(*i.kgcePerM2 == Approx(0.1229));
    CHECK(i.baselinePerM2() == Approx(18.48 / 12));
    i = energyOf(t).indicators(request(IndicatorLevel::Building, b, IndicatorPeriod::YearToDate, 2025, 2));
    CHECK(i.complete);
    CHECK(*i.kgcePerPerson == Approx(245.8 / 50));
    // A meter read from July on does not make the first half incomplete.
    addMeter(t, b, QStringLiteral("G1"), EnergyType::NaturalGas, ReadingKind::Period,
             QStringLiteral("2025-07"));
    CHECK(energyOf(t).indicators(request(IndicatorLevel::Building, b, IndicatorPeriod::Month, 2025, 6)).complete);
    CHECK_FALSE(energyOf(t).indicators(request(IndicatorLevel::Building, b, IndicatorPeriod::Month, 2025, 7)).complete);
}

TEST_CASE("Month-on-month and year-on-year changes", "[energy][indicators]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 e = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity);
    energyOf(t).saveReading(input(e, QStringLiteral("2025-05"), 800'000));
    energyOf(t).saveReading(input(e, QStringLiteral("2026-04"), 1000'000));
    energyOf(t).saveReading(input(e, QStringLiteral("2026-05"), 1100'000));
    const Indicators i =
        energyOf(t).indicators(request(IndicatorLevel::Building, b, IndicatorPeriod::Month, 2026, 5));
    CHECK(i.kgce == Approx(135.19));
    CHECK(*i.previousKgce == Approx(122.9));
    CHECK(*i.monthOnMonth == Approx(0.1));          // 1,100 / 1,000 − 1
    CHECK(*i.lastYearKgce == Approx(98.32));
    CHECK(*i.yearOnYear == Approx(0.375));          // 1,100 / 800 − 1
    // No reading a year before: no year-on-year figure.
    const Indicators april =
        energyOf(t).indicators(request(IndicatorLevel::Building, b, IndicatorPeriod::Month, 2026, 4));
    CHECK_FALSE(april.yearOnYear);
    CHECK_FALSE(april.monthOnMonth);
}

TEST_CASE("An agency's and the region's indicators add up their buildings", "[energy][indicators]")
{
    TempDatabase t;
    const SmallOrg org = addSmallOrg(t);
    const qint64 other = addDepartment(t, QStringLiteral("A02"), QStringLiteral("教育局"),
                                       DepartmentKind::Agency, org.bureau);
    oneBuilding(t, org.office, QStringLiteral("B1"));
    oneBuilding(t, org.finance, QStringLiteral("B2"));
    oneBuilding(t, other, QStringLiteral("B3"));
    const Indicators agency =
        energyOf(t).indicators(request(IndicatorLevel::Agency, org.agency, IndicatorPeriod::Year, 2025));
    CHECK(agency.buildings == 2);
    CHECK(agency.kgce == Approx(2 * 2931.96));
    CHECK(agency.grossArea == 2 * 100'000);
    CHECK(agency.energyUsers == 100);
    CHECK(*agency.kgcePerM2 == Approx(2.93196));
    const Indicators region =
        energyOf(t).indicators(request(IndicatorLevel::Region, 0, IndicatorPeriod::Year, 2025));
    CHECK(region.buildings == 3);
    CHECK(region.kgce == Approx(3 * 2931.96));
    CHECK(*region.waterPerPerson == Approx(2.4));
    CHECK(region.cost == 0);

    const QList<BuildingIndicator> ranking = energyOf(t).buildingIndicators(2025);
    REQUIRE(ranking.size() == 3);
    CHECK(ranking[2].code == QStringLiteral("B3"));
    CHECK(*ranking[2].kgcePerM2 == Approx(2.93196));
    const auto trend = energyOf(t).monthlyKgce(IndicatorLevel::Region, 0, QStringLiteral("2026-01"), 13);
    REQUIRE(trend.size() == 13);
    CHECK(trend.first().first == QStringLiteral("2025-01"));
    CHECK(trend.first().second == Approx(3 * 244.33));
    CHECK(trend.last().second == 0);
}

TEST_CASE("The heat map marks missing and flagged months", "[energy][indicators]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 e = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity,
                              ReadingKind::Cumulative, QStringLiteral("2026-01"));
    addEnergyBuilding(t, QStringLiteral("B2"));
    energyOf(t).saveReading(input(e, QStringLiteral("2026-01"), 1000'000));
    energyOf(t).saveReading(input(e, QStringLiteral("2026-02"), 900'000, QStringLiteral("核实")));
    const QList<StatusRow> rows = energyOf(t).readingStatus(QStringLiteral("2026-03"), 3);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].months
          == QList<CellState> {CellState::Complete, CellState::Flagged, CellState::Missing});
    CHECK(rows[1].months == QList<CellState>(3, CellState::NotRead));
}

TEST_CASE("Costs come from the unit price or the invoice amount", "[energy][indicators]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    Meter m;
    m.buildingId = b;
    m.meterNo = QStringLiteral("E1");
    m.type = EnergyType::Electricity;
    m.kind = ReadingKind::Period;
    m.sinceMonth = QStringLiteral("2026-01");
    m.unitPrice = 6532; // ¥0.6532 per kWh, in 0.01 fen
    const qint64 id = energyOf(t).createMeter(m);
    energyOf(t).saveReading(input(id, QStringLiteral("2026-01"), 1000'000)); // 1,000 kWh → ¥653.20
    ReadingInput invoiced = input(id, QStringLiteral("2026-02"), 1000'000);
    invoiced.amount = 70'000;                                                 // ¥700.00 invoiced
    energyOf(t).saveReading(invoiced);
    const Indicators i = energyOf(t).indicators(
        request(IndicatorLevel::Building, b, IndicatorPeriod::YearToDate, 2026, 2));
    CHECK(i.cost == 65'320 + 70'000);
}

TEST_CASE("The over-quota forecast follows last year's seasonal shape", "[energy][quotas]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 e = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity);
    // 2025: 2,000 kWh in each of January to March, 1,000 kWh in the other nine months:
    // 15,000 kWh, of which 6,000 (40 %) in the first quarter.
    for (int m = 1; m <= 12; ++m)
        energyOf(t).saveReading(input(e, monthKey(2025, m), m <= 3 ? 2000'000 : 1000'000));
    // 2026's first quarter: 2,400 kWh a month, 7,200 kWh = 884.88 kgce.
    for (int m = 1; m <= 3; ++m)
        energyOf(t).saveReading(input(e, monthKey(2026, m), 2400'000));
    energyOf(t).setQuota(b, 2026, 2000, QStringLiteral("2026 年定额"));
    QuotaForecast f = energyOf(t).forecast(b, 2026, 3);
    CHECK(f.monthsKnown == 3);
    CHECK(f.seasonal);
    CHECK(f.yearToDateKgce == Approx(884.88));
    CHECK(f.forecastKgce == Approx(884.88 / 0.4)); // 2,212.2 kgce
    CHECK(f.overQuota());
    energyOf(t).setQuota(b, 2026, 2300, {});
    CHECK_FALSE(energyOf(t).forecast(b, 2026, 3).overQuota());
    CHECK(energyOf(t).quota(b, 2026)->kgce == 2300);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'energy_quota'")).toInt() == 2);
    // Without last year, pro rata: 884.88 × 12 / 3.
    const qint64 b2 = addEnergyBuilding(t, QStringLiteral("B2"));
    const qint64 e2 = addMeter(t, b2, QStringLiteral("E1"), EnergyType::Electricity);
    for (int m = 1; m <= 3; ++m)
        energyOf(t).saveReading(input(e2, monthKey(2026, m), 2400'000));
    f = energyOf(t).forecast(b2, 2026, 3);
    CHECK_FALSE(f.seasonal);
    CHECK(f.forecastKgce == Approx(884.88 * 4));
    CHECK_THROWS_AS(energyOf(t).setQuota(b2, 2026, 0, {}), ValidationError);
}

#include <catch2/catch.hpp>

#include "energy/EnergyTestSupport.h"
#include "org/SettingsService.h"

using namespace ga;
using namespace ga::energy;
using namespace ga::test;

namespace {

qint64 useOf(TempDatabase &t, qint64 meterId, const char *month)
{
    return t
        .scalar(QStringLiteral("SELECT consumption_milli FROM energy_readings WHERE meter_id = %1 "
                               "AND month = '%2'")
                    .arg(meterId)
                    .arg(QLatin1String(month)))
        .toLongLong();
}

} // namespace

TEST_CASE("A cumulative meter's use is the index less the previous one, the first less the "
          "installation index", "[energy][readings]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 m = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity,
                              ReadingKind::Cumulative, QStringLiteral("2026-01"), 5000'000);
    energyOf(t).saveReading(input(m, QStringLiteral("2026-01"), 5800'000));
    energyOf(t).saveReading(input(m, QStringLiteral("2026-02"), 6500'500));
    CHECK(useOf(t, m, "2026-01") == 800'000);
    CHECK(useOf(t, m, "2026-02") == 700'500);
}

TEST_CASE("A roll-over and a replacement are counted across, not flagged", "[energy][readings]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    // A five-digit register: 99,999.999 then 0.
    const qint64 m = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity,
                              ReadingKind::Cumulative, QStringLiteral("2026-01"), 99'000'000,
                              100'000'000);
    energyOf(t).saveReading(input(m, QStringLiteral("2026-01"), 99'800'000));
    ReadingInput over = input(m, QStringLiteral("2026-02"), 300'000);
    over.event = ReadingEvent::Rollover;
    energyOf(t).saveReading(over);
    CHECK(useOf(t, m, "2026-02") == 500'000); // 200 to the roll-over and 300 after it

    // Replaced in March: the old meter reached 900, the new one started at 10 and reads 60.
    ReadingInput swap = input(m, QStringLiteral("2026-03"), 60'000);
    swap.event = ReadingEvent::Replacement;
    swap.oldFinalMilli = 900'000;
    swap.newStartMilli = 10'000;
    energyOf(t).saveReading(swap);
    CHECK(useOf(t, m, "2026-03") == 650'000); // 900 − 300 + 60 − 10
    CHECK(t.scalar(QStringLiteral("SELECT sum(flags) FROM energy_readings")).toInt() == 0);

    // A roll-over past the register's capacity is refused.
    ReadingInput bad = input(m, QStringLiteral("2026-04"), 100'000'000);
    bad.event = ReadingEvent::Rollover;
    CHECK_THROWS_AS(energyOf(t).saveReading(bad), ValidationError);
}

TEST_CASE("An index below the previous one is flagged and needs a note", "[energy][readings][anomaly]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 m = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity,
                              ReadingKind::Cumulative, QStringLiteral("2026-01"));
    energyOf(t).saveReading(input(m, QStringLiteral("2026-01"), 1000'000));
    try {
        energyOf(t).saveReading(input(m, QStringLiteral("2026-02"), 999'999));
        FAIL("a lower index was accepted without a note");
    } catch (const AnomalyError &e) {
        CHECK(e.assessment().flags == BelowPrevious);
        CHECK(e.assessment().previousMilli == 1000'000);
    }
    CHECK(t.count(QStringLiteral("energy_readings")) == 1);
    energyOf(t).saveReading(input(m, QStringLiteral("2026-02"), 999'999,
                                  QStringLiteral("上月抄表读数偏高，已核实")));
    CHECK(t.scalar(QStringLiteral("SELECT flags FROM energy_readings WHERE month = '2026-02'")).toInt()
          == BelowPrevious);
    // Equal to the previous index: no use, no flag.
    const qint64 m2 = addMeter(t, b, QStringLiteral("E2"), EnergyType::Electricity,
                               ReadingKind::Cumulative, QStringLiteral("2026-01"));
    energyOf(t).saveReading(input(m2, QStringLiteral("2026-01"), 10'000));
    energyOf(t).saveReading(input(m2, QStringLiteral("2026-02"), 10'000));
    CHECK(useOf(t, m2, "2026-02") == 0);
}

TEST_CASE("A use outside median ± k·MAD of the same month's history is flagged, at the edge not",
          "[energy][readings][anomaly]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 m = addMeter(t, b, QStringLiteral("W1"), EnergyType::Water);
    // March of four earlier years: 100, 110, 120, 140 m³. Median 115; deviations 15, 5, 5, 25,
    // MAD 10; k = 3: the usual range is 85 – 145.
    const int history[] = {100, 110, 120, 140};
    for (int i = 0; i < 4; ++i)
        energyOf(t).saveReading(input(m, monthKey(2021 + i, 3), history[i] * 1000));
    const Assessment edge = energyOf(t).assess(input(m, QStringLiteral("2025-03"), 145'000));
    CHECK(edge.median == Approx(115'000));
    CHECK(edge.mad == Approx(10'000));
    CHECK(edge.flags == NoFlag);
    CHECK(energyOf(t).assess(input(m, QStringLiteral("2025-03"), 85'000)).flags == NoFlag);
    CHECK(energyOf(t).assess(input(m, QStringLiteral("2025-03"), 145'001)).flags == OutsideRange);
    CHECK(energyOf(t).assess(input(m, QStringLiteral("2025-03"), 84'999)).flags == OutsideRange);
    CHECK_THROWS_AS(energyOf(t).saveReading(input(m, QStringLiteral("2025-03"), 200'000)),
                    AnomalyError);
    // Other months have no history yet: nothing to compare with.
    CHECK(energyOf(t).assess(input(m, QStringLiteral("2025-04"), 999'000)).flags == NoFlag);

    // k is a setting: with k = 5 the range is 65 – 165.
    t.services().settings().setValue(QString::fromLatin1(EnergyService::AnomalyKSetting),
                                     QStringLiteral("5"));
    CHECK(energyOf(t).assess(input(m, QStringLiteral("2025-03"), 165'000)).flags == NoFlag);
    CHECK(energyOf(t).assess(input(m, QStringLiteral("2025-03"), 165'001)).flags == OutsideRange);
}

TEST_CASE("A correction keeps the old value in the audit and derives the next month again",
          "[energy][readings][audit]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 m = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity,
                              ReadingKind::Cumulative, QStringLiteral("2026-01"));
    energyOf(t).saveReading(input(m, QStringLiteral("2026-01"), 1000'000));
    energyOf(t).saveReading(input(m, QStringLiteral("2026-02"), 1500'000));
    energyOf(t).saveReading(input(m, QStringLiteral("2026-01"), 1100'000));
    CHECK(useOf(t, m, "2026-01") == 1100'000);
    CHECK(useOf(t, m, "2026-02") == 400'000);
    CHECK(t.count(QStringLiteral("energy_readings")) == 2);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'energy_reading' "
                                  "AND action = 'update'"))
              .toInt()
          == 2); // the correction and the next month's use derived again
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'energy_reading' "
                                  "AND action = 'update' AND before_json LIKE '%1000000%'"))
              .toInt()
          == 1);

    // Corrected above February's index: February now falls below and awaits a confirmation.
    energyOf(t).saveReading(input(m, QStringLiteral("2026-01"), 1600'000));
    const auto feb = t.scalar(QStringLiteral("SELECT flags FROM energy_readings WHERE month = '2026-02'"));
    CHECK(feb.toInt() == BelowPrevious);
}

TEST_CASE("A reading flagged by a correction awaits a note and is confirmed later", "[energy][readings]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 m = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity,
                              ReadingKind::Cumulative, QStringLiteral("2026-01"));
    energyOf(t).saveReading(input(m, QStringLiteral("2026-01"), 1000'000));
    energyOf(t).saveReading(input(m, QStringLiteral("2026-02"), 2000'000));
    // Corrected January above February: February is flagged, with no note.
    energyOf(t).saveReading(input(m, QStringLiteral("2026-01"), 2500'000));
    const qint64 feb = t.scalar(QStringLiteral("SELECT id FROM energy_readings WHERE month = '2026-02'"))
                           .toLongLong();
    CHECK_THROWS_AS(energyOf(t).confirmReading(feb, QStringLiteral("  ")), ValidationError);
    energyOf(t).confirmReading(feb, QStringLiteral("表计更换前读数"));
    CHECK(t.scalar(QStringLiteral("SELECT note FROM energy_readings WHERE id = %1").arg(feb)).toString()
          == QStringLiteral("表计更换前读数"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'confirm'")).toInt() == 1);
}

TEST_CASE("Readings are refused for future months, before the meter's first month and on retired "
          "meters", "[energy][readings]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 m = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity,
                              ReadingKind::Period, QStringLiteral("2025-06"));
    CHECK_THROWS_AS(energyOf(t).saveReading(input(m, QStringLiteral("2026-12"), 1)), ValidationError);
    CHECK_THROWS_AS(energyOf(t).saveReading(input(m, QStringLiteral("2025-05"), 1)), ValidationError);
    CHECK_THROWS_AS(energyOf(t).saveReading(input(m, QStringLiteral("2025-13"), 1)), ValidationError);
    energyOf(t).saveReading(input(m, QStringLiteral("2026-11"), 1));
    energyOf(t).retireMeter(m);
    CHECK_THROWS_AS(energyOf(t).saveReading(input(m, QStringLiteral("2026-10"), 1)), ValidationError);
    // A meter with readings is retired, never deleted.
    CHECK_THROWS_AS(energyOf(t).deleteMeter(m), ConflictError);
}

TEST_CASE("The entry grid shows each meter with last month and the same month last year",
          "[energy][grid]")
{
    TempDatabase t;
    const qint64 b1 = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 b2 = addEnergyBuilding(t, QStringLiteral("B2"));
    const qint64 e1 = addMeter(t, b1, QStringLiteral("E1"), EnergyType::Electricity);
    const qint64 w1 = addMeter(t, b1, QStringLiteral("W1"), EnergyType::Water);
    addMeter(t, b2, QStringLiteral("E1"), EnergyType::Electricity);
    addMeter(t, b2, QStringLiteral("NEW"), EnergyType::Electricity, ReadingKind::Period,
             QStringLiteral("2026-12"));
    energyOf(t).saveReading(input(e1, QStringLiteral("2025-10"), 900'000));
    energyOf(t).saveReading(input(e1, QStringLiteral("2026-09"), 1000'000));
    energyOf(t).saveReading(input(e1, QStringLiteral("2026-10"), 1100'000));
    energyOf(t).saveReading(input(w1, QStringLiteral("2026-09"), 5'000));
    const QList<GridRow> grid = energyOf(t).entryGrid(QStringLiteral("2026-10"));
    REQUIRE(grid.size() == 3); // the meter read from 2026-12 on is not in October's grid
    CHECK(grid[0].buildingCode == QStringLiteral("B1"));
    CHECK(grid[0].meter.id == e1);
    CHECK(grid[0].current->valueMilli == 1100'000);
    CHECK(grid[0].lastMonth->valueMilli == 1000'000);
    CHECK(grid[0].lastYear->valueMilli == 900'000);
    CHECK(grid[1].meter.id == w1);
    CHECK_FALSE(grid[1].current);
    CHECK(grid[1].lastMonth->valueMilli == 5'000);
    CHECK_FALSE(grid[1].lastYear);
    CHECK(grid[2].buildingCode == QStringLiteral("B2"));
    CHECK(energyOf(t).entryGrid(QStringLiteral("2026-10"), b2).size() == 1);
}

TEST_CASE("A meter's number is unique in its building and its unit follows its type",
          "[energy][meters]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 b2 = addEnergyBuilding(t, QStringLiteral("B2"));
    const qint64 m = addMeter(t, b, QStringLiteral("E1"), EnergyType::NaturalGas);
    CHECK(energyOf(t).meter(m).unit == QStringLiteral("m³"));
    CHECK_THROWS_AS(addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity), ValidationError);
    CHECK_NOTHROW(addMeter(t, b2, QStringLiteral("E1"), EnergyType::Electricity));
    CHECK_THROWS_AS(addMeter(t, b, QStringLiteral(" "), EnergyType::Electricity), ValidationError);
    CHECK_THROWS_AS(addMeter(t, b, QStringLiteral("O1"), EnergyType::Other), ValidationError);
    CHECK_THROWS_AS(addMeter(t, b, QStringLiteral("E9"), EnergyType::Electricity,
                             ReadingKind::Period, QStringLiteral("2026/01")),
                    ValidationError);
    // Once read, its kind of reading stays.
    energyOf(t).saveReading(input(m, QStringLiteral("2026-01"), 1000));
    Meter changed = energyOf(t).meter(m);
    changed.kind = ReadingKind::Cumulative;
    CHECK_THROWS_AS(energyOf(t).updateMeter(changed), ValidationError);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'energy_meter' "
                                  "AND action = 'create'"))
              .toInt()
          == 2);
}

TEST_CASE("A steady history's spread is at least 5 % of its median", "[energy][readings][anomaly]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 m = addMeter(t, b, QStringLiteral("W1"), EnergyType::Water);
    for (int year = 2021; year <= 2023; ++year)
        energyOf(t).saveReading(input(m, monthKey(year, 6), 100'000));
    // MAD 0, floored at 5 m³: with k = 3 the usual range is 85 – 115 m³.
    const Assessment a = energyOf(t).assess(input(m, QStringLiteral("2024-06"), 115'000));
    CHECK(a.mad == Approx(5'000));
    CHECK(a.flags == NoFlag);
    CHECK(energyOf(t).assess(input(m, QStringLiteral("2024-06"), 115'001)).flags == OutsideRange);
}

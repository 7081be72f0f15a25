#pragma once

#include "energy/EnergyTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ga::energy {

// The national figures for public institutions (DESIGN.md, Energy): the 2020 baseline and the
// 2025 targets (−5 % per m², −6 % per person, −6 % water per person). Per year.
struct NationalBaseline
{
    static constexpr double kgcePerM2 = 18.48;
    static constexpr double kgcePerPerson = 329.56;
    static constexpr double waterM3PerPerson = 21.53;
    static constexpr double targetPerM2 = 18.48 * 0.95;
    static constexpr double targetPerPerson = 329.56 * 0.94;
    static constexpr double targetWaterPerPerson = 21.53 * 0.94;
};

// What the indicators are of: one building, an agency (a department's subtree) or the region
// (everything in the user's scope).
enum class IndicatorLevel { Building, Agency, Region };
// The period ending in `month`: that month, January to it, or the whole calendar year.
enum class IndicatorPeriod { Month, YearToDate, Year };

struct IndicatorRequest
{
    IndicatorLevel level = IndicatorLevel::Region;
    qint64 id = 0;                  // the building or the agency's department; 0 for the region
    IndicatorPeriod period = IndicatorPeriod::Year;
    int year = 0;
    int month = 12;                 // the period's last month (Month, YearToDate)
};

struct TypeTotal
{
    EnergyType type = EnergyType::Electricity;
    QString unit;
    qint64 quantityMilli = 0;       // in the meters' unit
    double kgce = 0;                // 0 for water
    qint64 cost = 0;                // fen
};

// A coefficient as applied in a report: the version valid in the period's months.
struct AppliedCoefficient
{
    EnergyType type = EnergyType::Electricity;
    QDate validFrom;
    double kgcePerUnit = 0;
    QString unit;
    std::optional<double> density;
};

struct Indicators
{
    QString from, to;               // the period's first and last month
    int months = 0;
    QList<TypeTotal> byType;        // in allEnergyTypes() order, only types with use
    double kgce = 0;                // total energy, water excluded
    double tce() const { return kgce / 1000.0; }
    double waterM3 = 0;
    qint64 cost = 0;                // fen
    qint64 grossArea = 0;           // 0.01 m², of the buildings counted
    int energyUsers = 0;
    int buildings = 0;

    // A period is complete when every active meter has a reading for every month of it.
    bool complete = false;
    QStringList missingMonths;      // "2026-03", …
    int incompleteBuildings = 0;
    int awaitingConfirmation = 0;   // flagged readings without a confirmation note

    // Only for complete periods (and a known area / headcount).
    std::optional<double> kgcePerM2;
    std::optional<double> kgcePerPerson;
    std::optional<double> waterPerPerson;

    // Change against the previous period of the same length and the same period a year before,
    // as a fraction (0.05 = +5 %); none when that period has no use.
    std::optional<double> previousKgce, lastYearKgce;
    std::optional<double> monthOnMonth, yearOnYear;

    // The baseline and target for the period's share of a year (months / 12).
    double baselinePerM2() const { return NationalBaseline::kgcePerM2 * months / 12.0; }
    double baselinePerPerson() const { return NationalBaseline::kgcePerPerson * months / 12.0; }
    double baselineWaterPerPerson() const { return NationalBaseline::waterM3PerPerson * months / 12.0; }
    double targetPerM2() const { return NationalBaseline::targetPerM2 * months / 12.0; }
    double targetPerPerson() const { return NationalBaseline::targetPerPerson * months / 12.0; }
    double targetWaterPerPerson() const { return NationalBaseline::targetWaterPerPerson * months / 12.0; }

    QList<AppliedCoefficient> coefficients;
};

// One building's year, for the ranking by intensity.
struct BuildingIndicator
{
    qint64 buildingId = 0;
    QString code;
    QString name;
    double kgce = 0;
    double waterM3 = 0;
    qint64 grossArea = 0;
    int energyUsers = 0;
    bool complete = false;
    std::optional<double> kgcePerM2;
    std::optional<double> kgcePerPerson;
};

// A building's readings across months: what the heat map shows.
enum class CellState { Complete, Missing, Flagged, NotRead };
struct StatusRow
{
    qint64 buildingId = 0;
    QString code;
    QString name;
    QList<CellState> months;        // one per month of the range
};

// The quota check of one building and year: a forecast of the year from year-to-date with last
// year's seasonal shape (the share of the months so far in last year's total), or pro rata
// when last year is not there.
struct QuotaForecast
{
    qint64 buildingId = 0;
    int year = 0;
    int monthsKnown = 0;            // January to the last month with a complete reading set
    std::optional<qint64> quotaKgce;
    double yearToDateKgce = 0;
    double forecastKgce = 0;
    bool seasonal = false;          // true: last year's shape was used
    bool overQuota() const { return quotaKgce && forecastKgce > double(*quotaKgce); }
};

} // namespace ga::energy

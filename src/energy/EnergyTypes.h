#pragma once

#include "storage/Keyset.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ga::energy {

// The plain types of the energy module (resources/sql/0010_energy.sql). Quantities are integers
// of 0.001 of the meter's unit (milli); months are "YYYY-MM".

enum class EnergyType { Electricity, NaturalGas, Heat, Water, Petrol, Diesel, Lpg, Coal, Other };
enum class ReadingKind { Cumulative, Period };
enum class ReadingEvent { None, Rollover, Replacement };
enum class MeterStatus { Active, Retired };

QString energyTypeKey(EnergyType t);                       // "natural_gas", stored
std::optional<EnergyType> energyTypeFromKey(const QString &key);
QString energyTypeDisplayName(EnergyType t);               // translated
QList<EnergyType> allEnergyTypes();
// The unit a meter of the type reads in (kWh, m³, GJ, L, kg); "" for Other (the meter's own).
QString defaultUnit(EnergyType t);
// Water is a resource, not energy: it has no standard-coal value.
inline bool isEnergy(EnergyType t) { return t != EnergyType::Water; }

QString readingKindKey(ReadingKind k);                     // "cumulative" / "period"
std::optional<ReadingKind> readingKindFromKey(const QString &key);
QString readingKindDisplayName(ReadingKind k);

QString readingEventKey(ReadingEvent e);                   // "", "rollover", "replacement"
std::optional<ReadingEvent> readingEventFromKey(const QString &key);

// Milli-units: "1,234.5" in the current locale (up to three decimals, trailing zeros dropped).
QString formatQuantity(qint64 milli);
// Parses "1234.5", "1,234.567", "1 234"; refuses more than three decimals and negatives.
std::optional<qint64> parseQuantity(const QString &text);

// Months: "2026-11".
QString monthKey(int year, int month);
std::optional<QDate> monthStart(const QString &month);       // the 1st, nullopt when malformed
QString addMonths(const QString &month, int n);

struct Meter
{
    qint64 id = 0;
    qint64 buildingId = 0;
    QString meterNo;
    EnergyType type = EnergyType::Electricity;
    QString unit;                   // empty: the type's default unit
    ReadingKind kind = ReadingKind::Cumulative;
    QString sinceMonth;             // the first month it is read, "YYYY-MM"
    qint64 initialMilli = 0;        // cumulative: the index when installed
    qint64 rolloverMilli = 0;       // cumulative: the index at which it rolls over; 0: none
    qint64 unitPrice = 0;           // 0.01 fen per unit; 0: readings carry the invoice amount
    QString note;
    MeterStatus status = MeterStatus::Active;
    qint64 createdAt = 0;

    bool isActive() const { return status == MeterStatus::Active; }
};

struct MeterRow
{
    Meter meter;
    QString buildingCode;
    QString buildingName;
    qint64 departmentId = 0;
    QString departmentName;
    KeysetCursor key;
};

enum class MeterSort { MeterNo, Building, Type };

struct MeterFilter
{
    QString text;                   // part of the meter number, building code or name
    qint64 buildingId = 0;          // 0: every building
    std::optional<EnergyType> type;
    bool includeRetired = false;
    MeterSort sort = MeterSort::Building;
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 scopeRoot = 0;           // set by the service from the session
};

// Why a reading is flagged (bits of energy_readings.flags).
enum ReadingFlag : int {
    NoFlag = 0,
    BelowPrevious = 1,  // a cumulative index lower than the previous one (no roll-over/replacement)
    OutsideRange = 2,   // the month's use outside median ± k·MAD of the same month's history
};

struct Reading
{
    qint64 id = 0;
    qint64 meterId = 0;
    QString month;
    qint64 valueMilli = 0;          // the index at the month's end, or the month's amount
    qint64 consumptionMilli = 0;    // the month's use
    std::optional<qint64> amount;   // fen: the invoice amount; none: unit price × use
    ReadingEvent event = ReadingEvent::None;
    qint64 oldFinalMilli = 0;       // replacement: the old meter's last index
    qint64 newStartMilli = 0;       // replacement: the new meter's first index
    int flags = NoFlag;
    QString note;                   // the confirmation note of a flagged reading
    QString source = QStringLiteral("entry");
    qint64 updatedAt = 0;
    qint64 createdAt = 0;

    // Flagged and not yet confirmed with a note (an imported one).
    bool awaitsConfirmation() const { return flags != NoFlag && note.trimmed().isEmpty(); }
};

// What the clerk types into one cell of the grid.
struct ReadingInput
{
    qint64 meterId = 0;
    QString month;
    qint64 valueMilli = 0;
    std::optional<qint64> amount;
    ReadingEvent event = ReadingEvent::None;
    qint64 oldFinalMilli = 0;
    qint64 newStartMilli = 0;
    QString note;                   // required when the reading is flagged
};

// The anomaly rule's verdict on a value before it is stored.
struct Assessment
{
    int flags = NoFlag;
    qint64 consumptionMilli = 0;
    std::optional<qint64> previousMilli;   // the previous index (cumulative meters)
    std::optional<double> median;          // of the same month's history (milli)
    double mad = 0;
    double low = 0, high = 0;              // the usual range, milli
    int historyCount = 0;
    // "Below the previous reading 1,234.5; outside the usual range 10.2 – 20.4" (translated).
    QString describe() const;
};

// One row of the monthly entry grid: a meter, its building, this month's reading, last
// month's and the same month last year's.
struct GridRow
{
    Meter meter;
    QString buildingCode;
    QString buildingName;
    std::optional<Reading> current;
    std::optional<Reading> lastMonth;
    std::optional<Reading> lastYear;
};

struct Coefficient
{
    qint64 id = 0;
    EnergyType type = EnergyType::Electricity;
    QDate validFrom;
    double kgcePerUnit = 0;         // per kWh, m³, GJ or kg
    QString unit;
    std::optional<double> density;  // kg/L, for fuels metered in litres
    QString note;
    qint64 createdAt = 0;
};

struct Quota
{
    qint64 id = 0;
    qint64 buildingId = 0;
    int year = 0;
    qint64 kgce = 0;
    QString note;
    qint64 createdAt = 0;
};

} // namespace ga::energy

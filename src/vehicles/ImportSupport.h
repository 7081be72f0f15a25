#pragma once

#include "storage/csv/ColumnMapping.h"
#include "vehicles/VehicleTypes.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QTime>

#include <initializer_list>
#include <optional>

namespace ga::vehicles {

// Helpers shared by VehicleImporter and FuelImporter: reading the vehicle module's values the
// way spreadsheets write them.

// Column headers a field is known by, written as UTF-16 literals (u"车牌号", u"plate" …).
QStringList headerAliases(std::initializer_list<const char16_t *> headers);
// The fields both importers can key a vehicle by: its plate and its fleet number (自编号).
ImportField plateField(bool required);
ImportField fleetNoField();

// The values of an enum as the choices of an ImportField, and a recogniser from a parser.
template<typename Enum> QList<ImportChoice> enumChoices(const QList<Enum> &values)
{
    QList<ImportChoice> out;
    for (Enum v : values)
        out.append({key(v), displayName(v)});
    return out;
}
template<typename Enum>
std::function<QString(const QString &)> recogniser(std::optional<Enum> (*parse)(const QString &))
{
    return [parse](const QString &text) {
        const std::optional<Enum> v = parse(text);
        return v ? key(*v) : QString();
    };
}

// Keys, English and Chinese names (一般公务用车, 执法执勤用车 …).
std::optional<Category> parseCategory(const QString &text);
// Keys, English and Chinese names (汽油, 柴油, 纯电动, 插电混动, 混合动力 …).
std::optional<EnergyType> parseEnergyType(const QString &text);
// Keys, English and Chinese names (编制保留, 社会化租赁 …).
std::optional<Ownership> parseOwnership(const QString &text);
// Keys and what fuel-card statements print: "92#汽油", "0#柴油", "95号", "充电", "Unleaded",
// "Unleaded Ethanol (10% blend)", "E-85", "Premium", "Diesel #2", "ULSD" …
std::optional<FuelKind> parseFuelKind(const QString &text);
// The fuel a vehicle of this energy type usually takes.
FuelKind defaultFuelKind(EnergyType energy);

// A card or other number as Excel exports it: a leading apostrophe or an ="…" formula wrapper
// removed, blanks trimmed. Empty when the cell is empty.
QString cleanCode(const QString &text);
// True when Excel has turned a long number into scientific notation ("1.00011E+18").
bool looksLikeScientificNotation(const QString &text);

// Local wall-clock time → Unix seconds (UTC), caching the zone offset per hour so a large
// import does not ask the time-zone database once per row.
class LocalTimeConverter
{
public:
    qint64 toUtcSecs(QDate date, QTime time);

private:
    QHash<qint64, int> m_offsets; // julian day * 24 + hour → offset from UTC in seconds
};

} // namespace ga::vehicles

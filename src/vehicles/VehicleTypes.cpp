#include "vehicles/VehicleTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ga::vehicles {

namespace {

template<typename Enum>
struct EnumInfo
{
    Enum value;
    const char *key;
    const char *name; // source text, translated in context "VehicleTypes"
};

const EnumInfo<Category> kCategories[] = {
    {Category::Confidential, "confidential", QT_TRANSLATE_NOOP("VehicleTypes", "Confidential communications")},
    {Category::Emergency, "emergency", QT_TRANSLATE_NOOP("VehicleTypes", "Emergency support")},
    {Category::LawEnforcement, "law_enforcement", QT_TRANSLATE_NOOP("VehicleTypes", "Law enforcement")},
    {Category::Special, "special", QT_TRANSLATE_NOOP("VehicleTypes", "Special purpose")},
    {Category::General, "general", QT_TRANSLATE_NOOP("VehicleTypes", "General official (platform)")},
    {Category::Leader, "leader", QT_TRANSLATE_NOOP("VehicleTypes", "Leader's fixed car")},
};
const EnumInfo<EnergyType> kEnergyTypes[] = {
    {EnergyType::Petrol, "petrol", QT_TRANSLATE_NOOP("VehicleTypes", "Petrol")},
    {EnergyType::Diesel, "diesel", QT_TRANSLATE_NOOP("VehicleTypes", "Diesel")},
    {EnergyType::Hybrid, "hybrid", QT_TRANSLATE_NOOP("VehicleTypes", "Hybrid")},
    {EnergyType::BatteryElectric, "bev", QT_TRANSLATE_NOOP("VehicleTypes", "Battery electric")},
    {EnergyType::PlugInHybrid, "phev", QT_TRANSLATE_NOOP("VehicleTypes", "Plug-in hybrid")},
};
const EnumInfo<Ownership> kOwnerships[] = {
    {Ownership::Retained, "retained", QT_TRANSLATE_NOOP("VehicleTypes", "Retained (owned)")},
    {Ownership::Leased, "leased", QT_TRANSLATE_NOOP("VehicleTypes", "Leased")},
};
const EnumInfo<VehicleStatus> kVehicleStatuses[] = {
    {VehicleStatus::Available, "available", QT_TRANSLATE_NOOP("VehicleTypes", "Available")},
    {VehicleStatus::Dispatched, "dispatched", QT_TRANSLATE_NOOP("VehicleTypes", "Dispatched")},
    {VehicleStatus::Maintenance, "maintenance", QT_TRANSLATE_NOOP("VehicleTypes", "In maintenance")},
    {VehicleStatus::Retired, "retired", QT_TRANSLATE_NOOP("VehicleTypes", "Retired")},
};
const EnumInfo<Employment> kEmployments[] = {
    {Employment::Established, "established", QT_TRANSLATE_NOOP("VehicleTypes", "Established post")},
    {Employment::Contracted, "contracted", QT_TRANSLATE_NOOP("VehicleTypes", "Contracted")},
    {Employment::SelfHired, "self_hired", QT_TRANSLATE_NOOP("VehicleTypes", "Self-hired")},
};
const EnumInfo<DriverStatus> kDriverStatuses[] = {
    {DriverStatus::Active, "active", QT_TRANSLATE_NOOP("VehicleTypes", "Active")},
    {DriverStatus::OnLeave, "on_leave", QT_TRANSLATE_NOOP("VehicleTypes", "On leave")},
    {DriverStatus::Retired, "retired", QT_TRANSLATE_NOOP("VehicleTypes", "Retired")},
};
const EnumInfo<TripStatus> kTripStatuses[] = {
    {TripStatus::Requested, "requested", QT_TRANSLATE_NOOP("VehicleTypes", "Requested")},
    {TripStatus::Approved, "approved", QT_TRANSLATE_NOOP("VehicleTypes", "Approved")},
    {TripStatus::Assigned, "assigned", QT_TRANSLATE_NOOP("VehicleTypes", "Assigned")},
    {TripStatus::Departed, "departed", QT_TRANSLATE_NOOP("VehicleTypes", "Departed")},
    {TripStatus::Returned, "returned", QT_TRANSLATE_NOOP("VehicleTypes", "Returned")},
    {TripStatus::Closed, "closed", QT_TRANSLATE_NOOP("VehicleTypes", "Closed")},
    {TripStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("VehicleTypes", "Rejected")},
    {TripStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("VehicleTypes", "Cancelled")},
};
const EnumInfo<FuelKind> kFuelKinds[] = {
    {FuelKind::Petrol, "petrol", QT_TRANSLATE_NOOP("VehicleTypes", "Petrol")},
    {FuelKind::Diesel, "diesel", QT_TRANSLATE_NOOP("VehicleTypes", "Diesel")},
    {FuelKind::Electricity, "electricity", QT_TRANSLATE_NOOP("VehicleTypes", "Electricity")},
};

template<typename Enum, size_t N>
QString keyOf(const EnumInfo<Enum> (&table)[N], Enum v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QString::fromLatin1(e.key);
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> fromKey(const EnumInfo<Enum> (&table)[N], const QString &k)
{
    for (const auto &e : table)
        if (k == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

template<typename Enum, size_t N>
QString nameOf(const EnumInfo<Enum> (&table)[N], Enum v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QCoreApplication::translate("VehicleTypes", e.name);
    return {};
}

template<typename Enum, size_t N>
QList<Enum> valuesOf(const EnumInfo<Enum> (&table)[N])
{
    QList<Enum> list;
    for (const auto &e : table)
        list << e.value;
    return list;
}

} // namespace

#define GA_DEFINE_ENUM_KEYS(Enum, table)                                                        \
    QString key(Enum v) { return keyOf(table, v); }                                             \
    std::optional<Enum> from##Enum##Key(const QString &k) { return fromKey(table, k); }         \
    QString displayName(Enum v) { return nameOf(table, v); }                                    \
    QList<Enum> all##Enum##s() { return valuesOf(table); }

GA_DEFINE_ENUM_KEYS(Category, kCategories)
GA_DEFINE_ENUM_KEYS(EnergyType, kEnergyTypes)
GA_DEFINE_ENUM_KEYS(Ownership, kOwnerships)
GA_DEFINE_ENUM_KEYS(VehicleStatus, kVehicleStatuses)
GA_DEFINE_ENUM_KEYS(Employment, kEmployments)
GA_DEFINE_ENUM_KEYS(DriverStatus, kDriverStatuses)
GA_DEFINE_ENUM_KEYS(TripStatus, kTripStatuses)
GA_DEFINE_ENUM_KEYS(FuelKind, kFuelKinds)

#undef GA_DEFINE_ENUM_KEYS

bool isNewEnergy(EnergyType t)
{
    return t == EnergyType::BatteryElectric || t == EnergyType::PlugInHybrid;
}

QList<QString> licenceClasses()
{
    return {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("B1"),
            QStringLiteral("B2"), QStringLiteral("C1"), QStringLiteral("C2")};
}

bool licenceCovers(const QString &driverClass, const QString &requiredClass)
{
    // 准驾车型 (the classes each licence permits), after the Ministry of Public Security's table.
    static const QHash<QString, QSet<QString>> covers = {
        {QStringLiteral("A1"), {QStringLiteral("A1"), QStringLiteral("A3"), QStringLiteral("B1"),
                                QStringLiteral("B2"), QStringLiteral("C1"), QStringLiteral("C2")}},
        {QStringLiteral("A2"), {QStringLiteral("A2"), QStringLiteral("B1"), QStringLiteral("B2"),
                                QStringLiteral("C1"), QStringLiteral("C2")}},
        {QStringLiteral("A3"), {QStringLiteral("A3"), QStringLiteral("C1"), QStringLiteral("C2")}},
        {QStringLiteral("B1"), {QStringLiteral("B1"), QStringLiteral("C1"), QStringLiteral("C2")}},
        {QStringLiteral("B2"), {QStringLiteral("B2"), QStringLiteral("C1"), QStringLiteral("C2")}},
        {QStringLiteral("C1"), {QStringLiteral("C1"), QStringLiteral("C2")}},
        {QStringLiteral("C2"), {QStringLiteral("C2")}},
    };
    return covers.value(driverClass.trimmed().toUpper()).contains(requiredClass.trimmed().toUpper());
}

} // namespace ga::vehicles

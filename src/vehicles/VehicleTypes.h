#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ga::vehicles {

// The enumerations of the vehicle module. Each has a stable key stored in the database (see
// resources/sql/0002_vehicles.sql) and a translated display name.

enum class Category { Confidential, Emergency, LawEnforcement, Special, General, Leader };
enum class EnergyType { Petrol, Diesel, Hybrid, BatteryElectric, PlugInHybrid };
enum class Ownership { Retained, Leased };
enum class VehicleStatus { Available, Dispatched, Maintenance, Retired };
enum class Employment { Established, Contracted, SelfHired };
enum class DriverStatus { Active, OnLeave, Retired };
enum class TripStatus { Requested, Approved, Assigned, Departed, Returned, Closed, Rejected, Cancelled };
enum class FuelKind { Petrol, Diesel, Electricity };

#define GA_DECLARE_ENUM_KEYS(Enum)                          \
    QString key(Enum v);                                    \
    std::optional<Enum> from##Enum##Key(const QString &k);  \
    QString displayName(Enum v);                            \
    QList<Enum> all##Enum##s();

GA_DECLARE_ENUM_KEYS(Category)
GA_DECLARE_ENUM_KEYS(EnergyType)
GA_DECLARE_ENUM_KEYS(Ownership)
GA_DECLARE_ENUM_KEYS(VehicleStatus)
GA_DECLARE_ENUM_KEYS(Employment)
GA_DECLARE_ENUM_KEYS(DriverStatus)
GA_DECLARE_ENUM_KEYS(TripStatus)
GA_DECLARE_ENUM_KEYS(FuelKind)

#undef GA_DECLARE_ENUM_KEYS

// New-energy vehicles (新能源汽车) for the purchase-share indicator: BEV and PHEV.
bool isNewEnergy(EnergyType t);

// Driving-licence classes, from the largest vehicles down. A licence covers its own class and
// the classes it includes (A1 covers A3, B1, B2, C1, C2; B2 covers C1, C2; C1 covers C2…).
QList<QString> licenceClasses();
bool licenceCovers(const QString &driverClass, const QString &requiredClass);

} // namespace ga::vehicles

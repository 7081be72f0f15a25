#pragma once

#include "core/Money.h"
#include "core/Period.h"

#include <QList>
#include <QString>

#include <optional>

namespace ga::vehicles {

// Running costs (运行费用) by kind, as disclosed periodically.
struct RunningCosts
{
    Money fuel;         // fuel and charging, from fuel_transactions
    Money maintenance;  // services, repairs and inspection fees
    Money insurance;    // premiums of policies starting in the period
    Money tolls;        // from trips
    Money parking;      // from trips
    Money leasing;      // lease_cost_monthly × months of the period (leased vehicles)

    Money total() const { return fuel + maintenance + insurance + tolls + parking + leasing; }
    RunningCosts &operator+=(const RunningCosts &o);
};

struct VehicleUsage
{
    qint64 vehicleId = 0;
    QString plate;
    QString brand;
    qint64 departmentId = 0;
    QString departmentName;
    int trips = 0;
    qint64 km = 0;
    double hours = 0;
    double utilisation = 0;          // 0..1 (may exceed 1 with evening and weekend use)
    qint64 fuelMilli = 0;            // petrol and diesel, 0.001 L
    qint64 electricityMilli = 0;     // 0.001 kWh
    std::optional<double> fuelPer100Km; // litres per 100 km, when both are known
    RunningCosts costs;
};

// A department's vehicles (grouped by the vehicles' owning department).
struct DepartmentUsage
{
    qint64 departmentId = 0;
    QString departmentName;
    int vehicles = 0;
    int trips = 0;
    qint64 km = 0;
    double hours = 0;
    double utilisation = 0;
    qint64 fuelMilli = 0;
    qint64 electricityMilli = 0;
    std::optional<double> fuelPer100Km;
    RunningCosts costs;
};

struct DriverUsage
{
    qint64 driverId = 0;
    QString name;
    int trips = 0;
    double hours = 0;
    qint64 km = 0;
};

struct CompositionSlice
{
    QString key;       // stored key ("general", "bev", "lt3", "retained")
    QString label;     // translated
    int count = 0;
    double share = 0;  // of the fleet, 0..1
};

struct FleetComposition
{
    int total = 0;
    QList<CompositionSlice> byCategory;
    QList<CompositionSlice> byEnergyType;
    QList<CompositionSlice> byAgeBand;   // lt3, 3to5, 5to8, ge8, unknown
    QList<CompositionSlice> byOwnership;
    int newEnergy = 0;
    double newEnergyShare = 0;
    int purchasedInPeriod = 0;
    int newEnergyPurchasedInPeriod = 0;
    double newEnergyPurchaseShare = 0;   // 0 when nothing was purchased
};

} // namespace ga::vehicles

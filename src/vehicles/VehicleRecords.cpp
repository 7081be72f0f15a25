#include "vehicles/VehicleRecords.h"

#include <QCoreApplication>

namespace ga::vehicles {

QString key(MaintenanceKind k)
{
    return k == MaintenanceKind::Service ? QStringLiteral("service") : QStringLiteral("repair");
}

std::optional<MaintenanceKind> fromMaintenanceKindKey(const QString &k)
{
    if (k == QLatin1String("service"))
        return MaintenanceKind::Service;
    if (k == QLatin1String("repair"))
        return MaintenanceKind::Repair;
    return std::nullopt;
}

QString displayName(MaintenanceKind k)
{
    return k == MaintenanceKind::Service ? QCoreApplication::translate("VehicleTypes", "Service")
                                         : QCoreApplication::translate("VehicleTypes", "Repair");
}

} // namespace ga::vehicles

#include "core/Period.h"

namespace ga::vehicles {

namespace {
QJsonValue optionalKm(const std::optional<int> &km)
{
    return km ? QJsonValue(*km) : QJsonValue();
}
} // namespace

QJsonObject toJson(const Vehicle &v)
{
    return {{QStringLiteral("plate"), v.plate},
            {QStringLiteral("fleet_no"), v.fleetNo},
            {QStringLiteral("brand"), v.brand},
            {QStringLiteral("model"), v.model},
            {QStringLiteral("category"), key(v.category)},
            {QStringLiteral("energy_type"), key(v.energyType)},
            {QStringLiteral("seats"), v.seats},
            {QStringLiteral("licence_class"), v.licenceClass},
            {QStringLiteral("purchase_date"), toIsoDate(v.purchaseDate)},
            {QStringLiteral("purchase_price"), v.purchasePrice.fen()},
            {QStringLiteral("ownership"), key(v.ownership)},
            {QStringLiteral("lessor"), v.lessor},
            {QStringLiteral("lease_cost_monthly"), v.leaseCostMonthly.fen()},
            {QStringLiteral("department_id"), v.departmentId},
            {QStringLiteral("odometer_km"), v.odometerKm},
            {QStringLiteral("status"), key(v.status)},
            {QStringLiteral("fuel_card_no"), v.fuelCardNo},
            {QStringLiteral("notes"), v.notes}};
}

QJsonObject toJson(const Driver &d)
{
    return {{QStringLiteral("staff_id"), d.staffId},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("employment"), key(d.employment)},
            {QStringLiteral("licence_no"), d.licenceNo},
            {QStringLiteral("licence_class"), d.licenceClass},
            {QStringLiteral("licence_expiry"), toIsoDate(d.licenceExpiry)},
            {QStringLiteral("phone"), d.phone},
            {QStringLiteral("department_id"), d.departmentId},
            {QStringLiteral("status"), key(d.status)}};
}

QJsonObject toJson(const MaintenanceRecord &r)
{
    return {{QStringLiteral("vehicle_id"), r.vehicleId},
            {QStringLiteral("kind"), key(r.kind)},
            {QStringLiteral("date"), toIsoDate(r.date)},
            {QStringLiteral("garage"), r.garage},
            {QStringLiteral("items"), r.items},
            {QStringLiteral("cost"), r.cost.fen()},
            {QStringLiteral("odometer_km"), optionalKm(r.odometerKm)}};
}

QJsonObject toJson(const InspectionRecord &r)
{
    return {
        {QStringLiteral("vehicle_id"), r.vehicleId},
        {QStringLiteral("date"), toIsoDate(r.date)},
        {QStringLiteral("expiry"), toIsoDate(r.expiry)},
        {QStringLiteral("result"), r.passed ? QStringLiteral("passed") : QStringLiteral("failed")},
        {QStringLiteral("cost"), r.cost.fen()}};
}

QJsonObject toJson(const InsurancePolicy &r)
{
    return {{QStringLiteral("vehicle_id"), r.vehicleId},
            {QStringLiteral("insurer"), r.insurer},
            {QStringLiteral("policy_no"), r.policyNo},
            {QStringLiteral("start_date"), toIsoDate(r.startDate)},
            {QStringLiteral("expiry"), toIsoDate(r.expiry)},
            {QStringLiteral("premium"), r.premium.fen()}};
}

QJsonObject toJson(const Violation &r)
{
    return {{QStringLiteral("vehicle_id"), r.vehicleId},
            {QStringLiteral("driver_id"), r.driverId},
            {QStringLiteral("date"), toIsoDate(r.date)},
            {QStringLiteral("place"), r.place},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("fine"), r.fine.fen()},
            {QStringLiteral("points"), r.points},
            {QStringLiteral("settled"), r.settled}};
}

QJsonObject toJson(const Accident &r)
{
    return {{QStringLiteral("vehicle_id"), r.vehicleId},
            {QStringLiteral("driver_id"), r.driverId},
            {QStringLiteral("date"), toIsoDate(r.date)},
            {QStringLiteral("place"), r.place},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("liability"), r.liability},
            {QStringLiteral("cost"), r.cost.fen()}};
}

QJsonObject toJson(const FuelTransaction &r)
{
    return {{QStringLiteral("vehicle_id"), r.vehicleId},
            {QStringLiteral("card_no"), r.cardNo},
            {QStringLiteral("at"), r.at},
            {QStringLiteral("fuel_kind"), key(r.fuelKind)},
            {QStringLiteral("quantity_milli"), r.quantityMilli},
            {QStringLiteral("amount"), r.amount.fen()},
            {QStringLiteral("station"), r.station},
            {QStringLiteral("odometer_km"), optionalKm(r.odometerKm)}};
}

QJsonObject toJson(const LongTermAssignment &r)
{
    return {{QStringLiteral("vehicle_id"), r.vehicleId},
            {QStringLiteral("department_id"), r.departmentId},
            {QStringLiteral("start_date"), toIsoDate(r.startDate)},
            {QStringLiteral("end_date"), toIsoDate(r.endDate)},
            {QStringLiteral("note"), r.note}};
}

} // namespace ga::vehicles

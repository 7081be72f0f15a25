#include "vehicles/VehicleStatisticsService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "vehicles/VehicleTypes.h"

#include <functional>

namespace ga::vehicles {

RunningCosts &RunningCosts::operator+=(const RunningCosts &o)
{
    fuel += o.fuel;
    maintenance += o.maintenance;
    insurance += o.insurance;
    tolls += o.tolls;
    parking += o.parking;
    leasing += o.leasing;
    return *this;
}

namespace {

std::optional<double> per100Km(qint64 fuelMilli, qint64 km)
{
    if (fuelMilli <= 0 || km <= 0)
        return std::nullopt;
    return fuelMilli / 1000.0 / double(km) * 100.0;
}

QList<CompositionSlice> slices(const QList<QPair<QString, int>> &counts, const QStringList &order,
                               const std::function<QString(const QString &)> &label, int total)
{
    QList<CompositionSlice> list;
    for (const QString &k : order) {
        int n = 0;
        for (const auto &c : counts)
            if (c.first == k)
                n = c.second;
        if (n == 0)
            continue;
        list << CompositionSlice{k, label(k), n, total > 0 ? double(n) / total : 0.0};
    }
    return list;
}

} // namespace

VehicleStatisticsService::VehicleStatisticsService(Database &db, const Session &session)
    : m_session(session)
    , m_repo(db)
{}

int VehicleStatisticsService::workingDays(const DateRange &period)
{
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        return 0;
    const int days = period.days();
    int working = (days / 7) * 5;
    for (int i = 0; i < days % 7; ++i)
        if (period.from.addDays((days / 7) * 7 + i).dayOfWeek() <= 5)
            ++working;
    return working;
}

double VehicleStatisticsService::months(const DateRange &period)
{
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        return 0;
    double months = 0;
    QDate first(period.from.year(), period.from.month(), 1);
    while (first <= period.to) {
        const QDate last = first.addMonths(1).addDays(-1);
        const QDate a = std::max(first, period.from);
        const QDate b = std::min(last, period.to);
        months += double(a.daysTo(b) + 1) / first.daysInMonth();
        first = first.addMonths(1);
    }
    return months;
}

StatisticsRepository::Window VehicleStatisticsService::window(const DateRange &period) const
{
    m_session.require(Permission::ViewReports);
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        throw ValidationError(tr("Choose a period whose end is not before its start."));
    StatisticsRepository::Window w;
    w.range = period;
    w.startSecs = QDateTime(period.from, QTime(0, 0), Qt::LocalTime).toSecsSinceEpoch();
    w.endSecs = QDateTime(period.to.addDays(1), QTime(0, 0), Qt::LocalTime).toSecsSinceEpoch();
    w.leaseMonths = months(period);
    w.scopeRoot = m_session.user().scopeDepartmentId;
    return w;
}

QList<VehicleUsage> VehicleStatisticsService::perVehicle(const DateRange &period) const
{
    const auto w = window(period);
    const double available = availableHours(period);
    QList<VehicleUsage> list = m_repo.vehicles(w);
    for (VehicleUsage &u : list) {
        u.utilisation = available > 0 ? u.hours / available : 0.0;
        u.fuelPer100Km = per100Km(u.fuelMilli, u.km);
    }
    return list;
}

QList<DepartmentUsage> VehicleStatisticsService::perDepartment(const DateRange &period) const
{
    const auto w = window(period);
    const double available = availableHours(period);
    QList<DepartmentUsage> list = m_repo.departments(w);
    for (DepartmentUsage &u : list) {
        u.utilisation = available > 0 && u.vehicles > 0 ? u.hours / (available * u.vehicles) : 0.0;
        u.fuelPer100Km = per100Km(u.fuelMilli, u.km);
    }
    return list;
}

QList<DriverUsage> VehicleStatisticsService::perDriver(const DateRange &period) const
{
    return m_repo.drivers(window(period));
}

RunningCosts VehicleStatisticsService::costTotals(const DateRange &period) const
{
    RunningCosts total;
    for (const DepartmentUsage &d : m_repo.departments(window(period)))
        total += d.costs;
    return total;
}

FleetComposition VehicleStatisticsService::fleetComposition(const DateRange &period) const
{
    const auto w = window(period);
    FleetComposition f;
    const auto categories = m_repo.fleetCounts(w, QStringLiteral("category"));
    for (const auto &c : categories)
        f.total += c.second;

    QStringList categoryKeys;
    for (Category c : allCategorys())
        categoryKeys << key(c);
    f.byCategory = slices(categories, categoryKeys, [](const QString &k) {
        return displayName(fromCategoryKey(k).value_or(Category::General));
    }, f.total);

    QStringList energyKeys;
    for (EnergyType e : allEnergyTypes())
        energyKeys << key(e);
    f.byEnergyType = slices(
        m_repo.fleetCounts(w, QStringLiteral("energy_type")), energyKeys,
        [](const QString &k) {
            return displayName(fromEnergyTypeKey(k).value_or(EnergyType::Petrol));
        },
        f.total);
    for (const CompositionSlice &s : f.byEnergyType)
        if (isNewEnergy(fromEnergyTypeKey(s.key).value_or(EnergyType::Petrol)))
            f.newEnergy += s.count;
    f.newEnergyShare = f.total > 0 ? double(f.newEnergy) / f.total : 0.0;

    QStringList ownershipKeys;
    for (Ownership o : allOwnerships())
        ownershipKeys << key(o);
    f.byOwnership = slices(
        m_repo.fleetCounts(w, QStringLiteral("ownership")), ownershipKeys,
        [](const QString &k) {
            return displayName(fromOwnershipKey(k).value_or(Ownership::Retained));
        },
        f.total);

    f.byAgeBand = slices(m_repo.ageBandCounts(w),
                         {QStringLiteral("lt3"), QStringLiteral("3to5"), QStringLiteral("5to8"),
                          QStringLiteral("ge8"), QStringLiteral("unknown")},
                         [](const QString &k) {
                             if (k == QLatin1String("lt3"))
                                 return tr("Under 3 years");
                             if (k == QLatin1String("3to5"))
                                 return tr("3 to 5 years");
                             if (k == QLatin1String("5to8"))
                                 return tr("5 to 8 years");
                             if (k == QLatin1String("ge8"))
                                 return tr("8 years or more");
                             return tr("Purchase date unknown");
                         }, f.total);

    const auto bought = m_repo.purchases(w);
    f.purchasedInPeriod = bought.first;
    f.newEnergyPurchasedInPeriod = bought.second;
    f.newEnergyPurchaseShare = bought.first > 0 ? double(bought.second) / bought.first : 0.0;
    return f;
}

} // namespace ga::vehicles

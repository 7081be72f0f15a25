#include <catch2/catch.hpp>

#include "LedgerFixture.h"
#include "org/SettingsService.h"
#include "vehicles/AlertService.h"

using namespace ga;
using namespace ga::vehicles;
using ga::test::LedgerFixture;

// Today is 2026-11-28; the alert window defaults to 30 days.

namespace {

const QDate kToday(2026, 11, 28);

QList<VehicleAlert> alertsOf(LedgerFixture &f, AlertKind kind)
{
    return f.temp().services().vehicleAlerts().alerts(kind);
}

const VehicleAlert *find(const QList<VehicleAlert> &alerts, const QString &subject)
{
    for (const VehicleAlert &a : alerts)
        if (a.subject == subject)
            return &a;
    return nullptr;
}

void addInspection(LedgerFixture &f, qint64 vehicle, const QDate &expiry)
{
    InspectionRecord r;
    r.vehicleId = vehicle;
    r.date = expiry.addYears(-1) > kToday ? kToday : expiry.addYears(-1);
    r.expiry = expiry;
    f.vehicles().saveInspection(r);
}

void addInsurance(LedgerFixture &f, qint64 vehicle, const QDate &expiry)
{
    InsurancePolicy p;
    p.vehicleId = vehicle;
    p.insurer = QStringLiteral("人保财险");
    p.startDate = expiry.addYears(-1);
    p.expiry = expiry;
    f.vehicles().saveInsurance(p);
}

void addService(LedgerFixture &f, qint64 vehicle, const QDate &date, std::optional<int> km)
{
    MaintenanceRecord m;
    m.vehicleId = vehicle;
    m.kind = MaintenanceKind::Service;
    m.date = date;
    m.odometerKm = km;
    f.vehicles().saveMaintenance(m);
}

} // namespace

TEST_CASE("Inspection alerts: 30 days ahead expiring, 31 not, yesterday lapsed", "[alerts]")
{
    LedgerFixture f;
    addInspection(f, f.addVehicle(QStringLiteral("宁A·00030")), kToday.addDays(30));
    addInspection(f, f.addVehicle(QStringLiteral("宁A·00031")), kToday.addDays(31));
    addInspection(f, f.addVehicle(QStringLiteral("宁A·00001")), kToday.addDays(-1));
    addInspection(f, f.addVehicle(QStringLiteral("宁A·00000")), kToday);
    const auto alerts = alertsOf(f, AlertKind::Inspection);
    REQUIRE(alerts.size() == 3);
    const auto *in30 = find(alerts, QStringLiteral("宁A·00030"));
    REQUIRE(in30);
    CHECK(in30->severity == AlertSeverity::Expiring);
    CHECK(in30->daysLeft == 30);
    CHECK(in30->dueDate == QDate(2026, 12, 28));
    CHECK_FALSE(find(alerts, QStringLiteral("宁A·00031")));
    const auto *lapsed = find(alerts, QStringLiteral("宁A·00001"));
    REQUIRE(lapsed);
    CHECK(lapsed->severity == AlertSeverity::Lapsed);
    CHECK(lapsed->daysLeft == -1);
    CHECK(find(alerts, QStringLiteral("宁A·00000"))->severity == AlertSeverity::Expiring);
    CHECK(alerts.first().subject == QStringLiteral("宁A·00001")); // lapsed first
    CHECK_FALSE(alerts.first().message.isEmpty());
}

TEST_CASE("Only the latest inspection of a vehicle counts", "[alerts]")
{
    LedgerFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·12345"));
    addInspection(f, v, QDate(2025, 11, 1));
    addInspection(f, v, QDate(2027, 11, 1));
    CHECK(alertsOf(f, AlertKind::Inspection).isEmpty());
}

TEST_CASE("Insurance alerts: 30 days ahead expiring, 31 not, yesterday lapsed", "[alerts]")
{
    LedgerFixture f;
    addInsurance(f, f.addVehicle(QStringLiteral("宁A·00030")), kToday.addDays(30));
    addInsurance(f, f.addVehicle(QStringLiteral("宁A·00031")), kToday.addDays(31));
    addInsurance(f, f.addVehicle(QStringLiteral("宁A·00001")), kToday.addDays(-1));
    const auto alerts = alertsOf(f, AlertKind::Insurance);
    REQUIRE(alerts.size() == 2);
    CHECK(find(alerts, QStringLiteral("宁A·00030"))->severity == AlertSeverity::Expiring);
    CHECK(find(alerts, QStringLiteral("宁A·00001"))->severity == AlertSeverity::Lapsed);
    CHECK_FALSE(find(alerts, QStringLiteral("宁A·00031")));
}

TEST_CASE("Licence alerts: 30 days ahead expiring, 31 not, yesterday lapsed", "[alerts]")
{
    LedgerFixture f;
    f.addDriver(QStringLiteral("三十天"), kToday.addDays(30));
    f.addDriver(QStringLiteral("三十一天"), kToday.addDays(31));
    f.addDriver(QStringLiteral("昨天"), kToday.addDays(-1));
    const auto alerts = alertsOf(f, AlertKind::Licence);
    REQUIRE(alerts.size() == 2);
    const auto *lapsed = find(alerts, QStringLiteral("昨天"));
    REQUIRE(lapsed);
    CHECK(lapsed->severity == AlertSeverity::Lapsed);
    CHECK(lapsed->driverId > 0);
    CHECK(lapsed->vehicleId == 0);
    CHECK(find(alerts, QStringLiteral("三十天"))->daysLeft == 30);
}

TEST_CASE("The alert window follows the vehicle.alert_days setting", "[alerts]")
{
    LedgerFixture f;
    addInspection(f, f.addVehicle(QStringLiteral("宁A·00031")), kToday.addDays(31));
    f.temp().services().settings().setValue(QString::fromLatin1(SettingsService::VehicleAlertDays),
                                            QStringLiteral("60"));
    CHECK(alertsOf(f, AlertKind::Inspection).size() == 1);
}

TEST_CASE("Retired vehicles and drivers raise no alerts", "[alerts]")
{
    LedgerFixture f;
    const qint64 v = f.addVehicle(QStringLiteral("宁A·12345"));
    addInspection(f, v, kToday.addDays(-10));
    f.vehicles().retireVehicle(v);
    const qint64 d = f.addDriver(QStringLiteral("王师傅"), kToday.addDays(-10));
    f.drivers().retireDriver(d);
    CHECK(f.temp().services().vehicleAlerts().alerts().isEmpty());
}

TEST_CASE("Renewal by age uses vehicle.renewal_years", "[alerts][renewal]")
{
    LedgerFixture f;
    Vehicle eight = LedgerFixture::vehicleSpec(QStringLiteral("宁A·00008"));
    eight.purchaseDate = QDate(2018, 11, 28); // exactly 8 years today
    f.addVehicle(eight);
    Vehicle almost = LedgerFixture::vehicleSpec(QStringLiteral("宁A·00007"));
    almost.purchaseDate = QDate(2018, 11, 29);
    f.addVehicle(almost);
    Vehicle five = LedgerFixture::vehicleSpec(QStringLiteral("宁A·00005"));
    five.purchaseDate = QDate(2021, 6, 1);
    f.addVehicle(five);

    auto alerts = alertsOf(f, AlertKind::Renewal);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.first().subject == QStringLiteral("宁A·00008"));
    CHECK(alerts.first().severity == AlertSeverity::Notice);
    CHECK(alerts.first().dueDate == kToday);

    f.temp().services().settings().setValue(
        QString::fromLatin1(SettingsService::VehicleRenewalYears), QStringLiteral("5"));
    alerts = alertsOf(f, AlertKind::Renewal);
    CHECK(alerts.size() == 3);
}

TEST_CASE("Renewal by distance uses vehicle.renewal_km", "[alerts][renewal]")
{
    LedgerFixture f;
    Vehicle worn = LedgerFixture::vehicleSpec(QStringLiteral("宁A·25000"));
    worn.odometerKm = 250000;
    f.addVehicle(worn);
    Vehicle below = LedgerFixture::vehicleSpec(QStringLiteral("宁A·24999"));
    below.odometerKm = 249999;
    f.addVehicle(below);
    Vehicle mid = LedgerFixture::vehicleSpec(QStringLiteral("宁A·12000"));
    mid.odometerKm = 120000;
    f.addVehicle(mid);

    auto alerts = alertsOf(f, AlertKind::Renewal);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.first().subject == QStringLiteral("宁A·25000"));

    f.temp().services().settings().setValue(QString::fromLatin1(SettingsService::VehicleRenewalKm),
                                            QStringLiteral("100000"));
    CHECK(alertsOf(f, AlertKind::Renewal).size() == 3);
}

TEST_CASE("Service due by time since the last service", "[alerts][service]")
{
    // Interval 180 days: a service on 2026-06-01 is next due 2026-11-28 (today).
    LedgerFixture f;
    addService(f, f.addVehicle(QStringLiteral("宁A·00000")), QDate(2026, 6, 1), 1000);
    addService(f, f.addVehicle(QStringLiteral("宁A·00030")), QDate(2026, 7, 1), 1000); // due in 30
    addService(f, f.addVehicle(QStringLiteral("宁A·00031")), QDate(2026, 7, 2), 1000); // due in 31
    addService(f, f.addVehicle(QStringLiteral("宁A·00001")), QDate(2026, 5, 31), 1000); // lapsed
    const auto alerts = alertsOf(f, AlertKind::Service);
    REQUIRE(alerts.size() == 3);
    CHECK(find(alerts, QStringLiteral("宁A·00000"))->daysLeft == 0);
    CHECK(find(alerts, QStringLiteral("宁A·00030"))->severity == AlertSeverity::Expiring);
    CHECK(find(alerts, QStringLiteral("宁A·00001"))->severity == AlertSeverity::Lapsed);
    CHECK(find(alerts, QStringLiteral("宁A·00001"))->dueDate == QDate(2026, 11, 27));
    CHECK_FALSE(find(alerts, QStringLiteral("宁A·00031")));
}

TEST_CASE("Service due by distance since the last service", "[alerts][service]")
{
    // Interval 10,000 km: due at 10,000 km (lapsed), due soon from 9,000 km.
    LedgerFixture f;
    auto vehicleAt = [&](const QString &plate, int odometer) {
        const qint64 id = f.addVehicle(plate);
        addService(f, id, QDate(2026, 11, 1), 10000);
        Vehicle v = f.vehicles().vehicle(id).vehicle;
        v.odometerKm = odometer;
        f.vehicles().updateVehicle(v);
    };
    vehicleAt(QStringLiteral("宁A·20000"), 20000);
    vehicleAt(QStringLiteral("宁A·19000"), 19000);
    vehicleAt(QStringLiteral("宁A·18999"), 18999);
    const auto alerts = alertsOf(f, AlertKind::Service);
    REQUIRE(alerts.size() == 2);
    CHECK(find(alerts, QStringLiteral("宁A·20000"))->severity == AlertSeverity::Lapsed);
    CHECK(find(alerts, QStringLiteral("宁A·19000"))->severity == AlertSeverity::Expiring);
    CHECK_FALSE(find(alerts, QStringLiteral("宁A·18999")));
}

TEST_CASE("A vehicle never serviced counts from its purchase", "[alerts][service]")
{
    LedgerFixture f;
    Vehicle v = LedgerFixture::vehicleSpec(QStringLiteral("宁A·12345"));
    v.purchaseDate = QDate(2026, 1, 1);
    f.addVehicle(v);
    const auto alerts = alertsOf(f, AlertKind::Service);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.first().dueDate == QDate(2026, 6, 30));
    CHECK(alerts.first().severity == AlertSeverity::Lapsed);
}

#include <catch2/catch.hpp>

#include "core/Error.h"
#include "org/SettingsService.h"
#include "support/TempDatabase.h"

using namespace ga;

TEST_CASE("Settings are seeded with the design's thresholds", "[settings]")
{
    test::TempDatabase t;
    auto &s = t.services().settings();
    CHECK(s.intValue(QString::fromLatin1(SettingsService::VehicleRenewalYears), 0) == 8);
    CHECK(s.intValue(QString::fromLatin1(SettingsService::VehicleRenewalKm), 0) == 250000);
    CHECK(s.intValue(QString::fromLatin1(SettingsService::HousingTermMaxYears), 0) == 5);
}

TEST_CASE("A numeric setting refuses text and zero", "[settings]")
{
    test::TempDatabase t;
    auto &s = t.services().settings();
    CHECK_THROWS_AS(s.setValue(QString::fromLatin1(SettingsService::VehicleRenewalKm), QStringLiteral("many")), ValidationError);
    CHECK_THROWS_AS(s.setValue(QString::fromLatin1(SettingsService::VehicleRenewalKm), QStringLiteral("0")), ValidationError);
    CHECK(s.intValue(QString::fromLatin1(SettingsService::VehicleRenewalKm), 0) == 250000);
}

TEST_CASE("Only an admin may change settings", "[settings][permissions]")
{
    for (Role role : {Role::Manager, Role::Clerk, Role::Staff}) {
        test::TempDatabase t;
        t.loginAs(role, {Module::Vehicles, Module::Organisation});
        CHECK_THROWS_AS(t.services().settings().setValue(QString::fromLatin1(SettingsService::BureauName),
                                                         QStringLiteral("X")),
                        PermissionError);
    }
}

TEST_CASE("Saving several settings stores none when one is invalid", "[settings]")
{
    test::TempDatabase t;
    auto &s = t.services().settings();
    const int auditBefore = t.count(QStringLiteral("audit_log"));
    CHECK_THROWS_AS(s.setValues({{QString::fromLatin1(SettingsService::VehicleRenewalYears), QStringLiteral("10")},
                                 {QString::fromLatin1(SettingsService::VehicleRenewalKm), QStringLiteral("-1")}}),
                    ValidationError);
    CHECK(s.intValue(QString::fromLatin1(SettingsService::VehicleRenewalYears), 0) == 8);
    CHECK(t.count(QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("Saving several settings stores all with one audit row each", "[settings]")
{
    test::TempDatabase t;
    auto &s = t.services().settings();
    const int auditBefore = t.count(QStringLiteral("audit_log"));
    s.setValues({{QString::fromLatin1(SettingsService::VehicleRenewalYears), QStringLiteral("10")},
                 {QString::fromLatin1(SettingsService::BureauName), QStringLiteral("银川市机关事务管理局")}});
    CHECK(s.intValue(QString::fromLatin1(SettingsService::VehicleRenewalYears), 0) == 10);
    CHECK(s.value(QString::fromLatin1(SettingsService::BureauName)) == QStringLiteral("银川市机关事务管理局"));
    CHECK(t.count(QStringLiteral("audit_log")) == auditBefore + 2);
}

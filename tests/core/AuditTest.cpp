#include <catch2/catch.hpp>

#include "org/SettingsService.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

using namespace ga;

TEST_CASE("A service write appends one audit row with before and after", "[audit]")
{
    test::TempDatabase t;
    t.loginAs(Role::Admin);
    const int before = t.count(QStringLiteral("audit_log"));
    t.services().settings().setValue(QString::fromLatin1(SettingsService::VehicleRenewalYears), QStringLiteral("10"));
    CHECK(t.count(QStringLiteral("audit_log")) == before + 1);
    CHECK(t.scalar(QStringLiteral("SELECT after_json FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString()
              .contains(QStringLiteral("\"10\"")));
    CHECK(t.scalar(QStringLiteral("SELECT before_json FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString()
              .contains(QStringLiteral("\"8\"")));
}

TEST_CASE("UPDATE on the audit table fails", "[audit]")
{
    test::TempDatabase t;
    t.services().audit().record(QStringLiteral("create"), QStringLiteral("thing"), 1);
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET username = 'mallory'")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE username = 'mallory'")).toInt() == 0);
}

TEST_CASE("DELETE on the audit table fails", "[audit]")
{
    test::TempDatabase t;
    t.services().audit().record(QStringLiteral("create"), QStringLiteral("thing"), 1);
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(t.count(QStringLiteral("audit_log")) == 1);
}

#include <catch2/catch.hpp>

#include "HousingFixture.h"
#include "core/Error.h"

using namespace ga;
using namespace ga::housing;
using namespace ga::test;

namespace {

CheckoutDraft draftFor(HousingFixture &fx, qint64 tenancy, const QDate &date)
{
    CheckoutDraft d;
    d.tenancyId = tenancy;
    d.date = date;
    d.inspection = fx.housing().inspectionTemplate(tenancy);
    return d;
}

} // namespace

TEST_CASE("Check-out settles rent to the day, utilities and damages against the deposit",
          "[housing][checkout]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat();
    const qint64 t = fx.sign(flat, QDate(2026, 10, 1), Money(100000));
    fx.housing().generateRentRoll(QStringLiteral("2026-10"));
    fx.housing().generateRentRoll(QStringLiteral("2026-11"));
    const RentLine oct = fx.housing().rentLines(t).first();
    fx.housing().recordPayment(oct.id, oct.amount, QDate(2026, 10, 5));

    CheckoutDraft d = draftFor(fx, t, QDate(2026, 11, 20));
    REQUIRE(d.inspection.size() == 2);
    CHECK(d.inspection[0].name == QStringLiteral("床 × 2"));
    d.utilities = Money(12000);
    d.inspection[0].condition = ItemCondition::Damaged;
    d.inspection[0].cost = Money(20000);
    const Settlement preview = fx.housing().previewCheckOut(d);
    CHECK(preview.rentDue == Money(53333)); // 20 of 30 days of ¥800.00
    CHECK(preview.balance == Money(53333 + 12000 + 20000 - 100000));
    CHECK(fx.t.count(QStringLiteral("housing_checkouts")) == 0);

    const Settlement s = fx.housing().checkOut(d);
    CHECK(s.balance == Money(-14667));
    CHECK(s.damages == Money(20000));
    const Tenancy after = fx.housing().tenancy(t);
    CHECK(after.status == TenancyStatus::Ended);
    CHECK(after.endedOn == QDate(2026, 11, 20));
    const Flat f = fx.housing().flat(flat);
    CHECK(f.status == FlatStatus::Vacant);
    CHECK(f.vacantSince == QDate(2026, 11, 21));
    const QList<RentLine> lines = fx.housing().rentLines(t);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].days == 20);
    CHECK(lines[1].amount == Money(53333));
    CHECK(lines[1].outstanding() == Money());
    CHECK(fx.housing().countArrears(ArrearsFilter()) == 0);
    const auto stored = fx.housing().settlement(t);
    REQUIRE(stored);
    CHECK(stored->balance == Money(-14667));
    CHECK(stored->inspection.size() == 2);
    CHECK(stored->inspection[0].condition == ItemCondition::Damaged);
    CHECK(fx.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'check_out'"))
              .toInt()
          == 1);
}

TEST_CASE("Check-out bills a month never rolled to the day and can send the flat to maintenance",
          "[housing][checkout]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat();
    const qint64 t = fx.sign(flat, QDate(2026, 11, 10));
    CheckoutDraft d = draftFor(fx, t, QDate(2026, 11, 25));
    d.flatAfter = FlatStatus::Maintenance;
    const Settlement s = fx.housing().checkOut(d);
    CHECK(s.rentDue == Money(42667)); // 16 of 30 days: 42666.67
    CHECK(s.balance == Money(42667));
    CHECK(fx.housing().flat(flat).status == FlatStatus::Maintenance);
    CHECK(fx.housing().rentLines(t).size() == 1);
}

TEST_CASE("A rent paid ahead is given back at check-out", "[housing][checkout]")
{
    HousingFixture fx;
    const qint64 t = fx.sign(fx.addFlat(), QDate(2026, 11, 1));
    fx.housing().generateRentRoll(QStringLiteral("2026-11"));
    const RentLine nov = fx.housing().rentLines(t).first();
    fx.housing().recordPayment(nov.id, Money(100000), QDate(2026, 11, 1));
    const Settlement s = fx.housing().checkOut(draftFor(fx, t, QDate(2026, 11, 15)));
    // 15 days are ¥400.00; ¥1,000.00 was paid: ¥600.00 back.
    CHECK(s.rentDue == Money());
    CHECK(s.credit == Money(60000));
    CHECK(s.balance == Money(-60000));
}

TEST_CASE("The inspection covers the whole inventory, with costs only for damage",
          "[housing][checkout]")
{
    HousingFixture fx;
    const qint64 t = fx.sign(fx.addFlat(), QDate(2026, 11, 1));
    CheckoutDraft d = draftFor(fx, t, QDate(2026, 11, 20));
    d.inspection.removeLast();
    CHECK_THROWS_AS(fx.housing().checkOut(d), ValidationError);
    d = draftFor(fx, t, QDate(2026, 11, 20));
    d.inspection[1].cost = Money(100);
    CHECK_THROWS_AS(fx.housing().checkOut(d), ValidationError);
    d = draftFor(fx, t, QDate(2026, 10, 20));
    CHECK_THROWS_AS(fx.housing().checkOut(d), ValidationError);
    CHECK(fx.housing().tenancy(t).isActive());
    CHECK(fx.t.count(QStringLiteral("housing_checkouts")) == 0);
}

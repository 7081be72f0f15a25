#include <catch2/catch.hpp>

#include "HousingFixture.h"
#include "core/Error.h"

using namespace ga;
using namespace ga::housing;
using namespace ga::test;

namespace {

RentLine lineOf(HousingFixture &fx, qint64 tenancy, const QString &month)
{
    for (const RentLine &l : fx.housing().rentLines(tenancy))
        if (l.month == month)
            return l;
    FAIL("no line for " << month.toStdString());
    return {};
}

} // namespace

TEST_CASE("The rent roll bills every active tenancy, pro rata for a part month",
          "[housing][rentroll]")
{
    HousingFixture fx;
    const qint64 full = fx.sign(fx.addFlat(), QDate(2026, 11, 1));          // ¥800.00 a month
    const qint64 part = fx.sign(fx.addFlat(), QDate(2026, 11, 16));         // 15 of 30 days
    const qint64 later = fx.sign(fx.addFlat(), QDate(2026, 12, 1));         // not yet
    const RentRollResult r = fx.housing().generateRentRoll(QStringLiteral("2026-11"));
    CHECK(r.added == 2);
    CHECK(r.existing == 0);
    CHECK(r.total == Money(120000));
    CHECK(lineOf(fx, full, QStringLiteral("2026-11")).amount == Money(80000));
    const RentLine p = lineOf(fx, part, QStringLiteral("2026-11"));
    CHECK(p.days == 15);
    CHECK(p.monthDays == 30);
    CHECK(p.amount == Money(40000));
    CHECK(fx.housing().rentLines(later).isEmpty());
}

TEST_CASE("Generating a month twice adds nothing and says so", "[housing][rentroll]")
{
    HousingFixture fx;
    fx.sign(fx.addFlat(), QDate(2026, 11, 1));
    fx.sign(fx.addFlat(), QDate(2026, 10, 1));
    REQUIRE(fx.housing().generateRentRoll(QStringLiteral("2026-11")).added == 2);
    const int audits = fx.t.count(QStringLiteral("audit_log"));
    const RentRollResult again = fx.housing().generateRentRoll(QStringLiteral("2026-11"));
    CHECK(again.added == 0);
    CHECK(again.existing == 2);
    CHECK(again.total == Money());
    CHECK(fx.t.count(QStringLiteral("housing_rent_lines")) == 2);
    CHECK(fx.t.count(QStringLiteral("audit_log")) == audits);
}

TEST_CASE("A rent roll is not made for a month not yet begun or a malformed one",
          "[housing][rentroll]")
{
    HousingFixture fx;
    fx.sign(fx.addFlat(), QDate(2026, 11, 1));
    CHECK_THROWS_AS(fx.housing().generateRentRoll(QStringLiteral("2026-12")), ValidationError);
    CHECK_THROWS_AS(fx.housing().generateRentRoll(QStringLiteral("2026-13")), ValidationError);
    CHECK(fx.t.count(QStringLiteral("housing_rent_lines")) == 0);
}

TEST_CASE("A part payment leaves the rest owing", "[housing][payments]")
{
    HousingFixture fx;
    const qint64 t = fx.sign(fx.addFlat(), QDate(2026, 11, 1));
    fx.housing().generateRentRoll(QStringLiteral("2026-11"));
    const RentLine line = lineOf(fx, t, QStringLiteral("2026-11"));
    const PaymentResult r = fx.housing().recordPayment(line.id, Money(30000), QDate(2026, 11, 20));
    CHECK(r.toLine == Money(30000));
    CHECK(r.toCredit == Money());
    CHECK(lineOf(fx, t, QStringLiteral("2026-11")).outstanding() == Money(50000));
    CHECK_THROWS_AS(fx.housing().recordPayment(line.id, Money(), QDate(2026, 11, 20)),
                    ValidationError);
    CHECK_THROWS_AS(fx.housing().recordPayment(line.id, Money(100), QDate(2026, 12, 20)),
                    ValidationError);
}

TEST_CASE("An overpayment pays the earlier lines and the rest is carried to the next month",
          "[housing][payments]")
{
    HousingFixture fx;
    const qint64 t = fx.sign(fx.addFlat(), QDate(2026, 10, 1));
    fx.housing().generateRentRoll(QStringLiteral("2026-10"));
    fx.housing().generateRentRoll(QStringLiteral("2026-11"));
    const RentLine nov = lineOf(fx, t, QStringLiteral("2026-11"));
    const PaymentResult r = fx.housing().recordPayment(nov.id, Money(200000), QDate(2026, 11, 25));
    CHECK(r.toLine == Money(80000));
    CHECK(r.toOtherLines == Money(80000));
    CHECK(r.toCredit == Money(40000));
    CHECK(lineOf(fx, t, QStringLiteral("2026-10")).outstanding() == Money());
    CHECK(fx.housing().tenancy(t).credit == Money(40000));

    fx.t.clock().advanceSecs(5 * 86400); // 2026-12-03
    fx.housing().generateRentRoll(QStringLiteral("2026-12"));
    const RentLine dec = lineOf(fx, t, QStringLiteral("2026-12"));
    CHECK(dec.paid == Money(40000));
    CHECK(dec.outstanding() == Money(40000));
    CHECK(fx.housing().tenancy(t).credit == Money());
}

TEST_CASE("Arrears are listed per tenant, most owed first, and per complex",
          "[housing][arrears]")
{
    HousingFixture fx;
    const qint64 owing = fx.sign(fx.addFlat(), QDate(2026, 8, 1), Money(), QDate(),
                                 QStringLiteral("欠租人"));
    const qint64 little = fx.sign(fx.addFlat(), QDate(2026, 11, 1));
    const qint64 paid = fx.sign(fx.addFlat(fx.bureauComplex), QDate(2026, 11, 1));
    for (const char *m : {"2026-08", "2026-09", "2026-10", "2026-11"})
        fx.housing().generateRentRoll(QString::fromLatin1(m));
    const RentLine p = lineOf(fx, paid, QStringLiteral("2026-11"));
    fx.housing().recordPayment(p.id, p.amount, QDate(2026, 11, 5));

    ArrearsFilter filter;
    const QList<ArrearsRow> rows = fx.housing().arrearsPageAfter(filter, {}, 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].tenancyId == owing);
    CHECK(rows[0].months == 4);
    CHECK(rows[0].oldestMonth == QStringLiteral("2026-08"));
    CHECK(rows[0].outstanding == Money(320000));
    CHECK(rows[1].tenancyId == little);
    filter.minMonths = 3;
    CHECK(fx.housing().countArrears(filter) == 1);

    const QList<ComplexArrears> byComplex = fx.housing().arrearsByComplex();
    REQUIRE(byComplex.size() == 1);
    CHECK(byComplex[0].complexId == fx.complex);
    CHECK(byComplex[0].tenants == 2);
    CHECK(byComplex[0].outstanding == Money(400000));

    int arrearsAlerts = 0;
    for (const HousingAlert &a : fx.housing().alerts())
        if (a.kind == AlertKind::Arrears) {
            ++arrearsAlerts;
            CHECK(a.tenancyId == owing);
        }
    CHECK(arrearsAlerts == 1);
}

TEST_CASE("The rent roll of a month lists its lines with their totals", "[housing][rentroll]")
{
    HousingFixture fx;
    const qint64 a = fx.sign(fx.addFlat(), QDate(2026, 11, 1));
    fx.sign(fx.addFlat(fx.bureauComplex), QDate(2026, 11, 1));
    fx.housing().generateRentRoll(QStringLiteral("2026-11"));
    fx.housing().recordPayment(lineOf(fx, a, QStringLiteral("2026-11")).id, Money(80000),
                               QDate(2026, 11, 2));
    RentRollFilter filter;
    filter.month = QStringLiteral("2026-11");
    const RentRollTotals all = fx.housing().rentRollTotals(filter);
    CHECK(all.lines == 2);
    CHECK(all.amount == Money(80000 + 96000));
    CHECK(all.paid == Money(80000));
    filter.unpaidOnly = true;
    CHECK(fx.housing().rentRollPageAfter(filter, {}, 10).size() == 1);
    filter.unpaidOnly = false;
    filter.complexId = fx.complex;
    CHECK(fx.housing().rentRollTotals(filter).lines == 1);
}

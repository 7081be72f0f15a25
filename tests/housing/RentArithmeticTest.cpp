#include <catch2/catch.hpp>

#include "housing/HousingRent.h"

using namespace ga;
using namespace ga::housing;

TEST_CASE("Monthly rent is area times rate, rounded to the nearest fen", "[housing][rent]")
{
    CHECK(monthlyRent(8523, 1000) == Money(85230));      // 85.23 m² × ¥10.00
    CHECK(monthlyRent(8555, 1001) == Money(85636));      // 85635.55 fen, up
    CHECK(monthlyRent(8555, 1003) == Money(85807));      // 85806.65 fen, up
    CHECK(monthlyRent(101, 150) == Money(152));          // 151.5 fen: a half goes up
    CHECK(monthlyRent(0, 1000) == Money());
}

TEST_CASE("A part month is rent times days over the month's days", "[housing][rent]")
{
    CHECK(proRata(Money(85230), 15, 30) == Money(42615));
    CHECK(proRata(Money(100000), 15, 29) == Money(51724)); // 51724.1
    CHECK(proRata(Money(100000), 1, 31) == Money(3226));   // 3225.8
    CHECK(proRata(Money(3), 1, 2) == Money(2));            // 1.5: halves up
    CHECK(proRata(Money(85230), 31, 31) == Money(85230));
    CHECK(proRata(Money(85230), 0, 31) == Money());
}

TEST_CASE("Days in a month count both ends, leap Februaries included", "[housing][rent]")
{
    CHECK(daysInMonthWithin(QStringLiteral("2028-02"), QDate(2028, 2, 15), QDate()) == 15);
    CHECK(daysInMonthWithin(QStringLiteral("2027-02"), QDate(2027, 2, 15), QDate()) == 14);
    CHECK(daysInMonthWithin(QStringLiteral("2026-11"), QDate(2026, 1, 1), QDate()) == 30);
    CHECK(daysInMonthWithin(QStringLiteral("2026-12"), QDate(2026, 1, 1), QDate(2026, 12, 31))
          == 31);
    CHECK(daysInMonthWithin(QStringLiteral("2026-12"), QDate(2026, 12, 31), QDate()) == 1);
    CHECK(daysInMonthWithin(QStringLiteral("2026-12"), QDate(2027, 1, 1), QDate()) == 0);
    CHECK(daysInMonthWithin(QStringLiteral("2026-13"), QDate(2026, 1, 1), QDate()) == 0);
    CHECK(lastDayOf(QStringLiteral("2028-02")) == QDate(2028, 2, 29));
}

TEST_CASE("A term ends the day before its anniversary", "[housing][rent]")
{
    CHECK(termEnd(QDate(2026, 3, 1), 3) == QDate(2029, 2, 28));
    CHECK(termEnd(QDate(2027, 3, 1), 1) == QDate(2028, 2, 29));
    CHECK(termEnd(QDate(2028, 2, 29), 1) == QDate(2029, 2, 28));
    CHECK(termEnd(QDate(2028, 2, 29), 4) == QDate(2032, 2, 28));
    CHECK(termEnd(QDate(2026, 1, 31), 5) == QDate(2031, 1, 30));
}

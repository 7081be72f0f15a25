#include <catch2/catch.hpp>

#include "core/Money.h"

using ga::Money;

TEST_CASE("Money parses plain, grouped and currency-marked amounts", "[money]")
{
    CHECK(Money::parse(QStringLiteral("1234"))->fen() == 123400);
    CHECK(Money::parse(QStringLiteral("1,234.5"))->fen() == 123450);
    CHECK(Money::parse(QStringLiteral("¥1234.56"))->fen() == 123456);
    CHECK(Money::parse(QStringLiteral("88元"))->fen() == 8800);
    CHECK(Money::parse(QStringLiteral("-3.2"))->fen() == -320);
}

TEST_CASE("Money refuses text and more than two decimals", "[money]")
{
    CHECK_FALSE(Money::parse(QStringLiteral("abc")));
    CHECK_FALSE(Money::parse(QStringLiteral("1.234")));
    CHECK_FALSE(Money::parse(QString()));
}

TEST_CASE("Money formats with grouping and two decimals", "[money]")
{
    CHECK(Money(123456789).toString() == QStringLiteral("1,234,567.89"));
    CHECK(Money(-5).toString() == QStringLiteral("-0.05"));
    CHECK(Money(100).toPlainString() == QStringLiteral("1.00"));
    CHECK(Money(100).toDisplayString() == QStringLiteral("¥1.00"));
}

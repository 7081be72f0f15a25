#include <catch2/catch.hpp>

#include "core/Period.h"

using namespace ga;

TEST_CASE("Touching time spans do not overlap", "[period]")
{
    const TimeSpan a{100, 200};
    CHECK_FALSE(a.overlaps(TimeSpan{200, 300}));
    CHECK_FALSE(a.overlaps(TimeSpan{0, 100}));
    CHECK(a.overlaps(TimeSpan{199, 300}));
    CHECK(a.overlaps(TimeSpan{120, 130}));
    CHECK(a.overlaps(TimeSpan{0, 1000}));
}

TEST_CASE("ISO dates round-trip and malformed dates are refused", "[period]")
{
    CHECK(toIsoDate(QDate(2026, 2, 3)) == QStringLiteral("2026-02-03"));
    CHECK(fromIsoDate(QStringLiteral("2026-02-03")) == QDate(2026, 2, 3));
    CHECK_FALSE(fromIsoDate(QStringLiteral("2026-02-30")));
    CHECK_FALSE(fromIsoDate(QString()));
}

TEST_CASE("Whole years count only completed anniversaries", "[period]")
{
    CHECK(wholeYearsBetween(QDate(2018, 11, 29), QDate(2026, 11, 28)) == 7);
    CHECK(wholeYearsBetween(QDate(2018, 11, 28), QDate(2026, 11, 28)) == 8);
    CHECK(DateRange::month(2024, 2).days() == 29);
}

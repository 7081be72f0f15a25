#include <catch2/catch.hpp>

#include "app/DemoData.h"
#include "housing/HousingService.h"
#include "support/TempDatabase.h"

using namespace ga;
using namespace ga::housing;
using namespace ga::test;

TEST_CASE("The demo generator writes a housing register whose rules hold", "[housing][generator]")
{
    TempDatabase t;
    demo::GenerateOptions options;
    options.referenceDate = QDate(2026, 11, 28);
    demo::generate(t.services(), options);
    HousingService &h = t.services().housing();
    CHECK(t.count(QStringLiteral("housing_flats")) == 60);
    CHECK(t.count(QStringLiteral("housing_tenancies")) > 100);
    CHECK(h.countTenancies(TenancyFilter()) > 0);
    // One active tenancy per flat and per person; an occupied flat is the active tenancy's.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM housing_flats f WHERE (f.status = "
                                  "'occupied') <> EXISTS (SELECT 1 FROM housing_tenancies t WHERE "
                                  "t.flat_id = f.id AND t.status = 'active')"))
              .toInt()
          == 0);
    // A flat's tenancies follow one another.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM housing_tenancies a JOIN "
                                  "housing_tenancies b ON a.flat_id = b.flat_id AND a.id < b.id "
                                  "WHERE b.start_date <= coalesce(a.ended_on, '9999-12-31')"))
              .toInt()
          == 0);
    // The rent is frozen at area × rate, every ended tenancy is settled and checked out.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM housing_tenancies WHERE monthly_rent <> "
                                  "(2 * area * rent_rate + 100) / 200"))
              .toInt()
          == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM housing_rent_lines l JOIN "
                                  "housing_tenancies t ON t.id = l.tenancy_id WHERE t.status = "
                                  "'ended' AND l.paid < l.amount"))
              .toInt()
          == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM housing_tenancies t WHERE t.status = "
                                  "'ended' AND NOT EXISTS (SELECT 1 FROM housing_checkouts c "
                                  "WHERE c.tenancy_id = t.id)"))
              .toInt()
          == 0);
    // A second roll of the reference month adds nothing: the generator billed it.
    CHECK(h.generateRentRoll(QStringLiteral("2026-11")).added == 0);
    CHECK_FALSE(h.queue(h.queue(QStringLiteral("2室1厅")).isEmpty() ? QStringLiteral("1室1厅")
                                                                    : QStringLiteral("2室1厅"))
                    .isEmpty());
    CHECK(t.count(QStringLiteral("audit_log")) == 1);
}

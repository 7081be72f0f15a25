#include <catch2/catch.hpp>

#include "HousingFixture.h"
#include "core/Error.h"

using namespace ga;
using namespace ga::housing;
using namespace ga::test;

TEST_CASE("A complex is stored with its rate and managing unit, and audited", "[housing][register]")
{
    HousingFixture fx;
    const Complex c = fx.housing().complex(fx.complex);
    CHECK(c.name == QStringLiteral("阅海小区"));
    CHECK(c.rentRate == 1000);
    CHECK(c.departmentId == fx.org.agency);
    CHECK(fx.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                     "'housing_complex' AND action = 'create'"))
              .toInt()
          == 2);
}

TEST_CASE("A complex's code is unique and its rate must be positive", "[housing][register]")
{
    HousingFixture fx;
    CHECK_THROWS_AS(fx.addComplex(QStringLiteral("C1"), QStringLiteral("x"), fx.org.agency, 900),
                    ValidationError);
    CHECK_THROWS_AS(fx.addComplex(QStringLiteral("C3"), QStringLiteral("x"), fx.org.agency, 0),
                    ValidationError);
    CHECK(fx.housing().countComplexes(false) == 2);
}

TEST_CASE("A flat keeps its inventory lines and meter numbers", "[housing][register]")
{
    HousingFixture fx;
    const qint64 id = fx.addFlat();
    const Flat f = fx.housing().flat(id);
    REQUIRE(f.items.size() == 2);
    CHECK(f.items[0].name == QStringLiteral("床"));
    CHECK(f.items[0].quantity == 2);
    CHECK(f.waterMeter == QStringLiteral("W-501"));
    CHECK(f.status == FlatStatus::Vacant);

    Flat edited = f;
    edited.items.removeFirst();
    InventoryItem sofa;
    sofa.name = QStringLiteral("沙发");
    edited.items << sofa;
    fx.housing().updateFlat(edited);
    const Flat again = fx.housing().flat(id);
    REQUIRE(again.items.size() == 2);
    CHECK(again.items[0].id == f.items[1].id);
    CHECK(again.items[1].name == QStringLiteral("沙发"));
}

TEST_CASE("Two flats of a complex cannot share building, unit and number", "[housing][register]")
{
    HousingFixture fx;
    fx.housing().createFlat(fx.makeFlat(fx.complex, QStringLiteral("101")));
    CHECK_THROWS_AS(fx.housing().createFlat(fx.makeFlat(fx.complex, QStringLiteral("101"))),
                    ValidationError);
    CHECK_NOTHROW(fx.housing().createFlat(fx.makeFlat(fx.bureauComplex, QStringLiteral("101"))));
}

TEST_CASE("A flat's days vacant count from when it became vacant", "[housing][register]")
{
    HousingFixture fx;
    const qint64 id = fx.addFlat();
    fx.t.clock().advanceSecs(10 * 86400);
    FlatFilter filter;
    const QList<FlatRow> rows = fx.housing().flatsPageAfter(filter, {}, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].flat.id == id);
    CHECK(rows[0].daysVacant == 10);
    fx.housing().setFlatStatus(id, FlatStatus::Maintenance);
    CHECK(fx.housing().flatsPageAfter(filter, {}, 10)[0].daysVacant == -1);
}

TEST_CASE("The flats list filters by status, layout and text and pages by key",
          "[housing][register]")
{
    HousingFixture fx;
    for (int i = 0; i < 7; ++i)
        fx.addFlat(0, 6000 + i, i % 2 ? QStringLiteral("1室1厅") : QStringLiteral("2室1厅"));
    FlatFilter filter;
    filter.layout = QStringLiteral("1室1厅");
    CHECK(fx.housing().countFlats(filter) == 3);
    filter = {};
    filter.text = QStringLiteral("503");
    CHECK(fx.housing().countFlats(filter) == 1);
    filter = {};
    filter.sort = FlatSort::Area;
    filter.order = Qt::DescendingOrder;
    QList<qint64> areas;
    KeysetCursor after;
    for (;;) {
        const QList<FlatRow> page = fx.housing().flatsPageAfter(filter, after, 3);
        for (const FlatRow &r : page)
            areas << r.flat.area;
        if (page.size() < 3)
            break;
        after = page.last().key;
    }
    CHECK(areas == QList<qint64>{6006, 6005, 6004, 6003, 6002, 6001, 6000});
}

TEST_CASE("A flat that was offered or let cannot be deleted", "[housing][register]")
{
    HousingFixture fx;
    const qint64 unused = fx.addFlat();
    const qint64 let = fx.addFlat();
    fx.sign(let, QDate(2026, 11, 1));
    CHECK_NOTHROW(fx.housing().deleteFlat(unused));
    CHECK_THROWS_AS(fx.housing().deleteFlat(let), ConflictError);
    CHECK_THROWS_AS(fx.housing().setFlatStatus(let, FlatStatus::Maintenance), ValidationError);
    CHECK_THROWS_AS(fx.housing().deleteComplex(fx.complex), ConflictError);
}

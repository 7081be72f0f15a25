#include <catch2/catch.hpp>

#include "HousingFixture.h"
#include "core/Error.h"
#include "housing/HousingImporters.h"
#include "storage/csv/ColumnMapping.h"
#include "storage/csv/CsvReader.h"
#include "storage/csv/Importer.h"


using namespace ga;
using namespace ga::housing;
using namespace ga::test;

namespace {

ImportResult importCsv(Importer &importer, const QString &csv, bool strict = false)
{
    const CsvDocument doc = CsvDocument::fromBytes(csv.toUtf8(), {}, {}, QStringLiteral("a.csv"));
    ImportOptions options;
    options.mapping = ColumnMapping::guess(importer.fields(), doc.headers());
    options.strict = strict;
    return importer.importDocument(doc, options);
}

const QString kFlatHeader = QStringLiteral("小区,楼栋,单元,楼层,房号,面积,户型,水表号,家具清单\n");

} // namespace

TEST_CASE("Flats are imported with their inventory; repeats are duplicates and bad rows rejected",
          "[housing][import]")
{
    HousingFixture fx;
    fx.housing().createFlat(fx.makeFlat(fx.complex, QStringLiteral("900")));
    const QString csv = kFlatHeader
        + QStringLiteral("C1,9,1,3,301,75.35,2室1厅,W1,床×2；冰箱\n"
                         "阅海小区,9,1,3,302,68.2,1室1厅,W2,\n"
                         "C1,9,1,3,301,75.35,2室1厅,W1,\n"
                         "C1,3,2,9,900,80,2室1厅,,\n"
                         "不存在,9,1,3,303,70,2室1厅,,\n"
                         "C1,9,1,4,401,0,2室1厅,,\n");
    const ImportResult r = importCsv(fx.t.services().flatImporter(), csv);
    CHECK(r.accepted == 2);
    CHECK(r.duplicates.size() == 2);
    CHECK(r.rejected.size() == 2);
    FlatFilter filter;
    filter.text = QStringLiteral("301");
    const QList<FlatRow> rows = fx.housing().flatsPageAfter(filter, {}, 10);
    REQUIRE(rows.size() == 1);
    const Flat f = fx.housing().flat(rows[0].flat.id);
    CHECK(f.area == 7535);
    CHECK(f.status == FlatStatus::Vacant);
    REQUIRE(f.items.size() == 2);
    CHECK(f.items[0].name == QStringLiteral("床"));
    CHECK(f.items[0].quantity == 2);
    CHECK(fx.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'"))
              .toInt()
          == 1);
}

TEST_CASE("A strict flat import stores nothing when a row is rejected", "[housing][import]")
{
    HousingFixture fx;
    const QString csv = kFlatHeader
        + QStringLiteral("C1,9,1,3,301,75.35,2室1厅,,\n不存在,9,1,3,303,70,2室1厅,,\n");
    CHECK_THROWS_AS(importCsv(fx.t.services().flatImporter(), csv, true), ValidationError);
    CHECK(fx.t.count(QStringLiteral("housing_flats")) == 0);
}

TEST_CASE("An agency's clerk cannot import flats into another agency's complex",
          "[housing][import][scope]")
{
    HousingFixture fx;
    fx.t.loginAs(Role::Clerk, {Module::Housing}, 0, fx.org.agency);
    const ImportResult r = importCsv(fx.t.services().flatImporter(),
                                     kFlatHeader
                                         + QStringLiteral("C1,9,1,3,301,75,2室1厅,,\n"
                                                          "C2,9,1,3,301,75,2室1厅,,\n"));
    CHECK(r.accepted == 1);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected.first().reason.contains(QStringLiteral("outside your agency scope")));
}

TEST_CASE("Existing tenancies are imported: active ones occupy their flat, past ones are kept",
          "[housing][import]")
{
    HousingFixture fx;
    const qint64 a = fx.addFlat();    // 3-2-501
    const qint64 b = fx.addFlat();    // 3-2-502
    fx.addCadre(QStringLiteral("甲")); // H0001
    fx.addCadre(QStringLiteral("乙")); // H0002
    const QString csv = QStringLiteral(
        "小区,楼栋,单元,房号,人员编号,起租日期,到期日期,押金,退房日期\n"
        "C1,3,2,501,H0001,2026-06-01,,2000,\n"
        "C1,3,2,502,H0002,2024-01-01,2024-12-31,,2024-12-31\n"
        "C1,3,2,502,H0002,2025-01-01,2031-01-01,,\n"
        "C1,3,2,502,H0001,2025-01-01,,,\n"
        "C1,3,2,999,H0002,2025-01-01,,,\n"
        "C1,3,2,502,H9999,2025-01-01,,,\n");
    const ImportResult r = importCsv(fx.t.services().tenancyImporter(), csv);
    CHECK(r.accepted == 2);
    CHECK(r.rejected.size() == 4);
    CHECK(fx.housing().flat(a).status == FlatStatus::Occupied);
    CHECK(fx.housing().flat(b).status == FlatStatus::Vacant);
    TenancyFilter active;
    const QList<TenancyRow> rows = fx.housing().tenanciesPageAfter(active, {}, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].tenancy.end == QDate(2029, 5, 31));
    CHECK(rows[0].tenancy.monthlyRent == Money(80000));
    CHECK(rows[0].tenancy.deposit == Money(200000));
    active.activeOnly = false;
    CHECK(fx.housing().countTenancies(active) == 2);
}

#include <catch2/catch.hpp>

#include "ImportTestSupport.h"

#include "core/Error.h"
#include "vehicles/VehicleImporter.h"

using namespace ga;
using ga::test::TempDatabase;

namespace {

const QString kHeader = QStringLiteral(
    "车牌号,自编号,品牌,型号,车辆类别,能源类型,座位数,购置日期,购置价格,权属,使用单位,里程,油卡号\n");

ImportResult importVehicles(TempDatabase &t, const QByteArray &bytes, bool strict = false)
{
    const CsvDocument doc = CsvDocument::fromBytes(bytes, {}, {}, QStringLiteral("vehicles.csv"));
    auto &importer = t.services().vehicleImporter();
    ImportOptions options;
    options.mapping = ColumnMapping::guess(importer.fields(), doc.headers());
    options.strict = strict;
    return importer.importDocument(doc, options);
}

} // namespace

TEST_CASE("A UTF-8 vehicle file is imported with Chinese category, energy and ownership names",
          "[import][vehicles]")
{
    TempDatabase t;
    const qint64 office = test::addDepartment(t, QStringLiteral("D01"), QStringLiteral("办公室"));
    const qint64 police = test::addDepartment(t, QStringLiteral("D02"), QStringLiteral("公安局"));
    const QString header = kHeader.chopped(1) + QStringLiteral(",出租方,月租金\n");
    const QString csv = header
        + QStringLiteral("宁A 12345,C-001,红旗,H5,一般公务用车,汽油,5,2020/3/15,"
                         "\"189,800.00\",编制保留,办公室,\"12,345\",100011,,\n"
                         "宁AD12345,C-002,比亚迪,汉,执法执勤用车,纯电动,5,2023/1/2,"
                         "219800,社会化租赁,D02,0,,银川汽车租赁公司,4500\n");
    const ImportResult r = importVehicles(t, csv.toUtf8());
    CHECK(r.accepted == 2);
    CHECK(r.rejected.isEmpty());
    CHECK(t.count(QStringLiteral("vehicles")) == 2);
    CHECK(t.scalar(QStringLiteral("SELECT category || '|' || energy_type || '|' || ownership || '|' "
                                  "|| purchase_date || '|' || purchase_price || '|' || odometer_km "
                                  "|| '|' || department_id || '|' || fuel_card_no "
                                  "FROM vehicles WHERE fleet_no = 'C-001'"))
              .toString()
          == QStringLiteral("general|petrol|retained|2020-03-15|18980000|12345|%1|100011").arg(office));
    CHECK(t.scalar(QStringLiteral("SELECT plate || '|' || category || '|' || energy_type || '|' || "
                                  "ownership || '|' || department_id FROM vehicles "
                                  "WHERE fleet_no = 'C-002'"))
              .toString()
          == QStringLiteral("宁A·D12345|law_enforcement|bev|leased|%1").arg(police));
}

TEST_CASE("A GBK-encoded vehicle file is detected and imported", "[import][vehicles]")
{
    TempDatabase t;
    const QString csv = kHeader
                        + QStringLiteral("宁B·54321,,大众,帕萨特,应急保障用车,柴油,7,2019年5月1日,"
                                         ",编制保留,,,\n");
    const CsvDocument doc = CsvDocument::fromBytes(test::gbk(csv));
    CHECK(doc.encoding() == QLatin1String("GB18030"));
    const ImportResult r = importVehicles(t, test::gbk(csv));
    REQUIRE(r.accepted == 1);
    CHECK(t.scalar(QStringLiteral("SELECT brand || model || energy_type || purchase_date "
                                  "FROM vehicles"))
              .toString()
          == QStringLiteral("大众帕萨特diesel2019-05-01"));
}

TEST_CASE("Bad vehicle rows are rejected with reasons and lines; good rows are imported",
          "[import][vehicles]")
{
    TempDatabase t;
    const QString csv = kHeader
                        + QStringLiteral("宁A·11111,,红旗,H5,一般公务用车,汽油,5,,,,,,\n"   // 2 ok
                                         "NOT-A-PLATE,,红旗,H5,一般公务用车,汽油,5,,,,,,\n" // 3
                                         "宁A·22222,,红旗,H5,火箭,汽油,5,,,,,,\n"         // 4
                                         "宁A·33333,,红旗,H5,一般公务用车,汽油,zero,,,,,,\n" // 5
                                         "宁A·44444,,红旗,H5,一般公务用车,汽油,5,,,,不存在,,\n" // 6
                                         "宁A·55555,,红旗,H5,一般公务用车,汽油,5,,,,,,\n"); // 7 ok
    const ImportResult r = importVehicles(t, csv.toUtf8());
    CHECK(r.accepted == 2);
    REQUIRE(r.rejected.size() == 4);
    CHECK(r.rejected[0].line == 3);
    CHECK(r.rejected[0].reason.contains(QLatin1String("not a valid plate")));
    CHECK(r.rejected[0].raw.value(0) == QLatin1String("NOT-A-PLATE"));
    CHECK(r.rejected[1].line == 4);
    CHECK(r.rejected[1].reason.contains(QStringLiteral("火箭")));
    CHECK(r.rejected[2].line == 5);
    CHECK(r.rejected[2].reason.contains(QLatin1String("seats")));
    CHECK(r.rejected[3].line == 6);
    CHECK(r.rejected[3].reason.contains(QLatin1String("department")));
    CHECK(t.count(QStringLiteral("vehicles")) == 2);
}

TEST_CASE("A vehicle file is held to the form's rules: no future purchase, no lessor-less lease",
          "[import][vehicles]")
{
    TempDatabase t; // today is 2026-11-28
    const QString header = kHeader.chopped(1) + QStringLiteral(",出租方,月租金\n");
    const QString csv = header
        + QStringLiteral("宁A·11111,,红旗,H5,一般公务用车,汽油,5,2026-11-28,,,,,,,\n"
                         "宁A·22222,,红旗,H5,一般公务用车,汽油,5,2026-11-29,,,,,,,\n"
                         "宁A·33333,,红旗,H5,一般公务用车,汽油,5,,,社会化租赁,,,,,3000\n"
                         "宁A·44444,,红旗,H5,一般公务用车,汽油,5,,,社会化租赁,,,,"
                         "银川汽车租赁公司,3000\n");
    const ImportResult r = importVehicles(t, csv.toUtf8());
    CHECK(r.accepted == 2);
    REQUIRE(r.rejected.size() == 2);
    CHECK(r.rejected[0].line == 3);
    CHECK(r.rejected[0].reason.contains(QLatin1String("future")));
    CHECK(r.rejected[1].line == 4);
    CHECK(r.rejected[1].reason.contains(QLatin1String("lessor")));
    CHECK(t.scalar(QStringLiteral("SELECT lessor || '|' || lease_cost_monthly FROM vehicles "
                                  "WHERE plate = '宁A·44444'"))
              .toString()
          == QStringLiteral("银川汽车租赁公司|300000"));
}

TEST_CASE("Strict mode stores nothing when one vehicle row is bad", "[import][vehicles]")
{
    TempDatabase t;
    const QString csv = kHeader
                        + QStringLiteral("宁A·11111,,红旗,H5,一般公务用车,汽油,5,,,,,,\n"
                                         "宁A·22222,,红旗,H5,火箭,汽油,5,,,,,,\n");
    CHECK_THROWS_WITH(importVehicles(t, csv.toUtf8(), true), Catch::Contains("Line 3"));
    CHECK(t.count(QStringLiteral("vehicles")) == 0);
}

TEST_CASE("Plates already stored or repeated in the file are duplicates, not overwritten",
          "[import][vehicles]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·11111"));
    const QString csv = kHeader
                        + QStringLiteral("宁A11111,,大众,X,一般公务用车,汽油,5,,,,,,\n"
                                         "宁A·22222,,红旗,H5,一般公务用车,汽油,5,,,,,,\n"
                                         "宁a·22222,,红旗,H9,一般公务用车,汽油,5,,,,,,\n");
    const ImportResult r = importVehicles(t, csv.toUtf8());
    CHECK(r.accepted == 1);
    REQUIRE(r.duplicates.size() == 2);
    CHECK(r.duplicates[0].line == 2);
    CHECK(r.duplicates[0].reason.contains(QLatin1String("already in the ledger")));
    CHECK(r.duplicates[1].line == 4);
    CHECK(r.duplicates[1].reason.contains(QLatin1String("line 3")));
    CHECK(t.scalar(QStringLiteral("SELECT brand FROM vehicles WHERE plate = '宁A·11111'")).toString()
          == QLatin1String("Test"));
    CHECK(t.count(QStringLiteral("vehicles")) == 2);
}

TEST_CASE("Staff may not import vehicles", "[import][vehicles][permissions]")
{
    TempDatabase t;
    t.loginAs(Role::Staff);
    const QString csv = kHeader + QStringLiteral("宁A·11111,,红旗,H5,一般公务用车,汽油,5,,,,,,\n");
    CHECK_THROWS_AS(importVehicles(t, csv.toUtf8()), PermissionError);
    CHECK(t.count(QStringLiteral("vehicles")) == 0);
}

TEST_CASE("A vehicle import writes one audit row with the counts", "[import][vehicles][audit]")
{
    TempDatabase t;
    t.loginAs(Role::Clerk, {Module::Vehicles});
    const int before = t.count(QStringLiteral("audit_log"));
    const QString csv = kHeader
                        + QStringLiteral("宁A·11111,,红旗,H5,一般公务用车,汽油,5,,,,,,\n"
                                         "宁A·22222,,红旗,H5,一般公务用车,汽油,5,,,,,,\n"
                                         "bad,,红旗,H5,一般公务用车,汽油,5,,,,,,\n");
    importVehicles(t, csv.toUtf8());
    CHECK(t.count(QStringLiteral("audit_log")) == before + 1);
    const QString after = t.scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE "
                                                  "action = 'import' AND entity = 'vehicles'"))
                              .toString();
    CHECK(after.contains(QLatin1String("\"accepted\":2")));
    CHECK(after.contains(QLatin1String("\"rejected\":1")));
    CHECK(after.contains(QLatin1String("vehicles.csv")));
}

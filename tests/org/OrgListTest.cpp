#include <catch2/catch.hpp>

#include "OrgTestSupport.h"

using namespace ga;
using namespace ga::test;

namespace {

QStringList staffNos(const QList<StaffRow> &rows)
{
    QStringList out;
    for (const StaffRow &r : rows)
        out << r.staff.staffNo;
    return out;
}

// Office: S01 王伟 (section head, transferred), S02 李娜; finance: S03 张敏 (retired), S04 刘洋.
SmallOrg addPeople(TempDatabase &t)
{
    const SmallOrg o = addSmallOrg(t);
    addStaff(t, QStringLiteral("S01"), QStringLiteral("王伟"), o.office, "county.section", true);
    addStaff(t, QStringLiteral("S02"), QStringLiteral("李娜"), o.office);
    const qint64 retired = addStaff(t, QStringLiteral("S03"), QStringLiteral("张敏"), o.finance);
    t.services().org().retireStaff(retired);
    addStaff(t, QStringLiteral("S04"), QStringLiteral("刘洋"), o.finance);
    return o;
}

} // namespace

TEST_CASE("The staff list leaves retired staff out unless asked", "[org][list]")
{
    TempDatabase t;
    addPeople(t);
    StaffFilter f;
    CHECK(staffNos(t.services().org().listStaff(f, 0, 100))
          == QStringList{"S01", "S02", "S04"});
    f.includeRetired = true;
    CHECK(t.services().org().countStaff(f) == 4);
}

TEST_CASE("The staff text search matches names and staff numbers", "[org][list]")
{
    TempDatabase t;
    addPeople(t);
    StaffFilter f;
    f.text = QStringLiteral("李");
    CHECK(staffNos(t.services().org().listStaff(f, 0, 100)) == QStringList{"S02"});
    f.text = QStringLiteral("s04");
    CHECK(staffNos(t.services().org().listStaff(f, 0, 100)) == QStringList{"S04"});
    f.text = QStringLiteral("%");
    CHECK(t.services().org().countStaff(f) == 0);
}

TEST_CASE("Filtering by an agency includes its divisions", "[org][list]")
{
    TempDatabase t;
    const SmallOrg o = addPeople(t);
    StaffFilter f;
    f.departmentId = o.agency;
    CHECK(t.services().org().countStaff(f) == 3);
    f.departmentId = o.finance;
    CHECK(staffNos(t.services().org().listStaff(f, 0, 100)) == QStringList{"S04"});
    f.departmentId = o.agency;
    f.includeSubDepartments = false;
    CHECK(t.services().org().countStaff(f) == 0);
}

TEST_CASE("Staff filter by rank and transferred cadres", "[org][list]")
{
    TempDatabase t;
    addPeople(t);
    StaffFilter f;
    f.rankId = rankId(t, "county.section");
    CHECK(staffNos(t.services().org().listStaff(f, 0, 100)) == QStringList{"S01"});
    f.rankId = 0;
    f.transferredOnly = true;
    CHECK(staffNos(t.services().org().listStaff(f, 0, 100)) == QStringList{"S01"});
}

TEST_CASE("Staff rows carry department and rank names", "[org][list]")
{
    TempDatabase t;
    addPeople(t);
    StaffFilter f;
    f.text = QStringLiteral("S04");
    const QList<StaffRow> rows = t.services().org().listStaff(f, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().departmentName == QStringLiteral("财务科"));
    CHECK_FALSE(rows.first().rankName.isEmpty());
}

TEST_CASE("The staff list sorts in SQL and pages with offset and limit", "[org][list]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    for (int i = 1; i <= 25; ++i)
        addStaff(t, QStringLiteral("N%1").arg(i, 3, 10, QLatin1Char('0')),
                 QStringLiteral("Person %1").arg(QChar(QLatin1Char('a' + (i % 26)))), o.office);
    StaffFilter f;
    f.sort = StaffSort::StaffNo;
    f.order = Qt::DescendingOrder;
    const QList<StaffRow> first = t.services().org().listStaff(f, 0, 10);
    const QList<StaffRow> third = t.services().org().listStaff(f, 20, 10);
    REQUIRE(first.size() == 10);
    REQUIRE(third.size() == 5);
    CHECK(first.first().staff.staffNo == QStringLiteral("N025"));
    CHECK(third.last().staff.staffNo == QStringLiteral("N001"));

    f.sort = StaffSort::Name;
    f.order = Qt::AscendingOrder;
    const QList<StaffRow> byName = t.services().org().listStaff(f, 0, 100);
    REQUIRE(byName.size() == 25);
    for (int i = 1; i < byName.size(); ++i)
        CHECK(byName.at(i - 1).staff.name <= byName.at(i).staff.name);
}

TEST_CASE("Staff are looked up by number", "[org][list]")
{
    TempDatabase t;
    addPeople(t);
    const auto s = t.services().org().findStaffByNumber(QStringLiteral(" S02 "));
    REQUIRE(s.has_value());
    CHECK(s->name == QStringLiteral("李娜"));
    CHECK_FALSE(t.services().org().findStaffByNumber(QStringLiteral("nope")).has_value());
    CHECK(t.services().org().staffOfficeLimit(s->id) == 900);
}

TEST_CASE("The department tree is depth-first with paths and staff counts", "[org][list]")
{
    TempDatabase t;
    const SmallOrg o = addPeople(t);
    const QList<DepartmentEntry> tree = t.services().org().departmentTree();
    REQUIRE(tree.size() == 4);
    CHECK(tree.at(0).department.id == o.bureau);
    CHECK(tree.at(1).department.id == o.agency);
    CHECK(tree.at(2).path == QStringLiteral("机关事务管理局 / 银川市公安局 / 办公室"));
    CHECK(tree.at(2).depth == 2);
    CHECK(tree.at(2).staffCount == 2);
    CHECK(tree.at(3).staffCount == 1); // the retired member is not counted
    CHECK(tree.at(1).subtreeStaffCount == 3);
    CHECK(tree.at(0).subtreeStaffCount == 3);
    CHECK(tree.at(1).childCount == 2);
    CHECK(t.services().org().departmentPath(o.finance)
          == QStringLiteral("机关事务管理局 / 银川市公安局 / 财务科"));
}

TEST_CASE("Retired departments leave the tree unless asked for", "[org][list]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    t.services().org().retireDepartment(o.finance);
    CHECK(t.services().org().departmentTree().size() == 3);
    CHECK(t.services().org().departmentTree(true).size() == 4);
}

TEST_CASE("The building list filters and sorts by area", "[org][list]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    OrgService &org = t.services().org();
    Building a = makeBuilding(QStringLiteral("B1"), QStringLiteral("Main building"), 500000, 400000);
    a.departmentId = o.agency;
    a.campus = QStringLiteral("North campus");
    org.createBuilding(a);
    org.createBuilding(makeBuilding(QStringLiteral("B2"), QStringLiteral("Annex"), 120000, 90000));
    const qint64 old = org.createBuilding(
        makeBuilding(QStringLiteral("B3"), QStringLiteral("Old hall"), 900000, 800000));
    org.retireBuilding(old);

    BuildingFilter f;
    f.sort = BuildingSort::GrossArea;
    f.order = Qt::DescendingOrder;
    QList<BuildingRow> rows = org.listBuildings(f, 0, 50);
    REQUIRE(rows.size() == 2);
    CHECK(rows.first().building.code == QStringLiteral("B1"));
    CHECK(rows.first().departmentName == QStringLiteral("银川市公安局"));

    f.includeRetired = true;
    CHECK(org.listBuildings(f, 0, 50).first().building.code == QStringLiteral("B3"));
    f.text = QStringLiteral("north");
    CHECK(org.countBuildings(f) == 1);
    f.text.clear();
    f.departmentId = o.agency;
    CHECK(org.countBuildings(f) == 1);
}

#include <catch2/catch.hpp>

#include "OrgTestSupport.h"
#include "core/Error.h"

using namespace ga;
using namespace ga::test;

TEST_CASE("A department needs a name and a code", "[org][validation]")
{
    TempDatabase t;
    Department d;
    d.code = QStringLiteral("X1");
    d.name = QStringLiteral("   ");
    d.kind = DepartmentKind::Agency;
    CHECK_THROWS_AS(t.services().org().createDepartment(d), ValidationError);
    d.name = QStringLiteral("Agency");
    d.code.clear();
    CHECK_THROWS_AS(t.services().org().createDepartment(d), ValidationError);
    CHECK(t.count(QStringLiteral("departments")) == 0);
}

TEST_CASE("Department codes are unique", "[org][validation]")
{
    TempDatabase t;
    addDepartment(t, QStringLiteral("A01"), QStringLiteral("One"), DepartmentKind::Agency);
    CHECK_THROWS_AS(addDepartment(t, QStringLiteral(" A01 "), QStringLiteral("Two"),
                                  DepartmentKind::Agency),
                    ConflictError);
}

TEST_CASE("Names and codes are stored trimmed", "[org][validation]")
{
    TempDatabase t;
    const qint64 id = addDepartment(t, QStringLiteral("  A07 "), QStringLiteral(" 审计局  "),
                                    DepartmentKind::Agency);
    const Department d = t.services().org().department(id);
    CHECK(d.code == QStringLiteral("A07"));
    CHECK(d.name == QStringLiteral("审计局"));
}

TEST_CASE("A department cannot be placed under itself or its descendants", "[org][validation]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    OrgService &org = t.services().org();
    Department agency = org.department(o.agency);
    agency.parentId = o.agency;
    CHECK_THROWS_AS(org.updateDepartment(agency), ValidationError);

    Department office = org.department(o.office);
    const qint64 sub = addDepartment(t, QStringLiteral("A01.01.1"), QStringLiteral("Sub"),
                                     DepartmentKind::Division, o.office);
    office.parentId = sub;
    CHECK_THROWS_AS(org.updateDepartment(office), ValidationError);
    CHECK(org.department(o.office).parentId == o.agency);
}

TEST_CASE("A bureau has no parent and a division needs one", "[org][validation]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    CHECK_THROWS_AS(addDepartment(t, QStringLiteral("B2"), QStringLiteral("Second bureau"),
                                  DepartmentKind::Bureau, o.bureau),
                    ValidationError);
    CHECK_THROWS_AS(addDepartment(t, QStringLiteral("D9"), QStringLiteral("Orphan division"),
                                  DepartmentKind::Division),
                    ValidationError);
    // An agency cannot sit below a division.
    CHECK_THROWS_AS(addDepartment(t, QStringLiteral("A9"), QStringLiteral("Agency"),
                                  DepartmentKind::Agency, o.office),
                    ValidationError);
}

TEST_CASE("The approved area cannot be negative", "[org][validation]")
{
    TempDatabase t;
    Department d;
    d.code = QStringLiteral("A1");
    d.name = QStringLiteral("Agency");
    d.kind = DepartmentKind::Agency;
    d.approvedArea = -1;
    CHECK_THROWS_AS(t.services().org().createDepartment(d), ValidationError);
}

TEST_CASE("A retired department cannot receive new staff", "[org][validation]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    t.services().org().retireDepartment(o.finance);
    CHECK_THROWS_AS(addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), o.finance),
                    ValidationError);
    // Nor can staff be moved there.
    const qint64 s = addStaff(t, QStringLiteral("S2"), QStringLiteral("李娜"), o.office);
    Staff moved = t.services().org().staff(s);
    moved.departmentId = o.finance;
    CHECK_THROWS_AS(t.services().org().updateStaff(moved), ValidationError);
}

TEST_CASE("A retired department cannot receive new sub-departments", "[org][validation]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    t.services().org().retireDepartment(o.finance);
    CHECK_THROWS_AS(addDepartment(t, QStringLiteral("A01.02.1"), QStringLiteral("Sub"),
                                  DepartmentKind::Division, o.finance),
                    ValidationError);
}

TEST_CASE("A post cannot end before it starts", "[org][validation]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    Staff s = makeStaff(QStringLiteral("S1"), QStringLiteral("王伟"), o.office,
                        rankId(t, "county.section"));
    s.postStart = QDate(2025, 3, 1);
    s.postEnd = QDate(2025, 2, 28);
    CHECK_THROWS_AS(t.services().org().createStaff(s), ValidationError);
    s.postEnd = QDate(2025, 3, 1);
    CHECK_NOTHROW(t.services().org().createStaff(s));
}

TEST_CASE("Staff numbers are unique", "[org][validation]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), o.office);
    CHECK_THROWS_AS(addStaff(t, QStringLiteral("S1"), QStringLiteral("李娜"), o.finance),
                    ConflictError);
}

TEST_CASE("A staff member needs a name, number, department and rank", "[org][validation]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    OrgService &org = t.services().org();
    const qint64 rank = rankId(t, "county.section");
    CHECK_THROWS_AS(org.createStaff(makeStaff(QStringLiteral("S1"), QString(), o.office, rank)),
                    ValidationError);
    CHECK_THROWS_AS(org.createStaff(makeStaff(QString(), QStringLiteral("王伟"), o.office, rank)),
                    ValidationError);
    CHECK_THROWS_AS(org.createStaff(makeStaff(QStringLiteral("S1"), QStringLiteral("王伟"), 0, rank)),
                    ValidationError);
    CHECK_THROWS_AS(org.createStaff(makeStaff(QStringLiteral("S1"), QStringLiteral("王伟"), o.office, 0)),
                    ValidationError);
    CHECK(t.count(QStringLiteral("staff")) == 0);
}

TEST_CASE("An inactive rank is not offered to new staff", "[org][validation]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    OrgService &org = t.services().org();
    Rank r = org.rank(rankId(t, "county.section"));
    r.active = false;
    org.updateRank(r);
    CHECK_THROWS_AS(addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), o.office,
                             "county.section"),
                    ValidationError);
}

TEST_CASE("Building areas must be consistent", "[org][validation]")
{
    TempDatabase t;
    OrgService &org = t.services().org();
    CHECK_THROWS_AS(org.createBuilding(makeBuilding(QStringLiteral("B1"), QStringLiteral("Main"),
                                                    100000, 100001)),
                    ValidationError);
    CHECK_THROWS_AS(org.createBuilding(makeBuilding(QStringLiteral("B1"), QStringLiteral("Main"),
                                                    -5, 0)),
                    ValidationError);
    Building b = makeBuilding(QStringLiteral("B1"), QStringLiteral("Main"));
    b.energyUsers = -1;
    CHECK_THROWS_AS(org.createBuilding(b), ValidationError);
    CHECK_NOTHROW(org.createBuilding(makeBuilding(QStringLiteral("B1"), QStringLiteral("Main"),
                                                  100000, 100000)));
}

TEST_CASE("The year a building was built must be plausible", "[org][validation]")
{
    TempDatabase t;
    OrgService &org = t.services().org();
    Building b = makeBuilding(QStringLiteral("B1"), QStringLiteral("Main"));
    b.yearBuilt = 1700;
    CHECK_THROWS_AS(org.createBuilding(b), ValidationError);
    b.yearBuilt = 2030; // the clock says 2026
    CHECK_THROWS_AS(org.createBuilding(b), ValidationError);
    b.yearBuilt = 1998;
    CHECK_NOTHROW(org.createBuilding(b));
}

TEST_CASE("A building needs a name and a unique code", "[org][validation]")
{
    TempDatabase t;
    OrgService &org = t.services().org();
    CHECK_THROWS_AS(org.createBuilding(makeBuilding(QStringLiteral("B1"), QString())),
                    ValidationError);
    CHECK_THROWS_AS(org.createBuilding(makeBuilding(QString(), QStringLiteral("Main"))),
                    ValidationError);
    org.createBuilding(makeBuilding(QStringLiteral("B1"), QStringLiteral("Main")));
    CHECK_THROWS_AS(org.createBuilding(makeBuilding(QStringLiteral("B1"), QStringLiteral("Annex"))),
                    ConflictError);
}

TEST_CASE("A rank's office limit must be positive and sane", "[org][validation]")
{
    TempDatabase t;
    OrgService &org = t.services().org();
    Rank r = org.rank(rankId(t, "city.bureau"));
    r.officeLimit = 0;
    CHECK_THROWS_AS(org.updateRank(r), ValidationError);
    r.officeLimit = 5'000'000;
    CHECK_THROWS_AS(org.updateRank(r), ValidationError);
    r.officeLimit = 2600;
    org.updateRank(r);
    CHECK(org.rankOfficeLimit(r.id) == 2600);
}

TEST_CASE("Seeded rank limits follow the 2014 standard", "[org][ranks]")
{
    TempDatabase t;
    OrgService &org = t.services().org();
    CHECK(org.rankOfficeLimit(rankId(t, "central.division")) == 1200);
    CHECK(org.rankOfficeLimit(rankId(t, "city.principal")) == 4200);
    const QList<Rank> county = org.ranksAtLevel(RankLevel::County);
    REQUIRE(county.size() == 5);
    CHECK(county.first().code == QStringLiteral("county.principal"));
    CHECK(county.last().officeLimit == 900);
}

TEST_CASE("Area text parses to hundredths of a square metre", "[org][area]")
{
    CHECK(parseArea(QStringLiteral("1234.5")) == 123450);
    CHECK(parseArea(QStringLiteral("1,234.56 m²")) == 123456);
    CHECK(parseArea(QStringLiteral("12")) == 1200);
    CHECK_FALSE(parseArea(QStringLiteral("1.234")).has_value());
    CHECK_FALSE(parseArea(QStringLiteral("-3")).has_value());
    CHECK_FALSE(parseArea(QStringLiteral("abc")).has_value());
}

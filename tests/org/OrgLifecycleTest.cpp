#include <catch2/catch.hpp>

#include "OrgTestSupport.h"
#include "core/Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace ga;
using namespace ga::test;

namespace {

struct AuditRow
{
    QString action;
    QString entity;
    qint64 entityId = 0;
    QJsonObject before;
    QJsonObject after;
    bool hasBefore = false;
    bool hasAfter = false;
};

AuditRow lastAudit(TempDatabase &t)
{
    AuditRow r;
    QSqlQuery q(t.db().connection());
    q.exec(QStringLiteral("SELECT action, entity, entity_id, before_json, after_json FROM audit_log "
                          "ORDER BY id DESC LIMIT 1"));
    REQUIRE(q.next());
    r.action = q.value(0).toString();
    r.entity = q.value(1).toString();
    r.entityId = q.value(2).toLongLong();
    r.hasBefore = !q.value(3).isNull();
    r.hasAfter = !q.value(4).isNull();
    r.before = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    r.after = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    return r;
}

} // namespace

TEST_CASE("A department with staff cannot be deleted, only retired", "[org][lifecycle]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), o.office);
    CHECK_THROWS_AS(t.services().org().deleteDepartment(o.office), ConflictError);
    CHECK(t.services().org().findDepartment(o.office).has_value());
}

TEST_CASE("The refusal to delete says why and suggests retiring", "[org][lifecycle]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    try {
        t.services().org().deleteDepartment(o.agency);
        FAIL("deleting a department with sub-departments succeeded");
    } catch (const ConflictError &e) {
        CHECK(e.message().contains(QStringLiteral("sub-departments")));
        CHECK(e.message().contains(QStringLiteral("Retire")));
    }
}

TEST_CASE("A department managing a building or a user's department is kept", "[org][lifecycle]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    Building b = makeBuilding(QStringLiteral("B1"), QStringLiteral("Main"));
    b.departmentId = o.finance;
    t.services().org().createBuilding(b);
    CHECK_THROWS_AS(t.services().org().deleteDepartment(o.finance), ConflictError);

    const qint64 lone = addDepartment(t, QStringLiteral("A02"), QStringLiteral("Lone"),
                                      DepartmentKind::Agency);
    t.loginAs(Role::Admin, {}, lone); // a user row now refers to the department
    CHECK_THROWS_AS(t.services().org().deleteDepartment(lone), ConflictError);
}

TEST_CASE("An unreferenced department is deleted and the deletion audited", "[org][lifecycle]")
{
    TempDatabase t;
    const qint64 id = addDepartment(t, QStringLiteral("A02"), QStringLiteral("Typo agency"),
                                    DepartmentKind::Agency);
    t.services().org().deleteDepartment(id);
    CHECK_FALSE(t.services().org().findDepartment(id).has_value());
    const AuditRow a = lastAudit(t);
    CHECK(a.action == QStringLiteral("delete"));
    CHECK(a.entity == QStringLiteral("department"));
    CHECK(a.before.value(QStringLiteral("name")).toString() == QStringLiteral("Typo agency"));
    CHECK_FALSE(a.hasAfter);
}

TEST_CASE("A department with active staff cannot be retired", "[org][lifecycle]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    const qint64 s = addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), o.office);
    CHECK_THROWS_AS(t.services().org().retireDepartment(o.office), ConflictError);
    t.services().org().retireStaff(s);
    t.services().org().retireDepartment(o.office);
    CHECK(t.services().org().department(o.office).status == OrgStatus::Retired);
}

TEST_CASE("A department with active sub-departments cannot be retired", "[org][lifecycle]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    CHECK_THROWS_AS(t.services().org().retireDepartment(o.agency), ConflictError);
}

TEST_CASE("A department under a retired parent cannot be reactivated", "[org][lifecycle]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    OrgService &org = t.services().org();
    org.retireDepartment(o.office);
    org.retireDepartment(o.finance);
    org.retireDepartment(o.agency);
    CHECK_THROWS_AS(org.reactivateDepartment(o.office), ValidationError);
    org.reactivateDepartment(o.agency);
    org.reactivateDepartment(o.office);
    CHECK(org.department(o.office).isActive());
}

TEST_CASE("Retired staff in a retired department are not reactivated", "[org][lifecycle]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    OrgService &org = t.services().org();
    const qint64 s = addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), o.finance);
    org.retireStaff(s);
    org.retireDepartment(o.finance);
    CHECK_THROWS_AS(org.reactivateStaff(s), ValidationError);
}

TEST_CASE("Retiring twice is refused", "[org][lifecycle]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    const qint64 s = addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), o.office);
    t.services().org().retireStaff(s);
    CHECK_THROWS_AS(t.services().org().retireStaff(s), ValidationError);
}

TEST_CASE("Updating a record does not change its status", "[org][lifecycle]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    OrgService &org = t.services().org();
    const qint64 s = addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), o.office);
    org.retireStaff(s);
    Staff edited = org.staff(s);
    edited.status = OrgStatus::Active;
    edited.phone = QStringLiteral("0951-1234567");
    org.updateStaff(edited);
    CHECK(org.staff(s).status == OrgStatus::Retired);
    CHECK(org.staff(s).phone == QStringLiteral("0951-1234567"));
}

TEST_CASE("Writes to missing records raise NotFoundError", "[org][lifecycle]")
{
    TempDatabase t;
    OrgService &org = t.services().org();
    CHECK_THROWS_AS(org.retireStaff(999), NotFoundError);
    CHECK_THROWS_AS(org.deleteBuilding(999), NotFoundError);
    Department d;
    d.id = 999;
    d.code = QStringLiteral("X");
    d.name = QStringLiteral("X");
    CHECK_THROWS_AS(org.updateDepartment(d), NotFoundError);
}

TEST_CASE("Creating a department is audited with the new record", "[org][audit]")
{
    TempDatabase t;
    t.loginAs(Role::Admin);
    const int before = t.count(QStringLiteral("audit_log"));
    const qint64 id = addDepartment(t, QStringLiteral("A01"), QStringLiteral("公安局"),
                                    DepartmentKind::Agency);
    CHECK(t.count(QStringLiteral("audit_log")) == before + 1);
    const AuditRow a = lastAudit(t);
    CHECK(a.action == QStringLiteral("create"));
    CHECK(a.entity == QStringLiteral("department"));
    CHECK(a.entityId == id);
    CHECK_FALSE(a.hasBefore);
    CHECK(a.after.value(QStringLiteral("code")).toString() == QStringLiteral("A01"));
}

TEST_CASE("Updating staff is audited with before and after", "[org][audit]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    OrgService &org = t.services().org();
    const qint64 s = addStaff(t, QStringLiteral("S1"), QStringLiteral("王伟"), o.office);
    Staff edited = org.staff(s);
    edited.postTitle = QStringLiteral("科员");
    edited.departmentId = o.finance;
    org.updateStaff(edited);
    const AuditRow a = lastAudit(t);
    CHECK(a.action == QStringLiteral("update"));
    CHECK(a.entity == QStringLiteral("staff"));
    CHECK(a.entityId == s);
    CHECK(a.before.value(QStringLiteral("department_id")).toInteger() == o.office);
    CHECK(a.after.value(QStringLiteral("department_id")).toInteger() == o.finance);
    CHECK(a.after.value(QStringLiteral("post_title")).toString() == QStringLiteral("科员"));
}

TEST_CASE("Retiring and reactivating a building are audited", "[org][audit]")
{
    TempDatabase t;
    OrgService &org = t.services().org();
    const qint64 b = org.createBuilding(makeBuilding(QStringLiteral("B1"), QStringLiteral("Main")));
    org.retireBuilding(b);
    AuditRow a = lastAudit(t);
    CHECK(a.action == QStringLiteral("retire"));
    CHECK(a.before.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(a.after.value(QStringLiteral("status")).toString() == QStringLiteral("retired"));
    org.reactivateBuilding(b);
    a = lastAudit(t);
    CHECK(a.action == QStringLiteral("reactivate"));
    CHECK(a.after.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
}

TEST_CASE("Editing a rank limit is audited with the old and new limit", "[org][audit]")
{
    TempDatabase t;
    OrgService &org = t.services().org();
    Rank r = org.rank(rankId(t, "county.section"));
    r.officeLimit = 1600;
    org.updateRank(r);
    const AuditRow a = lastAudit(t);
    CHECK(a.entity == QStringLiteral("rank"));
    CHECK(a.before.value(QStringLiteral("office_limit")).toInteger() == 1800);
    CHECK(a.after.value(QStringLiteral("office_limit")).toInteger() == 1600);
}

TEST_CASE("A refused write leaves no audit row", "[org][audit]")
{
    TempDatabase t;
    const int before = t.count(QStringLiteral("audit_log"));
    CHECK_THROWS(addDepartment(t, QStringLiteral("A1"), QString(), DepartmentKind::Agency));
    CHECK(t.count(QStringLiteral("audit_log")) == before);
}

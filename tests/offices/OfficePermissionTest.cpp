// Who may change the office register: the permission matrix of every write, and the agency
// scope of reads (in SQL) and writes (refused and audited).

#include "OfficeFixture.h"

#include "core/Error.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace ga;
using namespace ga::offices;
using ga::test::OfficeFixture;

namespace {

struct Write
{
    const char *name;
    std::function<void(OfficeFixture &)> run;
};

// Each write on a prepared register: a vacant office 301, an office 302 held by P1, an
// over-standard case of P2 in 303.
struct Prepared
{
    qint64 vacant = 0;
    qint64 held = 0;
    qint64 heldAllocation = 0;
    qint64 caseId = 0;
    qint64 newcomer = 0;
};

Prepared prepare(OfficeFixture &f)
{
    Prepared p;
    p.vacant = f.room(QStringLiteral("301"), 900);
    p.held = f.room(QStringLiteral("302"), 900);
    p.heldAllocation = f.allocate(p.held, f.person(QStringLiteral("P1")));
    f.allocate(f.room(QStringLiteral("303"), 1000), f.person(QStringLiteral("P2")), {},
               QStringLiteral("原有"));
    p.caseId = f.t.scalar(QStringLiteral("SELECT id FROM office_cases")).toLongLong();
    p.newcomer = f.person(QStringLiteral("P3"));
    return p;
}

QList<Write> writes(const Prepared &p)
{
    return {
        {"create a room", [](OfficeFixture &f) { f.room(QStringLiteral("999"), 900); }},
        {"edit a room",
         [p](OfficeFixture &f) {
             Room r = f.offices().room(p.vacant);
             r.notes = QStringLiteral("改");
             f.offices().updateRoom(r);
         }},
        {"put a room under repair", [p](OfficeFixture &f) { f.offices().setUnderRepair(p.vacant, true); }},
        {"dispose of a room",
         [p](OfficeFixture &f) { f.offices().disposeRoom(p.vacant, f.today(), QStringLiteral("拆")); }},
        {"allocate within the limit", [p](OfficeFixture &f) { f.allocate(p.vacant, p.newcomer); }},
        {"end an allocation",
         [p](OfficeFixture &f) { f.offices().endAllocation(p.heldAllocation, f.today().addDays(1)); }},
        {"save a rectification plan",
         [p](OfficeFixture &f) {
             f.offices().updateCasePlan(p.caseId, QStringLiteral("整改"), f.today().addDays(30));
         }},
        {"re-check everyone", [](OfficeFixture &f) { f.offices().recheckAll(); }},
        {"change the office settings",
         [](OfficeFixture &f) { f.offices().updateSettings(f.offices().settings()); }},
    };
}

void checkMatrix(Role role, const QSet<Module> &modules, const QSet<QString> &allowed)
{
    for (const Write &w : writes(Prepared {})) {
        OfficeFixture f;
        const Prepared p = prepare(f);
        INFO(w.name);
        f.t.loginAs(role, modules);
        Write actual {w.name, {}};
        for (const Write &x : writes(p))
            if (QString::fromLatin1(x.name) == QString::fromLatin1(w.name))
                actual = x;
        if (allowed.contains(QString::fromLatin1(w.name)))
            CHECK_NOTHROW(actual.run(f));
        else
            CHECK_THROWS_AS(actual.run(f), PermissionError);
    }
}

QSet<QString> names(std::initializer_list<const char *> list)
{
    QSet<QString> out;
    for (const char *n : list)
        out.insert(QString::fromLatin1(n));
    return out;
}

} // namespace

TEST_CASE("Permission matrix: the administrator may make every office write", "[offices][permissions]")
{
    QSet<QString> all;
    for (const Write &w : writes(Prepared {}))
        all.insert(QString::fromLatin1(w.name));
    checkMatrix(Role::Admin, {}, all);
}

TEST_CASE("Permission matrix: an offices clerk edits the register but not the settings",
          "[offices][permissions]")
{
    checkMatrix(Role::Clerk, {Module::Offices},
                names({"create a room", "edit a room", "put a room under repair",
                       "dispose of a room", "allocate within the limit", "end an allocation",
                       "save a rectification plan", "re-check everyone"}));
}

TEST_CASE("Permission matrix: a manager allocates but does not edit the register",
          "[offices][permissions]")
{
    checkMatrix(Role::Manager, {}, names({"allocate within the limit"}));
}

TEST_CASE("Permission matrix: staff and other clerks change nothing", "[offices][permissions]")
{
    checkMatrix(Role::Staff, {}, {});
    checkMatrix(Role::Clerk, {Module::Vehicles, Module::Organisation}, {});
}

TEST_CASE("Allocating over the limit needs a manager and a reason", "[offices][permissions]")
{
    OfficeFixture f;
    const qint64 big = f.room(QStringLiteral("301"), 1200);
    const qint64 p = f.person(QStringLiteral("P1"));
    f.t.loginAs(Role::Clerk, {Module::Offices});
    CHECK_THROWS_AS(f.allocate(big, p, {}, QStringLiteral("理由")), PermissionError);
    f.t.loginAs(Role::Manager);
    CHECK_THROWS_AS(f.allocate(big, p), ValidationError);
    const qint64 id = f.allocate(big, p, {}, QStringLiteral("会商室兼用"));
    CHECK(f.t.scalar(QStringLiteral("SELECT reason FROM office_allocations WHERE id = %1").arg(id))
              .toString()
          == QStringLiteral("会商室兼用"));
    CHECK(f.t.scalar(QStringLiteral("SELECT approved_by FROM office_allocations WHERE id = %1")
                         .arg(id))
              .toLongLong()
          == f.t.session().user().id);
    CHECK(f.openCasesOf(p) == 1);
}

TEST_CASE("Another agency's rooms and cases are not returned", "[offices][scope]")
{
    OfficeFixture f;
    f.room(QStringLiteral("301"), 900);
    const qint64 theirs = f.room(QStringLiteral("101"), 1000, 1, UseType::Office, f.annex, f.agency2);
    const qint64 teacher = f.person(QStringLiteral("T1"), "county.below_section", f.agency2);
    f.allocate(theirs, teacher, {}, QStringLiteral("原有"));
    f.t.loginAs(Role::Clerk, {Module::Offices}, 0, f.org.agency);
    RoomFilter all;
    const QList<RoomRow> rows = f.offices().roomsPageAfter(all, {}, 100);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().room.number == QStringLiteral("301"));
    CHECK(f.offices().countRooms(all) == 1);
    CHECK(f.offices().floors().size() == 1);
    CHECK(f.offices().casesPageAfter(CaseFilter {}, {}, 100).isEmpty());
    CHECK(f.offices().countCases(CaseFilter {}) == 0);
    CHECK_THROWS_AS(f.offices().room(theirs), PermissionError);
    CHECK_THROWS_AS(f.offices().roomHistory(theirs), PermissionError);
}

TEST_CASE("Writes to another agency's rooms are refused and audited", "[offices][scope]")
{
    OfficeFixture f;
    const qint64 theirs = f.room(QStringLiteral("101"), 900, 1, UseType::Office, f.annex, f.agency2);
    const qint64 mine = f.room(QStringLiteral("301"), 900);
    const qint64 teacher = f.person(QStringLiteral("T1"), "county.below_section", f.agency2);
    const qint64 own = f.person(QStringLiteral("P1"));
    f.t.loginAs(Role::Clerk, {Module::Offices}, 0, f.org.agency);
    CHECK_THROWS_AS(f.allocate(theirs, own), PermissionError);
    CHECK_THROWS_AS(f.allocate(mine, teacher), PermissionError);
    CHECK_THROWS_AS(f.offices().setUnderRepair(theirs, true), PermissionError);
    CHECK_THROWS_AS(f.room(QStringLiteral("102"), 900, 1, UseType::Office, f.annex, f.agency2),
                    PermissionError);
    Room r = f.offices().room(mine);
    r.departmentId = f.agency2; // giving one's room away to another agency
    CHECK_THROWS_AS(f.offices().updateRoom(r), PermissionError);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'"))
              .toInt()
          == 5);
    CHECK(f.t.count(QStringLiteral("office_allocations")) == 0);
    f.allocate(mine, own); // one's own: allowed
    CHECK(f.t.count(QStringLiteral("office_allocations")) == 1);
}

// The office-space rules: shares against the per-rank limits (edge on the limit, 0.01 m²,
// shared offices, the washroom allowance), over-standard cases opened and closed on every kind
// of change, moves as one transaction, no overlapping allocations in the store, the
// allocation assistant's suggestions and order, department totals.

#include "OfficeFixture.h"

#include "core/Error.h"
#include "org/SettingsService.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>

using namespace ga;
using namespace ga::offices;
using ga::test::OfficeFixture;

TEST_CASE("A share exactly on the limit is within it; 0.01 m² more is over", "[offices][share]")
{
    OfficeFixture f;
    const qint64 onLimit = f.room(QStringLiteral("301"), 900);    // 9.00 m², limit 9
    const qint64 above = f.room(QStringLiteral("302"), 901);      // 9.01 m²
    const qint64 a = f.person(QStringLiteral("S1"));
    const qint64 b = f.person(QStringLiteral("S2"));
    f.allocate(onLimit, a);
    CHECK(f.openCasesOf(a) == 0);
    CHECK_FALSE(f.offices().shareOfStaff(a)->over());
    // Over the limit: refused for a clerk, allowed for a manager with a reason (the system
    // user is an admin here).
    f.allocate(above, b, {}, QStringLiteral("临时安排"));
    const auto share = f.offices().shareOfStaff(b);
    REQUIRE(share);
    CHECK(share->share == 901);
    CHECK(share->excess() == 1);
    CHECK(f.openCasesOf(b) == 1);
    CHECK(f.t.scalar(QStringLiteral("SELECT excess FROM office_cases WHERE staff_id = %1").arg(b))
              .toLongLong()
          == 1);
    CHECK(f.t.scalar(QStringLiteral("SELECT plan FROM office_cases WHERE staff_id = %1").arg(b))
              .toString()
          == QStringLiteral("临时安排"));
}

TEST_CASE("A shared office's area is divided among its occupants, rounded up to 0.01 m²",
          "[offices][share]")
{
    CHECK(shareOf(1800, 2) == 900);
    CHECK(shareOf(1801, 2) == 901); // 9.005 → 9.01: over a 9 m² limit, as 18.01 > 2 × 9
    CHECK(shareOf(2700, 3) == 900);
    CHECK(shareOf(1000, 1) == 1000);

    OfficeFixture f;
    const qint64 shared = f.room(QStringLiteral("310"), 1800);
    const qint64 a = f.person(QStringLiteral("S1"));
    const qint64 b = f.person(QStringLiteral("S2"));
    f.allocate(shared, a, {}, QStringLiteral("先入住"));    // alone: 18 m² > 9
    CHECK(f.openCasesOf(a) == 1);
    f.allocate(shared, b);                                   // 9 m² each: within
    CHECK(f.openCases() == 0);
    CHECK(f.offices().shareOfStaff(a)->share == 900);
    CHECK(f.offices().shareOfStaff(b)->occupants == 2);
}

TEST_CASE("The washroom allowance is added to the limit of the ranks the setting names",
          "[offices][share]")
{
    OfficeFixture f;
    const qint64 big = f.room(QStringLiteral("801"), 5800);   // 58 m²
    const qint64 minister = f.person(QStringLiteral("M1"), "central.minister"); // 54 m²
    f.allocate(big, minister, {}, QStringLiteral("领导办公室"));
    CHECK(f.openCasesOf(minister) == 1);

    OfficeSettings s = f.offices().settings();
    CHECK(s.washroomRanks.contains(QStringLiteral("central.minister")));
    s.washroomAllowance = 400; // 4 m²: 54 + 4 = 58, exactly on the limit
    const RecheckResult r = f.offices().updateSettings(s);
    CHECK(r.closed == 1);
    CHECK(f.openCasesOf(minister) == 0);
    CHECK(f.offices().shareOfStaff(minister)->limit == 5800);

    s.washroomRanks = {QStringLiteral("central.vice_minister")}; // no longer for ministers
    CHECK(f.offices().updateSettings(s).opened == 1);
    CHECK(f.openCasesOf(minister) == 1);

    s.washroomRanks = {QStringLiteral("no.such.rank")};
    CHECK_THROWS_AS(f.offices().updateSettings(s), ValidationError);
}

TEST_CASE("A rank-table change re-checks everyone in one transaction and reports the counts",
          "[offices][cases]")
{
    OfficeFixture f;
    QList<qint64> people;
    for (int i = 0; i < 3; ++i) {
        const qint64 roomId = f.room(QStringLiteral("40%1").arg(i), 1000); // 10 m² > 9
        const qint64 p = f.person(QStringLiteral("P%1").arg(i));
        f.allocate(roomId, p, {}, QStringLiteral("原有安排"));
        people << p;
    }
    const qint64 section = f.person(QStringLiteral("K1"), "county.section"); // 18 m²
    f.allocate(f.room(QStringLiteral("410"), 1800), section);
    CHECK(f.openCases() == 3);

    Rank below = f.orgService().findRankByCode(QStringLiteral("county.below_section")).value();
    below.officeLimit = 1000;
    const QStringList notes = f.orgService().updateRank(below);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().contains(QStringLiteral("3")));
    CHECK(f.openCases() == 0);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM office_cases WHERE status = 'closed'"))
              .toInt()
          == 3);

    Rank sectionRank = f.orgService().findRankByCode(QStringLiteral("county.section")).value();
    sectionRank.officeLimit = 1799;
    f.orgService().updateRank(sectionRank);
    CHECK(f.openCasesOf(section) == 1);
    CHECK(f.t.scalar(QStringLiteral("SELECT excess FROM office_cases WHERE status = 'open'"))
              .toLongLong()
          == 1);
}

TEST_CASE("A rank-table change that fails leaves the cases as they were", "[offices][cases]")
{
    OfficeFixture f;
    const qint64 p = f.person(QStringLiteral("P1"));
    f.allocate(f.room(QStringLiteral("401"), 1000), p, {}, QStringLiteral("原有安排"));
    Rank below = f.orgService().findRankByCode(QStringLiteral("county.below_section")).value();
    below.officeLimit = 0; // refused
    CHECK_THROWS_AS(f.orgService().updateRank(below), ValidationError);
    CHECK(f.openCasesOf(p) == 1);
}

TEST_CASE("A person's rank change re-checks their share", "[offices][cases]")
{
    OfficeFixture f;
    const qint64 p = f.person(QStringLiteral("P1"), "county.section"); // 18 m²
    f.allocate(f.room(QStringLiteral("401"), 1500), p);
    CHECK(f.openCasesOf(p) == 0);
    Staff s = f.orgService().staff(p);
    s.rankId = ga::test::rankId(f.t, "county.deputy_section"); // 12 m²
    f.orgService().updateStaff(s);
    CHECK(f.openCasesOf(p) == 1);
    s.rankId = ga::test::rankId(f.t, "county.section");
    f.orgService().updateStaff(s);
    CHECK(f.openCasesOf(p) == 0);
}

TEST_CASE("A room's area change re-checks its occupants", "[offices][cases]")
{
    OfficeFixture f;
    const qint64 roomId = f.room(QStringLiteral("401"), 900);
    const qint64 p = f.person(QStringLiteral("P1"));
    f.allocate(roomId, p);
    Room r = f.offices().room(roomId);
    r.usableArea = 950;
    f.offices().updateRoom(r);
    CHECK(f.openCasesOf(p) == 1);
    CHECK(f.t.scalar(QStringLiteral("SELECT excess FROM office_cases")).toLongLong() == 50);
    r.usableArea = 900;
    f.offices().updateRoom(r);
    CHECK(f.openCasesOf(p) == 0);
}

TEST_CASE("Someone leaving a shared office re-checks those who stay", "[offices][cases]")
{
    OfficeFixture f;
    const qint64 shared = f.room(QStringLiteral("310"), 1800);
    const qint64 a = f.person(QStringLiteral("S1"));
    const qint64 b = f.person(QStringLiteral("S2"));
    f.allocate(shared, a, f.today().addDays(-30), QStringLiteral("先入住"));
    f.allocate(shared, b, f.today().addDays(-30));
    CHECK(f.openCases() == 0);
    qint64 bAllocation = 0;
    for (const AllocationRow &row : f.offices().currentOccupants(shared))
        if (row.allocation.staffId == b)
            bAllocation = row.allocation.id;
    f.offices().endAllocation(bAllocation, f.today());
    CHECK(f.openCasesOf(a) == 1);
    CHECK(f.offices().room(shared).status == RoomStatus::InUse);
}

TEST_CASE("A move ends the old allocation on the new one's first day, in one transaction",
          "[offices][move]")
{
    OfficeFixture f;
    const qint64 from = f.room(QStringLiteral("301"), 900);
    const qint64 to = f.room(QStringLiteral("302"), 800);
    const qint64 p = f.person(QStringLiteral("P1"));
    f.allocate(from, p, QDate(2025, 1, 1));
    f.allocate(to, p, f.today());
    const QList<AllocationRow> history = f.offices().staffHistory(p);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).allocation.roomId == to);
    CHECK_FALSE(history.at(0).allocation.end.isValid());
    CHECK(history.at(1).allocation.roomId == from);
    CHECK(history.at(1).allocation.end == f.today());
    CHECK(f.offices().room(from).status == RoomStatus::Vacant);
    CHECK(f.offices().room(to).status == RoomStatus::InUse);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                    "'office_allocation' AND action = 'move'"))
              .toInt()
          == 1);
}

TEST_CASE("A move that fails half-way leaves the old allocation running", "[offices][move]")
{
    OfficeFixture f;
    const qint64 from = f.room(QStringLiteral("301"), 900);
    const qint64 to = f.room(QStringLiteral("302"), 800);
    const qint64 p = f.person(QStringLiteral("P1"));
    f.allocate(from, p, QDate(2025, 1, 1));
    // The store refuses the new row after the old one was ended.
    if (f.t.isPostgres()) {
        Query(f.t.db(),
              QStringLiteral("CREATE FUNCTION refuse_room() RETURNS trigger LANGUAGE plpgsql AS "
                             "$$ BEGIN IF NEW.room_id = %1 THEN RAISE EXCEPTION 'refused' USING "
                             "ERRCODE = 'integrity_constraint_violation'; END IF; RETURN NEW; "
                             "END $$")
                  .arg(to),
              QStringLiteral("test"))
            .exec();
        Query(f.t.db(),
              QStringLiteral("CREATE TRIGGER refuse_room BEFORE INSERT ON office_allocations "
                             "FOR EACH ROW EXECUTE FUNCTION refuse_room()"),
              QStringLiteral("test"))
            .exec();
    } else {
        Query(f.t.db(),
              QStringLiteral("CREATE TRIGGER refuse_room BEFORE INSERT ON office_allocations "
                             "WHEN NEW.room_id = %1 BEGIN SELECT RAISE(ABORT, 'refused'); END")
                  .arg(to),
              QStringLiteral("test"))
            .exec();
    }
    CHECK_THROWS_AS(f.allocate(to, p, f.today()), Error);
    const QList<AllocationRow> history = f.offices().staffHistory(p);
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).allocation.roomId == from);
    CHECK_FALSE(history.at(0).allocation.end.isValid());
    CHECK(f.offices().room(from).status == RoomStatus::InUse);
}

TEST_CASE("The store refuses two overlapping allocations of one person", "[offices][store]")
{
    OfficeFixture f;
    const qint64 a = f.room(QStringLiteral("301"), 900);
    const qint64 b = f.room(QStringLiteral("302"), 900);
    const qint64 p = f.person(QStringLiteral("P1"));
    f.allocate(a, p, QDate(2025, 1, 1));
    auto insert = [&](const QString &start, const QString &end) {
        Query q(f.t.db(),
                QStringLiteral("INSERT INTO office_allocations (room_id, staff_id, start_date, "
                               "end_date, created_at) VALUES (:r, :s, :start, :end, 0)"),
                QStringLiteral("test"));
        q.bind(QStringLiteral(":r"), b)
            .bind(QStringLiteral(":s"), p)
            .bind(QStringLiteral(":start"), start)
            .bind(QStringLiteral(":end"), end.isEmpty() ? QVariant() : QVariant(end))
            .exec();
    };
    CHECK_THROWS_AS(insert(QStringLiteral("2025-06-01"), QString()), ConflictError);
    CHECK_THROWS_AS(insert(QStringLiteral("2024-06-01"), QStringLiteral("2025-01-02")),
                    ConflictError);
    // Ending on the day the other starts does not overlap (half-open).
    insert(QStringLiteral("2024-06-01"), QStringLiteral("2025-01-01"));
    CHECK(f.offices().staffHistory(p).size() == 2);
}

TEST_CASE("Allocation refusals say why", "[offices][validation]")
{
    OfficeFixture f;
    const qint64 office = f.room(QStringLiteral("301"), 900);
    const qint64 meeting = f.room(QStringLiteral("302"), 3000, 3, UseType::Service);
    const qint64 p = f.person(QStringLiteral("P1"));
    AllocationRequest toMeeting;
    toMeeting.roomId = meeting;
    toMeeting.staffId = p;
    CHECK_THROWS_AS(f.offices().allocate(toMeeting), ValidationError);
    AllocationRequest deptToOffice;
    deptToOffice.roomId = office;
    deptToOffice.departmentId = f.org.office;
    CHECK_THROWS_AS(f.offices().allocate(deptToOffice), ValidationError);
    AllocationRequest neither;
    neither.roomId = office;
    CHECK_THROWS_AS(f.offices().allocate(neither), ValidationError);
    // Over the limit without a reason.
    const qint64 big = f.room(QStringLiteral("303"), 2000);
    CHECK_THROWS_AS(f.allocate(big, p), ValidationError);
    // Under repair.
    f.offices().setUnderRepair(office, true);
    CHECK_THROWS_AS(f.allocate(office, p), ConflictError);
    f.offices().setUnderRepair(office, false);
    f.allocate(office, p);
    CHECK_THROWS_AS(f.allocate(office, p), ValidationError); // already there
    CHECK_THROWS_AS(f.offices().setUnderRepair(office, true), ConflictError);
    CHECK_THROWS_AS(f.offices().disposeRoom(office, f.today(), QStringLiteral("拆除")),
                    ConflictError);
    // A department's service room.
    AllocationRequest dept;
    dept.roomId = meeting;
    dept.departmentId = f.org.office;
    f.offices().allocate(dept);
    CHECK(f.offices().room(meeting).status == RoomStatus::InUse);
}

TEST_CASE("Room validation: areas, numbers, owner", "[offices][validation]")
{
    OfficeFixture f;
    Room r;
    r.buildingId = f.tower;
    r.number = QStringLiteral("101");
    r.departmentId = f.org.agency;
    r.usableArea = 0;
    CHECK_THROWS_AS(f.offices().createRoom(r), ValidationError);
    r.usableArea = 1000;
    r.grossArea = 900;
    CHECK_THROWS_AS(f.offices().createRoom(r), ValidationError);
    r.grossArea = 1200;
    r.number = QStringLiteral(" ");
    CHECK_THROWS_AS(f.offices().createRoom(r), ValidationError);
    r.number = QStringLiteral("101");
    const qint64 id = f.offices().createRoom(r);
    CHECK(f.offices().room(id).status == RoomStatus::Vacant);
    CHECK_THROWS_AS(f.offices().createRoom(r), ConflictError);
    f.offices().disposeRoom(id, f.today(), QStringLiteral("危房拆除"));
    CHECK(f.offices().room(id).status == RoomStatus::Disposed);
    CHECK(f.offices().room(id).disposalReason == QStringLiteral("危房拆除"));
    Room after = f.offices().room(id);
    CHECK_THROWS_AS(f.offices().updateRoom(after), ValidationError);
}

TEST_CASE("Cases: a plan and a deadline; overdue ones are counted", "[offices][cases]")
{
    OfficeFixture f;
    const qint64 p = f.person(QStringLiteral("P1"));
    f.allocate(f.room(QStringLiteral("401"), 1000), p, {}, QStringLiteral("原有安排"));
    CaseFilter open;
    const QList<CaseRow> cases = f.offices().casesPageAfter(open, {}, 50);
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().overCase.deadline == f.today().addDays(90));
    CHECK_FALSE(cases.first().overdue);
    CHECK(f.offices().countOverdueCases() == 0);
    f.offices().updateCasePlan(cases.first().overCase.id, QStringLiteral("调整到合用办公室"),
                               f.today().addDays(-1).addDays(1));
    f.t.clock().advanceSecs(qint64(3) * 86400);
    CHECK(f.offices().countOverdueCases() == 1);
    CaseFilter overdue;
    overdue.overdueOnly = true;
    CHECK(f.offices().casesPageAfter(overdue, {}, 50).first().overdue);
    CHECK_THROWS_AS(f.offices().updateCasePlan(cases.first().overCase.id, QString(),
                                               f.today().addDays(-400)),
                    ValidationError);
}

TEST_CASE("The assistant offers offices within the limit, nearest first", "[offices][assistant]")
{
    OfficeFixture f;
    // The person's department already sits on floor 3 of the tower.
    const qint64 colleague = f.person(QStringLiteral("C1"));
    const qint64 colleagueRoom = f.room(QStringLiteral("300"), 1800, 3);
    f.allocate(colleagueRoom, colleague, {}, QStringLiteral("合用"));
    const qint64 sameFloor = f.room(QStringLiteral("301"), 850, 3);
    const qint64 otherFloor = f.room(QStringLiteral("501"), 900, 5);
    const qint64 tooBig = f.room(QStringLiteral("302"), 1200, 3);
    const qint64 otherAgency = f.room(QStringLiteral("101"), 900, 1, UseType::Office, f.annex,
                                      f.agency2);
    const qint64 p = f.person(QStringLiteral("P1"));

    const QList<Suggestion> s = f.offices().suggestOffices(p);
    QList<qint64> ids;
    for (const Suggestion &sg : s)
        ids << sg.room.id;
    // The colleague's room: 18 m² ÷ 2 = 9 for both, within; same floor first, fuller fit first.
    CHECK(ids == QList<qint64> {colleagueRoom, sameFloor, otherFloor});
    CHECK_FALSE(ids.contains(tooBig));
    CHECK_FALSE(ids.contains(otherAgency));
    CHECK(s.at(0).distance == 0);
    CHECK(s.at(2).distance == 1);
    CHECK(s.at(0).shareAfter == 900);

    // A senior occupant who would go over is not pushed over: a 24 m² room with a 12 m² person
    // (share 24 → 12 after) is offered; an 18 m² person in 27 m² (13.5 after) pushes no one
    // over but the 9 m² newcomer would be.
    const qint64 deputy = f.person(QStringLiteral("D1"), "county.deputy_section");
    const qint64 roomOfDeputy = f.room(QStringLiteral("303"), 2400, 3);
    f.allocate(roomOfDeputy, deputy, {}, QStringLiteral("原有"));
    const qint64 senior = f.person(QStringLiteral("K1"), "county.section");
    ids.clear();
    for (const Suggestion &sg : f.offices().suggestOffices(senior))
        ids << sg.room.id;
    CHECK(ids.contains(roomOfDeputy));       // 12 m² each: within 18 and within the deputy's 12
    ids.clear();
    for (const Suggestion &sg : f.offices().suggestOffices(p))
        ids << sg.room.id;
    CHECK_FALSE(ids.contains(roomOfDeputy)); // 12 m² > 9 for the newcomer
}

TEST_CASE("Department totals add office shares and service rooms against the approved area",
          "[offices][totals]")
{
    OfficeFixture f;
    Department d = f.orgService().department(f.org.office);
    d.approvedArea = 2000;
    f.orgService().updateDepartment(d);
    const qint64 shared = f.room(QStringLiteral("310"), 1800);
    f.allocate(shared, f.person(QStringLiteral("S1")), {}, QStringLiteral("先入住"));
    f.allocate(shared, f.person(QStringLiteral("S2")));
    AllocationRequest meeting;
    meeting.roomId = f.room(QStringLiteral("320"), 3000, 3, UseType::Service);
    meeting.departmentId = f.org.office;
    f.offices().allocate(meeting);
    DepartmentTotal office;
    for (const DepartmentTotal &t : f.offices().departmentTotals())
        if (t.departmentId == f.org.office)
            office = t;
    CHECK(office.officeArea == 1800);
    CHECK(office.serviceArea == 3000);
    CHECK(office.staffCount == 2);
    CHECK(office.perPerson() == 900);
    CHECK(office.excess() == 2800);
}

TEST_CASE("A retired person's allocation is flagged until it ends", "[offices][history]")
{
    OfficeFixture f;
    const qint64 roomId = f.room(QStringLiteral("301"), 900);
    const qint64 p = f.person(QStringLiteral("P1"));
    f.allocate(roomId, p);
    CHECK_FALSE(f.offices().roomHistory(roomId).first().flagged);
    f.orgService().retireStaff(p);
    CHECK(f.offices().roomHistory(roomId).first().flagged);
    f.t.clock().advanceSecs(86400);
    f.offices().endAllocation(f.offices().roomHistory(roomId).first().allocation.id, f.today());
    CHECK_FALSE(f.offices().roomHistory(roomId).first().flagged);
    CHECK(f.offices().room(roomId).status == RoomStatus::Vacant);
}

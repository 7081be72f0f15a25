#pragma once

#include "offices/OfficeService.h"
#include "org/OrgService.h"
#include "support/TempDatabase.h"
#include "../org/OrgTestSupport.h"

#include <QDate>

namespace ga::test {

// A small organisation with two agencies and their buildings, as the system user:
//   bureau → agency (division office, division finance); agency2.
// Building `tower` belongs to the agency, `annex` to agency2. Rooms are made with room().
struct OfficeFixture
{
    TempDatabase t;
    SmallOrg org;
    qint64 agency2 = 0;
    qint64 tower = 0;
    qint64 annex = 0;

    OfficeFixture()
    {
        org = addSmallOrg(t);
        agency2 = addDepartment(t, QStringLiteral("A02"), QStringLiteral("银川市教育局"),
                                DepartmentKind::Agency, org.bureau);
        Building b = makeBuilding(QStringLiteral("T1"), QStringLiteral("公安大楼"));
        b.departmentId = org.agency;
        tower = t.services().org().createBuilding(b);
        Building b2 = makeBuilding(QStringLiteral("T2"), QStringLiteral("教育大楼"));
        b2.departmentId = agency2;
        annex = t.services().org().createBuilding(b2);
    }

    offices::OfficeService &offices() { return t.services().offices(); }
    OrgService &orgService() { return t.services().org(); }
    QDate today() { return t.clock().now().toLocalTime().date(); }

    qint64 room(const QString &number, qint64 usable, int floor = 3,
                offices::UseType type = offices::UseType::Office, qint64 building = 0,
                qint64 owner = 0)
    {
        offices::Room r;
        r.buildingId = building ? building : tower;
        r.floor = floor;
        r.number = number;
        r.useType = type;
        r.usableArea = usable;
        r.grossArea = usable + usable / 4;
        r.departmentId = owner ? owner : org.agency;
        return offices().createRoom(r);
    }

    qint64 person(const QString &no, const char *rank = "county.below_section", qint64 dept = 0)
    {
        return addStaff(t, no, QStringLiteral("员工") + no, dept ? dept : org.office, rank);
    }

    qint64 allocate(qint64 roomId, qint64 staffId, const QDate &start = {},
                    const QString &reason = {})
    {
        offices::AllocationRequest rq;
        rq.roomId = roomId;
        rq.staffId = staffId;
        rq.start = start;
        rq.reason = reason;
        return offices().allocate(rq);
    }

    int openCases() { return t.scalar(QStringLiteral(
                          "SELECT count(*) FROM office_cases WHERE status = 'open'")).toInt(); }
    int openCasesOf(qint64 staffId)
    {
        return t.scalar(QStringLiteral("SELECT count(*) FROM office_cases WHERE status = 'open' "
                                       "AND staff_id = %1").arg(staffId)).toInt();
    }
};

} // namespace ga::test

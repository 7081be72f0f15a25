#include "offices/AllocationRepository.h"

#include "core/Period.h"
#include "org/OrgSql.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"

#include <algorithm>

namespace ga::offices {

QString idList(const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (qint64 id : sorted)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.room_id, a.staff_id, a.department_id, a.start_date, a.end_date, a.reason, "
    "a.approved_by, a.created_at");

// Holds on the day bound as :d1 and :d2.
const QString kCurrent = QStringLiteral(
    "a.start_date <= :d1 AND (a.end_date IS NULL OR a.end_date > :d2)");

Allocation readAllocation(const Query &q)
{
    Allocation a;
    a.id = q.value(0).toLongLong();
    a.roomId = q.value(1).toLongLong();
    a.staffId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    a.departmentId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    a.start = orgsql::dateFrom(q.value(4));
    a.end = orgsql::dateFrom(q.value(5));
    a.reason = q.value(6).toString();
    a.approvedBy = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    a.createdAt = q.value(8).toLongLong();
    return a;
}

void bindDay(Query &q, const QDate &day)
{
    const QString d = toIsoDate(day);
    q.bind(QStringLiteral(":d1"), d).bind(QStringLiteral(":d2"), d);
}

} // namespace

AllocationRepository::AllocationRepository(Database &db)
    : m_db(db)
{}

std::optional<Allocation> AllocationRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM office_allocations a WHERE a.id = :id").arg(kColumns),
            tr("loading an allocation"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readAllocation(q);
}

QList<Allocation> AllocationRepository::currentOfRoom(qint64 roomId, const QDate &day) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM office_allocations a WHERE a.room_id = :room AND %2 "
                           "ORDER BY a.start_date, a.id")
                .arg(kColumns, kCurrent),
            tr("loading the occupants of a room"));
    q.bind(QStringLiteral(":room"), roomId);
    bindDay(q, day);
    q.exec();
    QList<Allocation> out;
    while (q.next())
        out << readAllocation(q);
    return out;
}

std::optional<Allocation> AllocationRepository::currentOfStaff(qint64 staffId,
                                                               const QDate &day) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM office_allocations a WHERE a.staff_id = :staff AND %2")
                .arg(kColumns, kCurrent),
            tr("loading a person's office"));
    q.bind(QStringLiteral(":staff"), staffId);
    bindDay(q, day);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return readAllocation(q);
}

bool AllocationRepository::hasLaterAllocation(qint64 staffId, const QDate &day) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM office_allocations WHERE staff_id = :staff "
                           "AND start_date > :day"),
            tr("loading a person's offices"));
    q.bind(QStringLiteral(":staff"), staffId).bind(QStringLiteral(":day"), toIsoDate(day));
    return q.scalar(0).toInt() > 0;
}

QList<AllocationRow> AllocationRepository::history(const QString &column, qint64 id,
                                                   const QDate &today) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1, b.name, r.number, coalesce(s.name, d.name), "
                           "coalesce(s.staff_no, ''), "
                           "CASE WHEN s.id IS NOT NULL AND a.end_date IS NULL AND "
                           "(s.status = 'retired' OR (s.post_end IS NOT NULL AND s.post_end < :t)) "
                           "THEN 1 ELSE 0 END "
                           "FROM office_allocations a JOIN office_rooms r ON r.id = a.room_id "
                           "JOIN buildings b ON b.id = r.building_id "
                           "LEFT JOIN staff s ON s.id = a.staff_id "
                           "LEFT JOIN departments d ON d.id = a.department_id "
                           "WHERE a.%2 = :id ORDER BY a.start_date DESC, a.id DESC")
                .arg(kColumns, column),
            tr("loading the allocation history"));
    q.bind(QStringLiteral(":t"), toIsoDate(today)).bind(QStringLiteral(":id"), id).exec();
    QList<AllocationRow> out;
    while (q.next()) {
        AllocationRow row;
        row.allocation = readAllocation(q);
        row.roomLabel = q.value(9).toString() + QLatin1Char(' ') + q.value(10).toString();
        row.occupant = q.value(11).toString();
        row.staffNo = q.value(12).toString();
        row.flagged = q.value(13).toInt() != 0;
        out << row;
    }
    return out;
}

QList<AllocationRow> AllocationRepository::historyOfRoom(qint64 roomId, const QDate &today) const
{
    return history(QStringLiteral("room_id"), roomId, today);
}

QList<AllocationRow> AllocationRepository::historyOfStaff(qint64 staffId, const QDate &today) const
{
    return history(QStringLiteral("staff_id"), staffId, today);
}

QList<OccupantShare> AllocationRepository::officeShares(const QDate &day, const QSet<qint64> &staff,
                                                        bool all) const
{
    QList<OccupantShare> out;
    if (!all && staff.isEmpty())
        return out;
    const QString only = all ? QString()
                             : QStringLiteral(" AND a.staff_id IN (%1)").arg(idList(staff));
    Query q(m_db,
            QStringLiteral("SELECT a.staff_id, s.name, a.room_id, r.usable_area, "
                           "(SELECT count(*) FROM office_allocations o WHERE o.room_id = a.room_id "
                           "AND o.staff_id IS NOT NULL AND o.start_date <= :d3 "
                           "AND (o.end_date IS NULL OR o.end_date > :d4)), "
                           "s.rank_id, s.department_id "
                           "FROM office_allocations a JOIN office_rooms r ON r.id = a.room_id "
                           "JOIN staff s ON s.id = a.staff_id "
                           "WHERE a.staff_id IS NOT NULL AND r.use_type = 'office' AND ")
                + kCurrent + only,
            tr("checking the office shares"));
    bindDay(q, day);
    const QString d = toIsoDate(day);
    q.bind(QStringLiteral(":d3"), d).bind(QStringLiteral(":d4"), d).exec();
    while (q.next()) {
        OccupantShare o;
        o.staffId = q.value(0).toLongLong();
        o.name = q.value(1).toString();
        o.roomId = q.value(2).toLongLong();
        o.usableArea = q.value(3).toLongLong();
        o.occupants = q.value(4).toInt();
        o.rankId = q.value(5).toLongLong();
        o.departmentId = q.value(6).toLongLong();
        out << o;
    }
    return out;
}

QSet<qint64> AllocationRepository::occupantsOf(const QSet<qint64> &rooms, const QDate &day) const
{
    QSet<qint64> out;
    if (rooms.isEmpty())
        return out;
    Query q(m_db,
            QStringLiteral("SELECT a.staff_id FROM office_allocations a WHERE a.staff_id IS NOT "
                           "NULL AND a.room_id IN (%1) AND ")
                    .arg(idList(rooms))
                + kCurrent,
            tr("loading the occupants of rooms"));
    bindDay(q, day);
    q.exec();
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

qint64 AllocationRepository::insert(const Allocation &a)
{
    static const RecordTable table(
        QStringLiteral("office_allocations"),
        {QStringLiteral("room_id"), QStringLiteral("staff_id"), QStringLiteral("department_id"),
         QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("reason"),
         QStringLiteral("approved_by")});
    return table.insert(
        m_db, tr("saving an allocation"),
        [&](Query &q) {
            q.bind(QStringLiteral(":room_id"), a.roomId)
                .bindOptionalId(QStringLiteral(":staff_id"), a.staffId)
                .bindOptionalId(QStringLiteral(":department_id"), a.departmentId)
                .bind(QStringLiteral(":start_date"), toIsoDate(a.start))
                .bind(QStringLiteral(":end_date"), orgsql::dateValue(a.end))
                .bind(QStringLiteral(":reason"), orgsql::textValue(a.reason))
                .bindOptionalId(QStringLiteral(":approved_by"), a.approvedBy);
        },
        a.createdAt);
}

void AllocationRepository::setEnd(qint64 id, const QDate &end)
{
    Query q(m_db, QStringLiteral("UPDATE office_allocations SET end_date = :end WHERE id = :id"),
            tr("ending an allocation"));
    q.bind(QStringLiteral(":end"), orgsql::dateValue(end)).bind(QStringLiteral(":id"), id).exec();
}

} // namespace ga::offices

#include "offices/CaseRepository.h"

#include "offices/AllocationRepository.h"
#include "core/Period.h"
#include "org/AgencyScope.h"
#include "org/OrgSql.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"
#include "storage/SqlWhere.h"

namespace ga::offices {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.staff_id, c.room_id, c.department_id, c.opened_on, c.deadline, c.share_area, "
    "c.limit_area, c.excess, c.plan, c.status, c.closed_on, c.created_at");

OverStandardCase readCase(const Query &q)
{
    OverStandardCase c;
    c.id = q.value(0).toLongLong();
    c.staffId = q.value(1).toLongLong();
    c.roomId = q.value(2).toLongLong();
    c.departmentId = q.value(3).toLongLong();
    c.openedOn = orgsql::dateFrom(q.value(4));
    c.deadline = orgsql::dateFrom(q.value(5));
    c.share = q.value(6).toLongLong();
    c.limit = q.value(7).toLongLong();
    c.excess = q.value(8).toLongLong();
    c.plan = q.value(9).toString();
    c.status = q.value(10).toString() == QLatin1String("open") ? CaseStatus::Open
                                                               : CaseStatus::Closed;
    c.closedOn = orgsql::dateFrom(q.value(11));
    c.createdAt = q.value(12).toLongLong();
    return c;
}

SqlWhere whereOf(const CaseFilter &f, const QDate &today)
{
    SqlWhere w;
    if (f.openOnly || f.overdueOnly)
        w.add(QStringLiteral("c.status = 'open'"));
    if (f.overdueOnly)
        w.add(QStringLiteral("c.deadline < :today"), QStringLiteral(":today"), toIsoDate(today));
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    return w;
}

} // namespace

CaseRepository::CaseRepository(Database &db)
    : m_db(db)
{}

std::optional<OverStandardCase> CaseRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM office_cases c WHERE c.id = :id").arg(kColumns),
            tr("loading an over-standard case"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readCase(q);
}

QHash<qint64, OverStandardCase> CaseRepository::openCases(const QSet<qint64> &staff,
                                                          bool all) const
{
    QHash<qint64, OverStandardCase> out;
    if (!all && staff.isEmpty())
        return out;
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM office_cases c WHERE c.status = 'open'").arg(kColumns)
                + (all ? QString()
                       : QStringLiteral(" AND c.staff_id IN (%1)").arg(idList(staff))),
            tr("loading the over-standard cases"));
    q.exec();
    while (q.next()) {
        const OverStandardCase c = readCase(q);
        out.insert(c.staffId, c);
    }
    return out;
}

QList<CaseRow> CaseRepository::pageAfter(const CaseFilter &filter, const KeysetCursor &after,
                                         int limit, const QDate &today) const
{
    const Keyset keyset({QStringLiteral("c.deadline"), QStringLiteral("c.id")}, false);
    const QString t = toIsoDate(today);
    return keysetPage<CaseRow>(
        m_db,
        kColumns
            + QStringLiteral(", s.name, s.staff_no, b.name, r.number, d.name, "
                             "CASE WHEN c.status = 'open' AND c.deadline < '%1' THEN 1 ELSE 0 END")
                  .arg(t),
        QStringLiteral(" FROM office_cases c JOIN staff s ON s.id = c.staff_id "
                       "JOIN office_rooms r ON r.id = c.room_id "
                       "JOIN buildings b ON b.id = r.building_id "
                       "JOIN departments d ON d.id = c.department_id"),
        whereOf(filter, today), keyset, after, limit, tr("listing over-standard cases"),
        [](const Query &q) {
            CaseRow row;
            row.overCase = readCase(q);
            row.staffName = q.value(13).toString();
            row.staffNo = q.value(14).toString();
            row.roomLabel = q.value(15).toString() + QLatin1Char(' ') + q.value(16).toString();
            row.departmentName = q.value(17).toString();
            row.overdue = q.value(18).toInt() != 0;
            return row;
        });
}

int CaseRepository::count(const CaseFilter &filter, const QDate &today) const
{
    const SqlWhere w = whereOf(filter, today);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM office_cases c") + w.sql(),
            tr("counting over-standard cases"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

int CaseRepository::countOverdue(qint64 scopeRoot, const QDate &today) const
{
    CaseFilter f;
    f.overdueOnly = true;
    f.scopeRoot = scopeRoot;
    return count(f, today);
}

qint64 CaseRepository::insert(const OverStandardCase &c)
{
    static const RecordTable table(
        QStringLiteral("office_cases"),
        {QStringLiteral("staff_id"), QStringLiteral("room_id"), QStringLiteral("department_id"),
         QStringLiteral("opened_on"), QStringLiteral("deadline"), QStringLiteral("share_area"),
         QStringLiteral("limit_area"), QStringLiteral("excess"), QStringLiteral("plan"),
         QStringLiteral("status")});
    return table.insert(
        m_db, tr("opening an over-standard case"),
        [&](Query &q) {
            q.bind(QStringLiteral(":staff_id"), c.staffId)
                .bind(QStringLiteral(":room_id"), c.roomId)
                .bind(QStringLiteral(":department_id"), c.departmentId)
                .bind(QStringLiteral(":opened_on"), toIsoDate(c.openedOn))
                .bind(QStringLiteral(":deadline"), toIsoDate(c.deadline))
                .bind(QStringLiteral(":share_area"), c.share)
                .bind(QStringLiteral(":limit_area"), c.limit)
                .bind(QStringLiteral(":excess"), c.excess)
                .bind(QStringLiteral(":plan"), orgsql::textValue(c.plan))
                .bind(QStringLiteral(":status"), QStringLiteral("open"));
        },
        c.createdAt);
}

void CaseRepository::updateFigures(const OverStandardCase &c)
{
    Query q(m_db,
            QStringLiteral("UPDATE office_cases SET room_id = :room, department_id = :dept, "
                           "share_area = :share, limit_area = :lim, excess = :excess "
                           "WHERE id = :id"),
            tr("updating an over-standard case"));
    q.bind(QStringLiteral(":room"), c.roomId)
        .bind(QStringLiteral(":dept"), c.departmentId)
        .bind(QStringLiteral(":share"), c.share)
        .bind(QStringLiteral(":lim"), c.limit)
        .bind(QStringLiteral(":excess"), c.excess)
        .bind(QStringLiteral(":id"), c.id)
        .exec();
}

void CaseRepository::close(qint64 id, const QDate &on)
{
    Query q(m_db,
            QStringLiteral("UPDATE office_cases SET status = 'closed', closed_on = :on WHERE id = :id"),
            tr("closing an over-standard case"));
    q.bind(QStringLiteral(":on"), toIsoDate(on)).bind(QStringLiteral(":id"), id).exec();
}

void CaseRepository::setPlan(qint64 id, const QString &plan, const QDate &deadline)
{
    Query q(m_db,
            QStringLiteral("UPDATE office_cases SET plan = :plan, deadline = :deadline WHERE id = :id"),
            tr("saving a rectification plan"));
    q.bind(QStringLiteral(":plan"), orgsql::textValue(plan))
        .bind(QStringLiteral(":deadline"), toIsoDate(deadline))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

} // namespace ga::offices

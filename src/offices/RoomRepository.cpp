#include "offices/RoomRepository.h"

#include "core/Period.h"
#include "org/AgencyScope.h"
#include "org/OrgSql.h"
#include "storage/Database.h"
#include "storage/Keyset.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"
#include "storage/SqlWhere.h"

namespace ga::offices {

QString roomColumns()
{
    return QStringLiteral(
        "r.id, r.building_id, r.floor, r.number, r.use_type, r.service_kind, r.usable_area, "
        "r.gross_area, r.status, r.department_id, r.notes, r.disposed_on, r.disposal_reason, "
        "r.created_at");
}

Room readRoom(const Query &q, int f)
{
    Room r;
    r.id = q.value(f + 0).toLongLong();
    r.buildingId = q.value(f + 1).toLongLong();
    r.floor = q.value(f + 2).toInt();
    r.number = q.value(f + 3).toString();
    r.useType = fromUseTypeKey(q.value(f + 4).toString()).value_or(UseType::Office);
    r.serviceKind = fromServiceKindKey(q.value(f + 5).toString()).value_or(ServiceKind::None);
    r.usableArea = q.value(f + 6).toLongLong();
    r.grossArea = q.value(f + 7).toLongLong();
    r.status = fromRoomStatusKey(q.value(f + 8).toString()).value_or(RoomStatus::Vacant);
    r.departmentId = q.value(f + 9).toLongLong();
    r.notes = q.value(f + 10).toString();
    r.disposedOn = orgsql::dateFrom(q.value(f + 11));
    r.disposalReason = q.value(f + 12).toString();
    r.createdAt = q.value(f + 13).toLongLong();
    return r;
}

namespace {

SqlWhere whereOf(const RoomFilter &f)
{
    SqlWhere w;
    if (!f.includeDisposed && f.status != RoomStatus::Disposed)
        w.add(QStringLiteral("r.status <> 'disposed'"));
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = orgsql::likePattern(f.text);
        w.add(QStringLiteral("r.number LIKE :t1 ESCAPE '\\' OR r.notes LIKE :t2 ESCAPE '\\'"));
        w.bind(QStringLiteral(":t1"), pattern).bind(QStringLiteral(":t2"), pattern);
    }
    if (f.buildingId > 0)
        w.add(QStringLiteral("r.building_id = :building"), QStringLiteral(":building"),
              f.buildingId);
    if (f.floor != INT_MIN)
        w.add(QStringLiteral("r.floor = :floor"), QStringLiteral(":floor"), f.floor);
    if (f.useType)
        w.add(QStringLiteral("r.use_type = :use_type"), QStringLiteral(":use_type"),
              key(*f.useType));
    if (f.status)
        w.add(QStringLiteral("r.status = :status"), QStringLiteral(":status"), key(*f.status));
    if (f.overStandardOnly)
        w.add(QStringLiteral("r.id IN (SELECT oc.room_id FROM office_cases oc "
                             "WHERE oc.status = 'open')"));
    if (f.departmentId > 0)
        AgencyScope(f.departmentId).restrict(w, QStringLiteral("r.department_id"));
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("r.department_id"));
    return w;
}

Keyset keysetOf(const RoomFilter &f)
{
    const bool desc = f.order == Qt::DescendingOrder;
    switch (f.sort) {
    case RoomSort::Number:
        return Keyset({QStringLiteral("r.number"), QStringLiteral("r.id")}, desc);
    case RoomSort::UsableArea:
        return Keyset({QStringLiteral("r.usable_area"), QStringLiteral("r.id")}, desc);
    case RoomSort::Location:
        break;
    }
    return Keyset({QStringLiteral("r.building_id"), QStringLiteral("r.floor"),
                   QStringLiteral("r.number"), QStringLiteral("r.id")},
                  desc);
}

const QString kFrom = QStringLiteral(
    " FROM office_rooms r JOIN buildings b ON b.id = r.building_id "
    "JOIN departments d ON d.id = r.department_id");

} // namespace

RoomRepository::RoomRepository(Database &db)
    : m_db(db)
{}

std::optional<Room> RoomRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM office_rooms r WHERE r.id = :id").arg(roomColumns()),
            tr("loading a room"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readRoom(q);
}

std::optional<Room> RoomRepository::findByNumber(qint64 buildingId, const QString &number) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM office_rooms r WHERE r.building_id = :b AND r.number = :n")
                .arg(roomColumns()),
            tr("loading a room"));
    q.bind(QStringLiteral(":b"), buildingId).bind(QStringLiteral(":n"), number).exec();
    if (!q.next())
        return std::nullopt;
    return readRoom(q);
}

bool RoomRepository::numberExists(qint64 buildingId, const QString &number, qint64 exceptId) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM office_rooms WHERE building_id = :b "
                           "AND number = :n AND id <> :id"),
            tr("checking a room number"));
    q.bind(QStringLiteral(":b"), buildingId)
        .bind(QStringLiteral(":n"), number)
        .bind(QStringLiteral(":id"), exceptId);
    return q.scalar(0).toInt() > 0;
}

QList<RoomRow> RoomRepository::pageAfter(const RoomFilter &filter, const KeysetCursor &after,
                                         int limit, const QDate &today) const
{
    QList<RoomRow> rows = keysetPage<RoomRow>(
        m_db, roomColumns() + QStringLiteral(", b.name, d.name"), kFrom, whereOf(filter),
        keysetOf(filter), after, limit, tr("listing rooms"), [](const Query &q) {
            RoomRow row;
            row.room = readRoom(q);
            row.buildingName = q.value(kRoomColumnCount).toString();
            row.departmentName = q.value(kRoomColumnCount + 1).toString();
            return row;
        });
    fillOccupants(rows, today);
    return rows;
}

void RoomRepository::fillOccupants(QList<RoomRow> &rows, const QDate &today) const
{
    if (rows.isEmpty())
        return;
    QStringList ids;
    QHash<qint64, int> index;
    for (int i = 0; i < rows.size(); ++i) {
        ids << QString::number(rows.at(i).room.id);
        index.insert(rows.at(i).room.id, i);
    }
    const QString in = ids.join(QLatin1Char(','));
    Query q(m_db,
            QStringLiteral("SELECT a.room_id, coalesce(s.name, d.name) FROM office_allocations a "
                           "LEFT JOIN staff s ON s.id = a.staff_id "
                           "LEFT JOIN departments d ON d.id = a.department_id "
                           "WHERE a.room_id IN (%1) AND a.start_date <= :d1 "
                           "AND (a.end_date IS NULL OR a.end_date > :d2) "
                           "ORDER BY a.room_id, a.start_date, a.id")
                .arg(in),
            tr("listing the occupants of rooms"));
    const QString d = toIsoDate(today);
    q.bind(QStringLiteral(":d1"), d).bind(QStringLiteral(":d2"), d).exec();
    while (q.next()) {
        RoomRow &row = rows[index.value(q.value(0).toLongLong())];
        ++row.occupants;
        if (!row.occupantNames.isEmpty())
            row.occupantNames += tr("、");
        row.occupantNames += q.value(1).toString();
    }
    Query c(m_db,
            QStringLiteral("SELECT DISTINCT room_id FROM office_cases WHERE status = 'open' "
                           "AND room_id IN (%1)")
                .arg(in),
            tr("listing the over-standard rooms"));
    c.exec();
    while (c.next())
        rows[index.value(c.value(0).toLongLong())].overStandard = true;
}

int RoomRepository::count(const RoomFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM office_rooms r") + w.sql(),
            tr("counting rooms"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

QList<FloorEntry> RoomRepository::floors(qint64 scopeRoot, bool includeDisposed) const
{
    SqlWhere w;
    if (!includeDisposed)
        w.add(QStringLiteral("r.status <> 'disposed'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("r.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT r.building_id, b.code, b.name, r.floor, count(*) "
                           "FROM office_rooms r JOIN buildings b ON b.id = r.building_id")
                + w.sql()
                + QStringLiteral(" GROUP BY r.building_id, b.code, b.name, r.floor "
                                 "ORDER BY b.code, r.building_id, r.floor"),
            tr("listing the floors"));
    w.bindTo(q);
    q.exec();
    QList<FloorEntry> out;
    while (q.next()) {
        FloorEntry e;
        e.buildingId = q.value(0).toLongLong();
        e.buildingCode = q.value(1).toString();
        e.buildingName = q.value(2).toString();
        e.floor = q.value(3).toInt();
        e.rooms = q.value(4).toInt();
        out << e;
    }
    return out;
}

QList<RoomRow> RoomRepository::onFloor(qint64 buildingId, int floor, qint64 scopeRoot,
                                       const QDate &today) const
{
    RoomFilter f;
    f.buildingId = buildingId;
    f.floor = floor;
    f.scopeRoot = scopeRoot;
    f.sort = RoomSort::Location;
    // A storey holds a few dozen rooms: one page holds them all.
    return pageAfter(f, {}, 10000, today);
}

QList<RoomRow> RoomRepository::openOffices(qint64 ownerRoot, qint64 scopeRoot,
                                           const QDate &today) const
{
    SqlWhere w;
    w.add(QStringLiteral("r.use_type = 'office' AND r.status IN ('vacant', 'in_use')"));
    AgencyScope(ownerRoot).restrict(w, QStringLiteral("r.department_id"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("r.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT %1, b.name, d.name").arg(roomColumns()) + kFrom + w.sql()
                + QStringLiteral(" ORDER BY r.building_id, r.floor, r.number, r.id"),
            tr("looking for offices"));
    w.bindTo(q);
    q.exec();
    QList<RoomRow> rows;
    while (q.next()) {
        RoomRow row;
        row.room = readRoom(q);
        row.buildingName = q.value(kRoomColumnCount).toString();
        row.departmentName = q.value(kRoomColumnCount + 1).toString();
        rows << row;
    }
    fillOccupants(rows, today);
    return rows;
}

QList<QPair<qint64, int>> RoomRepository::placesOfDepartment(qint64 departmentId,
                                                             const QDate &today) const
{
    Query q(m_db,
            QStringLiteral("SELECT DISTINCT r.building_id, r.floor FROM office_allocations a "
                           "JOIN office_rooms r ON r.id = a.room_id "
                           "LEFT JOIN staff s ON s.id = a.staff_id "
                           "WHERE (s.department_id = :d0 OR a.department_id = :d00) "
                           "AND a.start_date <= :d1 AND (a.end_date IS NULL OR a.end_date > :d2)"),
            tr("looking for a department's rooms"));
    const QString d = toIsoDate(today);
    q.bind(QStringLiteral(":d0"), departmentId)
        .bind(QStringLiteral(":d00"), departmentId)
        .bind(QStringLiteral(":d1"), d)
        .bind(QStringLiteral(":d2"), d)
        .exec();
    QList<QPair<qint64, int>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toInt()});
    return out;
}

QHash<qint64, qint64> RoomRepository::serviceAreaByDepartment(const QDate &today) const
{
    Query q(m_db,
            QStringLiteral("SELECT a.department_id, sum(r.usable_area) FROM office_allocations a "
                           "JOIN office_rooms r ON r.id = a.room_id "
                           "WHERE a.department_id IS NOT NULL AND a.start_date <= :d1 "
                           "AND (a.end_date IS NULL OR a.end_date > :d2) GROUP BY a.department_id"),
            tr("adding up the departments' rooms"));
    const QString d = toIsoDate(today);
    q.bind(QStringLiteral(":d1"), d).bind(QStringLiteral(":d2"), d).exec();
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

int RoomRepository::occupantCount(qint64 id, const QDate &day) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM office_allocations WHERE room_id = :id "
                           "AND start_date <= :d1 AND (end_date IS NULL OR end_date > :d2)"),
            tr("counting the occupants of a room"));
    const QString d = toIsoDate(day);
    q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":d1"), d).bind(QStringLiteral(":d2"), d);
    return q.scalar(0).toInt();
}

void RoomRepository::bind(const Room &r, Query &q)
{
    q.bind(QStringLiteral(":building_id"), r.buildingId)
        .bind(QStringLiteral(":floor"), r.floor)
        .bind(QStringLiteral(":number"), orgsql::textValue(r.number))
        .bind(QStringLiteral(":use_type"), key(r.useType))
        .bind(QStringLiteral(":service_kind"), orgsql::textValue(key(r.serviceKind)))
        .bind(QStringLiteral(":usable_area"), r.usableArea)
        .bind(QStringLiteral(":gross_area"), r.grossArea)
        .bind(QStringLiteral(":status"), key(r.status))
        .bind(QStringLiteral(":department_id"), r.departmentId)
        .bind(QStringLiteral(":notes"), orgsql::textValue(r.notes))
        .bind(QStringLiteral(":disposed_on"), orgsql::dateValue(r.disposedOn))
        .bind(QStringLiteral(":disposal_reason"), orgsql::textValue(r.disposalReason));
}

const RecordTable &RoomRepository::table()
{
    static const RecordTable table(
        QStringLiteral("office_rooms"),
        {QStringLiteral("building_id"), QStringLiteral("floor"), QStringLiteral("number"),
         QStringLiteral("use_type"), QStringLiteral("service_kind"), QStringLiteral("usable_area"),
         QStringLiteral("gross_area"), QStringLiteral("status"), QStringLiteral("department_id"),
         QStringLiteral("notes"), QStringLiteral("disposed_on"), QStringLiteral("disposal_reason")});
    return table;
}

qint64 RoomRepository::insert(const Room &r)
{
    return table().insert(
        m_db, tr("saving a new room"), [&](Query &q) { bind(r, q); }, r.createdAt);
}

void RoomRepository::update(const Room &r)
{
    table().update(m_db, r.id, tr("saving a room"), [&](Query &q) { bind(r, q); });
}

void RoomRepository::setStatus(qint64 id, RoomStatus status)
{
    table().set(m_db, id, QStringLiteral("status"), key(status),
                tr("changing the status of a room"));
}

void RoomRepository::setDisposal(qint64 id, const QDate &on, const QString &reason)
{
    Query q(m_db,
            QStringLiteral("UPDATE office_rooms SET status = 'disposed', disposed_on = :on, "
                           "disposal_reason = :reason WHERE id = :id"),
            tr("disposing of a room"));
    q.bind(QStringLiteral(":on"), toIsoDate(on))
        .bind(QStringLiteral(":reason"), orgsql::textValue(reason))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

} // namespace ga::offices

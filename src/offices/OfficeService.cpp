#include "offices/OfficeService.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Period.h"
#include "core/Session.h"
#include "offices/AllocationRepository.h"
#include "offices/CaseRepository.h"
#include "org/OrgService.h"
#include "org/OrgTypes.h"
#include "org/ScopeGuard.h"
#include "org/SettingsService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace ga::offices {

namespace {

const QString kRoom = QStringLiteral("office_room");
const QString kAllocation = QStringLiteral("office_allocation");
const QString kCase = QStringLiteral("office_case");
const QString kOfficeSettings = QStringLiteral("office_settings");

// Largest room accepted: 10,000 m²; largest washroom allowance 20 m²; rectification ≤ 10 years.
constexpr qint64 kMaxRoomArea = 1000000;
constexpr qint64 kMaxWashroomAllowance = 2000;
constexpr int kMaxRectificationDays = 3650;

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? toIsoDate(d) : QString();
}

} // namespace

OfficeService::OfficeService(Database &db, Session &session, AuditLog &audit, const Clock &clock,
                             OrgService &org, SettingsService &settings)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_clock(clock)
    , m_org(org)
    , m_settings(settings)
    , m_rooms(std::make_unique<RoomRepository>(db))
    , m_allocations(std::make_unique<AllocationRepository>(db))
    , m_cases(std::make_unique<CaseRepository>(db))
    , m_scope(std::make_unique<ScopeGuard>(db, session, audit))
{}

OfficeService::~OfficeService() = default;

bool OfficeService::canEdit() const
{
    return m_session.can(Permission::EditOffices);
}

bool OfficeService::canApprove() const
{
    return m_session.can(Permission::ApproveAllocation);
}

QDate OfficeService::today() const
{
    return m_clock.today();
}

void OfficeService::requireEdit() const
{
    m_session.require(Permission::EditOffices);
}

// --- JSON for the audit log ----------------------------------------------------------------

QJsonObject OfficeService::toJson(const Room &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("building_id"), r.buildingId},
        {QStringLiteral("floor"), r.floor},
        {QStringLiteral("number"), r.number},
        {QStringLiteral("use_type"), key(r.useType)},
        {QStringLiteral("service_kind"), key(r.serviceKind)},
        {QStringLiteral("usable_area"), r.usableArea},
        {QStringLiteral("gross_area"), r.grossArea},
        {QStringLiteral("status"), key(r.status)},
        {QStringLiteral("department_id"), r.departmentId},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("disposed_on"), isoOrEmpty(r.disposedOn)},
        {QStringLiteral("disposal_reason"), r.disposalReason},
    };
}

QJsonObject OfficeService::toJson(const Allocation &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("room_id"), a.roomId},
        {QStringLiteral("staff_id"), a.staffId},
        {QStringLiteral("department_id"), a.departmentId},
        {QStringLiteral("start_date"), isoOrEmpty(a.start)},
        {QStringLiteral("end_date"), isoOrEmpty(a.end)},
        {QStringLiteral("reason"), a.reason},
        {QStringLiteral("approved_by"), a.approvedBy},
    };
}

QJsonObject OfficeService::toJson(const OverStandardCase &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("staff_id"), c.staffId},
        {QStringLiteral("room_id"), c.roomId},
        {QStringLiteral("department_id"), c.departmentId},
        {QStringLiteral("opened_on"), isoOrEmpty(c.openedOn)},
        {QStringLiteral("deadline"), isoOrEmpty(c.deadline)},
        {QStringLiteral("share_area"), c.share},
        {QStringLiteral("limit_area"), c.limit},
        {QStringLiteral("excess"), c.excess},
        {QStringLiteral("plan"), c.plan},
        {QStringLiteral("status"), c.status == CaseStatus::Open ? QStringLiteral("open")
                                                                 : QStringLiteral("closed")},
        {QStringLiteral("closed_on"), isoOrEmpty(c.closedOn)},
    };
}

QString OfficeService::describe(const RecheckResult &r)
{
    return tr("Office area check: %1 over-standard case(s) opened, %2 closed, %3 updated "
              "(%n person(s) checked).",
              nullptr, r.checked)
        .arg(r.opened)
        .arg(r.closed)
        .arg(r.updated);
}

// --- Settings and limits -------------------------------------------------------------------

OfficeSettings OfficeService::settings() const
{
    OfficeSettings s;
    s.washroomAllowance =
        m_settings.value(QLatin1String(SettingsService::OfficeWashroomAllowance)).toLongLong();
    s.washroomRanks = m_settings.value(QLatin1String(SettingsService::OfficeWashroomRanks))
                          .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &code : s.washroomRanks)
        code = code.trimmed();
    s.rectificationDays =
        m_settings.intValue(QLatin1String(SettingsService::OfficeRectificationDays), 90);
    return s;
}

RecheckResult OfficeService::updateSettings(const OfficeSettings &s)
{
    m_session.require(Permission::ManageStandards);
    if (s.washroomAllowance < 0 || s.washroomAllowance > kMaxWashroomAllowance)
        throw ValidationError(tr("The washroom allowance must lie between 0 and %1.")
                                  .arg(formatAreaWithUnit(kMaxWashroomAllowance)));
    if (s.rectificationDays <= 0 || s.rectificationDays > kMaxRectificationDays)
        throw ValidationError(tr("The rectification period must lie between 1 and %1 days.")
                                  .arg(kMaxRectificationDays));
    QStringList codes;
    for (const QString &raw : s.washroomRanks) {
        const QString code = raw.trimmed();
        if (code.isEmpty())
            continue;
        if (!m_org.findRankByCode(code))
            throw ValidationError(tr("There is no rank with the code \"%1\".").arg(code));
        codes << code;
    }
    Transaction tx(m_db);
    m_settings.setValues(
        {{QLatin1String(SettingsService::OfficeWashroomAllowance),
          QString::number(s.washroomAllowance)},
         {QLatin1String(SettingsService::OfficeWashroomRanks),
          codes.isEmpty() ? QStringLiteral("") : codes.join(QLatin1Char(','))},
         {QLatin1String(SettingsService::OfficeRectificationDays),
          QString::number(s.rectificationDays)}});
    const RecheckResult result = recheck({}, {}, true);
    tx.commit();
    return result;
}

qint64 OfficeService::limitOf(const Rank &rank) const
{
    const OfficeSettings s = settings();
    return rank.officeLimit + (s.washroomRanks.contains(rank.code) ? s.washroomAllowance : 0);
}

QHash<qint64, qint64> OfficeService::limitsByRank() const
{
    const OfficeSettings s = settings();
    QHash<qint64, qint64> out;
    for (const Rank &r : m_org.ranks(true))
        out.insert(r.id, r.officeLimit + (s.washroomRanks.contains(r.code) ? s.washroomAllowance : 0));
    return out;
}

qint64 OfficeService::staffLimit(qint64 staffId) const
{
    const auto staff = m_org.findStaff(staffId);
    if (!staff)
        throw NotFoundError(tr("The staff member no longer exists."));
    return limitOf(m_org.rank(staff->rankId));
}

qint64 OfficeService::agencyOf(qint64 departmentId) const
{
    qint64 current = departmentId;
    QSet<qint64> seen;
    while (current > 0 && !seen.contains(current)) {
        seen.insert(current);
        const auto d = m_org.findDepartment(current);
        if (!d)
            break;
        if (d->kind != DepartmentKind::Division)
            return d->id;
        current = d->parentId;
    }
    return departmentId;
}

// --- Rooms ---------------------------------------------------------------------------------

Room OfficeService::loadRoom(qint64 id) const
{
    const auto r = m_rooms->find(id);
    if (!r)
        throw NotFoundError(tr("The room no longer exists."));
    return *r;
}

Room OfficeService::room(qint64 id) const
{
    const Room r = loadRoom(id);
    if (!m_scope->covers(r.departmentId))
        throw PermissionError(tr("This record belongs to another agency, outside your scope."));
    return r;
}

QList<RoomRow> OfficeService::roomsPageAfter(const RoomFilter &filter, const KeysetCursor &after,
                                             int limit) const
{
    RoomFilter f = filter;
    f.scopeRoot = m_scope->scope().root();
    return m_rooms->pageAfter(f, after, qMax(0, limit), m_clock.today());
}

int OfficeService::countRooms(const RoomFilter &filter) const
{
    RoomFilter f = filter;
    f.scopeRoot = m_scope->scope().root();
    return m_rooms->count(f);
}

QList<FloorEntry> OfficeService::floors(bool includeDisposed) const
{
    return m_rooms->floors(m_scope->scope().root(), includeDisposed);
}

QList<RoomRow> OfficeService::roomsOnFloor(qint64 buildingId, int floor) const
{
    return m_rooms->onFloor(buildingId, floor, m_scope->scope().root(), m_clock.today());
}

void OfficeService::validate(Room &r, const std::optional<Room> &before) const
{
    r.number = r.number.trimmed();
    r.notes = r.notes.trimmed();
    if (r.buildingId <= 0)
        throw ValidationError(tr("Choose the room's building."));
    const auto building = m_org.findBuilding(r.buildingId);
    if (!building)
        throw ValidationError(tr("The chosen building no longer exists."));
    if ((!before || before->buildingId != r.buildingId) && !building->isActive())
        throw ValidationError(tr("The building \"%1\" is retired and cannot receive new rooms.")
                                  .arg(building->name));
    if (r.number.isEmpty())
        throw ValidationError(tr("Enter the room number."));
    if (r.floor < -10 || r.floor > 200)
        throw ValidationError(tr("The floor must lie between -10 and 200."));
    if (r.usableArea <= 0)
        throw ValidationError(tr("Enter the room's usable area (above zero)."));
    if (r.usableArea > kMaxRoomArea || r.grossArea > kMaxRoomArea)
        throw ValidationError(tr("A room's area cannot exceed %1.")
                                  .arg(formatAreaWithUnit(kMaxRoomArea)));
    if (r.grossArea < r.usableArea)
        throw ValidationError(tr("The gross area (%1) cannot be less than the usable area (%2).")
                                  .arg(formatAreaWithUnit(r.grossArea),
                                       formatAreaWithUnit(r.usableArea)));
    if (r.useType != UseType::Service)
        r.serviceKind = ServiceKind::None;
    if (r.departmentId <= 0)
        throw ValidationError(tr("Choose the room's owner agency."));
    const auto owner = m_org.findDepartment(r.departmentId);
    if (!owner)
        throw ValidationError(tr("The owner agency no longer exists."));
    if ((!before || before->departmentId != r.departmentId) && !owner->isActive())
        throw ValidationError(tr("The department \"%1\" is retired and cannot own rooms.")
                                  .arg(owner->name));
    if (m_rooms->numberExists(r.buildingId, r.number, r.id))
        throw ConflictError(tr("The building \"%1\" already has a room \"%2\".")
                                .arg(building->name, r.number));
    if (before && before->useType != r.useType
        && m_rooms->occupantCount(r.id, m_clock.today()) > 0) {
        const bool office = r.useType == UseType::Office;
        if (office != (before->useType == UseType::Office))
            throw ValidationError(tr("End the room's allocations before turning it from an "
                                     "office into another kind of room, or back."));
    }
}

qint64 OfficeService::createRoom(const Room &room)
{
    requireEdit();
    Room r = room;
    r.id = 0;
    r.status = RoomStatus::Vacant;
    r.disposedOn = {};
    r.disposalReason.clear();
    r.createdAt = m_clock.nowSecs();
    validate(r, std::nullopt);
    m_scope->require(r.departmentId, QStringLiteral("create"), kRoom, 0);
    Transaction tx(m_db);
    r.id = m_rooms->insert(r);
    m_audit.record(QStringLiteral("create"), kRoom, r.id, {}, toJson(r));
    tx.commit();
    return r.id;
}

void OfficeService::updateRoom(const Room &room)
{
    requireEdit();
    const Room before = loadRoom(room.id);
    m_scope->require(before.departmentId, QStringLiteral("update"), kRoom, before.id);
    if (room.departmentId != before.departmentId)
        m_scope->require(room.departmentId, QStringLiteral("update"), kRoom, before.id);
    if (before.isDisposed())
        throw ValidationError(tr("Room %1 has been disposed of and can no longer be changed.")
                                  .arg(before.number));
    Room r = room;
    r.status = before.status;
    r.disposedOn = before.disposedOn;
    r.disposalReason = before.disposalReason;
    r.createdAt = before.createdAt;
    validate(r, before);
    Transaction tx(m_db);
    m_rooms->update(r);
    m_audit.record(QStringLiteral("update"), kRoom, r.id, toJson(before), toJson(r));
    if (r.usableArea != before.usableArea || r.useType != before.useType)
        recheck({r.id}, {}, false);
    tx.commit();
}

void OfficeService::setUnderRepair(qint64 roomId, bool repair)
{
    requireEdit();
    const Room before = loadRoom(roomId);
    m_scope->require(before.departmentId, QStringLiteral("update"), kRoom, before.id);
    if (before.isDisposed() || before.status == RoomStatus::Lent)
        throw ValidationError(tr("Room %1 is %2; its repair state cannot be changed.")
                                  .arg(before.number, displayName(before.status).toLower()));
    if (repair && before.status == RoomStatus::Repair)
        throw ValidationError(tr("Room %1 is already under repair.").arg(before.number));
    if (!repair && before.status != RoomStatus::Repair)
        throw ValidationError(tr("Room %1 is not under repair.").arg(before.number));
    const QDate today = m_clock.today();
    if (repair && m_rooms->occupantCount(roomId, today) > 0)
        throw ConflictError(tr("Room %1 is in use: end or move its allocations before it goes "
                               "under repair.")
                                .arg(before.number));
    Room after = before;
    after.status = repair ? RoomStatus::Repair
                          : (m_rooms->occupantCount(roomId, today) > 0 ? RoomStatus::InUse
                                                                       : RoomStatus::Vacant);
    Transaction tx(m_db);
    m_rooms->setStatus(roomId, after.status);
    m_audit.record(QStringLiteral("update"), kRoom, roomId, toJson(before), toJson(after));
    tx.commit();
}

void OfficeService::disposeRoom(qint64 roomId, const QDate &on, const QString &reason)
{
    requireEdit();
    const Room before = loadRoom(roomId);
    m_scope->require(before.departmentId, QStringLiteral("dispose"), kRoom, before.id);
    if (before.isDisposed())
        throw ValidationError(tr("Room %1 has already been disposed of.").arg(before.number));
    if (before.status == RoomStatus::Lent)
        throw ConflictError(tr("Room %1 is lent out: end the lending first.").arg(before.number));
    if (!on.isValid())
        throw ValidationError(tr("Enter the date of the disposal."));
    if (reason.trimmed().isEmpty())
        throw ValidationError(tr("Enter the reason for the disposal."));
    if (m_rooms->occupantCount(roomId, on) > 0
        || m_rooms->occupantCount(roomId, m_clock.today()) > 0)
        throw ConflictError(tr("Room %1 is still allocated: end its allocations before "
                               "disposing of it.")
                                .arg(before.number));
    Room after = before;
    after.status = RoomStatus::Disposed;
    after.disposedOn = on;
    after.disposalReason = reason.trimmed();
    Transaction tx(m_db);
    m_rooms->setDisposal(roomId, on, after.disposalReason);
    m_audit.record(QStringLiteral("dispose"), kRoom, roomId, toJson(before), toJson(after));
    tx.commit();
}

void OfficeService::refreshStatus(qint64 roomId)
{
    const Room r = loadRoom(roomId);
    if (r.status != RoomStatus::InUse && r.status != RoomStatus::Vacant)
        return;
    const RoomStatus now = m_rooms->occupantCount(roomId, m_clock.today()) > 0
                               ? RoomStatus::InUse
                               : RoomStatus::Vacant;
    if (now != r.status)
        m_rooms->setStatus(roomId, now);
}

// --- Allocations ---------------------------------------------------------------------------

QList<ShareCheck> OfficeService::previewAllocation(const AllocationRequest &request) const
{
    QList<ShareCheck> out;
    if (request.staffId <= 0)
        return out;
    const Room r = loadRoom(request.roomId);
    if (r.useType != UseType::Office)
        return out;
    const QDate start = request.start.isValid() ? request.start : m_clock.today();
    QSet<qint64> people;
    for (const Allocation &a : m_allocations->currentOfRoom(r.id, start))
        if (a.staffId > 0 && a.staffId != request.staffId)
            people.insert(a.staffId);
    const int occupants = int(people.size()) + 1;
    const qint64 share = shareOf(r.usableArea, occupants);
    const QHash<qint64, qint64> limits = limitsByRank();
    people.insert(request.staffId);
    for (qint64 id : people) {
        const auto s = m_org.findStaff(id);
        if (!s)
            continue;
        ShareCheck c;
        c.staffId = id;
        c.name = s->name;
        c.roomId = r.id;
        c.occupants = occupants;
        c.share = share;
        c.limit = limits.value(s->rankId);
        out << c;
    }
    std::sort(out.begin(), out.end(), [&](const ShareCheck &a, const ShareCheck &b) {
        if ((a.staffId == request.staffId) != (b.staffId == request.staffId))
            return a.staffId == request.staffId;
        return a.name < b.name;
    });
    return out;
}

qint64 OfficeService::allocate(const AllocationRequest &request)
{
    if (!m_session.can(Permission::EditOffices))
        m_session.require(Permission::ApproveAllocation);
    const Room r = loadRoom(request.roomId);
    const bool forStaff = request.staffId > 0;
    if (forStaff == (request.departmentId > 0))
        throw ValidationError(tr("Choose either a staff member or a department to allocate the "
                                 "room to."));
    m_scope->require(r.departmentId, QStringLiteral("allocate"), kRoom, r.id);
    const QDate today = m_clock.today();
    const QDate start = request.start.isValid() ? request.start : today;
    if (r.isDisposed() || r.status == RoomStatus::Repair || r.status == RoomStatus::Lent)
        throw ConflictError(tr("Room %1 is %2 and cannot be allocated.")
                                .arg(r.number, displayName(r.status).toLower()));

    Allocation a;
    a.roomId = r.id;
    a.start = start;
    a.createdAt = m_clock.nowSecs();
    std::optional<Allocation> current;
    std::optional<Staff> staff;
    if (forStaff) {
        staff = m_org.findStaff(request.staffId);
        if (!staff)
            throw ValidationError(tr("The staff member no longer exists."));
        m_scope->require(staff->departmentId, QStringLiteral("allocate"), kAllocation, 0);
        if (!staff->isActive())
            throw ValidationError(tr("%1 has retired and cannot be allocated an office.")
                                      .arg(staff->name));
        if (r.useType != UseType::Office)
            throw ValidationError(tr("Room %1 is a %2: only offices are allocated to people; "
                                     "allocate it to a department.")
                                      .arg(r.number, displayName(r.useType).toLower()));
        a.staffId = staff->id;
        current = m_allocations->currentOfStaff(staff->id, start);
        if (current && current->roomId == r.id)
            throw ValidationError(tr("%1 already sits in room %2.").arg(staff->name, r.number));
        if (current && current->start >= start)
            throw ValidationError(tr("%1's current allocation starts on %2: a move must start "
                                     "after it.")
                                      .arg(staff->name, toIsoDate(current->start)));
        if (m_allocations->hasLaterAllocation(staff->id, start))
            throw ConflictError(tr("%1 already has an allocation starting after %2.")
                                    .arg(staff->name, toIsoDate(start)));
        const QList<ShareCheck> checks = previewAllocation(request);
        QStringList over;
        for (const ShareCheck &c : checks)
            if (c.over())
                over << tr("%1 (share %2, limit %3)")
                            .arg(c.name, formatAreaWithUnit(c.share), formatAreaWithUnit(c.limit));
        if (!over.isEmpty()) {
            if (!m_session.can(Permission::ApproveAllocation))
                throw PermissionError(tr("This allocation exceeds the office area standard for "
                                         "%1. Only a manager may approve it, with a reason.")
                                          .arg(over.join(tr(", "))));
            if (request.reason.trimmed().isEmpty())
                throw ValidationError(tr("This allocation exceeds the office area standard for "
                                         "%1. Enter the reason for approving it.")
                                          .arg(over.join(tr(", "))));
            a.reason = request.reason.trimmed();
            a.approvedBy = m_session.user().id;
        }
    } else {
        const auto dept = m_org.findDepartment(request.departmentId);
        if (!dept)
            throw ValidationError(tr("The department no longer exists."));
        m_scope->require(dept->id, QStringLiteral("allocate"), kAllocation, 0);
        if (!dept->isActive())
            throw ValidationError(tr("The department \"%1\" is retired.").arg(dept->name));
        if (r.useType == UseType::Office)
            throw ValidationError(tr("Room %1 is an office: offices are allocated to people.")
                                      .arg(r.number));
        a.departmentId = dept->id;
        a.reason = request.reason.trimmed();
    }

    Transaction tx(m_db);
    QSet<qint64> rooms {r.id};
    if (current) {
        Allocation ended = *current;
        ended.end = start;
        m_allocations->setEnd(current->id, start);
        m_audit.record(QStringLiteral("end"), kAllocation, current->id, toJson(*current),
                       toJson(ended));
        rooms.insert(current->roomId);
    }
    a.id = m_allocations->insert(a);
    m_audit.record(current ? QStringLiteral("move") : QStringLiteral("create"), kAllocation, a.id,
                   current ? toJson(*current) : QJsonObject {}, toJson(a));
    for (qint64 id : rooms)
        refreshStatus(id);
    recheck(rooms, forStaff ? QSet<qint64> {a.staffId} : QSet<qint64> {}, false, a.reason);
    tx.commit();
    return a.id;
}

void OfficeService::endAllocation(qint64 allocationId, const QDate &end)
{
    requireEdit();
    const auto found = m_allocations->find(allocationId);
    if (!found)
        throw NotFoundError(tr("The allocation no longer exists."));
    const Allocation before = *found;
    const Room r = loadRoom(before.roomId);
    m_scope->require(r.departmentId, QStringLiteral("end"), kAllocation, before.id);
    if (before.end.isValid())
        throw ValidationError(tr("This allocation already ended on %1.").arg(toIsoDate(before.end)));
    const QDate day = end.isValid() ? end : m_clock.today();
    if (day <= before.start)
        throw ValidationError(tr("An allocation must end after it starts (%1).")
                                  .arg(toIsoDate(before.start)));
    Allocation after = before;
    after.end = day;
    Transaction tx(m_db);
    m_allocations->setEnd(before.id, day);
    m_audit.record(QStringLiteral("end"), kAllocation, before.id, toJson(before), toJson(after));
    refreshStatus(r.id);
    recheck({r.id}, before.staffId > 0 ? QSet<qint64> {before.staffId} : QSet<qint64> {}, false);
    tx.commit();
}

QList<AllocationRow> OfficeService::roomHistory(qint64 roomId) const
{
    room(roomId); // the scope
    return m_allocations->historyOfRoom(roomId, m_clock.today());
}

QList<AllocationRow> OfficeService::staffHistory(qint64 staffId) const
{
    m_org.staff(staffId); // the scope
    return m_allocations->historyOfStaff(staffId, m_clock.today());
}

QList<AllocationRow> OfficeService::currentOccupants(qint64 roomId) const
{
    const QDate today = m_clock.today();
    QList<AllocationRow> out;
    for (const AllocationRow &row : roomHistory(roomId))
        if (row.allocation.holdsOn(today))
            out << row;
    return out;
}

std::optional<ShareCheck> OfficeService::shareOfStaff(qint64 staffId) const
{
    const Staff s = m_org.staff(staffId);
    const auto shares = m_allocations->officeShares(m_clock.today(), {staffId}, false);
    if (shares.isEmpty())
        return std::nullopt;
    const OccupantShare &o = shares.first();
    ShareCheck c;
    c.staffId = staffId;
    c.name = s.name;
    c.roomId = o.roomId;
    c.occupants = o.occupants;
    c.share = shareOf(o.usableArea, o.occupants);
    c.limit = limitOf(m_org.rank(s.rankId));
    return c;
}

// --- The re-check --------------------------------------------------------------------------

RecheckResult OfficeService::recheck(const QSet<qint64> &rooms, const QSet<qint64> &staff,
                                     bool all, const QString &planForNew, bool audit)
{
    const QDate today = m_clock.today();
    QSet<qint64> people = staff;
    if (!all)
        people += m_allocations->occupantsOf(rooms, today);
    const QList<OccupantShare> shares = m_allocations->officeShares(today, people, all);
    QHash<qint64, OverStandardCase> open = m_cases->openCases(people, all);
    const QHash<qint64, qint64> limits = limitsByRank();
    const int days = settings().rectificationDays;

    RecheckResult result;
    result.checked = all ? int(shares.size()) : int(people.size());
    QSet<qint64> over;
    for (const OccupantShare &o : shares) {
        const qint64 limit = limits.value(o.rankId);
        const qint64 share = shareOf(o.usableArea, o.occupants);
        if (share <= limit)
            continue;
        over.insert(o.staffId);
        const auto it = open.constFind(o.staffId);
        if (it == open.constEnd()) {
            OverStandardCase c;
            c.staffId = o.staffId;
            c.roomId = o.roomId;
            c.departmentId = o.departmentId;
            c.openedOn = today;
            c.deadline = today.addDays(days);
            c.share = share;
            c.limit = limit;
            c.excess = share - limit;
            c.plan = planForNew;
            c.createdAt = m_clock.nowSecs();
            c.id = m_cases->insert(c);
            if (audit)
                m_audit.record(QStringLiteral("open"), kCase, c.id, {}, toJson(c));
            ++result.opened;
        } else if (it->roomId != o.roomId || it->share != share || it->limit != limit
                   || it->departmentId != o.departmentId) {
            OverStandardCase c = *it;
            c.roomId = o.roomId;
            c.departmentId = o.departmentId;
            c.share = share;
            c.limit = limit;
            c.excess = share - limit;
            m_cases->updateFigures(c);
            if (audit)
                m_audit.record(QStringLiteral("update"), kCase, c.id, toJson(*it), toJson(c));
            ++result.updated;
        }
    }
    for (const OverStandardCase &c : std::as_const(open)) {
        if (over.contains(c.staffId))
            continue;
        OverStandardCase closed = c;
        closed.status = CaseStatus::Closed;
        closed.closedOn = today;
        m_cases->close(c.id, today);
        if (audit)
            m_audit.record(QStringLiteral("close"), kCase, c.id, toJson(c), toJson(closed));
        ++result.closed;
    }
    return result;
}

RecheckResult OfficeService::recheckAll()
{
    if (!m_session.can(Permission::ManageStandards))
        requireEdit();
    Transaction tx(m_db);
    const RecheckResult r = recheck({}, {}, true);
    m_audit.record(QStringLiteral("recheck"), kCase, 0, {},
                   QJsonObject {{QStringLiteral("checked"), r.checked},
                                {QStringLiteral("opened"), r.opened},
                                {QStringLiteral("closed"), r.closed},
                                {QStringLiteral("updated"), r.updated}});
    tx.commit();
    return r;
}

RecheckResult OfficeService::recheckGenerated()
{
    m_session.require(Permission::ManageStandards);
    return recheck({}, {}, true, {}, false);
}

void OfficeService::staffChanged(const Staff &before, const Staff &after)
{
    if (before.rankId != after.rankId || before.departmentId != after.departmentId)
        recheck({}, {after.id}, false);
}

QString OfficeService::rankChanged(const Rank &before, const Rank &after)
{
    if (before.officeLimit == after.officeLimit)
        return {};
    const RecheckResult r = recheck({}, {}, true);
    return describe(r);
}

// --- Cases ---------------------------------------------------------------------------------

QList<CaseRow> OfficeService::casesPageAfter(const CaseFilter &filter, const KeysetCursor &after,
                                             int limit) const
{
    CaseFilter f = filter;
    f.scopeRoot = m_scope->scope().root();
    return m_cases->pageAfter(f, after, qMax(0, limit), m_clock.today());
}

int OfficeService::countCases(const CaseFilter &filter) const
{
    CaseFilter f = filter;
    f.scopeRoot = m_scope->scope().root();
    return m_cases->count(f, m_clock.today());
}

int OfficeService::countOverdueCases() const
{
    return m_cases->countOverdue(m_scope->scope().root(), m_clock.today());
}

void OfficeService::updateCasePlan(qint64 caseId, const QString &plan, const QDate &deadline)
{
    requireEdit();
    const auto found = m_cases->find(caseId);
    if (!found)
        throw NotFoundError(tr("The over-standard case no longer exists."));
    m_scope->require(found->departmentId, QStringLiteral("update"), kCase, caseId);
    if (found->status != CaseStatus::Open)
        throw ValidationError(tr("This case is closed."));
    if (!deadline.isValid())
        throw ValidationError(tr("Enter the rectification deadline."));
    if (deadline < found->openedOn)
        throw ValidationError(tr("The deadline cannot lie before the case was opened (%1).")
                                  .arg(toIsoDate(found->openedOn)));
    OverStandardCase after = *found;
    after.plan = plan.trimmed();
    after.deadline = deadline;
    Transaction tx(m_db);
    m_cases->setPlan(caseId, after.plan, deadline);
    m_audit.record(QStringLiteral("update"), kCase, caseId, toJson(*found), toJson(after));
    tx.commit();
}

// --- Department totals ---------------------------------------------------------------------

QList<DepartmentTotal> OfficeService::departmentTotals() const
{
    const QDate today = m_clock.today();
    QHash<qint64, qint64> office;
    for (const OccupantShare &o : m_allocations->officeShares(today, {}, true))
        office[o.departmentId] += shareOf(o.usableArea, o.occupants);
    const QHash<qint64, qint64> service = m_rooms->serviceAreaByDepartment(today);
    QList<DepartmentTotal> out;
    for (const DepartmentEntry &e : m_org.departmentTree(false)) {
        DepartmentTotal t;
        t.departmentId = e.department.id;
        t.name = e.path;
        t.officeArea = office.value(t.departmentId);
        t.serviceArea = service.value(t.departmentId);
        t.staffCount = e.staffCount;
        t.approvedArea = e.department.approvedArea;
        if (t.officeArea > 0 || t.serviceArea > 0 || t.approvedArea > 0)
            out << t;
    }
    return out;
}

// --- The allocation assistant --------------------------------------------------------------

QList<Suggestion> OfficeService::suggestOffices(qint64 staffId, int limit) const
{
    const Staff s = m_org.staff(staffId);
    const QDate today = m_clock.today();
    const QHash<qint64, qint64> limits = limitsByRank();
    const qint64 own = limits.value(s.rankId);
    const auto current = m_allocations->currentOfStaff(staffId, today);
    const QList<RoomRow> rooms =
        m_rooms->openOffices(agencyOf(s.departmentId), m_scope->scope().root(), today);
    QSet<qint64> occupied;
    for (const RoomRow &row : rooms)
        if (row.occupants > 0)
            occupied.insert(row.room.id);
    // The tightest limit among each room's current occupants.
    QHash<qint64, qint64> tightest;
    QSet<qint64> occupants = m_allocations->occupantsOf(occupied, today);
    occupants.remove(staffId);
    for (const OccupantShare &o : m_allocations->officeShares(today, occupants, false)) {
        const qint64 l = limits.value(o.rankId);
        auto it = tightest.find(o.roomId);
        if (it == tightest.end())
            tightest.insert(o.roomId, l);
        else
            *it = qMin(*it, l);
    }
    QSet<QPair<qint64, int>> floorsOfDept;
    QSet<qint64> buildingsOfDept;
    for (const auto &place : m_rooms->placesOfDepartment(s.departmentId, today)) {
        floorsOfDept.insert(place);
        buildingsOfDept.insert(place.first);
    }
    QList<Suggestion> out;
    for (const RoomRow &row : rooms) {
        if (current && current->roomId == row.room.id)
            continue;
        const qint64 share = shareOf(row.room.usableArea, row.occupants + 1);
        if (share > own)
            continue;
        if (const auto it = tightest.constFind(row.room.id); it != tightest.constEnd() && share > *it)
            continue;
        Suggestion sg;
        sg.room = row.room;
        sg.buildingName = row.buildingName;
        sg.occupants = row.occupants;
        sg.shareAfter = share;
        sg.distance = floorsOfDept.contains({row.room.buildingId, row.room.floor}) ? 0
                      : buildingsOfDept.contains(row.room.buildingId)             ? 1
                                                                                  : 2;
        out << sg;
    }
    std::sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.shareAfter != b.shareAfter)
            return a.shareAfter > b.shareAfter; // the fullest use of the standard first
        if (a.room.buildingId != b.room.buildingId)
            return a.room.buildingId < b.room.buildingId;
        return a.room.number < b.room.number;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace ga::offices

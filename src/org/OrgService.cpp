#include "org/OrgService.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Period.h"
#include "core/Session.h"
#include "org/BuildingRepository.h"
#include "org/DepartmentRepository.h"
#include "org/RankRepository.h"
#include "org/ScopeGuard.h"
#include "org/StaffRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <type_traits>

namespace ga {

namespace {

const QString kDepartment = QStringLiteral("department");
const QString kStaff = QStringLiteral("staff");
const QString kBuilding = QStringLiteral("building");
const QString kRank = QStringLiteral("rank");

const QString kCreate = QStringLiteral("create");
const QString kUpdate = QStringLiteral("update");
const QString kRetire = QStringLiteral("retire");
const QString kReactivate = QStringLiteral("reactivate");
const QString kDelete = QStringLiteral("delete");

// Largest office limit accepted for a rank: 200 m² (the standard's largest is 54 m²).
constexpr qint64 kMaxOfficeLimit = 20000;
constexpr int kEarliestYearBuilt = 1800;

// Bureau < agency < division: a department sits below one of the same or a higher kind.
int kindDepth(DepartmentKind k)
{
    switch (k) {
    case DepartmentKind::Bureau: return 0;
    case DepartmentKind::Agency: return 1;
    case DepartmentKind::Division: return 2;
    }
    return 2;
}

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? toIsoDate(d) : QString();
}

} // namespace

OrgService::OrgService(Database &db, Session &session, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_clock(clock)
    , m_departments(std::make_unique<DepartmentRepository>(db))
    , m_staff(std::make_unique<StaffRepository>(db))
    , m_buildings(std::make_unique<BuildingRepository>(db))
    , m_ranks(std::make_unique<RankRepository>(db))
    , m_scope(std::make_unique<ScopeGuard>(db, session, audit))
{}

template<typename Filter>
Filter OrgService::scoped(Filter filter) const
{
    filter.scopeRoot = m_scope->scope().root();
    return filter;
}

OrgService::~OrgService() = default;

bool OrgService::canEdit() const
{
    return m_session.can(Permission::EditOrganisation);
}

bool OrgService::canEditRanks() const
{
    return m_session.can(Permission::ManageStandards);
}

// --- JSON for the audit log ----------------------------------------------------------------

QJsonObject OrgService::toJson(const Department &d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("parent_id"), d.parentId},
        {QStringLiteral("code"), d.code},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("kind"), departmentKindKey(d.kind)},
        {QStringLiteral("approved_area"), d.approvedArea},
        {QStringLiteral("phone"), d.phone},
        {QStringLiteral("status"), orgStatusKey(d.status)},
    };
}

QJsonObject OrgService::toJson(const Staff &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("staff_no"), s.staffNo},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("gender"), genderKey(s.gender)},
        {QStringLiteral("department_id"), s.departmentId},
        {QStringLiteral("rank_id"), s.rankId},
        {QStringLiteral("post_title"), s.postTitle},
        {QStringLiteral("post_start"), isoOrEmpty(s.postStart)},
        {QStringLiteral("post_end"), isoOrEmpty(s.postEnd)},
        {QStringLiteral("transferred"), s.transferred},
        {QStringLiteral("phone"), s.phone},
        {QStringLiteral("status"), orgStatusKey(s.status)},
    };
}

QJsonObject OrgService::toJson(const Building &b)
{
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("code"), b.code},
        {QStringLiteral("name"), b.name},
        {QStringLiteral("campus"), b.campus},
        {QStringLiteral("address"), b.address},
        {QStringLiteral("department_id"), b.departmentId},
        {QStringLiteral("gross_area"), b.grossArea},
        {QStringLiteral("usable_area"), b.usableArea},
        {QStringLiteral("energy_users"), b.energyUsers},
        {QStringLiteral("year_built"), b.yearBuilt},
        {QStringLiteral("status"), orgStatusKey(b.status)},
    };
}

QJsonObject OrgService::toJson(const Rank &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("level"), rankLevelKey(r.level)},
        {QStringLiteral("code"), r.code},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("name_en"), r.nameEn},
        {QStringLiteral("office_limit"), r.officeLimit},
        {QStringLiteral("active"), r.active},
    };
}

QString OrgService::describeReferences(const QStringList &tables) const
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("departments"), QT_TR_NOOP("sub-departments")},
        {QStringLiteral("staff"), QT_TR_NOOP("staff")},
        {QStringLiteral("buildings"), QT_TR_NOOP("buildings")},
        {QStringLiteral("users"), QT_TR_NOOP("user accounts")},
        {QStringLiteral("vehicles"), QT_TR_NOOP("vehicles")},
        {QStringLiteral("drivers"), QT_TR_NOOP("drivers")},
        {QStringLiteral("trips"), QT_TR_NOOP("vehicle trips")},
        {QStringLiteral("vehicle_assignments"), QT_TR_NOOP("vehicle assignments")},
    };
    QStringList out;
    for (const QString &t : tables) {
        const auto it = names.constFind(t);
        out << (it != names.constEnd() ? tr(it.value()) : t);
    }
    return out.join(tr(", "));
}

// --- Departments ---------------------------------------------------------------------------

std::optional<Department> OrgService::findDepartment(qint64 id) const
{
    return m_departments->find(id);
}

Department OrgService::loadDepartment(qint64 id) const
{
    const auto d = m_departments->find(id);
    if (!d)
        throw NotFoundError(tr("The department no longer exists."));
    return *d;
}

Department OrgService::department(qint64 id) const
{
    const Department d = loadDepartment(id);
    if (!m_scope->covers(id))
        throw PermissionError(tr("This record belongs to another agency, outside your scope."));
    return d;
}

QList<DepartmentEntry> OrgService::departmentTree(bool includeRetired) const
{
    const QList<Department> all = m_departments->all(true, m_scope->scope().root());
    const QHash<qint64, int> counts = m_departments->activeStaffCounts();

    QHash<qint64, int> indexById;
    for (int i = 0; i < all.size(); ++i)
        indexById.insert(all.at(i).id, i);
    QHash<qint64, QList<int>> children; // parent id (0 for roots) -> indexes, ordered by code
    for (int i = 0; i < all.size(); ++i) {
        const qint64 parent = all.at(i).parentId;
        children[parent > 0 && indexById.contains(parent) ? parent : 0].append(i);
    }

    QList<DepartmentEntry> out;
    out.reserve(all.size());
    QSet<qint64> visited;
    // Returns the subtree's staff count.
    std::function<int(int, const QString &, int)> visit = [&](int index, const QString &parentPath,
                                                              int depth) -> int {
        const Department &d = all.at(index);
        if (visited.contains(d.id)) // a cycle written around the service: never loop
            return 0;
        visited.insert(d.id);
        if (!includeRetired && !d.isActive())
            return 0;
        const int position = out.size();
        DepartmentEntry e;
        e.department = d;
        e.path = parentPath.isEmpty() ? d.name : parentPath + QStringLiteral(" / ") + d.name;
        e.depth = depth;
        e.staffCount = counts.value(d.id);
        out << e;
        int subtree = e.staffCount;
        int childCount = 0;
        for (int child : children.value(d.id)) {
            if (!includeRetired && !all.at(child).isActive())
                continue;
            ++childCount;
            subtree += visit(child, out.at(position).path, depth + 1);
        }
        out[position].subtreeStaffCount = subtree;
        out[position].childCount = childCount;
        return subtree;
    };
    for (int root : children.value(0))
        visit(root, QString(), 0);
    return out;
}

QString OrgService::departmentPath(qint64 id) const
{
    QStringList parts;
    QSet<qint64> seen;
    qint64 current = id;
    while (current > 0 && !seen.contains(current)) {
        seen.insert(current);
        const auto d = m_departments->find(current);
        if (!d)
            break;
        parts.prepend(d->name);
        current = d->parentId;
    }
    return parts.join(QStringLiteral(" / "));
}

void OrgService::validate(Department &d, const std::optional<Department> &before) const
{
    d.code = d.code.trimmed();
    d.name = d.name.trimmed();
    d.phone = d.phone.trimmed();
    if (d.name.isEmpty())
        throw ValidationError(tr("Enter the department's name."));
    if (d.code.isEmpty())
        throw ValidationError(tr("Enter the department's code."));
    if (d.approvedArea < 0)
        throw ValidationError(tr("The approved area cannot be negative."));
    if (m_departments->codeExists(d.code, d.id))
        throw ConflictError(tr("Another department already has the code \"%1\".").arg(d.code));

    if (d.kind == DepartmentKind::Bureau && d.parentId > 0)
        throw ValidationError(tr("A bureau is the top of the tree and cannot be placed under "
                                 "another department."));
    if (d.kind == DepartmentKind::Division && d.parentId <= 0)
        throw ValidationError(tr("A division must belong to a parent department."));

    if (d.parentId > 0) {
        if (d.id > 0 && m_departments->isInSubtree(d.id, d.parentId))
            throw ValidationError(tr("A department cannot be placed under itself or under one of "
                                     "its own sub-departments."));
        const auto parent = m_departments->find(d.parentId);
        if (!parent)
            throw ValidationError(tr("The parent department no longer exists."));
        const bool parentChanged = !before || before->parentId != d.parentId;
        if (parentChanged && !parent->isActive())
            throw ValidationError(tr("The department \"%1\" is retired and cannot receive new "
                                     "sub-departments.")
                                      .arg(parent->name));
        if (kindDepth(d.kind) < kindDepth(parent->kind))
            throw ValidationError(tr("A %1 cannot be placed under a %2.")
                                      .arg(departmentKindDisplayName(d.kind).toLower(),
                                           departmentKindDisplayName(parent->kind).toLower()));
    }

    if (before && before->kind != d.kind) {
        for (const Department &child : m_departments->all(true)) {
            if (child.parentId == d.id && kindDepth(child.kind) < kindDepth(d.kind))
                throw ValidationError(
                    tr("\"%1\" cannot become a %2: its sub-department \"%3\" is a %4.")
                        .arg(d.name, departmentKindDisplayName(d.kind).toLower(), child.name,
                             departmentKindDisplayName(child.kind).toLower()));
        }
    }
}

// Retire / reactivate: the status change and its audit row, in one transaction.
template<typename Repository, typename Record>
void OrgService::storeStatus(Repository &repository, const QString &entity, const Record &before,
                             OrgStatus status, const QString &action)
{
    Transaction tx(m_db);
    repository.setStatus(before.id, status);
    Record after = before;
    after.status = status;
    if constexpr (std::is_same_v<Record, Staff>)
        for (const StaffChangeHook &hook : m_staffHooks)
            hook(before, after);
    m_audit.record(action, entity, before.id, toJson(before), toJson(after));
    tx.commit();
}

template<typename Repository, typename Record>
qint64 OrgService::createRecord(Repository &repository, const QString &entity, Record r,
                                qint64 owner)
{
    r.id = 0;
    r.status = OrgStatus::Active;
    r.createdAt = m_clock.nowSecs();
    validate(r, std::nullopt);
    m_scope->require(owner, kCreate, entity, 0);
    Transaction tx(m_db);
    r.id = repository.insert(r);
    m_audit.record(kCreate, entity, r.id, {}, toJson(r));
    tx.commit();
    return r.id;
}

template<typename Repository, typename Record>
void OrgService::updateRecord(Repository &repository, const QString &entity, const Record &before,
                              Record r, qint64 owner, qint64 newOwner)
{
    m_scope->require(owner, kUpdate, entity, before.id);
    if (newOwner != owner)
        m_scope->require(newOwner, kUpdate, entity, before.id);
    r.status = before.status;
    r.createdAt = before.createdAt;
    validate(r, before);
    Transaction tx(m_db);
    repository.update(r);
    if constexpr (std::is_same_v<Record, Staff>)
        for (const StaffChangeHook &hook : m_staffHooks)
            hook(before, r);
    m_audit.record(kUpdate, entity, r.id, toJson(before), toJson(r));
    tx.commit();
}

template<typename Repository, typename Record>
void OrgService::deleteRecord(Repository &repository, const QString &entity, const Record &before,
                              qint64 owner, const QString &referencedMessage)
{
    m_scope->require(owner, kDelete, entity, before.id);
    const QStringList refs = repository.referencedBy(before.id);
    if (!refs.isEmpty())
        throw ConflictError(referencedMessage.arg(describeReferences(refs)));
    Transaction tx(m_db);
    repository.remove(before.id);
    m_audit.record(kDelete, entity, before.id, toJson(before), {});
    tx.commit();
}

qint64 OrgService::createDepartment(const Department &department)
{
    m_session.require(Permission::EditOrganisation);
    return createRecord(*m_departments, kDepartment, department, department.parentId);
}

void OrgService::updateDepartment(const Department &department)
{
    m_session.require(Permission::EditOrganisation);
    const Department before = loadDepartment(department.id);
    // Its own scope, and its new parent's when it moves.
    updateRecord(*m_departments, kDepartment, before, department, before.id,
                 department.parentId != before.parentId ? department.parentId : before.id);
}

void OrgService::retireDepartment(qint64 id)
{
    m_session.require(Permission::EditOrganisation);
    const Department before = loadDepartment(id);
    m_scope->require(before.id, kRetire, kDepartment, before.id);
    if (!before.isActive())
        throw ValidationError(tr("The department \"%1\" is already retired.").arg(before.name));
    if (const int n = m_departments->activeChildCount(id); n > 0)
        throw ConflictError(tr("\"%1\" still has %n active sub-department(s). Retire or move them "
                               "first.", nullptr, n)
                                .arg(before.name));
    if (const int n = m_departments->activeStaffCount(id); n > 0)
        throw ConflictError(tr("\"%1\" still has %n active staff member(s). Move or retire them "
                               "first.", nullptr, n)
                                .arg(before.name));
    storeStatus(*m_departments, kDepartment, before, OrgStatus::Retired, kRetire);
}

void OrgService::reactivateDepartment(qint64 id)
{
    m_session.require(Permission::EditOrganisation);
    const Department before = loadDepartment(id);
    m_scope->require(before.id, kReactivate, kDepartment, before.id);
    if (before.isActive())
        throw ValidationError(tr("The department \"%1\" is already active.").arg(before.name));
    if (before.parentId > 0) {
        const auto parent = m_departments->find(before.parentId);
        if (parent && !parent->isActive())
            throw ValidationError(tr("Reactivate the parent department \"%1\" first.")
                                      .arg(parent->name));
    }
    storeStatus(*m_departments, kDepartment, before, OrgStatus::Active, kReactivate);
}

void OrgService::deleteDepartment(qint64 id)
{
    m_session.require(Permission::EditOrganisation);
    const Department before = loadDepartment(id);
    deleteRecord(*m_departments, kDepartment, before, before.id,
                 tr("The department \"%1\" cannot be deleted because other records refer to it "
                    "(%2). Retire it instead.")
                     .arg(before.name));
}

// --- Staff ---------------------------------------------------------------------------------

std::optional<Staff> OrgService::findStaff(qint64 id) const
{
    return m_staff->find(id);
}

Staff OrgService::loadStaff(qint64 id) const
{
    const auto s = m_staff->find(id);
    if (!s)
        throw NotFoundError(tr("The staff member no longer exists."));
    return *s;
}

Staff OrgService::staff(qint64 id) const
{
    const Staff s = loadStaff(id);
    if (!m_scope->covers(s.departmentId))
        throw PermissionError(tr("This record belongs to another agency, outside your scope."));
    return s;
}

std::optional<Staff> OrgService::findStaffByNumber(const QString &staffNo) const
{
    return m_staff->findByNumber(staffNo.trimmed());
}

QList<StaffRow> OrgService::listStaff(const StaffFilter &filter, int offset, int limit) const
{
    return m_staff->list(scoped(filter), qMax(0, offset), qMax(0, limit));
}

QList<StaffRow> OrgService::staffPageAfter(const StaffFilter &filter, const KeysetCursor &after,
                                           int limit) const
{
    return m_staff->pageAfter(scoped(filter), after, qMax(0, limit));
}

int OrgService::countStaff(const StaffFilter &filter) const
{
    return m_staff->count(scoped(filter));
}

void OrgService::validate(Staff &s, const std::optional<Staff> &before) const
{
    s.staffNo = s.staffNo.trimmed();
    s.name = s.name.trimmed();
    s.postTitle = s.postTitle.trimmed();
    s.phone = s.phone.trimmed();
    if (s.name.isEmpty())
        throw ValidationError(tr("Enter the staff member's name."));
    if (s.staffNo.isEmpty())
        throw ValidationError(tr("Enter the staff number."));
    if (s.departmentId <= 0)
        throw ValidationError(tr("Choose the staff member's department."));
    if (s.rankId <= 0)
        throw ValidationError(tr("Choose the staff member's rank."));
    if (s.postStart.isValid() && s.postEnd.isValid() && s.postEnd < s.postStart)
        throw ValidationError(tr("The post cannot end (%1) before it starts (%2).")
                                  .arg(toIsoDate(s.postEnd), toIsoDate(s.postStart)));
    if (m_staff->staffNoExists(s.staffNo, s.id))
        throw ConflictError(tr("Another staff member already has the staff number \"%1\".")
                                .arg(s.staffNo));

    const auto dept = m_departments->find(s.departmentId);
    if (!dept)
        throw ValidationError(tr("The chosen department no longer exists."));
    const bool deptChanged = !before || before->departmentId != s.departmentId;
    if (deptChanged && !dept->isActive())
        throw ValidationError(tr("The department \"%1\" is retired and cannot receive new staff.")
                                  .arg(dept->name));

    const auto rank = m_ranks->find(s.rankId);
    if (!rank)
        throw ValidationError(tr("The chosen rank no longer exists."));
    const bool rankChanged = !before || before->rankId != s.rankId;
    if (rankChanged && !rank->active)
        throw ValidationError(tr("The rank \"%1\" is no longer in use; choose another.")
                                  .arg(rank->displayName()));
}

qint64 OrgService::createStaff(const Staff &staff)
{
    m_session.require(Permission::EditOrganisation);
    return createRecord(*m_staff, kStaff, staff, staff.departmentId);
}

void OrgService::updateStaff(const Staff &staff)
{
    m_session.require(Permission::EditOrganisation);
    const Staff before = loadStaff(staff.id);
    updateRecord(*m_staff, kStaff, before, staff, before.departmentId, staff.departmentId);
}

void OrgService::retireStaff(qint64 id)
{
    m_session.require(Permission::EditOrganisation);
    const Staff before = loadStaff(id);
    m_scope->require(before.departmentId, kRetire, kStaff, before.id);
    if (!before.isActive())
        throw ValidationError(tr("%1 is already retired.").arg(before.name));
    storeStatus(*m_staff, kStaff, before, OrgStatus::Retired, kRetire);
}

void OrgService::reactivateStaff(qint64 id)
{
    m_session.require(Permission::EditOrganisation);
    const Staff before = loadStaff(id);
    m_scope->require(before.departmentId, kReactivate, kStaff, before.id);
    if (before.isActive())
        throw ValidationError(tr("%1 is already active.").arg(before.name));
    const auto dept = m_departments->find(before.departmentId);
    if (dept && !dept->isActive())
        throw ValidationError(tr("The department \"%1\" is retired: move %2 to an active "
                                 "department first.")
                                  .arg(dept->name, before.name));
    storeStatus(*m_staff, kStaff, before, OrgStatus::Active, kReactivate);
}

void OrgService::deleteStaff(qint64 id)
{
    m_session.require(Permission::EditOrganisation);
    const Staff before = loadStaff(id);
    deleteRecord(*m_staff, kStaff, before, before.departmentId,
                 tr("%1 cannot be deleted because other records refer to them (%2). Retire them "
                    "instead.")
                     .arg(before.name));
}

// --- Buildings -----------------------------------------------------------------------------

std::optional<Building> OrgService::findBuilding(qint64 id) const
{
    return m_buildings->find(id);
}

Building OrgService::loadBuilding(qint64 id) const
{
    const auto b = m_buildings->find(id);
    if (!b)
        throw NotFoundError(tr("The building no longer exists."));
    return *b;
}

Building OrgService::building(qint64 id) const
{
    const Building b = loadBuilding(id);
    if (!m_scope->covers(b.departmentId))
        throw PermissionError(tr("This record belongs to another agency, outside your scope."));
    return b;
}

QList<BuildingRow> OrgService::listBuildings(const BuildingFilter &filter, int offset,
                                             int limit) const
{
    return m_buildings->list(scoped(filter), qMax(0, offset), qMax(0, limit));
}

QList<BuildingRow> OrgService::buildingsPageAfter(const BuildingFilter &filter,
                                                  const KeysetCursor &after, int limit) const
{
    return m_buildings->pageAfter(scoped(filter), after, qMax(0, limit));
}

int OrgService::countBuildings(const BuildingFilter &filter) const
{
    return m_buildings->count(scoped(filter));
}

void OrgService::validate(Building &b, const std::optional<Building> &before) const
{
    b.code = b.code.trimmed();
    b.name = b.name.trimmed();
    b.campus = b.campus.trimmed();
    b.address = b.address.trimmed();
    if (b.name.isEmpty())
        throw ValidationError(tr("Enter the building's name."));
    if (b.code.isEmpty())
        throw ValidationError(tr("Enter the building's code."));
    if (b.grossArea < 0 || b.usableArea < 0)
        throw ValidationError(tr("Areas cannot be negative."));
    if (b.usableArea > b.grossArea)
        throw ValidationError(tr("The usable area (%1) cannot exceed the gross floor area (%2).")
                                  .arg(formatAreaWithUnit(b.usableArea),
                                       formatAreaWithUnit(b.grossArea)));
    if (b.energyUsers < 0)
        throw ValidationError(tr("The number of energy users cannot be negative."));
    const int latestYear = m_clock.today().year() + 1;
    if (b.yearBuilt != 0 && (b.yearBuilt < kEarliestYearBuilt || b.yearBuilt > latestYear))
        throw ValidationError(tr("The year built must lie between %1 and %2.")
                                  .arg(kEarliestYearBuilt)
                                  .arg(latestYear));
    if (m_buildings->codeExists(b.code, b.id))
        throw ConflictError(tr("Another building already has the code \"%1\".").arg(b.code));
    if (b.departmentId > 0) {
        const auto dept = m_departments->find(b.departmentId);
        if (!dept)
            throw ValidationError(tr("The managing department no longer exists."));
        const bool changed = !before || before->departmentId != b.departmentId;
        if (changed && !dept->isActive())
            throw ValidationError(tr("The department \"%1\" is retired and cannot manage "
                                     "buildings.")
                                      .arg(dept->name));
    }
}

qint64 OrgService::createBuilding(const Building &building)
{
    m_session.require(Permission::EditOrganisation);
    return createRecord(*m_buildings, kBuilding, building, building.departmentId);
}

void OrgService::updateBuilding(const Building &building)
{
    m_session.require(Permission::EditOrganisation);
    const Building before = loadBuilding(building.id);
    updateRecord(*m_buildings, kBuilding, before, building, before.departmentId,
                 building.departmentId);
}

void OrgService::retireBuilding(qint64 id)
{
    m_session.require(Permission::EditOrganisation);
    const Building before = loadBuilding(id);
    m_scope->require(before.departmentId, kRetire, kBuilding, before.id);
    if (!before.isActive())
        throw ValidationError(tr("The building \"%1\" is already retired.").arg(before.name));
    storeStatus(*m_buildings, kBuilding, before, OrgStatus::Retired, kRetire);
}

void OrgService::reactivateBuilding(qint64 id)
{
    m_session.require(Permission::EditOrganisation);
    const Building before = loadBuilding(id);
    m_scope->require(before.departmentId, kReactivate, kBuilding, before.id);
    if (before.isActive())
        throw ValidationError(tr("The building \"%1\" is already active.").arg(before.name));
    storeStatus(*m_buildings, kBuilding, before, OrgStatus::Active, kReactivate);
}

void OrgService::deleteBuilding(qint64 id)
{
    m_session.require(Permission::EditOrganisation);
    const Building before = loadBuilding(id);
    deleteRecord(*m_buildings, kBuilding, before, before.departmentId,
                 tr("The building \"%1\" cannot be deleted because other records refer to it "
                    "(%2). Retire it instead.")
                     .arg(before.name));
}

// --- Ranks ---------------------------------------------------------------------------------

QList<Rank> OrgService::ranks(bool includeInactive) const
{
    return m_ranks->all(includeInactive);
}

QList<Rank> OrgService::ranksAtLevel(RankLevel level, bool includeInactive) const
{
    return m_ranks->atLevel(level, includeInactive);
}

Rank OrgService::rank(qint64 id) const
{
    const auto r = m_ranks->find(id);
    if (!r)
        throw NotFoundError(tr("The rank no longer exists."));
    return *r;
}

std::optional<Rank> OrgService::findRankByCode(const QString &code) const
{
    return m_ranks->findByCode(code);
}

qint64 OrgService::rankOfficeLimit(qint64 rankId) const
{
    return rank(rankId).officeLimit;
}

qint64 OrgService::staffOfficeLimit(qint64 staffId) const
{
    return rankOfficeLimit(staff(staffId).rankId);
}

void OrgService::addStaffChangeHook(StaffChangeHook hook)
{
    m_staffHooks.push_back(std::move(hook));
}

void OrgService::addRankChangeHook(RankChangeHook hook)
{
    m_rankHooks.push_back(std::move(hook));
}

QStringList OrgService::updateRank(const Rank &rank)
{
    m_session.require(Permission::ManageStandards);
    const Rank before = this->rank(rank.id);
    Rank r = before; // level, code and order are fixed by the standard
    r.name = rank.name.trimmed();
    r.nameEn = rank.nameEn.trimmed();
    r.officeLimit = rank.officeLimit;
    r.active = rank.active;
    if (r.name.isEmpty())
        throw ValidationError(tr("Enter the rank's name."));
    if (r.officeLimit <= 0)
        throw ValidationError(tr("The office area limit must be above zero."));
    if (r.officeLimit > kMaxOfficeLimit)
        throw ValidationError(tr("The office area limit cannot exceed %1.")
                                  .arg(formatAreaWithUnit(kMaxOfficeLimit)));
    Transaction tx(m_db);
    m_ranks->update(r);
    m_audit.record(kUpdate, kRank, r.id, toJson(before), toJson(r));
    QStringList notes;
    for (const RankChangeHook &hook : m_rankHooks)
        if (const QString note = hook(before, r); !note.isEmpty())
            notes << note;
    tx.commit();
    return notes;
}

} // namespace ga

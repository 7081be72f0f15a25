#pragma once

#include "offices/OfficeTypes.h"
#include "offices/RoomRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace ga {
class AuditLog;
class Clock;
class Database;
class OrgService;
class ScopeGuard;
class Session;
class SettingsService;
struct Rank;
struct Staff;
}

namespace ga::offices {

class AllocationRepository;
class CaseRepository;

// The office-space register (办公用房): rooms per building and floor, who sits where, each
// person's share of their office against their rank's limit, and the over-standard cases
// (超标整改) that follow from it.
//
// Rules (DESIGN.md, Offices):
// - A person's share = the office's usable area ÷ its current occupants, rounded up to the
//   0.01 m²; over-standard when it exceeds the limit of their rank (org's rank table), plus the
//   washroom allowance for the ranks the settings name. A share exactly on the limit is within.
// - Only offices count against the limit; service rooms are allocated to departments.
// - Every allocation, end of allocation, room edit, staff rank change and rank-table change
//   re-checks the people it touches in the same transaction: a case is opened for a share over
//   the limit and closed when it is back within (a rank-table change re-checks everyone).
// - Allocating so that anyone's share exceeds the limit needs Permission::ApproveAllocation
//   (a manager) and a recorded reason; the case it opens carries the reason as its plan.
// - One person holds one allocation at a time; a new one ends the current one on the new
//   one's start day (a move), in one transaction.
//
// Reads are filtered by the user's agency scope in SQL (the owner agency of a room, the
// department of a case's person); writes outside it are refused (ScopeGuard). Writes need
// Permission::EditOffices, settings Permission::ManageStandards; all are audited.
class OfficeService
{
    Q_DECLARE_TR_FUNCTIONS(OfficeService)
public:
    OfficeService(Database &db, Session &session, AuditLog &audit, const Clock &clock,
                  OrgService &org, SettingsService &settings);
    ~OfficeService();
    OfficeService(const OfficeService &) = delete;
    OfficeService &operator=(const OfficeService &) = delete;

    bool canEdit() const;
    bool canApprove() const;
    // The day the register is read on (the program's clock).
    QDate today() const;

    // --- Settings and limits ---------------------------------------------------------------
    OfficeSettings settings() const;
    // Saves the settings and re-checks everyone in the same transaction.
    RecheckResult updateSettings(const OfficeSettings &s);
    // A rank's office limit with the washroom allowance where it applies, 0.01 m².
    qint64 limitOf(const Rank &rank) const;
    qint64 staffLimit(qint64 staffId) const;

    // --- Rooms -----------------------------------------------------------------------------
    Room room(qint64 id) const;                 // NotFoundError; PermissionError outside scope
    QList<RoomRow> roomsPageAfter(const RoomFilter &filter, const KeysetCursor &after,
                                  int limit) const;
    int countRooms(const RoomFilter &filter) const;
    QList<FloorEntry> floors(bool includeDisposed = false) const;
    QList<RoomRow> roomsOnFloor(qint64 buildingId, int floor) const;

    qint64 createRoom(const Room &r);
    // Saves every field but the status; an area or use-type change re-checks the occupants.
    void updateRoom(const Room &r);
    // Under repair (refused while anyone holds it) or back in service.
    void setUnderRepair(qint64 roomId, bool repair);
    // Disposal (处置): refused while anyone holds it or it is lent out.
    void disposeRoom(qint64 roomId, const QDate &on, const QString &reason);

    // --- Allocations -----------------------------------------------------------------------
    // The shares of everyone in the room after the request, the new person included.
    QList<ShareCheck> previewAllocation(const AllocationRequest &request) const;
    // Allocates (or moves, ending the current allocation on the start day); returns its id.
    qint64 allocate(const AllocationRequest &request);
    // Ends an allocation on `end` (the first day it no longer holds).
    void endAllocation(qint64 allocationId, const QDate &end);
    QList<AllocationRow> roomHistory(qint64 roomId) const;
    QList<AllocationRow> staffHistory(qint64 staffId) const;
    QList<AllocationRow> currentOccupants(qint64 roomId) const;
    // A person's share of their current office; nullopt when they hold none.
    std::optional<ShareCheck> shareOfStaff(qint64 staffId) const;

    // --- The allocation assistant ----------------------------------------------------------
    // Offices of the person's agency where their share stays within their limit and no current
    // occupant would go over: nearest first (the floors, then the buildings, where their
    // department sits), then the fullest fit.
    QList<Suggestion> suggestOffices(qint64 staffId, int limit = 20) const;

    // --- Over-standard cases ---------------------------------------------------------------
    QList<CaseRow> casesPageAfter(const CaseFilter &filter, const KeysetCursor &after,
                                  int limit) const;
    int countCases(const CaseFilter &filter) const;
    int countOverdueCases() const;
    void updateCasePlan(qint64 caseId, const QString &plan, const QDate &deadline);
    // Re-checks everyone, in one transaction.
    RecheckResult recheckAll();
    // The same inside the demo generator's transaction, whose one audit row records the whole
    // generation: the cases opened are not audited one by one. Needs ManageStandards.
    RecheckResult recheckGenerated();

    // --- Department totals -----------------------------------------------------------------
    QList<DepartmentTotal> departmentTotals() const;

    // The reactions to org changes (Services installs them as OrgService hooks; they run inside
    // the org change's transaction).
    void staffChanged(const Staff &before, const Staff &after);
    QString rankChanged(const Rank &before, const Rank &after);

    // "2 cases opened, 1 closed (340 people checked)."
    static QString describe(const RecheckResult &r);

    static QJsonObject toJson(const Room &r);
    static QJsonObject toJson(const Allocation &a);
    static QJsonObject toJson(const OverStandardCase &c);

private:
    // The write side's unscoped load (the caller checks the scope).
    Room loadRoom(qint64 id) const;
    void validate(Room &r, const std::optional<Room> &before) const;
    void requireEdit() const;
    // Re-checks the people in `rooms` and `staff` (everyone with `all`); opens, updates and
    // closes their cases. `planForNew` becomes the plan of the cases it opens.
    RecheckResult recheck(const QSet<qint64> &rooms, const QSet<qint64> &staff, bool all,
                          const QString &planForNew = {}, bool audit = true);
    // In use while anyone holds it today, else vacant (repair, lent, disposed kept).
    void refreshStatus(qint64 roomId);
    QHash<qint64, qint64> limitsByRank() const;
    qint64 agencyOf(qint64 departmentId) const;

    Database &m_db;
    Session &m_session;
    AuditLog &m_audit;
    const Clock &m_clock;
    OrgService &m_org;
    SettingsService &m_settings;
    std::unique_ptr<RoomRepository> m_rooms;
    std::unique_ptr<AllocationRepository> m_allocations;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<ScopeGuard> m_scope;
};

} // namespace ga::offices

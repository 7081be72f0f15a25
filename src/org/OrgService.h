#pragma once

#include "org/OrgTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ga {

class AuditLog;
class BuildingRepository;
class Clock;
class Database;
class DepartmentRepository;
class RankRepository;
class ScopeGuard;
class Session;
class StaffRepository;

// The organisation every other module hangs on: the department tree, staff, buildings and the
// per-rank office area standards.
//
// Reading is open to every logged-in user. Writes to departments, staff and buildings need
// Permission::EditOrganisation; editing the rank table needs Permission::ManageStandards. Every
// write runs in one transaction and appends an audit row with the record before and after.
// Nothing that other records refer to is deleted: such a delete raises ConflictError asking the
// user to retire the record instead.
class OrgService
{
    Q_DECLARE_TR_FUNCTIONS(OrgService)
public:
    OrgService(Database &db, Session &session, AuditLog &audit, const Clock &clock);
    ~OrgService();
    OrgService(const OrgService &) = delete;
    OrgService &operator=(const OrgService &) = delete;

    // Courtesy checks for widgets (the write methods check again).
    bool canEdit() const;          // departments, staff, buildings
    bool canEditRanks() const;     // the rank table

    // --- Departments ---------------------------------------------------------------------
    Department department(qint64 id) const;                     // NotFoundError when absent
    std::optional<Department> findDepartment(qint64 id) const;
    // The whole tree in depth-first order (siblings by code), with paths and staff counts.
    // Retired departments (and everything below them) are left out unless asked for.
    QList<DepartmentEntry> departmentTree(bool includeRetired = false) const;
    // "银川市公安局 / 办公室"; empty for an unknown id.
    QString departmentPath(qint64 id) const;

    // Returns the new id. `d.id`, `status` and `createdAt` are ignored.
    qint64 createDepartment(const Department &d);
    // Saves every field but the status (see retire/reactivate).
    void updateDepartment(const Department &d);
    // Refused while the department still has active staff or active sub-departments.
    void retireDepartment(qint64 id);
    // Refused while its parent is retired.
    void reactivateDepartment(qint64 id);
    // Refused (ConflictError) when anything refers to it.
    void deleteDepartment(qint64 id);

    // --- Staff ---------------------------------------------------------------------------
    Staff staff(qint64 id) const;
    std::optional<Staff> findStaff(qint64 id) const;
    std::optional<Staff> findStaffByNumber(const QString &staffNo) const;
    QList<StaffRow> listStaff(const StaffFilter &filter, int offset, int limit) const;
    // The page after the row whose key is `after` (StaffRow::key; empty: the first page).
    QList<StaffRow> staffPageAfter(const StaffFilter &filter, const KeysetCursor &after,
                                   int limit) const;
    int countStaff(const StaffFilter &filter) const;

    qint64 createStaff(const Staff &s);
    void updateStaff(const Staff &s);
    void retireStaff(qint64 id);
    void reactivateStaff(qint64 id);
    void deleteStaff(qint64 id);

    // --- Buildings -----------------------------------------------------------------------
    Building building(qint64 id) const;
    std::optional<Building> findBuilding(qint64 id) const;
    QList<BuildingRow> listBuildings(const BuildingFilter &filter, int offset, int limit) const;
    // The page after the row whose key is `after` (BuildingRow::key; empty: the first page).
    QList<BuildingRow> buildingsPageAfter(const BuildingFilter &filter, const KeysetCursor &after,
                                          int limit) const;
    int countBuildings(const BuildingFilter &filter) const;

    qint64 createBuilding(const Building &b);
    void updateBuilding(const Building &b);
    void retireBuilding(qint64 id);
    void reactivateBuilding(qint64 id);
    void deleteBuilding(qint64 id);

    // --- Ranks and their office area limits ----------------------------------------------
    // Ordered by level (central first), then seniority.
    QList<Rank> ranks(bool includeInactive = true) const;
    QList<Rank> ranksAtLevel(RankLevel level, bool includeInactive = false) const;
    Rank rank(qint64 id) const;
    std::optional<Rank> findRankByCode(const QString &code) const;
    // The office usable-area limit per person of a rank, in 0.01 m².
    qint64 rankOfficeLimit(qint64 rankId) const;
    // The office limit of a staff member's rank, in 0.01 m².
    qint64 staffOfficeLimit(qint64 staffId) const;
    // Saves name, English name, office limit and whether the rank is offered for new staff.
    // Returns the notes of the rank hooks (below) for the user.
    QStringList updateRank(const Rank &r);

    // Other modules' reactions to a change, run inside the change's transaction (the office
    // module re-checks the office shares): a staff member's record saved or their status
    // changed, a rank saved. A rank hook returns a note for the user (empty: nothing to say).
    using StaffChangeHook = std::function<void(const Staff &before, const Staff &after)>;
    using RankChangeHook = std::function<QString(const Rank &before, const Rank &after)>;
    void addStaffChangeHook(StaffChangeHook hook);
    void addRankChangeHook(RankChangeHook hook);

    // Audit representations (also useful to other modules that log org records).
    static QJsonObject toJson(const Department &d);
    static QJsonObject toJson(const Staff &s);
    static QJsonObject toJson(const Building &b);
    static QJsonObject toJson(const Rank &r);

private:
    // The writes the department, staff and building records share: the scope of `owner` (the
    // department the record falls under; for an edit also `newOwner`, where it moves to), the
    // kind's validate(), one transaction with the row and its audit row.
    template<typename Repository, typename Record>
    qint64 createRecord(Repository &repository, const QString &entity, Record record,
                        qint64 owner);
    template<typename Repository, typename Record>
    void updateRecord(Repository &repository, const QString &entity, const Record &before,
                      Record record, qint64 owner, qint64 newOwner);
    // Refused with `referencedMessage` (its %1: what refers to it) while anything refers to it.
    template<typename Repository, typename Record>
    void deleteRecord(Repository &repository, const QString &entity, const Record &before,
                      qint64 owner, const QString &referencedMessage);
    template<typename Repository, typename Record>
    void storeStatus(Repository &repository, const QString &entity, const Record &before,
                     OrgStatus status, const QString &action);
    void validate(Department &d, const std::optional<Department> &before) const;
    void validate(Staff &s, const std::optional<Staff> &before) const;
    void validate(Building &b, const std::optional<Building> &before) const;
    QString describeReferences(const QStringList &tables) const;
    // Unscoped loads for the write paths, which check the scope themselves (and audit a refusal).
    Department loadDepartment(qint64 id) const;
    Staff loadStaff(qint64 id) const;
    Building loadBuilding(qint64 id) const;
    // The filter with the user's agency scope, whatever the caller set.
    template<typename Filter>
    Filter scoped(Filter filter) const;

    Database &m_db;
    Session &m_session;
    AuditLog &m_audit;
    const Clock &m_clock;
    std::unique_ptr<DepartmentRepository> m_departments;
    std::unique_ptr<StaffRepository> m_staff;
    std::unique_ptr<BuildingRepository> m_buildings;
    std::unique_ptr<RankRepository> m_ranks;
    std::unique_ptr<ScopeGuard> m_scope;
    std::vector<StaffChangeHook> m_staffHooks;
    std::vector<RankChangeHook> m_rankHooks;
};

} // namespace ga

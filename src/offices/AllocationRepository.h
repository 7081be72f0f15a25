#pragma once

#include "offices/OfficeTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <optional>

namespace ga {
class Database;
}

namespace ga::offices {

// One current occupant of an office as the share check reads it.
struct OccupantShare
{
    qint64 staffId = 0;
    QString name;
    qint64 roomId = 0;
    qint64 usableArea = 0;
    int occupants = 0;
    qint64 rankId = 0;
    qint64 departmentId = 0;     // the person's department
};

// SQL for `office_allocations`: who sits where, from when to when.
class AllocationRepository
{
    Q_DECLARE_TR_FUNCTIONS(AllocationRepository)
public:
    explicit AllocationRepository(Database &db);

    std::optional<Allocation> find(qint64 id) const;
    // The allocations holding on `day`.
    QList<Allocation> currentOfRoom(qint64 roomId, const QDate &day) const;
    std::optional<Allocation> currentOfStaff(qint64 staffId, const QDate &day) const;
    // Whether the person has an allocation that starts after `day`.
    bool hasLaterAllocation(qint64 staffId, const QDate &day) const;
    // Every allocation of a room / a person, newest first.
    QList<AllocationRow> historyOfRoom(qint64 roomId, const QDate &today) const;
    QList<AllocationRow> historyOfStaff(qint64 staffId, const QDate &today) const;

    // The current occupants of offices on `day`: everyone (`staff` empty and `all`), or the
    // people in `staff`.
    QList<OccupantShare> officeShares(const QDate &day, const QSet<qint64> &staff, bool all) const;
    // The people sitting in `rooms` on `day`.
    QSet<qint64> occupantsOf(const QSet<qint64> &rooms, const QDate &day) const;

    qint64 insert(const Allocation &a);
    void setEnd(qint64 id, const QDate &end);

private:
    QList<AllocationRow> history(const QString &column, qint64 id, const QDate &today) const;

    Database &m_db;
};

// "1,2,3" for an IN list of ids (integers only, never text).
QString idList(const QSet<qint64> &ids);

} // namespace ga::offices

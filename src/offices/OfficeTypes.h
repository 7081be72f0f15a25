#pragma once

#include "storage/Keyset.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <climits>
#include <optional>

namespace ga::offices {

// The plain types of the office-space module (resources/sql/0008_offices.sql). Areas are
// integers in 0.01 m² (org/OrgTypes.h formatArea()); an allocation holds from its start date up
// to, not including, its end date (invalid: still running).

enum class UseType { Office, Service, Equipment, Ancillary };
enum class ServiceKind { None, Meeting, Archive, Print, Reception, Canteen, Other };
enum class RoomStatus { InUse, Vacant, Repair, Lent, Disposed };

#define GA_DECLARE_OFFICE_ENUM(Enum)                        \
    QString key(Enum v);                                    \
    std::optional<Enum> from##Enum##Key(const QString &k);  \
    QString displayName(Enum v);                            \
    QList<Enum> all##Enum##s();

GA_DECLARE_OFFICE_ENUM(UseType)
GA_DECLARE_OFFICE_ENUM(ServiceKind)
GA_DECLARE_OFFICE_ENUM(RoomStatus)

#undef GA_DECLARE_OFFICE_ENUM

// A person's share of an office: its usable area divided among its occupants, rounded up to the
// 0.01 m², so that the share exceeds a limit exactly when the area does (limit × occupants).
qint64 shareOf(qint64 usableArea, int occupants);

struct Room
{
    qint64 id = 0;
    qint64 buildingId = 0;
    int floor = 1;
    QString number;
    UseType useType = UseType::Office;
    ServiceKind serviceKind = ServiceKind::None;  // service rooms only
    qint64 usableArea = 0;                        // 使用面积, 0.01 m²
    qint64 grossArea = 0;                         // 建筑面积, 0.01 m²
    RoomStatus status = RoomStatus::Vacant;
    qint64 departmentId = 0;                      // the owner agency
    QString notes;
    QDate disposedOn;
    QString disposalReason;
    qint64 createdAt = 0;

    bool isDisposed() const { return status == RoomStatus::Disposed; }
};

// A room as listed: with its building, owner, current occupants and whether a case is open.
struct RoomRow
{
    Room room;
    QString buildingName;
    QString departmentName;
    int occupants = 0;
    QString occupantNames;   // "王芳、李强"
    bool overStandard = false;
    KeysetCursor key;
};

enum class RoomSort { Location, Number, UsableArea };

struct RoomFilter
{
    QString text;                        // part of the room number or the notes
    qint64 buildingId = 0;
    int floor = INT_MIN;                 // INT_MIN: every floor
    qint64 departmentId = 0;             // the owner agency (and its subtree); 0: all
    std::optional<UseType> useType;
    std::optional<RoomStatus> status;
    bool overStandardOnly = false;       // rooms with an open over-standard case
    bool includeDisposed = false;
    RoomSort sort = RoomSort::Location;
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 scopeRoot = 0;                // set by the service from the user
};

struct Allocation
{
    qint64 id = 0;
    qint64 roomId = 0;
    qint64 staffId = 0;          // a person's office …
    qint64 departmentId = 0;     // … or a department's (service) room
    QDate start;
    QDate end;                   // invalid: still running; else the first day it no longer holds
    QString reason;              // why it was approved over the limit
    qint64 approvedBy = 0;
    qint64 createdAt = 0;

    bool holdsOn(const QDate &d) const { return start <= d && (!end.isValid() || d < end); }
};

// An allocation as listed in a room's or a person's history.
struct AllocationRow
{
    Allocation allocation;
    QString roomLabel;           // "A座 305"
    QString occupant;            // the person's or the department's name
    QString staffNo;
    bool flagged = false;        // the person has retired or left the post and still holds it
};

// One person's share of their office against their limit.
struct ShareCheck
{
    qint64 staffId = 0;
    QString name;
    qint64 roomId = 0;
    int occupants = 0;
    qint64 share = 0;            // 0.01 m²
    qint64 limit = 0;            // with the washroom allowance where it applies
    bool over() const { return share > limit; }
    qint64 excess() const { return share > limit ? share - limit : 0; }
};

enum class CaseStatus { Open, Closed };

// An over-standard case (超标整改): opened when a share exceeds the limit, closed when it is
// back within it.
struct OverStandardCase
{
    qint64 id = 0;
    qint64 staffId = 0;
    qint64 roomId = 0;
    qint64 departmentId = 0;
    QDate openedOn;
    QDate deadline;
    qint64 share = 0;
    qint64 limit = 0;
    qint64 excess = 0;
    QString plan;
    CaseStatus status = CaseStatus::Open;
    QDate closedOn;
    qint64 createdAt = 0;
};

struct CaseRow
{
    OverStandardCase overCase;
    QString staffName;
    QString staffNo;
    QString roomLabel;
    QString departmentName;
    bool overdue = false;
    KeysetCursor key;
};

struct CaseFilter
{
    bool openOnly = true;
    bool overdueOnly = false;
    qint64 scopeRoot = 0;
};

// What a re-check did: how many people it looked at, cases opened, closed and brought up to date.
struct RecheckResult
{
    int checked = 0;
    int opened = 0;
    int closed = 0;
    int updated = 0;
    RecheckResult &operator+=(const RecheckResult &o)
    {
        checked += o.checked;
        opened += o.opened;
        closed += o.closed;
        updated += o.updated;
        return *this;
    }
};

// What allocating a person or a department to a room asks for.
struct AllocationRequest
{
    qint64 roomId = 0;
    qint64 staffId = 0;          // one of these two
    qint64 departmentId = 0;
    QDate start;                 // invalid: today
    QString reason;              // required when a share would exceed its limit
};

// A room the assistant offers a person: their share there and how near it is to their
// department's other rooms (0 same floor, 1 same building, 2 elsewhere).
struct Suggestion
{
    Room room;
    QString buildingName;
    int occupants = 0;           // before the person moves in
    qint64 shareAfter = 0;
    int distance = 2;
};

// A department's space against its approved area (核定面积).
struct DepartmentTotal
{
    qint64 departmentId = 0;
    QString name;
    qint64 officeArea = 0;       // the shares of its staff's offices
    qint64 serviceArea = 0;      // service rooms allocated to it
    int staffCount = 0;          // active staff
    qint64 approvedArea = 0;
    qint64 perPerson() const { return staffCount > 0 ? (officeArea + staffCount - 1) / staffCount : 0; }
    qint64 excess() const
    {
        const qint64 total = officeArea + serviceArea;
        return approvedArea > 0 && total > approvedArea ? total - approvedArea : 0;
    }
};

// The washroom allowance and the rectification period (settings).
struct OfficeSettings
{
    qint64 washroomAllowance = 0;   // 0.01 m², added to the limit of the ranks below
    QStringList washroomRanks;      // rank codes
    int rectificationDays = 90;     // from a case's opening to its deadline
};

} // namespace ga::offices

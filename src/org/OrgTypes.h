#pragma once

#include "storage/Keyset.h"
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ga {

// The plain types of the organisation module (resources/sql/0001_foundation.sql): the
// department tree (bureau → agencies → divisions), staff, buildings and the per-rank office
// area standards. Areas are integers in 0.01 m² (formatArea() shows them in m²).

enum class DepartmentKind { Bureau, Agency, Division };
enum class OrgStatus { Active, Retired };
enum class Gender { Unspecified, Male, Female };
enum class RankLevel { Central, Provincial, City, County, Township };

QString departmentKindKey(DepartmentKind k);                  // "agency", stored
std::optional<DepartmentKind> departmentKindFromKey(const QString &key);
QString departmentKindDisplayName(DepartmentKind k);           // translated
QList<DepartmentKind> allDepartmentKinds();

QString orgStatusKey(OrgStatus s);                             // "active" / "retired"
std::optional<OrgStatus> orgStatusFromKey(const QString &key);
QString orgStatusDisplayName(OrgStatus s);

QString genderKey(Gender g);                                   // "", "male", "female"
std::optional<Gender> genderFromKey(const QString &key);
QString genderDisplayName(Gender g);
QList<Gender> allGenders();

QString rankLevelKey(RankLevel l);                             // "central" … "township"
std::optional<RankLevel> rankLevelFromKey(const QString &key);
QString rankLevelDisplayName(RankLevel l);
QList<RankLevel> allRankLevels();

// Areas: stored as integers of 0.01 m².
// "1,234.56" in the current locale (no unit).
QString formatArea(qint64 centiSquareMetres);
// "1,234.56 m²"
QString formatAreaWithUnit(qint64 centiSquareMetres);
// Parses "1234.5", "1,234.56" or "1234.56 m²"; refuses more than two decimals and negatives.
std::optional<qint64> parseArea(const QString &text);
inline qint64 areaFromSquareMetres(double m2) { return qRound64(m2 * 100.0); }
inline double areaToSquareMetres(qint64 centi) { return centi / 100.0; }

struct Department
{
    qint64 id = 0;
    qint64 parentId = 0;            // 0: a root of the tree
    QString code;
    QString name;
    DepartmentKind kind = DepartmentKind::Division;
    qint64 approvedArea = 0;        // 核定面积, 0.01 m²
    QString phone;
    OrgStatus status = OrgStatus::Active;
    qint64 createdAt = 0;           // UTC seconds

    bool isActive() const { return status == OrgStatus::Active; }
};

// One department as placed in the tree: depth-first order, with its full path name
// ("银川市公安局 / 办公室") and its active staff, directly and in the whole subtree.
struct DepartmentEntry
{
    Department department;
    QString path;
    int depth = 0;
    int staffCount = 0;
    int subtreeStaffCount = 0;
    int childCount = 0;
};

struct Staff
{
    qint64 id = 0;
    QString staffNo;
    QString name;
    Gender gender = Gender::Unspecified;
    qint64 departmentId = 0;
    qint64 rankId = 0;
    QString postTitle;
    QDate postStart;                // invalid: not recorded
    QDate postEnd;                  // invalid: still in post
    bool transferred = false;       // 交流干部
    QString phone;
    OrgStatus status = OrgStatus::Active;
    qint64 createdAt = 0;

    bool isActive() const { return status == OrgStatus::Active; }
};

// A staff member as listed, with the names of their department and rank.
struct StaffRow
{
    Staff staff;
    QString departmentName;
    QString rankName;
    KeysetCursor key; // its sort key in the list it came from (the next page's start)
};

enum class StaffSort { StaffNo, Name, Department, Rank, PostTitle, PostStart, PostEnd, Transferred, Status };

struct StaffFilter
{
    QString text;                   // part of the name or of the staff number
    qint64 departmentId = 0;        // 0: all departments
    bool includeSubDepartments = true;
    qint64 rankId = 0;              // 0: all ranks
    bool transferredOnly = false;
    bool includeRetired = false;
    StaffSort sort = StaffSort::StaffNo;
    Qt::SortOrder order = Qt::AscendingOrder;
    // The agency scope (org/AgencyScope.h): set by the service from the user, whatever the
    // caller put here; 0: the whole region.
    qint64 scopeRoot = 0;
};

struct Building
{
    qint64 id = 0;
    QString code;
    QString name;
    QString campus;
    QString address;
    qint64 departmentId = 0;        // the managing agency, 0: none
    qint64 grossArea = 0;           // 建筑面积, 0.01 m²
    qint64 usableArea = 0;          // 使用面积, 0.01 m²
    int energyUsers = 0;            // 用能人数
    int yearBuilt = 0;              // 0: unknown
    OrgStatus status = OrgStatus::Active;
    qint64 createdAt = 0;

    bool isActive() const { return status == OrgStatus::Active; }
};

struct BuildingRow
{
    Building building;
    QString departmentName;
    KeysetCursor key; // its sort key in the list it came from (the next page's start)
};

enum class BuildingSort { Code, Name, Campus, Department, GrossArea, UsableArea, EnergyUsers, YearBuilt, Status };

struct BuildingFilter
{
    QString text;                   // part of the code, name, campus or address
    qint64 departmentId = 0;
    bool includeRetired = false;
    BuildingSort sort = BuildingSort::Code;
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 scopeRoot = 0;           // as StaffFilter::scopeRoot
};

// A rank (职级) and the office usable-area limit per person its holders are entitled to.
struct Rank
{
    qint64 id = 0;
    RankLevel level = RankLevel::County;
    QString code;
    QString name;                   // Chinese name, as in the standard
    QString nameEn;
    int sortOrder = 0;
    qint64 officeLimit = 0;         // 0.01 m²
    bool active = true;

    // The name in the user's language: the English name unless the UI is Chinese.
    QString displayName() const;
};

} // namespace ga

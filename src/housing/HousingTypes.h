#pragma once

#include "core/Money.h"
#include "storage/Keyset.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ga::housing {

enum class ComplexStatus { Active, Retired };
enum class FlatStatus { Vacant, Occupied, Maintenance, Reserved };
enum class ApplicationStatus { Waiting, Offered, Housed, Withdrawn };
enum class OfferStatus { Open, Accepted, Declined };
enum class TenancyStatus { Active, Ended };
enum class ItemCondition { Ok, Damaged, Missing };

QString flatStatusKey(FlatStatus s);
std::optional<FlatStatus> flatStatusFromKey(const QString &key);
QString flatStatusDisplayName(FlatStatus s);
QList<FlatStatus> allFlatStatuses();
QString applicationStatusKey(ApplicationStatus s);
std::optional<ApplicationStatus> applicationStatusFromKey(const QString &key);
QString applicationStatusDisplayName(ApplicationStatus s);
QString offerStatusKey(OfferStatus s);
std::optional<OfferStatus> offerStatusFromKey(const QString &key);
QString offerStatusDisplayName(OfferStatus s);
QString tenancyStatusKey(TenancyStatus s);
QString tenancyStatusDisplayName(TenancyStatus s);
QString itemConditionKey(ItemCondition c);
std::optional<ItemCondition> itemConditionFromKey(const QString &key);
QString itemConditionDisplayName(ItemCondition c);

// A housing complex (小区): its rent rate per m² per month and the unit managing it, whose agency
// scope covers its flats, tenancies and rent.
struct Complex
{
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
    qint64 departmentId = 0;        // the managing unit
    qint64 rentRate = 0;            // fen per m² per month
    ComplexStatus status = ComplexStatus::Active;
    qint64 createdAt = 0;

    bool isActive() const { return status == ComplexStatus::Active; }
};

struct ComplexRow
{
    Complex complex;
    QString departmentName;
    int flats = 0;
    int vacant = 0;
    KeysetCursor key;
};

// One line of a flat's furnishing inventory.
struct InventoryItem
{
    qint64 id = 0;
    QString name;
    int quantity = 1;
    qint64 value = 0;               // replacement value, fen
};

struct Flat
{
    qint64 id = 0;
    qint64 complexId = 0;
    QString building;
    QString unit;
    int floor = 1;
    QString number;
    qint64 area = 0;                // 0.01 m²
    QString layout;                 // "2室1厅"
    QString waterMeter;
    QString powerMeter;
    QString gasMeter;
    FlatStatus status = FlatStatus::Vacant;
    QDate vacantSince;              // valid while vacant or reserved
    QList<InventoryItem> items;
    qint64 createdAt = 0;

    // "3号楼 2单元 501"
    QString label() const;
};

struct FlatRow
{
    Flat flat;                      // without items
    QString complexName;
    qint64 departmentId = 0;
    int daysVacant = -1;            // -1 when not vacant
    QString tenantName;             // the active tenancy's
    KeysetCursor key;
};

enum class FlatSort { Number, Area, Layout, Status };

struct FlatFilter
{
    QString text;                   // part of the building, number, layout or a meter number
    qint64 complexId = 0;
    std::optional<FlatStatus> status;
    QString layout;
    FlatSort sort = FlatSort::Number;
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 scopeRoot = 0;           // set by the service from the session
};

struct Application
{
    qint64 id = 0;
    qint64 staffId = 0;
    QDate appliedOn;
    QDate queueDate;                // the application date unless a decline lost the place
    int householdSize = 1;
    QString layout;
    int priorityPoints = 0;
    QString priorityGrounds;
    bool noLocalHousing = false;    // the applicant declares no housing locally
    ApplicationStatus status = ApplicationStatus::Waiting;
    qint64 createdAt = 0;
};

struct ApplicationRow
{
    Application application;
    QString staffName;
    QString staffNo;
    QString departmentName;
    qint64 departmentId = 0;
    int position = 0;               // 1-based place in its layout's queue (waiting only)
    QString skipNote;               // the last recorded skip reason that passed this applicant
    KeysetCursor key;
};

struct ApplicationFilter
{
    QString text;                   // part of the name or staff number
    QString layout;
    bool openOnly = true;           // waiting and offered
    qint64 scopeRoot = 0;
};

struct Offer
{
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 flatId = 0;
    QDate offeredOn;
    qint64 skippedApplicationId = 0;
    QString skipReason;
    OfferStatus status = OfferStatus::Open;
    QString declineReason;
    bool keepsPlace = true;
    QDate decidedOn;
};

struct OfferRow
{
    Offer offer;
    QString staffName;
    QString flatLabel;
    QString complexName;
    QString skippedName;
};

struct Tenancy
{
    qint64 id = 0;
    qint64 flatId = 0;
    qint64 staffId = 0;
    qint64 applicationId = 0;
    QDate start;
    QDate end;                      // the agreed end, inclusive
    qint64 area = 0;                // 0.01 m², frozen at signing
    qint64 rentRate = 0;            // fen per m² per month, frozen
    Money monthlyRent;
    Money deposit;
    Money credit;                   // overpayments carried to the next lines
    TenancyStatus status = TenancyStatus::Active;
    QDate endedOn;
    qint64 createdAt = 0;

    bool isActive() const { return status == TenancyStatus::Active; }
};

struct TenancyRow
{
    Tenancy tenancy;
    QString staffName;
    QString staffNo;
    QString flatLabel;
    QString complexName;
    qint64 complexId = 0;
    qint64 departmentId = 0;
    QDate postEnd;
    KeysetCursor key;
};

struct TenancyFilter
{
    QString text;                   // tenant's name or number, building or flat number
    qint64 complexId = 0;
    bool activeOnly = true;
    qint64 scopeRoot = 0;
};

struct Extension
{
    qint64 id = 0;
    qint64 tenancyId = 0;
    QDate previousEnd;
    QDate newEnd;
    bool beyondMax = false;
    QString reason;
    QString approvedBy;
    qint64 createdAt = 0;
};

struct RentLine
{
    qint64 id = 0;
    qint64 tenancyId = 0;
    QString month;                  // "2026-11"
    int days = 0;                   // days of the month in the tenancy
    int monthDays = 30;
    Money amount;
    Money paid;

    Money outstanding() const { return amount - paid; }
};

struct RentLineRow
{
    RentLine line;
    QString staffName;
    QString flatLabel;
    QString complexName;
    qint64 complexId = 0;
    KeysetCursor key;
};

struct RentRollFilter
{
    QString month;                  // required
    qint64 complexId = 0;
    bool unpaidOnly = false;
    QString text;                   // tenant's name
    qint64 scopeRoot = 0;
};

struct RentRollResult
{
    int added = 0;                  // lines written now
    int existing = 0;               // lines the month already had
    Money total;                    // of the added lines
};

struct RentRollTotals
{
    int lines = 0;
    Money amount;
    Money paid;
};

struct Payment
{
    qint64 id = 0;
    qint64 tenancyId = 0;
    qint64 lineId = 0;
    QDate paidOn;
    Money amount;
    QString note;
};

// What a payment did: how much went to the line it was made against, to the tenancy's other
// open lines (earliest first), and what was left as credit for the next lines.
struct PaymentResult
{
    qint64 paymentId = 0;
    Money toLine;
    Money toOtherLines;
    Money toCredit;
};

struct ArrearsRow
{
    qint64 tenancyId = 0;
    qint64 complexId = 0;
    QString staffName;
    QString flatLabel;
    QString complexName;
    int months = 0;                 // lines not fully paid
    QString oldestMonth;
    Money outstanding;
    KeysetCursor key;
};

struct ComplexArrears
{
    qint64 complexId = 0;
    QString complexName;
    int tenants = 0;
    Money outstanding;
};

struct ArrearsFilter
{
    qint64 complexId = 0;
    int minMonths = 1;
    qint64 scopeRoot = 0;
};

// One inventory line as found at check-out.
struct InspectionLine
{
    qint64 itemId = 0;              // 0 for a line not in the inventory
    QString name;
    ItemCondition condition = ItemCondition::Ok;
    Money cost;                     // damage cost (damaged or missing)
};

struct CheckoutDraft
{
    qint64 tenancyId = 0;
    QDate date;
    Money utilities;
    QList<InspectionLine> inspection;
    FlatStatus flatAfter = FlatStatus::Vacant;   // vacant or maintenance
    QString notes;
};

// The final settlement: balance = rent due + utilities + damages − deposit − credit;
// positive, the tenant pays it; negative, it is paid back.
struct Settlement
{
    qint64 id = 0;
    qint64 tenancyId = 0;
    QDate date;
    Money rentDue;
    Money utilities;
    Money damages;
    Money deposit;
    Money credit;
    Money balance;
    FlatStatus flatAfter = FlatStatus::Vacant;
    QString notes;
    QList<InspectionLine> inspection;
};

// An existing tenancy as a CSV row gives it (HousingService::importTenancies).
struct TenancyImport
{
    qint64 flatId = 0;
    qint64 staffId = 0;
    QString flatLabel;
    QString staffName;
    QDate start;
    QDate end;                      // invalid: the default term
    QDate endedOn;                  // valid: a past tenancy, already checked out
    Money deposit;
    std::optional<Money> monthlyRent; // none: area × the complex's rate
};

enum class AlertKind { EndingSoon, PostEnded, Arrears };

struct HousingAlert
{
    AlertKind kind = AlertKind::EndingSoon;
    qint64 tenancyId = 0;
    QString staffName;
    QString flatLabel;
    QDate date;                     // the agreed end, the post's end, the oldest unpaid month's 1st
    int days = 0;                   // days to the end; months in arrears
    Money amount;                   // arrears
    QString text;                   // translated description
};

} // namespace ga::housing

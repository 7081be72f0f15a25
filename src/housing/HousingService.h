#pragma once

#include "housing/HousingTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace ga {
class AuditLog;
class Clock;
class Database;
class ScopeGuard;
class Session;
class SettingsService;
}

namespace ga::housing {

class ApplicationRepository;
class ComplexRepository;
class FlatRepository;
class RentRepository;
class TenancyRepository;

// Turnover housing (周转住房, DESIGN.md Housing): the register of complexes and flats, the
// applications and their queue, offers, tenancies with their term rules, the monthly rent roll,
// payments and arrears, check-out with the final settlement, and the alerts.
//
// Writes need Permission::EditHousing (an extension beyond the maximum term needs
// Permission::ApproveHousing, a manager's); each runs in one transaction with its audit row.
// Reads and writes follow the agency scope: complexes, flats, tenancies and rent are the
// managing unit's (the complex's department); applications are the applicant's department's.
class HousingService
{
    Q_DECLARE_TR_FUNCTIONS(HousingService)
public:
    HousingService(Database &db, Session &session, AuditLog &audit, SettingsService &settings,
                   const Clock &clock);
    ~HousingService();
    HousingService(const HousingService &) = delete;
    HousingService &operator=(const HousingService &) = delete;

    bool canEdit() const;
    bool canApproveExtensions() const;
    QDate today() const;

    // --- Complexes ----------------------------------------------------------------------
    Complex complex(qint64 id) const;
    QList<ComplexRow> complexesPageAfter(bool includeRetired, const KeysetCursor &after,
                                         int limit) const;
    int countComplexes(bool includeRetired) const;
    QList<Complex> activeComplexes() const;      // for choices, by code
    qint64 createComplex(const Complex &c);
    void updateComplex(const Complex &c);        // every field but the status
    void retireComplex(qint64 id);
    void reactivateComplex(qint64 id);
    void deleteComplex(qint64 id);               // refused while it has flats

    // --- Flats --------------------------------------------------------------------------
    Flat flat(qint64 id) const;                  // with its inventory
    QList<FlatRow> flatsPageAfter(const FlatFilter &filter, const KeysetCursor &after,
                                  int limit) const;
    int countFlats(const FlatFilter &filter) const;
    QStringList layouts() const;
    qint64 createFlat(const Flat &f);            // status vacant (or maintenance)
    void updateFlat(const Flat &f);              // the status is kept
    // Vacant ↔ maintenance; an occupied or reserved flat changes through its tenancy or offer.
    void setFlatStatus(qint64 id, FlatStatus status);
    void deleteFlat(qint64 id);                  // refused once offered or let

    // --- Applications and the queue -----------------------------------------------------
    // Why `staffId` may not apply (empty: eligible): not a transferred cadre, local housing
    // not declared absent, already a tenant, post ended, an open application already.
    QStringList eligibilityProblems(qint64 staffId, bool noLocalHousing) const;
    qint64 fileApplication(const Application &a);  // ValidationError with the reasons
    void withdrawApplication(qint64 id);
    Application application(qint64 id) const;
    QList<ApplicationRow> applicationsPageAfter(const ApplicationFilter &filter,
                                                const KeysetCursor &after, int limit) const;
    int countApplications(const ApplicationFilter &filter) const;
    // The waiting applications for `layout` in queue order, each with its place.
    QList<ApplicationRow> queue(const QString &layout) const;

    // Offers vacant flat `flatId` to application `applicationId` (its layout). Offering to
    // anyone but the head of the layout's queue needs `skipReason`, recorded on the offer and in
    // the audit log.
    qint64 offerFlat(qint64 applicationId, qint64 flatId, const QString &skipReason = {});
    // The applicant declines: the flat is vacant again, the application waits; it keeps its
    // place or goes to the back of its priority (today's date) by the setting
    // housing.decline_keeps_place.
    void declineOffer(qint64 offerId, const QString &reason);
    // The applicant accepts: the tenancy is signed from `start` to `end` (invalid: the default
    // term), the rent frozen at area × the complex's rate; the flat becomes occupied.
    qint64 acceptOffer(qint64 offerId, const QDate &start, const QDate &end, Money deposit);
    QList<OfferRow> openOffers() const;

    // --- Tenancies ----------------------------------------------------------------------
    Tenancy tenancy(qint64 id) const;
    TenancyRow tenancyRow(qint64 id) const;
    QList<TenancyRow> tenanciesPageAfter(const TenancyFilter &filter, const KeysetCursor &after,
                                         int limit) const;
    int countTenancies(const TenancyFilter &filter) const;
    QDate defaultEnd(const QDate &start) const;  // the default term's last day
    QDate maxEnd(const QDate &start) const;      // the maximum term's last day
    // Moves the agreed end later. Beyond the maximum term only with ApproveHousing and a
    // reason; recorded as an extension either way.
    void extendTenancy(qint64 id, const QDate &newEnd, const QString &reason);
    QList<Extension> extensions(qint64 tenancyId) const;

    // --- Rent roll, payments, arrears ---------------------------------------------------
    // Writes the month's lines for every active tenancy in the user's scope that has none yet
    // (pro rata for a part month), applying carried credit; a second run adds nothing.
    RentRollResult generateRentRoll(const QString &month);
    QList<RentLineRow> rentRollPageAfter(const RentRollFilter &filter, const KeysetCursor &after,
                                         int limit) const;
    RentRollTotals rentRollTotals(const RentRollFilter &filter) const;
    // Records `amount` paid against line `lineId`: to that line first, the rest to the
    // tenancy's other unpaid lines (earliest first), what is left carried as credit.
    PaymentResult recordPayment(qint64 lineId, Money amount, const QDate &paidOn,
                                const QString &note = {});
    QList<RentLine> rentLines(qint64 tenancyId) const;
    QList<Payment> payments(qint64 tenancyId) const;
    QList<ArrearsRow> arrearsPageAfter(const ArrearsFilter &filter, const KeysetCursor &after,
                                       int limit) const;
    int countArrears(const ArrearsFilter &filter) const;
    QList<ComplexArrears> arrearsByComplex() const;

    // --- Check-out ----------------------------------------------------------------------
    // The inspection lines to fill: one per inventory item of the tenancy's flat.
    QList<InspectionLine> inspectionTemplate(qint64 tenancyId) const;
    // The settlement a check-out would make, stored nowhere.
    Settlement previewCheckOut(const CheckoutDraft &draft) const;
    // Stores it: rent to the day, the lines settled, the tenancy ended, the flat vacant or in
    // maintenance.
    Settlement checkOut(const CheckoutDraft &draft);
    std::optional<Settlement> settlement(qint64 tenancyId) const;

    // --- Import (the CSV importers' store step) ----------------------------------------
    // Each record held to the rules of the form it stands for; one transaction and one audit
    // row; returns the records refused (index, reason). `allOrNothing`: a refusal stores none.
    using Refusals = QList<std::pair<qsizetype, QString>>;
    Refusals importFlats(const QList<Flat> &flats, const QJsonObject &summary, bool allOrNothing);
    // Active tenancies make their flat occupied; a past one (endedOn) is stored ended. The term
    // limit and one active tenancy per flat and per person hold; eligibility is not asked of a
    // tenancy that already exists.
    Refusals importTenancies(const QList<TenancyImport> &tenancies, const QJsonObject &summary,
                             bool allOrNothing);

    // --- Alerts -------------------------------------------------------------------------
    // Tenancies ending within housing.alert_days, tenants whose post has ended, arrears of
    // housing.arrears_months months or more.
    QList<HousingAlert> alerts() const;
    int alertDays() const;
    int arrearsMonths() const;

    static QJsonObject toJson(const Complex &c);
    static QJsonObject toJson(const Flat &f);
    static QJsonObject toJson(const Application &a);
    static QJsonObject toJson(const Tenancy &t);
    static QJsonObject toJson(const Settlement &s);

private:
    struct CheckoutPlan;
    CheckoutPlan plan(const CheckoutDraft &draft) const;
    void requireEdit() const;
    qint64 scopeRoot() const;
    Complex loadComplex(qint64 id) const;
    Flat loadFlat(qint64 id) const;
    Tenancy loadTenancy(qint64 id) const;
    void validate(Complex &c) const;
    void validate(Flat &f) const;
    void requireTenancyInScope(qint64 tenancyId, const QString &action) const;

    Database &m_db;
    Session &m_session;
    AuditLog &m_audit;
    SettingsService &m_settings;
    const Clock &m_clock;
    std::unique_ptr<ComplexRepository> m_complexes;
    std::unique_ptr<FlatRepository> m_flats;
    std::unique_ptr<ApplicationRepository> m_applications;
    std::unique_ptr<TenancyRepository> m_tenancies;
    std::unique_ptr<RentRepository> m_rent;
    std::unique_ptr<ScopeGuard> m_scope;
};

} // namespace ga::housing

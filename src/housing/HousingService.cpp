#include "housing/HousingService.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Period.h"
#include "core/Session.h"
#include "housing/ApplicationRepository.h"
#include "housing/ComplexRepository.h"
#include "housing/FlatRepository.h"
#include "housing/HousingRent.h"
#include "housing/RentRepository.h"
#include "housing/TenancyRepository.h"
#include "org/OrgTypes.h"
#include "org/ScopeGuard.h"
#include "org/SettingsService.h"
#include "org/StaffRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace ga::housing {

namespace {

const QString kComplex = QStringLiteral("housing_complex");
const QString kFlat = QStringLiteral("housing_flat");
const QString kApplication = QStringLiteral("housing_application");
const QString kOffer = QStringLiteral("housing_offer");
const QString kTenancy = QStringLiteral("housing_tenancy");
const QString kRentRoll = QStringLiteral("housing_rent_roll");
const QString kPayment = QStringLiteral("housing_payment");
const QString kCheckout = QStringLiteral("housing_checkout");

const char *kDeclineKeepsPlace = SettingsService::HousingDeclineKeepsPlace;
const char *kArrearsMonths = SettingsService::HousingArrearsMonths;

// Largest rate accepted: ¥1,000 per m² per month.
constexpr qint64 kMaxRate = 100000;
// Largest flat: 1,000 m².
constexpr qint64 kMaxArea = 100000;

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? toIsoDate(d) : QString();
}

Money minMoney(Money a, Money b)
{
    return a < b ? a : b;
}

} // namespace

// What a check-out does to the rent lines, worked out before anything is written.
struct HousingService::CheckoutPlan
{
    Tenancy tenancy;
    QList<RentLine> changed;        // existing lines with a new amount (and paid)
    QList<RentLine> added;          // months never billed
    Settlement settlement;
};

HousingService::HousingService(Database &db, Session &session, AuditLog &audit,
                               SettingsService &settings, const Clock &clock)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_settings(settings)
    , m_clock(clock)
    , m_complexes(std::make_unique<ComplexRepository>(db))
    , m_flats(std::make_unique<FlatRepository>(db))
    , m_applications(std::make_unique<ApplicationRepository>(db))
    , m_tenancies(std::make_unique<TenancyRepository>(db))
    , m_rent(std::make_unique<RentRepository>(db))
    , m_scope(std::make_unique<ScopeGuard>(db, session, audit))
{
}

HousingService::~HousingService() = default;

bool HousingService::canEdit() const
{
    return m_session.can(Permission::EditHousing);
}

bool HousingService::canApproveExtensions() const
{
    return m_session.can(Permission::ApproveHousing);
}

QDate HousingService::today() const
{
    return m_clock.today();
}

void HousingService::requireEdit() const
{
    m_session.require(Permission::EditHousing);
}

qint64 HousingService::scopeRoot() const
{
    return m_scope->scope().root();
}

int HousingService::alertDays() const
{
    return m_settings.intValue(QString::fromLatin1(SettingsService::HousingAlertDays), 60);
}

int HousingService::arrearsMonths() const
{
    return m_settings.intValue(QString::fromLatin1(kArrearsMonths), 3);
}

QDate HousingService::defaultEnd(const QDate &start) const
{
    return termEnd(start,
                   m_settings.intValue(QString::fromLatin1(SettingsService::HousingTermDefaultYears), 3));
}

QDate HousingService::maxEnd(const QDate &start) const
{
    return termEnd(start,
                   m_settings.intValue(QString::fromLatin1(SettingsService::HousingTermMaxYears), 5));
}

// --- JSON for the audit log ----------------------------------------------------------------

QJsonObject HousingService::toJson(const Complex &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("code"), c.code},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("department_id"), c.departmentId},
            {QStringLiteral("rent_rate"), c.rentRate},
            {QStringLiteral("status"),
             c.isActive() ? QStringLiteral("active") : QStringLiteral("retired")}};
}

QJsonObject HousingService::toJson(const Flat &f)
{
    QJsonArray items;
    for (const InventoryItem &i : f.items)
        items.append(QJsonObject{{QStringLiteral("name"), i.name},
                                 {QStringLiteral("quantity"), i.quantity},
                                 {QStringLiteral("value"), i.value}});
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("complex_id"), f.complexId},
            {QStringLiteral("building"), f.building},
            {QStringLiteral("unit"), f.unit},
            {QStringLiteral("floor"), f.floor},
            {QStringLiteral("number"), f.number},
            {QStringLiteral("area"), f.area},
            {QStringLiteral("layout"), f.layout},
            {QStringLiteral("water_meter"), f.waterMeter},
            {QStringLiteral("power_meter"), f.powerMeter},
            {QStringLiteral("gas_meter"), f.gasMeter},
            {QStringLiteral("status"), flatStatusKey(f.status)},
            {QStringLiteral("items"), items}};
}

QJsonObject HousingService::toJson(const Application &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("staff_id"), a.staffId},
            {QStringLiteral("applied_on"), isoOrEmpty(a.appliedOn)},
            {QStringLiteral("queue_date"), isoOrEmpty(a.queueDate)},
            {QStringLiteral("household_size"), a.householdSize},
            {QStringLiteral("layout"), a.layout},
            {QStringLiteral("priority_points"), a.priorityPoints},
            {QStringLiteral("priority_grounds"), a.priorityGrounds},
            {QStringLiteral("no_local_housing"), a.noLocalHousing},
            {QStringLiteral("status"), applicationStatusKey(a.status)}};
}

QJsonObject HousingService::toJson(const Tenancy &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("flat_id"), t.flatId},
            {QStringLiteral("staff_id"), t.staffId},
            {QStringLiteral("start"), isoOrEmpty(t.start)},
            {QStringLiteral("end"), isoOrEmpty(t.end)},
            {QStringLiteral("area"), t.area},
            {QStringLiteral("rent_rate"), t.rentRate},
            {QStringLiteral("monthly_rent"), t.monthlyRent.fen()},
            {QStringLiteral("deposit"), t.deposit.fen()},
            {QStringLiteral("status"), tenancyStatusKey(t.status)}};
}

QJsonObject HousingService::toJson(const Settlement &s)
{
    QJsonArray lines;
    for (const InspectionLine &l : s.inspection)
        lines.append(QJsonObject{{QStringLiteral("name"), l.name},
                                 {QStringLiteral("condition"), itemConditionKey(l.condition)},
                                 {QStringLiteral("cost"), l.cost.fen()}});
    return {{QStringLiteral("tenancy_id"), s.tenancyId},
            {QStringLiteral("date"), isoOrEmpty(s.date)},
            {QStringLiteral("rent_due"), s.rentDue.fen()},
            {QStringLiteral("utilities"), s.utilities.fen()},
            {QStringLiteral("damages"), s.damages.fen()},
            {QStringLiteral("deposit"), s.deposit.fen()},
            {QStringLiteral("credit"), s.credit.fen()},
            {QStringLiteral("balance"), s.balance.fen()},
            {QStringLiteral("flat_status"), flatStatusKey(s.flatAfter)},
            {QStringLiteral("inspection"), lines}};
}

// --- Complexes -----------------------------------------------------------------------------

Complex HousingService::loadComplex(qint64 id) const
{
    const auto c = m_complexes->find(id);
    if (!c)
        throw NotFoundError(tr("The housing complex no longer exists."));
    return *c;
}

Complex HousingService::complex(qint64 id) const
{
    const Complex c = loadComplex(id);
    if (!m_scope->covers(c.departmentId))
        throw PermissionError(tr("This record belongs to another agency, outside your scope."));
    return c;
}

QList<ComplexRow> HousingService::complexesPageAfter(bool includeRetired,
                                                     const KeysetCursor &after, int limit) const
{
    return m_complexes->pageAfter(scopeRoot(), includeRetired, after, limit);
}

int HousingService::countComplexes(bool includeRetired) const
{
    return m_complexes->count(scopeRoot(), includeRetired);
}

QList<Complex> HousingService::activeComplexes() const
{
    QList<Complex> out;
    for (const ComplexRow &row : m_complexes->pageAfter(scopeRoot(), false, {}, 100000))
        out << row.complex;
    return out;
}

void HousingService::validate(Complex &c) const
{
    c.code = c.code.trimmed();
    c.name = c.name.trimmed();
    c.address = c.address.trimmed();
    if (c.code.isEmpty())
        throw ValidationError(tr("The complex needs a code."));
    if (c.name.isEmpty())
        throw ValidationError(tr("The complex needs a name."));
    if (c.departmentId <= 0)
        throw ValidationError(tr("Choose the unit that manages the complex."));
    if (c.rentRate <= 0 || c.rentRate > kMaxRate)
        throw ValidationError(tr("The rent rate must be more than ¥0 and at most ¥1,000 per m² "
                                 "per month."));
    if (m_complexes->codeExists(c.code, c.id))
        throw ValidationError(tr("Another complex already has the code %1.").arg(c.code));
}

qint64 HousingService::createComplex(const Complex &input)
{
    requireEdit();
    Complex c = input;
    c.id = 0;
    c.status = ComplexStatus::Active;
    c.createdAt = m_clock.nowSecs();
    validate(c);
    m_scope->require(c.departmentId, QStringLiteral("create"), kComplex, 0);
    Transaction tx(m_db);
    c.id = m_complexes->insert(c);
    m_audit.record(QStringLiteral("create"), kComplex, c.id, {}, toJson(c));
    tx.commit();
    return c.id;
}

void HousingService::updateComplex(const Complex &input)
{
    requireEdit();
    const Complex before = loadComplex(input.id);
    m_scope->require(before.departmentId, QStringLiteral("update"), kComplex, before.id);
    Complex c = input;
    c.status = before.status;
    c.createdAt = before.createdAt;
    validate(c);
    if (c.departmentId != before.departmentId)
        m_scope->require(c.departmentId, QStringLiteral("update"), kComplex, c.id);
    Transaction tx(m_db);
    m_complexes->update(c);
    m_audit.record(QStringLiteral("update"), kComplex, c.id, toJson(before), toJson(c));
    tx.commit();
}

void HousingService::retireComplex(qint64 id)
{
    requireEdit();
    const Complex before = loadComplex(id);
    m_scope->require(before.departmentId, QStringLiteral("retire"), kComplex, id);
    Complex after = before;
    after.status = ComplexStatus::Retired;
    Transaction tx(m_db);
    m_complexes->setStatus(id, ComplexStatus::Retired);
    m_audit.record(QStringLiteral("retire"), kComplex, id, toJson(before), toJson(after));
    tx.commit();
}

void HousingService::reactivateComplex(qint64 id)
{
    requireEdit();
    const Complex before = loadComplex(id);
    m_scope->require(before.departmentId, QStringLiteral("reactivate"), kComplex, id);
    Complex after = before;
    after.status = ComplexStatus::Active;
    Transaction tx(m_db);
    m_complexes->setStatus(id, ComplexStatus::Active);
    m_audit.record(QStringLiteral("reactivate"), kComplex, id, toJson(before), toJson(after));
    tx.commit();
}

void HousingService::deleteComplex(qint64 id)
{
    requireEdit();
    const Complex before = loadComplex(id);
    m_scope->require(before.departmentId, QStringLiteral("delete"), kComplex, id);
    if (m_complexes->hasFlats(id))
        throw ConflictError(tr("The complex \"%1\" still has flats; retire it instead.")
                                .arg(before.name));
    Transaction tx(m_db);
    m_complexes->remove(id);
    m_audit.record(QStringLiteral("delete"), kComplex, id, toJson(before), {});
    tx.commit();
}

// --- Flats ---------------------------------------------------------------------------------

Flat HousingService::loadFlat(qint64 id) const
{
    const auto f = m_flats->find(id);
    if (!f)
        throw NotFoundError(tr("The flat no longer exists."));
    return *f;
}

Flat HousingService::flat(qint64 id) const
{
    const Flat f = loadFlat(id);
    if (!m_scope->covers(m_flats->departmentOf(id)))
        throw PermissionError(tr("This record belongs to another agency, outside your scope."));
    return f;
}

QList<FlatRow> HousingService::flatsPageAfter(const FlatFilter &filter, const KeysetCursor &after,
                                              int limit) const
{
    FlatFilter f = filter;
    f.scopeRoot = scopeRoot();
    QList<FlatRow> rows = m_flats->pageAfter(f, after, limit);
    const QDate now = today();
    for (FlatRow &row : rows)
        row.daysVacant = row.flat.status == FlatStatus::Vacant && row.flat.vacantSince.isValid()
            ? int(std::max<qint64>(0, row.flat.vacantSince.daysTo(now)))
            : -1;
    return rows;
}

int HousingService::countFlats(const FlatFilter &filter) const
{
    FlatFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_flats->count(f);
}

QStringList HousingService::layouts() const
{
    return m_flats->layouts();
}

void HousingService::validate(Flat &f) const
{
    f.building = f.building.trimmed();
    f.unit = f.unit.trimmed();
    f.number = f.number.trimmed();
    f.layout = f.layout.trimmed();
    f.waterMeter = f.waterMeter.trimmed();
    f.powerMeter = f.powerMeter.trimmed();
    f.gasMeter = f.gasMeter.trimmed();
    if (f.complexId <= 0)
        throw ValidationError(tr("Choose the complex the flat is in."));
    if (f.building.isEmpty())
        throw ValidationError(tr("The flat needs its building."));
    if (f.number.isEmpty())
        throw ValidationError(tr("The flat needs its number."));
    if (f.area <= 0 || f.area > kMaxArea)
        throw ValidationError(tr("The flat's area must be more than 0 and at most 1,000 m²."));
    if (f.layout.isEmpty())
        throw ValidationError(tr("The flat needs its layout (e.g. 2室1厅)."));
    if (f.floor < -5 || f.floor > 200)
        throw ValidationError(tr("The floor must lie between -5 and 200."));
    for (InventoryItem &item : f.items) {
        item.name = item.name.trimmed();
        if (item.name.isEmpty())
            throw ValidationError(tr("Every inventory line needs the item's name."));
        if (item.quantity <= 0)
            throw ValidationError(tr("The quantity of \"%1\" must be at least 1.").arg(item.name));
        if (item.value < 0)
            throw ValidationError(tr("The value of \"%1\" cannot be negative.").arg(item.name));
    }
    if (const auto other = m_flats->findId(f.complexId, f.building, f.unit, f.number);
        other && *other != f.id)
        throw ValidationError(tr("The complex already has the flat %1.").arg(f.label()));
}

qint64 HousingService::createFlat(const Flat &input)
{
    requireEdit();
    Flat f = input;
    f.id = 0;
    if (f.status != FlatStatus::Maintenance)
        f.status = FlatStatus::Vacant;
    f.vacantSince = f.status == FlatStatus::Vacant ? today() : QDate();
    f.createdAt = m_clock.nowSecs();
    validate(f);
    const Complex c = loadComplex(f.complexId);
    m_scope->require(c.departmentId, QStringLiteral("create"), kFlat, 0);
    Transaction tx(m_db);
    f.id = m_flats->insert(f);
    m_audit.record(QStringLiteral("create"), kFlat, f.id, {}, toJson(f));
    tx.commit();
    return f.id;
}

void HousingService::updateFlat(const Flat &input)
{
    requireEdit();
    const Flat before = loadFlat(input.id);
    m_scope->require(m_flats->departmentOf(before.id), QStringLiteral("update"), kFlat, before.id);
    Flat f = input;
    f.status = before.status;
    f.vacantSince = before.vacantSince;
    f.createdAt = before.createdAt;
    validate(f);
    if (f.complexId != before.complexId) {
        if (before.status == FlatStatus::Occupied || before.status == FlatStatus::Reserved)
            throw ValidationError(tr("A flat that is let or offered cannot move to another "
                                     "complex."));
        m_scope->require(loadComplex(f.complexId).departmentId, QStringLiteral("update"), kFlat,
                         f.id);
    }
    Transaction tx(m_db);
    m_flats->update(f);
    m_audit.record(QStringLiteral("update"), kFlat, f.id, toJson(before), toJson(f));
    tx.commit();
}

void HousingService::setFlatStatus(qint64 id, FlatStatus status)
{
    requireEdit();
    const Flat before = loadFlat(id);
    m_scope->require(m_flats->departmentOf(id), QStringLiteral("update"), kFlat, id);
    if (status != FlatStatus::Vacant && status != FlatStatus::Maintenance)
        throw ValidationError(tr("A flat becomes occupied or reserved only through a tenancy or "
                                 "an offer."));
    if (before.status == FlatStatus::Occupied || before.status == FlatStatus::Reserved)
        throw ValidationError(tr("The flat %1 is %2: end the tenancy or the offer first.")
                                  .arg(before.label(), flatStatusDisplayName(before.status)));
    if (before.status == status)
        return;
    Flat after = before;
    after.status = status;
    after.vacantSince = status == FlatStatus::Vacant ? today() : QDate();
    Transaction tx(m_db);
    m_flats->setStatus(id, status, after.vacantSince);
    m_audit.record(QStringLiteral("update"), kFlat, id, toJson(before), toJson(after));
    tx.commit();
}

void HousingService::deleteFlat(qint64 id)
{
    requireEdit();
    const Flat before = loadFlat(id);
    m_scope->require(m_flats->departmentOf(id), QStringLiteral("delete"), kFlat, id);
    if (m_flats->isReferenced(id))
        throw ConflictError(tr("The flat %1 has been offered or let; its history is kept. Set "
                               "it to maintenance instead.")
                                .arg(before.label()));
    Transaction tx(m_db);
    m_flats->remove(id);
    m_audit.record(QStringLiteral("delete"), kFlat, id, toJson(before), {});
    tx.commit();
}

// --- Applications and the queue ------------------------------------------------------------

QStringList HousingService::eligibilityProblems(qint64 staffId, bool noLocalHousing) const
{
    StaffRepository staffRepository(m_db);
    const auto staff = staffRepository.find(staffId);
    if (!staff)
        return {tr("The staff member no longer exists.")};
    QStringList problems;
    if (staff->status != OrgStatus::Active)
        problems << tr("%1's staff record is retired.").arg(staff->name);
    if (!staff->transferred)
        problems << tr("%1 is not a transferred cadre (交流干部).").arg(staff->name);
    if (!noLocalHousing)
        problems << tr("%1 has not declared having no housing locally.").arg(staff->name);
    if (m_tenancies->activeOfStaff(staffId))
        problems << tr("%1 already holds a tenancy.").arg(staff->name);
    if (staff->postEnd.isValid() && staff->postEnd < today())
        problems << tr("%1's post ended on %2.").arg(staff->name, toIsoDate(staff->postEnd));
    if (m_applications->openOf(staffId))
        problems << tr("%1 already has an open application.").arg(staff->name);
    return problems;
}

qint64 HousingService::fileApplication(const Application &input)
{
    requireEdit();
    Application a = input;
    a.id = 0;
    a.layout = a.layout.trimmed();
    a.priorityGrounds = a.priorityGrounds.trimmed();
    a.status = ApplicationStatus::Waiting;
    if (!a.appliedOn.isValid())
        a.appliedOn = today();
    a.queueDate = a.appliedOn;
    a.createdAt = m_clock.nowSecs();
    if (a.appliedOn > today())
        throw ValidationError(tr("The application date cannot be in the future."));
    if (a.householdSize < 1 || a.householdSize > 20)
        throw ValidationError(tr("The household size must lie between 1 and 20."));
    if (a.layout.isEmpty())
        throw ValidationError(tr("Choose the layout applied for."));
    if (a.priorityPoints < 0 || a.priorityPoints > 1000)
        throw ValidationError(tr("Priority points must lie between 0 and 1000."));
    if (a.priorityPoints > 0 && a.priorityGrounds.isEmpty())
        throw ValidationError(tr("Priority points need their grounds."));
    StaffRepository staffRepository(m_db);
    const auto staff = staffRepository.find(a.staffId);
    if (!staff)
        throw ValidationError(tr("Choose the applicant."));
    m_scope->require(staff->departmentId, QStringLiteral("create"), kApplication, 0);
    const QStringList problems = eligibilityProblems(a.staffId, a.noLocalHousing);
    if (!problems.isEmpty())
        throw ValidationError(tr("%1 may not apply for turnover housing:\n%2")
                                  .arg(staff->name, problems.join(QLatin1Char('\n'))));
    Transaction tx(m_db);
    try {
        a.id = m_applications->insert(a);
    } catch (const ConflictError &) {
        throw ConflictError(tr("%1 already has an open application.").arg(staff->name));
    }
    m_audit.record(QStringLiteral("create"), kApplication, a.id, {}, toJson(a));
    tx.commit();
    return a.id;
}

Application HousingService::application(qint64 id) const
{
    const auto a = m_applications->find(id);
    if (!a)
        throw NotFoundError(tr("The application no longer exists."));
    if (!m_scope->covers(m_applications->departmentOf(id)))
        throw PermissionError(tr("This record belongs to another agency, outside your scope."));
    return *a;
}

void HousingService::withdrawApplication(qint64 id)
{
    requireEdit();
    const auto before = m_applications->find(id);
    if (!before)
        throw NotFoundError(tr("The application no longer exists."));
    m_scope->require(m_applications->departmentOf(id), QStringLiteral("withdraw"), kApplication,
                     id);
    if (before->status != ApplicationStatus::Waiting)
        throw ValidationError(tr("Only a waiting application can be withdrawn (this one is %1).")
                                  .arg(applicationStatusDisplayName(before->status)));
    Application after = *before;
    after.status = ApplicationStatus::Withdrawn;
    Transaction tx(m_db);
    m_applications->setStatus(id, ApplicationStatus::Withdrawn);
    m_audit.record(QStringLiteral("withdraw"), kApplication, id, toJson(*before), toJson(after));
    tx.commit();
}

QList<ApplicationRow> HousingService::applicationsPageAfter(const ApplicationFilter &filter,
                                                            const KeysetCursor &after,
                                                            int limit) const
{
    ApplicationFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_applications->pageAfter(f, after, limit);
}

int HousingService::countApplications(const ApplicationFilter &filter) const
{
    ApplicationFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_applications->count(f);
}

QList<ApplicationRow> HousingService::queue(const QString &layout) const
{
    return m_applications->queue(layout, scopeRoot());
}

qint64 HousingService::offerFlat(qint64 applicationId, qint64 flatId, const QString &skipReason)
{
    requireEdit();
    const auto app = m_applications->find(applicationId);
    if (!app)
        throw NotFoundError(tr("The application no longer exists."));
    const Flat f = loadFlat(flatId);
    m_scope->require(m_flats->departmentOf(flatId), QStringLiteral("offer"), kOffer, 0);
    if (app->status != ApplicationStatus::Waiting)
        throw ValidationError(tr("Only a waiting application can be offered a flat (this one is "
                                 "%1).")
                                  .arg(applicationStatusDisplayName(app->status)));
    if (f.status != FlatStatus::Vacant)
        throw ValidationError(tr("The flat %1 is %2, not vacant.")
                                  .arg(f.label(), flatStatusDisplayName(f.status)));
    if (f.layout != app->layout)
        throw ValidationError(tr("The flat %1 is a %2; the application is for a %3.")
                                  .arg(f.label(), f.layout, app->layout));
    const QString reason = skipReason.trimmed();
    const std::optional<qint64> head = m_applications->head(app->layout);
    Offer o;
    o.applicationId = applicationId;
    o.flatId = flatId;
    o.offeredOn = today();
    if (head && *head != applicationId) {
        if (reason.isEmpty()) {
            StaffRepository staffRepository(m_db);
            const auto headApp = m_applications->find(*head);
            const auto headStaff = headApp ? staffRepository.find(headApp->staffId) : std::nullopt;
            throw ValidationError(
                tr("%1 is at the head of the queue for %2. Offering the flat to anyone else "
                   "needs a recorded reason.")
                    .arg(headStaff ? headStaff->name : QString::number(*head), app->layout));
        }
        o.skippedApplicationId = *head;
        o.skipReason = reason;
    }
    Transaction tx(m_db);
    try {
        o.id = m_applications->insertOffer(o, m_clock.nowSecs());
    } catch (const ConflictError &) {
        throw ConflictError(tr("The flat or the applicant already has an open offer."));
    }
    m_applications->setStatus(applicationId, ApplicationStatus::Offered);
    m_flats->setStatus(flatId, FlatStatus::Reserved, f.vacantSince);
    QJsonObject after{{QStringLiteral("application_id"), applicationId},
                      {QStringLiteral("flat_id"), flatId},
                      {QStringLiteral("offered_on"), toIsoDate(o.offeredOn)}};
    if (o.skippedApplicationId > 0) {
        after.insert(QStringLiteral("skipped_application_id"), o.skippedApplicationId);
        after.insert(QStringLiteral("skip_reason"), o.skipReason);
    }
    m_audit.record(QStringLiteral("offer"), kOffer, o.id, {}, after);
    tx.commit();
    return o.id;
}

void HousingService::declineOffer(qint64 offerId, const QString &reason)
{
    requireEdit();
    const auto o = m_applications->findOffer(offerId);
    if (!o)
        throw NotFoundError(tr("The offer no longer exists."));
    m_scope->require(m_flats->departmentOf(o->flatId), QStringLiteral("decline"), kOffer, offerId);
    if (o->status != OfferStatus::Open)
        throw ValidationError(tr("The offer has already been answered."));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw ValidationError(tr("Record why the offer was declined."));
    const bool keepsPlace = m_settings.intValue(QString::fromLatin1(kDeclineKeepsPlace), 1) != 0;
    const Flat f = loadFlat(o->flatId);
    Transaction tx(m_db);
    m_applications->decideOffer(offerId, OfferStatus::Declined, why, keepsPlace, today());
    m_applications->setStatus(o->applicationId, ApplicationStatus::Waiting);
    if (!keepsPlace)
        m_applications->setQueueDate(o->applicationId, today());
    m_flats->setStatus(o->flatId, FlatStatus::Vacant,
                       f.vacantSince.isValid() ? f.vacantSince : today());
    m_audit.record(QStringLiteral("decline"), kOffer, offerId, {},
                   {{QStringLiteral("reason"), why},
                    {QStringLiteral("keeps_place"), keepsPlace},
                    {QStringLiteral("application_id"), o->applicationId}});
    tx.commit();
}

qint64 HousingService::acceptOffer(qint64 offerId, const QDate &start, const QDate &endIn,
                                   Money deposit)
{
    requireEdit();
    const auto o = m_applications->findOffer(offerId);
    if (!o)
        throw NotFoundError(tr("The offer no longer exists."));
    m_scope->require(m_flats->departmentOf(o->flatId), QStringLiteral("sign"), kTenancy, 0);
    if (o->status != OfferStatus::Open)
        throw ValidationError(tr("The offer has already been answered."));
    if (!start.isValid())
        throw ValidationError(tr("Enter the tenancy's start date."));
    const QDate end = endIn.isValid() ? endIn : defaultEnd(start);
    if (end < start)
        throw ValidationError(tr("The tenancy cannot end before it starts."));
    if (end > maxEnd(start))
        throw ValidationError(tr("The tenancy would end on %1, beyond the maximum term (last day "
                                 "%2). Sign it for the maximum term; a manager may extend it "
                                 "later with a recorded reason.")
                                  .arg(toIsoDate(end), toIsoDate(maxEnd(start))));
    if (deposit < Money())
        throw ValidationError(tr("The deposit cannot be negative."));
    const auto app = m_applications->find(o->applicationId);
    const Flat f = loadFlat(o->flatId);
    const Complex c = loadComplex(f.complexId);
    Tenancy t;
    t.flatId = f.id;
    t.staffId = app->staffId;
    t.applicationId = app->id;
    t.start = start;
    t.end = end;
    t.area = f.area;
    t.rentRate = c.rentRate;
    t.monthlyRent = monthlyRent(f.area, c.rentRate);
    t.deposit = deposit;
    t.createdAt = m_clock.nowSecs();
    Transaction tx(m_db);
    try {
        t.id = m_tenancies->insert(t);
    } catch (const ConflictError &) {
        throw ConflictError(tr("The flat or the tenant already has an active tenancy."));
    }
    m_applications->decideOffer(offerId, OfferStatus::Accepted, QString(), true, today());
    m_applications->setStatus(app->id, ApplicationStatus::Housed);
    m_flats->setStatus(f.id, FlatStatus::Occupied, QDate());
    m_audit.record(QStringLiteral("sign"), kTenancy, t.id, {}, toJson(t));
    tx.commit();
    return t.id;
}

QList<OfferRow> HousingService::openOffers() const
{
    return m_applications->openOffers(scopeRoot());
}

// --- Tenancies -----------------------------------------------------------------------------

Tenancy HousingService::loadTenancy(qint64 id) const
{
    const auto t = m_tenancies->find(id);
    if (!t)
        throw NotFoundError(tr("The tenancy no longer exists."));
    return *t;
}

void HousingService::requireTenancyInScope(qint64 tenancyId, const QString &action) const
{
    m_scope->require(m_tenancies->departmentOf(tenancyId), action, kTenancy, tenancyId);
}

Tenancy HousingService::tenancy(qint64 id) const
{
    const Tenancy t = loadTenancy(id);
    if (!m_scope->covers(m_tenancies->departmentOf(id)))
        throw PermissionError(tr("This record belongs to another agency, outside your scope."));
    return t;
}

TenancyRow HousingService::tenancyRow(qint64 id) const
{
    const auto row = m_tenancies->findRow(id);
    if (!row)
        throw NotFoundError(tr("The tenancy no longer exists."));
    if (!m_scope->covers(row->departmentId))
        throw PermissionError(tr("This record belongs to another agency, outside your scope."));
    return *row;
}

QList<TenancyRow> HousingService::tenanciesPageAfter(const TenancyFilter &filter,
                                                     const KeysetCursor &after, int limit) const
{
    TenancyFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_tenancies->pageAfter(f, after, limit);
}

int HousingService::countTenancies(const TenancyFilter &filter) const
{
    TenancyFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_tenancies->count(f);
}

void HousingService::extendTenancy(qint64 id, const QDate &newEnd, const QString &reason)
{
    if (!canEdit() && !canApproveExtensions())
        m_session.require(Permission::EditHousing);
    const Tenancy before = loadTenancy(id);
    requireTenancyInScope(id, QStringLiteral("extend"));
    if (!before.isActive())
        throw ValidationError(tr("The tenancy has ended."));
    if (!newEnd.isValid() || newEnd <= before.end)
        throw ValidationError(tr("The new end must be later than the agreed end (%1).")
                                  .arg(toIsoDate(before.end)));
    const bool beyondMax = newEnd > maxEnd(before.start);
    const QString why = reason.trimmed();
    if (beyondMax) {
        if (!canApproveExtensions())
            throw PermissionError(tr("Extending a tenancy beyond the maximum term (last day %1) "
                                     "needs a manager's approval.")
                                      .arg(toIsoDate(maxEnd(before.start))));
        if (why.isEmpty())
            throw ValidationError(tr("An extension beyond the maximum term needs its reason "
                                     "recorded."));
    }
    Extension e;
    e.tenancyId = id;
    e.previousEnd = before.end;
    e.newEnd = newEnd;
    e.beyondMax = beyondMax;
    e.reason = why;
    e.approvedBy = m_session.user().displayName.isEmpty() ? m_session.user().username
                                                          : m_session.user().displayName;
    e.createdAt = m_clock.nowSecs();
    Tenancy after = before;
    after.end = newEnd;
    QJsonObject afterJson = toJson(after);
    afterJson.insert(QStringLiteral("extension_reason"), why);
    afterJson.insert(QStringLiteral("beyond_max"), beyondMax);
    Transaction tx(m_db);
    m_tenancies->setEnd(id, newEnd);
    m_tenancies->insertExtension(e);
    m_audit.record(QStringLiteral("extend"), kTenancy, id, toJson(before), afterJson);
    tx.commit();
}

QList<Extension> HousingService::extensions(qint64 tenancyId) const
{
    tenancy(tenancyId);
    return m_tenancies->extensions(tenancyId);
}

// --- Rent roll, payments, arrears ----------------------------------------------------------

RentRollResult HousingService::generateRentRoll(const QString &month)
{
    requireEdit();
    if (!isMonth(month))
        throw ValidationError(tr("\"%1\" is not a month (YYYY-MM).").arg(month));
    if (firstDayOf(month) > today())
        throw ValidationError(tr("The rent roll of %1 cannot be made before the month begins.")
                                  .arg(month));
    const qint64 root = scopeRoot();
    RentRollResult result;
    runWithRetries([&] {
        result = {};
        Transaction tx(m_db);
        const QSet<qint64> billed = m_rent->billed(month, root);
        const QList<RentRepository::Billable> tenancies = m_rent->billable(month, root);
        const int monthDays = lastDayOf(month).day();
        QList<RentLine> lines;
        QList<std::pair<qint64, Money>> credits;
        for (const RentRepository::Billable &b : tenancies) {
            if (billed.contains(b.tenancyId)) {
                ++result.existing;
                continue;
            }
            RentLine line;
            line.tenancyId = b.tenancyId;
            line.month = month;
            line.monthDays = monthDays;
            line.days = daysInMonthWithin(month, b.start, QDate());
            line.amount = proRata(b.monthlyRent, line.days, monthDays);
            if (b.credit > Money()) {
                line.paid = minMoney(b.credit, line.amount);
                credits.append({b.tenancyId, b.credit - line.paid});
            }
            result.total += line.amount;
            lines << line;
        }
        result.existing = std::max<int>(result.existing, int(billed.size()));
        result.added = int(lines.size());
        if (lines.isEmpty())
            return; // nothing to write: the month was already generated (or nobody to bill)
        m_rent->insertLines(lines, m_clock.nowSecs());
        for (const auto &[tenancyId, credit] : credits)
            m_tenancies->setCredit(tenancyId, credit);
        m_audit.record(QStringLiteral("generate"), kRentRoll, 0, {},
                       {{QStringLiteral("month"), month},
                        {QStringLiteral("lines"), result.added},
                        {QStringLiteral("total"), result.total.fen()}});
        tx.commit();
    });
    return result;
}

QList<RentLineRow> HousingService::rentRollPageAfter(const RentRollFilter &filter,
                                                     const KeysetCursor &after, int limit) const
{
    RentRollFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_rent->linesPageAfter(f, after, limit);
}

RentRollTotals HousingService::rentRollTotals(const RentRollFilter &filter) const
{
    RentRollFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_rent->totals(f);
}

PaymentResult HousingService::recordPayment(qint64 lineId, Money amount, const QDate &paidOn,
                                            const QString &note)
{
    requireEdit();
    const auto line = m_rent->findLine(lineId);
    if (!line)
        throw NotFoundError(tr("The rent line no longer exists."));
    requireTenancyInScope(line->tenancyId, QStringLiteral("pay"));
    if (amount <= Money())
        throw ValidationError(tr("The amount paid must be more than ¥0."));
    if (!paidOn.isValid() || paidOn > today())
        throw ValidationError(tr("Enter the payment's date (not in the future)."));
    const Tenancy t = loadTenancy(line->tenancyId);
    if (!t.isActive())
        throw ValidationError(tr("The tenancy has been checked out; its rent was settled then."));
    PaymentResult result;
    Transaction tx(m_db);
    Money rest = amount;
    result.toLine = minMoney(rest, line->outstanding());
    if (result.toLine > Money())
        m_rent->addPaid(lineId, result.toLine);
    rest = rest - result.toLine;
    for (const RentLine &other : m_rent->openLinesOf(line->tenancyId)) {
        if (rest <= Money())
            break;
        if (other.id == lineId)
            continue;
        const Money part = minMoney(rest, other.outstanding());
        m_rent->addPaid(other.id, part);
        result.toOtherLines += part;
        rest = rest - part;
    }
    result.toCredit = rest;
    if (rest > Money())
        m_tenancies->setCredit(t.id, t.credit + rest);
    Payment p;
    p.tenancyId = t.id;
    p.lineId = lineId;
    p.paidOn = paidOn;
    p.amount = amount;
    p.note = note.trimmed();
    result.paymentId = m_rent->insertPayment(p, QStringLiteral("payment"), m_clock.nowSecs());
    m_audit.record(QStringLiteral("create"), kPayment, result.paymentId, {},
                   {{QStringLiteral("tenancy_id"), t.id},
                    {QStringLiteral("line_id"), lineId},
                    {QStringLiteral("month"), line->month},
                    {QStringLiteral("amount"), amount.fen()},
                    {QStringLiteral("to_line"), result.toLine.fen()},
                    {QStringLiteral("to_other_lines"), result.toOtherLines.fen()},
                    {QStringLiteral("to_credit"), result.toCredit.fen()}});
    tx.commit();
    return result;
}

QList<RentLine> HousingService::rentLines(qint64 tenancyId) const
{
    tenancy(tenancyId);
    return m_rent->linesOf(tenancyId);
}

QList<Payment> HousingService::payments(qint64 tenancyId) const
{
    tenancy(tenancyId);
    return m_rent->paymentsOf(tenancyId);
}

QList<ArrearsRow> HousingService::arrearsPageAfter(const ArrearsFilter &filter,
                                                   const KeysetCursor &after, int limit) const
{
    ArrearsFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_rent->arrearsPageAfter(f, after, limit);
}

int HousingService::countArrears(const ArrearsFilter &filter) const
{
    ArrearsFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_rent->arrearsCount(f);
}

QList<ComplexArrears> HousingService::arrearsByComplex() const
{
    return m_rent->arrearsByComplex(scopeRoot());
}

// --- Check-out -----------------------------------------------------------------------------

QList<InspectionLine> HousingService::inspectionTemplate(qint64 tenancyId) const
{
    const Tenancy t = tenancy(tenancyId);
    QList<InspectionLine> lines;
    for (const InventoryItem &item : loadFlat(t.flatId).items) {
        InspectionLine line;
        line.itemId = item.id;
        line.name = item.quantity > 1 ? tr("%1 × %2").arg(item.name).arg(item.quantity)
                                      : item.name;
        lines << line;
    }
    return lines;
}

HousingService::CheckoutPlan HousingService::plan(const CheckoutDraft &draft) const
{
    CheckoutPlan p;
    p.tenancy = loadTenancy(draft.tenancyId);
    const Tenancy &t = p.tenancy;
    if (!t.isActive())
        throw ValidationError(tr("The tenancy has already been checked out."));
    if (!draft.date.isValid() || draft.date < t.start)
        throw ValidationError(tr("The check-out date must be on or after the start (%1).")
                                  .arg(toIsoDate(t.start)));
    if (draft.date > today())
        throw ValidationError(tr("The check-out date cannot be in the future."));
    if (draft.utilities < Money())
        throw ValidationError(tr("Utilities cannot be negative."));
    if (draft.flatAfter != FlatStatus::Vacant && draft.flatAfter != FlatStatus::Maintenance)
        throw ValidationError(tr("After check-out the flat is vacant or in maintenance."));

    // The inspection: every inventory line once, a cost only for damaged or missing items.
    const Flat f = loadFlat(t.flatId);
    QSet<qint64> inventory;
    for (const InventoryItem &item : f.items)
        inventory.insert(item.id);
    QSet<qint64> seen;
    Money damages;
    for (const InspectionLine &line : draft.inspection) {
        if (line.itemId > 0) {
            if (!inventory.contains(line.itemId) || seen.contains(line.itemId))
                throw ValidationError(tr("The inspection lists an item that is not (or twice) in "
                                         "the flat's inventory."));
            seen.insert(line.itemId);
        } else if (line.name.trimmed().isEmpty()) {
            throw ValidationError(tr("Every inspection line needs the item's name."));
        }
        if (line.cost < Money())
            throw ValidationError(tr("A damage cost cannot be negative."));
        if (line.condition == ItemCondition::Ok && line.cost > Money())
            throw ValidationError(tr("\"%1\" is in order: it has no damage cost.").arg(line.name));
        damages += line.cost;
    }
    if (seen.size() != inventory.size())
        throw ValidationError(tr("Inspect every item of the flat's inventory (%1 of %2 done).")
                                  .arg(seen.size())
                                  .arg(inventory.size()));

    // The rent to the day: each month from the start to the check-out month as it should be,
    // later months nothing; what was paid beyond a line's new amount goes to the credit.
    Money credit = t.credit;
    QHash<QString, RentLine> existing;
    for (const RentLine &line : m_rent->linesOf(t.id))
        existing.insert(line.month, line);
    const QString lastMonth = toIsoMonth(draft.date);
    Money rentDue;
    for (QDate m = QDate(t.start.year(), t.start.month(), 1); toIsoMonth(m) <= lastMonth;
         m = m.addMonths(1)) {
        const QString month = toIsoMonth(m);
        const int monthDays = m.daysInMonth();
        const int days = daysInMonthWithin(month, t.start, draft.date);
        const Money amount = proRata(t.monthlyRent, days, monthDays);
        if (const auto it = existing.constFind(month); it != existing.constEnd()) {
            RentLine line = it.value();
            if (line.amount != amount || line.days != days) {
                if (line.paid > amount) {
                    credit += line.paid - amount;
                    line.paid = amount;
                }
                line.amount = amount;
                line.days = days;
                p.changed << line;
            }
            rentDue += line.outstanding();
            existing.remove(month);
        } else {
            RentLine line;
            line.tenancyId = t.id;
            line.month = month;
            line.days = days;
            line.monthDays = monthDays;
            line.amount = amount;
            p.added << line;
            rentDue += amount;
        }
    }
    for (RentLine line : existing) { // months after the check-out
        credit += line.paid;
        line.amount = Money();
        line.paid = Money();
        line.days = 0;
        p.changed << line;
    }

    Settlement &s = p.settlement;
    s.tenancyId = t.id;
    s.date = draft.date;
    s.rentDue = rentDue;
    s.utilities = draft.utilities;
    s.damages = damages;
    s.deposit = t.deposit;
    s.credit = credit;
    s.balance = rentDue + draft.utilities + damages - t.deposit - credit;
    s.flatAfter = draft.flatAfter;
    s.notes = draft.notes.trimmed();
    s.inspection = draft.inspection;
    for (InspectionLine &line : s.inspection)
        line.name = line.name.trimmed();
    return p;
}

Settlement HousingService::previewCheckOut(const CheckoutDraft &draft) const
{
    tenancy(draft.tenancyId);
    return plan(draft).settlement;
}

Settlement HousingService::checkOut(const CheckoutDraft &draft)
{
    requireEdit();
    loadTenancy(draft.tenancyId);
    requireTenancyInScope(draft.tenancyId, QStringLiteral("check_out"));
    CheckoutPlan p = plan(draft);
    Settlement &s = p.settlement;
    Transaction tx(m_db);
    for (const RentLine &line : p.changed)
        m_rent->setLine(line.id, line.days, line.amount, line.paid);
    m_rent->insertLines(p.added, m_clock.nowSecs());
    // The settlement pays what the lines still owe.
    for (const RentLine &line : m_rent->openLinesOf(p.tenancy.id))
        m_rent->setLine(line.id, line.days, line.amount, line.amount);
    if (s.rentDue > Money()) {
        Payment pay;
        pay.tenancyId = p.tenancy.id;
        pay.paidOn = s.date;
        pay.amount = s.rentDue;
        pay.note = tr("Final settlement");
        m_rent->insertPayment(pay, QStringLiteral("settlement"), m_clock.nowSecs());
    }
    m_tenancies->close(p.tenancy.id, s.date);
    m_flats->setStatus(p.tenancy.flatId, s.flatAfter,
                       s.flatAfter == FlatStatus::Vacant ? s.date.addDays(1) : QDate());
    s.id = m_tenancies->insertSettlement(s, m_clock.nowSecs());
    m_audit.record(QStringLiteral("check_out"), kCheckout, s.id, toJson(p.tenancy), toJson(s));
    tx.commit();
    return s;
}

std::optional<Settlement> HousingService::settlement(qint64 tenancyId) const
{
    tenancy(tenancyId);
    return m_tenancies->settlementOf(tenancyId);
}

// --- Alerts --------------------------------------------------------------------------------

QList<HousingAlert> HousingService::alerts() const
{
    const QDate now = today();
    const qint64 root = scopeRoot();
    QList<HousingAlert> out;
    for (const TenancyRow &row : m_tenancies->ending(root, now, now.addDays(alertDays()))) {
        HousingAlert a;
        a.kind = AlertKind::EndingSoon;
        a.tenancyId = row.tenancy.id;
        a.staffName = row.staffName;
        a.flatLabel = row.complexName + QLatin1Char(' ') + row.flatLabel;
        a.date = row.tenancy.end;
        a.days = int(now.daysTo(row.tenancy.end));
        a.text = tr("The tenancy of %1 ends on %2 (in %n day(s)).", nullptr, a.days)
                     .arg(row.staffName, toIsoDate(row.tenancy.end));
        out << a;
    }
    for (const TenancyRow &row : m_tenancies->postEnded(root, now)) {
        HousingAlert a;
        a.kind = AlertKind::PostEnded;
        a.tenancyId = row.tenancy.id;
        a.staffName = row.staffName;
        a.flatLabel = row.complexName + QLatin1Char(' ') + row.flatLabel;
        a.date = row.postEnd;
        a.text = row.postEnd.isValid()
            ? tr("%1's post ended on %2, but they still occupy the flat.")
                  .arg(row.staffName, toIsoDate(row.postEnd))
            : tr("%1's staff record is retired, but they still occupy the flat.")
                  .arg(row.staffName);
        out << a;
    }
    ArrearsFilter filter;
    filter.minMonths = arrearsMonths();
    filter.scopeRoot = root;
    for (const ArrearsRow &row : m_rent->arrearsPageAfter(filter, {}, 500)) {
        HousingAlert a;
        a.kind = AlertKind::Arrears;
        a.tenancyId = row.tenancyId;
        a.staffName = row.staffName;
        a.flatLabel = row.complexName + QLatin1Char(' ') + row.flatLabel;
        a.date = firstDayOf(row.oldestMonth);
        a.days = row.months;
        a.amount = row.outstanding;
        a.text = tr("%1 owes %2 for %n month(s), since %3.", nullptr, row.months)
                     .arg(row.staffName, row.outstanding.toDisplayString(), row.oldestMonth);
        out << a;
    }
    return out;
}

} // namespace ga::housing

namespace ga::housing {

// --- Import --------------------------------------------------------------------------------

HousingService::Refusals HousingService::importFlats(const QList<Flat> &flats,
                                                     const QJsonObject &summary,
                                                     bool allOrNothing)
{
    requireEdit();
    Refusals refused;
    QHash<qint64, bool> inScope;
    const qint64 now = m_clock.nowSecs();
    const QDate day = today();
    Transaction tx(m_db);
    for (qsizetype i = 0; i < flats.size(); ++i) {
        Flat f = flats.at(i);
        f.id = 0;
        f.status = FlatStatus::Vacant;
        f.vacantSince = day;
        f.createdAt = now;
        try {
            validate(f);
            const auto known = inScope.constFind(f.complexId);
            const bool covered = known != inScope.cend()
                ? *known
                : *inScope.insert(f.complexId, m_scope->covers(loadComplex(f.complexId).departmentId));
            if (!covered) {
                refused.append({i, tr("The flat's complex lies outside your agency scope.")});
                continue;
            }
        } catch (const Error &e) {
            refused.append({i, e.message()});
            continue;
        }
        m_flats->insert(f);
    }
    if (allOrNothing && !refused.isEmpty())
        return refused; // the transaction rolls back
    QJsonObject after = summary;
    after.insert(QStringLiteral("accepted"), qint64(flats.size() - refused.size()));
    m_audit.record(QStringLiteral("import"), QStringLiteral("housing_flats"), 0, {}, after);
    tx.commit();
    return refused;
}

HousingService::Refusals HousingService::importTenancies(const QList<TenancyImport> &tenancies,
                                                         const QJsonObject &summary,
                                                         bool allOrNothing)
{
    requireEdit();
    Refusals refused;
    const qint64 now = m_clock.nowSecs();
    const QDate day = today();
    Transaction tx(m_db);
    for (qsizetype i = 0; i < tenancies.size(); ++i) {
        const TenancyImport &in = tenancies.at(i);
        try {
            const Flat f = loadFlat(in.flatId);
            const Complex c = loadComplex(f.complexId);
            if (!m_scope->covers(c.departmentId)) {
                refused.append({i, tr("The flat's complex lies outside your agency scope.")});
                continue;
            }
            Tenancy t;
            t.flatId = f.id;
            t.staffId = in.staffId;
            t.start = in.start;
            t.end = in.end.isValid() ? in.end : defaultEnd(in.start);
            t.area = f.area;
            t.rentRate = c.rentRate;
            t.monthlyRent = in.monthlyRent.value_or(monthlyRent(f.area, c.rentRate));
            t.deposit = in.deposit;
            t.createdAt = now;
            if (t.end < t.start)
                throw ValidationError(tr("The tenancy cannot end before it starts."));
            if (t.end > maxEnd(t.start))
                throw ValidationError(tr("The tenancy would end on %1, beyond the maximum term "
                                         "(last day %2).")
                                          .arg(toIsoDate(t.end), toIsoDate(maxEnd(t.start))));
            if (t.deposit < Money() || t.monthlyRent < Money())
                throw ValidationError(tr("The deposit and the rent cannot be negative."));
            if (in.endedOn.isValid()) {
                if (in.endedOn < t.start || in.endedOn > day)
                    throw ValidationError(tr("The tenancy ended on %1, before its start or in "
                                             "the future.")
                                              .arg(toIsoDate(in.endedOn)));
                t.status = TenancyStatus::Ended;
                t.endedOn = in.endedOn;
                m_tenancies->insert(t);
                continue;
            }
            if (f.status != FlatStatus::Vacant)
                throw ValidationError(tr("The flat %1 is %2, not vacant.")
                                          .arg(f.label(), flatStatusDisplayName(f.status)));
            if (m_tenancies->activeOfStaff(in.staffId))
                throw ValidationError(tr("%1 already holds a tenancy.").arg(in.staffName));
            m_tenancies->insert(t);
            m_flats->setStatus(f.id, FlatStatus::Occupied, QDate());
        } catch (const Error &e) {
            refused.append({i, e.message()});
        }
    }
    if (allOrNothing && !refused.isEmpty())
        return refused;
    QJsonObject after = summary;
    after.insert(QStringLiteral("accepted"), qint64(tenancies.size() - refused.size()));
    m_audit.record(QStringLiteral("import"), QStringLiteral("housing_tenancies"), 0, {}, after);
    tx.commit();
    return refused;
}

} // namespace ga::housing

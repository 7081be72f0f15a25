#include "housing/ApplicationRepository.h"

#include "core/Period.h"
#include "org/AgencyScope.h"
#include "org/OrgSql.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"

namespace ga::housing {

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.staff_id, a.applied_on, a.queue_date, a.household_size, a.layout, "
    "a.priority_points, a.priority_grounds, a.no_local_housing, a.status, a.created_at");

// The latest recorded reason an offer passed this applicant over.
const QString kSkipNote = QStringLiteral(
    "(SELECT o.skip_reason FROM housing_offers o WHERE o.skipped_application_id = a.id ORDER BY "
    "o.id DESC LIMIT 1)");

const RecordTable &table()
{
    static const RecordTable t(
        QStringLiteral("housing_applications"),
        {QStringLiteral("staff_id"), QStringLiteral("applied_on"), QStringLiteral("queue_date"),
         QStringLiteral("household_size"), QStringLiteral("layout"),
         QStringLiteral("priority_points"), QStringLiteral("priority_grounds"),
         QStringLiteral("no_local_housing"), QStringLiteral("status")});
    return t;
}

Application readApplication(const Query &q)
{
    Application a;
    a.id = q.value(0).toLongLong();
    a.staffId = q.value(1).toLongLong();
    a.appliedOn = orgsql::dateFrom(q.value(2));
    a.queueDate = orgsql::dateFrom(q.value(3));
    a.householdSize = q.value(4).toInt();
    a.layout = q.value(5).toString();
    a.priorityPoints = q.value(6).toInt();
    a.priorityGrounds = q.value(7).toString();
    a.noLocalHousing = q.value(8).toInt() != 0;
    a.status = applicationStatusFromKey(q.value(9).toString()).value_or(ApplicationStatus::Waiting);
    a.createdAt = q.value(10).toLongLong();
    return a;
}

const QString kOfferColumns = QStringLiteral(
    "o.id, o.application_id, o.flat_id, o.offered_on, o.skipped_application_id, o.skip_reason, "
    "o.status, o.decline_reason, o.keeps_place, o.decided_on");

Offer readOffer(const Query &q)
{
    Offer o;
    o.id = q.value(0).toLongLong();
    o.applicationId = q.value(1).toLongLong();
    o.flatId = q.value(2).toLongLong();
    o.offeredOn = orgsql::dateFrom(q.value(3));
    o.skippedApplicationId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    o.skipReason = q.value(5).toString();
    o.status = offerStatusFromKey(q.value(6).toString()).value_or(OfferStatus::Open);
    o.declineReason = q.value(7).toString();
    o.keepsPlace = q.value(8).toInt() != 0;
    o.decidedOn = orgsql::dateFrom(q.value(9));
    return o;
}

SqlWhere whereOf(const ApplicationFilter &f)
{
    SqlWhere w;
    if (f.openOnly)
        w.add(QStringLiteral("a.status IN ('waiting', 'offered')"));
    if (!f.layout.isEmpty())
        w.add(QStringLiteral("a.layout = :layout"), QStringLiteral(":layout"), f.layout);
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = orgsql::likePattern(f.text.trimmed());
        w.add(QStringLiteral("s.name LIKE :t1 ESCAPE '\\' OR s.staff_no LIKE :t2 ESCAPE '\\'"));
        w.bind(QStringLiteral(":t1"), pattern).bind(QStringLiteral(":t2"), pattern);
    }
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("s.department_id"));
    return w;
}

const QString kFrom = QStringLiteral(" FROM housing_applications a JOIN staff s ON s.id = a.staff_id "
                                     "JOIN departments d ON d.id = s.department_id");

ApplicationRow readRow(const Query &q)
{
    ApplicationRow row;
    row.application = readApplication(q);
    row.staffName = q.value(11).toString();
    row.staffNo = q.value(12).toString();
    row.departmentName = q.value(13).toString();
    row.departmentId = q.value(14).toLongLong();
    row.skipNote = q.value(15).toString();
    return row;
}

} // namespace

ApplicationRepository::ApplicationRepository(Database &db)
    : m_db(db)
{
}

std::optional<Application> ApplicationRepository::find(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM housing_applications a WHERE a.id = :id").arg(kColumns),
            tr("loading a housing application"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readApplication(q);
}

std::optional<Application> ApplicationRepository::openOf(qint64 staffId) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM housing_applications a WHERE a.staff_id = :s AND "
                           "a.status IN ('waiting', 'offered')")
                .arg(kColumns),
            tr("loading a housing application"));
    q.bind(QStringLiteral(":s"), staffId).exec();
    if (!q.next())
        return std::nullopt;
    return readApplication(q);
}

QList<ApplicationRow> ApplicationRepository::pageAfter(const ApplicationFilter &filter,
                                                       const KeysetCursor &after, int limit) const
{
    const Keyset keyset({QStringLiteral("a.applied_on"), QStringLiteral("a.id")}, true);
    return keysetPage<ApplicationRow>(
        m_db, kColumns + QStringLiteral(", s.name, s.staff_no, d.name, s.department_id, ") + kSkipNote,
        kFrom, whereOf(filter), keyset, after, limit, tr("listing housing applications"), readRow);
}

int ApplicationRepository::count(const ApplicationFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db, QStringLiteral("SELECT count(*)") + kFrom + w.sql(),
            tr("counting housing applications"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

QList<ApplicationRow> ApplicationRepository::queue(const QString &layout, qint64 scopeRoot) const
{
    SqlWhere w;
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("s.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT %1, s.name, s.staff_no, d.name, s.department_id, %2, a.pos FROM "
                           "(SELECT a.*, row_number() OVER (ORDER BY a.priority_points DESC, "
                           "a.queue_date, a.id) AS pos FROM housing_applications a WHERE "
                           "a.layout = :layout AND a.status = 'waiting') a "
                           "JOIN staff s ON s.id = a.staff_id JOIN departments d ON d.id = "
                           "s.department_id")
                    .arg(kColumns, kSkipNote)
                + w.sql() + QStringLiteral(" ORDER BY a.pos"),
            tr("listing the housing queue"));
    q.bind(QStringLiteral(":layout"), orgsql::textValue(layout));
    w.bindTo(q);
    q.exec();
    QList<ApplicationRow> rows;
    while (q.next()) {
        ApplicationRow row = readRow(q);
        row.position = q.value(16).toInt();
        rows << row;
    }
    return rows;
}

std::optional<qint64> ApplicationRepository::head(const QString &layout) const
{
    Query q(m_db,
            QStringLiteral("SELECT id FROM housing_applications WHERE layout = :layout AND status "
                           "= 'waiting' ORDER BY priority_points DESC, queue_date, id LIMIT 1"),
            tr("finding the head of the housing queue"));
    q.bind(QStringLiteral(":layout"), orgsql::textValue(layout)).exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

qint64 ApplicationRepository::departmentOf(qint64 applicationId) const
{
    Query q(m_db,
            QStringLiteral("SELECT s.department_id FROM housing_applications a JOIN staff s ON "
                           "s.id = a.staff_id WHERE a.id = :id"),
            tr("loading a housing application"));
    q.bind(QStringLiteral(":id"), applicationId);
    return q.scalar(0).toLongLong();
}

void ApplicationRepository::bind(const Application &a, Query &q)
{
    q.bind(QStringLiteral(":staff_id"), a.staffId)
        .bind(QStringLiteral(":applied_on"), toIsoDate(a.appliedOn))
        .bind(QStringLiteral(":queue_date"), toIsoDate(a.queueDate))
        .bind(QStringLiteral(":household_size"), a.householdSize)
        .bind(QStringLiteral(":layout"), orgsql::textValue(a.layout))
        .bind(QStringLiteral(":priority_points"), a.priorityPoints)
        .bind(QStringLiteral(":priority_grounds"), orgsql::textValue(a.priorityGrounds))
        .bind(QStringLiteral(":no_local_housing"), a.noLocalHousing ? 1 : 0)
        .bind(QStringLiteral(":status"), applicationStatusKey(a.status));
}

qint64 ApplicationRepository::insert(const Application &a)
{
    return table().insert(
        m_db, tr("saving a new housing application"), [&](Query &q) { bind(a, q); }, a.createdAt);
}

void ApplicationRepository::update(const Application &a)
{
    table().update(m_db, a.id, tr("saving a housing application"), [&](Query &q) { bind(a, q); });
}

void ApplicationRepository::setStatus(qint64 id, ApplicationStatus status)
{
    table().set(m_db, id, QStringLiteral("status"), applicationStatusKey(status),
                tr("changing the status of a housing application"));
}

void ApplicationRepository::setQueueDate(qint64 id, const QDate &date)
{
    table().set(m_db, id, QStringLiteral("queue_date"), toIsoDate(date),
                tr("moving a housing application in the queue"));
}

std::optional<Offer> ApplicationRepository::findOffer(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM housing_offers o WHERE o.id = :id").arg(kOfferColumns),
            tr("loading a flat offer"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readOffer(q);
}

std::optional<Offer> ApplicationRepository::openOfferOf(qint64 applicationId) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM housing_offers o WHERE o.application_id = :id AND "
                           "o.status = 'open'")
                .arg(kOfferColumns),
            tr("loading a flat offer"));
    q.bind(QStringLiteral(":id"), applicationId).exec();
    if (!q.next())
        return std::nullopt;
    return readOffer(q);
}

QList<OfferRow> ApplicationRepository::openOffers(qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("o.status = 'open'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT %1, s.name, f.building, f.unit, f.number, c.name, ks.name FROM "
                           "housing_offers o JOIN housing_applications a ON a.id = "
                           "o.application_id JOIN staff s ON s.id = a.staff_id JOIN housing_flats "
                           "f ON f.id = o.flat_id JOIN housing_complexes c ON c.id = f.complex_id "
                           "LEFT JOIN housing_applications ka ON ka.id = "
                           "o.skipped_application_id LEFT JOIN staff ks ON ks.id = ka.staff_id")
                    .arg(kOfferColumns)
                + w.sql() + QStringLiteral(" ORDER BY o.offered_on, o.id"),
            tr("listing open flat offers"));
    w.bindTo(q);
    q.exec();
    QList<OfferRow> rows;
    while (q.next()) {
        OfferRow row;
        row.offer = readOffer(q);
        row.staffName = q.value(10).toString();
        Flat f;
        f.building = q.value(11).toString();
        f.unit = q.value(12).toString();
        f.number = q.value(13).toString();
        row.flatLabel = f.label();
        row.complexName = q.value(14).toString();
        row.skippedName = q.value(15).toString();
        rows << row;
    }
    return rows;
}

qint64 ApplicationRepository::insertOffer(const Offer &o, qint64 createdAt)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO housing_offers (application_id, flat_id, offered_on, "
                           "skipped_application_id, skip_reason, status, created_at) VALUES "
                           "(:a, :f, :on, :skipped, :reason, 'open', :at)"),
            tr("saving a flat offer"));
    q.bind(QStringLiteral(":a"), o.applicationId)
        .bind(QStringLiteral(":f"), o.flatId)
        .bind(QStringLiteral(":on"), toIsoDate(o.offeredOn))
        .bindOptionalId(QStringLiteral(":skipped"), o.skippedApplicationId)
        .bind(QStringLiteral(":reason"), orgsql::textValue(o.skipReason))
        .bind(QStringLiteral(":at"), createdAt)
        .exec();
    return q.lastInsertId();
}

void ApplicationRepository::decideOffer(qint64 id, OfferStatus status,
                                        const QString &declineReason, bool keepsPlace,
                                        const QDate &decidedOn)
{
    Query q(m_db,
            QStringLiteral("UPDATE housing_offers SET status = :status, decline_reason = :reason, "
                           "keeps_place = :keeps, decided_on = :on WHERE id = :id"),
            tr("recording the answer to a flat offer"));
    q.bind(QStringLiteral(":status"), offerStatusKey(status))
        .bind(QStringLiteral(":reason"), orgsql::textValue(declineReason))
        .bind(QStringLiteral(":keeps"), keepsPlace ? 1 : 0)
        .bind(QStringLiteral(":on"), toIsoDate(decidedOn))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

} // namespace ga::housing

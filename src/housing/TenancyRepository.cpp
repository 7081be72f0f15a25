#include "housing/TenancyRepository.h"

#include "core/Period.h"
#include "org/AgencyScope.h"
#include "org/OrgSql.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"

namespace ga::housing {

namespace {

const QString kColumns = QStringLiteral(
    "t.id, t.flat_id, t.staff_id, t.application_id, t.start_date, t.end_date, t.area, "
    "t.rent_rate, t.monthly_rent, t.deposit, t.credit, t.status, t.ended_on, t.created_at");

const QString kRowColumns = kColumns
    + QStringLiteral(", s.name, s.staff_no, f.building, f.unit, f.number, c.name, c.id, "
                     "c.department_id, s.post_end");

const QString kFrom = QStringLiteral(
    " FROM housing_tenancies t JOIN housing_flats f ON f.id = t.flat_id JOIN housing_complexes c "
    "ON c.id = f.complex_id JOIN staff s ON s.id = t.staff_id");

Tenancy readTenancy(const Query &q)
{
    Tenancy t;
    t.id = q.value(0).toLongLong();
    t.flatId = q.value(1).toLongLong();
    t.staffId = q.value(2).toLongLong();
    t.applicationId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    t.start = orgsql::dateFrom(q.value(4));
    t.end = orgsql::dateFrom(q.value(5));
    t.area = q.value(6).toLongLong();
    t.rentRate = q.value(7).toLongLong();
    t.monthlyRent = Money(q.value(8).toLongLong());
    t.deposit = Money(q.value(9).toLongLong());
    t.credit = Money(q.value(10).toLongLong());
    t.status = q.value(11).toString() == QLatin1String("ended") ? TenancyStatus::Ended
                                                                : TenancyStatus::Active;
    t.endedOn = orgsql::dateFrom(q.value(12));
    t.createdAt = q.value(13).toLongLong();
    return t;
}

TenancyRow readRow(const Query &q)
{
    TenancyRow row;
    row.tenancy = readTenancy(q);
    row.staffName = q.value(14).toString();
    row.staffNo = q.value(15).toString();
    Flat f;
    f.building = q.value(16).toString();
    f.unit = q.value(17).toString();
    f.number = q.value(18).toString();
    row.flatLabel = f.label();
    row.complexName = q.value(19).toString();
    row.complexId = q.value(20).toLongLong();
    row.departmentId = q.value(21).toLongLong();
    row.postEnd = orgsql::dateFrom(q.value(22));
    return row;
}

SqlWhere whereOf(const TenancyFilter &f)
{
    SqlWhere w;
    if (f.activeOnly)
        w.add(QStringLiteral("t.status = 'active'"));
    if (f.complexId > 0)
        w.add(QStringLiteral("f.complex_id = :complex"), QStringLiteral(":complex"), f.complexId);
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = orgsql::likePattern(f.text.trimmed());
        w.add(QStringLiteral("s.name LIKE :t1 ESCAPE '\\' OR s.staff_no LIKE :t2 ESCAPE '\\' OR "
                             "f.building LIKE :t3 ESCAPE '\\' OR f.number LIKE :t4 ESCAPE '\\'"));
        for (const char *p : {":t1", ":t2", ":t3", ":t4"})
            w.bind(QString::fromLatin1(p), pattern);
    }
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    return w;
}

} // namespace

TenancyRepository::TenancyRepository(Database &db)
    : m_db(db)
{
}

std::optional<Tenancy> TenancyRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM housing_tenancies t WHERE t.id = :id").arg(kColumns),
            tr("loading a tenancy"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readTenancy(q);
}

std::optional<TenancyRow> TenancyRepository::findRow(qint64 id) const
{
    SqlWhere w;
    w.add(QStringLiteral("t.id = :id"), QStringLiteral(":id"), id);
    const QList<TenancyRow> rows = rowsWhere(w, QString(), tr("loading a tenancy"));
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<qint64> TenancyRepository::activeOfFlat(qint64 flatId) const
{
    Query q(m_db,
            QStringLiteral("SELECT id FROM housing_tenancies WHERE flat_id = :id AND status = "
                           "'active'"),
            tr("loading a flat's tenancy"));
    q.bind(QStringLiteral(":id"), flatId).exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> TenancyRepository::activeOfStaff(qint64 staffId) const
{
    Query q(m_db,
            QStringLiteral("SELECT id FROM housing_tenancies WHERE staff_id = :id AND status = "
                           "'active'"),
            tr("loading a tenant's tenancy"));
    q.bind(QStringLiteral(":id"), staffId).exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<TenancyRow> TenancyRepository::pageAfter(const TenancyFilter &filter,
                                               const KeysetCursor &after, int limit) const
{
    const Keyset keyset({QStringLiteral("t.start_date"), QStringLiteral("t.id")}, true);
    return keysetPage<TenancyRow>(m_db, kRowColumns, kFrom, whereOf(filter), keyset, after, limit,
                                  tr("listing tenancies"), readRow);
}

int TenancyRepository::count(const TenancyFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db, QStringLiteral("SELECT count(*)") + kFrom + w.sql(), tr("counting tenancies"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

qint64 TenancyRepository::departmentOf(qint64 tenancyId) const
{
    Query q(m_db,
            QStringLiteral("SELECT c.department_id FROM housing_tenancies t JOIN housing_flats f "
                           "ON f.id = t.flat_id JOIN housing_complexes c ON c.id = f.complex_id "
                           "WHERE t.id = :id"),
            tr("loading a tenancy"));
    q.bind(QStringLiteral(":id"), tenancyId);
    return q.scalar(0).toLongLong();
}

QList<TenancyRow> TenancyRepository::rowsWhere(const SqlWhere &where, const QString &orderBy,
                                               const QString &context) const
{
    Query q(m_db, QStringLiteral("SELECT ") + kRowColumns + kFrom + where.sql() + orderBy, context);
    where.bindTo(q);
    q.exec();
    QList<TenancyRow> rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

QList<TenancyRow> TenancyRepository::ending(qint64 scopeRoot, const QDate &from,
                                            const QDate &to) const
{
    SqlWhere w;
    w.add(QStringLiteral("t.status = 'active'"));
    w.add(QStringLiteral("t.end_date >= :from"), QStringLiteral(":from"), toIsoDate(from));
    w.add(QStringLiteral("t.end_date <= :to"), QStringLiteral(":to"), toIsoDate(to));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    return rowsWhere(w, QStringLiteral(" ORDER BY t.end_date, t.id"),
                     tr("listing tenancies that end soon"));
}

QList<TenancyRow> TenancyRepository::postEnded(qint64 scopeRoot, const QDate &today) const
{
    SqlWhere w;
    w.add(QStringLiteral("t.status = 'active'"));
    w.add(QStringLiteral("(s.post_end IS NOT NULL AND s.post_end < :today) OR s.status = 'retired'"),
          QStringLiteral(":today"), toIsoDate(today));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    return rowsWhere(w, QStringLiteral(" ORDER BY s.name, t.id"),
                     tr("listing tenants whose post has ended"));
}

qint64 TenancyRepository::insert(const Tenancy &t)
{
    static const RecordTable table(
        QStringLiteral("housing_tenancies"),
        {QStringLiteral("flat_id"), QStringLiteral("staff_id"), QStringLiteral("application_id"),
         QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("area"),
         QStringLiteral("rent_rate"), QStringLiteral("monthly_rent"), QStringLiteral("deposit"),
         QStringLiteral("credit"), QStringLiteral("status"), QStringLiteral("ended_on")});
    return table.insert(
        m_db, tr("saving a new tenancy"),
        [&](Query &q) {
            q.bind(QStringLiteral(":flat_id"), t.flatId)
                .bind(QStringLiteral(":staff_id"), t.staffId)
                .bindOptionalId(QStringLiteral(":application_id"), t.applicationId)
                .bind(QStringLiteral(":start_date"), toIsoDate(t.start))
                .bind(QStringLiteral(":end_date"), toIsoDate(t.end))
                .bind(QStringLiteral(":area"), t.area)
                .bind(QStringLiteral(":rent_rate"), t.rentRate)
                .bind(QStringLiteral(":monthly_rent"), t.monthlyRent.fen())
                .bind(QStringLiteral(":deposit"), t.deposit.fen())
                .bind(QStringLiteral(":credit"), t.credit.fen())
                .bind(QStringLiteral(":status"), tenancyStatusKey(t.status))
                .bind(QStringLiteral(":ended_on"), orgsql::dateValue(t.endedOn));
        },
        t.createdAt);
}

void TenancyRepository::setEnd(qint64 id, const QDate &end)
{
    Query q(m_db, QStringLiteral("UPDATE housing_tenancies SET end_date = :end WHERE id = :id"),
            tr("changing the end of a tenancy"));
    q.bind(QStringLiteral(":end"), toIsoDate(end)).bind(QStringLiteral(":id"), id).exec();
}

void TenancyRepository::setCredit(qint64 id, Money credit)
{
    Query q(m_db, QStringLiteral("UPDATE housing_tenancies SET credit = :credit WHERE id = :id"),
            tr("carrying a tenant's credit"));
    q.bind(QStringLiteral(":credit"), credit.fen()).bind(QStringLiteral(":id"), id).exec();
}

void TenancyRepository::close(qint64 id, const QDate &endedOn)
{
    Query q(m_db,
            QStringLiteral("UPDATE housing_tenancies SET status = 'ended', ended_on = :on, credit "
                           "= 0 WHERE id = :id"),
            tr("ending a tenancy"));
    q.bind(QStringLiteral(":on"), toIsoDate(endedOn)).bind(QStringLiteral(":id"), id).exec();
}

qint64 TenancyRepository::insertExtension(const Extension &e)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO housing_extensions (tenancy_id, previous_end, new_end, "
                           "beyond_max, reason, approved_by, created_at) VALUES (:t, :prev, :new, "
                           ":beyond, :reason, :by, :at)"),
            tr("recording a tenancy extension"));
    q.bind(QStringLiteral(":t"), e.tenancyId)
        .bind(QStringLiteral(":prev"), toIsoDate(e.previousEnd))
        .bind(QStringLiteral(":new"), toIsoDate(e.newEnd))
        .bind(QStringLiteral(":beyond"), e.beyondMax ? 1 : 0)
        .bind(QStringLiteral(":reason"), orgsql::textValue(e.reason))
        .bind(QStringLiteral(":by"), orgsql::textValue(e.approvedBy))
        .bind(QStringLiteral(":at"), e.createdAt)
        .exec();
    return q.lastInsertId();
}

QList<Extension> TenancyRepository::extensions(qint64 tenancyId) const
{
    Query q(m_db,
            QStringLiteral("SELECT id, previous_end, new_end, beyond_max, reason, approved_by, "
                           "created_at FROM housing_extensions WHERE tenancy_id = :t ORDER BY id"),
            tr("listing a tenancy's extensions"));
    q.bind(QStringLiteral(":t"), tenancyId).exec();
    QList<Extension> out;
    while (q.next()) {
        Extension e;
        e.id = q.value(0).toLongLong();
        e.tenancyId = tenancyId;
        e.previousEnd = orgsql::dateFrom(q.value(1));
        e.newEnd = orgsql::dateFrom(q.value(2));
        e.beyondMax = q.value(3).toInt() != 0;
        e.reason = q.value(4).toString();
        e.approvedBy = q.value(5).toString();
        e.createdAt = q.value(6).toLongLong();
        out << e;
    }
    return out;
}

qint64 TenancyRepository::insertSettlement(const Settlement &s, qint64 createdAt)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO housing_checkouts (tenancy_id, checkout_date, rent_due, "
                           "utilities, damages, deposit, credit, balance, flat_status, notes, "
                           "created_at) VALUES (:t, :date, :rent, :util, :dmg, :dep, :credit, "
                           ":balance, :flat, :notes, :at)"),
            tr("saving a check-out"));
    q.bind(QStringLiteral(":t"), s.tenancyId)
        .bind(QStringLiteral(":date"), toIsoDate(s.date))
        .bind(QStringLiteral(":rent"), s.rentDue.fen())
        .bind(QStringLiteral(":util"), s.utilities.fen())
        .bind(QStringLiteral(":dmg"), s.damages.fen())
        .bind(QStringLiteral(":dep"), s.deposit.fen())
        .bind(QStringLiteral(":credit"), s.credit.fen())
        .bind(QStringLiteral(":balance"), s.balance.fen())
        .bind(QStringLiteral(":flat"), flatStatusKey(s.flatAfter))
        .bind(QStringLiteral(":notes"), orgsql::textValue(s.notes))
        .bind(QStringLiteral(":at"), createdAt)
        .exec();
    const qint64 id = q.lastInsertId();
    for (const InspectionLine &line : s.inspection) {
        Query item(m_db,
                   QStringLiteral("INSERT INTO housing_checkout_items (checkout_id, item_id, name, "
                                  "condition, cost) VALUES (:c, :item, :name, :cond, :cost)"),
                   tr("saving a check-out's inspection"));
        item.bind(QStringLiteral(":c"), id)
            .bindOptionalId(QStringLiteral(":item"), line.itemId)
            .bind(QStringLiteral(":name"), orgsql::textValue(line.name))
            .bind(QStringLiteral(":cond"), itemConditionKey(line.condition))
            .bind(QStringLiteral(":cost"), line.cost.fen())
            .exec();
    }
    return id;
}

std::optional<Settlement> TenancyRepository::settlementOf(qint64 tenancyId) const
{
    Query q(m_db,
            QStringLiteral("SELECT id, checkout_date, rent_due, utilities, damages, deposit, "
                           "credit, balance, flat_status, notes FROM housing_checkouts WHERE "
                           "tenancy_id = :t"),
            tr("loading a check-out"));
    q.bind(QStringLiteral(":t"), tenancyId).exec();
    if (!q.next())
        return std::nullopt;
    Settlement s;
    s.id = q.value(0).toLongLong();
    s.tenancyId = tenancyId;
    s.date = orgsql::dateFrom(q.value(1));
    s.rentDue = Money(q.value(2).toLongLong());
    s.utilities = Money(q.value(3).toLongLong());
    s.damages = Money(q.value(4).toLongLong());
    s.deposit = Money(q.value(5).toLongLong());
    s.credit = Money(q.value(6).toLongLong());
    s.balance = Money(q.value(7).toLongLong());
    s.flatAfter = flatStatusFromKey(q.value(8).toString()).value_or(FlatStatus::Vacant);
    s.notes = q.value(9).toString();
    Query items(m_db,
                QStringLiteral("SELECT item_id, name, condition, cost FROM housing_checkout_items "
                               "WHERE checkout_id = :c ORDER BY id"),
                tr("loading a check-out's inspection"));
    items.bind(QStringLiteral(":c"), s.id).exec();
    while (items.next()) {
        InspectionLine line;
        line.itemId = items.value(0).isNull() ? 0 : items.value(0).toLongLong();
        line.name = items.value(1).toString();
        line.condition = itemConditionFromKey(items.value(2).toString()).value_or(ItemCondition::Ok);
        line.cost = Money(items.value(3).toLongLong());
        s.inspection << line;
    }
    return s;
}

} // namespace ga::housing

#include "housing/RentRepository.h"

#include "core/Period.h"
#include "housing/HousingRent.h"
#include "org/AgencyScope.h"
#include "org/OrgSql.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"

namespace ga::housing {

namespace {

const QString kLineColumns
    = QStringLiteral("l.id, l.tenancy_id, l.month, l.days, l.month_days, l.amount, l.paid");

RentLine readLine(const Query &q)
{
    RentLine l;
    l.id = q.value(0).toLongLong();
    l.tenancyId = q.value(1).toLongLong();
    l.month = q.value(2).toString();
    l.days = q.value(3).toInt();
    l.monthDays = q.value(4).toInt();
    l.amount = Money(q.value(5).toLongLong());
    l.paid = Money(q.value(6).toLongLong());
    return l;
}

const QString kTenancyJoins = QStringLiteral(
    " JOIN housing_tenancies t ON t.id = l.tenancy_id JOIN housing_flats f ON f.id = t.flat_id "
    "JOIN housing_complexes c ON c.id = f.complex_id JOIN staff s ON s.id = t.staff_id");

SqlWhere whereOf(const RentRollFilter &f)
{
    SqlWhere w;
    w.add(QStringLiteral("l.month = :month"), QStringLiteral(":month"), f.month);
    // A month after a check-out keeps its line, emptied (its payments stay linked): not listed.
    w.add(QStringLiteral("l.days > 0"));
    if (f.complexId > 0)
        w.add(QStringLiteral("f.complex_id = :complex"), QStringLiteral(":complex"), f.complexId);
    if (f.unpaidOnly)
        w.add(QStringLiteral("l.paid < l.amount"));
    if (!f.text.trimmed().isEmpty())
        w.add(QStringLiteral("s.name LIKE :t ESCAPE '\\'"), QStringLiteral(":t"),
              orgsql::likePattern(f.text.trimmed()));
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    return w;
}

QString flatLabel(const QVariant &building, const QVariant &unit, const QVariant &number)
{
    Flat f;
    f.building = building.toString();
    f.unit = unit.toString();
    f.number = number.toString();
    return f.label();
}

// The arrears of each tenancy: its lines not fully paid, grouped.
const QString kArrears = QStringLiteral(
    "(SELECT l.tenancy_id, count(*) AS months, min(l.month) AS oldest, CAST(sum(l.amount - l.paid) AS BIGINT) "
    "AS owed FROM housing_rent_lines l WHERE l.paid < l.amount GROUP BY l.tenancy_id) ar");

SqlWhere arrearsWhere(const ArrearsFilter &f)
{
    SqlWhere w;
    if (f.minMonths > 1)
        w.add(QStringLiteral("ar.months >= :min"), QStringLiteral(":min"), f.minMonths);
    if (f.complexId > 0)
        w.add(QStringLiteral("f.complex_id = :complex"), QStringLiteral(":complex"), f.complexId);
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    return w;
}

const QString kArrearsFrom = QStringLiteral(" FROM ") + kArrears
    + QStringLiteral(" JOIN housing_tenancies t ON t.id = ar.tenancy_id JOIN housing_flats f ON "
                     "f.id = t.flat_id JOIN housing_complexes c ON c.id = f.complex_id JOIN staff "
                     "s ON s.id = t.staff_id");

} // namespace

RentRepository::RentRepository(Database &db)
    : m_db(db)
{
}

QList<RentRepository::Billable> RentRepository::billable(const QString &month,
                                                         qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("t.status = 'active'"));
    w.add(QStringLiteral("t.start_date <= :last"), QStringLiteral(":last"),
          toIsoDate(lastDayOf(month)));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT t.id, t.start_date, t.monthly_rent, t.credit FROM "
                           "housing_tenancies t JOIN housing_flats f ON f.id = t.flat_id JOIN "
                           "housing_complexes c ON c.id = f.complex_id")
                + w.sql() + QStringLiteral(" ORDER BY t.id"),
            tr("listing the tenancies to bill"));
    w.bindTo(q);
    q.exec();
    QList<Billable> out;
    while (q.next()) {
        Billable b;
        b.tenancyId = q.value(0).toLongLong();
        b.start = orgsql::dateFrom(q.value(1));
        b.monthlyRent = Money(q.value(2).toLongLong());
        b.credit = Money(q.value(3).toLongLong());
        out << b;
    }
    return out;
}

QSet<qint64> RentRepository::billed(const QString &month, qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("l.month = :month"), QStringLiteral(":month"), month);
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT l.tenancy_id FROM housing_rent_lines l JOIN housing_tenancies "
                           "t ON t.id = l.tenancy_id JOIN housing_flats f ON f.id = t.flat_id "
                           "JOIN housing_complexes c ON c.id = f.complex_id")
                + w.sql(),
            tr("listing the month's rent lines"));
    w.bindTo(q);
    q.exec();
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

void RentRepository::insertLines(const QList<RentLine> &lines, qint64 createdAt)
{
    if (lines.isEmpty())
        return;
    Query q(m_db,
            QStringLiteral("INSERT INTO housing_rent_lines (tenancy_id, month, days, month_days, "
                           "amount, paid, created_at) VALUES (:t, :month, :days, :md, :amount, "
                           ":paid, :at)"),
            tr("writing the rent roll"));
    for (const RentLine &l : lines) {
        q.bind(QStringLiteral(":t"), l.tenancyId)
            .bind(QStringLiteral(":month"), l.month)
            .bind(QStringLiteral(":days"), l.days)
            .bind(QStringLiteral(":md"), l.monthDays)
            .bind(QStringLiteral(":amount"), l.amount.fen())
            .bind(QStringLiteral(":paid"), l.paid.fen())
            .bind(QStringLiteral(":at"), createdAt)
            .exec();
    }
}

std::optional<RentLine> RentRepository::findLine(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM housing_rent_lines l WHERE l.id = :id").arg(kLineColumns),
            tr("loading a rent line"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readLine(q);
}

std::optional<RentLine> RentRepository::lineOf(qint64 tenancyId, const QString &month) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM housing_rent_lines l WHERE l.tenancy_id = :t AND "
                           "l.month = :m")
                .arg(kLineColumns),
            tr("loading a rent line"));
    q.bind(QStringLiteral(":t"), tenancyId).bind(QStringLiteral(":m"), month).exec();
    if (!q.next())
        return std::nullopt;
    return readLine(q);
}

QList<RentLine> RentRepository::linesOf(qint64 tenancyId) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM housing_rent_lines l WHERE l.tenancy_id = :t ORDER BY "
                           "l.month")
                .arg(kLineColumns),
            tr("loading a tenancy's rent lines"));
    q.bind(QStringLiteral(":t"), tenancyId).exec();
    QList<RentLine> out;
    while (q.next())
        out << readLine(q);
    return out;
}

QList<RentLine> RentRepository::openLinesOf(qint64 tenancyId) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM housing_rent_lines l WHERE l.tenancy_id = :t AND "
                           "l.paid < l.amount ORDER BY l.month")
                .arg(kLineColumns),
            tr("loading a tenancy's unpaid rent"));
    q.bind(QStringLiteral(":t"), tenancyId).exec();
    QList<RentLine> out;
    while (q.next())
        out << readLine(q);
    return out;
}

void RentRepository::setLine(qint64 id, int days, Money amount, Money paid)
{
    Query q(m_db,
            QStringLiteral("UPDATE housing_rent_lines SET days = :days, amount = :amount, paid = "
                           ":paid WHERE id = :id"),
            tr("changing a rent line"));
    q.bind(QStringLiteral(":days"), days)
        .bind(QStringLiteral(":amount"), amount.fen())
        .bind(QStringLiteral(":paid"), paid.fen())
        .bind(QStringLiteral(":id"), id)
        .exec();
}

void RentRepository::addPaid(qint64 id, Money amount)
{
    Query q(m_db,
            QStringLiteral("UPDATE housing_rent_lines SET paid = paid + :amount WHERE id = :id"),
            tr("recording a payment on a rent line"));
    q.bind(QStringLiteral(":amount"), amount.fen()).bind(QStringLiteral(":id"), id).exec();
}

QList<RentLineRow> RentRepository::linesPageAfter(const RentRollFilter &filter,
                                                  const KeysetCursor &after, int limit) const
{
    const Keyset keyset({QStringLiteral("l.id")}, false);
    return keysetPage<RentLineRow>(
        m_db,
        kLineColumns + QStringLiteral(", s.name, f.building, f.unit, f.number, c.name, c.id"),
        QStringLiteral(" FROM housing_rent_lines l") + kTenancyJoins, whereOf(filter), keyset,
        after, limit, tr("listing the rent roll"), [](const Query &q) {
            RentLineRow row;
            row.line = readLine(q);
            row.staffName = q.value(7).toString();
            row.flatLabel = flatLabel(q.value(8), q.value(9), q.value(10));
            row.complexName = q.value(11).toString();
            row.complexId = q.value(12).toLongLong();
            return row;
        });
}

RentRollTotals RentRepository::totals(const RentRollFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db,
            QStringLiteral("SELECT count(*), coalesce(sum(l.amount), 0), coalesce(sum(l.paid), 0) "
                           "FROM housing_rent_lines l")
                + kTenancyJoins + w.sql(),
            tr("adding up the rent roll"));
    w.bindTo(q);
    q.exec();
    RentRollTotals t;
    if (q.next()) {
        t.lines = q.value(0).toInt();
        t.amount = Money(q.value(1).toLongLong());
        t.paid = Money(q.value(2).toLongLong());
    }
    return t;
}

qint64 RentRepository::insertPayment(const Payment &p, const QString &kind, qint64 createdAt)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO housing_payments (tenancy_id, line_id, paid_on, amount, "
                           "kind, note, created_at) VALUES (:t, :line, :on, :amount, :kind, :note, "
                           ":at)"),
            tr("saving a rent payment"));
    q.bind(QStringLiteral(":t"), p.tenancyId)
        .bindOptionalId(QStringLiteral(":line"), p.lineId)
        .bind(QStringLiteral(":on"), toIsoDate(p.paidOn))
        .bind(QStringLiteral(":amount"), p.amount.fen())
        .bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":note"), orgsql::textValue(p.note))
        .bind(QStringLiteral(":at"), createdAt)
        .exec();
    return q.lastInsertId();
}

QList<Payment> RentRepository::paymentsOf(qint64 tenancyId) const
{
    Query q(m_db,
            QStringLiteral("SELECT id, line_id, paid_on, amount, note FROM housing_payments WHERE "
                           "tenancy_id = :t ORDER BY paid_on, id"),
            tr("listing a tenancy's payments"));
    q.bind(QStringLiteral(":t"), tenancyId).exec();
    QList<Payment> out;
    while (q.next()) {
        Payment p;
        p.id = q.value(0).toLongLong();
        p.tenancyId = tenancyId;
        p.lineId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        p.paidOn = orgsql::dateFrom(q.value(2));
        p.amount = Money(q.value(3).toLongLong());
        p.note = q.value(4).toString();
        out << p;
    }
    return out;
}

QList<ArrearsRow> RentRepository::arrearsPageAfter(const ArrearsFilter &filter,
                                                   const KeysetCursor &after, int limit) const
{
    const Keyset keyset({QStringLiteral("ar.owed"), QStringLiteral("t.id")}, true);
    return keysetPage<ArrearsRow>(
        m_db,
        QStringLiteral("t.id, c.id, s.name, f.building, f.unit, f.number, c.name, ar.months, "
                       "ar.oldest, ar.owed"),
        kArrearsFrom, arrearsWhere(filter), keyset, after, limit, tr("listing arrears"),
        [](const Query &q) {
            ArrearsRow row;
            row.tenancyId = q.value(0).toLongLong();
            row.complexId = q.value(1).toLongLong();
            row.staffName = q.value(2).toString();
            row.flatLabel = flatLabel(q.value(3), q.value(4), q.value(5));
            row.complexName = q.value(6).toString();
            row.months = q.value(7).toInt();
            row.oldestMonth = q.value(8).toString();
            row.outstanding = Money(q.value(9).toLongLong());
            return row;
        });
}

int RentRepository::arrearsCount(const ArrearsFilter &filter) const
{
    const SqlWhere w = arrearsWhere(filter);
    Query q(m_db, QStringLiteral("SELECT count(*)") + kArrearsFrom + w.sql(),
            tr("counting arrears"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

QList<ComplexArrears> RentRepository::arrearsByComplex(qint64 scopeRoot) const
{
    SqlWhere w;
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT c.id, c.name, count(*), sum(ar.owed)") + kArrearsFrom + w.sql()
                + QStringLiteral(" GROUP BY c.id, c.name ORDER BY sum(ar.owed) DESC, c.id"),
            tr("adding up arrears per complex"));
    w.bindTo(q);
    q.exec();
    QList<ComplexArrears> out;
    while (q.next()) {
        ComplexArrears a;
        a.complexId = q.value(0).toLongLong();
        a.complexName = q.value(1).toString();
        a.tenants = q.value(2).toInt();
        a.outstanding = Money(q.value(3).toLongLong());
        out << a;
    }
    return out;
}

} // namespace ga::housing

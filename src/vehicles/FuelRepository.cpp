#include "vehicles/FuelRepository.h"

#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Keyset.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

#include <QDateTime>

namespace ga::vehicles {

namespace {

// NOT NULL text columns: a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
const char *kSelect
    = "SELECT id, vehicle_id, card_no, at, fuel_kind, quantity_milli, amount, station, "
      "odometer_km FROM fuel_transactions";

// The fuel ledger's order is the order of fuel_transactions_vehicle (vehicle_id, at, fuel_kind,
// quantity_milli, amount, then the row id), newest first: every page is one range of the index
// the importer keeps anyway (schema 3 dropped the time-only index for the import's sake). Split
// on the vehicle: the rest of the cursor's vehicle, then the vehicles after it — so a list of one
// vehicle is a range on (vehicle_id = ? AND at <= ?) too.
const Keyset kFuelKey({QStringLiteral("vehicle_id"), QStringLiteral("at"),
                       QStringLiteral("fuel_kind"), QStringLiteral("quantity_milli"),
                       QStringLiteral("amount"), QStringLiteral("id")},
                      Keyset::Direction::Descending, 1);

// The fuel ledger list's filters; the page and the count share them.
SqlWhere whereOf(const FuelFilter &f)
{
    SqlWhere w;
    if (f.vehicleId > 0)
        w.add(QStringLiteral("vehicle_id = :vehicle"), QStringLiteral(":vehicle"), f.vehicleId);
    if (f.range && f.range->from.isValid() && f.range->to.isValid()) {
        w.add(QStringLiteral("at >= :from AND at < :to"))
            .bind(QStringLiteral(":from"), QDateTime(f.range->from, QTime(0, 0)).toSecsSinceEpoch())
            .bind(QStringLiteral(":to"),
                  QDateTime(f.range->to.addDays(1), QTime(0, 0)).toSecsSinceEpoch());
    }
    if (f.scopeRoot > 0)
        w.add(QStringLiteral("vehicle_id IN (SELECT sv.id FROM vehicles sv WHERE "
                             "sv.department_id IN (%1))")
                  .arg(AgencyScope::subtreeSelect(QStringLiteral(":scope_root"))),
              QStringLiteral(":scope_root"), f.scopeRoot);
    return w;
}

} // namespace

FuelRepository::FuelRepository(Database &db)
    : m_db(db)
{}

FuelTransaction FuelRepository::read(const Query &q)
{
    FuelTransaction t;
    t.id = q.value(0).toLongLong();
    t.vehicleId = q.value(1).toLongLong();
    t.cardNo = q.value(2).toString();
    t.at = q.value(3).toLongLong();
    t.fuelKind = fromFuelKindKey(q.value(4).toString()).value_or(FuelKind::Petrol);
    t.quantityMilli = q.value(5).toLongLong();
    t.amount = Money(q.value(6).toLongLong());
    t.station = q.value(7).toString();
    if (!q.value(8).isNull())
        t.odometerKm = q.value(8).toInt();
    return t;
}

void FuelRepository::bind(const FuelTransaction &t, Query &q)
{
    q.bind(QStringLiteral(":vehicle_id"), t.vehicleId)
        .bind(QStringLiteral(":card_no"), text(t.cardNo))
        .bind(QStringLiteral(":at"), t.at)
        .bind(QStringLiteral(":fuel_kind"), key(t.fuelKind))
        .bind(QStringLiteral(":quantity_milli"), t.quantityMilli)
        .bind(QStringLiteral(":amount"), t.amount.fen())
        .bind(QStringLiteral(":station"), text(t.station))
        .bind(QStringLiteral(":odometer_km"), t.odometerKm ? QVariant(*t.odometerKm) : QVariant());
}

QList<FuelTransaction> FuelRepository::rows(const SqlWhere &where, const QString &orderBy,
                                            int limit, int offset) const
{
    QList<FuelTransaction> list;
    if (limit <= 0)
        return list;
    Query q(m_db,
            QStringLiteral("SELECT id, vehicle_id, card_no, at, fuel_kind, quantity_milli, amount, "
                           "station, odometer_km")
                + kFuelKey.selectList() + QStringLiteral(" FROM fuel_transactions") + where.sql()
                + orderBy
                + (offset > 0 ? QStringLiteral(" LIMIT :limit OFFSET :offset")
                              : QStringLiteral(" LIMIT :limit")),
            tr("listing fuel transactions"));
    where.bindTo(q);
    q.bind(QStringLiteral(":limit"), limit);
    if (offset > 0)
        q.bind(QStringLiteral(":offset"), offset);
    q.exec();
    while (q.next()) {
        FuelTransaction t = read(q);
        t.key = kFuelKey.cursorAt(q, 9);
        list << t;
    }
    return list;
}

QList<FuelTransaction> FuelRepository::pageAfter(const FuelFilter &filter,
                                                 const KeysetCursor &after, int limit) const
{
    return kFuelKey.page(
        whereOf(filter), after, limit,
        [&](const SqlWhere &w, const QString &orderBy, int n) { return rows(w, orderBy, n, 0); });
}

QList<FuelTransaction> FuelRepository::page(const FuelFilter &filter, int offset, int limit) const
{
    return rows(whereOf(filter), kFuelKey.orderBy(), limit, qMax(0, offset));
}

int FuelRepository::count(const FuelFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM fuel_transactions") + w.sql(),
            tr("counting fuel transactions"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

std::optional<FuelTransaction> FuelRepository::find(qint64 id) const
{
    Query q(m_db, QLatin1String(kSelect) + QStringLiteral(" WHERE id = :id"),
            tr("loading a fuel transaction"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

qint64 FuelRepository::insert(const FuelTransaction &t, qint64 createdAt)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO fuel_transactions (vehicle_id, card_no, at, fuel_kind, "
                           "quantity_milli, amount, station, odometer_km, created_at) VALUES "
                           "(:vehicle_id, :card_no, :at, :fuel_kind, :quantity_milli, :amount, "
                           ":station, :odometer_km, :created_at)"),
            tr("saving a fuel transaction"));
    bind(t, q);
    q.bind(QStringLiteral(":created_at"), createdAt).exec();
    return q.lastInsertId();
}

void FuelRepository::update(const FuelTransaction &t)
{
    Query q(
        m_db,
        QStringLiteral("UPDATE fuel_transactions SET vehicle_id = :vehicle_id, card_no = :card_no, "
                       "at = :at, fuel_kind = :fuel_kind, quantity_milli = :quantity_milli, "
                       "amount = :amount, station = :station, odometer_km = :odometer_km "
                       "WHERE id = :id"),
        tr("saving a fuel transaction"));
    bind(t, q);
    q.bind(QStringLiteral(":id"), t.id).exec();
}

qint64 FuelRepository::duplicateOf(const FuelTransaction &t) const
{
    Query q(m_db,
            QStringLiteral("SELECT id FROM fuel_transactions WHERE card_no = :card_no AND at = :at "
                           "AND amount = :amount AND id <> :id"),
            tr("checking for a duplicate fuel transaction"));
    q.bind(QStringLiteral(":card_no"), text(t.cardNo))
        .bind(QStringLiteral(":at"), t.at)
        .bind(QStringLiteral(":amount"), t.amount.fen())
        .bind(QStringLiteral(":id"), t.id);
    return q.scalar(0).toLongLong();
}

} // namespace ga::vehicles

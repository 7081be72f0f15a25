#include "energy/ReadingRepository.h"

#include "energy/EnergySql.h"
#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"
#include "storage/SqlWhere.h"

namespace ga::energy {

namespace {

// The columns of a reading under alias `a`, in the order readReading() takes them.
QString readingColumns(const QString &a)
{
    QStringList cols;
    for (const char *c : {"id", "meter_id", "month", "value_milli", "consumption_milli", "amount",
                          "event", "old_final_milli", "new_start_milli", "flags", "note", "source",
                          "updated_at", "created_at"})
        cols << a + QLatin1Char('.') + QString::fromLatin1(c);
    return cols.join(QStringLiteral(", "));
}
constexpr int kReadingColumnCount = 14;

std::optional<Reading> readReading(const Query &q, int at)
{
    if (q.value(at).isNull())
        return std::nullopt;
    Reading r;
    r.id = q.value(at).toLongLong();
    r.meterId = q.value(at + 1).toLongLong();
    r.month = q.value(at + 2).toString();
    r.valueMilli = q.value(at + 3).toLongLong();
    r.consumptionMilli = q.value(at + 4).toLongLong();
    if (!q.value(at + 5).isNull())
        r.amount = q.value(at + 5).toLongLong();
    r.event = readingEventFromKey(q.value(at + 6).toString()).value_or(ReadingEvent::None);
    r.oldFinalMilli = q.value(at + 7).toLongLong();
    r.newStartMilli = q.value(at + 8).toLongLong();
    r.flags = q.value(at + 9).toInt();
    r.note = q.value(at + 10).toString();
    r.source = q.value(at + 11).toString();
    r.updatedAt = q.value(at + 12).toLongLong();
    r.createdAt = q.value(at + 13).toLongLong();
    return r;
}

// The buildings' conditions of the aggregates: the user's scope, an agency, one building.
SqlWhere scopeWhere(qint64 scopeRoot, qint64 departmentRoot, qint64 buildingId)
{
    SqlWhere w;
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("b.department_id"));
    if (departmentRoot > 0)
        AgencyScope(departmentRoot).restrict(w, QStringLiteral("b.department_id"));
    if (buildingId > 0)
        w.add(QStringLiteral("b.id = :building"), QStringLiteral(":building"), buildingId);
    return w;
}

} // namespace

ReadingRepository::ReadingRepository(Database &db)
    : m_db(db)
{}

std::optional<Reading> ReadingRepository::find(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM energy_readings r WHERE r.id = :id")
                .arg(readingColumns(QStringLiteral("r"))),
            tr("loading a reading"));
    q.bind(QStringLiteral(":id"), id).exec();
    return q.next() ? readReading(q, 0) : std::nullopt;
}

std::optional<Reading> ReadingRepository::find(qint64 meterId, const QString &month) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM energy_readings r WHERE r.meter_id = :m "
                           "AND r.month = :month")
                .arg(readingColumns(QStringLiteral("r"))),
            tr("loading a reading"));
    q.bind(QStringLiteral(":m"), meterId).bind(QStringLiteral(":month"), month).exec();
    return q.next() ? readReading(q, 0) : std::nullopt;
}

std::optional<Reading> ReadingRepository::previous(qint64 meterId, const QString &month) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM energy_readings r WHERE r.meter_id = :m "
                           "AND r.month < :month ORDER BY r.month DESC LIMIT 1")
                .arg(readingColumns(QStringLiteral("r"))),
            tr("loading the previous reading"), Query::Prepared::Keep);
    q.bind(QStringLiteral(":m"), meterId).bind(QStringLiteral(":month"), month).exec();
    return q.next() ? readReading(q, 0) : std::nullopt;
}

std::optional<Reading> ReadingRepository::next(qint64 meterId, const QString &month) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM energy_readings r WHERE r.meter_id = :m "
                           "AND r.month > :month ORDER BY r.month LIMIT 1")
                .arg(readingColumns(QStringLiteral("r"))),
            tr("loading the next reading"));
    q.bind(QStringLiteral(":m"), meterId).bind(QStringLiteral(":month"), month).exec();
    return q.next() ? readReading(q, 0) : std::nullopt;
}

QList<qint64> ReadingRepository::sameMonthHistory(qint64 meterId, const QString &month) const
{
    Query q(m_db,
            QStringLiteral("SELECT consumption_milli FROM energy_readings WHERE meter_id = :m "
                           "AND month < :month AND substr(month, 6, 2) = :mm"),
            tr("loading the meter's history"), Query::Prepared::Keep);
    q.bind(QStringLiteral(":m"), meterId)
        .bind(QStringLiteral(":month"), month)
        .bind(QStringLiteral(":mm"), month.mid(5, 2))
        .exec();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

QList<Reading> ReadingRepository::ofMeter(qint64 meterId, const QString &from,
                                          const QString &to) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM energy_readings r WHERE r.meter_id = :m "
                           "AND r.month >= :from AND r.month <= :to ORDER BY r.month")
                .arg(readingColumns(QStringLiteral("r"))),
            tr("loading a meter's readings"));
    q.bind(QStringLiteral(":m"), meterId)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":to"), to)
        .exec();
    QList<Reading> out;
    while (q.next())
        out << *readReading(q, 0);
    return out;
}

QList<GridRow> ReadingRepository::grid(const QString &month, qint64 scopeRoot,
                                       qint64 buildingId) const
{
    SqlWhere w = scopeWhere(scopeRoot, 0, buildingId);
    w.add(QStringLiteral("m.status = 'active'"));
    w.add(QStringLiteral("b.status = 'active'"));
    w.add(QStringLiteral("m.since_month <= :month_s"), QStringLiteral(":month_s"), month);
    Query q(m_db,
            QStringLiteral("SELECT %1, b.code, b.name, %2, %3, %4 FROM energy_meters m "
                           "JOIN buildings b ON b.id = m.building_id "
                           "LEFT JOIN energy_readings c ON c.meter_id = m.id AND c.month = :month "
                           "LEFT JOIN energy_readings p ON p.meter_id = m.id AND p.month = :prev "
                           "LEFT JOIN energy_readings y ON y.meter_id = m.id AND y.month = :ly")
                    .arg(sql::meterColumns(), readingColumns(QStringLiteral("c")),
                         readingColumns(QStringLiteral("p")), readingColumns(QStringLiteral("y")))
                + w.sql() + QStringLiteral(" ORDER BY b.code, m.meter_no, m.id"),
            tr("loading the entry grid"));
    q.bind(QStringLiteral(":month"), month)
        .bind(QStringLiteral(":prev"), addMonths(month, -1))
        .bind(QStringLiteral(":ly"), addMonths(month, -12));
    w.bindTo(q);
    q.exec();
    QList<GridRow> out;
    constexpr int c = sql::kMeterColumnCount + 2;
    while (q.next()) {
        GridRow row;
        row.meter = sql::readMeter(q);
        row.buildingCode = q.value(sql::kMeterColumnCount).toString();
        row.buildingName = q.value(sql::kMeterColumnCount + 1).toString();
        row.current = readReading(q, c);
        row.lastMonth = readReading(q, c + kReadingColumnCount);
        row.lastYear = readReading(q, c + 2 * kReadingColumnCount);
        out << row;
    }
    return out;
}

QList<MonthTotal> ReadingRepository::totals(const QString &from, const QString &to,
                                            qint64 scopeRoot, qint64 departmentRoot,
                                            qint64 buildingId) const
{
    SqlWhere w = scopeWhere(scopeRoot, departmentRoot, buildingId);
    Query q(m_db,
            QStringLiteral(
                "SELECT m.building_id, m.energy_type, m.unit, r.month, sum(r.consumption_milli), "
                "sum(CASE WHEN r.amount IS NOT NULL THEN r.amount "
                "ELSE (m.unit_price * r.consumption_milli + 50000) / 100000 END), count(*), "
                "sum(CASE WHEN r.flags <> 0 AND r.note = '' THEN 1 ELSE 0 END) "
                "FROM energy_readings r JOIN energy_meters m ON m.id = r.meter_id "
                "JOIN buildings b ON b.id = m.building_id "
                "WHERE r.month >= :from AND r.month <= :to")
                + w.andClause()
                + QStringLiteral(" GROUP BY m.building_id, m.energy_type, m.unit, r.month"),
            tr("adding up the readings"));
    q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    w.bindTo(q);
    q.exec();
    QList<MonthTotal> out;
    while (q.next()) {
        MonthTotal t;
        t.buildingId = q.value(0).toLongLong();
        t.type = energyTypeFromKey(q.value(1).toString()).value_or(EnergyType::Other);
        t.unit = q.value(2).toString();
        t.month = q.value(3).toString();
        t.consumptionMilli = q.value(4).toLongLong();
        t.cost = q.value(5).toLongLong();
        t.readings = q.value(6).toInt();
        t.unconfirmed = q.value(7).toInt();
        out << t;
    }
    return out;
}

QList<MonthPresence> ReadingRepository::presence(const QString &from, const QString &to,
                                                 qint64 scopeRoot, qint64 departmentRoot,
                                                 qint64 buildingId) const
{
    SqlWhere w = scopeWhere(scopeRoot, departmentRoot, buildingId);
    Query q(m_db,
            QStringLiteral("SELECT m.building_id, r.month, count(*), "
                           "sum(CASE WHEN r.flags <> 0 THEN 1 ELSE 0 END) "
                           "FROM energy_readings r JOIN energy_meters m ON m.id = r.meter_id "
                           "JOIN buildings b ON b.id = m.building_id "
                           "WHERE r.month >= :from AND r.month <= :to AND m.status = 'active' "
                           "AND r.month >= m.since_month")
                + w.andClause() + QStringLiteral(" GROUP BY m.building_id, r.month"),
            tr("counting the readings"));
    q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    w.bindTo(q);
    q.exec();
    QList<MonthPresence> out;
    while (q.next()) {
        MonthPresence p;
        p.buildingId = q.value(0).toLongLong();
        p.month = q.value(1).toString();
        p.readings = q.value(2).toInt();
        p.flagged = q.value(3).toInt();
        out << p;
    }
    return out;
}

void ReadingRepository::bind(const Reading &r, Query &q)
{
    q.bind(QStringLiteral(":meter_id"), r.meterId)
        .bind(QStringLiteral(":month"), r.month)
        .bind(QStringLiteral(":value_milli"), r.valueMilli)
        .bind(QStringLiteral(":consumption_milli"), r.consumptionMilli)
        .bind(QStringLiteral(":amount"), r.amount ? QVariant(*r.amount) : QVariant())
        .bind(QStringLiteral(":event"), readingEventKey(r.event))
        .bind(QStringLiteral(":old_final_milli"),
              r.event == ReadingEvent::Replacement ? QVariant(r.oldFinalMilli) : QVariant())
        .bind(QStringLiteral(":new_start_milli"),
              r.event == ReadingEvent::Replacement ? QVariant(r.newStartMilli) : QVariant())
        .bind(QStringLiteral(":flags"), r.flags)
        .bind(QStringLiteral(":note"), r.note.isNull() ? QStringLiteral("") : r.note)
        .bind(QStringLiteral(":source"), r.source)
        .bind(QStringLiteral(":updated_at"), r.updatedAt);
}

const RecordTable &ReadingRepository::table()
{
    static const RecordTable table(
        QStringLiteral("energy_readings"),
        {QStringLiteral("meter_id"), QStringLiteral("month"), QStringLiteral("value_milli"),
         QStringLiteral("consumption_milli"), QStringLiteral("amount"), QStringLiteral("event"),
         QStringLiteral("old_final_milli"), QStringLiteral("new_start_milli"),
         QStringLiteral("flags"), QStringLiteral("note"), QStringLiteral("source"),
         QStringLiteral("updated_at")});
    return table;
}

qint64 ReadingRepository::insert(const Reading &r)
{
    return table().insert(m_db, tr("saving a reading"), [&](Query &q) { bind(r, q); },
                          r.createdAt);
}

void ReadingRepository::update(const Reading &r)
{
    table().update(m_db, r.id, tr("saving a reading"), [&](Query &q) { bind(r, q); });
}

int ReadingRepository::removeMonth(const QList<qint64> &meterIds, const QString &month)
{
    int removed = 0;
    for (qint64 id : meterIds) {
        Query q(m_db,
                QStringLiteral("DELETE FROM energy_readings WHERE meter_id = :m AND month = :month"),
                tr("replacing a month's readings"), Query::Prepared::Keep);
        q.bind(QStringLiteral(":m"), id).bind(QStringLiteral(":month"), month).exec();
        removed += q.numRowsAffected();
    }
    return removed;
}

} // namespace ga::energy

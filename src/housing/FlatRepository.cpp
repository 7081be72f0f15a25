#include "housing/FlatRepository.h"

#include "core/Period.h"
#include "org/AgencyScope.h"
#include "org/OrgSql.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"

#include <QSet>

namespace ga::housing {

namespace {

const QString kColumns = QStringLiteral(
    "f.id, f.complex_id, f.building, f.unit, f.floor, f.number, f.area, f.layout, f.water_meter, "
    "f.power_meter, f.gas_meter, f.status, f.vacant_since, f.created_at");

const RecordTable &table()
{
    static const RecordTable t(
        QStringLiteral("housing_flats"),
        {QStringLiteral("complex_id"), QStringLiteral("building"), QStringLiteral("unit"),
         QStringLiteral("floor"), QStringLiteral("number"), QStringLiteral("area"),
         QStringLiteral("layout"), QStringLiteral("water_meter"), QStringLiteral("power_meter"),
         QStringLiteral("gas_meter"), QStringLiteral("status"), QStringLiteral("vacant_since")});
    return t;
}

Flat readFlat(const Query &q)
{
    Flat f;
    f.id = q.value(0).toLongLong();
    f.complexId = q.value(1).toLongLong();
    f.building = q.value(2).toString();
    f.unit = q.value(3).toString();
    f.floor = q.value(4).toInt();
    f.number = q.value(5).toString();
    f.area = q.value(6).toLongLong();
    f.layout = q.value(7).toString();
    f.waterMeter = q.value(8).toString();
    f.powerMeter = q.value(9).toString();
    f.gasMeter = q.value(10).toString();
    f.status = flatStatusFromKey(q.value(11).toString()).value_or(FlatStatus::Vacant);
    f.vacantSince = orgsql::dateFrom(q.value(12));
    f.createdAt = q.value(13).toLongLong();
    return f;
}

SqlWhere whereOf(const FlatFilter &f)
{
    SqlWhere w;
    if (f.complexId > 0)
        w.add(QStringLiteral("f.complex_id = :complex"), QStringLiteral(":complex"), f.complexId);
    if (f.status)
        w.add(QStringLiteral("f.status = :status"), QStringLiteral(":status"),
              flatStatusKey(*f.status));
    if (!f.layout.isEmpty())
        w.add(QStringLiteral("f.layout = :layout"), QStringLiteral(":layout"), f.layout);
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = orgsql::likePattern(f.text.trimmed());
        w.add(QStringLiteral("f.building LIKE :t1 ESCAPE '\\' OR f.number LIKE :t2 ESCAPE '\\' "
                             "OR f.layout LIKE :t3 ESCAPE '\\' OR f.water_meter LIKE :t4 ESCAPE "
                             "'\\' OR f.power_meter LIKE :t5 ESCAPE '\\' OR f.gas_meter LIKE :t6 "
                             "ESCAPE '\\'"));
        for (const char *p : {":t1", ":t2", ":t3", ":t4", ":t5", ":t6"})
            w.bind(QString::fromLatin1(p), pattern);
    }
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    return w;
}

Keyset keysetOf(const FlatFilter &f)
{
    const bool desc = f.order == Qt::DescendingOrder;
    switch (f.sort) {
    case FlatSort::Number:
        break;
    case FlatSort::Area: return Keyset({QStringLiteral("f.area"), QStringLiteral("f.id")}, desc);
    case FlatSort::Layout:
        return Keyset({QStringLiteral("f.layout"), QStringLiteral("f.id")}, desc);
    case FlatSort::Status:
        return Keyset({QStringLiteral("f.status"), QStringLiteral("f.id")}, desc, 1);
    }
    return Keyset({QStringLiteral("f.building"), QStringLiteral("f.unit"),
                   QStringLiteral("f.number"), QStringLiteral("f.id")},
                  desc);
}

const QString kFrom = QStringLiteral(
    " FROM housing_flats f JOIN housing_complexes c ON c.id = f.complex_id "
    "LEFT JOIN housing_tenancies t ON t.flat_id = f.id AND t.status = 'active' "
    "LEFT JOIN staff s ON s.id = t.staff_id");

} // namespace

FlatRepository::FlatRepository(Database &db)
    : m_db(db)
{
}

std::optional<Flat> FlatRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM housing_flats f WHERE f.id = :id").arg(kColumns),
            tr("loading a flat"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    Flat f = readFlat(q);
    Query items(m_db,
                QStringLiteral("SELECT id, name, quantity, value FROM housing_flat_items WHERE "
                               "flat_id = :id ORDER BY id"),
                tr("loading a flat's inventory"));
    items.bind(QStringLiteral(":id"), id).exec();
    while (items.next()) {
        InventoryItem item;
        item.id = items.value(0).toLongLong();
        item.name = items.value(1).toString();
        item.quantity = items.value(2).toInt();
        item.value = items.value(3).toLongLong();
        f.items << item;
    }
    return f;
}

std::optional<qint64> FlatRepository::findId(qint64 complexId, const QString &building,
                                             const QString &unit, const QString &number) const
{
    Query q(m_db,
            QStringLiteral("SELECT id FROM housing_flats WHERE complex_id = :c AND building = :b "
                           "AND unit = :u AND number = :n"),
            tr("looking up a flat"));
    q.bind(QStringLiteral(":c"), complexId)
        .bind(QStringLiteral(":b"), orgsql::textValue(building))
        .bind(QStringLiteral(":u"), orgsql::textValue(unit))
        .bind(QStringLiteral(":n"), orgsql::textValue(number))
        .exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<FlatRow> FlatRepository::pageAfter(const FlatFilter &filter, const KeysetCursor &after,
                                         int limit) const
{
    return keysetPage<FlatRow>(m_db, kColumns + QStringLiteral(", c.name, c.department_id, s.name"),
                               kFrom, whereOf(filter), keysetOf(filter), after, limit,
                               tr("listing flats"), [](const Query &q) {
                                   FlatRow row;
                                   row.flat = readFlat(q);
                                   row.complexName = q.value(14).toString();
                                   row.departmentId = q.value(15).toLongLong();
                                   row.tenantName = q.value(16).toString();
                                   return row;
                               });
}

int FlatRepository::count(const FlatFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM housing_flats f JOIN housing_complexes c ON c.id "
                           "= f.complex_id")
                + w.sql(),
            tr("counting flats"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

qint64 FlatRepository::departmentOf(qint64 flatId) const
{
    Query q(m_db,
            QStringLiteral("SELECT c.department_id FROM housing_flats f JOIN housing_complexes c "
                           "ON c.id = f.complex_id WHERE f.id = :id"),
            tr("loading a flat"));
    q.bind(QStringLiteral(":id"), flatId);
    return q.scalar(0).toLongLong();
}

QStringList FlatRepository::layouts() const
{
    Query q(m_db, QStringLiteral("SELECT DISTINCT layout FROM housing_flats ORDER BY layout"),
            tr("listing flat layouts"));
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void FlatRepository::bind(const Flat &f, Query &q)
{
    q.bind(QStringLiteral(":complex_id"), f.complexId)
        .bind(QStringLiteral(":building"), orgsql::textValue(f.building))
        .bind(QStringLiteral(":unit"), orgsql::textValue(f.unit))
        .bind(QStringLiteral(":floor"), f.floor)
        .bind(QStringLiteral(":number"), orgsql::textValue(f.number))
        .bind(QStringLiteral(":area"), f.area)
        .bind(QStringLiteral(":layout"), orgsql::textValue(f.layout))
        .bind(QStringLiteral(":water_meter"), orgsql::textValue(f.waterMeter))
        .bind(QStringLiteral(":power_meter"), orgsql::textValue(f.powerMeter))
        .bind(QStringLiteral(":gas_meter"), orgsql::textValue(f.gasMeter))
        .bind(QStringLiteral(":status"), flatStatusKey(f.status))
        .bind(QStringLiteral(":vacant_since"), orgsql::dateValue(f.vacantSince));
}

void FlatRepository::saveItems(qint64 flatId, const QList<InventoryItem> &items, bool replacing)
{
    if (replacing) {
        QSet<qint64> kept;
        for (const InventoryItem &item : items)
            if (item.id > 0)
                kept.insert(item.id);
        Query existing(m_db, QStringLiteral("SELECT id FROM housing_flat_items WHERE flat_id = :f"),
                       tr("loading a flat's inventory"));
        existing.bind(QStringLiteral(":f"), flatId).exec();
        QList<qint64> gone;
        while (existing.next())
            if (!kept.contains(existing.value(0).toLongLong()))
                gone << existing.value(0).toLongLong();
        for (qint64 id : gone) {
            Query del(m_db, QStringLiteral("DELETE FROM housing_flat_items WHERE id = :id"),
                      tr("removing an inventory line"));
            del.bind(QStringLiteral(":id"), id).exec();
        }
    }
    for (const InventoryItem &item : items) {
        const bool update = replacing && item.id > 0;
        Query q(m_db,
                update ? QStringLiteral("UPDATE housing_flat_items SET name = :name, quantity = "
                                        ":quantity, value = :value WHERE id = :id AND flat_id = "
                                        ":flat_id")
                       : QStringLiteral("INSERT INTO housing_flat_items (flat_id, name, quantity, "
                                        "value) VALUES (:flat_id, :name, :quantity, :value)"),
                tr("saving an inventory line"));
        q.bind(QStringLiteral(":flat_id"), flatId)
            .bind(QStringLiteral(":name"), orgsql::textValue(item.name))
            .bind(QStringLiteral(":quantity"), item.quantity)
            .bind(QStringLiteral(":value"), item.value);
        if (update)
            q.bind(QStringLiteral(":id"), item.id);
        q.exec();
    }
}

qint64 FlatRepository::insert(const Flat &f)
{
    const qint64 id = table().insert(
        m_db, tr("saving a new flat"), [&](Query &q) { bind(f, q); }, f.createdAt);
    saveItems(id, f.items, false);
    return id;
}

void FlatRepository::update(const Flat &f)
{
    table().update(m_db, f.id, tr("saving a flat"), [&](Query &q) { bind(f, q); });
    saveItems(f.id, f.items, true);
}

void FlatRepository::setStatus(qint64 id, FlatStatus status, const QDate &vacantSince)
{
    Query q(m_db,
            QStringLiteral("UPDATE housing_flats SET status = :status, vacant_since = :since "
                           "WHERE id = :id"),
            tr("changing the status of a flat"));
    q.bind(QStringLiteral(":status"), flatStatusKey(status))
        .bind(QStringLiteral(":since"), orgsql::dateValue(vacantSince))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

bool FlatRepository::isReferenced(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("SELECT (SELECT count(*) FROM housing_tenancies WHERE flat_id = :a) + "
                           "(SELECT count(*) FROM housing_offers WHERE flat_id = :b)"),
            tr("checking what refers to a flat"));
    q.bind(QStringLiteral(":a"), id).bind(QStringLiteral(":b"), id);
    return q.scalar(0).toLongLong() > 0;
}

void FlatRepository::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM housing_flat_items WHERE flat_id = :id"),
            tr("deleting a flat's inventory"));
    q.bind(QStringLiteral(":id"), id).exec();
    table().remove(m_db, id, tr("deleting a flat"));
}

} // namespace ga::housing

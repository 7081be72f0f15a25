#include "energy/MeterRepository.h"

#include "energy/EnergySql.h"
#include "org/AgencyScope.h"
#include "org/OrgSql.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"
#include "storage/SqlWhere.h"

namespace ga::energy {

namespace {

using sql::readMeter;
const QString kColumns = sql::meterColumns();
constexpr int kColumnCount = sql::kMeterColumnCount;

} // namespace

QString sql::meterColumns()
{
    return QStringLiteral(
        "m.id, m.building_id, m.meter_no, m.energy_type, m.unit, m.reading_kind, m.since_month, "
        "m.initial_milli, m.rollover_milli, m.unit_price, m.note, m.status, m.created_at");
}

Meter sql::readMeter(const Query &q)
{
    Meter m;
    m.id = q.value(0).toLongLong();
    m.buildingId = q.value(1).toLongLong();
    m.meterNo = q.value(2).toString();
    m.type = energyTypeFromKey(q.value(3).toString()).value_or(EnergyType::Other);
    m.unit = q.value(4).toString();
    m.kind = readingKindFromKey(q.value(5).toString()).value_or(ReadingKind::Period);
    m.sinceMonth = q.value(6).toString();
    m.initialMilli = q.value(7).toLongLong();
    m.rolloverMilli = q.value(8).toLongLong();
    m.unitPrice = q.value(9).toLongLong();
    m.note = q.value(10).toString();
    m.status = q.value(11).toString() == QLatin1String("retired") ? MeterStatus::Retired
                                                                  : MeterStatus::Active;
    m.createdAt = q.value(12).toLongLong();
    return m;
}

namespace {

SqlWhere whereOf(const MeterFilter &f)
{
    SqlWhere w;
    if (!f.includeRetired)
        w.add(QStringLiteral("m.status = 'active'"));
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = orgsql::likePattern(f.text);
        w.add(QStringLiteral("m.meter_no LIKE :t1 ESCAPE '\\' OR b.code LIKE :t2 ESCAPE '\\' "
                             "OR b.name LIKE :t3 ESCAPE '\\'"));
        for (const char *p : {":t1", ":t2", ":t3"})
            w.bind(QString::fromLatin1(p), pattern);
    }
    if (f.buildingId > 0)
        w.add(QStringLiteral("m.building_id = :building"), QStringLiteral(":building"),
              f.buildingId);
    if (f.type)
        w.add(QStringLiteral("m.energy_type = :type"), QStringLiteral(":type"),
              energyTypeKey(*f.type));
    AgencyScope(f.scopeRoot).restrict(w, QStringLiteral("b.department_id"));
    return w;
}

Keyset keysetOf(const MeterFilter &f)
{
    const bool desc = f.order == Qt::DescendingOrder;
    switch (f.sort) {
    case MeterSort::MeterNo: return Keyset({QStringLiteral("m.meter_no"), QStringLiteral("m.id")}, desc);
    case MeterSort::Type:
        return Keyset({QStringLiteral("m.energy_type"), QStringLiteral("m.id")}, desc, 1);
    case MeterSort::Building: break;
    }
    return Keyset({QStringLiteral("b.code"), QStringLiteral("m.meter_no"), QStringLiteral("m.id")},
                  desc);
}

const QString kFrom = QStringLiteral(
    " FROM energy_meters m JOIN buildings b ON b.id = m.building_id "
    "LEFT JOIN departments d ON d.id = b.department_id");

BuildingInfo readBuilding(const Query &q)
{
    BuildingInfo b;
    b.id = q.value(0).toLongLong();
    b.code = q.value(1).toString();
    b.name = q.value(2).toString();
    b.departmentId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    b.grossArea = q.value(4).toLongLong();
    b.energyUsers = q.value(5).toInt();
    return b;
}

const QString kBuildingColumns = QStringLiteral(
    "SELECT b.id, b.code, b.name, b.department_id, b.gross_area, b.energy_users FROM buildings b");

} // namespace

MeterRepository::MeterRepository(Database &db)
    : m_db(db)
{}

std::optional<Meter> MeterRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM energy_meters m WHERE m.id = :id").arg(kColumns),
            tr("loading a meter"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readMeter(q);
}

std::optional<Meter> MeterRepository::findByNumber(qint64 buildingId, const QString &meterNo) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM energy_meters m WHERE m.building_id = :b "
                           "AND m.meter_no = :no")
                .arg(kColumns),
            tr("loading a meter"));
    q.bind(QStringLiteral(":b"), buildingId).bind(QStringLiteral(":no"), meterNo).exec();
    if (!q.next())
        return std::nullopt;
    return readMeter(q);
}

QList<MeterRow> MeterRepository::pageAfter(const MeterFilter &filter, const KeysetCursor &after,
                                           int limit) const
{
    return keysetPage<MeterRow>(
        m_db, kColumns + QStringLiteral(", b.code, b.name, b.department_id, d.name"), kFrom,
        whereOf(filter), keysetOf(filter), after, limit, tr("listing meters"), [](Query &q) {
            MeterRow row;
            row.meter = readMeter(q);
            row.buildingCode = q.value(kColumnCount).toString();
            row.buildingName = q.value(kColumnCount + 1).toString();
            row.departmentId = q.value(kColumnCount + 2).isNull()
                                   ? 0
                                   : q.value(kColumnCount + 2).toLongLong();
            row.departmentName = q.value(kColumnCount + 3).toString();
            return row;
        });
}

int MeterRepository::count(const MeterFilter &filter) const
{
    const SqlWhere w = whereOf(filter);
    Query q(m_db, QStringLiteral("SELECT count(*)") + kFrom + w.sql(), tr("counting meters"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

QList<Meter> MeterRepository::all(qint64 scopeRoot, bool includeRetired) const
{
    SqlWhere w;
    if (!includeRetired)
        w.add(QStringLiteral("m.status = 'active'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("b.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM energy_meters m JOIN buildings b ON b.id = m.building_id")
                    .arg(kColumns)
                + w.sql() + QStringLiteral(" ORDER BY b.code, m.meter_no, m.id"),
            tr("listing meters"));
    w.bindTo(q);
    q.exec();
    QList<Meter> out;
    while (q.next())
        out << readMeter(q);
    return out;
}

QList<std::pair<qint64, QString>> MeterRepository::activeSince(qint64 scopeRoot) const
{
    SqlWhere w;
    w.add(QStringLiteral("m.status = 'active'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("b.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT m.building_id, m.since_month FROM energy_meters m "
                           "JOIN buildings b ON b.id = m.building_id")
                + w.sql(),
            tr("listing meters"));
    w.bindTo(q);
    q.exec();
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

std::optional<BuildingInfo> MeterRepository::building(qint64 id) const
{
    Query q(m_db, kBuildingColumns + QStringLiteral(" WHERE b.id = :id"), tr("loading a building"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readBuilding(q);
}

std::optional<BuildingInfo> MeterRepository::buildingByCode(const QString &code) const
{
    Query q(m_db, kBuildingColumns + QStringLiteral(" WHERE b.code = :code"),
            tr("loading a building"));
    q.bind(QStringLiteral(":code"), code).exec();
    if (!q.next())
        return std::nullopt;
    return readBuilding(q);
}

QList<BuildingInfo> MeterRepository::buildings(qint64 scopeRoot, qint64 departmentRoot,
                                               bool includeRetired) const
{
    SqlWhere w;
    if (!includeRetired)
        w.add(QStringLiteral("b.status = 'active'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("b.department_id"));
    if (departmentRoot > 0)
        AgencyScope(departmentRoot).restrict(w, QStringLiteral("b.department_id"));
    Query q(m_db, kBuildingColumns + w.sql() + QStringLiteral(" ORDER BY b.code"),
            tr("listing buildings"));
    w.bindTo(q);
    q.exec();
    QList<BuildingInfo> out;
    while (q.next())
        out << readBuilding(q);
    return out;
}

bool MeterRepository::numberExists(qint64 buildingId, const QString &meterNo, qint64 exceptId) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM energy_meters WHERE building_id = :b "
                           "AND meter_no = :no AND id <> :id"),
            tr("checking a meter number"));
    q.bind(QStringLiteral(":b"), buildingId)
        .bind(QStringLiteral(":no"), meterNo)
        .bind(QStringLiteral(":id"), exceptId);
    return q.scalar(0).toInt() > 0;
}

bool MeterRepository::hasReadings(qint64 meterId) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM energy_readings WHERE meter_id = :id"),
            tr("checking a meter's readings"));
    q.bind(QStringLiteral(":id"), meterId);
    return q.scalar(0).toInt() > 0;
}

void MeterRepository::bind(const Meter &m, Query &q)
{
    q.bind(QStringLiteral(":building_id"), m.buildingId)
        .bind(QStringLiteral(":meter_no"), m.meterNo)
        .bind(QStringLiteral(":energy_type"), energyTypeKey(m.type))
        .bind(QStringLiteral(":unit"), m.unit)
        .bind(QStringLiteral(":reading_kind"), readingKindKey(m.kind))
        .bind(QStringLiteral(":since_month"), m.sinceMonth)
        .bind(QStringLiteral(":initial_milli"), m.initialMilli)
        .bind(QStringLiteral(":rollover_milli"), m.rolloverMilli)
        .bind(QStringLiteral(":unit_price"), m.unitPrice)
        .bind(QStringLiteral(":note"), m.note.isNull() ? QStringLiteral("") : m.note)
        .bind(QStringLiteral(":status"),
              m.isActive() ? QStringLiteral("active") : QStringLiteral("retired"));
}

const RecordTable &MeterRepository::table()
{
    static const RecordTable table(
        QStringLiteral("energy_meters"),
        {QStringLiteral("building_id"), QStringLiteral("meter_no"), QStringLiteral("energy_type"),
         QStringLiteral("unit"), QStringLiteral("reading_kind"), QStringLiteral("since_month"),
         QStringLiteral("initial_milli"), QStringLiteral("rollover_milli"),
         QStringLiteral("unit_price"), QStringLiteral("note"), QStringLiteral("status")});
    return table;
}

qint64 MeterRepository::insert(const Meter &m)
{
    return table().insert(m_db, tr("saving a new meter"), [&](Query &q) { bind(m, q); },
                          m.createdAt);
}

void MeterRepository::update(const Meter &m)
{
    table().update(m_db, m.id, tr("saving a meter"), [&](Query &q) { bind(m, q); });
}

void MeterRepository::setStatus(qint64 id, MeterStatus status)
{
    table().set(m_db, id, QStringLiteral("status"),
                status == MeterStatus::Active ? QStringLiteral("active") : QStringLiteral("retired"),
                tr("changing a meter's status"));
}

void MeterRepository::remove(qint64 id)
{
    table().remove(m_db, id, tr("deleting a meter"));
}

} // namespace ga::energy

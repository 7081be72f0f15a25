#include "energy/StandardsRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"

namespace ga::energy {

namespace {

const QString kCoefficientColumns = QStringLiteral(
    "SELECT id, energy_type, valid_from, kgce_per_unit, unit, density_kg_per_l, note, created_at "
    "FROM energy_coefficients");

Coefficient readCoefficient(const Query &q)
{
    Coefficient c;
    c.id = q.value(0).toLongLong();
    c.type = energyTypeFromKey(q.value(1).toString()).value_or(EnergyType::Other);
    c.validFrom = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.kgcePerUnit = q.value(3).toDouble();
    c.unit = q.value(4).toString();
    if (!q.value(5).isNull())
        c.density = q.value(5).toDouble();
    c.note = q.value(6).toString();
    c.createdAt = q.value(7).toLongLong();
    return c;
}

} // namespace

CoefficientRepository::CoefficientRepository(Database &db)
    : m_db(db)
{}

QList<Coefficient> CoefficientRepository::all() const
{
    Query q(m_db, kCoefficientColumns + QStringLiteral(" ORDER BY energy_type, valid_from"),
            tr("loading the standard-coal coefficients"));
    q.exec();
    QList<Coefficient> out;
    while (q.next())
        out << readCoefficient(q);
    return out;
}

std::optional<Coefficient> CoefficientRepository::find(qint64 id) const
{
    Query q(m_db, kCoefficientColumns + QStringLiteral(" WHERE id = :id"),
            tr("loading a standard-coal coefficient"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readCoefficient(q);
}

bool CoefficientRepository::versionExists(EnergyType type, const QDate &validFrom,
                                          qint64 exceptId) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM energy_coefficients WHERE energy_type = :t "
                           "AND valid_from = :from AND id <> :id"),
            tr("checking a coefficient's version"));
    q.bind(QStringLiteral(":t"), energyTypeKey(type))
        .bind(QStringLiteral(":from"), validFrom.toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), exceptId);
    return q.scalar(0).toInt() > 0;
}

void CoefficientRepository::bind(const Coefficient &c, Query &q)
{
    q.bind(QStringLiteral(":energy_type"), energyTypeKey(c.type))
        .bind(QStringLiteral(":valid_from"), c.validFrom.toString(Qt::ISODate))
        .bind(QStringLiteral(":kgce_per_unit"), c.kgcePerUnit)
        .bind(QStringLiteral(":unit"), c.unit)
        .bind(QStringLiteral(":density_kg_per_l"), c.density ? QVariant(*c.density) : QVariant())
        .bind(QStringLiteral(":note"), c.note.isNull() ? QStringLiteral("") : c.note);
}

const RecordTable &CoefficientRepository::table()
{
    static const RecordTable table(
        QStringLiteral("energy_coefficients"),
        {QStringLiteral("energy_type"), QStringLiteral("valid_from"),
         QStringLiteral("kgce_per_unit"), QStringLiteral("unit"),
         QStringLiteral("density_kg_per_l"), QStringLiteral("note")});
    return table;
}

qint64 CoefficientRepository::insert(const Coefficient &c)
{
    return table().insert(m_db, tr("saving a standard-coal coefficient"),
                          [&](Query &q) { bind(c, q); }, c.createdAt);
}

void CoefficientRepository::update(const Coefficient &c)
{
    table().update(m_db, c.id, tr("saving a standard-coal coefficient"),
                   [&](Query &q) { bind(c, q); });
}

QuotaRepository::QuotaRepository(Database &db)
    : m_db(db)
{}

std::optional<Quota> QuotaRepository::find(qint64 buildingId, int year) const
{
    Query q(m_db,
            QStringLiteral("SELECT id, building_id, year, kgce, note, created_at FROM energy_quotas "
                           "WHERE building_id = :b AND year = :y"),
            tr("loading a quota"));
    q.bind(QStringLiteral(":b"), buildingId).bind(QStringLiteral(":y"), year).exec();
    if (!q.next())
        return std::nullopt;
    Quota quota;
    quota.id = q.value(0).toLongLong();
    quota.buildingId = q.value(1).toLongLong();
    quota.year = q.value(2).toInt();
    quota.kgce = q.value(3).toLongLong();
    quota.note = q.value(4).toString();
    quota.createdAt = q.value(5).toLongLong();
    return quota;
}

void QuotaRepository::bind(const Quota &quota, Query &q)
{
    q.bind(QStringLiteral(":building_id"), quota.buildingId)
        .bind(QStringLiteral(":year"), quota.year)
        .bind(QStringLiteral(":kgce"), quota.kgce)
        .bind(QStringLiteral(":note"), quota.note.isNull() ? QStringLiteral("") : quota.note);
}

const RecordTable &QuotaRepository::table()
{
    static const RecordTable table(QStringLiteral("energy_quotas"),
                                   {QStringLiteral("building_id"), QStringLiteral("year"),
                                    QStringLiteral("kgce"), QStringLiteral("note")});
    return table;
}

qint64 QuotaRepository::insert(const Quota &quota)
{
    return table().insert(m_db, tr("saving a quota"), [&](Query &q) { bind(quota, q); },
                          quota.createdAt);
}

void QuotaRepository::update(const Quota &quota)
{
    table().update(m_db, quota.id, tr("saving a quota"), [&](Query &q) { bind(quota, q); });
}

} // namespace ga::energy

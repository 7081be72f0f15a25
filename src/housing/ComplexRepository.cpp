#include "housing/ComplexRepository.h"

#include "org/AgencyScope.h"
#include "org/OrgSql.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"

namespace ga::housing {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.code, c.name, c.address, c.department_id, c.rent_rate, c.status, c.created_at");

const RecordTable &table()
{
    static const RecordTable t(QStringLiteral("housing_complexes"),
                               {QStringLiteral("code"), QStringLiteral("name"),
                                QStringLiteral("address"), QStringLiteral("department_id"),
                                QStringLiteral("rent_rate"), QStringLiteral("status")});
    return t;
}

Complex readComplex(const Query &q)
{
    Complex c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.address = q.value(3).toString();
    c.departmentId = q.value(4).toLongLong();
    c.rentRate = q.value(5).toLongLong();
    c.status = q.value(6).toString() == QLatin1String("retired") ? ComplexStatus::Retired
                                                                 : ComplexStatus::Active;
    c.createdAt = q.value(7).toLongLong();
    return c;
}

QString statusKey(ComplexStatus s)
{
    return s == ComplexStatus::Retired ? QStringLiteral("retired") : QStringLiteral("active");
}

SqlWhere whereOf(qint64 scopeRoot, bool includeRetired)
{
    SqlWhere w;
    if (!includeRetired)
        w.add(QStringLiteral("c.status = 'active'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("c.department_id"));
    return w;
}

} // namespace

ComplexRepository::ComplexRepository(Database &db)
    : m_db(db)
{
}

std::optional<Complex> ComplexRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM housing_complexes c WHERE c.id = :id").arg(kColumns),
            tr("loading a housing complex"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readComplex(q);
}

std::optional<Complex> ComplexRepository::findByCode(const QString &code) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM housing_complexes c WHERE c.code = :code").arg(kColumns),
            tr("loading a housing complex"));
    q.bind(QStringLiteral(":code"), code).exec();
    if (!q.next())
        return std::nullopt;
    return readComplex(q);
}

QList<ComplexRow> ComplexRepository::pageAfter(qint64 scopeRoot, bool includeRetired,
                                               const KeysetCursor &after, int limit) const
{
    const Keyset keyset({QStringLiteral("c.code")}, false);
    return keysetPage<ComplexRow>(
        m_db,
        kColumns
            + QStringLiteral(", d.name, (SELECT count(*) FROM housing_flats f WHERE f.complex_id "
                             "= c.id), (SELECT count(*) FROM housing_flats f WHERE f.complex_id = "
                             "c.id AND f.status = 'vacant')"),
        QStringLiteral(" FROM housing_complexes c JOIN departments d ON d.id = c.department_id"),
        whereOf(scopeRoot, includeRetired), keyset, after, limit, tr("listing housing complexes"),
        [](const Query &q) {
            ComplexRow row;
            row.complex = readComplex(q);
            row.departmentName = q.value(8).toString();
            row.flats = q.value(9).toInt();
            row.vacant = q.value(10).toInt();
            return row;
        });
}

int ComplexRepository::count(qint64 scopeRoot, bool includeRetired) const
{
    const SqlWhere w = whereOf(scopeRoot, includeRetired);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM housing_complexes c") + w.sql(),
            tr("counting housing complexes"));
    w.bindTo(q);
    return q.scalar(0).toInt();
}

bool ComplexRepository::codeExists(const QString &code, qint64 exceptId) const
{
    Query q(m_db,
            QStringLiteral("SELECT count(*) FROM housing_complexes WHERE code = :code AND id <> :id"),
            tr("checking a housing complex code"));
    q.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":id"), exceptId);
    return q.scalar(0).toInt() > 0;
}

bool ComplexRepository::hasFlats(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM housing_flats WHERE complex_id = :id"),
            tr("checking the flats of a housing complex"));
    q.bind(QStringLiteral(":id"), id);
    return q.scalar(0).toInt() > 0;
}

void ComplexRepository::bind(const Complex &c, Query &q)
{
    q.bind(QStringLiteral(":code"), orgsql::textValue(c.code))
        .bind(QStringLiteral(":name"), orgsql::textValue(c.name))
        .bind(QStringLiteral(":address"), orgsql::textValue(c.address))
        .bind(QStringLiteral(":department_id"), c.departmentId)
        .bind(QStringLiteral(":rent_rate"), c.rentRate)
        .bind(QStringLiteral(":status"), statusKey(c.status));
}

qint64 ComplexRepository::insert(const Complex &c)
{
    return table().insert(
        m_db, tr("saving a new housing complex"), [&](Query &q) { bind(c, q); }, c.createdAt);
}

void ComplexRepository::update(const Complex &c)
{
    table().update(m_db, c.id, tr("saving a housing complex"), [&](Query &q) { bind(c, q); });
}

void ComplexRepository::setStatus(qint64 id, ComplexStatus status)
{
    table().set(m_db, id, QStringLiteral("status"), statusKey(status),
                tr("changing the status of a housing complex"));
}

void ComplexRepository::remove(qint64 id)
{
    table().remove(m_db, id, tr("deleting a housing complex"));
}

} // namespace ga::housing

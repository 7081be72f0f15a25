#include "vehicles/LiaisonRepository.h"

#include "org/AgencyScope.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

namespace ga::vehicles {

namespace {

const QString kColumns = QStringLiteral(
    "l.id, l.department_id, d.name, l.name, l.phone, l.status FROM dispatch_liaisons l "
    "JOIN departments d ON d.id = l.department_id");

Liaison readLiaison(const Query &q)
{
    Liaison l;
    l.id = q.value(0).toLongLong();
    l.departmentId = q.value(1).toLongLong();
    l.departmentName = q.value(2).toString();
    l.name = q.value(3).toString();
    l.phone = q.value(4).toString();
    l.active = q.value(5).toString() == QLatin1String("active");
    return l;
}

} // namespace

LiaisonRepository::LiaisonRepository(Database &db)
    : m_db(db)
{
}

QList<Liaison> LiaisonRepository::list(qint64 departmentId, bool includeRetired,
                                       qint64 scopeRoot) const
{
    SqlWhere w;
    if (departmentId > 0)
        w.add(QStringLiteral("l.department_id = :department"), QStringLiteral(":department"),
              departmentId);
    if (!includeRetired)
        w.add(QStringLiteral("l.status = 'active'"));
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("l.department_id"));
    Query q(m_db,
            QStringLiteral("SELECT ") + kColumns + w.sql()
                + QStringLiteral(" ORDER BY l.status, d.name, l.name, l.id"),
            tr("loading the dispatch liaisons"));
    w.bindTo(q);
    q.exec();
    QList<Liaison> result;
    while (q.next())
        result.append(readLiaison(q));
    return result;
}

std::optional<Liaison> LiaisonRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE l.id = :id"),
            tr("loading a dispatch liaison"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readLiaison(q);
}

qint64 LiaisonRepository::findId(qint64 departmentId, const QString &name,
                                 const QString &phone) const
{
    Query q(m_db,
            QStringLiteral("SELECT id FROM dispatch_liaisons WHERE department_id = :department "
                           "AND name = :name AND phone = :phone"),
            tr("looking up a dispatch liaison"));
    q.bind(QStringLiteral(":department"), departmentId)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":phone"), phone);
    return q.scalar(0).toLongLong();
}

qint64 LiaisonRepository::insert(const Liaison &l, qint64 createdAt)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO dispatch_liaisons (department_id, name, phone, status, "
                           "created_at) VALUES (:department, :name, :phone, :status, :created)"),
            tr("registering a dispatch liaison"));
    q.bind(QStringLiteral(":department"), l.departmentId)
        .bind(QStringLiteral(":name"), l.name)
        .bind(QStringLiteral(":phone"), l.phone)
        .bind(QStringLiteral(":status"),
              l.active ? QStringLiteral("active") : QStringLiteral("retired"))
        .bind(QStringLiteral(":created"), createdAt)
        .exec();
    return q.lastInsertId();
}

void LiaisonRepository::update(const Liaison &l)
{
    Query q(m_db,
            QStringLiteral("UPDATE dispatch_liaisons SET department_id = :department, name = "
                           ":name, phone = :phone, status = :status WHERE id = :id"),
            tr("saving a dispatch liaison"));
    q.bind(QStringLiteral(":department"), l.departmentId)
        .bind(QStringLiteral(":name"), l.name)
        .bind(QStringLiteral(":phone"), l.phone)
        .bind(QStringLiteral(":status"),
              l.active ? QStringLiteral("active") : QStringLiteral("retired"))
        .bind(QStringLiteral(":id"), l.id)
        .exec();
}

QStringList LiaisonRepository::recentValues(qint64 departmentId, const QString &column,
                                            qint64 scopeRoot, int recent, int limit) const
{
    // `column` is one of two fixed names, never user text.
    Q_ASSERT(column == QLatin1String("purpose") || column == QLatin1String("destination"));
    SqlWhere w;
    w.add(QStringLiteral("t.department_id = :department"), QStringLiteral(":department"),
          departmentId);
    AgencyScope(scopeRoot).restrict(w, QStringLiteral("t.department_id"));
    // The latest trips by the (department_id, planned_start) index, then grouped.
    Query q(m_db,
            QStringLiteral("SELECT value FROM (SELECT t.") + column
                + QStringLiteral(" AS value, t.planned_start AS at FROM trips t") + w.sql()
                + QStringLiteral(" ORDER BY t.planned_start DESC LIMIT :recent) recent "
                                 "WHERE value <> '' GROUP BY value "
                                 "ORDER BY count(*) DESC, max(at) DESC LIMIT :limit"),
            tr("loading the department's earlier requests"));
    w.bindTo(q);
    q.bind(QStringLiteral(":recent"), recent).bind(QStringLiteral(":limit"), limit);
    q.exec();
    QStringList result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

} // namespace ga::vehicles

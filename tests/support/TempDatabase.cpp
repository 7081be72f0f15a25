#include "support/TempDatabase.h"

#include "storage/Query.h"

#include <QSqlQuery>

namespace ga::test {

TempDatabase::TempDatabase()
{
    auto clock = std::make_unique<FixedClock>(
        QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::LocalTime).toUTC());
    m_clock = clock.get();
    m_services = std::make_unique<Services>(path(), std::move(clock));
    m_services->session().setUser(UserContext::system());
}

TempDatabase::~TempDatabase() = default;

void TempDatabase::loginAs(Role role, const QSet<Module> &modules, qint64 departmentId,
                           qint64 scopeDepartmentId)
{
    const QString name = QStringLiteral("test_") + roleKey(role) + QString::number(count(QStringLiteral("users")));
    QSqlQuery q(db().connection());
    q.prepare(QStringLiteral("INSERT INTO users (username, display_name, password_hash, role, modules, "
                             "department_id, scope_department_id, created_at) "
                             "VALUES (?, ?, 'x', ?, ?, ?, ?, 0)"));
    q.addBindValue(name);
    q.addBindValue(name);
    q.addBindValue(roleKey(role));
    q.addBindValue(modulesToKeys(modules));
    q.addBindValue(departmentId > 0 ? QVariant(departmentId) : QVariant());
    q.addBindValue(scopeDepartmentId > 0 ? QVariant(scopeDepartmentId) : QVariant());
    q.exec();
    UserContext u;
    u.id = q.lastInsertId().toLongLong();
    u.username = name;
    u.displayName = name;
    u.role = role;
    u.modules = modules;
    u.departmentId = departmentId;
    u.scopeDepartmentId = scopeDepartmentId;
    session().setUser(u);
}

QVariant TempDatabase::scalar(const QString &sql)
{
    QSqlQuery q(db().connection());
    q.exec(sql);
    return q.next() ? q.value(0) : QVariant();
}

int TempDatabase::count(const QString &table)
{
    return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

} // namespace ga::test

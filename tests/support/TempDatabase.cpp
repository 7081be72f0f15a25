#include "support/TempDatabase.h"

#include "storage/Query.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <stdexcept>

namespace ga::test {

bool onPostgres()
{
    return qEnvironmentVariable("GOVASSETS_TEST_STORE") == QLatin1String("postgres");
}

namespace {

QString serverUrl()
{
    const QString url = qEnvironmentVariable("GOVASSETS_TEST_PG_URL");
    if (url.isEmpty())
        throw std::runtime_error("GOVASSETS_TEST_PG_URL is not set: run the postgres tests "
                                 "through scripts/test, which starts a server");
    return url;
}

// Runs `sql` as the test server's superuser, in database `dbName` (default: the URL's).
void serverExec(const QString &sql, const QString &dbName = {}, const QString &role = {})
{
    const QString name = QStringLiteral("ga-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(serverUrl());
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(dbName.isEmpty() ? url.path().mid(1) : dbName);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = warning"));
            if (!role.isEmpty() && !q.exec(QStringLiteral("SET ROLE ") + role))
                error = q.lastError().text();
            else if (!q.exec(sql))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        throw std::runtime_error(QStringLiteral("test server: %1 -- %2").arg(error, sql).toStdString());
}

} // namespace

TempStore::TempStore(const QString &name)
{
    if (!onPostgres()) {
        m_location = m_dir.filePath(name + QStringLiteral(".sqlite"));
        return;
    }
    static QAtomicInt counter;
    m_pgName = QStringLiteral("ga_test_%1_%2_%3")
                   .arg(QCoreApplication::applicationPid())
                   .arg(counter.fetchAndAddRelaxed(1))
                   .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    serverExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                              "LC_COLLATE 'C' LC_CTYPE 'C' STRATEGY FILE_COPY")
                   .arg(m_pgName));
    m_location = serverLocation(m_pgName);
}

TempStore::~TempStore()
{
    if (m_pgName.isEmpty())
        return;
    try {
        serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
    } catch (const std::exception &) {
        // the server is going away with the test run
    }
}

QString TempStore::serverLocation(const QString &dbName)
{
    QUrl url(serverUrl());
    url.setPath(QLatin1Char('/') + dbName);
    return url.toString();
}

void TempStore::superuserExec(const QString &sql) const
{
    serverExec(sql, m_pgName);
}

void TempStore::execAsRole(const QString &role, const QString &sql) const
{
    serverExec(sql, m_pgName, role);
}

TempDatabase::TempDatabase()
{
    auto clock = std::make_unique<FixedClock>(
        QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::LocalTime).toUTC());
    m_clock = clock.get();
    m_services = std::make_unique<Services>(m_store.location(), std::move(clock));
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
    u.id = lastInsertIdOf(db(), q);
    u.username = name;
    u.displayName = name;
    u.role = role;
    u.modules = modules;
    u.departmentId = departmentId;
    u.scopeDepartmentId = scopeDepartmentId;
    session().setUser(u);
}

QString TempDatabase::sqlGroupConcat(const QString &expr, const QString &separator) const
{
    return isPostgres() ? QStringLiteral("string_agg(CAST(%1 AS TEXT), '%2')").arg(expr, separator)
                        : QStringLiteral("group_concat(%1, '%2')").arg(expr, separator);
}

QString TempDatabase::sqlJsonField(const QString &column, const QString &key) const
{
    return isPostgres() ? QStringLiteral("(CAST(%1 AS json) ->> '%2')").arg(column, key)
                        : QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

QString TempDatabase::sqlLocalMonth(const QString &secondsColumn) const
{
    return isPostgres() ? QStringLiteral("to_char(to_timestamp(%1), 'MM')").arg(secondsColumn)
                        : QStringLiteral("strftime('%m', %1, 'unixepoch', 'localtime')")
                              .arg(secondsColumn);
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

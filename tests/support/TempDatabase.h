#pragma once

#include "app/Services.h"
#include "core/Clock.h"
#include "core/Session.h"

#include <QTemporaryDir>

#include <memory>

namespace ga::test {

// Which store the tests run against: SQLite files (the default), or PostgreSQL when
// GOVASSETS_TEST_STORE=postgres (CTest's `postgres` label; the server in GOVASSETS_TEST_PG_URL,
// which scripts/test starts).
bool onPostgres();

// A fresh, empty store for one test case: a file in a temporary folder on SQLite, a new
// database on the test server on PostgreSQL (dropped, with whatever is connected to it, when
// the object goes).
class TempStore
{
public:
    explicit TempStore(const QString &name = QStringLiteral("test"));
    ~TempStore();
    TempStore(const TempStore &) = delete;
    TempStore &operator=(const TempStore &) = delete;

    // The location to open (a path, or a postgresql:// address).
    QString location() const { return m_location; }
    QString dir() const { return m_dir.path(); }
    bool isPostgres() const { return !m_pgName.isEmpty(); }
    // The server's address for another database name (tests of foreign or damaged databases).
    static QString serverLocation(const QString &dbName);
    // Runs `sql` on the PostgreSQL test database as the server's superuser (not through a
    // Database: to fake foreign or newer stores).
    void superuserExec(const QString &sql) const;
    // Runs `sql` there after SET ROLE `role` (what a member of that role may do).
    void execAsRole(const QString &role, const QString &sql) const;

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_pgName;
};

// A fresh GovAssets store in its own temporary folder, with every service built over it and a
// fixed clock (2026-11-28 09:00 local). The session starts as the system user (an admin);
// use loginAs() to act as another role.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    Services &services() { return *m_services; }
    Database &db() { return m_services->database(); }
    Session &session() { return m_services->session(); }
    FixedClock &clock() { return *m_clock; }
    // The store's location (a file path, or a postgresql:// address on PostgreSQL).
    QString path() const { return m_store.location(); }
    QString dir() const { return m_store.dir(); }
    bool isPostgres() const { return m_store.isPostgres(); }

    // Acts as a user with `role` (and, for clerks, `modules`); id is a real users row.
    // `scopeDepartmentId`: the agency scope (0: the whole region).
    void loginAs(Role role, const QSet<Module> &modules = {}, qint64 departmentId = 0,
                 qint64 scopeDepartmentId = 0);

    // Pieces of SQL for tests that look at the store directly, in the store's dialect:
    // the values of `expr` joined by `separator`, a JSON column's field as text, and the
    // two-digit local month of a Unix-seconds column.
    QString sqlGroupConcat(const QString &expr, const QString &separator) const;
    QString sqlJsonField(const QString &column, const QString &key) const;
    QString sqlLocalMonth(const QString &secondsColumn) const;

    // Runs a single-value SQL query (tests may look at the store directly).
    QVariant scalar(const QString &sql);
    int count(const QString &table);

private:
    TempStore m_store;
    FixedClock *m_clock = nullptr;
    std::unique_ptr<Services> m_services;
};

} // namespace ga::test

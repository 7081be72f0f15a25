#include <catch2/catch.hpp>

#include "core/Error.h"
#include "storage/Database.h"
#include "support/UndoHousingSchema.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ga;

namespace {
int userVersion(const Database &db)
{
    return db.schemaVersion();
}
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

TEST_CASE("An empty file is migrated to the latest schema", "[database][migrations][sqlite]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.sqlite")));
    CHECK(Database::latestSchemaVersion() >= 2);
    CHECK(userVersion(db) == Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ranks")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 24);
}

TEST_CASE("The connection has the pragmas of the design", "[database][sqlite]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.sqlite")));
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA foreign_keys"));
    q.next();
    CHECK(q.value(0).toInt() == 1);
    q.exec(QStringLiteral("PRAGMA journal_mode"));
    q.next();
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    q.exec(QStringLiteral("PRAGMA busy_timeout"));
    q.next();
    CHECK(q.value(0).toInt() >= 1000);
}

TEST_CASE("Reopening a current database changes nothing", "[database][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    { Database db(path); }
    int tablesBefore = 0;
    {
        Database db(path);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        q.next();
        tablesBefore = q.value(0).toInt();
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    }
    Database db(path);
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    q.next();
    CHECK(q.value(0).toInt() == tablesBefore);
    q.exec(QStringLiteral("SELECT count(*) FROM ranks"));
    q.next();
    CHECK(q.value(0).toInt() == 24); // seeds not inserted twice
}

TEST_CASE("A database from a newer program is refused and left untouched", "[database][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        Database db(path);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("PRAGMA user_version = 999"));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = fileBytes(path);
    try {
        Database db(path);
        FAIL("a newer database was opened");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("newer version")));
    }
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A garbage file is refused with a clear error", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("This is a spreadsheet, not a database.\n");
    f.close();
    try {
        Database db(path);
        FAIL("a garbage file was opened");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("not a GovAssets database")));
    }
    CHECK(fileBytes(path) == QByteArray("This is a spreadsheet, not a database.\n"));
}

TEST_CASE("A corrupt SQLite file is refused with a clear error", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    QByteArray bytes("SQLite format 3", 16);
    bytes.append(QByteArray(4096, '\xAB'));
    f.write(bytes);
    f.close();
    CHECK_THROWS_AS(Database(path), StorageError);
}

TEST_CASE("Another program's SQLite file is refused", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        other.open();
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE contacts (name TEXT)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    try {
        Database db(path);
        FAIL("another program's file was opened");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("another program")));
    }
}

namespace {

// The indexes schema 4 adds (resources/sql/0004_keyset_indexes.sql): gone, the store is as an
// older program left it.
const QStringList kSchema4Indexes = {
    QStringLiteral("staff_post_title"), QStringLiteral("staff_post_start"),
    QStringLiteral("staff_post_end"),   QStringLiteral("staff_transferred"),
    QStringLiteral("ranks_sort_order"), QStringLiteral("audit_entity_at"),
    QStringLiteral("audit_action_at")};

// A current store made to look older: schema 4's indexes dropped, schema 5's column renamed
// out of the way (SQLite cannot drop a column a foreign key uses), so both apply again.
void undoSchema8(QSqlQuery &q)
{
    for (const char *table : {"office_lendings", "office_cases", "office_allocations", "office_rooms"})
        REQUIRE(q.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'offices.%'")));
}

void undoSchema6(QSqlQuery &q)
{
    REQUIRE(ga::test::undoHousingSchema(q));
    undoSchema8(q);
    REQUIRE(q.exec(QStringLiteral("DROP TABLE dispatch_liaisons")));
    // and schema 11's column, so that every later migration applies again too
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE users DROP COLUMN locked")));
}

void undoSchemas4And5(QSqlQuery &q)
{
    undoSchema6(q);
    for (const QString &name : kSchema4Indexes)
        REQUIRE(q.exec(QStringLiteral("DROP INDEX ") + name));
    REQUIRE(q.exec(QStringLiteral(
        "ALTER TABLE users RENAME COLUMN scope_department_id TO scope_of_a_later_schema")));
}

} // namespace

TEST_CASE("Migration 4 adds an index for every sort order of the growing lists",
          "[database][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        Database db(path);
        QSqlQuery q(db.connection());
        undoSchemas4And5(q);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
    }
    Database db(path);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    for (const QString &name : kSchema4Indexes) {
        INFO(name.toStdString());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                      "AND name = '%1'")
                           .arg(name)));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
}

TEST_CASE("Migration 6 registers the liaisons the stored requests were filed by",
          "[database][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        Database db(path);
        QSqlQuery q(db.connection());
        undoSchema6(q);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO departments (id, code, name, kind, created_at) "
                                      "VALUES (1, 'D1', '教育局', 'agency', 0)")));
        int n = 0;
        for (const char *liaison : {"黄群胜|13900000001", "黄群胜|13900000001", "李娜|13900000002",
                                    "|"}) {
            const QStringList parts = QString::fromUtf8(liaison).split(QLatin1Char('|'));
            ++n;
            REQUIRE(q.exec(QStringLiteral(
                               "INSERT INTO trips (request_no, department_id, liaison, "
                               "liaison_phone, purpose, destination, passengers, planned_start, "
                               "planned_end, status, created_at) VALUES ('PC20261128%1', 1, '%2', "
                               "'%3', 'p', 'd', 1, 100, 200, 'closed', %4)")
                               .arg(n, 4, 10, QLatin1Char('0'))
                               .arg(parts[0], parts[1])
                               .arg(n)));
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 5")));
    }
    Database db(path);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name, phone, status FROM dispatch_liaisons "
                                  "WHERE department_id = 1 ORDER BY name")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString()
                    + QLatin1Char('|') + q.value(2).toString();
    CHECK(rows
          == QStringList {QStringLiteral("李娜|13900000002|active"),
                          QStringLiteral("黄群胜|13900000001|active")});
}

TEST_CASE("Migration 3 moves a version-2 fuel ledger to the covering vehicle index",
          "[database][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        // A version-2 store: the two fuel indexes as schema 2 made them, and a transaction.
        Database db(path);
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("DROP INDEX fuel_transactions_vehicle")));
        REQUIRE(q.exec(QStringLiteral("CREATE INDEX fuel_transactions_vehicle ON "
                                      "fuel_transactions (vehicle_id, at)")));
        REQUIRE(
            q.exec(QStringLiteral("CREATE INDEX fuel_transactions_at ON fuel_transactions (at)")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO vehicles (plate, brand, category, energy_type, seats, ownership, "
            "created_at) VALUES ('宁A·12345', 'x', 'general', 'petrol', 5, 'retained', 0)")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO fuel_transactions (vehicle_id, card_no, at, fuel_kind, quantity_milli, "
            "amount, created_at) VALUES (1, '9001', 100, 'petrol', 40000, 30000, 0)")));
        undoSchemas4And5(q);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    Database db(path);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = "
                                  "'fuel_transactions' AND type = 'index' AND sql IS NOT NULL")));
    QStringList definitions;
    while (q.next())
        definitions << q.value(0).toString().simplified();
    CHECK(definitions
          == QStringList {QStringLiteral("CREATE INDEX fuel_transactions_vehicle ON "
                                         "fuel_transactions (vehicle_id, at, fuel_kind, "
                                         "quantity_milli, amount)")});
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), sum(amount) FROM fuel_transactions")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(q.value(1).toInt() == 30000);
}

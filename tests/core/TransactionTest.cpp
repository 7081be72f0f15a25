#include <catch2/catch.hpp>

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ga;

namespace {
int settingsCount(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'test.%'"));
    q.next();
    return q.value(0).toInt();
}
void insertSetting(Database &db, const QString &key)
{
    Query q(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')"),
            QStringLiteral("inserting a test setting"));
    q.bind(QStringLiteral(":k"), key).exec();
}
} // namespace

TEST_CASE("A failure in the middle of a multi-row write leaves nothing behind", "[transaction]")
{
    test::TempStore store;
    Database db(store.location());
    try {
        Transaction tx(db);
        insertSetting(db, QStringLiteral("test.a"));
        insertSetting(db, QStringLiteral("test.b"));
        insertSetting(db, QStringLiteral("test.a")); // duplicate key: fails
        tx.commit();
        FAIL("the duplicate was accepted");
    } catch (const ConflictError &) {
    }
    CHECK(settingsCount(db) == 0);
}

TEST_CASE("A committed transaction keeps every row", "[transaction]")
{
    test::TempStore store;
    Database db(store.location());
    Transaction tx(db);
    insertSetting(db, QStringLiteral("test.a"));
    insertSetting(db, QStringLiteral("test.b"));
    tx.commit();
    CHECK(settingsCount(db) == 2);
}

TEST_CASE("A failed nested transaction rolls back only its own rows", "[transaction]")
{
    test::TempStore store;
    Database db(store.location());
    Transaction outer(db);
    insertSetting(db, QStringLiteral("test.outer"));
    {
        Transaction inner(db);
        insertSetting(db, QStringLiteral("test.inner"));
        // no commit: rolled back to the savepoint
    }
    outer.commit();
    CHECK(settingsCount(db) == 1);
}

TEST_CASE("A failing statement raises an error that names what was being done", "[transaction]")
{
    test::TempStore store;
    Database db(store.location());
    try {
        Query q(db, QStringLiteral("SELECT * FROM no_such_table"), QStringLiteral("loading widgets"));
        FAIL("prepared a statement on a missing table");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("loading widgets")));
    }
}

#include <catch2/catch.hpp>

#include "core/Error.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ga;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QString indexSql(Database &db, const QString &name)
{
    return scalar(
               db,
               QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                   .arg(name))
        .toString();
}

void createLoadTable(Database &db)
{
    Query(db,
          QStringLiteral("CREATE TABLE load_rows (id INTEGER PRIMARY KEY, code TEXT UNIQUE, "
                         "at INTEGER NOT NULL, note TEXT)"),
          QStringLiteral("creating a test table"))
        .exec();
    Query(db, QStringLiteral("CREATE INDEX load_rows_at ON load_rows (at)"),
          QStringLiteral("creating a test index"))
        .exec();
}

void insertRows(Database &db, int from, int count)
{
    Query q(db, QStringLiteral("INSERT INTO load_rows (code, at, note) VALUES (:code, :at, :note)"),
            QStringLiteral("inserting test rows"));
    for (int i = from; i < from + count; ++i)
        q.bind(QStringLiteral(":code"), QStringLiteral("C%1").arg(i))
            .bind(QStringLiteral(":at"), (i * 7919) % 100003)
            .bind(QStringLiteral(":note"), QString(200, QLatin1Char('x')))
            .exec();
}

} // namespace

TEST_CASE("Deferred indexes are dropped for a load and built again from their definitions",
          "[storage][bulk][sqlite]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("t.sqlite")));
    createLoadTable(db);
    const QString definition = indexSql(db, QStringLiteral("load_rows_at"));
    REQUIRE_FALSE(definition.isEmpty());

    Transaction tx(db);
    DeferredIndexes deferred(db, {QStringLiteral("load_rows_at")});
    CHECK(deferred.names() == QStringList {QStringLiteral("load_rows_at")});
    CHECK(indexSql(db, QStringLiteral("load_rows_at")).isEmpty());
    insertRows(db, 0, 500);
    deferred.rebuild();
    tx.commit();

    CHECK(indexSql(db, QStringLiteral("load_rows_at")) == definition);
    CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM load_rows INDEXED BY load_rows_at "
                                "WHERE at >= 0"))
              .toInt()
          == 500);
}

TEST_CASE("A load that fails before its rebuild gets its indexes back from the rollback",
          "[storage][bulk][sqlite]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("t.sqlite")));
    createLoadTable(db);
    const QString definition = indexSql(db, QStringLiteral("load_rows_at"));
    try {
        Transaction tx(db);
        DeferredIndexes deferred(db, {QStringLiteral("load_rows_at")});
        insertRows(db, 0, 100);
        insertRows(db, 50, 1); // C50 again: the UNIQUE constraint refuses it
        deferred.rebuild();
        tx.commit();
        FAIL("the duplicate code was accepted");
    } catch (const ConflictError &) {
    }
    CHECK(indexSql(db, QStringLiteral("load_rows_at")) == definition);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM load_rows")).toInt() == 0);
}

TEST_CASE("Indexes that enforce a constraint are never deferred", "[storage][bulk][sqlite]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("t.sqlite")));
    createLoadTable(db);
    // The UNIQUE column's index is SQLite's own (sqlite_autoindex_…), with no definition.
    CHECK(DeferredIndexes::secondaryIndexesOf(db, {QStringLiteral("load_rows")})
          == QStringList {QStringLiteral("load_rows_at")});
    const QString unique = scalar(db,
                                  QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                 "'index' AND tbl_name = 'load_rows' AND sql "
                                                 "IS NULL"))
                               .toString();
    REQUIRE_FALSE(unique.isEmpty());
    Transaction tx(db);
    DeferredIndexes deferred(db, {unique, QStringLiteral("no_such_index")});
    CHECK(deferred.names().isEmpty());
    insertRows(db, 1, 1);
    CHECK_THROWS_AS(insertRows(db, 1, 1), ConflictError); // still enforced
}

TEST_CASE("A deferred checkpoint leaves the commit in the WAL and folds it in afterwards",
          "[storage][bulk][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    Database db(path);
    createLoadTable(db);
    Query(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("checkpoint"))
        .exec();
    const qint64 before = QFileInfo(path).size();
    {
        DeferredCheckpoint checkpoint(db);
        CHECK(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt() == 0);
        Transaction tx(db);
        insertRows(db, 0, 20000); // about 5 MB: far more than the 1,000 pages of an autocheckpoint
        tx.commit();
        // Only the WAL has the rows so far.
        CHECK(QFileInfo(path).size() == before);
        CHECK(QFileInfo(path + QStringLiteral("-wal")).size() > 4'000'000);
        checkpoint.startAfterCommit();
        db.waitForCheckpoint();
    }
    CHECK(QFileInfo(path).size() > before + 4'000'000);
    CHECK(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt() == 1000);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM load_rows")).toInt() == 20000);
}

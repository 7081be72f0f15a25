#include <catch2/catch.hpp>

#include "core/Error.h"
#include "storage/CopyIn.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "support/TempDatabase.h"

using namespace ga;
using namespace ga::test;

// PostgreSQL's bulk load (COPY … FROM STDIN through libpq). SQLite has no such path: there
// CopyIn is not available and the callers use BulkStatement.

namespace {

void createTable(Database &db)
{
    Query(db, QStringLiteral("CREATE TABLE copy_t (id BIGINT PRIMARY KEY, name TEXT, n BIGINT)"),
          QStringLiteral("creating"))
        .exec();
}

} // namespace

TEST_CASE("CopyIn is available on PostgreSQL only", "[copy]")
{
    TempDatabase t;
    CHECK(CopyIn::available(t.db()) == t.isPostgres());
    if (!t.isPostgres())
        CHECK_THROWS_AS(CopyIn(t.db(), QStringLiteral("settings"), {QStringLiteral("key")},
                               QStringLiteral("loading")),
                        StorageError);
}

TEST_CASE("CopyIn stores text with tabs, line breaks and backslashes, and NULLs, as given",
          "[copy][postgres]")
{
    TempDatabase t;
    createTable(t.db());
    const QString awkward = QStringLiteral("a\tb\nc\\d\re 北京");
    {
        Transaction tx(t.db());
        CopyIn copy(t.db(), QStringLiteral("copy_t"),
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("n")},
                    QStringLiteral("loading"));
        copy.add(1).add(awkward).add(-42).endRow();
        copy.add(2).addNull().addNull().endRow();
        copy.add(3).add(QStringLiteral("\\N")).add(0).endRow();
        CHECK(copy.finish() == 3);
        tx.commit();
    }
    CHECK(t.scalar(QStringLiteral("SELECT name FROM copy_t WHERE id = 1")).toString() == awkward);
    CHECK(t.scalar(QStringLiteral("SELECT n FROM copy_t WHERE id = 1")).toLongLong() == -42);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM copy_t WHERE id = 2 AND name IS NULL "
                                  "AND n IS NULL"))
              .toInt()
          == 1);
    // The two characters \N as text are not NULL.
    CHECK(t.scalar(QStringLiteral("SELECT name FROM copy_t WHERE id = 3")).toString()
          == QStringLiteral("\\N"));
}

TEST_CASE("CopyIn sends large loads in chunks and keeps the transaction usable afterwards",
          "[copy][postgres]")
{
    TempDatabase t;
    createTable(t.db());
    Transaction tx(t.db());
    {
        CopyIn copy(t.db(), QStringLiteral("copy_t"),
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("n")},
                    QStringLiteral("loading"));
        for (int i = 1; i <= 100000; ++i)
            copy.add(i).add(QStringLiteral("row %1").arg(i)).add(i * 2).endRow();
        CHECK(copy.finish() == 100000);
    }
    // The same connection runs ordinary statements again, inside the same transaction.
    CHECK(t.scalar(QStringLiteral("SELECT sum(n) FROM copy_t")).toLongLong()
          == 100000LL * 100001LL);
    tx.commit();
    CHECK(t.count(QStringLiteral("copy_t")) == 100000);
}

TEST_CASE("CopyIn names the row a constraint refuses, as a conflict, and stores none of the load",
          "[copy][postgres]")
{
    TempDatabase t;
    createTable(t.db());
    {
        Transaction tx(t.db());
        CopyIn copy(t.db(), QStringLiteral("copy_t"),
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("n")},
                    QStringLiteral("loading"));
        copy.add(1).add(QStringLiteral("one")).add(1).endRow();
        copy.add(2).add(QStringLiteral("two")).add(2).endRow();
        copy.add(1).add(QStringLiteral("one again")).add(3).endRow();
        CHECK_THROWS_AS(copy.finish(), ConflictError);
        CHECK(copy.failedRow() == 3);
    }
    CHECK(t.count(QStringLiteral("copy_t")) == 0);
}

TEST_CASE("An abandoned CopyIn stores nothing and leaves the connection usable",
          "[copy][postgres]")
{
    TempDatabase t;
    createTable(t.db());
    try {
        Transaction tx(t.db());
        CopyIn copy(t.db(), QStringLiteral("copy_t"),
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("n")},
                    QStringLiteral("loading"));
        copy.add(1).add(QStringLiteral("one")).add(1).endRow();
        throw ValidationError(QStringLiteral("the user cancelled"));
    } catch (const ValidationError &) {
    }
    CHECK(t.count(QStringLiteral("copy_t")) == 0);
    Query(t.db(), QStringLiteral("INSERT INTO copy_t (id, name, n) VALUES (5, 'five', 5)"),
          QStringLiteral("inserting"))
        .exec();
    CHECK(t.count(QStringLiteral("copy_t")) == 1);
}

#include "support/TempDatabase.h"

#include "core/Error.h"
#include "storage/Keyset.h"
#include "storage/Query.h"
#include "storage/SqlWhere.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>

using namespace ga;
using ga::test::TempDatabase;

namespace {

// 90 rows over 4 values of `a` (runs of ties), a nullable `b` (a third NULL), inserted in an
// order unrelated to either, with an index on each sort order.
void createRows(TempDatabase &t)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral(
        "CREATE TABLE ks (id INTEGER PRIMARY KEY, a INTEGER NOT NULL, b TEXT, tag INTEGER)")));
    REQUIRE(q.exec(QStringLiteral("CREATE INDEX ks_a ON ks (a)")));
    REQUIRE(q.exec(QStringLiteral("CREATE INDEX ks_b ON ks (coalesce(b, ''))")));
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO ks (id, a, b, tag) VALUES (?, ?, ?, ?)")));
    for (int i = 0; i < 90; ++i) {
        q.addBindValue((i * 53) % 97 + 1); // ids out of insertion order
        q.addBindValue((i * 7) % 4);
        q.addBindValue(i % 3 == 0 ? QVariant() : QVariant(QStringLiteral("v%1").arg(i % 5)));
        q.addBindValue(i % 2);
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

QList<qint64> fetch(TempDatabase &t, const Keyset &keyset, const SqlWhere &where, int limit,
                    QList<KeysetCursor> *keys = nullptr, const QString &orderBy = {})
{
    Query q(t.db(),
            QStringLiteral("SELECT id") + keyset.selectList() + QStringLiteral(" FROM ks")
                + where.sql() + (orderBy.isEmpty() ? keyset.orderBy() : orderBy)
                + QStringLiteral(" LIMIT :limit"),
            QStringLiteral("test"));
    where.bindTo(q);
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        if (keys)
            keys->append(keyset.cursorAt(q, 1));
    }
    return ids;
}

// Every row, page after page by key.
QList<qint64> walk(TempDatabase &t, const Keyset &keyset, const SqlWhere &base, int pageSize)
{
    QList<qint64> all;
    KeysetCursor after;
    for (int guard = 0; guard < 1000; ++guard) {
        QList<KeysetCursor> keys;
        const QList<qint64> page = keyset.page(
            base, after, pageSize, [&](const SqlWhere &w, const QString &orderBy, int n) {
                QList<KeysetCursor> k;
                const QList<qint64> ids = fetch(t, keyset, w, n, &k, orderBy);
                keys += k;
                return ids;
            });
        all += page;
        if (page.size() < pageSize)
            break;
        after = keys.last();
    }
    return all;
}

QString plan(TempDatabase &t, const QString &sql, const SqlWhere &where)
{
    Query q(t.db(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql, QStringLiteral("test"));
    where.bindTo(q);
    q.exec();
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("An empty keyset cursor adds no condition and starts at the first row", "[keyset]")
{
    TempDatabase t;
    createRows(t);
    const Keyset keyset({QStringLiteral("a"), QStringLiteral("id")}, true);
    SqlWhere w;
    keyset.addAfter(w, KeysetCursor {});
    CHECK(w.isEmpty());
    const QList<Keyset::Range> ranges = keyset.rangesAfter(SqlWhere {}, KeysetCursor {});
    REQUIRE(ranges.size() == 1);
    CHECK(ranges.first().where.isEmpty());
    CHECK(ranges.first().orderBy == keyset.orderBy());
    CHECK(walk(t, keyset, SqlWhere {}, 10).first() == fetch(t, keyset, SqlWhere {}, 1).first());
}

TEST_CASE("Keyset pages equal one ordered query across ties, in both directions", "[keyset]")
{
    TempDatabase t;
    createRows(t);
    for (const bool descending : {true, false}) {
        for (const int split : {0, 1}) {
            const Keyset keyset({QStringLiteral("a"), QStringLiteral("id")}, descending, split);
            INFO((descending ? "descending" : "ascending") << ", split " << split);
            const QList<qint64> all = fetch(t, keyset, SqlWhere {}, 1000);
            REQUIRE(all.size() == 90);
            for (const int pageSize : {1, 4, 7, 89, 90, 200}) {
                INFO("page size " << pageSize);
                const QList<qint64> byKey = walk(t, keyset, SqlWhere {}, pageSize);
                CHECK(byKey == all);
                CHECK(QSet<qint64>(byKey.begin(), byKey.end()).size() == 90);
            }
        }
    }
}

TEST_CASE("Keyset pages keep the list's filters", "[keyset]")
{
    TempDatabase t;
    createRows(t);
    SqlWhere filter;
    filter.add(QStringLiteral("tag = :tag"), QStringLiteral(":tag"), 1);
    for (const int split : {0, 1}) {
        const Keyset keyset({QStringLiteral("a"), QStringLiteral("id")}, true, split);
        const QList<qint64> all = fetch(t, keyset, filter, 1000);
        REQUIRE(all.size() == 45);
        CHECK(walk(t, keyset, filter, 6) == all);
    }
}

TEST_CASE("A coalesced nullable column pages by key like any other", "[keyset]")
{
    TempDatabase t;
    createRows(t);
    for (const bool descending : {true, false}) {
        const Keyset keyset({QStringLiteral("coalesce(b, '')"), QStringLiteral("id")}, descending,
                            1);
        const QList<qint64> all = fetch(t, keyset, SqlWhere {}, 1000);
        REQUIRE(all.size() == 90);
        CHECK(walk(t, keyset, SqlWhere {}, 8) == all);
    }
}

TEST_CASE("A three-column key splits on its leading column", "[keyset]")
{
    TempDatabase t;
    createRows(t);
    for (const bool descending : {true, false}) {
        const Keyset keyset({QStringLiteral("tag"), QStringLiteral("a"), QStringLiteral("id")},
                            descending, 1);
        const QList<qint64> all = fetch(t, keyset, SqlWhere {}, 1000);
        CHECK(walk(t, keyset, SqlWhere {}, 5) == all);
        const Keyset single({QStringLiteral("tag"), QStringLiteral("a"), QStringLiteral("id")},
                            descending);
        CHECK(walk(t, single, SqlWhere {}, 5) == all);
    }
}

TEST_CASE("The seek condition starts the index range at the cursor", "[keyset][sqlite]")
{
    TempDatabase t;
    createRows(t);
    const Keyset keyset({QStringLiteral("a"), QStringLiteral("id")}, true);
    SqlWhere w;
    keyset.addAfter(w, KeysetCursor {{2, 50}});
    CHECK(w.sql().startsWith(QStringLiteral(" WHERE (a <= ")));
    const QString p = plan(t, QStringLiteral("SELECT id FROM ks") + w.sql() + keyset.orderBy(), w);
    INFO(p.toStdString());
    CHECK(p.contains(QStringLiteral("USING COVERING INDEX ks_a (a<?)")));
    CHECK_FALSE(p.contains(QStringLiteral("TEMP B-TREE")));

    const Keyset split({QStringLiteral("a"), QStringLiteral("id")}, true, 1);
    const QList<Keyset::Range> ranges = split.rangesAfter(SqlWhere {}, KeysetCursor {{2, 50}});
    REQUIRE(ranges.size() == 2);
    const QString first = plan(
        t, QStringLiteral("SELECT id FROM ks") + ranges.at(0).where.sql() + ranges.at(0).orderBy,
        ranges.at(0).where);
    INFO(first.toStdString());
    CHECK(first.contains(QStringLiteral("(a=? AND rowid<?)")));
    CHECK_FALSE(first.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("A split range orders by the columns its equalities leave free", "[keyset][sqlite]")
{
    TempDatabase t;
    createRows(t);
    const Keyset keyset({QStringLiteral("coalesce(b, '')"), QStringLiteral("id")}, false, 1);
    const QList<Keyset::Range> ranges
        = keyset.rangesAfter(SqlWhere {}, KeysetCursor {{QStringLiteral(""), 50}});
    REQUIRE(ranges.size() == 2);
    CHECK(ranges.at(0).orderBy == QStringLiteral(" ORDER BY id ASC"));
    CHECK(ranges.at(1).orderBy == keyset.orderBy());
    // SQLite would sort the range again if it were ordered by the expression it fixes.
    const QString p = plan(
        t, QStringLiteral("SELECT id FROM ks") + ranges.at(0).where.sql() + ranges.at(0).orderBy,
        ranges.at(0).where);
    INFO(p.toStdString());
    CHECK(p.contains(QStringLiteral("USING INDEX ks_b (<expr>=? AND rowid>?)")));
    CHECK_FALSE(p.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("A keyset cursor of the wrong size is refused", "[keyset]")
{
    const Keyset keyset({QStringLiteral("a"), QStringLiteral("id")}, false);
    SqlWhere w;
    CHECK_THROWS_AS(keyset.addAfter(w, KeysetCursor {{1}}), StorageError);
}

#include <catch2/catch.hpp>

#include "storage/Database.h"
#include "storage/Query.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ga;

namespace {

const QString kByKey
    = QStringLiteral("SELECT value FROM settings WHERE key >= :key AND key LIKE 'test.%' "
                     "ORDER BY key");

void addSettings(Database &db, int count)
{
    for (int i = 0; i < count; ++i)
        Query(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"),
              QStringLiteral("adding a test setting"))
            .bind(QStringLiteral(":k"), QStringLiteral("test.%1").arg(i))
            .bind(QStringLiteral(":v"), QStringLiteral("v%1").arg(i))
            .exec();
}

QString firstValue(Database &db, const QString &key)
{
    Query q(db, kByKey, QStringLiteral("reading a test setting"), Query::Prepared::Keep);
    q.bind(QStringLiteral(":key"), key).exec();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("A kept statement gives each call its own binds", "[storage][query]")
{
    test::TempStore store;
    Database db(store.location());
    addSettings(db, 3);
    CHECK(firstValue(db, QStringLiteral("test.1")) == QLatin1String("v1"));
    CHECK(firstValue(db, QStringLiteral("test.2")) == QLatin1String("v2"));
    CHECK(firstValue(db, QStringLiteral("test.0")) == QLatin1String("v0"));
}

TEST_CASE("A kept statement used again inside its own loop gets a statement of its own",
          "[storage][query]")
{
    test::TempStore store;
    Database db(store.location());
    addSettings(db, 3);
    QStringList seen;
    Query outer(db, kByKey, QStringLiteral("reading test settings"), Query::Prepared::Keep);
    outer.bind(QStringLiteral(":key"), QStringLiteral("test.")).exec();
    while (outer.next())
        seen << outer.value(0).toString() + QLatin1Char('/')
                + firstValue(db, QStringLiteral("test.2"));
    CHECK(seen == QStringList {"v0/v2", "v1/v2", "v2/v2"});
}

TEST_CASE("A kept statement left half-read holds no read open", "[storage][query][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    Database db(path);
    addSettings(db, 3);
    CHECK(firstValue(db, QStringLiteral("test.")) == QLatin1String("v0")); // two rows unread
    // Another connection writes and truncates the WAL: only possible with no reader left.
    Database other(path);
    addSettings(other, 0);
    QSqlQuery q(other.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0); // not busy
}

#include <catch2/catch.hpp>

#include "cli/MigrateCommand.h"
#include "storage/Database.h"
#include "support/TempDatabase.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

using namespace ga;
using ga::test::TempDatabase;
using ga::test::TempStore;

// `govassets migrate`: what a server's administrator runs as the database's owner before the
// desks (which may not change the schema) start the new version.

namespace {

int migrate(const QStringList &arguments, QString &outText, QString &errText)
{
    QTextStream out(&outText), err(&errText);
    const int code = cli::MigrateCommand::run(QStringList {QStringLiteral("migrate")} + arguments,
                                              out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace

TEST_CASE("The migrate command brings a new store to the latest schema and says so",
          "[migrate][cli]")
{
    TempStore store;
    QString outText, errText;
    INFO(errText.toStdString());
    CHECK(migrate({QStringLiteral("--db"), store.location()}, outText, errText) == 0);
    CHECK(outText.contains(QStringLiteral("schema %1").arg(Database::latestSchemaVersion())));
    Database db(store.location());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("The migrate command on a current store changes nothing and succeeds", "[migrate][cli]")
{
    TempDatabase t;
    const int users = t.count(QStringLiteral("users"));
    QString outText, errText;
    CHECK(migrate({QStringLiteral("--db"), t.path()}, outText, errText) == 0);
    CHECK(t.count(QStringLiteral("users")) == users);
}

TEST_CASE("The migrate command refuses a store of a newer program, untouched", "[migrate][cli][sqlite]")
{
    TempStore store;
    {
        Database db(store.location());
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(store.location());
        REQUIRE(raw.open());
        REQUIRE(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    QString outText, errText;
    CHECK(migrate({QStringLiteral("--db"), store.location()}, outText, errText) == 1);
    CHECK(errText.contains(QStringLiteral("999")));
}

TEST_CASE("The migrate command wants --db", "[migrate][cli]")
{
    QString outText, errText;
    CHECK(migrate({}, outText, errText) == 2);
    CHECK(errText.contains(QStringLiteral("--db")));
    CHECK(migrate({QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("extra")}, outText,
                  errText)
          == 2);
}

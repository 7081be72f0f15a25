#include "support/TempDatabase.h"

#include "core/Error.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "support/UndoHousingSchema.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ga;
using ga::test::TempDatabase;

namespace {

void addDepartments(Database &db, int n, int from = 0)
{
    QSqlQuery q(db.connection());
    for (int i = from; i < from + n; ++i)
        REQUIRE(q.exec(QStringLiteral("INSERT INTO departments (code, name, kind, created_at) "
                                      "VALUES ('D%1', '部门%1', 'agency', 0)")
                           .arg(i)));
}

qint64 rowsOf(const BackupInfo &info, const QString &table)
{
    for (const auto &[name, n] : info.rowCounts)
        if (name == table)
            return n;
    return -1;
}

qint64 departmentsIn(const QString &path)
{
    const QString name = QStringLiteral("count-") + path;
    qint64 n = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM departments")));
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

} // namespace

TEST_CASE("A backup is a checked copy holding the store's rows", "[backup][sqlite]")
{
    TempDatabase t;
    addDepartments(t.db(), 7);
    const QString target = t.dir() + QStringLiteral("/copy/store.db");
    QList<int> progress;
    const BackupInfo info = Backup::write(t.db(), target, [&](int p) { progress << p; });
    CHECK(info.canRestore());
    CHECK(info.schemaVersion == Database::latestSchemaVersion());
    CHECK(rowsOf(info, QStringLiteral("departments")) == 7);
    CHECK(departmentsIn(target) == 7);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last() == 100);
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
}

TEST_CASE("A backup taken while another connection writes holds the rows as of one moment",
          "[backup][sqlite]")
{
    TempDatabase t;
    addDepartments(t.db(), 3);
    // A second desk on the same file, in the middle of a write.
    QSqlDatabase other
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("desk2"));
    other.setDatabaseName(t.path());
    REQUIRE(other.open());
    {
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO departments (code, name, kind, created_at) "
                                      "VALUES ('X', '未提交', 'agency', 0)")));
        const BackupInfo info = Backup::write(t.db(), t.dir() + QStringLiteral("/b.db"));
        CHECK(rowsOf(info, QStringLiteral("departments")) == 3);
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("desk2"));
}

TEST_CASE("A backup into a folder that cannot be made fails clearly and leaves nothing", "[backup][sqlite]")
{
    TempDatabase t;
    // A file stands where the folder would be.
    const QString blocker = t.dir() + QStringLiteral("/not-a-folder");
    {
        QFile f(blocker);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const QString target = blocker + QStringLiteral("/b.db");
    try {
        Backup::write(t.db(), target);
        FAIL("the backup was reported as written");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("not-a-folder")));
    }
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
}

TEST_CASE("Inspecting a damaged file, another program's file or a newer backup says why it "
          "cannot be restored",
          "[backup][sqlite]")
{
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("garbage.db"));
    {
        QFile f(garbage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    CHECK_FALSE(Backup::inspect(garbage).canRestore());

    const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        c.setDatabaseName(foreign);
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));
    CHECK(Backup::inspect(foreign).problem.contains(QStringLiteral("GovAssets")));

    TempDatabase t;
    const QString newer = t.dir() + QStringLiteral("/newer.db");
    Backup::write(t.db(), newer);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("n"));
        c.setDatabaseName(newer);
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("n"));
    const BackupInfo info = Backup::inspect(newer);
    CHECK_FALSE(info.canRestore());
    CHECK(info.problem.contains(QStringLiteral("newer")));
}

TEST_CASE("Restoring replaces the store and keeps the current one as a backup", "[backup][sqlite]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("monday.db"));
    {
        Database db(store);
        addDepartments(db, 2);
        Backup::write(db, copy);
        addDepartments(db, 5, 2); // work done after the backup
    }
    const QString kept = Backup::restore(copy, store, Backup::kDefaultKeep);
    CHECK(departmentsIn(store) == 2);
    REQUIRE(QFileInfo::exists(kept));
    CHECK(departmentsIn(kept) == 7);
    CHECK(QFileInfo(kept).fileName().contains(QStringLiteral("before-restore")));
    Database reopened(store); // the restored store opens as a GovAssets database
    CHECK(reopened.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A backup that cannot be restored is refused and the store is left as it was", "[backup][sqlite]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Database db(store);
        addDepartments(db, 4);
    }
    const QString garbage = dir.filePath(QStringLiteral("garbage.db"));
    {
        QFile f(garbage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    CHECK_THROWS_AS(Backup::restore(garbage, store, Backup::kDefaultKeep), StorageError);
    CHECK(departmentsIn(store) == 4);
    CHECK(Backup::automaticBackups(store).isEmpty());
}

TEST_CASE("Automatic backups keep the newest ones only", "[backup][sqlite]")
{
    TempDatabase t;
    const BackupInfo first = Backup::writeAutomatic(t.db(), QStringLiteral("daily"), 10);
    // Three older ones, a day apart.
    for (int i = 1; i <= 3; ++i) {
        const QString older = Backup::folderFor(t.path())
            + QStringLiteral("/govassets-daily-2026110%1-080000.db").arg(i);
        REQUIRE(QFile::copy(first.path, older));
        QFile f(older);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime::currentDateTime().addDays(-10 + i),
                              QFileDevice::FileModificationTime));
    }
    REQUIRE(Backup::automaticBackups(t.path()).size() == 4);
    const BackupInfo latest = Backup::writeAutomatic(t.db(), QStringLiteral("before-restore"), 2);
    const QStringList kept = Backup::automaticBackups(t.path());
    REQUIRE(kept.size() == 2);
    CHECK(kept.contains(QFileInfo(latest.path).absoluteFilePath()));
    CHECK(Backup::hasBackupOn(t.path(), QDate::currentDate()));
    CHECK_FALSE(Backup::hasBackupOn(t.path(), QDate::currentDate().addDays(-8)));
}

TEST_CASE("Opening a store of an older schema backs it up before migrating", "[backup][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database db(store);
        addDepartments(db, 3);
        QSqlQuery q(db.connection());
        // Schemas 5, 6, 8, 9 and 11 undone, so their migrations run again.
        REQUIRE(ga::test::undoHousingSchema(q));
        for (const char *table : {"office_lendings", "office_cases", "office_allocations",
                                  "office_rooms", "dispatch_liaisons"})
            REQUIRE(q.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'offices.%'")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE users DROP COLUMN locked")));
        REQUIRE(q.exec(QStringLiteral(
            "ALTER TABLE users RENAME COLUMN scope_department_id TO scope_of_a_later_schema")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 4")));
    }
    CHECK(Backup::automaticBackups(store).isEmpty());
    Database migrated(store);
    const QStringList backups = Backup::automaticBackups(store);
    REQUIRE(backups.size() == 1);
    CHECK(QFileInfo(backups.first())
              .fileName()
              .startsWith(QStringLiteral("govassets-before-migration-4-")));
    const BackupInfo info = Backup::inspect(backups.first());
    CHECK(info.schemaVersion == 4);
    CHECK(rowsOf(info, QStringLiteral("departments")) == 3);
}

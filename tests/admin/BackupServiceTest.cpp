#include <catch2/catch.hpp>

#include "support/TempDatabase.h"

#include "cli/BackupCommand.h"
#include "core/Error.h"
#include "org/BackupService.h"
#include "org/SettingsService.h"
#include "storage/Backup.h"
#include "widgets/admin/RestoreDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>

using namespace ga;
using ga::test::TempDatabase;

TEST_CASE("A region administrator's backup is written and audited", "[backup][sqlite]")
{
    TempDatabase t;
    t.loginAs(Role::Admin);
    const QString target = t.dir() + QStringLiteral("/manual.db");
    const BackupInfo info = t.services().backups().backUp(target);
    CHECK(info.canRestore());
    CHECK(QFileInfo::exists(target));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'")).toInt()
          == 1);
}

TEST_CASE("Only a region administrator may back up or restore: a backup holds every agency",
          "[backup][permissions][sqlite]")
{
    TempDatabase t;
    const QString target = t.dir() + QStringLiteral("/manual.db");
    t.loginAs(Role::Clerk, {Module::Vehicles});
    CHECK_FALSE(t.services().backups().canBackUp());
    CHECK_THROWS_AS(t.services().backups().backUp(target), PermissionError);
    CHECK_FALSE(QFileInfo::exists(target));

    // An agency's administrator: the permission, but not the scope.
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO departments (code, name, kind, created_at) "
                                  "VALUES ('A', '财政局', 'agency', 0)")));
    const qint64 agency = q.lastInsertId().toLongLong();
    t.loginAs(Role::Admin, {}, 0, agency);
    CHECK_FALSE(t.services().backups().canBackUp());
    CHECK_THROWS_AS(t.services().backups().backUp(target), PermissionError);
    CHECK_THROWS_AS(t.services().backups().authorizeRestore(target), PermissionError);
}

TEST_CASE("The daily backup is written once a day into the backups folder", "[backup][sqlite]")
{
    TempDatabase t;
    const QDate today = QDate::currentDate();
    const auto first = t.services().backups().dailyBackupIfDue(today);
    REQUIRE(first.has_value());
    CHECK(QFileInfo(first->path).absolutePath()
          == QFileInfo(Backup::folderFor(t.path())).absoluteFilePath());
    CHECK_FALSE(t.services().backups().dailyBackupIfDue(today).has_value());
}

TEST_CASE("The number of backups kept is a setting", "[backup][sqlite]")
{
    TempDatabase t;
    CHECK(t.services().backups().keep() == Backup::kDefaultKeep);
    t.services().settings().setValue(QString::fromLatin1(SettingsService::BackupKeep),
                                     QStringLiteral("3"));
    CHECK(t.services().backups().keep() == 3);
}

TEST_CASE("The restore dialog shows a backup's contents and offers Restore only for a good one",
          "[backup][gui][sqlite]")
{
    TempDatabase t;
    const auto daily = t.services().backups().dailyBackupIfDue(QDate::currentDate());
    REQUIRE(daily.has_value());
    RestoreDialog dialog(t.services().backups());
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("backups"));
    REQUIRE(list->count() == 1);
    CHECK(dialog.chosenFile() == daily->path); // the newest is chosen
    CHECK(dialog.restoreButton()->isEnabled());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("schema"))->text()
          == QString::number(Database::latestSchemaVersion()));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("rows"))
              ->text()
              .contains(QStringLiteral("users")));

    const QString garbage = t.dir() + QStringLiteral("/garbage.db");
    {
        QFile f(garbage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    dialog.chooseFile(garbage);
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().isEmpty());
}

TEST_CASE("Accepting the restore dialog records the request in the audit", "[backup][gui][sqlite]")
{
    TempDatabase t;
    const auto daily = t.services().backups().dailyBackupIfDue(QDate::currentDate());
    REQUIRE(daily.has_value());
    RestoreDialog dialog(t.services().backups());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(
        t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore'")).toInt()
        == 1);
}

TEST_CASE("The backup command writes a checked copy and prints what it holds", "[backup][cli][sqlite]")
{
    TempDatabase t;
    const QString target = t.dir() + QStringLiteral("/cli.db");
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = cli::BackupCommand::run({QStringLiteral("backup"), QStringLiteral("--db"),
                                              t.path(), QStringLiteral("--out"), target},
                                             out, err);
    out.flush();
    INFO(errText.toStdString());
    CHECK(code == 0);
    CHECK(outText.contains(QStringLiteral("checked")));
    CHECK(outText.contains(QStringLiteral("users")));
    CHECK(Backup::inspect(target).canRestore());
}

TEST_CASE("The backup command refuses a missing database or a missing --out", "[backup][cli][sqlite]")
{
    TempDatabase t;
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    CHECK(cli::BackupCommand::run({QStringLiteral("backup"), QStringLiteral("--db"), t.path()}, out,
                                  err)
          == 2);
    CHECK(cli::BackupCommand::run({QStringLiteral("backup"), QStringLiteral("--db"),
                                   t.dir() + QStringLiteral("/none.sqlite"),
                                   QStringLiteral("--out"), t.dir() + QStringLiteral("/x.db")},
                                  out, err)
          == 1);
    CHECK_FALSE(QFileInfo::exists(t.dir() + QStringLiteral("/none.sqlite")));
}

TEST_CASE("A server store is not backed up from the program: its own tools do that",
          "[backup][postgres]")
{
    TempDatabase t;
    t.loginAs(Role::Admin);
    CHECK_FALSE(t.services().backups().canBackUp());
    CHECK_FALSE(t.services().backups().dailyBackupIfDue(QDate::currentDate()).has_value());
    CHECK_THROWS_AS(t.services().backups().backUp(t.dir() + QStringLiteral("/x.db")),
                    StorageError);
}

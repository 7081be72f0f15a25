#include "storage/Backup.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/DiskFailure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cstdio>

namespace ga {

namespace {

// Pages copied per step: small enough for a smooth progress bar and for the program's own
// writes to slip in between, large enough not to cost time.
constexpr int kPagesPerStep = 512;

// The registers whose row counts describe a backup.
const char *const kCountedTables[]
    = {"departments", "staff", "buildings",         "users",    "vehicles",
       "drivers",     "trips", "fuel_transactions", "audit_log"};

sqlite3 *handleOf(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// An sqlite3 connection closed when it goes.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close(db); }
    QString error() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
};

qint64 scalar(sqlite3 *db, const QByteArray &sql, bool *ok = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = 0;
    bool good = sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW;
    if (good)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    if (ok)
        *ok = good;
    return value;
}

QString text(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

// Copies every page of `from` into `to` in steps; false with the reason on failure.
bool copyPages(sqlite3 *from, sqlite3 *to, const Backup::Progress &progress, QString &error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && total > 0)
            progress(int(100LL * (total - sqlite3_backup_remaining(backup)) / total));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

QString automaticName(const QString &reason)
{
    return QStringLiteral("govassets-%1-%2.db")
        .arg(reason, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

void removeBeyond(const QString &dbPath, int keep)
{
    const QStringList all = Backup::automaticBackups(dbPath);
    for (qsizetype i = qMax(1, keep); i < all.size(); ++i) {
        if (!QFile::remove(all.at(i)))
            spdlog::warn("Could not remove the old backup {}", all.at(i).toStdString());
    }
}

} // namespace

QString Backup::folderFor(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

BackupInfo Backup::write(const Database &db, const QString &target, const Progress &progress)
{
    sqlite3 *source = handleOf(db);
    if (!source)
        throw StorageError(tr("This store is not an SQLite file; back it up with the server's own "
                              "tools."));
    const QFileInfo targetInfo(target);
    if (!targetInfo.absoluteDir().exists() && !QDir().mkpath(targetInfo.absolutePath()))
        throw StorageError(tr("The backup could not be written: the folder %1 cannot be created.")
                               .arg(targetInfo.absolutePath()));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        throw StorageError(tr("Choose another file for the backup than the database itself."));

    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    {
        Connection copy;
        QString error;
        const bool copied = sqlite3_open_v2(part.toUtf8().constData(), &copy.db,
                                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
                == SQLITE_OK
            && copyPages(source, copy.db, progress, error);
        if (!copied) {
            const QString reason = error.isEmpty() ? copy.error() : error;
            sqlite3_close(copy.db);
            copy.db = nullptr;
            QFile::remove(part);
            const QString disk = DiskFailure::message(-1, reason);
            throw StorageError(tr("The backup to %1 failed: %2. The database was not changed.")
                                   .arg(target, disk.isEmpty() ? reason : disk));
        }
    }
    const BackupInfo checked = inspect(part);
    if (!checked.canRestore()) {
        QFile::remove(part);
        throw StorageError(
            tr("The backup to %1 failed its check: %2").arg(target, checked.problem));
    }
    // POSIX rename replaces the target in one step: there is never a half-written backup there.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData())
        != 0) {
        QFile::remove(part);
        throw StorageError(tr("The backup could not be moved into place at %1.").arg(target));
    }
    spdlog::info("Backed up {} to {} ({} bytes)", db.path().toStdString(), target.toStdString(),
                 checked.bytes);
    // The check read the copy already (integrity_check reads every page): only its name changed.
    BackupInfo info = checked;
    info.path = target;
    return info;
}

BackupInfo Backup::inspect(const QString &path)
{
    BackupInfo info;
    info.path = path;
    const QFileInfo file(path);
    if (!file.exists()) {
        info.problem = tr("The file %1 does not exist.").arg(path);
        return info;
    }
    info.written = file.lastModified();
    info.bytes = file.size();
    Connection c;
    if (sqlite3_open_v2(path.toUtf8().constData(), &c.db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        info.problem = tr("The file cannot be opened: %1.").arg(c.error());
        return info;
    }
    const QString integrity = text(c.db, "PRAGMA integrity_check");
    if (integrity != QLatin1String("ok")) {
        info.problem = integrity.isEmpty()
            ? tr("The file is not a database or is damaged.")
            : tr("The file is damaged (%1).").arg(integrity.left(200));
        return info;
    }
    if (scalar(c.db, "PRAGMA application_id") != Database::kApplicationId) {
        info.problem = tr("The file is not a GovAssets database.");
        return info;
    }
    info.schemaVersion = int(scalar(c.db, "PRAGMA user_version"));
    for (const char *table : kCountedTables) {
        bool ok = false;
        const qint64 n = scalar(c.db, QByteArray("SELECT count(*) FROM ") + table, &ok);
        if (ok)
            info.rowCounts.append({QString::fromLatin1(table), n});
    }
    if (info.schemaVersion > Database::latestSchemaVersion())
        info.problem = tr("The backup was written by a newer version of GovAssets (schema %1; "
                          "this program knows up to %2).")
                           .arg(info.schemaVersion)
                           .arg(Database::latestSchemaVersion());
    return info;
}

BackupInfo Backup::writeAutomatic(const Database &db, const QString &reason, int keep,
                                  const Progress &progress)
{
    const QString folder = folderFor(db.path());
    BackupInfo info = write(db, QDir(folder).filePath(automaticName(reason)), progress);
    removeBeyond(db.path(), keep);
    return info;
}

QStringList Backup::automaticBackups(const QString &dbPath)
{
    const QDir dir(folderFor(dbPath));
    QStringList paths;
    // Names carry the time, but the reason comes first: order by the file's time.
    for (const QFileInfo &f :
         dir.entryInfoList({QStringLiteral("govassets-*.db")}, QDir::Files, QDir::Time))
        paths << f.absoluteFilePath();
    return paths;
}

bool Backup::hasBackupOn(const QString &dbPath, const QDate &day)
{
    for (const QString &p : automaticBackups(dbPath))
        if (QFileInfo(p).lastModified().date() == day)
            return true;
    return false;
}

QString Backup::restore(const QString &from, const QString &dbPath, int keep)
{
    const BackupInfo info = inspect(from);
    if (!info.canRestore())
        throw StorageError(
            tr("%1 cannot be restored: %2 The database was not changed.").arg(from, info.problem));
    if (QFileInfo(from).absoluteFilePath() == QFileInfo(dbPath).absoluteFilePath())
        throw StorageError(tr("The backup is the database itself."));

    // The current store first, as an automatic backup of its own.
    QString kept;
    if (QFileInfo::exists(dbPath)) {
        Connection current;
        if (sqlite3_open_v2(dbPath.toUtf8().constData(), &current.db, SQLITE_OPEN_READWRITE,
                            nullptr)
            != SQLITE_OK)
            throw StorageError(tr("The database %1 cannot be opened to keep a copy: %2. Nothing "
                                  "was restored.")
                                   .arg(dbPath, current.error()));
        kept = QDir(folderFor(dbPath)).filePath(automaticName(QStringLiteral("before-restore")));
        QDir().mkpath(folderFor(dbPath));
        Connection copy;
        QString error;
        if (sqlite3_open_v2(kept.toUtf8().constData(), &copy.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
                != SQLITE_OK
            || !copyPages(current.db, copy.db, {}, error)) {
            QFile::remove(kept);
            throw StorageError(tr("A copy of the current database could not be kept (%1). Nothing "
                                  "was restored.")
                                   .arg(error.isEmpty() ? copy.error() : error));
        }
    }
    // Copied page by page into the store itself (one transaction on it): its write-ahead log
    // is rewritten with it, so no stale log can be replayed over the restored pages.
    Connection source;
    Connection target;
    QString error;
    if (sqlite3_open_v2(from.toUtf8().constData(), &source.db, SQLITE_OPEN_READONLY, nullptr)
            != SQLITE_OK
        || sqlite3_open_v2(dbPath.toUtf8().constData(), &target.db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK
        || !copyPages(source.db, target.db, {}, error))
        throw StorageError(tr("The restore failed (%1); the database is as it was.")
                               .arg(error.isEmpty() ? target.error() : error));
    spdlog::info("Restored {} from {} (the previous file kept as {})", dbPath.toStdString(),
                 from.toStdString(), kept.toStdString());
    removeBeyond(dbPath, keep);
    return kept;
}

} // namespace ga

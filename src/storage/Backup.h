#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace ga {

class Database;

// What a backup file holds, read without changing it: when it was written, its schema, the size
// of the main registers, and whether it can be restored (`problem` says why not).
struct BackupInfo
{
    QString path;
    QDateTime written; // the file's modification time
    qint64 bytes = 0;
    int schemaVersion = 0;
    QList<QPair<QString, qint64>> rowCounts; // table, rows (the registers that exist in it)
    QString problem; // translated; empty when it can be restored

    bool canRestore() const { return problem.isEmpty(); }
};

// Backups of the SQLite store (DESIGN.md: one file on a clerk's desktop must never be lost).
//
// A backup is an online, consistent copy made through SQLite's backup API on the program's own
// connection: the copy is the store as of one moment even while the program works on. It is
// written beside its target as "<target>.part", checked (integrity_check, a GovAssets file, a
// schema this program knows) and only then renamed into place, so a failed or interrupted backup
// never leaves a file that looks like a good one.
//
// Automatic backups go into the folder "backups" beside the store, named
// govassets-<reason>-<yyyyMMdd-HHmmss>.db; the oldest beyond the number to keep are removed.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Called with 0…100 while pages are copied.
    using Progress = std::function<void(int percent)>;

    // Writes a checked copy of `db` to `target`; throws StorageError (the target is then absent
    // or, if it existed, unchanged).
    static BackupInfo write(const Database &db, const QString &target,
                            const Progress &progress = {});
    // Reads a backup's date, schema version, row counts and health.
    static BackupInfo inspect(const QString &path);

    static QString folderFor(const QString &dbPath);
    // Writes an automatic backup (`reason`: "daily", "before-migration-5", "before-restore")
    // into folderFor(db's path) and removes the oldest automatic backups beyond `keep`.
    static BackupInfo writeAutomatic(const Database &db, const QString &reason, int keep,
                                     const Progress &progress = {});
    // The automatic backups beside the store at `dbPath`, newest first.
    static QStringList automaticBackups(const QString &dbPath);
    // Whether one of them was written on `day` (local time).
    static bool hasBackupOn(const QString &dbPath, const QDate &day);

    // Replaces the store at `dbPath`, which no connection may hold open, by the backup `from`:
    // refused (StorageError, nothing changed) for a copy that cannot be restored; the current
    // store is first copied into the backups folder ("before-restore"). Returns that copy's path.
    static QString restore(const QString &from, const QString &dbPath, int keep);

    static constexpr int kDefaultKeep = 10;
};

} // namespace ga

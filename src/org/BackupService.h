#pragma once

#include "storage/Backup.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace ga {

class AuditLog;
class Database;
class Session;
class SettingsService;

// Who may back up and restore the store, and the audit of it. A backup holds every agency's
// records, so it is the region's administrators' (Permission::ManageSettings, region scope);
// the daily automatic backup runs for everyone, since it never leaves the data folder.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    BackupService(Database &db, Session &session, AuditLog &audit, SettingsService &settings);

    bool canBackUp() const;
    // File → Back up…: a checked copy to `target` (Backup::write), audited. PermissionError,
    // StorageError.
    BackupInfo backUp(const QString &target, const Backup::Progress &progress = {});
    // The first start of a day writes an automatic backup ("daily"); nothing when one was
    // written on `today`, or for a server store (its own tools back it up). StorageError when
    // it fails.
    std::optional<BackupInfo> dailyBackupIfDue(const QDate &today,
                                               const Backup::Progress &progress = {});
    // How many automatic backups are kept (the setting, or Backup::kDefaultKeep).
    int keep() const;
    // File → Restore…: checks the user may, and that `from` can be restored; audits the request
    // in the current store (its copy kept before the restore holds that row). The restore itself
    // runs once the store is closed (Backup::restore).
    BackupInfo authorizeRestore(const QString &from);
    QString databasePath() const;

private:
    void requireAllowed() const;

    Database &m_db;
    Session &m_session;
    AuditLog &m_audit;
    SettingsService &m_settings;
};

} // namespace ga

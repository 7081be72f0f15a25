#include "org/BackupService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "org/SettingsService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace ga {

namespace {

const QString kEntity = QStringLiteral("database");

} // namespace

BackupService::BackupService(Database &db, Session &session, AuditLog &audit,
                             SettingsService &settings)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_settings(settings)
{
}

bool BackupService::canBackUp() const
{
    // A server store is backed up with the server's tools (pg_dump), not from the program.
    return !m_db.isPostgres() && m_session.can(Permission::ManageSettings)
        && m_session.user().scopeDepartmentId == 0;
}

void BackupService::requireAllowed() const
{
    m_session.require(Permission::ManageSettings);
    if (m_session.user().scopeDepartmentId != 0)
        throw PermissionError(tr("A backup holds every agency's records: only an administrator of "
                                 "the whole region may back up or restore the database."));
}

BackupInfo BackupService::backUp(const QString &target, const Backup::Progress &progress)
{
    requireAllowed();
    const BackupInfo info = Backup::write(m_db, target, progress);
    Transaction tx(m_db);
    m_audit.record(QStringLiteral("backup"), kEntity, 0, {},
                   QJsonObject {{QStringLiteral("file"), info.path},
                                {QStringLiteral("bytes"), info.bytes},
                                {QStringLiteral("schema"), info.schemaVersion}});
    tx.commit();
    return info;
}

std::optional<BackupInfo> BackupService::dailyBackupIfDue(const QDate &today,
                                                          const Backup::Progress &progress)
{
    if (m_db.isPostgres() || Backup::hasBackupOn(m_db.path(), today))
        return std::nullopt;
    return Backup::writeAutomatic(m_db, QStringLiteral("daily"), keep(), progress);
}

int BackupService::keep() const
{
    return qMax(1,
                m_settings.intValue(QString::fromLatin1(SettingsService::BackupKeep),
                                    Backup::kDefaultKeep));
}

BackupInfo BackupService::authorizeRestore(const QString &from)
{
    requireAllowed();
    const BackupInfo info = Backup::inspect(from);
    if (!info.canRestore())
        throw StorageError(tr("%1 cannot be restored: %2").arg(from, info.problem));
    Transaction tx(m_db);
    m_audit.record(QStringLiteral("restore"), kEntity, 0, {},
                   QJsonObject {{QStringLiteral("from"), info.path},
                                {QStringLiteral("written"), info.written.toString(Qt::ISODate)},
                                {QStringLiteral("schema"), info.schemaVersion}});
    tx.commit();
    return info;
}

QString BackupService::databasePath() const
{
    return m_db.path();
}

} // namespace ga

#include "storage/DiskFailure.h"

namespace ga {

QString DiskFailure::message(int sqliteCode, const QString &text)
{
    const int primary = sqliteCode >= 0 ? (sqliteCode & 0xff) : -1;
    constexpr int kReadOnly = 8; // SQLITE_READONLY
    constexpr int kIoError = 10; // SQLITE_IOERR
    constexpr int kFull = 13;    // SQLITE_FULL
    if (primary == kFull || primary == kIoError || text.contains(QLatin1String("disk is full"))
        || text.contains(QLatin1String("disk I/O error")))
        return tr("The disk did not take the data (it may be full): nothing was saved, and what "
                  "was stored before is unchanged. Free space on the disk that holds the "
                  "database, then try again.");
    if (primary == kReadOnly || text.contains(QLatin1String("readonly database")))
        return tr("The database may not be written (the file or its folder is read-only): "
                  "nothing was saved. Ask for write access to it, then try again.");
    return {};
}

} // namespace ga

#pragma once

#include <QCoreApplication>
#include <QString>

namespace ga {

// What the user is told when the disk refused a write: full (SQLITE_FULL, or an I/O error such
// as a file-size limit), or the store may not be written (SQLITE_READONLY). Empty for any other
// failure, which keeps its own message. `sqliteCode` is SQLite's result code (extended or
// primary, -1 when unknown), `text` the driver's text (recognised too, for other paths).
class DiskFailure
{
    Q_DECLARE_TR_FUNCTIONS(DiskFailure)
public:
    static QString message(int sqliteCode, const QString &text);
};

} // namespace ga

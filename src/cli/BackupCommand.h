#pragma once

#include "cli/Cli.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ga::cli {

// `govassets backup --db PATH --out FILE`
//
// Writes an online, checked copy of the store (storage/Backup.h), while other desks may work on
// it. Progress goes to `err` as one line updated in place; the copy's schema version, size and
// row counts go to `out`. Exit code 0 when the copy is written and checked; 1 when the store
// cannot be opened or the copy fails (nothing is left at FILE then); 2 for a usage error.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

Command backupCommand();

} // namespace ga::cli

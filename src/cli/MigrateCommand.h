#pragma once

#include "cli/Cli.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ga::cli {

// `govassets migrate --db LOCATION`
//
// Opens the store, which brings its schema up to the program's (on a file after an automatic
// backup; on a server as the database's owner, who then grants the desks' role `govassets_app`
// its rights), and says at which schema it now is. For a server's administrator, so that the
// desks, which may not change the schema, find it current. Exit code 0 when the store is
// current; 1 when it cannot be opened or upgraded (a message says why; nothing is half-applied:
// each migration is one transaction); 2 for a usage error.
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

Command migrateCommand();

} // namespace ga::cli

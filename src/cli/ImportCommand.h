#pragma once

#include "cli/Cli.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ga::cli {

// `govassets import vehicles|fuel --db PATH --file F [--mapping M.json] [--rejects R.csv]
//  [--encoding utf-8|gb18030] [--units litres|gallons] [--date-format F] [--strict]
//  [--user NAME]`
//
// Imports as the system user, or as NAME after checking the password read from `in`.
// Prints the counts of imported, rejected and duplicate rows (and where the rejects went).
// Exit code 0 when at least one row was imported or every row was a duplicate; 1 when nothing
// could be imported (bad file, mapping, format, or no valid row); 2 for a usage error.
int runImport(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err);

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    static int run(const QStringList &arguments, QTextStream &in, QTextStream &out,
                   QTextStream &err);
};

Command importCommand();

} // namespace ga::cli

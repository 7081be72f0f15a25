#pragma once

#include "cli/Cli.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ga::cli {

// `govassets generate --db PATH --scale small|region [--seed N] [--date YYYY-MM-DD]`
//
// Fills a new, empty database with deterministic demo (small) or benchmark (region) data.
// Progress goes to `err` as one line updated in place; the counts, the elapsed seconds and the
// file size go to `out` at the end. Exit code 0 on success; 1 when the database cannot be
// opened, already holds organisation data, or the generation fails; 2 for a usage error
// (missing --db, unknown scale, bad seed or date).
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

Command generateCommand();

} // namespace ga::cli

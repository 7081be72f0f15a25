#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <utility>
#include <vector>

namespace ga::bench {

// Timing helpers of the benchmark programs. Figures are medians of repeated runs, reported next to
// the same SQL run bare through the `sqlite3` shell (the store's own limit), as DESIGN.md asks.

struct Stats
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    int runs = 0;
};

// Runs `op` `runs` times (after `warmup` untimed runs) and returns the median, min and max.
Stats measure(int runs, const std::function<void()> &op, int warmup = 1);

// Runs `sql` (one statement, literal values) `repeat` times in one `sqlite3` shell process against
// `dbPath` and returns the mean milliseconds per run, with the shell's start-up subtracted
// (measured with a trivial statement). Returns a negative value when sqlite3 is missing.
double bareSqliteMs(const QString &dbPath, const QString &sql, int repeat = 50);

// Runs every entry of `operations` (each one or more statements with literal values, e.g. the
// queries of one service call) in order, the whole list `repeat` times, in one `sqlite3` shell
// process, and returns the mean milliseconds per operation with the shell's start-up subtracted.
// Negative when sqlite3 is missing.
double bareSqliteMs(const QString &dbPath, const QStringList &operations, int repeat = 1);

// The same as bareSqliteMs() through the `psql` client against the PostgreSQL database at `url`
// (a postgresql:// address; the password from PGPASSFILE): the server's own cost plus one round
// trip per statement, with psql's start-up and connection subtracted. Negative when psql is
// missing or a statement failed.
double barePsqlMs(const QString &url, const QStringList &operations, int repeat = 1);
// bareSqliteMs() for a file, barePsqlMs() for a postgresql:// address.
double bareMs(const QString &location, const QString &sql, int repeat = 50);
double bareMs(const QString &location, const QStringList &operations, int repeat = 1);
bool isServerLocation(const QString &location);

// Runs `script` once through a writable `sqlite3` shell on `dbPath` (dot-commands allowed) and
// returns the wall-clock milliseconds, shell start-up included; negative when sqlite3 is missing
// or the script failed.
double sqliteScriptMs(const QString &dbPath, const QString &script);

// `sql` with its named binds (":name") replaced by SQL literals: integers as they are, strings
// quoted with doubled quotes, null QVariants as NULL. Longer names are replaced first.
QString withLiterals(QString sql, const QList<std::pair<QString, QVariant>> &binds);

// Resident memory of this process in MB (VmRSS).
double residentMemoryMb();

// One row of the results table.
struct Row
{
    QString operation;
    QString scale;
    Stats stats;
    double bareMs = -1; // negative: no bare counterpart
    QString target; // e.g. "≤ 1 ms"
    QString note;
};

// The rows as a Markdown table (the format of docs/benchmarks.md).
QString markdownTable(const std::vector<Row> &rows);
// Prints markdownTable(rows) to stdout.
void printMarkdown(const std::vector<Row> &rows);

} // namespace ga::bench

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ga {

// A row that was not stored: its source line (1-based, the header is line 1), why, and for
// rejected rows the original cells.
struct ImportIssue
{
    qint64 line = 0;
    QString reason;     // translated
    QStringList raw;    // empty for duplicates (a re-imported file would hold them all)
    // For the summary: the reason without the row's own value ("No vehicle has this fleet
    // number"), and that value ("F-901"). Empty group: grouped by the reason itself.
    QString group = {};
    QString value = {};
};

// Why a row cannot be stored, as an importer's row rule reports it (thrown or returned).
struct RowProblem
{
    RowProblem() = default;
    RowProblem(const QString &why) // NOLINT: a reason alone is the common case
        : reason(why)
    {
    }
    static RowProblem grouped(const QString &reason, const QString &group, const QString &value);
    static RowProblem duplicateOf(const QString &reason);
    bool isEmpty() const { return reason.isEmpty(); }

    QString reason; // translated, with the row's value
    QString group; // translated, without it (see ImportIssue)
    QString value;
    bool duplicate = false;
};

// Rejected rows that share a reason: how many, their first lines, the distinct values (the
// unknown keys) behind it.
struct RejectGroup
{
    QString reason;
    qint64 count = 0;
    QList<qint64> firstLines;
    QStringList values; // sorted, at most the maximum asked for
    qint64 distinctValues = 0;
    // "5,030 × No vehicle has this fleet number (line 2, 3, 4, 5, 6, …): F-901, F-902", translated.
    QString describe() const;
};

// What one import did. Nothing is stored when `cancelled` is true.
struct ImportResult
{
    Q_DECLARE_TR_FUNCTIONS(ImportResult)
public:
    QString fileName;
    QStringList headers;
    qint64 accepted = 0;
    QList<ImportIssue> rejected;
    QList<ImportIssue> duplicates;
    // Stored records that replaced ones already stored (a month of readings imported again).
    qint64 replaced = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;

    qint64 rowsRead() const { return accepted + rejected.size() + duplicates.size(); }
    double rowsPerSecond() const;
    // "1,234 imported, 5 rejected, 2 duplicates", translated.
    QString summary() const;
    // The rejects grouped by reason, the largest group first.
    QList<RejectGroup> rejectGroups(int maxLines = 5, int maxValues = 20) const;
    // One line per group (at most `maxGroups`), for the dialog and the command line.
    QString rejectsReport(int maxGroups = 10) const;

    // The rejected rows as CSV for Excel (UTF-8 with BOM): columns "line", "reason", then the
    // file's own columns. Throws ga::StorageError (translated) when the file cannot be written.
    void writeRejectsCsv(const QString &path) const;
};

} // namespace ga

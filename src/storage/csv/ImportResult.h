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
    qint64 elapsedMs = 0;
    bool cancelled = false;

    qint64 rowsRead() const { return accepted + rejected.size() + duplicates.size(); }
    double rowsPerSecond() const;
    // "1,234 imported, 5 rejected, 2 duplicates", translated.
    QString summary() const;

    // The rejected rows as CSV for Excel (UTF-8 with BOM): columns "line", "reason", then the
    // file's own columns. Throws ga::StorageError (translated) when the file cannot be written.
    void writeRejectsCsv(const QString &path) const;
};

} // namespace ga

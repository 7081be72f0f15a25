#include "storage/csv/ImportResult.h"

#include "storage/csv/CsvWriter.h"

#include <QLocale>

namespace ga {

double ImportResult::rowsPerSecond() const
{
    return elapsedMs > 0 ? rowsRead() * 1000.0 / elapsedMs : 0.0;
}

QString ImportResult::summary() const
{
    if (cancelled)
        return tr("The import was cancelled; nothing was stored.");
    return tr("%1 imported, %2 rejected, %3 duplicates.")
        .arg(QLocale().toString(accepted), QLocale().toString(rejected.size()),
             QLocale().toString(duplicates.size()));
}

void ImportResult::writeRejectsCsv(const QString &path) const
{
    CsvWriter writer(path);
    QStringList header{tr("line"), tr("reason")};
    header << headers;
    writer.writeRow(header);
    for (const ImportIssue &issue : rejected) {
        QStringList row{QString::number(issue.line), issue.reason};
        row << issue.raw;
        writer.writeRow(row);
    }
    writer.close();
}

} // namespace ga

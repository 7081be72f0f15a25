#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

namespace ga {

// Writes RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel on a Chinese Windows opens it
// as UTF-8), CRLF line ends, fields quoted when they hold a delimiter, quote or line break.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    // Throws ga::StorageError (translated) when the file cannot be created.
    explicit CsvWriter(const QString &path);

    void writeRow(const QStringList &fields);
    // Flushes and closes; throws ga::StorageError when the data could not be written.
    void close();

    static QString escape(const QString &field, QChar delimiter = QLatin1Char(','));

private:
    QFile m_file;
    QString m_path;
};

} // namespace ga

#include "storage/csv/CsvWriter.h"

#include "core/Error.h"

#include <QDir>

namespace ga {

CsvWriter::CsvWriter(const QString &path)
    : m_file(path)
    , m_path(path)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw StorageError(tr("Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), m_file.errorString()));
    m_file.write("\xEF\xBB\xBF");
}

QString CsvWriter::escape(const QString &field, QChar delimiter)
{
    if (!field.contains(delimiter) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += escape(fields.at(i));
    }
    line += QLatin1String("\r\n");
    m_file.write(line.toUtf8());
}

void CsvWriter::close()
{
    if (!m_file.isOpen())
        return;
    const bool ok = m_file.flush() && m_file.error() == QFileDevice::NoError;
    m_file.close();
    if (!ok)
        throw StorageError(tr("Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
}

} // namespace ga

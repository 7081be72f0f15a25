#include "storage/csv/CsvReader.h"

#include <algorithm>

#include "core/Error.h"
#include "storage/csv/TextEncoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>

namespace ga {

CsvReader::CsvReader(const QString &text, QChar delimiter, qsizetype start, qint64 firstLine)
    : m_text(text)
    , m_delimiter(delimiter)
    , m_pos(start)
    , m_line(firstLine)
{}

bool CsvReader::readRow(QStringList &fields)
{
    fields.clear();
    if (!readRow(m_views))
        return false;
    fields.reserve(m_views.size());
    for (const QStringView v : std::as_const(m_views))
        fields.append(v.toString());
    return true;
}

bool CsvReader::readRow(QList<QStringView> &fields)
{
    fields.clear();
    m_unescaped.clear();
    const QChar *d = m_text.constData();
    const qsizetype size = m_text.size();
    const char16_t delim = m_delimiter.unicode();

    // Skip empty lines.
    while (m_pos < size && (d[m_pos] == u'\n' || d[m_pos] == u'\r')) {
        if (d[m_pos] == u'\r' && m_pos + 1 < size && d[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    if (m_pos >= size)
        return false;
    m_rowLine = m_line;

    while (true) {
        if (m_pos < size && d[m_pos] == u'"') {
            // Quoted field: a slice of the text unless it holds doubled quotes or text follows
            // the closing quote.
            ++m_pos;
            const qsizetype first = m_pos;
            qsizetype last = m_pos;
            QString field;
            bool copied = false;
            bool closed = false;
            while (m_pos < size) {
                const qsizetype start = m_pos;
                while (m_pos < size && d[m_pos] != u'"') {
                    if (d[m_pos] == u'\n'
                        || (d[m_pos] == u'\r' && (m_pos + 1 >= size || d[m_pos + 1] != u'\n')))
                        ++m_line;
                    ++m_pos;
                }
                if (copied)
                    field.append(d + start, m_pos - start);
                last = m_pos;
                if (m_pos >= size)
                    break;
                if (m_pos + 1 < size && d[m_pos + 1] == u'"') {
                    if (!copied) {
                        field = QString(d + first, m_pos - first);
                        copied = true;
                    }
                    field.append(QLatin1Char('"'));
                    m_pos += 2;
                    continue;
                }
                ++m_pos; // closing quote
                closed = true;
                break;
            }
            if (!closed && m_error.isEmpty())
                m_error = QCoreApplication::translate("CsvReader",
                                                      "Line %1: a quoted field is not closed.")
                              .arg(m_rowLine);
            // Text between the closing quote and the delimiter is kept, as Excel does.
            const qsizetype start = m_pos;
            while (m_pos < size && d[m_pos] != delim && d[m_pos] != u'\n' && d[m_pos] != u'\r')
                ++m_pos;
            if (m_pos > start) {
                if (!copied) {
                    field = QString(d + first, last - first);
                    copied = true;
                }
                field.append(d + start, m_pos - start);
            }
            if (copied) {
                m_unescaped.append(field);
                fields.append(QStringView(m_unescaped.constLast()));
            } else {
                fields.append(QStringView(d + first, last - first));
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && d[m_pos] != delim && d[m_pos] != u'\n' && d[m_pos] != u'\r')
                ++m_pos;
            fields.append(QStringView(d + start, m_pos - start));
        }
        if (m_pos >= size)
            return true;
        const QChar c = d[m_pos];
        if (c == delim) {
            ++m_pos;
            continue;
        }
        // End of line.
        if (c == u'\r' && m_pos + 1 < size && d[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        return true;
    }
}

QChar detectCsvDelimiter(const QString &text)
{
    static const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    constexpr int maxLines = 20;
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current{0, 0, 0};
    bool quoted = false;
    bool lineHasText = false;
    for (qsizetype i = 0, n = text.size(); i < n && counts.size() < maxLines; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            lineHasText = true;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (lineHasText)
                counts.append(current);
            current = {0, 0, 0};
            lineHasText = false;
        } else {
            lineHasText = true;
            if (!quoted)
                for (int k = 0; k < 3; ++k)
                    if (c == candidates[k])
                        ++current[k];
        }
    }
    if (lineHasText && counts.size() < maxLines)
        counts.append(current);
    if (counts.isEmpty())
        return QLatin1Char(',');

    int best = 0;
    int bestConsistent = -1;
    int bestHeader = 0;
    for (int k = 0; k < 3; ++k) {
        const int header = counts.first()[k];
        if (header == 0)
            continue;
        int consistent = 0;
        for (const auto &line : counts)
            if (line[k] == header)
                ++consistent;
        if (consistent > bestConsistent || (consistent == bestConsistent && header > bestHeader)) {
            best = k;
            bestConsistent = consistent;
            bestHeader = header;
        }
    }
    return candidates[best];
}

CsvDocument CsvDocument::load(const QString &path, const QString &encoding, QChar delimiter)
{
    QFile file(path);
    if (!file.exists())
        throw ValidationError(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError(tr("Cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    return fromBytes(file.readAll(), encoding, delimiter, QFileInfo(path).fileName());
}

CsvDocument CsvDocument::fromBytes(const QByteArray &bytes, const QString &encoding,
                                   QChar delimiter, const QString &fileName)
{
    CsvDocument doc;
    doc.m_fileName = fileName;
    if (encoding.trimmed().isEmpty()) {
        doc.m_text = decodeDetected(bytes, &doc.m_encoding, &doc.m_decodedCleanly);
        doc.m_encodingDetected = true;
    } else {
        doc.m_encoding = canonicalTextEncoding(encoding);
        if (doc.m_encoding.isEmpty())
            throw ValidationError(tr("The text encoding \"%1\" is not supported (use one of: %2).")
                                      .arg(encoding, supportedTextEncodings().join(QStringLiteral(", "))));
        doc.m_text = decodeText(bytes, doc.m_encoding, &doc.m_decodedCleanly);
    }
    if (QStringView(doc.m_text).trimmed().isEmpty())
        throw ValidationError(fileName.isEmpty() ? tr("The file is empty.")
                                                 : tr("The file %1 is empty.").arg(fileName));
    doc.m_delimiter = delimiter.isNull() ? detectCsvDelimiter(doc.m_text) : delimiter;

    CsvReader reader(doc.m_text, doc.m_delimiter);
    QStringList header;
    reader.readRow(header);
    // Title rows above the table ("2026年1月能耗统计表", a blank line): rows of at most one
    // non-empty cell before the first row of several, within the first few rows.
    const auto filled = [](const QStringList &row) {
        return std::count_if(row.cbegin(), row.cend(),
                             [](const QString &c) { return !c.trimmed().isEmpty(); });
    };
    if (filled(header) <= 1) {
        CsvReader probe = reader;
        QStringList row;
        for (int skipped = 1; skipped < 10 && probe.readRow(row); ++skipped) {
            if (filled(row) > 1) {
                header = row;
                reader = probe;
                break;
            }
        }
    }
    for (QString &h : header)
        h = h.trimmed();
    doc.m_headers = header;
    doc.m_dataStart = reader.position();
    // The line the data starts on: after the header's own line breaks (quoted ones included).
    qint64 line = 1;
    for (qsizetype i = 0; i < doc.m_dataStart; ++i) {
        const QChar c = doc.m_text.at(i);
        if (c == QLatin1Char('\n')
            || (c == QLatin1Char('\r')
                && (i + 1 >= doc.m_text.size() || doc.m_text.at(i + 1) != QLatin1Char('\n'))))
            ++line;
    }
    doc.m_dataLine = line;
    return doc;
}

CsvReader CsvDocument::dataReader() const
{
    return CsvReader(m_text, m_delimiter, m_dataStart, m_dataLine);
}

qint64 CsvDocument::approximateRowCount() const
{
    // Every line end: LF, CRLF, and a CR on its own (old Mac exports, and files that mix them).
    const QStringView rest = QStringView(m_text).mid(m_dataStart);
    qint64 n = 0;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c == QLatin1Char('\n')
            || (c == QLatin1Char('\r') && (i + 1 == rest.size() || rest.at(i + 1) != QLatin1Char('\n'))))
            ++n;
    }
    if (!rest.isEmpty() && !rest.endsWith(QLatin1Char('\n')) && !rest.endsWith(QLatin1Char('\r')))
        ++n;
    return n;
}

QList<QStringList> CsvDocument::sampleRows(int max, QList<qint64> *lines) const
{
    QList<QStringList> rows;
    CsvReader reader = dataReader();
    QStringList row;
    while (rows.size() < max && reader.readRow(row)) {
        rows.append(row);
        if (lines)
            lines->append(reader.rowLine());
    }
    return rows;
}

QStringList CsvDocument::sampleColumn(int index, int max) const
{
    QStringList values;
    if (index < 0)
        return values;
    CsvReader reader = dataReader();
    QStringList row;
    while (values.size() < max && reader.readRow(row)) {
        const QString v = row.value(index).trimmed();
        if (!v.isEmpty())
            values.append(v);
    }
    return values;
}

QString csvDelimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return QCoreApplication::translate("CsvDocument", "Comma");
    if (delimiter == QLatin1Char(';'))
        return QCoreApplication::translate("CsvDocument", "Semicolon");
    if (delimiter == QLatin1Char('\t'))
        return QCoreApplication::translate("CsvDocument", "Tab");
    return QString(delimiter);
}

} // namespace ga

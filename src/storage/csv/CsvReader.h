#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ga {

// Reads RFC 4180 CSV from decoded text, one row at a time: quoted fields, doubled quotes,
// delimiters and line breaks inside quotes, CRLF / LF / CR line ends. Empty lines are skipped.
// Lenient where Excel is: text after a closing quote is kept, an unterminated quote runs to the
// end of the file (and is reported by error()).
class CsvReader
{
public:
    explicit CsvReader(const QString &text, QChar delimiter = QLatin1Char(','), qsizetype start = 0,
                       qint64 firstLine = 1);

    // Fills `fields` with the next row; false at the end of the text.
    bool readRow(QStringList &fields);
    // The same without a string per field, for large files: views into the text, or into the
    // reader's own storage for quoted fields that had to be unescaped. The views stay valid
    // until the next call (and while the reader lives).
    bool readRow(QList<QStringView> &fields);

    // The source line (1-based) on which the row last read starts.
    qint64 rowLine() const { return m_rowLine; }
    // Characters consumed so far, for progress against text().size().
    qsizetype position() const { return m_pos; }
    // Empty, or a description of the first malformed row (an unterminated quote).
    QString error() const { return m_error; }

private:
    QString m_text; // implicitly shared with the caller's copy
    QChar m_delimiter;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    QString m_error;
    QStringList m_unescaped; // this row's quoted fields that are not a plain slice of the text
    QList<QStringView> m_views;
};

// ',' ';' or '\t': the candidate whose count per line is the same in most of the first lines
// (outside quotes), preferring the one the header uses most.
QChar detectCsvDelimiter(const QString &text);

// A CSV file read whole and decoded once: its encoding and delimiter (detected unless given),
// its header row, and readers over the data rows that follow it.
class CsvDocument
{
    Q_DECLARE_TR_FUNCTIONS(CsvDocument)
public:
    CsvDocument() = default;

    // Throws ga::ValidationError (translated) when the file cannot be read, is empty, or the
    // named encoding is not supported. Empty `encoding` / null `delimiter` = detect.
    static CsvDocument load(const QString &path, const QString &encoding = {},
                            QChar delimiter = {});
    static CsvDocument fromBytes(const QByteArray &bytes, const QString &encoding = {},
                                 QChar delimiter = {}, const QString &fileName = {});

    QString fileName() const { return m_fileName; }
    QString encoding() const { return m_encoding; }
    bool encodingDetected() const { return m_encodingDetected; }
    // False when bytes were invalid in the encoding (shown as U+FFFD): the wrong encoding.
    bool decodedCleanly() const { return m_decodedCleanly; }
    QChar delimiter() const { return m_delimiter; }
    const QString &text() const { return m_text; }
    const QStringList &headers() const { return m_headers; }

    // A reader positioned on the first data row (after the header).
    CsvReader dataReader() const;
    // Upper bound of the data rows (line breaks after the header), for progress totals.
    qint64 approximateRowCount() const;
    // Up to `max` data rows, for previews and format detection.
    QList<QStringList> sampleRows(int max, QList<qint64> *lines = nullptr) const;
    // Up to `max` non-empty values of column `index` from the data rows.
    QStringList sampleColumn(int index, int max) const;

private:
    QString m_fileName;
    QString m_encoding;
    bool m_encodingDetected = false;
    bool m_decodedCleanly = true;
    QChar m_delimiter = QLatin1Char(',');
    QString m_text;
    QStringList m_headers;
    qsizetype m_dataStart = 0;
    qint64 m_dataLine = 2;
};

// Display name of a delimiter ("Comma", "Semicolon", "Tab"), translated.
QString csvDelimiterName(QChar delimiter);

} // namespace ga

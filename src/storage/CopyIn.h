#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct pg_conn;

namespace ga {

class Database;

// Rows in the text format of PostgreSQL's COPY: values separated by tabs, rows ended by a line
// break, `\N` for NULL, backslashes, tabs and line breaks in text escaped.
class CopyRows
{
public:
    CopyRows &add(qint64 value);
    // Text already in UTF-8.
    CopyRows &addUtf8(const QByteArray &utf8);
    CopyRows &add(const QString &text) { return addUtf8(text.toUtf8()); }
    CopyRows &addNull();
    void endRow();

    const QByteArray &data() const { return m_data; }
    qint64 rows() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }
    void clear();
    void reserve(qsizetype bytes) { m_data.reserve(bytes); }

private:
    void separate();

    QByteArray m_data;
    bool m_rowStarted = false;
    qint64 m_rows = 0;
};

// PostgreSQL's bulk load, `COPY table (columns) FROM STDIN`, through libpq on the driver's own
// connection, so it runs inside the caller's Transaction. Rows are written in COPY's text format
// into a buffer sent in chunks; nothing else may use the connection between the constructor and
// finish(). A failure throws ConflictError (a constraint: unique, foreign key, exclusion, check)
// or StorageError, naming `context`, and failedRow() tells which row the server refused; the
// transaction is then aborted and must be rolled back.
//
// Only for a PostgreSQL store (available()); SQLite has BulkStatement for the same job.
class CopyIn
{
    Q_DECLARE_TR_FUNCTIONS(CopyIn)
public:
    static bool available(const Database &db);

    CopyIn(const Database &db, const QString &table, const QStringList &columns,
           const QString &context);
    // Ends an unfinished COPY with an error, so that no partial load is kept.
    ~CopyIn();
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    CopyIn &add(qint64 value)
    {
        m_buffer.add(value);
        return *this;
    }
    // Text already in UTF-8; tabs, line breaks and backslashes are escaped here.
    CopyIn &addUtf8(const QByteArray &utf8)
    {
        m_buffer.addUtf8(utf8);
        return *this;
    }
    CopyIn &add(const QString &text) { return addUtf8(text.toUtf8()); }
    CopyIn &addNull()
    {
        m_buffer.addNull();
        return *this;
    }
    // Ends the row (every column must have had its value).
    void endRow();
    // Sends rows encoded elsewhere (after the rows added here so far).
    void send(const CopyRows &rows);

    // Sends the rest and ends the COPY; returns the rows the server stored.
    qint64 finish();

    qint64 rows() const { return m_sent + m_buffer.rows(); }
    // The 1-based row (in the order given) the server refused; 0 when it named none.
    qint64 failedRow() const { return m_failedRow; }

private:
    void flush();
    void put(const QByteArray &data);
    [[noreturn]] void fail(const QString &text, const char *sqlState);

    pg_conn *m_conn = nullptr;
    QString m_context;
    CopyRows m_buffer;
    qint64 m_sent = 0;
    qint64 m_failedRow = 0;
    bool m_open = false;
};

} // namespace ga

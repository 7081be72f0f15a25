#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ga {

class Database;

// One prepared statement executed many times in a row inside a Transaction, for bulk loads
// (imports of hundreds of thousands of rows). On SQLite it binds straight through the sqlite3
// API, without a QVariant per value; on another driver it falls back to QSqlQuery. Positional
// '?' parameters, 0-based bind indexes. Failures throw ConflictError (a constraint) or
// StorageError, naming `context`, like Query.
class BulkStatement
{
    Q_DECLARE_TR_FUNCTIONS(BulkStatement)
public:
    BulkStatement(const Database &db, const QString &sql, const QString &context);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    void bind(int index, qint64 value);
    // A null QString is bound as '' (not SQL NULL); use bindNull() for NULL.
    void bind(int index, const QString &value);
    void bindNull(int index);
    // Text already in UTF-8, bound without a copy: `utf8` must stay alive and unchanged until
    // the index is bound again or the statement is destroyed.
    void bindUtf8(int index, const QByteArray &utf8);

    // Runs the statement with the values bound; returns the rows changed (0 when an
    // ON CONFLICT DO NOTHING clause skipped the row).
    int exec();

    // For a SELECT: steps to the next result row; false after the last one (the statement is
    // then reset, ready to run again).
    bool next();
    qint64 columnInt64(int index) const;
    // The column's text as UTF-8; it may point into SQLite's buffer, valid until next().
    QByteArray columnUtf8(int index) const;

    // False when SQLite has rolled back the transaction itself after a failure (an I/O error,
    // a full disk), so that nothing more may be written.
    bool transactionActive() const;

private:
    [[noreturn]] void fail(const QString &text, bool constraint);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlQuery m_query; // the fallback
    QString m_sql;
    QString m_context;
};

// An integer SQLite pragma set for the lifetime of the object and restored afterwards; nothing
// on a store that is not SQLite (then isSet() is false).
class ScopedPragma
{
public:
    ScopedPragma(const Database &db, const char *name, qint64 value);
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

    bool isSet() const { return m_previous.isValid(); }

private:
    const Database &m_db;
    QString m_name;
    QVariant m_previous;
};

// Raises SQLite's page cache for the lifetime of the object (a bulk load into indexed tables
// otherwise spills pages to the WAL before the commit), and restores it afterwards.
class BulkLoadCache
{
public:
    explicit BulkLoadCache(const Database &db, int kibibytes = 131072)
        : m_cacheSize(db, "cache_size", -qint64(kibibytes))
    {
    }

private:
    ScopedPragma m_cacheSize;
};

// Holds back SQLite's automatic checkpoint during a bulk load, so its commit only appends to
// the write-ahead log; startAfterCommit() then has the Database fold the log into the file in
// the background. The setting is restored when the object goes.
class DeferredCheckpoint
{
public:
    explicit DeferredCheckpoint(Database &db)
        : m_db(db)
        , m_autocheckpoint(db, "wal_autocheckpoint", 0)
    {
    }

    void startAfterCommit();

private:
    Database &m_db;
    ScopedPragma m_autocheckpoint;
};

} // namespace ga

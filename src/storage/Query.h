#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace ga {

class Database;

// A prepared statement with named binds whose failures become StorageErrors that say what was
// being done (`context`, e.g. tr("saving the vehicle")), and are logged with that context.
//
//     Query q(db, "SELECT name FROM departments WHERE id = :id", tr("loading a department"));
//     q.bind(":id", id).exec();
//     if (q.next()) ...
class Query
{
    Q_DECLARE_TR_FUNCTIONS(Query)
public:
    // Keep: the prepared statement stays with the Database for the next Query of the same text,
    // for the few statements run many times a second (the dispatch conflict check); a nested
    // Query of the same text while one is alive prepares its own.
    enum class Prepared { Fresh, Keep };

    Query(const Database &db, const QString &sql, const QString &context,
          Prepared prepared = Prepared::Fresh);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(const QString &name, const QVariant &value);
    // Binds an empty string / zero id as SQL NULL (optional TEXT dates, optional foreign keys).
    Query &bindOptional(const QString &name, const QString &value);
    Query &bindOptionalId(const QString &name, qint64 id);
    Query &exec();

    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    // The id the last INSERT gave its row: SQLite's rowid, PostgreSQL's lastval() (the identity
    // sequence the INSERT drew from, in this session).
    qint64 lastInsertId() const;
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    // How many columns the result rows have.
    int columnCount() const;
    QSqlQuery &raw() { return m_query; }

    // Convenience for single-value queries: the first column of the first row, or `fallback`.
    QVariant scalar(const QVariant &fallback = {});

private:
    [[noreturn]] void fail(const QString &what);

    QSqlQuery m_query;
    QString m_sql;
    QString m_context;
    const Database *m_db = nullptr;
    bool m_direct = false; // not prepared (PostgreSQL DDL): run as text
    const Database *m_keeper = nullptr; // Prepared::Keep: where the statement goes back
};

// The id the INSERT `insert` (just run on `db`'s connection) gave its row, on either store.
qint64 lastInsertIdOf(const Database &db, const QSqlQuery &insert);

} // namespace ga

#include "storage/Query.h"

#include "core/Error.h"
#include "storage/DiskFailure.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

namespace ga {

namespace {

// The statement as the store's dialect runs it. The repositories write one SQL for both; on
// PostgreSQL `LIKE` becomes `ILIKE` (SQLite's LIKE ignores the case of ASCII letters,
// PostgreSQL's does not), outside quoted text.
QString forDialect(const Database &db, const QString &sql)
{
    if (!db.isPostgres())
        return sql;
    // SQLite's planner hint `a CROSS JOIN b ON …` (keep this join order) is a plain join.
    static const QRegularExpression crossOn(
        QStringLiteral(R"(\bCROSS\s+JOIN(\s+\w+\s+\w+\s+ON)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression like(QStringLiteral(R"(\bLIKE\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype from = 0;
    while (from < sql.size()) {
        const qsizetype quote = sql.indexOf(QLatin1Char('\''), from);
        const qsizetype stop = quote < 0 ? sql.size() : quote;
        out += sql.mid(from, stop - from)
                   .replace(like, QStringLiteral("ILIKE"))
                   .replace(crossOn, QStringLiteral("JOIN\\1"));
        if (quote < 0)
            break;
        const qsizetype close = sql.indexOf(QLatin1Char('\''), quote + 1);
        const qsizetype end = close < 0 ? sql.size() : close + 1;
        out += sql.mid(quote, end - quote);
        from = end;
    }
    return out;
}

} // namespace

Query::Query(const Database &db, const QString &sql, const QString &context, Prepared prepared)
    : m_query(db.connection())
    , m_sql(forDialect(db, sql))
    , m_context(context)
    , m_db(&db)
{
    if (prepared == Prepared::Keep) {
        m_keeper = &db;
        if (std::optional<QSqlQuery> kept = db.takeStatement(m_sql)) {
            m_query = std::move(*kept);
            return;
        }
    }
    // On PostgreSQL a forward-only query streams its rows (libpq's single-row mode), and the
    // next statement on the connection would drop them: it reads its whole result instead.
    m_query.setForwardOnly(!db.isPostgres());
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES: a DDL statement
    // (DROP INDEX, CREATE …) or EXPLAIN runs as it is.
    static const QRegularExpression preparable(
        QStringLiteral(R"(^\s*(SELECT|INSERT|UPDATE|DELETE|VALUES|WITH)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (db.isPostgres() && !preparable.match(m_sql).hasMatch()) {
        m_direct = true;
        m_keeper = nullptr;
        return;
    }
    if (!m_query.prepare(m_sql)) {
        m_keeper = nullptr; // nothing worth keeping
        fail(QStringLiteral("prepare"));
    }
}

Query::~Query()
{
    if (!m_keeper)
        return;
    m_query.finish(); // reset: a kept statement must not hold a read open
    m_keeper->keepStatement(m_sql, std::move(m_query));
}

Query &Query::bind(const QString &name, const QVariant &value)
{
    // Flags are INTEGER 0/1 columns: a bool is bound as a number on every store (PostgreSQL's
    // driver would send TRUE, which a BIGINT column does not take).
    if (value.typeId() == QMetaType::Bool)
        m_query.bindValue(name, value.toBool() ? 1 : 0);
    else
        m_query.bindValue(name, value);
    return *this;
}

qint64 Query::lastInsertId() const
{
    return lastInsertIdOf(*m_db, m_query);
}

qint64 lastInsertIdOf(const Database &db, const QSqlQuery &insert)
{
    if (!db.isPostgres())
        return insert.lastInsertId().toLongLong();
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT lastval()")) && q.next() ? q.value(0).toLongLong() : 0;
}

Query &Query::bindOptional(const QString &name, const QString &value)
{
    m_query.bindValue(name, value.isEmpty() ? QVariant() : QVariant(value));
    return *this;
}

Query &Query::bindOptionalId(const QString &name, qint64 id)
{
    m_query.bindValue(name, id > 0 ? QVariant(id) : QVariant());
    return *this;
}

Query &Query::exec()
{
    if (!(m_direct ? m_query.exec(m_sql) : m_query.exec()))
        fail(QStringLiteral("exec"));
    return *this;
}

QVariant Query::scalar(const QVariant &fallback)
{
    exec();
    const QVariant v = next() ? value(0) : fallback;
    m_query.finish();
    return v;
}

void Query::fail(const QString &what)
{
    const QSqlError err = m_query.lastError();
    // Only the statement text is logged, never the bound values (they may hold password hashes).
    spdlog::error("SQL {} failed while {}: {} -- {}", what.toStdString(), m_context.toStdString(),
                  err.text().toStdString(), m_sql.simplified().left(300).toStdString());
    const QString native = err.nativeErrorCode();
    const QString text = err.databaseText().isEmpty() ? err.text() : err.databaseText();
    // SQLite's SQLITE_CONSTRAINT, PostgreSQL's class 23 (integrity constraint violation).
    const bool pgConstraint = m_db && m_db->isPostgres() && native.startsWith(QLatin1String("23"));
    if (native == QLatin1String("19") || pgConstraint
        || text.contains(QLatin1String("constraint failed")))
        throw ConflictError(tr("Could not complete %1: the data conflicts with stored records (%2).")
                                .arg(m_context, text));
    if (native == QLatin1String("40001") || native == QLatin1String("40P01"))
        throw TransientStorageError(tr("Database error while %1: %2").arg(m_context, text));
    if (!(m_db && m_db->isPostgres()))
        if (const QString disk = DiskFailure::message(native.isEmpty() ? -1 : native.toInt(), text);
            !disk.isEmpty())
            throw StorageError(disk);
    throw StorageError(tr("Database error while %1: %2").arg(m_context, text));
}

int Query::columnCount() const
{
    return m_query.record().count();
}

} // namespace ga

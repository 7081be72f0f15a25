#include "storage/Query.h"

#include "core/Error.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

namespace ga {

Query::Query(const Database &db, const QString &sql, const QString &context, Prepared prepared)
    : m_query(db.connection())
    , m_sql(sql)
    , m_context(context)
{
    if (prepared == Prepared::Keep) {
        m_keeper = &db;
        if (std::optional<QSqlQuery> kept = db.takeStatement(sql)) {
            m_query = std::move(*kept);
            return;
        }
    }
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
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
    m_query.bindValue(name, value);
    return *this;
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
    if (!m_query.exec())
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
    if (native == QLatin1String("19") || text.contains(QLatin1String("constraint failed")))
        throw ConflictError(tr("Could not complete %1: the data conflicts with stored records (%2).")
                                .arg(m_context, text));
    throw StorageError(tr("Database error while %1: %2").arg(m_context, text));
}

int Query::columnCount() const
{
    return m_query.record().count();
}

} // namespace ga

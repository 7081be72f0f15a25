#include "storage/BulkStatement.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/DiskFailure.h"

#include <QSqlDriver>
#include <QSqlError>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace ga {

BulkStatement::BulkStatement(const Database &db, const QString &sql, const QString &context)
    : m_query(db.connection())
    , m_sql(sql)
    , m_context(context)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (m_handle) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr)
            != SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errmsg(m_handle)), false);
    } else {
        // Not forward-only: PostgreSQL's driver would stream the rows and lose them to the
        // next statement on the connection.
        if (!m_query.prepare(sql))
            fail(m_query.lastError().text(), false);
    }
}

BulkStatement::~BulkStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void BulkStatement::bind(int index, const QString &value)
{
    if (m_stmt)
        sqlite3_bind_text16(m_stmt, index + 1,
                            value.isNull() ? static_cast<const void *>(u"")
                                           : static_cast<const void *>(value.utf16()),
                            int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    else
        m_query.bindValue(index, value.isNull() ? QString(QLatin1String("")) : value);
}

void BulkStatement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index + 1);
    else
        m_query.bindValue(index, QVariant());
}

void BulkStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index + 1, utf8.isNull() ? "" : utf8.constData(),
                          int(utf8.size()), SQLITE_STATIC);
    else
        m_query.bindValue(index, utf8.isEmpty() ? QString(QLatin1String("")) : QString::fromUtf8(utf8));
}

bool BulkStatement::next()
{
    if (!m_stmt) {
        if (!m_query.isActive() && !m_query.exec()) {
            const QSqlError err = m_query.lastError();
            fail(err.databaseText().isEmpty() ? err.text() : err.databaseText(), false);
        }
        if (m_query.next())
            return true;
        m_query.finish();
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
        const int code = sqlite3_extended_errcode(m_handle);
        sqlite3_reset(m_stmt);
        if (const QString disk = DiskFailure::message(code, text); !disk.isEmpty()) {
            spdlog::error("Bulk SQL failed while {}: {}", m_context.toStdString(),
                          text.toStdString());
            throw StorageError(disk);
        }
        fail(text, (rc & 0xff) == SQLITE_CONSTRAINT);
    }
    sqlite3_reset(m_stmt);
    return false;
}

qint64 BulkStatement::columnInt64(int index) const
{
    if (m_stmt)
        return sqlite3_column_int64(m_stmt, index);
    return m_query.value(index).toLongLong();
}

QByteArray BulkStatement::columnUtf8(int index) const
{
    if (m_stmt) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
        return QByteArray::fromRawData(text ? text : "", sqlite3_column_bytes(m_stmt, index));
    }
    return m_query.value(index).toString().toUtf8();
}

bool BulkStatement::transactionActive() const
{
    return !m_handle || sqlite3_get_autocommit(m_handle) == 0;
}

int BulkStatement::exec()
{
    if (!m_stmt) {
        if (!m_query.exec()) {
            const QSqlError err = m_query.lastError();
            fail(err.databaseText().isEmpty() ? err.text() : err.databaseText(),
                 err.databaseText().contains(QLatin1String("constraint")));
        }
        return m_query.numRowsAffected();
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_reset(m_stmt);
        fail(text, (rc & 0xff) == SQLITE_CONSTRAINT);
    }
    const int changes = sqlite3_changes(m_handle);
    sqlite3_reset(m_stmt);
    return changes;
}

void BulkStatement::fail(const QString &text, bool constraint)
{
    spdlog::error("Bulk SQL failed while {}: {} -- {}", m_context.toStdString(), text.toStdString(),
                  m_sql.simplified().left(300).toStdString());
    if (constraint)
        throw ConflictError(tr("Could not complete %1: the data conflicts with stored records (%2).")
                                .arg(m_context, text));
    throw StorageError(tr("Database error while %1: %2").arg(m_context, text));
}

ScopedPragma::ScopedPragma(const Database &db, const char *name, qint64 value)
    : m_db(db)
    , m_name(QLatin1String(name))
{
    QSqlQuery q(db.connection());
    if (db.connection().driverName() != QLatin1String("QSQLITE")
        || !q.exec(QStringLiteral("PRAGMA %1").arg(m_name)) || !q.next())
        return;
    m_previous = q.value(0);
    q.finish();
    q.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(value));
}

ScopedPragma::~ScopedPragma()
{
    if (!m_previous.isValid())
        return;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(m_previous.toLongLong()));
}

void DeferredCheckpoint::startAfterCommit()
{
    if (m_autocheckpoint.isSet())
        m_db.checkpointInBackground();
}

} // namespace ga

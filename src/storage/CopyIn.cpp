#include "storage/CopyIn.h"

#include "core/Error.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlDriver>

#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace ga {

namespace {

constexpr qsizetype kChunkBytes = 1 << 20;

pg_conn *connectionOf(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    // Qt's documentation names the type "PGconn*"; Qt 6 reports the struct's own name.
    if (handle.isValid()
        && (qstrcmp(handle.typeName(), "PGconn*") == 0
            || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

// The row the server names in an error's context: "COPY fuel_transactions, line 42, column at: …".
qint64 lineOf(const char *context)
{
    if (!context)
        return 0;
    static const QRegularExpression line(QStringLiteral("COPY [^,]+, line (\\d+)"));
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(context));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

} // namespace

bool CopyIn::available(const Database &db)
{
    return connectionOf(db) != nullptr;
}

CopyRows &CopyRows::add(qint64 value)
{
    separate();
    char digits[24];
    const int n = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(value));
    m_data.append(digits, n);
    return *this;
}

CopyRows &CopyRows::addUtf8(const QByteArray &utf8)
{
    separate();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_data.append("\\\\", 2);
            break;
        case '\t':
            m_data.append("\\t", 2);
            break;
        case '\n':
            m_data.append("\\n", 2);
            break;
        case '\r':
            m_data.append("\\r", 2);
            break;
        default:
            m_data.append(c);
        }
    }
    return *this;
}

CopyRows &CopyRows::addNull()
{
    separate();
    m_data.append("\\N", 2);
    return *this;
}

void CopyRows::separate()
{
    if (m_rowStarted)
        m_data.append('\t');
    m_rowStarted = true;
}

void CopyRows::endRow()
{
    m_data.append('\n');
    m_rowStarted = false;
    ++m_rows;
}

void CopyRows::clear()
{
    m_data.clear();
    m_rowStarted = false;
    m_rows = 0;
}

CopyIn::CopyIn(const Database &db, const QString &table, const QStringList &columns,
               const QString &context)
    : m_conn(connectionOf(db))
    , m_context(context)
{
    if (!m_conn)
        throw StorageError(tr("Bulk loading is not available on this store (%1).").arg(context));
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                               .arg(table, columns.join(QStringLiteral(", ")))
                               .toUtf8();
    PGresult *res = PQexec(m_conn, sql.constData());
    const bool ok = PQresultStatus(res) == PGRES_COPY_IN;
    const QString error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    const QByteArray state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    PQclear(res);
    if (!ok)
        fail(error, state.constData());
    m_open = true;
    m_buffer.reserve(kChunkBytes + 4096);
}

CopyIn::~CopyIn()
{
    if (!m_open)
        return;
    // Abandoned (an exception on the caller's side): the server discards the whole COPY.
    PQputCopyEnd(m_conn, "bulk load abandoned");
    while (PGresult *res = PQgetResult(m_conn))
        PQclear(res);
}

void CopyIn::endRow()
{
    m_buffer.endRow();
    if (m_buffer.data().size() >= kChunkBytes)
        flush();
}

void CopyIn::send(const CopyRows &rows)
{
    flush();
    put(rows.data());
    m_sent += rows.rows();
}

void CopyIn::flush()
{
    if (m_buffer.isEmpty())
        return;
    put(m_buffer.data());
    m_sent += m_buffer.rows();
    m_buffer.clear();
}

void CopyIn::put(const QByteArray &data)
{
    for (qsizetype at = 0; at < data.size(); at += kChunkBytes) {
        const int n = int(std::min(kChunkBytes, data.size() - at));
        if (PQputCopyData(m_conn, data.constData() + at, n) != 1)
            fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), nullptr);
    }
}

qint64 CopyIn::finish()
{
    flush();
    m_open = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), nullptr);
    qint64 stored = -1;
    QString error;
    QByteArray state;
    while (PGresult *res = PQgetResult(m_conn)) {
        if (PQresultStatus(res) == PGRES_COMMAND_OK) {
            stored = QByteArray(PQcmdTuples(res)).toLongLong();
        } else if (error.isEmpty()) {
            error = QString::fromUtf8(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
            if (const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL))
                error += QLatin1Char(' ') + QString::fromUtf8(detail);
            state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
            m_failedRow = lineOf(PQresultErrorField(res, PG_DIAG_CONTEXT));
        }
        PQclear(res);
    }
    if (!error.isEmpty() || stored < 0)
        fail(error.isEmpty() ? tr("the server did not confirm the load") : error,
             state.constData());
    return stored;
}

void CopyIn::fail(const QString &text, const char *sqlState)
{
    m_open = false;
    spdlog::error("COPY failed while {}: {}", m_context.toStdString(), text.toStdString());
    // Class 23: integrity constraint violations (unique, foreign key, check, exclusion).
    if (sqlState && qstrncmp(sqlState, "23", 2) == 0)
        throw ConflictError(
            tr("Could not complete %1: the data conflicts with stored records (%2).")
                .arg(m_context, text));
    throw StorageError(tr("Database error while %1: %2").arg(m_context, text));
}

} // namespace ga

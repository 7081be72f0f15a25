#include "storage/Transaction.h"

#include "core/Error.h"
#include "storage/DiskFailure.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace ga {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.m_txDepth > 0)
        m_savepoint = QStringLiteral("sp%1").arg(++m_db.m_savepointCounter);
    // SQLite: take the write lock at once (no upgrade deadlock between two writers).
    // PostgreSQL: row locks and the constraints decide; BEGIN is READ COMMITTED.
    const QString begin = m_db.isPostgres() ? QStringLiteral("BEGIN")
                                            : QStringLiteral("BEGIN IMMEDIATE");
    run(m_savepoint.isEmpty() ? begin : QStringLiteral("SAVEPOINT ") + m_savepoint);
    ++m_db.m_txDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.m_txDepth;
    QSqlQuery q(m_db.connection());
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

void Transaction::commit()
{
    if (m_done)
        return;
    run(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    m_done = true;
    --m_db.m_txDepth;
}

void Transaction::run(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql)) {
        spdlog::error("Transaction statement '{}' failed: {}", sql.toStdString(),
                      q.lastError().text().toStdString());
        const QString native = q.lastError().nativeErrorCode();
        if (native == QLatin1String("40001") || native == QLatin1String("40P01"))
            throw TransientStorageError(tr("Database error while %1: %2")
                                            .arg(sql.toLower(), q.lastError().text()));
        if (!m_db.isPostgres())
            if (const QString disk = DiskFailure::message(native.isEmpty() ? -1 : native.toInt(),
                                                          q.lastError().text());
                !disk.isEmpty())
                throw StorageError(disk);
        throw StorageError(tr("Database error while %1: %2")
                               .arg(sql.toLower(), q.lastError().text()));
    }
}

} // namespace ga

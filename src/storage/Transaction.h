#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace ga {

class Database;

// A write that lost a race to another connection and may simply be run again: PostgreSQL's
// serialization failure (SQLSTATE 40001) or deadlock (40P01). runWithRetries() runs it again.
class TransientStorageError : public StorageError
{
public:
    using StorageError::StorageError;
};

// RAII transaction: commit() explicitly; the destructor rolls back whatever was not committed.
// Nested inside another Transaction on the same Database it becomes a SAVEPOINT, so a service
// can call another service's write inside its own unit of work.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    void run(const QString &sql);

    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_done = false;
};

// Runs `work` (which opens and commits its own Transaction) and runs it again, up to
// `attempts` times in all, while it fails with a TransientStorageError; then reports that the
// store stayed busy. Outside any other transaction only (a savepoint cannot be retried alone).
template<typename Work>
void runWithRetries(Work &&work, int attempts = 5)
{
    for (int attempt = 1;; ++attempt) {
        try {
            work();
            return;
        } catch (const TransientStorageError &e) {
            if (attempt >= attempts)
                throw StorageError(
                    QCoreApplication::translate("Transaction",
                                                "The change could not be saved: other users' "
                                                "changes to the same records kept it from "
                                                "completing (%1 tries). Please try again.\n%2")
                        .arg(attempts)
                        .arg(e.message()));
        }
    }
}

} // namespace ga

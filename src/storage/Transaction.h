#pragma once

#include <QCoreApplication>
#include <QString>

namespace ga {

class Database;

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

} // namespace ga

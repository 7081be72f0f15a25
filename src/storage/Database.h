#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <thread>
#include <unordered_map>

namespace ga {

// One open GovAssets store: a SQLite file with the pragmas of DESIGN.md and the schema
// brought up to date by numbered migrations (resources/sql/NNNN_*.sql, PRAGMA user_version).
//
// Opening refuses, with a StorageError in the user's language and without touching the
// file: a file that is not SQLite, a SQLite file of another program, a corrupt file, and a
// database written by a newer GovAssets.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // Opens (creating if absent) and migrates to the latest schema.
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // The version the program's newest migration brings the schema to.
    static int latestSchemaVersion();
    // Marks GovAssets files (PRAGMA application_id), so another program's SQLite file is refused.
    static constexpr int kApplicationId = 0x47415353; // "GASS"

    // Folds the write-ahead log into the file on a thread of its own (a passive checkpoint on a
    // second connection), so that a bulk load's commit does not wait for it. Readers and
    // writers go on meanwhile; the next call, waitForCheckpoint() and closing wait for it.
    void checkpointInBackground();
    void waitForCheckpoint();

    // Statements kept prepared for Query::Prepared::Keep. takeStatement() moves the kept one
    // for `sql` out (none while another Query holds it); keepStatement() moves one back in
    // unless one of that text is already kept.
    std::optional<QSqlQuery> takeStatement(const QString &sql) const;
    void keepStatement(const QString &sql, QSqlQuery &&query) const;

    // Transaction nesting, kept here so a Transaction inside another becomes a savepoint.
    int transactionDepth() const { return m_txDepth; }

private:
    friend class Transaction;
    void checkFileHeader() const;
    void applyPragmas();
    void checkIdentity();
    void migrate();
    void exec(const QString &sql, const QString &context);

    QString m_path;
    QString m_connectionName;
    int m_txDepth = 0;
    int m_savepointCounter = 0;
    std::thread m_checkpoint;
    mutable std::unordered_map<QString, QSqlQuery> m_kept;
};

} // namespace ga

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>
#include <thread>
#include <unordered_map>

namespace ga {

// The SQL dialect of an open store.
enum class Dialect { SQLite, PostgreSQL };

// One open GovAssets store, brought up to date by numbered migrations (resources/sql/NNNN_*.sql):
// - a SQLite file (the embedded default) with the pragmas of DESIGN.md, the version in
//   PRAGMA user_version and the mark in PRAGMA application_id;
// - or a PostgreSQL database, `postgresql://user@host:port/dbname` (Qt's QPSQL driver), the
//   version and the mark in the table schema_version. The password comes from libpq's password
//   file (~/.pgpass or PGPASSFILE) or from the password prompt, never from the address.
//
// Opening refuses, with a StorageError in the user's language and without touching the
// store: a file that is not SQLite, a SQLite file or a PostgreSQL database of another program,
// a corrupt file, and a database written by a newer GovAssets.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // Asked for the password of a PostgreSQL address when the server wants one and the password
    // file has none; returns nothing when the user cancels.
    using PasswordPrompt = std::function<std::optional<QString>(const QString &location)>;

    // Opens (creating if absent) and migrates to the latest schema. `location` is a file path
    // or a postgresql:// address.
    explicit Database(const QString &location, const PasswordPrompt &prompt = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // The file path or the postgresql:// address (which never holds a password).
    QString path() const { return m_path; }
    int schemaVersion() const;
    // The bytes the store takes: the file with its WAL on SQLite, the database on the server.
    qint64 sizeBytes() const;

    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::PostgreSQL; }
    // True for a postgresql:// (or postgres://) address.
    static bool isServerLocation(const QString &location);

    // The per-dialect layer of the migrations (public for its tests): one statement written for
    // SQLite becomes the PostgreSQL statements that do the same (types, identity keys, triggers,
    // expression indexes, INSERT OR IGNORE).
    static QStringList translateForPostgres(const QString &statement);
    // A migration script's statements for `dialect`: the `-- [sqlite]` / `-- [postgres]` blocks
    // of the other dialect left out (`-- [all]` ends a block), then split at ';'.
    static QStringList migrationStatements(const QString &script, Dialect dialect);

    // The version the program's newest migration brings the schema to.
    static int latestSchemaVersion();
    // Marks GovAssets files (PRAGMA application_id), so another program's SQLite file is refused.
    static constexpr int kApplicationId = 0x47415353; // "GASS"
    // PostgreSQL: the role the desks' login roles belong to, granted the data but not the
    // schema (no DDL) and no UPDATE or DELETE on the audit log, after each migration.
    static constexpr const char *kApplicationRole = "govassets_app";

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
    void openSqlite();
    void openPostgres(const PasswordPrompt &prompt);
    void applyPragmas();
    void checkIdentity();
    void checkPostgresIdentity();
    void migrate();
    void grantApplicationRole();
    void exec(const QString &sql, const QString &context);

    QString m_path;
    Dialect m_dialect = Dialect::SQLite;
    QString m_connectionName;
    int m_txDepth = 0;
    int m_savepointCounter = 0;
    std::thread m_checkpoint;
    mutable std::unordered_map<QString, QSqlQuery> m_kept;
};

} // namespace ga

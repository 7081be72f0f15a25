#include "storage/Database.h"

#include "core/Error.h"
#include "storage/Backup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <map>

namespace ga {

namespace {

// Migration files by version, from the resources compiled into the program.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    for (const QString &entry : QDir(QStringLiteral(":/sql")).entryList(QDir::Files)) {
        const auto m = name.match(entry);
        if (m.hasMatch())
            files[m.captured(1).toInt()] = QStringLiteral(":/sql/") + entry;
    }
    return files;
}

// Splits a migration script into single statements (the SQLite driver runs one at a time).
// A ';' ends a statement unless it is inside quotes, a comment, or a trigger's BEGIN…END.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QString word;
    int blockDepth = 0;
    bool inTrigger = false;
    auto endWord = [&] {
        const QString w = word.toUpper();
        if (w == QLatin1String("TRIGGER"))
            inTrigger = true;
        else if (w == QLatin1String("BEGIN") && inTrigger)
            ++blockDepth;
        else if (w == QLatin1String("END") && blockDepth > 0)
            --blockDepth;
        word.clear();
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('-')) {
            endWord();
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('$')) {
            // A PostgreSQL dollar-quoted body ($$ … $$), copied whole.
            endWord();
            const qsizetype end = script.indexOf(QStringLiteral("$$"), i + 2);
            const qsizetype stop = end < 0 ? script.size() : end + 2;
            current.append(script.mid(i, stop - i));
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            endWord();
            current.append(c);
            for (++i; i < script.size(); ++i) {
                current.append(script.at(i));
                if (script.at(i) == QLatin1Char('\''))
                    break;
            }
            continue;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            word.append(c);
        } else {
            endWord();
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            inTrigger = false;
            continue;
        }
        current.append(c);
    }
    endWord();
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

// Applies `rules` to the parts of `sql` outside quotes ('…', "…") only.
QString replaceOutsideQuotes(const QString &sql,
                             const QList<QPair<QRegularExpression, QString>> &rules)
{
    QString out;
    QString plain;
    auto flush = [&] {
        for (const auto &[re, replacement] : rules)
            plain.replace(re, replacement);
        out += plain;
        plain.clear();
    };
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            flush();
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? sql.size() : end + 1;
            out += sql.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        plain += c;
    }
    flush();
    return out;
}

// The index's column list with each expression in parentheses, as PostgreSQL wants it
// (`ON t (coalesce(a, ''))` → `ON t ((coalesce(a, '')))`).
QString parenthesiseIndexExpressions(const QString &statement)
{
    static const QRegularExpression head(
        QStringLiteral(R"(^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+(IF\s+NOT\s+EXISTS\s+)?\w+\s+ON\s+\w+\s*\()"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = head.match(statement);
    if (!m.hasMatch())
        return statement;
    const qsizetype open = m.capturedEnd() - 1;
    int depth = 0;
    qsizetype close = -1;
    QStringList items;
    qsizetype itemStart = open + 1;
    for (qsizetype i = open; i < statement.size(); ++i) {
        const QChar c = statement.at(i);
        if (c == QLatin1Char('\'')) {
            i = statement.indexOf(QLatin1Char('\''), i + 1);
            if (i < 0)
                return statement;
            continue;
        }
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && --depth == 0) {
            items << statement.mid(itemStart, i - itemStart);
            close = i;
            break;
        } else if (c == QLatin1Char(',') && depth == 1) {
            items << statement.mid(itemStart, i - itemStart);
            itemStart = i + 1;
        }
    }
    if (close < 0)
        return statement;
    static const QRegularExpression order(QStringLiteral(R"(\s+(ASC|DESC)\s*$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (QString &item : items) {
        QString column = item.trimmed();
        QString suffix;
        const auto o = order.match(column);
        if (o.hasMatch()) {
            suffix = o.captured(0);
            column = column.left(o.capturedStart());
        }
        if (column.contains(QLatin1Char('(')) && !column.startsWith(QLatin1Char('(')))
            column = QLatin1Char('(') + column + QLatin1Char(')');
        item = column + suffix;
    }
    return statement.left(open + 1) + items.join(QStringLiteral(", ")) + statement.mid(close);
}

// libpq's word for the server wanting a password it was not given (or a wrong one).
bool isPasswordRefusal(const QString &error)
{
    return error.contains(QLatin1String("no password supplied"))
           || error.contains(QLatin1String("password authentication failed"));
}

} // namespace

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
           || location.startsWith(QLatin1String("postgres://"));
}

QStringList Database::translateForPostgres(const QString &statement)
{
    // A trigger that refuses the change (the audit log's): a function raising the same message,
    // as an integrity violation (SQLite's RAISE(ABORT) is a constraint failure), and the trigger.
    static const QRegularExpression refusal(
        QStringLiteral(R"(^\s*CREATE\s+TRIGGER\s+(\w+)\s+BEFORE\s+(UPDATE|DELETE|INSERT)\s+ON\s+(\w+)\s+)"
                       R"(BEGIN\s+SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*'((?:[^']|'')*)'\s*\)\s*;\s*END\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = refusal.match(statement); m.hasMatch()) {
        const QString name = m.captured(1);
        return {QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                               "RAISE EXCEPTION USING MESSAGE = '%2', ERRCODE = "
                               "'integrity_constraint_violation'; END $$")
                    .arg(name, m.captured(4)),
                QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()")
                    .arg(name, m.captured(2).toUpper(), m.captured(3))};
    }
    using Rule = QPair<QRegularExpression, QString>;
    static const QList<Rule> rules = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        return QList<Rule>{
            {QRegularExpression(QStringLiteral(R"(\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b)"), ci),
             QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")},
            // Money in fen and instants outgrow 32 bits: every integer is 64 bits, as in SQLite.
            {QRegularExpression(QStringLiteral(R"(\bINTEGER\b)"), ci), QStringLiteral("BIGINT")},
            {QRegularExpression(QStringLiteral(R"(\bREAL\b)"), ci), QStringLiteral("DOUBLE PRECISION")},
        };
    }();
    QString s = replaceOutsideQuotes(statement, rules);
    static const QRegularExpression orIgnore(QStringLiteral(R"(^\s*INSERT\s+OR\s+IGNORE\s+INTO\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (orIgnore.match(s).hasMatch()) {
        s.replace(orIgnore, QStringLiteral("INSERT INTO"));
        s += QStringLiteral(" ON CONFLICT DO NOTHING");
    }
    return {parenthesiseIndexExpressions(s)};
}

QStringList Database::migrationStatements(const QString &script, Dialect dialect)
{
    static const QRegularExpression marker(QStringLiteral(R"(^\s*--\s*\[(sqlite|postgres|all)\]\s*$)"));
    QStringList kept;
    QString block = QStringLiteral("all");
    const QString own = dialect == Dialect::PostgreSQL ? QStringLiteral("postgres")
                                                       : QStringLiteral("sqlite");
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (const auto m = marker.match(line); m.hasMatch()) {
            block = m.captured(1);
            continue;
        }
        if (block == QLatin1String("all") || block == own)
            kept << line;
    }
    const QStringList statements = splitStatements(kept.join(QLatin1Char('\n')));
    if (dialect == Dialect::SQLite)
        return statements;
    QStringList translated;
    for (const QString &statement : statements)
        translated << translateForPostgres(statement);
    return translated;
}

Database::Database(const QString &location, const PasswordPrompt &prompt)
    : m_path(location)
    , m_dialect(isServerLocation(location) ? Dialect::PostgreSQL : Dialect::SQLite)
    , m_connectionName(QStringLiteral("ga-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (isPostgres())
        openPostgres(prompt);
    else
        openSqlite();
    try {
        if (isPostgres()) {
            exec(QStringLiteral("SET client_min_messages = warning"),
                 tr("setting up the connection"));
            checkPostgresIdentity();
        } else {
            applyPragmas();
            checkIdentity();
        }
        migrate();
    } catch (...) {
        {
            QSqlDatabase db = connection();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
    spdlog::info("Opened database {} at schema version {}", m_path.toStdString(), schemaVersion());
}

void Database::openSqlite()
{
    checkFileHeader();
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists())
        QDir().mkpath(info.absolutePath());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(tr("Could not open the database %1: %2").arg(m_path, err));
    }
}

void Database::openPostgres(const PasswordPrompt &prompt)
{
    const QUrl url(m_path, QUrl::StrictMode);
    if (!url.password().isEmpty())
        throw StorageError(tr("The address %1 holds a password. Put the password in the "
                              "PostgreSQL password file (~/.pgpass) or type it when asked, "
                              "never in the address.")
                               .arg(url.toString(QUrl::RemovePassword)));
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || dbName.isEmpty() || dbName.contains(QLatin1Char('/')))
        throw StorageError(tr("%1 is not a PostgreSQL address of the form "
                              "postgresql://user@host:port/database.")
                               .arg(m_path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(tr("This installation cannot open PostgreSQL databases: Qt's "
                              "PostgreSQL driver (package libqt6sql6-psql) is missing."));
    }
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    db.setDatabaseName(dbName);
    // Further libpq settings from the address (?sslmode=require&host=/run/postgresql).
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=GovAssets")};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            throw StorageError(tr("The address %1 holds a password. Put the password in the "
                                  "PostgreSQL password file (~/.pgpass) or type it when asked, "
                                  "never in the address.")
                                   .arg(url.toString(QUrl::RemoveQuery)));
        QString v = value;
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''),
                                                                      QStringLiteral("\\'"));
        options << key + QStringLiteral("='") + v + QLatin1Char('\'');
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    bool open = db.open();
    for (int tries = 0; !open && prompt && tries < 3 && isPasswordRefusal(db.lastError().text());
         ++tries) {
        const std::optional<QString> password = prompt(m_path);
        if (!password)
            break;
        db.setPassword(*password);
        open = db.open();
    }
    if (!open) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(tr("Could not connect to the PostgreSQL database %1: %2")
                               .arg(m_path, err.trimmed()));
    }
}

Database::~Database()
{
    waitForCheckpoint();
    m_kept.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::checkpointInBackground()
{
    waitForCheckpoint();
    if (connection().driverName() != QLatin1String("QSQLITE"))
        return;
    m_checkpoint = std::thread([path = m_path.toUtf8()] {
        QElapsedTimer timer;
        timer.start();
        sqlite3 *db = nullptr;
        int frames = 0;
        int copied = 0;
        int rc = sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        // A first read opens the WAL; until then the connection does not know it has one.
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames,
                                           &copied);
        if (rc == SQLITE_OK)
            spdlog::debug("Checkpoint of {}: {} of {} WAL frames in {} ms", path.constData(),
                          copied, frames, timer.elapsed());
        else // the next commit's automatic checkpoint does it instead
            spdlog::warn("Background checkpoint of {} failed: {}", path.constData(),
                         db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
    });
}

std::optional<QSqlQuery> Database::takeStatement(const QString &sql) const
{
    const auto it = m_kept.find(sql);
    if (it == m_kept.end())
        return std::nullopt;
    std::optional<QSqlQuery> taken(std::move(it->second));
    m_kept.erase(it);
    return taken;
}

void Database::keepStatement(const QString &sql, QSqlQuery &&query) const
{
    m_kept.try_emplace(sql, std::move(query));
}

void Database::waitForCheckpoint()
{
    if (m_checkpoint.joinable())
        m_checkpoint.join();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

qint64 Database::sizeBytes() const
{
    if (isPostgres()) {
        QSqlQuery q(connection());
        return q.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && q.next()
                   ? q.value(0).toLongLong()
                   : 0;
    }
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (isPostgres()) {
        if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void Database::checkFileHeader() const
{
    QFile f(m_path);
    if (!f.exists() || f.size() == 0)
        return;
    if (!f.open(QIODevice::ReadOnly))
        throw StorageError(tr("Could not read the database file %1: %2").arg(m_path, f.errorString()));
    const QByteArray header = f.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        throw StorageError(
            tr("%1 is not a GovAssets database (it is not an SQLite file). It was left untouched.")
                .arg(m_path));
}

void Database::exec(const QString &sql, const QString &context)
{
    QSqlQuery q(connection());
    q.setForwardOnly(!isPostgres());
    if (!q.exec(sql)) {
        const QString err = q.lastError().text();
        spdlog::error("SQL failed while {}: {} -- {}", context.toStdString(), err.toStdString(),
                      sql.left(200).toStdString());
        throw StorageError(tr("Database error while %1: %2").arg(context, err));
    }
}

void Database::applyPragmas()
{
    QSqlQuery q(connection());
    // The first read of the file: a corrupt file fails here.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        throw StorageError(tr("%1 is damaged or is not a GovAssets database (%2). It was left "
                              "untouched.")
                               .arg(m_path, q.lastError().text()));
    q.finish(); // an open read would keep a transaction alive and block the WAL switch
    exec(QStringLiteral("PRAGMA foreign_keys = ON"), tr("setting up the connection"));
    exec(QStringLiteral("PRAGMA busy_timeout = 5000"), tr("setting up the connection"));
    exec(QStringLiteral("PRAGMA journal_mode = WAL"), tr("setting up the connection"));
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"), tr("setting up the connection"));
}

void Database::checkIdentity()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA application_id"));
    const int appId = q.next() ? q.value(0).toInt() : 0;
    const int version = schemaVersion();
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    const int tables = q.next() ? q.value(0).toInt() : 0;
    q.finish();

    if (appId != kApplicationId && (tables > 0 || version > 0))
        throw StorageError(tr("%1 is an SQLite file of another program, not a GovAssets database. "
                              "It was left untouched.")
                               .arg(m_path));
    if (version > latestSchemaVersion())
        throw StorageError(tr("%1 was written by a newer version of GovAssets (schema %2; this "
                              "program knows up to %3). Please update the program; the file was "
                              "left untouched.")
                               .arg(m_path)
                               .arg(version)
                               .arg(latestSchemaVersion()));
}

void Database::checkPostgresIdentity()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                          "WHERE table_schema = current_schema()"));
    const int tables = q.next() ? q.value(0).toInt() : 0;
    q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    const bool marked = q.next() && q.value(0).toBool();
    qint64 appId = 0;
    if (marked) {
        q.exec(QStringLiteral("SELECT max(application_id) FROM schema_version"));
        appId = q.next() ? q.value(0).toLongLong() : 0;
    }
    q.finish();
    if ((tables > 0 && !marked) || (marked && appId != kApplicationId))
        throw StorageError(tr("%1 is a PostgreSQL database of another program, not a GovAssets "
                              "database. It was left untouched.")
                               .arg(m_path));
    const int version = schemaVersion();
    if (version > latestSchemaVersion())
        throw StorageError(tr("%1 was written by a newer version of GovAssets (schema %2; this "
                              "program knows up to %3). Please update the program; the file was "
                              "left untouched.")
                               .arg(m_path)
                               .arg(version)
                               .arg(latestSchemaVersion()));
}

void Database::grantApplicationRole()
{
    // The desks connect as login roles that are members of kApplicationRole: they read and
    // write the data but own nothing, so they cannot change the schema, and they may only
    // append to the audit log. The role is the administrator's to create; without it nothing
    // is granted.
    exec(QStringLiteral(
             "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
             "EXECUTE format('GRANT USAGE ON SCHEMA %I TO %1', current_schema()); "
             "EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I "
             "TO %1', current_schema()); "
             "EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %1', "
             "current_schema()); "
             "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, schema_version FROM %1; "
             "GRANT SELECT ON schema_version TO %1; "
             "END IF; END $$")
             .arg(QLatin1String(kApplicationRole)),
         tr("granting the application role its rights"));
}

void Database::migrate()
{
    if (isPostgres()) {
        // One migration per transaction, under a lock of the database's own, so that two
        // programs starting at once do not both apply it; the version is read under the lock.
        const auto files = migrationFiles();
        bool applied = false;
        for (;;) {
            const QString context = tr("upgrading the database");
            exec(QStringLiteral("BEGIN"), context);
            try {
                exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId), context);
                const int current = schemaVersion();
                const auto next = files.upper_bound(current);
                if (next == files.end()) {
                    if (applied)
                        grantApplicationRole();
                    exec(QStringLiteral("COMMIT"), context);
                    return;
                }
                const auto &[version, file] = *next;
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    throw StorageError(tr("Migration %1 is missing from the program.").arg(file));
                const QString stepContext = tr("upgrading the database to version %1").arg(version);
                if (current == 0) {
                    exec(QStringLiteral("CREATE TABLE schema_version (application_id BIGINT NOT "
                                        "NULL, version INTEGER NOT NULL)"),
                         stepContext);
                    exec(QStringLiteral("INSERT INTO schema_version (application_id, version) "
                                        "VALUES (%1, 0)")
                             .arg(kApplicationId),
                         stepContext);
                }
                for (const QString &statement :
                     migrationStatements(QString::fromUtf8(f.readAll()), Dialect::PostgreSQL))
                    exec(statement, stepContext);
                exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version),
                     stepContext);
                exec(QStringLiteral("COMMIT"), stepContext);
                applied = true;
                spdlog::info("Applied migration {}", file.toStdString());
            } catch (...) {
                QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
                throw;
            }
        }
    }
    const int current = schemaVersion();
    // An existing SQLite store is copied before its schema changes (a new one has nothing to
    // lose; a server is backed up with its own tools).
    if (current > 0 && current < latestSchemaVersion()
        && connection().driverName() == QLatin1String("QSQLITE"))
        Backup::writeAutomatic(*this, QStringLiteral("before-migration-%1").arg(current),
                               Backup::kDefaultKeep);
    for (const auto &[version, file] : migrationFiles()) {
        if (version <= current)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError(tr("Migration %1 is missing from the program.").arg(file));
        const QString script = QString::fromUtf8(f.readAll());
        const QString context = tr("upgrading the database to version %1").arg(version);
        exec(QStringLiteral("BEGIN IMMEDIATE"), context);
        try {
            for (const QString &statement : migrationStatements(script, Dialect::SQLite))
                exec(statement, context);
            if (version == 1)
                exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), context);
            exec(QStringLiteral("PRAGMA user_version = %1").arg(version), context);
            exec(QStringLiteral("COMMIT"), context);
        } catch (...) {
            QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        spdlog::info("Applied migration {}", file.toStdString());
    }
}

} // namespace ga

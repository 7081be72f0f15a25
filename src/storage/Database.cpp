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

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("ga-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    checkFileHeader();
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        QDir().mkpath(info.absolutePath());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(tr("Could not open the database %1: %2").arg(path, err));
    }
    try {
        applyPragmas();
        checkIdentity();
        migrate();
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
    spdlog::info("Opened database {} at schema version {}", path.toStdString(), schemaVersion());
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

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
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
    q.setForwardOnly(true);
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

void Database::migrate()
{
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
            for (const QString &statement : splitStatements(script))
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

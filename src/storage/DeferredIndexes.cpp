#include "storage/DeferredIndexes.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <spdlog/spdlog.h>

namespace ga {

namespace {
// The secondary indexes with their definitions (not those that enforce a constraint):
// SQLite's schema table, PostgreSQL's pg_indexes of the connection's schema.
QString definitions(const Database &db)
{
    if (db.isPostgres())
        return QStringLiteral("SELECT name, sql FROM (SELECT i.indexname AS name, i.indexdef AS sql, "
                              "i.tablename AS tbl_name FROM pg_indexes i "
                              "WHERE i.schemaname = current_schema() AND NOT EXISTS "
                              "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)) x "
                              "WHERE true");
    return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                          "AND sql IS NOT NULL");
}
} // namespace

DeferredIndexes::DeferredIndexes(Database &db, const QStringList &indexNames)
    : m_db(db)
{
    for (const QString &name : indexNames) {
        Query definition(db, definitions(db) + QStringLiteral(" AND name = :name"),
                         tr("reading the index definitions"));
        definition.bind(QStringLiteral(":name"), name).exec();
        if (!definition.next())
            continue; // not there, or enforcing a constraint
        m_names << name;
        m_definitions << definition.value(1).toString();
    }
    for (const QString &name : std::as_const(m_names))
        Query(db, QStringLiteral("DROP INDEX \"%1\"").arg(name), tr("preparing the bulk load"))
            .exec();
}

DeferredIndexes::~DeferredIndexes()
{
    // Only a failed load gets here without rebuild(); its transaction is about to roll back,
    // which restores the indexes.
    if (!m_rebuilt && !m_names.isEmpty())
        spdlog::debug("Indexes {} left to the rollback",
                      m_names.join(QLatin1Char(',')).toStdString());
}

QStringList DeferredIndexes::secondaryIndexesOf(Database &db, const QStringList &tables)
{
    QStringList names;
    for (const QString &table : tables) {
        Query q(db,
                definitions(db)
                    + QStringLiteral(" AND tbl_name = :table ORDER BY name"),
                tr("reading the index definitions"));
        q.bind(QStringLiteral(":table"), table).exec();
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

void DeferredIndexes::rebuild()
{
    if (m_rebuilt)
        return;
    for (const QString &definition : std::as_const(m_definitions))
        Query(m_db, definition, tr("rebuilding the indexes")).exec();
    m_rebuilt = true;
}

} // namespace ga

#include "storage/DeferredIndexes.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <spdlog/spdlog.h>

namespace ga {

namespace {
const char *kDefinitions = "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                           "AND sql IS NOT NULL";
} // namespace

DeferredIndexes::DeferredIndexes(Database &db, const QStringList &indexNames)
    : m_db(db)
{
    for (const QString &name : indexNames) {
        Query definition(db, QLatin1String(kDefinitions) + QStringLiteral(" AND name = :name"),
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
                QLatin1String(kDefinitions)
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

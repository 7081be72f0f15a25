#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ga {

class Database;

// Secondary indexes dropped for a bulk load and built again from their stored definitions: one
// sort per index instead of a B-tree update per row, which pays when the load scatters its rows
// across the index. Use inside an open Transaction and call rebuild() before commit(); a rollback
// brings the indexes back by itself, since SQLite's DDL is transactional. Indexes that enforce a
// constraint (UNIQUE, PRIMARY KEY) have no stored definition and are never dropped.
class DeferredIndexes
{
    Q_DECLARE_TR_FUNCTIONS(DeferredIndexes)
public:
    DeferredIndexes(Database &db, const QStringList &indexNames);
    ~DeferredIndexes();
    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    // The droppable indexes of `tables`, by name.
    static QStringList secondaryIndexesOf(Database &db, const QStringList &tables);

    void rebuild();
    QStringList names() const { return m_names; }

private:
    Database &m_db;
    QStringList m_names;
    QStringList m_definitions;
    bool m_rebuilt = false;
};

} // namespace ga

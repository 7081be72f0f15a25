#pragma once

#include "org/OrgTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace ga {

class Database;
class Keyset;
class Query;
class RecordTable;
class SqlWhere;

// SQL for the `buildings` table: lists filter, sort and page in SQL.
class BuildingRepository
{
    Q_DECLARE_TR_FUNCTIONS(BuildingRepository)
public:
    explicit BuildingRepository(Database &db);

    std::optional<Building> find(qint64 id) const;
    // A page by offset (LIMIT/OFFSET: the cost grows with the offset).
    QList<BuildingRow> list(const BuildingFilter &filter, int offset, int limit) const;
    // The page after the row whose key is `after` (BuildingRow::key; empty: the first page).
    QList<BuildingRow> pageAfter(const BuildingFilter &filter, const KeysetCursor &after,
                                 int limit) const;
    int count(const BuildingFilter &filter) const;

    bool codeExists(const QString &code, qint64 exceptId = 0) const;
    QStringList referencedBy(qint64 id) const;

    qint64 insert(const Building &b);
    void update(const Building &b);
    void setStatus(qint64 id, OrgStatus status);
    void remove(qint64 id);

private:
    static void bind(const Building &b, Query &q);
    // The table and the columns a save writes.
    static const RecordTable &table();
    QList<BuildingRow> rows(const SqlWhere &where, const QString &orderBy, const Keyset &keyset,
                            int limit, int offset) const;

    Database &m_db;
};

} // namespace ga

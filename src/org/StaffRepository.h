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

// SQL for the `staff` table. Lists filter, sort and page in SQL on indexed columns, so a
// region's 20,000 staff open a page at a time.
class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)
public:
    explicit StaffRepository(Database &db);

    std::optional<Staff> find(qint64 id) const;
    std::optional<Staff> findByNumber(const QString &staffNo) const;
    // A page by offset (LIMIT/OFFSET: the cost grows with the offset).
    QList<StaffRow> list(const StaffFilter &filter, int offset, int limit) const;
    // The page after the row whose key is `after` (StaffRow::key; empty: the first page), by
    // key: the same rows as list() at the matching offset, at the cost of the first page.
    QList<StaffRow> pageAfter(const StaffFilter &filter, const KeysetCursor &after,
                              int limit) const;
    int count(const StaffFilter &filter) const;

    bool staffNoExists(const QString &staffNo, qint64 exceptId = 0) const;
    QStringList referencedBy(qint64 id) const;

    qint64 insert(const Staff &s);
    void update(const Staff &s);
    void setStatus(qint64 id, OrgStatus status);
    void remove(qint64 id);

private:
    static void bind(const Staff &s, Query &q);
    // The table and the columns a save writes.
    static const RecordTable &table();
    QList<StaffRow> rows(const QString &from, const SqlWhere &where, const QString &orderBy,
                         const Keyset &keyset, int limit, int offset) const;

    Database &m_db;
};

} // namespace ga
